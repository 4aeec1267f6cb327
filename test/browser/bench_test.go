package browser

import (
	"bytes"
	"compress/gzip"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// verifyNodes is how many log nodes each verifier checks per run.
const verifyNodes = 2000

// BenchmarkBrowserVerify: the library's LogNode verification (decode the
// block, then verifyLogNode: rules, EIP-712 digest, recover, compare) in
// Chromium against the Go verifier's (schemas.DecodeLogNode then
// VerifyLogNode) over the same blocks in the same run. Metrics: js-nodes/s,
// go-nodes/s and ratio (js/go; aim ≥ 0.3), medians of 3 runs each.
func BenchmarkBrowserVerify(b *testing.B) {
	needBrowser(b)
	blocks := signedBlocks(b, verifyNodes)
	srv := libraryServer(b, verifyPage)
	p := newProfile(b, "verify", nil)
	p.open(srv.URL + "/")
	p.waitState(30*time.Second, "the verify page loaded the library", func(pageState) bool {
		ok, _ := evalJS[bool](p, 5*time.Second, `window.ringsReady === true`)
		return ok
	})
	enc := make([]string, len(blocks))
	for i, blk := range blocks {
		enc[i] = base64.StdEncoding.EncodeToString(blk)
	}
	arg, _ := json.Marshal(enc)
	if _, err := evalJS[int](p, time.Minute, "window.loadBlocks("+string(arg)+")"); err != nil {
		b.Fatal(err)
	}
	var jsRates, goRates []float64
	for b.Loop() {
		for range 3 {
			ms, err := evalJS[float64](p, 5*time.Minute, "window.verifyAll()")
			if err != nil {
				b.Fatal(err)
			}
			jsRates = append(jsRates, float64(len(blocks))/(ms/1000))
			goRates = append(goRates, goVerifyRate(b, blocks))
		}
	}
	type steps struct{ Decode, Digest, Recover float64 }
	st, err := evalJS[steps](p, 5*time.Minute, "window.breakdown()")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(st.Decode, "js-decode-µs/node")
	b.ReportMetric(st.Digest, "js-digest-µs/node")
	b.ReportMetric(st.Recover, "js-recover-µs/node")
	js, gov := median(jsRates), median(goRates)
	b.ReportMetric(js, "js-nodes/s")
	b.ReportMetric(gov, "go-nodes/s")
	b.ReportMetric(js/gov, "ratio")
}

// goVerifyRate is how many of blocks per second the Go verifier decodes
// and verifies, on one goroutine as the page has one thread.
func goVerifyRate(tb testing.TB, blocks [][]byte) float64 {
	tb.Helper()
	start := time.Now()
	for _, blk := range blocks {
		n, err := schemas.DecodeLogNode(blk)
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := schemas.VerifyLogNode(n); err != nil {
			tb.Fatal(err)
		}
	}
	return float64(len(blocks)) / time.Since(start).Seconds()
}

// signedBlocks returns n canonical LogNode blocks as a chat log holds
// them: 8 authors, a 512-byte body, a prev link and 3 refs, each signed.
func signedBlocks(tb testing.TB, n int) [][]byte {
	tb.Helper()
	keys := make([]*ecdsa.PrivateKey, 8)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			tb.Fatal(err)
		}
		keys[i] = k
	}
	link := func(s string) cid.Cid {
		d := sha256.Sum256([]byte(s))
		m, _ := mh.Encode(d[:], mh.SHA2_256)
		return cid.NewCidV1(cid.DagCBOR, m)
	}
	ring := bytes.Repeat([]byte{0xaa}, 20)
	out := make([][]byte, n)
	for i := range out {
		k := keys[i%len(keys)]
		prev := link(fmt.Sprint("prev", i))
		node := &schemas.LogNode{
			Ring: ring, Chain: testChainID, Author: crypto.PubkeyToAddress(k.PublicKey).Bytes(),
			Seq: int64(i + 2), Prev: &prev,
			Refs: []cid.Cid{link(fmt.Sprint("a", i)), link(fmt.Sprint("b", i)), link(fmt.Sprint("c", i))},
			Body: bytes.Repeat([]byte{byte(i)}, 512), Time: 1_700_000_000_000 + int64(i),
		}
		if err := schemas.SignLogNode(node, k); err != nil {
			tb.Fatal(err)
		}
		blk, err := schemas.EncodeLogNode(node)
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = blk
	}
	return out
}

// verifyPage loads the bundled library and verifies the blocks it is
// given, timing only the verification.
const verifyPage = `<!doctype html>
<meta charset="utf-8">
<title>verify benchmark</title>
<script type="module">
import * as rings from './rings.js'
let blocks = []
window.loadBlocks = (b64s) => {
  blocks = b64s.map((s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0)))
  // Warm up the JIT on a few nodes before any timed run.
  for (let i = 0; i < Math.min(100, blocks.length); i++) rings.verifyLogNode(rings.decodeLogNode(blocks[i]))
  return blocks.length
}
window.verifyAll = () => {
  const t0 = performance.now()
  for (const b of blocks) rings.verifyLogNode(rings.decodeLogNode(b))
  return performance.now() - t0
}
// breakdown times each step of verifyLogNode on its own, in µs per node:
// where the time goes.
window.breakdown = () => {
  const t0 = performance.now()
  const nodes = blocks.map((b) => rings.decodeLogNode(b))
  const t1 = performance.now()
  const digests = nodes.map((n) => rings.logNodeDigest(n))
  const t2 = performance.now()
  nodes.forEach((n, i) => rings.recover(digests[i], n.sig))
  const t3 = performance.now()
  const us = (ms) => (ms * 1000) / blocks.length
  return { decode: us(t1 - t0), digest: us(t2 - t1), recover: us(t3 - t2) }
}
window.ringsReady = true
</script>
`

// libraryServer serves page at / and web/dist/rings.js at /rings.js.
func libraryServer(tb testing.TB, page string) *httptest.Server {
	tb.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/rings.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript")
		http.ServeFile(w, r, filepath.Join("..", "..", "web", "dist", "rings.js"))
	})
	srv := httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv
}

// BenchmarkBrowserBundle reports the gzipped sizes (level 9, as
// web/test/bundle.test.js measures) of the library bundle
// web/dist/rings.js and of everything the chat page loads (web/dist/app).
// Aim: the library ≤ 150 KB.
func BenchmarkBrowserBundle(b *testing.B) {
	for b.Loop() {
		lib := gzipSize(b, filepath.Join("..", "..", "web", "dist", "rings.js"))
		files, err := filepath.Glob(filepath.Join("..", "..", "web", "dist", "app", "*"))
		if err != nil {
			b.Fatal(err)
		}
		app := 0
		for _, f := range files {
			app += gzipSize(b, f)
		}
		b.ReportMetric(float64(lib), "lib-gzip-bytes")
		b.ReportMetric(float64(app), "app-gzip-bytes")
	}
}

func gzipSize(tb testing.TB, path string) int {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(data)
	zw.Close()
	return buf.Len()
}

func median(vs []float64) float64 {
	if len(vs) == 0 {
		return 0
	}
	s := slices.Clone(vs)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// percentile is the p-th percentile (0–100) of vs, nearest rank.
func percentile(vs []float64, p float64) float64 {
	if len(vs) == 0 {
		return 0
	}
	s := slices.Clone(vs)
	sort.Float64s(s)
	i := int(float64(len(s))*p/100+0.5) - 1
	return s[max(0, min(i, len(s)-1))]
}

// chatMessages is how many messages BenchmarkBrowserChatLatency times.
const chatMessages = 50

// BenchmarkBrowserChatLatency: two browser profiles on two daemons (A with
// the test wallet on the member node, B with a page key on the replica)
// take turns: each message is sent when the one before is shown on the
// other side. The latency of a message is from the submit in the sender's
// page (a capture listener's Date.now()) to the first time its text is in
// the other page's #messages (a MutationObserver's Date.now()): both
// browsers run on this machine's clock. Metrics: p50-ms and p95-ms over
// chatMessages messages (aim p50 ≤ 1000 ms on loopback), and each
// direction's p50.
func BenchmarkBrowserChatLatency(b *testing.B) {
	needBrowser(b)
	w := newWallet(b, testChainID)
	r := newChatRing(b, w.addr)
	pa := newProfile(b, "A (wallet, member node)", w)
	pb := newProfile(b, "B (page key, replica)", nil)
	joinWithWallet(b, pa, w, r.invite(b, r.memberGW))
	bAddr := joinWithPageKey(b, pb, r.invite(b, r.replGW))
	r.enter(b, bAddr)
	pb.waitState(chatWait, "B may send", func(s pageState) bool { return s.SendOK })
	for _, p := range []*profile{pa, pb} {
		mustJS[chromedp.Void](p, 10*time.Second, latencyJS)
	}
	for b.Loop() {
		var all, ab, ba []float64
		for i := range chatMessages {
			from, to := pa, pb
			if i%2 == 1 {
				from, to = pb, pa
			}
			text := fmt.Sprintf("latency %d from %s at %d", i, from.name[:1], time.Now().UnixNano())
			from.send(text)
			var sent, seen float64
			poll(b, chatWait, fmt.Sprintf("message %d shown on the other side", i), func() (bool, string) {
				seen = mustJS[float64](to, 10*time.Second, fmt.Sprintf("window.__seen[%q] ?? 0", text))
				return seen > 0, to.stateString()
			})
			sent = mustJS[float64](from, 10*time.Second, fmt.Sprintf("window.__sent[%q] ?? 0", text))
			if sent == 0 {
				b.Fatalf("the sender's page recorded no submit of %q", text)
			}
			ms := seen - sent
			all = append(all, ms)
			if from == pa {
				ab = append(ab, ms)
			} else {
				ba = append(ba, ms)
			}
		}
		b.ReportMetric(percentile(all, 50), "p50-ms")
		b.ReportMetric(percentile(all, 95), "p95-ms")
		b.ReportMetric(percentile(ab, 50), "member-to-replica-p50-ms")
		b.ReportMetric(percentile(ba, 50), "replica-to-member-p50-ms")
	}
}

// latencyJS records in a chat page when each composer submit happens
// (window.__sent[text]) and when each text first shows in #messages
// (window.__seen[text]), in unix ms.
const latencyJS = `(() => {
  window.__sent = {}
  window.__seen = {}
  document.addEventListener('submit', (ev) => {
    if (ev.target.id === 'composer') window.__sent[document.getElementById('text').value.trim()] = Date.now()
  }, true)
  const ol = document.getElementById('messages')
  const scan = () => {
    for (const el of ol.querySelectorAll('li.message .text')) {
      const t = el.textContent
      if (t && !(t in window.__seen)) window.__seen[t] = Date.now()
    }
  }
  new MutationObserver(scan).observe(ol, { childList: true, subtree: true, characterData: true })
  scan()
})()`
