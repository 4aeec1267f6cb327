package registryclient

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"
	dssync "github.com/ipfs/go-datastore/sync"
	ic "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/gateway/client"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/p2ptest"
	"github.com/mosaic-rings/rings/plugin/registry"
)

const testChain = 1337

// stateRegistry is a Registry over a registry.State: the rules are real,
// only the network is left out.
type stateRegistry struct{ st *registry.State }

var _ Registry = stateRegistry{}

func newStateRegistry(t testing.TB) stateRegistry {
	t.Helper()
	st, err := registry.NewState(testChain, registry.DefaultRules(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return stateRegistry{st}
}

func (s stateRegistry) Chain() uint64 { return testChain }
func (s stateRegistry) Accept(_ context.Context, op registry.Op) (registry.Result, error) {
	return s.st.Apply(op, time.Now())
}
func (s stateRegistry) Resolve(_ context.Context, id [32]byte) (*schemas.Resource, []registry.Provider, error) {
	r, ok := s.st.Resource(id)
	ps, _ := s.st.Resolve(id, time.Now())
	if !ok {
		return nil, nil, registry.ErrUnknownResource
	}
	return r, ps, nil
}

func newKey(t testing.TB) (*ecdsa.PrivateKey, common.Address) {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k, crypto.PubkeyToAddress(k.PublicKey)
}

func newPeer(t testing.TB) peer.ID {
	t.Helper()
	k, _, err := ic.GenerateEd25519Key(nil)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestGatewayAddrsAndURLs(t *testing.T) {
	t.Parallel()
	host := []ma.Multiaddr{ma.StringCast("/ip4/127.0.0.1/tcp/4001"), ma.StringCast("/ip4/10.0.0.5/udp/4001/quic-v1"), ma.StringCast("/ip6/::1/tcp/4001")}
	for _, tc := range []struct {
		name, listen string
		want         []string
	}{
		{"loopback", "127.0.0.1:8090", []string{"/ip4/127.0.0.1/tcp/8090/http"}},
		{"ipv6", "[::1]:8090", []string{"/ip6/::1/tcp/8090/http"}},
		{"every ipv4 address: the host's", "0.0.0.0:8090", []string{"/ip4/127.0.0.1/tcp/8090/http", "/ip4/10.0.0.5/tcp/8090/http"}},
		{"not host:port", "8090", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range GatewayAddrs(tc.listen, host) {
				got = append(got, a.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("GatewayAddrs(%q) = %v, want %v", tc.listen, got, tc.want)
			}
		})
	}
	infos := []peer.AddrInfo{{Addrs: append(slices.Clone(host), ma.StringCast("/ip4/127.0.0.1/tcp/8090/http"), ma.StringCast("/dns4/reg.example/tcp/443/http"),
		ma.StringCast("/ip4/127.0.0.1/tcp/8090/http"), ma.StringCast("/ip4/127.0.0.1/tcp/8090/ws"))}}
	if got, want := GatewayURLs(infos), []string{"http://127.0.0.1:8090", "http://reg.example:443"}; !slices.Equal(got, want) {
		t.Fatalf("GatewayURLs = %v, want %v", got, want)
	}
}

func newHost(t *testing.T) host.Host { return p2ptest.NewHost(t) }

// TestLibp2pSkipsTheGatewayAddr checks what publishing the gateway among
// a node's libp2p addresses relies on: a host dialing a peer skips the
// /http address (it has no transport for it) and connects over the
// others; with only that address it fails at once.
func TestLibp2pSkipsTheGatewayAddr(t *testing.T) {
	a, b := newHost(t), newHost(t)
	gw := ma.StringCast("/ip4/127.0.0.1/tcp/1/http")
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := b.Connect(ctx, peer.AddrInfo{ID: a.ID(), Addrs: []ma.Multiaddr{gw}}); err == nil {
		t.Fatal("connected over an /http address alone")
	}
	b.Peerstore().ClearAddrs(a.ID())
	if err := b.Connect(ctx, peer.AddrInfo{ID: a.ID(), Addrs: append([]ma.Multiaddr{gw}, a.Addrs()...)}); err != nil {
		t.Fatalf("Connect with the /http address first: %v", err)
	}
}

// rpcServer answers JSON-RPC calls with answer(method, params).
func rpcServer(t *testing.T, answer func(method string, params json.RawMessage) (any, *gateway.Error)) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params json.RawMessage `json:"params"`
		}
		body, _ := io.ReadAll(r.Body)
		if err := json.Unmarshal(body, &req); err != nil || r.URL.Path != "/ring/rpc" {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		res, e := answer(req.Method, req.Params)
		out := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		if e != nil {
			out["error"] = e
		} else {
			out["result"] = res
		}
		_ = json.NewEncoder(w).Encode(out)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func noRegistry(string, json.RawMessage) (any, *gateway.Error) {
	return nil, &gateway.Error{Code: gateway.CodeNoRegistry, Message: "this node is not a registry node", Data: &gateway.ErrorData{Check: "registry"}}
}

// resolvedJSON is what a registry node answers for r and its records.
func resolvedJSON(r *schemas.Resource, recs ...*schemas.ProviderRecord) *gateway.Resolved {
	id := r.ID()
	out := &gateway.Resolved{Resource: gateway.RegistryResource{ID: hexutil.Encode(id[:]), Chain: uint64(r.Chain), Label: r.Label,
		Owner: common.BytesToAddress(r.Owner).Hex(), Created: time.UnixMilli(r.Created).UTC(), Providers: len(recs), Sig: hexutil.Encode(r.Sig)}}
	for _, rec := range recs {
		p := RecordParams(rec)
		out.Providers = append(out.Providers, gateway.RegistryProvider{Value: p.Value, Peer: p.Peer, Relays: p.Relays, Services: p.Services,
			Issuer: p.Issuer, Created: time.UnixMilli(rec.Created).UTC(), Sig: p.Sig})
	}
	return out
}

func TestRemote(t *testing.T) {
	ctx := context.Background()
	ownerKey, owner := newKey(t)
	issuerKey, issuer := newKey(t)
	now := time.Now().UnixMilli()
	res := &schemas.Resource{Chain: testChain, Label: "chat", Owner: owner.Bytes(), Created: now}
	if err := schemas.SignResource(res, ownerKey); err != nil {
		t.Fatal(err)
	}
	id := res.ID()
	record := func(value string) *schemas.ProviderRecord {
		rec := &schemas.ProviderRecord{Chain: testChain, Resource: id[:], Value: value, Peer: []byte(newPeer(t)),
			Relays: [][]byte{[]byte(newPeer(t))}, Services: []string{"chat"}, Issuer: issuer.Bytes(), Created: now}
		if err := schemas.SignProviderRecord(rec, issuerKey); err != nil {
			t.Fatal(err)
		}
		return rec
	}
	good, forged := record("https://good.example"), record("https://forged.example")
	forgedCopy := *forged
	forgedCopy.Value = "https://evil.example" // the signature no longer covers it
	var calls sync.Map
	registryNode := rpcServer(t, func(method string, params json.RawMessage) (any, *gateway.Error) {
		calls.Store(method, string(params))
		switch method {
		case "ResolveProviders":
			return resolvedJSON(res, good, &forgedCopy), nil
		case "RegisterProvider":
			return nil, &gateway.Error{Code: gateway.CodeRegistryRefused, Message: "registry refused: no such resource", Data: &gateway.ErrorData{Check: "resource"}}
		}
		return nil, &gateway.Error{Code: gateway.CodeMethodNotFound, Message: "no such method"}
	})
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	notRegistry := rpcServer(t, noRegistry)
	urls := []string{down.URL, notRegistry, registryNode}
	remote := NewRemote(testChain, func(context.Context) ([]string, error) { return urls, nil })

	t.Run("resolve skips nodes that cannot answer and keeps verified records", func(t *testing.T) {
		r, ps, err := remote.Resolve(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if r.ID() != id || len(ps) != 1 || ps[0].Record.Value != good.Value {
			t.Fatalf("Resolve = %+v, %+v; want the resource and only the record that verifies", r, ps)
		}
	})
	t.Run("a refusal is the registry's sentinel", func(t *testing.T) {
		_, err := remote.Accept(ctx, registry.Op{Record: good})
		var re *RemoteError
		if !errors.Is(err, registry.ErrUnknownResource) || !errors.As(err, &re) || re.URL != registryNode {
			t.Fatalf("Accept = %v; want ErrUnknownResource from %s", err, registryNode)
		}
		var sent gateway.ProviderRecordParams
		v, _ := calls.Load("RegisterProvider")
		if err := json.Unmarshal([]byte(v.(string)), &sent); err != nil || sent.Value != good.Value || sent.Sig != hexutil.Encode(good.Sig) ||
			len(sent.Relays) != 1 || sent.Chain.String() != fmt.Sprint(testChain) {
			t.Fatalf("RegisterProvider params %s (%v)", v, err)
		}
	})
	t.Run("another resource is refused", func(t *testing.T) {
		other := schemas.ResourceID("other", owner)
		if _, _, err := remote.Resolve(ctx, other); err == nil || !strings.Contains(err.Error(), "answered resource") {
			t.Fatalf("Resolve of another id = %v", err)
		}
	})
	t.Run("no registry node", func(t *testing.T) {
		for _, find := range []Finder{
			func(context.Context) ([]string, error) { return nil, nil },
			func(context.Context) ([]string, error) { return []string{notRegistry}, nil },
		} {
			_, _, err := NewRemote(testChain, find).Resolve(ctx, id)
			var ce *client.Error
			if !errors.Is(err, ErrNoRegistryNode) || errors.As(err, new(*RemoteError)) {
				t.Fatalf("Resolve = %v (%v); want ErrNoRegistryNode", err, errors.As(err, &ce))
			}
		}
	})
}

func TestAdvertiserAndReplicas(t *testing.T) {
	ctx := context.Background()
	reg := newStateRegistry(t)
	ownerKey, owner := newKey(t)
	repKey, repAddr := newKey(t)
	ring := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	self := newPeer(t)
	var replicating bool
	var logs []string
	store := dssync.MutexWrap(datastore.NewMapDatastore())
	cfg := AdvertiserConfig{
		Registry: func() Registry { return reg }, Key: repKey, Peer: self, URL: "http://127.0.0.1:8090",
		Rings: func(context.Context) ([]Replicated, error) {
			if !replicating {
				return nil, nil
			}
			return []Replicated{{Ring: ring, Owner: owner}}, nil
		},
		Store: store, RenewEvery: time.Hour,
		Logf: func(f string, args ...any) { logs = append(logs, fmt.Sprintf(f, args...)) },
	}
	a := &Advertiser{cfg: cfg, issuer: repAddr, last: map[common.Address]time.Time{}, failed: map[common.Address]string{}}
	id := ReplicaResource(ring, owner)
	if got := ReplicaLabel(ring); got != "rings/replicas/0x00000000000000000000000000000000000000c1" {
		t.Fatalf("ReplicaLabel = %q", got)
	}

	replicating = true
	a.Step(ctx)
	a.Step(ctx)
	if len(logs) != 1 || !strings.Contains(logs[0], "does not exist") || !strings.Contains(logs[0], "ipfs ring replicate") || !strings.Contains(logs[0], ReplicaLabel(ring)) {
		t.Fatalf("with no resource the advertiser logged %q; want one error naming the owner's step", logs)
	}

	if gotID, created, err := EnsureReplicaResource(ctx, reg, ring, ownerKey); err != nil || !created || gotID != id {
		t.Fatalf("EnsureReplicaResource = %x, %v, %v", gotID, created, err)
	}
	if _, created, err := EnsureReplicaResource(ctx, reg, ring, ownerKey); err != nil || created {
		t.Fatalf("EnsureReplicaResource again = %v, %v; want nothing new", created, err)
	}
	a.Step(ctx)
	_, ps, _ := reg.Resolve(ctx, id)
	if len(ps) != 1 || ps[0].Record.Value != cfg.URL || peer.ID(ps[0].Record.Peer) != self || !slices.Equal(ps[0].Record.Services, []string{ReplicaService}) ||
		common.BytesToAddress(ps[0].Record.Issuer) != repAddr {
		t.Fatalf("the replica's record: %+v", ps)
	}
	first := ps[0].Record.Created

	reps, err := FreshReplicas(ctx, reg, ring, owner, newPeer(t))
	if err != nil || len(reps) != 1 || reps[0].URL != cfg.URL || reps[0].Peer != self || reps[0].Issuer != repAddr {
		t.Fatalf("FreshReplicas = %+v, %v", reps, err)
	}
	if reps, _ := FreshReplicas(ctx, reg, ring, owner, self); len(reps) != 0 {
		t.Fatalf("FreshReplicas on the replica itself = %+v, want none", reps)
	}
	if reps, err := FreshReplicas(ctx, reg, common.HexToAddress("0xc2"), owner, self); err != nil || len(reps) != 0 {
		t.Fatalf("FreshReplicas of a ring with no resource = %+v, %v", reps, err)
	}

	// Not due: nothing signed again. Due: signed again, newer.
	a.Step(ctx)
	if _, ps, _ := reg.Resolve(ctx, id); ps[0].Record.Created != first {
		t.Fatal("renewed before RenewEvery")
	}
	for time.Now().UnixMilli() == first { // the next millisecond
	}
	a.cfg.RenewEvery = time.Nanosecond
	a.Step(ctx)
	if _, ps, _ := reg.Resolve(ctx, id); len(ps) != 1 || ps[0].Record.Created <= first {
		t.Fatalf("not renewed when due: %+v", ps)
	}

	// Dropped: a tombstone, and nothing left to unregister.
	replicating = false
	a.Step(ctx)
	if _, ps, _ := reg.Resolve(ctx, id); len(ps) != 0 {
		t.Fatalf("still registered after the ring was dropped: %+v", ps)
	}
	if n, _ := store.Query(ctx, queryAll); n != nil {
		if rest, _ := n.Rest(); len(rest) != 0 {
			t.Fatalf("still recorded: %v", rest)
		}
	}
}

var queryAll = query.Query{}
