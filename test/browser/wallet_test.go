package browser

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// walletBinding is the page-side function (a CDP binding) through which
// the injected provider hands each request to Go.
const walletBinding = "__ringsTestWalletRequest"

// providerJS is the injected EIP-1193 provider: window.ethereum, also
// announced as an EIP-6963 provider. request() forwards {id, method, params}
// as JSON through the binding; Go answers by calling __ringsTestWalletReply.
// It runs before any script of the page (Page.addScriptToEvaluateOnNewDocument).
const providerJS = `(() => {
  if (window.ethereum) return
  const pending = new Map()
  const listeners = new Map()
  let next = 1
  const emit = (event, value) => {
    for (const fn of listeners.get(event) || []) { try { fn(value) } catch (e) { console.error(e) } }
  }
  Object.defineProperty(window, '__ringsTestWalletReply', { value: (id, ok, value) => {
    const p = pending.get(id)
    if (!p) return
    pending.delete(id)
    if (ok) { p.resolve(value); return }
    const err = new Error(value.message)
    err.code = value.code
    if (value.data !== undefined) err.data = value.data
    p.reject(err)
  } })
  Object.defineProperty(window, '__ringsTestWalletEmit', { value: emit })
  const provider = {
    isRingsTestWallet: true,
    request (args) {
      if (!args || typeof args.method !== 'string') {
        return Promise.reject(Object.assign(new Error('invalid request: no method'), { code: -32600 }))
      }
      return new Promise((resolve, reject) => {
        const id = next++
        pending.set(id, { resolve, reject })
        window.` + walletBinding + `(JSON.stringify({ id, method: args.method, params: args.params === undefined ? [] : args.params }))
      })
    },
    on (event, fn) {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event).add(fn)
      return provider
    },
    removeListener (event, fn) { listeners.get(event)?.delete(fn); return provider }
  }
  window.ethereum = provider
  const info = Object.freeze({
    uuid: '8f1c5b0e-2a53-4c8e-9a57-0d6a4ee2b7a1', name: 'Rings test wallet', rdns: 'org.mosaic-rings.testwallet',
    icon: 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"%3E%3Ccircle cx="4" cy="4" r="3"/%3E%3C/svg%3E'
  })
  const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }))
  window.addEventListener('eip6963:requestProvider', announce)
  announce()
})()`

// rpcError is an EIP-1193 provider error.
type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *rpcError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Message) }

// walletCall is one request the page made, as the wallet answered it.
type walletCall struct {
	Method string
	Params json.RawMessage
	Err    *rpcError // nil: answered with a result
	At     time.Time
}

// wallet is the test wallet: a secp256k1 key held in Go behind an injected
// EIP-1193 provider. It answers eth_requestAccounts, eth_accounts,
// eth_chainId, wallet_switchEthereumChain and eth_signTypedData_v4 (parsing
// the typed data with go-ethereum's apitypes, as a wallet would, and
// refusing a domain chainId other than its active chain, as MetaMask does);
// any other method gets {code: 4200}. It records every request.
type wallet struct {
	key  *ecdsa.PrivateKey
	addr common.Address

	mu      sync.Mutex
	chainID uint64
	refuse  map[string]*rpcError // methods the "user" refuses
	calls   []walletCall
	tab     context.Context // the tab it is injected into, once attached

	wg sync.WaitGroup // the replies in flight
}

// newWallet makes a wallet with a fresh key whose active chain is chainID.
func newWallet(t testing.TB, chainID uint64) *wallet {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return &wallet{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), chainID: chainID, refuse: map[string]*rpcError{}}
}

// address is the wallet's account, lowercase 0x hex as the page shows it.
func (w *wallet) address() string { return strings.ToLower(w.addr.Hex()) }

// setChain changes the wallet's active chain, as the person would in the
// wallet's own UI or the page with wallet_switchEthereumChain, and emits
// chainChanged to the page, as wallets do.
func (w *wallet) setChain(id uint64) {
	w.mu.Lock()
	w.chainID = id
	ctx := w.tab
	w.mu.Unlock()
	if ctx == nil {
		return
	}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		_ = chromedp.Do(rctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf("window.__ringsTestWalletEmit && window.__ringsTestWalletEmit('chainChanged', %q)", hexutil.EncodeUint64(id))))
	}()
}

// refuseMethod makes the "user" refuse every later request of method with
// err (e.g. 4001 for a rejected signature); nil accepts again.
func (w *wallet) refuseMethod(method string, err *rpcError) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err == nil {
		delete(w.refuse, method)
		return
	}
	w.refuse[method] = err
}

// count is how many requests of method the page made (all, if method is "").
func (w *wallet) count(method string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := 0
	for _, c := range w.calls {
		if method == "" || c.Method == method {
			n++
		}
	}
	return n
}

// refused is how many requests of method the wallet refused.
func (w *wallet) refused(method string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	n := 0
	for _, c := range w.calls {
		if c.Method == method && c.Err != nil {
			n++
		}
	}
	return n
}

// requests returns a copy of every request so far.
func (w *wallet) requests() []walletCall {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]walletCall(nil), w.calls...)
}

func (w *wallet) callsString() string {
	var b strings.Builder
	for _, c := range w.requests() {
		fmt.Fprintf(&b, "%s %s", c.Method, c.Params)
		if c.Err != nil {
			fmt.Fprintf(&b, " -> error %s", c.Err)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// attach injects the provider into the tab ctx, before any page script of
// every document it loads, and answers its requests until the tab closes.
func (w *wallet) attach(t testing.TB, ctx context.Context) {
	t.Helper()
	w.mu.Lock()
	w.tab = ctx
	w.mu.Unlock()
	err := chromedp.Listen(ctx, func(ev any) {
		bc, ok := ev.(*runtime.EventBindingCalled)
		if !ok || bc.Name != walletBinding {
			return
		}
		// A listener must not block: answer from a goroutine the wallet owns.
		w.wg.Add(1)
		go func() {
			defer w.wg.Done()
			w.answer(ctx, bc)
		}()
	})
	if err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tgt, runtime.AddBinding, runtime.AddBindingParams{Name: walletBinding}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tgt, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: providerJS})
		return err
	}))
	if err != nil {
		t.Fatalf("injecting the test wallet: %v", err)
	}
}

// detach waits for the replies in flight; call it after the tab is closed.
func (w *wallet) detach() { w.wg.Wait() }

// answer handles one request and sends the reply into the execution
// context that asked.
func (w *wallet) answer(ctx context.Context, bc *runtime.EventBindingCalled) {
	var req struct {
		ID     int64           `json:"id"`
		Method string          `json:"method"`
		Params json.RawMessage `json:"params"`
	}
	if err := json.Unmarshal([]byte(bc.Payload), &req); err != nil {
		return // not our provider's call
	}
	result, rerr := w.handle(req.Method, req.Params)
	w.mu.Lock()
	w.calls = append(w.calls, walletCall{Method: req.Method, Params: req.Params, Err: rerr, At: time.Now()})
	w.mu.Unlock()
	ok, value := true, any(result)
	if rerr != nil {
		ok, value = false, rerr
	}
	v, err := json.Marshal(value)
	if err != nil {
		ok, v = false, []byte(`{"code":-32603,"message":"the test wallet could not encode its answer"}`)
	}
	expr := fmt.Sprintf("window.__ringsTestWalletReply(%d, %t, %s)", req.ID, ok, v)
	rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	// The page may have navigated away meanwhile: then the reply has
	// nowhere to go, as with a real wallet.
	_ = chromedp.Do(rctx, chromedp.Func(func(ctx context.Context, tgt *chromedp.Target) error {
		_, err := cdp.Call(ctx, tgt, runtime.Evaluate, runtime.EvaluateParams{Expression: expr, ContextID: bc.ExecutionContextID})
		return err
	}))
}

// handle answers one EIP-1193 request.
func (w *wallet) handle(method string, params json.RawMessage) (any, *rpcError) {
	w.mu.Lock()
	refused, chainID := w.refuse[method], w.chainID
	w.mu.Unlock()
	if refused != nil {
		return nil, refused
	}
	switch method {
	case "eth_requestAccounts", "eth_accounts":
		return []string{w.address()}, nil
	case "eth_chainId":
		return hexutil.EncodeUint64(chainID), nil
	case "wallet_switchEthereumChain":
		var ps []struct {
			ChainID string `json:"chainId"`
		}
		if err := json.Unmarshal(params, &ps); err != nil || len(ps) != 1 {
			return nil, &rpcError{-32602, "wallet_switchEthereumChain takes [{chainId}]"}
		}
		id, err := hexutil.DecodeUint64(ps[0].ChainID)
		if err != nil {
			return nil, &rpcError{-32602, "chainId is not a 0x hex number: " + ps[0].ChainID}
		}
		w.setChain(id)
		return nil, nil
	case "eth_signTypedData_v4":
		return w.signTypedData(params, chainID)
	}
	return nil, &rpcError{4200, "the test wallet does not support " + method}
}

// signTypedData answers eth_signTypedData_v4 [address, typedData] as a
// wallet does: typedData is the JSON string (or, leniently, the object),
// the address must be the wallet's, and the domain's chainId, when given,
// must be the active chain (MetaMask's rule).
func (w *wallet) signTypedData(params json.RawMessage, chainID uint64) (any, *rpcError) {
	var ps []json.RawMessage
	if err := json.Unmarshal(params, &ps); err != nil || len(ps) != 2 {
		return nil, &rpcError{-32602, "eth_signTypedData_v4 takes [address, typedData]"}
	}
	var from string
	if err := json.Unmarshal(ps[0], &from); err != nil || !common.IsHexAddress(from) {
		return nil, &rpcError{-32602, "the first param is not an address"}
	}
	if common.HexToAddress(from) != w.addr {
		return nil, &rpcError{4100, "the requested account is not this wallet's: " + from}
	}
	raw := []byte(ps[1])
	var s string
	if json.Unmarshal(ps[1], &s) == nil {
		raw = []byte(s)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(raw, &td); err != nil {
		return nil, &rpcError{-32602, "typed data: " + err.Error()}
	}
	if td.Domain.ChainId != nil {
		if got := (*big.Int)(td.Domain.ChainId).String(); got != strconv.FormatUint(chainID, 10) {
			return nil, &rpcError{-32602, fmt.Sprintf("Provided chainId %q must match the active chainId %q", got, strconv.FormatUint(chainID, 10))}
		}
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		return nil, &rpcError{-32602, "typed data: " + err.Error()}
	}
	sig, err := crypto.Sign(hash, w.key)
	if err != nil {
		return nil, &rpcError{-32603, err.Error()}
	}
	sig[64] += 27
	return hexutil.Encode(sig), nil
}
