package e2e

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/kubo/test/cli/harness"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// registryNodeOn makes n, a daemon on the shared chain holding the key
// "registry", a registry node of a new registry ring whose members are
// the registry avatars of n and of others (which import the ring's keys):
// n creates the ring, then every node is restarted with Registry.Ring set.
// It returns the ring's address.
func registryNodeOn(tb testing.TB, h *harness.Harness, n *harness.Node, others ...*harness.Node) common.Address {
	tb.Helper()
	members := "registry"
	for _, o := range others {
		members += "," + avatarAddress(tb, o, "registry").Hex()
	}
	rr := ipfsJSON[ring.Created](tb, n, "ring", "create", "registry", "--from", "registry", "--members", members)
	exported := h.WriteToTemp(n.IPFS("ring", "keys", "export", "registry").Stdout.String())
	for _, o := range others {
		ipfsJSON[ring.Ring](tb, o, "ring", "keys", "import", exported)
	}
	for _, x := range append([]*harness.Node{n}, others...) {
		stop(tb, x)
		x.IPFS("config", "--json", "Plugins.Plugins.ring.Config.Registry", fmt.Sprintf(`{"Ring": %q, "Avatar": "registry", "AnchorInterval": "off"}`, rr.Address.Hex()))
		x.StartDaemon()
	}
	return rr.Address
}

// benchProvider is one provider's issuer key and the resource it
// registers records for, owned by the same key.
type benchProvider struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	id    [32]byte
	chain uint64
}

func newBenchProvider(tb testing.TB, chainID uint64, label string) *benchProvider {
	tb.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	return &benchProvider{key: key, addr: addr, id: schemas.ResourceID(label, addr), chain: chainID}
}

// createResource is the CreateResource request of p's resource.
func (p *benchProvider) createResource(tb testing.TB, label string) []byte {
	tb.Helper()
	r := &schemas.Resource{Chain: int64(p.chain), Label: label, Owner: p.addr.Bytes(), Created: time.Now().UnixMilli()}
	if err := schemas.SignResource(r, p.key); err != nil {
		tb.Fatal(err)
	}
	return rpcBody(tb, "CreateResource", gateway.ResourceParams{Chain: json.Number(fmt.Sprint(r.Chain)), Label: r.Label,
		Owner: p.addr.Hex(), Created: json.Number(fmt.Sprint(r.Created)), Sig: hexutil.Encode(r.Sig)})
}

// registerRequests are count RegisterProvider requests, each a record of
// a new peer for p's resource.
func (p *benchProvider) registerRequests(tb testing.TB, count int) []benchReq {
	tb.Helper()
	out := make([]benchReq, count)
	for i := range out {
		pid := randomPeer(tb)
		rec := &schemas.ProviderRecord{Chain: int64(p.chain), Resource: p.id[:], Value: "https://provider.example/" + fmt.Sprint(i),
			Peer: []byte(pid), Issuer: p.addr.Bytes(), Created: time.Now().UnixMilli()}
		if err := schemas.SignProviderRecord(rec, p.key); err != nil {
			tb.Fatal(err)
		}
		out[i] = benchReq{ctype: "application/json", want: pid.String(), body: rpcBody(tb, "RegisterProvider", gateway.ProviderRecordParams{
			Chain: json.Number(fmt.Sprint(rec.Chain)), Resource: hexutil.Encode(p.id[:]), Value: rec.Value, Peer: pid.String(),
			Relays: []string{}, Services: []string{}, Issuer: p.addr.Hex(), Created: json.Number(fmt.Sprint(rec.Created)), Sig: hexutil.Encode(rec.Sig)})}
	}
	return out
}

func randomPeer(tb testing.TB) peer.ID {
	tb.Helper()
	_, pub, err := p2pcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	id, err := peer.IDFromPublicKey(pub)
	if err != nil {
		tb.Fatal(err)
	}
	return id
}

func rpcBody(tb testing.TB, method string, params any) []byte {
	tb.Helper()
	b, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// checkRegistered checks a RegisterProvider answer: a new record of peer
// want.
func checkRegistered(body []byte, want string) error {
	var resp struct {
		Result *gateway.Registration `json:"result"`
		Error  json.RawMessage       `json:"error"`
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		return err
	}
	if resp.Result == nil || resp.Result.Peer != want || resp.Result.Unchanged {
		return fmt.Errorf("RegisterProvider answered %s, want a new record of %s", body, want)
	}
	return nil
}

// BenchmarkRegisterProvider measures a registry node's RegisterProvider
// through its gateway against FlushToRing on the same node (a replica
// too), in the same run, under the same bounded load as
// BenchmarkFlushToRing: benchWorkers clients, benchPerWorker requests each,
// per side and iteration, the sides' order alternating. Each
// RegisterProvider is a new signed record (a new peer) for the worker's
// resource, so the registry checks it, appends it to its log (synced) and
// applies it, and a resource goes past MaxProviders (evictions). Signing
// is done before the clock starts; verification is timed. Run it with
// -benchtime 1x.
func BenchmarkRegisterProvider(b *testing.B) {
	if testing.Short() {
		b.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	sc := newSharedChain(b)
	h := harness.New(func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	b.Cleanup(h.Cleanup)
	rep := sc.node(h, map[string]any{
		"Replica": map[string]any{"Avatar": "rep", "RelayWait": "0s"},
		"Gateway": map[string]any{"Address": "/ip4/127.0.0.1/tcp/0", "RateLimit": map[string]any{"Disabled": true}},
	}, "rep", "registry")
	registryNodeOn(b, h, rep)
	url := gatewayURL(b, rep)
	rpcURL := url + "/ring/rpc"

	c, err := chain.New(ctx, sc.dc.Client(), sc.dc.RelayerKey(), sc.factory)
	if err != nil {
		b.Fatal(err)
	}
	hc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: benchWorkers, DisableCompression: true}}
	defer hc.CloseIdleConnections()
	members, dom := benchReplicatedRing(ctx, b, c, rep, url)
	providers := make([]*benchProvider, benchWorkers)
	for i := range providers {
		label := fmt.Sprintf("bench-%d", i)
		providers[i] = newBenchProvider(b, c.ChainID(), label)
		body, err := benchPost(ctx, hc, rpcURL, benchReq{body: providers[i].createResource(b, label), ctype: "application/json"})
		if err != nil {
			b.Fatal(err)
		}
		var resp struct {
			Error json.RawMessage `json:"error"`
		}
		if json.Unmarshal(body, &resp) != nil || resp.Error != nil {
			b.Fatalf("CreateResource: %s", body)
		}
	}

	var regLat, flushLat []time.Duration
	var regTime, flushTime time.Duration
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		b.StopTimer()
		regJobs, flushJobs := make([][]benchReq, benchWorkers), make([][]benchReq, benchWorkers)
		for w := range members {
			regJobs[w] = providers[w].registerRequests(b, benchPerWorker)
			flushJobs[w] = members[w].flushRequests(b, dom, benchPerWorker)
		}
		b.StartTimer()
		register := func() {
			if dir := os.Getenv("RINGS_BENCH_PROFILE"); dir != "" && it == 0 {
				defer benchProfile(b, rep.APIURL(), dir, "register")()
			}
			settleDisk()
			lat, d := benchLoad(ctx, b, hc, rpcURL, regJobs, checkRegistered)
			regLat, regTime = append(regLat, lat...), regTime+d
		}
		flush := func() {
			settleDisk()
			lat, d := benchLoad(ctx, b, hc, rpcURL, flushJobs, checkFlush)
			flushLat, flushTime = append(flushLat, lat...), flushTime+d
			b.StopTimer()
			waitRelayed(ctx, b, hc, rpcURL, flushJobs)
			b.StartTimer()
		}
		if it%2 == 0 {
			register()
			flush()
		} else {
			flush()
			register()
		}
	}
	b.StopTimer()
	regRate := float64(len(regLat)) / regTime.Seconds()
	flushRate := float64(len(flushLat)) / flushTime.Seconds()
	b.ReportMetric(regRate, "register-req/s")
	b.ReportMetric(ms(percentile(regLat, 50)), "register-p50-ms")
	b.ReportMetric(ms(percentile(regLat, 99)), "register-p99-ms")
	b.ReportMetric(flushRate, "flush-req/s")
	b.ReportMetric(ms(percentile(flushLat, 50)), "flush-p50-ms")
	b.ReportMetric(regRate/flushRate, "ratio")
}

// BenchmarkRegistryPropagation measures how long a record accepted by one
// registry node takes to be resolvable live at another: two registry
// nodes on a shared chain, found through the registry ring's contract (no
// swarm connect); records registered one at a time on A, each timed from
// A's answer until B's ResolveProviders lists it (polled every 10 ms, so
// a figure is at most 10 ms late). It reports p50 and p95. Run it with
// -benchtime 1x.
func BenchmarkRegistryPropagation(b *testing.B) {
	if testing.Short() {
		b.Skip("runs real daemons")
	}
	const records = 60
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	sc := newSharedChain(b)
	h := harness.New(func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	b.Cleanup(h.Cleanup)
	a := sc.node(h, nil, "registry")
	bn := sc.node(h, nil, "registry")
	registryNodeOn(b, h, a, bn)
	aURL, bURL := gatewayURL(b, a)+"/ring/rpc", gatewayURL(b, bn)+"/ring/rpc"
	hc := &http.Client{Timeout: 30 * time.Second}
	defer hc.CloseIdleConnections()

	p := newBenchProvider(b, sc.dc.ChainID().Uint64(), "propagation")
	if _, err := benchPost(ctx, hc, aURL, benchReq{body: p.createResource(b, "propagation"), ctype: "application/json"}); err != nil {
		b.Fatal(err)
	}
	resolve := rpcBody(b, "ResolveProviders", gateway.ResourceQuery{Resource: hexutil.Encode(p.id[:])})
	lists := func(peerID string) bool {
		body, err := benchPost(ctx, hc, bURL, benchReq{body: resolve, ctype: "application/json"})
		if err != nil {
			return false
		}
		var resp struct {
			Result *gateway.Resolved `json:"result"`
		}
		if json.Unmarshal(body, &resp) != nil || resp.Result == nil {
			return false
		}
		for _, pr := range resp.Result.Providers {
			if pr.Peer == peerID {
				return true
			}
		}
		return false
	}
	// The first record also waits for the nodes to have found each other.
	warm := p.registerRequests(b, 1)[0]
	if _, err := benchPost(ctx, hc, aURL, warm); err != nil {
		b.Fatal(err)
	}
	for !lists(warm.want) {
		if ctx.Err() != nil {
			b.Fatal("the first record never reached the second registry node")
		}
		time.Sleep(10 * time.Millisecond) // polling B: the figure is the wait
	}

	var lat []time.Duration
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		for _, r := range p.registerRequests(b, records) {
			body, err := benchPost(ctx, hc, aURL, r)
			if err == nil {
				err = checkRegistered(body, r.want)
			}
			if err != nil {
				b.Fatal(err)
			}
			start := time.Now()
			for !lists(r.want) {
				if ctx.Err() != nil {
					b.Fatalf("record of %s never reached the second registry node", r.want)
				}
				time.Sleep(10 * time.Millisecond)
			}
			lat = append(lat, time.Since(start))
		}
	}
	b.StopTimer()
	b.ReportMetric(ms(percentile(lat, 50)), "propagation-p50-ms")
	b.ReportMetric(ms(percentile(lat, 95)), "propagation-p95-ms")
}
