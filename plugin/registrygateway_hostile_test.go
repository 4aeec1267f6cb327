package plugin

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	mh "github.com/multiformats/go-multihash"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/internal/leakcheck"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
	"github.com/mosaic-rings/rings/plugin/registry"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// registryFixture is the ring gateway's handler over this plugin's
// gatewayRegistry and a real registry service, whose journal is the
// registry avatar's log in a registry ring on a dev chain, kept in a real
// Kubo node's repo: everything a registry node runs but the network.
type registryFixture struct {
	handler http.Handler
	svc     *registry.Service
	journal *ringJournal
	chain   int64
}

// noBackend is the gateway's replica backend, which the registry methods
// never call.
type noBackend struct{ gateway.Backend }

func newRegistryFixture(t *testing.T, rules registry.Rules) *registryFixture {
	t.Helper()
	ctx := context.Background()
	_, c := chaintest.Open(t)
	node := kubotest.NewNode(t)
	logs := ringlog.New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	t.Cleanup(func() { logs.Close() })
	keys, err := ringkeys.Open(filepath.Join(t.TempDir(), "keys"))
	if err != nil {
		t.Fatal(err)
	}
	svc := ring.New(c, logs, keys, node.Repo.Keystore(), ring.Options{
		Sources: func() []ringlog.Source { return []ringlog.Source{ringlog.BlockSource{Fetcher: node.Blocks}} },
	})
	k, _, err := p2pcrypto.GenerateSecp256k1Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.Repo.Keystore().Put("registry", k); err != nil {
		t.Fatal(err)
	}
	created, err := svc.Create(ctx, "registry", "registry", []string{"registry"})
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := k.Raw()
	self := crypto.PubkeyToAddress(mustECDSA(t, raw).PublicKey)
	j := &ringJournal{svc: svc, ring: created.Address.Hex(), avatar: "registry", self: self}
	rs, err := registry.New(ctx, j, svc.ChainID(), rules, registry.WithSyncEvery(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = rs.Close() })
	p := &Plugin{registry: &registryNode{svc: rs, ring: created.Address}}
	cfg := gateway.DefaultConfig()
	cfg.RateLimit.Disabled = true
	srv, err := gateway.NewServer(cfg, noBackend{}, gateway.WithRegistry(&gatewayRegistry{p: p}), gateway.WithRegisterer(prometheus.NewRegistry()))
	if err != nil {
		t.Fatal(err)
	}
	return &registryFixture{handler: srv.Handler(), svc: rs, journal: j, chain: int64(svc.ChainID())}
}

func mustECDSA(t testing.TB, raw []byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(raw)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func newPeer(t testing.TB) peer.ID {
	t.Helper()
	k, _, err := p2pcrypto.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := peer.IDFromPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// rpcReply is a JSON-RPC response of the gateway.
type rpcReply struct {
	Result json.RawMessage `json:"result"`
	Error  *gateway.Error  `json:"error"`
}

// post sends body to /ring/rpc and decodes the one response.
func (f *registryFixture) post(t *testing.T, body string) rpcReply {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/ring/rpc", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	f.handler.ServeHTTP(w, req)
	var out rpcReply
	if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
		t.Fatalf("decoding %q: %v", w.Body.String(), err)
	}
	return out
}

func rpcBody(method string, params any) string {
	b, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		panic(err) // the test's own params
	}
	return string(b)
}

// state is everything the registry and its log show: the seq of this
// node's registry log and every resource with its providers.
func (f *registryFixture) state(t *testing.T) string {
	t.Helper()
	heads, err := f.journal.Heads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "log seq %d\n", heads[f.journal.self])
	for _, id := range f.svc.Resources() {
		r, _ := f.svc.Resource(id)
		fmt.Fprintf(&b, "resource %x %q %x\n", id, r.Label, r.Sig)
		ps, _ := f.svc.Resolve(id)
		for _, p := range ps {
			fmt.Fprintf(&b, "  %q %x %x %d %x stale=%v host=%v\n", p.Record.Value, p.Record.Peer, p.Record.Issuer, p.Record.Created, p.Record.Sig, p.Stale, p.Host)
		}
	}
	return b.String()
}

func resourceParams(r *schemas.Resource) map[string]any {
	return map[string]any{"chain": r.Chain, "label": r.Label, "owner": common.BytesToAddress(r.Owner).Hex(), "created": r.Created, "sig": hexutil.Encode(r.Sig)}
}

func recordParams(r *schemas.ProviderRecord) map[string]any {
	relays := []string{}
	for _, rl := range r.Relays {
		relays = append(relays, peer.ID(rl).String())
	}
	return map[string]any{"chain": r.Chain, "resource": hexutil.Encode(r.Resource), "value": r.Value, "peer": peer.ID(r.Peer).String(),
		"relays": relays, "services": r.Services, "issuer": common.BytesToAddress(r.Issuer).Hex(), "created": r.Created, "sig": hexutil.Encode(r.Sig)}
}

func tombstoneParams(ts *schemas.Tombstone) map[string]any {
	return map[string]any{"chain": ts.Chain, "resource": hexutil.Encode(ts.Resource), "peer": peer.ID(ts.Peer).String(),
		"issuer": common.BytesToAddress(ts.Issuer).Hex(), "created": ts.Created, "sig": hexutil.Encode(ts.Sig)}
}

// set returns m with k set to v (deleted when v is nil).
func set(m map[string]any, k string, v any) map[string]any {
	if v == nil {
		delete(m, k)
	} else {
		m[k] = v
	}
	return m
}

// highS returns the other valid-looking signature of the same digest and
// key: s replaced by n - s, v flipped. Ethereum accepts only the low one.
func highS(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(out[32:64])
	out[64] ^= 1 // 27 <-> 28
	return out
}

// TestRegistryGatewayHostile sends the registry methods hostile input
// through the real gateway handler into a real registry service: forged
// signatures, oversized fields, unknown resources, clocks off, replays,
// another chain's objects and malformed params. Each case asserts the
// error (code, the check naming the problem, words of the message; the
// message leak-checked), or, for an exact replay, that the registry says
// it held it; and each leaves the registry and its log as they were.
func TestRegistryGatewayHostile(t *testing.T) {
	f := newRegistryFixture(t, registry.DefaultRules())
	owner, bob, carol, mallory := newKey(t), newKey(t), newKey(t), newKey(t)
	now := time.Now()
	ms := func(d time.Duration) int64 { return now.Add(d).UnixMilli() }

	res := &schemas.Resource{Chain: f.chain, Label: "chat", Owner: addr(owner).Bytes(), Created: ms(-time.Hour)}
	if err := schemas.SignResource(res, owner); err != nil {
		t.Fatal(err)
	}
	id := res.ID()
	bobPeer, carolPeer, relay := newPeer(t), newPeer(t), newPeer(t)
	record := func(k *ecdsa.PrivateKey, p peer.ID, value string, created int64) *schemas.ProviderRecord {
		t.Helper()
		r := &schemas.ProviderRecord{Chain: f.chain, Resource: id[:], Value: value, Peer: []byte(p), Relays: [][]byte{[]byte(relay)},
			Services: []string{"chat"}, Issuer: addr(k).Bytes(), Created: created}
		if err := schemas.SignProviderRecord(r, k); err != nil {
			t.Fatal(err)
		}
		return r
	}
	tombstone := func(k *ecdsa.PrivateKey, p peer.ID, created int64) *schemas.Tombstone {
		t.Helper()
		ts := &schemas.Tombstone{Chain: f.chain, Resource: id[:], Peer: []byte(p), Issuer: addr(k).Bytes(), Created: created}
		if err := schemas.SignTombstone(ts, k); err != nil {
			t.Fatal(err)
		}
		return ts
	}

	// The registry before: chat, bob's record (renewed once), carol's
	// record and its tombstone.
	bobOld := record(bob, bobPeer, "https://bob.example/old", ms(-30*time.Minute))
	bobNew := record(bob, bobPeer, "https://bob.example", ms(-10*time.Minute))
	carolRec := record(carol, carolPeer, "https://carol.example", ms(-20*time.Minute))
	carolGone := tombstone(carol, carolPeer, ms(-15*time.Minute))
	carolOlderGone := tombstone(carol, carolPeer, ms(-25*time.Minute))
	for _, c := range []struct {
		method string
		params map[string]any
	}{
		{"CreateResource", resourceParams(res)},
		{"RegisterProvider", recordParams(bobOld)},
		{"RegisterProvider", recordParams(bobNew)},
		{"RegisterProvider", recordParams(carolRec)},
		{"UnregisterProvider", tombstoneParams(carolGone)},
	} {
		if r := f.post(t, rpcBody(c.method, c.params)); r.Error != nil {
			t.Fatalf("setting up, %s: %+v", c.method, r.Error)
		}
	}

	tampered := recordParams(bobNew)
	tampered["value"] = "https://mallory.example"
	forgedRec := record(mallory, bobPeer, "https://mallory.example", ms(0))
	forgedRec.Issuer = addr(bob).Bytes() // signed by mallory, claims bob
	forgedRes := &schemas.Resource{Chain: f.chain, Label: "chat2", Owner: addr(mallory).Bytes(), Created: ms(0)}
	if err := schemas.SignResource(forgedRes, mallory); err != nil {
		t.Fatal(err)
	}
	forgedRes.Owner = addr(owner).Bytes()
	forgedTs := tombstone(mallory, bobPeer, ms(0))
	forgedTs.Issuer = addr(bob).Bytes()
	zeroSig := recordParams(record(bob, bobPeer, "https://bob.example/z", ms(0)))
	zeroSig["sig"] = "0x" + strings.Repeat("00", 65)
	highSRec := record(bob, bobPeer, "https://bob.example/h", ms(0))
	highSRec.Sig = highS(highSRec.Sig)
	badV := recordParams(record(bob, bobPeer, "https://bob.example/v", ms(0)))
	badV["sig"] = badV["sig"].(string)[:130] + "05"

	unknown := [32]byte{0xaa}
	unknownRec := record(bob, bobPeer, "https://bob.example", ms(0))
	unknownRec.Resource = unknown[:]
	if err := schemas.SignProviderRecord(unknownRec, bob); err != nil {
		t.Fatal(err)
	}
	unknownTs := &schemas.Tombstone{Chain: f.chain, Resource: unknown[:], Peer: []byte(bobPeer), Issuer: addr(bob).Bytes(), Created: ms(0)}
	if err := schemas.SignTombstone(unknownTs, bob); err != nil {
		t.Fatal(err)
	}
	chain1Rec := record(bob, bobPeer, "https://bob.example", ms(0))
	chain1Rec.Chain = 1
	if err := schemas.SignProviderRecord(chain1Rec, bob); err != nil {
		t.Fatal(err)
	}
	chain1Res := &schemas.Resource{Chain: 1, Label: "chat", Owner: addr(owner).Bytes(), Created: ms(0)}
	if err := schemas.SignResource(chain1Res, owner); err != nil {
		t.Fatal(err)
	}
	chain1Ts := &schemas.Tombstone{Chain: 1, Resource: id[:], Peer: []byte(bobPeer), Issuer: addr(bob).Bytes(), Created: ms(0)}
	if err := schemas.SignTombstone(chain1Ts, bob); err != nil {
		t.Fatal(err)
	}
	// A PeerID that decodes (an identity multihash) but is longer than
	// ipld-schemas' MaxPeerIDSize.
	longID, err := mh.Sum([]byte(strings.Repeat("p", 60)), mh.IDENTITY, -1)
	if err != nil {
		t.Fatal(err)
	}
	longPeer := peer.ID(longID).String()
	relays := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = newPeer(t).String()
		}
		return out
	}
	services := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("s%d", i)
		}
		return out
	}
	fresh := func() map[string]any { return recordParams(record(bob, bobPeer, "https://bob.example/fresh", ms(0))) }

	cases := []struct {
		name   string
		method string
		params any    // or body
		body   string // a raw request, when set
		code   int    // 0: no error, the registry says it held the operation
		check  string
		words  string
	}{
		// Forged signatures.
		{name: "record signed by another key", method: "RegisterProvider", params: recordParams(forgedRec), code: gateway.CodeRegistryRefused, check: "sig", words: "not the issuer's"},
		{name: "record changed after signing", method: "RegisterProvider", params: tampered, code: gateway.CodeRegistryRefused, check: "sig", words: "not the issuer's"},
		{name: "record with a zero signature", method: "RegisterProvider", params: zeroSig, code: gateway.CodeRegistryRefused, check: "sig", words: "signature"},
		{name: "record with the high-s twin of its signature", method: "RegisterProvider", params: recordParams(highSRec), code: gateway.CodeRegistryRefused, check: "sig", words: "signature"},
		{name: "record signature with v 5", method: "RegisterProvider", params: badV, code: gateway.CodeRegistryRefused, check: "sig", words: "signature"},
		{name: "resource signed by another than its owner", method: "CreateResource", params: resourceParams(forgedRes), code: gateway.CodeRegistryRefused, check: "sig", words: "owner's"},
		{name: "tombstone of bob's record signed by mallory", method: "UnregisterProvider", params: tombstoneParams(forgedTs), code: gateway.CodeRegistryRefused, check: "sig", words: "not the issuer's"},

		// Oversized fields: the gateway's shape bounds, then the registry's limits.
		{name: "label over the registry's limit", method: "CreateResource", params: set(resourceParams(res), "label", strings.Repeat("a", schemas.MaxLabelSize+1)), code: gateway.CodeInvalidParams, check: "label", words: "label"},
		{name: "label over the gateway's bound", method: "CreateResource", params: set(resourceParams(res), "label", strings.Repeat("a", 1025)), code: gateway.CodeInvalidParams, check: "label", words: "at most 1024 bytes"},
		{name: "value over the registry's limit", method: "RegisterProvider", params: set(fresh(), "value", strings.Repeat("v", schemas.MaxValueSize+1)), code: gateway.CodeInvalidParams, check: "value", words: "value"},
		{name: "value over the gateway's bound", method: "RegisterProvider", params: set(fresh(), "value", strings.Repeat("v", 8<<10+1)), code: gateway.CodeInvalidParams, check: "value", words: "at most 8192 bytes"},
		{name: "more relays than the registry takes", method: "RegisterProvider", params: set(fresh(), "relays", relays(schemas.MaxRelays+1)), code: gateway.CodeInvalidParams, check: "relays", words: "relays"},
		{name: "more relays than the gateway takes", method: "RegisterProvider", params: set(fresh(), "relays", make([]string, 65)), code: gateway.CodeInvalidParams, check: "relays", words: "at most 64"},
		{name: "more services than the registry takes", method: "RegisterProvider", params: set(fresh(), "services", services(schemas.MaxServices+1)), code: gateway.CodeInvalidParams, check: "services", words: "services"},
		{name: "a service over the registry's limit", method: "RegisterProvider", params: set(fresh(), "services", []string{strings.Repeat("s", schemas.MaxServiceSize+1)}), code: gateway.CodeInvalidParams, check: "services[0]", words: "at most 64"},
		{name: "a peer id over the gateway's bound", method: "RegisterProvider", params: set(fresh(), "peer", strings.Repeat("Q", 129)), code: gateway.CodeInvalidParams, check: "peer", words: "peer"},
		{name: "a peer id over the registry's limit", method: "RegisterProvider", params: set(fresh(), "peer", longPeer), code: gateway.CodeInvalidParams, check: "peer", words: "peer"},

		// Unknown resources.
		{name: "record for an unknown resource", method: "RegisterProvider", params: recordParams(unknownRec), code: gateway.CodeRegistryRefused, check: "resource", words: "no such resource"},
		{name: "tombstone for an unknown resource", method: "UnregisterProvider", params: tombstoneParams(unknownTs), code: gateway.CodeRegistryRefused, check: "resource", words: "no such resource"},
		{name: "resolve an unknown resource", method: "ResolveProviders", params: map[string]any{"resource": hexutil.Encode(unknown[:])}, code: gateway.CodeNotFound, check: "resource", words: "no such resource"},

		// Clocks and replays.
		{name: "record created an hour ahead", method: "RegisterProvider", params: recordParams(record(bob, bobPeer, "https://bob.example", ms(time.Hour))), code: gateway.CodeRegistryRefused, check: "created", words: "future"},
		{name: "resource created an hour ahead", method: "CreateResource", params: resourceParams(func() *schemas.Resource {
			r := &schemas.Resource{Chain: f.chain, Label: "later", Owner: addr(owner).Bytes(), Created: ms(time.Hour)}
			if err := schemas.SignResource(r, owner); err != nil {
				t.Fatal(err)
			}
			return r
		}()), code: gateway.CodeRegistryRefused, check: "created", words: "future"},
		{name: "record created 25h ago", method: "RegisterProvider", params: recordParams(record(bob, newPeer(t), "https://bob.example", ms(-25*time.Hour))), code: gateway.CodeRegistryRefused, check: "created", words: "expir"},
		{name: "replayed older record", method: "RegisterProvider", params: recordParams(bobOld), code: gateway.CodeRegistryRefused, check: "created", words: "newer operation"},
		{name: "replayed record after its tombstone", method: "RegisterProvider", params: recordParams(carolRec), code: gateway.CodeRegistryRefused, check: "created", words: "newer operation"},
		{name: "replayed tombstone older than the one held", method: "UnregisterProvider", params: tombstoneParams(carolOlderGone), code: gateway.CodeRegistryRefused, check: "created", words: "newer operation"},
		{name: "replayed tombstone older than the record held", method: "UnregisterProvider", params: tombstoneParams(tombstone(bob, bobPeer, ms(-20*time.Minute))), code: gateway.CodeRegistryRefused, check: "created", words: "newer operation"},
		{name: "the held record again", method: "RegisterProvider", params: recordParams(bobNew)},
		{name: "the held tombstone again", method: "UnregisterProvider", params: tombstoneParams(carolGone)},
		{name: "the resource again", method: "CreateResource", params: resourceParams(res)},

		// Another chain.
		{name: "record signed for chain 1", method: "RegisterProvider", params: recordParams(chain1Rec), code: gateway.CodeRegistryRefused, check: "chain", words: "another chain"},
		{name: "resource signed for chain 1", method: "CreateResource", params: resourceParams(chain1Res), code: gateway.CodeRegistryRefused, check: "chain", words: "another chain"},
		{name: "tombstone signed for chain 1", method: "UnregisterProvider", params: tombstoneParams(chain1Ts), code: gateway.CodeRegistryRefused, check: "chain", words: "another chain"},
		{name: "record with chain changed to 1 after signing", method: "RegisterProvider", params: set(fresh(), "chain", 1), code: gateway.CodeRegistryRefused, check: "sig", words: "not the issuer's"},

		// Malformed params.
		{name: "chain an object", method: "RegisterProvider", params: set(fresh(), "chain", map[string]any{"id": 1}), code: gateway.CodeInvalidParams, check: "chain"},
		{name: "chain a huge number", method: "RegisterProvider", params: set(fresh(), "chain", json.Number("1"+strings.Repeat("0", 400))), code: gateway.CodeInvalidParams, check: "chain"},
		{name: "created a word", method: "RegisterProvider", params: set(fresh(), "created", "soon"), code: gateway.CodeInvalidParams, check: "created"},
		{name: "created negative", method: "RegisterProvider", params: set(fresh(), "created", -1), code: gateway.CodeInvalidParams, check: "created"},
		{name: "created above int64", method: "CreateResource", params: set(resourceParams(res), "created", json.Number("9223372036854775808")), code: gateway.CodeInvalidParams, check: "created"},
		{name: "created a float", method: "UnregisterProvider", params: set(tombstoneParams(carolGone), "created", 1.5), code: gateway.CodeInvalidParams, check: "created"},
		{name: "missing sig", method: "RegisterProvider", params: set(fresh(), "sig", nil), code: gateway.CodeInvalidParams, check: "sig"},
		{name: "missing resource", method: "UnregisterProvider", params: set(tombstoneParams(carolGone), "resource", nil), code: gateway.CodeInvalidParams, check: "resource"},
		{name: "missing owner", method: "CreateResource", params: set(resourceParams(res), "owner", nil), code: gateway.CodeInvalidParams, check: "owner"},
		{name: "an extra field", method: "RegisterProvider", params: set(fresh(), "admin", true), code: gateway.CodeInvalidParams, check: "admin"},
		{name: "sig not hex", method: "RegisterProvider", params: set(fresh(), "sig", "0x"+strings.Repeat("zz", 65)), code: gateway.CodeInvalidParams, check: "sig"},
		{name: "sig without 0x", method: "CreateResource", params: set(resourceParams(res), "sig", strings.TrimPrefix(hexutil.Encode(res.Sig), "0x")), code: gateway.CodeInvalidParams, check: "sig"},
		{name: "resource id not hex", method: "RegisterProvider", params: set(fresh(), "resource", "0x"+strings.Repeat("g", 64)), code: gateway.CodeInvalidParams, check: "resource"},
		{name: "issuer one digit short", method: "RegisterProvider", params: set(fresh(), "issuer", addr(bob).Hex()[:41]), code: gateway.CodeInvalidParams, check: "issuer"},
		{name: "relays a string", method: "RegisterProvider", params: set(fresh(), "relays", relay.String()), code: gateway.CodeInvalidParams, check: "relays"},
		{name: "a relay not a PeerID", method: "RegisterProvider", params: set(fresh(), "relays", []string{"relay"}), code: gateway.CodeInvalidParams, check: "relays[0]"},
		{name: "params a number", method: "RegisterProvider", params: 7, code: gateway.CodeInvalidRequest, check: "params"},
		{name: "params null", body: `{"jsonrpc":"2.0","id":1,"method":"RegisterProvider","params":null}`, code: gateway.CodeInvalidRequest, check: "params", words: "must be an object"},
		{name: "not JSON", body: `{"jsonrpc":"2.0","id":1,"method":"RegisterProvider","params":{"chain":`, code: gateway.CodeParseError, check: "parse"},
		{name: "no such method", method: "RegisterProviders", params: fresh(), code: gateway.CodeMethodNotFound, check: "method"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := c.body
			if body == "" {
				body = rpcBody(c.method, c.params)
			}
			before := f.state(t)
			r := f.post(t, body)
			if after := f.state(t); after != before {
				t.Errorf("the registry changed:\nbefore:\n%s\nafter:\n%s", before, after)
			}
			if c.code == 0 {
				var reg gateway.Registration
				var resource gateway.RegistryResource
				switch {
				case r.Error != nil:
					t.Fatalf("error %+v, want the operation acknowledged as held", r.Error)
				case c.method == "CreateResource":
					if json.Unmarshal(r.Result, &resource) != nil || resource.ID != hexutil.Encode(id[:]) {
						t.Fatalf("result %s", r.Result)
					}
				case json.Unmarshal(r.Result, &reg) != nil || !reg.Unchanged:
					t.Fatalf("result %s, want unchanged", r.Result)
				}
				return
			}
			if r.Error == nil {
				t.Fatalf("result %s, want error %d", r.Result, c.code)
			}
			if r.Error.Code != c.code || r.Error.Check() != c.check {
				t.Errorf("error %d %q (%s), want %d %q", r.Error.Code, r.Error.Check(), r.Error.Message, c.code, c.check)
			}
			if !strings.Contains(r.Error.Message, c.words) {
				t.Errorf("message %q does not say %q", r.Error.Message, c.words)
			}
			leakcheck.Check(t, c.name, r.Error.Message)
		})
	}
	if n := len(cases); n < 30 {
		t.Fatalf("%d hostile cases, want at least 30", n)
	}
}

// TestRegistryGatewayTenThousandRecords: 10,000 records for one resource,
// each by its own issuer for its own peer, through the gateway. Every one
// is a valid record, so every one is accepted (a clear outcome: each
// answer is a Registration), and the registry stays bounded: the resource
// resolves to the MaxProviders newest, the rest are evicted FIFO, and the
// heap does not grow with the records.
func TestRegistryGatewayTenThousandRecords(t *testing.T) {
	if testing.Short() {
		t.Skip("signs and appends 10,000 records")
	}
	rules := registry.DefaultRules()
	f := newRegistryFixture(t, rules)
	owner := newKey(t)
	now := time.Now()
	res := &schemas.Resource{Chain: f.chain, Label: "crowded", Owner: addr(owner).Bytes(), Created: now.Add(-time.Hour).UnixMilli()}
	if err := schemas.SignResource(res, owner); err != nil {
		t.Fatal(err)
	}
	if r := f.post(t, rpcBody("CreateResource", resourceParams(res))); r.Error != nil {
		t.Fatal(r.Error)
	}
	id := res.ID()

	const total = 10000
	bodies := make([]string, total)
	for i := range bodies {
		k := newKey(t)
		rec := &schemas.ProviderRecord{Chain: f.chain, Resource: id[:], Value: fmt.Sprintf("https://p%d.example", i), Peer: []byte(newPeer(t)),
			Issuer: addr(k).Bytes(), Created: now.Add(-time.Duration(total-i) * time.Millisecond).UnixMilli()}
		if err := schemas.SignProviderRecord(rec, k); err != nil {
			t.Fatal(err)
		}
		bodies[i] = rpcBody("RegisterProvider", recordParams(rec))
	}
	var bodyBytes int64
	for _, b := range bodies {
		bodyBytes += int64(len(b))
	}
	runtime.GC()
	var m0 runtime.MemStats
	runtime.ReadMemStats(&m0)

	var (
		next, accepted atomic.Int64
		wg             sync.WaitGroup
		mu             sync.Mutex
		firstErr       *gateway.Error
	)
	for range 32 {
		wg.Go(func() {
			for {
				i := next.Add(1) - 1
				if i >= total {
					return
				}
				r := f.post(t, bodies[i])
				var reg gateway.Registration
				if r.Error != nil || json.Unmarshal(r.Result, &reg) != nil || reg.Resource != hexutil.Encode(id[:]) {
					mu.Lock()
					if firstErr == nil {
						firstErr = r.Error
					}
					mu.Unlock()
					continue
				}
				accepted.Add(1)
			}
		})
	}
	wg.Wait()
	if accepted.Load() != total {
		t.Fatalf("%d of %d records accepted; first error %+v", accepted.Load(), total, firstErr)
	}
	bodies = nil
	runtime.GC()
	var m1 runtime.MemStats
	runtime.ReadMemStats(&m1)
	// What the registry kept: the heap after, against the heap before
	// less the request bodies, dropped since.
	grew := int64(m1.HeapAlloc) - (int64(m0.HeapAlloc) - bodyBytes)
	t.Logf("heap %d KiB with the %d KiB of requests, %d KiB after: the registry kept %+d KiB", m0.HeapAlloc>>10, bodyBytes>>10, m1.HeapAlloc>>10, grew>>10)
	// Retain (128) records stay; 10,000 would take more than the bound
	// (their request bodies alone are about 6 MiB).
	if grew > 4<<20 {
		t.Errorf("the heap grew by %d KiB over 10,000 records", grew>>10)
	}

	r := f.post(t, rpcBody("ResolveProviders", map[string]any{"resource": hexutil.Encode(id[:])}))
	var resolved gateway.Resolved
	if r.Error != nil || json.Unmarshal(r.Result, &resolved) != nil {
		t.Fatalf("resolve: %s %+v", r.Result, r.Error)
	}
	if len(resolved.Providers) != rules.MaxProviders || resolved.Resource.Providers != rules.MaxProviders {
		t.Fatalf("resolve lists %d providers (resource says %d), want MaxProviders %d", len(resolved.Providers), resolved.Resource.Providers, rules.MaxProviders)
	}
	// The newest MaxProviders, newest first.
	for i, p := range resolved.Providers {
		if want := fmt.Sprintf("https://p%d.example", total-1-i); p.Value != want {
			t.Fatalf("provider %d is %s, want %s", i, p.Value, want)
		}
	}
	// Every operation is in the node's registry log (in batches: the
	// concurrent ones share log nodes).
	nodes, err := f.journal.Read(context.Background(), f.journal.self, 0)
	if err != nil {
		t.Fatal(err)
	}
	ops := 0
	for _, n := range nodes {
		got, err := registry.OpsOf(n.Message)
		if err != nil {
			t.Fatalf("log node %d: %v", n.Seq, err)
		}
		ops += len(got)
	}
	if ops != total+1 {
		t.Fatalf("the registry log holds %d operations in %d nodes, want %d (the resource and every record)", ops, len(nodes), total+1)
	}
}
