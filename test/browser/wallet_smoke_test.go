package browser

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// smokePage asks the injected wallet for its account and chain, has it sign
// a Flush built by the bundled library (web/dist/rings.js) with
// eth_signTypedData_v4, and recovers the signer with the library: the
// path the chat page takes with a real wallet. It also tries an unknown
// method and a domain of another chain, and shows everything as JSON in
// #out[data-result].
const smokePage = `<!doctype html>
<meta charset="utf-8">
<title>test wallet smoke</title>
<pre id="out">waiting</pre>
<script type="module">
import * as rings from './rings.js'
const out = document.getElementById('out')
const eth = window.ethereum
const code = (p) => p.then(() => 'resolved', (e) => e.code)
try {
  const accounts = await eth.request({ method: 'eth_requestAccounts' })
  const account = accounts[0]
  const chainId = await eth.request({ method: 'eth_chainId' })
  const domain = { chainId: Number(chainId), ring: '0x' + '11'.repeat(20) }
  const f = { ring: domain.ring, avatar: account, head: '0x' + 'ab'.repeat(32), seq: 3, nonce: 7, deadline: 1900000000 }
  const sig = await eth.request({ method: 'eth_signTypedData_v4', params: [account, JSON.stringify(rings.flushTypedData(domain, f))] })
  const signer = rings.toHex(rings.recover(rings.flushDigest(domain, f), rings.fromHex(sig)))
  const other = { chainId: Number(chainId) + 1, ring: domain.ring }
  const wrongChain = await code(eth.request({ method: 'eth_signTypedData_v4', params: [account, JSON.stringify(rings.flushTypedData(other, f))] }))
  const unknown = await code(eth.request({ method: 'eth_sendTransaction', params: [{}] }))
  const chainChanged = new Promise((resolve) => eth.on('chainChanged', resolve))
  await eth.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: '0x' + other.chainId.toString(16) }] })
  const switched = await eth.request({ method: 'eth_chainId' })
  const sig2 = await eth.request({ method: 'eth_signTypedData_v4', params: [account, JSON.stringify(rings.flushTypedData(other, f))] })
  const signer2 = rings.toHex(rings.recover(rings.flushDigest(other, f), rings.fromHex(sig2)))
  out.dataset.result = JSON.stringify({ account, chainId, sig, signer, wrongChain, unknown, switched, signer2, changed: await chainChanged })
} catch (e) {
  out.dataset.result = JSON.stringify({ error: String(e) })
}
out.textContent = 'done'
</script>
`

// TestWalletSignsWhatTheLibraryVerifies: the test wallet answers the
// library's typed data with a signature the library recovers to the
// wallet's account, and the Go verifier agrees; it refuses a domain of
// another chain than its active one (MetaMask's rule) until the page
// switches chains, and an unknown method with 4200.
func TestWalletSignsWhatTheLibraryVerifies(t *testing.T) {
	needBrowser(t)
	t.Parallel()
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(smokePage))
	})
	mux.HandleFunc("/rings.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		http.ServeFile(w, r, filepath.Join("..", "..", "web", "dist", "rings.js"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	w := newWallet(t, 1337)
	p := newProfile(t, "smoke", w)
	p.open(srv.URL + "/")
	var res struct {
		Error, Account, ChainID, Sig, Signer, Switched, Signer2, Changed string
		WrongChain, Unknown                                              any
	}
	poll(t, 30*time.Second, "the page's #out[data-result]", func() (bool, string) {
		r, err := evalJS[*string](p, 10*time.Second, `document.getElementById('out').dataset.result ?? null`)
		if err != nil || r == nil {
			return false, fmt.Sprintf("%v; wallet calls:\n%s", err, w.callsString())
		}
		if err := jsonUnmarshal(*r, &res); err != nil {
			t.Fatal(err)
		}
		return true, ""
	})
	if res.Error != "" {
		t.Fatalf("page: %s; wallet calls:\n%s", res.Error, w.callsString())
	}
	if res.Account != w.address() || res.ChainID != "0x539" {
		t.Fatalf("account %s chain %s, want %s 0x539", res.Account, res.ChainID, w.address())
	}
	if res.Signer != w.address() || res.Signer2 != w.address() {
		t.Fatalf("the library recovers %s and %s from the wallet's signatures, want %s", res.Signer, res.Signer2, w.address())
	}
	if res.WrongChain != float64(-32602) || res.Unknown != float64(4200) {
		t.Fatalf("another chain's domain: %v (want -32602), unknown method: %v (want 4200)", res.WrongChain, res.Unknown)
	}
	if res.Switched != "0x53a" || res.Changed != "0x53a" {
		t.Fatalf("after wallet_switchEthereumChain: eth_chainId %s, chainChanged %s; want 0x53a", res.Switched, res.Changed)
	}

	// The Go verifier agrees with the library about the first signature.
	d := schemas.Domain{ChainID: 1337, Ring: [20]byte(hexutil.MustDecode("0x" + strings.Repeat("11", 20)))}
	digest, err := schemas.FlushDigest(d, schemas.Flush{
		Ring: d.Ring, Avatar: w.addr, Head: [32]byte(hexutil.MustDecode("0x" + strings.Repeat("ab", 32))),
		Seq: 3, Nonce: bigInt(7), Deadline: bigInt(1900000000),
	})
	if err != nil {
		t.Fatal(err)
	}
	pub, err := crypto.SigToPub(digest[:], fixV(hexutil.MustDecode(res.Sig)))
	if err != nil || crypto.PubkeyToAddress(*pub) != w.addr {
		t.Fatalf("Go recovers %v (%v) from the wallet's signature, want %s", pub, err, w.addr.Hex())
	}
	if n := w.count("eth_signTypedData_v4"); n != 3 {
		t.Fatalf("%d eth_signTypedData_v4 requests, want 3:\n%s", n, w.callsString())
	}
}

// fixV turns a 27/28 v into the 0/1 go-ethereum's crypto wants.
func fixV(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	out[64] -= 27
	return out
}
