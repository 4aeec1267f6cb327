// Package chain is the Go client of the ring contracts: it deploys the
// factory, creates rings, reads a ring's state at one block, and relays
// signed requests (flushes, membership changes, session revocations) from
// the node's relayer account, waiting for their receipts. Its Follower keeps a cache of the
// state of the rings a node follows, fresh from their events.
//
// The caller supplies an Ethereum backend (an *ethclient.Client over RPC, or
// the embedded dev chain's in-process client) and the relayer's key, which
// pays for gas. Contract reverts come back as *RevertError naming the
// contract's custom error and its arguments.
//
// A ring's state is one getState call pinned to a block hash (Client.State).
// A Follower reads each ring once, then applies its events: following many
// rings costs one header read and one eth_getLogs per polling round, or
// nothing but a header read per interval where the node pushes logs, plus
// one read per membership change. See Follower for reorgs and
// confirmations.
package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mosaic-rings/rings/contracts/bindings"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Backend is what the client needs of an Ethereum node.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// ErrNoFactory is returned when the configured factory address holds no
// contract on the chain.
var ErrNoFactory = errors.New("chain: no ring factory at this address")

// ErrReverted is returned for a transaction that was mined but failed.
var ErrReverted = errors.New("chain: transaction reverted")

// ErrNotMined is returned for a transaction that was sent but not mined
// within MinedTimeout (dropped, or the chain stalled). It may still be
// mined later.
var ErrNotMined = errors.New("chain: transaction not mined")

// ErrNoFunds is returned for a transaction its sender cannot pay for (the
// relayer ran out of funds). Nothing was sent; a relay queue keeps what it
// holds and tries again.
var ErrNoFunds = errors.New("chain: out of funds")

// MinedTimeout is how long a relayed transaction may take to be mined.
var MinedTimeout = 2 * time.Minute

// RevertError is a contract call or transaction refused by the contract,
// with the contract's custom error decoded when it is one of ours.
type RevertError struct {
	Name string // custom error name, e.g. "NotMember"; empty if unknown
	Args []any
	Data []byte // raw revert data
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("chain: the contract refused the call (revert data 0x%s)", hex.EncodeToString(e.Data))
	}
	args := make([]string, len(e.Args))
	for i, a := range e.Args {
		switch v := a.(type) {
		case common.Address:
			args[i] = v.Hex()
		case [32]byte:
			args[i] = "0x" + hex.EncodeToString(v[:])
		default:
			args[i] = fmt.Sprint(v)
		}
	}
	return fmt.Sprintf("chain: the contract refused the call: %s(%s)", e.Name, strings.Join(args, ", "))
}

// Client talks to the ring factory and rings on one chain.
type Client struct {
	backend Backend
	relayer *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int

	factoryAddr common.Address
	factory     *bindings.RingFactory
	ring        *bindings.Ring
	errABIs     []abi.ABI

	txMu         sync.Mutex // one relayer transaction at a time: nonces stay in order
	replaceAfter time.Duration
}

// New returns a client for the factory at factory, relaying with relayer.
// It checks that the factory has code on the chain.
func New(ctx context.Context, backend Backend, relayer *ecdsa.PrivateKey, factory common.Address) (*Client, error) {
	c, err := newClient(ctx, backend, relayer)
	if err != nil {
		return nil, err
	}
	code, err := backend.CodeAt(ctx, factory, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: reading factory code: %w", err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w: %s on chain %s", ErrNoFactory, factory.Hex(), c.chainID)
	}
	c.factoryAddr = factory
	return c, nil
}

func newClient(ctx context.Context, backend Backend, relayer *ecdsa.PrivateKey) (*Client, error) {
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: reading chain id: %w", err)
	}
	c := &Client{
		backend:      backend,
		relayer:      relayer,
		from:         crypto.PubkeyToAddress(relayer.PublicKey),
		chainID:      id,
		replaceAfter: DefaultReplaceAfter,
		factory:      bindings.NewRingFactory(),
		ring:         bindings.NewRing(),
	}
	c.errABIs = []abi.ABI{c.ring.GetABI(), c.factory.GetABI(), bindings.NewMarket().GetABI()}
	return c, nil
}

// DeployFactory deploys a new RingFactory from the relayer account.
func DeployFactory(ctx context.Context, backend Backend, relayer *ecdsa.PrivateKey) (common.Address, *Receipt, error) {
	c, err := newClient(ctx, backend, relayer)
	if err != nil {
		return common.Address{}, nil, err
	}
	var addr common.Address
	rcpt, err := c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, err := bind.DeployContract(opts, common.FromHex(bindings.RingFactoryMetaData.Bin), backend, nil)
		addr = a
		return tx, err
	})
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploying the ring factory: %w", err)
	}
	return addr, rcpt, nil
}

// ChainID is the id of the client's chain.
func (c *Client) ChainID() uint64 { return c.chainID.Uint64() }

// IsFactoryRing reports whether ring was created by the client's factory.
func (c *Client) IsFactoryRing(ctx context.Context, ring common.Address) (bool, error) {
	ok, err := bind.Call(c.factory.Instance(c.backend, c.factoryAddr), &bind.CallOpts{Context: ctx}, c.factory.PackIsRing(ring), c.factory.UnpackIsRing)
	if err != nil {
		return false, c.callErr("isRing", err)
	}
	return ok, nil
}

// Factory is the address of the ring factory.
func (c *Client) Factory() common.Address { return c.factoryAddr }

// Relayer is the address that pays for relayed transactions.
func (c *Client) Relayer() common.Address { return c.from }

// CreateRing deploys a ring through the factory and returns its address.
func (c *Client) CreateRing(ctx context.Context, owner common.Address, members []common.Address) (common.Address, *Receipt, error) {
	fc := c.factory.Instance(c.backend, c.factoryAddr)
	data := c.factory.PackCreateRing(owner, members)
	var tx *types.Transaction
	rcpt, logs, err := c.sendLogs(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		var err error
		tx, err = bind.Transact(fc, opts, data)
		return tx, err
	})
	if err != nil {
		return common.Address{}, nil, err
	}
	for _, l := range logs {
		if l.Address != c.factoryAddr {
			continue
		}
		ev, err := c.factory.UnpackRingCreatedEvent(l)
		if err == nil {
			return ev.Ring, rcpt, nil
		}
	}
	return common.Address{}, nil, fmt.Errorf("chain: createRing transaction %s emitted no RingCreated event", tx.Hash().Hex())
}

// State reads a ring's owner, members with their heads, and consensus head
// with one getState call pinned to the latest block's hash.
func (c *Client) State(ctx context.Context, ring common.Address) (*RingState, error) {
	hdr, err := c.header(ctx)
	if err != nil {
		return nil, err
	}
	caller, ok := c.backend.(bind.BlockHashContractCaller)
	if !ok {
		return nil, fmt.Errorf("chain: getState: %w", bind.ErrNoBlockHashState)
	}
	st, err := readState(ctx, caller, c.ring, ring, hdr.Number.Uint64(), hdr.Hash())
	if err != nil {
		return nil, c.ringCallErr(ring, "getState", err)
	}
	return st, nil
}

// readState reads ring's state with one getState call pinned to the block
// (number, hash). A ring address without code gives bind.ErrNoCode.
func readState(ctx context.Context, caller bind.BlockHashContractCaller, abi *bindings.Ring, ring common.Address, number uint64, hash common.Hash) (*RingState, error) {
	out, err := caller.CallContractAtHash(ctx, ethereum.CallMsg{To: &ring, Data: abi.PackGetState()}, hash)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		code, err := caller.CodeAtHash(ctx, ring, hash)
		if err != nil {
			return nil, err
		}
		if len(code) == 0 {
			return nil, bind.ErrNoCode
		}
	}
	res, err := abi.UnpackGetState(out)
	if err != nil {
		return nil, fmt.Errorf("decoding the result: %w", err)
	}
	st := &RingState{
		Ring:         ring,
		Block:        number,
		BlockHash:    hash,
		Owner:        res.Owner,
		EntryCount:   res.EntryCount,
		RingNodeHead: res.RingNodeHead,
		Members:      make([]MemberHead, 0, len(res.Heads)),
	}
	for _, h := range res.Heads {
		st.Members = append(st.Members, MemberHead{Member: h.Member, Head: h.Head, Seq: h.Seq, Nonce: h.Nonce})
	}
	return st, nil
}

// ErrNotARing is returned when the ring address holds no contract.
var ErrNotARing = errors.New("chain: no ring contract at this address")

// ringCallErr is callErr for a call to a ring: an address without code
// (bind checks it when a call returns nothing) is ErrNotARing.
func (c *Client) ringCallErr(ring common.Address, what string, err error) error {
	if errors.Is(err, bind.ErrNoCode) {
		return fmt.Errorf("%w: %s on chain %s; check the address, and that this node is on the ring's chain (Chain.RPC)", ErrNotARing, ring.Hex(), c.chainID)
	}
	return c.callErr(what, err)
}

func (c *Client) header(ctx context.Context) (*types.Header, error) {
	hb, ok := c.backend.(interface {
		HeaderByNumber(context.Context, *big.Int) (*types.Header, error)
	})
	if !ok {
		return nil, errors.New("chain: the backend cannot read headers")
	}
	h, err := hb.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: reading the latest block: %w", err)
	}
	return h, nil
}

// IsMember reports whether who is a member of ring at the latest block.
func (c *Client) IsMember(ctx context.Context, ring, who common.Address) (bool, error) {
	rc := c.ring.Instance(c.backend, ring)
	ok, err := bind.Call(rc, &bind.CallOpts{Context: ctx}, c.ring.PackIsMember(who), c.ring.UnpackIsMember)
	if err != nil {
		return false, c.ringCallErr(ring, "isMember", err)
	}
	return ok, nil
}

// Nonce is the next nonce of who's signed requests to ring.
func (c *Client) Nonce(ctx context.Context, ring, who common.Address) (*big.Int, error) {
	rc := c.ring.Instance(c.backend, ring)
	n, err := bind.Call(rc, &bind.CallOpts{Context: ctx}, c.ring.PackNonces(who), c.ring.UnpackNonces)
	if err != nil {
		return nil, c.ringCallErr(ring, "nonces", err)
	}
	return n, nil
}

// Flush relays a member's signed Flush to the ring.
func (c *Client) Flush(ctx context.Context, ring common.Address, f schemas.Flush, sig []byte) (*Receipt, error) {
	rc := c.ring.Instance(c.backend, ring)
	data := c.ring.PackFlush(flushBinding(f), sig)
	return c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bind.Transact(rc, opts, data)
	})
}

// FlushMany relays several members' signed Flushes to one ring in one
// transaction. The contract applies all or none.
func (c *Client) FlushMany(ctx context.Context, ring common.Address, fs []schemas.Flush, sigs [][]byte) (*Receipt, error) {
	if len(fs) != len(sigs) {
		return nil, fmt.Errorf("chain: %d flushes with %d signatures", len(fs), len(sigs))
	}
	reqs := make([]bindings.RingLogsFlushRequest, len(fs))
	for i, f := range fs {
		reqs[i] = flushBinding(f)
	}
	rc := c.ring.Instance(c.backend, ring)
	data := c.ring.PackFlushMany(reqs, sigs)
	return c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bind.Transact(rc, opts, data)
	})
}

// ChangeMembership relays an owner-signed membership change to the ring.
func (c *Client) ChangeMembership(ctx context.Context, ring common.Address, m schemas.Membership, sig []byte) (*Receipt, error) {
	rc := c.ring.Instance(c.backend, ring)
	data := c.ring.PackChangeMembership(m.Member, m.Enter, m.Deadline, sig)
	return c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bind.Transact(rc, opts, data)
	})
}

func (c *Client) send(ctx context.Context, build func(*bind.TransactOpts) (*types.Transaction, error)) (*Receipt, error) {
	r, _, err := c.sendLogs(ctx, build)
	return r, err
}

// sendLogs builds, signs and sends one relayer transaction, then waits for
// its receipt. A refusal at gas estimation comes back as a *RevertError
// and sends nothing.
func (c *Client) sendLogs(ctx context.Context, build func(*bind.TransactOpts) (*types.Transaction, error)) (*Receipt, []*types.Log, error) {
	return c.sendAs(ctx, c.relayer, nil, build)
}

// sendAs is sendLogs from key's account, sending value wei (nil: none).
// Transactions go one at a time whatever their sender, so that each
// sender's nonces stay in order.
func (c *Client) sendAs(ctx context.Context, key *ecdsa.PrivateKey, value *big.Int, build func(*bind.TransactOpts) (*types.Transaction, error)) (*Receipt, []*types.Log, error) {
	c.txMu.Lock()
	defer c.txMu.Unlock()

	opts := bind.NewKeyedTransactor(key, c.chainID)
	opts.Context = ctx
	opts.Value = value
	c.price(ctx, opts)
	tx, err := build(opts)
	// A transfer that funds key's account may be mined (its receipt seen)
	// a moment before the node's transaction pool has moved to that block:
	// the pool then refuses key's transaction for want of funds. Try again
	// briefly before reporting it (about 1.3 s in all).
	for delay := 10 * time.Millisecond; err != nil && isInsufficientFunds(err) && delay <= 640*time.Millisecond; delay *= 2 {
		select {
		case <-ctx.Done():
			return nil, nil, ctx.Err()
		case <-time.After(delay):
		}
		tx, err = build(opts)
	}
	if err != nil {
		if from := crypto.PubkeyToAddress(key.PublicKey); c.cannotPay(ctx, from, err) {
			return nil, nil, fmt.Errorf("%w: %s cannot pay for this transaction at the chain's current gas price (%v); fund it", ErrNoFunds, from.Hex(), err)
		}
		return nil, nil, c.callErr("transaction", err)
	}
	r, tx, err := c.mined(ctx, opts, tx)
	if err != nil {
		return nil, nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, nil, fmt.Errorf("%w: %s in block %d (gas %d of %d)", ErrReverted, tx.Hash().Hex(), r.BlockNumber, r.GasUsed, tx.Gas())
	}
	fee := new(big.Int)
	if r.EffectiveGasPrice != nil {
		fee.Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
	}
	return &Receipt{TxHash: tx.Hash(), Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed, Fee: fee}, r.Logs, nil
}

// SetReplaceAfter sets how long a transaction may wait to be mined before
// it is sent again, same nonce, at a higher fee (0: never; the default is
// DefaultReplaceAfter).
func (c *Client) SetReplaceAfter(d time.Duration) { c.replaceAfter = d }

// DefaultReplaceAfter is how long a transaction waits to be mined before
// the client replaces it, unless SetReplaceAfter says otherwise.
const DefaultReplaceAfter = time.Minute

// mined waits up to MinedTimeout for tx, or a replacement of it, to be
// mined, and returns the receipt and the transaction it is for. Each
// ReplaceAfter without a receipt it sends tx again, same nonce, data and
// gas, priced from the fee market then and at least 1/8 above its last
// price (a node takes a replacement only above a bump, 10% for geth),
// and from then on waits for whichever of them is mined.
func (c *Client) mined(ctx context.Context, opts *bind.TransactOpts, tx *types.Transaction) (*types.Receipt, *types.Transaction, error) {
	wctx, cancel := context.WithTimeout(ctx, MinedTimeout)
	defer cancel()
	sent := []*types.Transaction{tx}
	for {
		rctx, rcancel := wctx, context.CancelFunc(func() {})
		if c.replaceAfter > 0 {
			rctx, rcancel = context.WithTimeout(wctx, c.replaceAfter)
		}
		r, which, err := waitAny(rctx, c.backend, sent)
		rcancel()
		switch {
		case err == nil:
			return r, which, nil
		case ctx.Err() != nil:
			return nil, nil, ctx.Err()
		case wctx.Err() != nil:
			return nil, nil, fmt.Errorf("%w: %s (nonce %d, %d sent) not mined within %s", ErrNotMined, tx.Hash().Hex(), tx.Nonce(), len(sent), MinedTimeout)
		case !errors.Is(err, context.DeadlineExceeded):
			return nil, nil, fmt.Errorf("chain: waiting for transaction %s: %w", sent[len(sent)-1].Hash().Hex(), err)
		}
		next, err := c.replacement(wctx, opts, sent[len(sent)-1])
		if err == nil {
			err = c.backend.SendTransaction(wctx, next)
		}
		switch {
		case err == nil:
			sent = append(sent, next)
		case isNonceTaken(err):
			// One of those sent (or another transaction of the account)
			// took the nonce: wait for its receipt.
		default:
			return nil, nil, fmt.Errorf("chain: replacing transaction %s (nonce %d): %w", tx.Hash().Hex(), tx.Nonce(), err)
		}
	}
}

// replacement is tx signed again with fees from the fee market now, and at
// least 1/8 (plus 1 wei) above tx's.
func (c *Client) replacement(ctx context.Context, opts *bind.TransactOpts, tx *types.Transaction) (*types.Transaction, error) {
	fresh := &bind.TransactOpts{Context: ctx}
	c.price(ctx, fresh)
	bump := func(old, now *big.Int) *big.Int {
		least := new(big.Int).Add(old, new(big.Int).Rsh(old, 3))
		least.Add(least, big.NewInt(1))
		if now != nil && now.Cmp(least) > 0 {
			return now
		}
		return least
	}
	var inner types.TxData
	switch tx.Type() {
	case types.DynamicFeeTxType:
		tip := bump(tx.GasTipCap(), fresh.GasTipCap)
		feeCap := bump(tx.GasFeeCap(), fresh.GasFeeCap)
		if feeCap.Cmp(tip) < 0 {
			feeCap = new(big.Int).Set(tip)
		}
		inner = &types.DynamicFeeTx{ChainID: c.chainID, Nonce: tx.Nonce(), GasTipCap: tip, GasFeeCap: feeCap, Gas: tx.Gas(),
			To: tx.To(), Value: tx.Value(), Data: tx.Data(), AccessList: tx.AccessList()}
	default:
		price, err := c.backend.SuggestGasPrice(ctx)
		if err != nil {
			return nil, err
		}
		inner = &types.LegacyTx{Nonce: tx.Nonce(), GasPrice: bump(tx.GasPrice(), price), Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data()}
	}
	return opts.Signer(opts.From, types.NewTx(inner))
}

// isNonceTaken reports whether err is a node's refusal of a transaction
// whose nonce is used already (mined, or pending at a price the
// replacement does not beat).
func isNonceTaken(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "nonce too low") || strings.Contains(s, "already known") || strings.Contains(s, "replacement transaction underpriced")
}

// waitAny waits for the first of txs (same nonce) to be mined (see
// waitMined), and returns its receipt and which it was.
func waitAny(ctx context.Context, b bind.DeployBackend, txs []*types.Transaction) (*types.Receipt, *types.Transaction, error) {
	if len(txs) == 1 {
		r, err := waitMined(ctx, b, txs[0].Hash())
		return r, txs[0], err
	}
	delay := 5 * time.Millisecond
	for {
		for _, tx := range txs {
			_, err := b.TransactionReceipt(ctx, tx.Hash())
			switch {
			case err == nil:
				r, err := waitMined(ctx, b, tx.Hash())
				return r, tx, err
			case !receiptPending(err):
				return nil, nil, err
			}
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, nil, ctx.Err()
		case <-t.C:
		}
		if delay < 500*time.Millisecond {
			delay *= 2
		}
	}
}

// HeadTime is the time of the chain's latest block. A deadline checked on
// chain is checked against it, which can be ahead of this machine's clock
// (another node's clock, or the dev chain's `ipfs ring chain advance`).
func (c *Client) HeadTime(ctx context.Context) (time.Time, error) {
	h, err := c.header(ctx)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0), nil
}

// HeadNumber is the number of the chain's latest block.
func (c *Client) HeadNumber(ctx context.Context) (uint64, error) {
	h, err := c.header(ctx)
	if err != nil {
		return 0, err
	}
	return h.Number.Uint64(), nil
}

// price sets opts' EIP-1559 fees from the chain's fee market: the tip the
// chain suggests, and as the cap twice the next block's base fee (the last
// of eth_feeHistory's base fees, which a node knows before the block
// exists) plus that tip, so that a transaction stays includable through
// several blocks of rising base fees. (bind alone caps at twice the latest
// block's base fee, which a jump in the next one leaves behind.) A chain
// without a base fee, or a backend that reads no fee history, is left to
// bind's pricing.
func (c *Client) price(ctx context.Context, opts *bind.TransactOpts) {
	fh, ok := c.backend.(interface {
		FeeHistory(context.Context, uint64, *big.Int, []float64) (*ethereum.FeeHistory, error)
	})
	if !ok {
		return
	}
	h, err := fh.FeeHistory(ctx, 1, nil, []float64{}) // [] not null: anvil refuses null percentiles
	if err != nil || len(h.BaseFee) == 0 || h.BaseFee[len(h.BaseFee)-1] == nil || h.BaseFee[len(h.BaseFee)-1].Sign() == 0 {
		return
	}
	tip, err := c.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return
	}
	next := h.BaseFee[len(h.BaseFee)-1]
	opts.GasTipCap = tip
	opts.GasFeeCap = new(big.Int).Add(new(big.Int).Mul(next, big.NewInt(2)), tip)
}

// cannotPay reports whether a transaction from `from` failed to be built
// (err: its gas estimate or its sending) because the account cannot pay:
// go-ethereum says "insufficient funds"; anvil estimates the gas an empty
// account can buy ("gas required exceeds allowance: 0"), so a refusal that
// is no revert, from an account that cannot pay for a plain transfer at the
// current price, counts too.
func (c *Client) cannotPay(ctx context.Context, from common.Address, err error) bool {
	if isInsufficientFunds(err) {
		return true
	}
	var de rpc.DataError
	if errors.As(err, &de) && revertData(de.ErrorData()) != nil {
		return false // the contract refused it
	}
	b, ok := c.backend.(interface {
		BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
	})
	if !ok {
		return false
	}
	balance, berr := b.BalanceAt(ctx, from, nil)
	price, perr := c.backend.SuggestGasPrice(ctx)
	return berr == nil && perr == nil && balance.Cmp(new(big.Int).Mul(price, big.NewInt(21_000))) < 0
}

// isInsufficientFunds reports whether err is a node's refusal of a
// transaction whose sender cannot pay for it (go-ethereum's
// core.ErrInsufficientFunds, as its RPC error text says).
func isInsufficientFunds(err error) bool {
	return strings.Contains(err.Error(), "insufficient funds")
}

// waitMined polls for a receipt with a short backoff (bind.WaitMined polls
// once a second, which a dev chain that seals at once does not need), then
// until the receipt's block is the latest or below it: a node can serve a
// receipt before it moves its head to the block (go-ethereum's simulated
// beacon inserts a block, then updates the fork choice), and reads at
// "latest" must see what the transaction did.
func waitMined(ctx context.Context, b bind.DeployBackend, h common.Hash) (*types.Receipt, error) {
	delay := 5 * time.Millisecond
	var r *types.Receipt
	for {
		if r == nil {
			rcpt, err := b.TransactionReceipt(ctx, h)
			switch {
			case err == nil:
				r = rcpt
			case !receiptPending(err):
				return nil, err
			}
		}
		if r != nil {
			head, ok := b.(interface {
				HeaderByNumber(context.Context, *big.Int) (*types.Header, error)
			})
			if !ok {
				return r, nil
			}
			hdr, err := head.HeaderByNumber(ctx, nil)
			if err != nil {
				return nil, err
			}
			if hdr.Number.Cmp(r.BlockNumber) >= 0 {
				return r, nil
			}
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
		if delay < 500*time.Millisecond {
			delay *= 2
		}
	}
}

// txIndexingData is the JSON-RPC error data go-ethereum nodes return while
// their transaction index is still being built at start-up.
const txIndexingData = "transaction indexing is in progress"

// receiptPending reports whether a receipt lookup failed only because the
// receipt is not there yet.
func receiptPending(err error) bool {
	if errors.Is(err, ethereum.NotFound) {
		return true
	}
	var de rpc.DataError
	return errors.As(err, &de) && de.ErrorData() == txIndexingData
}

// callErr turns a revert into a *RevertError; other errors are wrapped.
func (c *Client) callErr(what string, err error) error {
	var de rpc.DataError
	if errors.As(err, &de) {
		if data := revertData(de.ErrorData()); data != nil {
			return c.decodeRevert(data)
		}
	}
	return fmt.Errorf("chain: %s: %w", what, err)
}

func revertData(v any) []byte {
	s, ok := v.(string)
	if !ok || !strings.HasPrefix(s, "0x") {
		return nil
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return nil
	}
	return b
}

func (c *Client) decodeRevert(data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	for _, a := range c.errABIs {
		for name, e := range a.Errors {
			if string(e.ID[:4]) != string(data[:4]) {
				continue
			}
			args, err := e.Inputs.Unpack(data[4:])
			if err != nil {
				continue
			}
			re.Name, re.Args = name, args
			return re
		}
	}
	return re
}
