package replica_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	"github.com/ipfs/go-datastore/query"
	"github.com/ipfs/kubo/core"
	ic "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	"github.com/mosaic-rings/rings/contracts/devchain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
	"github.com/mosaic-rings/rings/plugin/replica"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// Fixture limits: small enough that a test reaches them with a few nodes.
const (
	// fixtureMaxLogNodes is the replica's own ancestry limit
	// (replica.Options.MaxLogNodes); the main gateway keeps its default.
	fixtureMaxLogNodes = 4
	// tightMaxLogNodes, tightMaxBatch and tightMaxBytes are the limits of
	// the second, "tight" gateway over the same replica.
	tightMaxLogNodes = 2
	tightMaxBatch    = 2
	tightMaxBytes    = 8 << 10
)

// member is a ring member's side: a plain go-ethereum key.
type member struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newMember(tb testing.TB, name string) *member {
	tb.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	return &member{name: name, key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

// fixture is a replica with real parts, in process: an embedded dev chain
// with the ring contracts, an offline Kubo node with its blockstore,
// datastore and pinner, a ring key directory, the replica, and its gateway
// listening on a loopback port. Nothing is mocked.
type fixture struct {
	dc      *devchain.Chain
	client  *chain.Client
	chainID uint64

	node *core.IpfsNode
	logs *ringlog.Store
	keys *ringkeys.Dir
	rep  *replica.Replica
	self *avatar.Avatar

	replicaRing  common.Address // RR: the replica's own ring (members: the replica)
	ring         common.Address // R: replicated here, members alice and bob, owner alice
	unreplicated common.Address // a ring on chain this replica never replicated
	ringKeys     ringkeys.Keys  // R's keys, the member side's (read key included)

	alice, bob, carol *member // carol is no member of any ring

	url      string // http://host:port of the main gateway
	tightURL string // of the second gateway with small limits
}

// newFixture builds the fixture and registers its cleanup: gateways
// first, then the replica, the log store, the node and the chain.
func newFixture(t testing.TB) *fixture {
	t.Helper()
	return newFixtureWith(t, nil)
}

// fixtureOptions are the replica's options in the fixture.
func fixtureOptions() replica.Options {
	return replica.Options{RelayWait: 5 * time.Second, FollowInterval: time.Hour, MaxLogNodes: fixtureMaxLogNodes}
}

// newFixtureWith is newFixture with the replica's options changed by tune
// (nil: the fixture's).
func newFixtureWith(t testing.TB, tune func(*replica.Options)) *fixture {
	t.Helper()
	ctx := context.Background()
	f := &fixture{alice: newMember(t, "alice"), bob: newMember(t, "bob"), carol: newMember(t, "carol")}

	// The chain: registered first, so it closes last.
	f.dc, f.client = chaintest.Open(t)
	f.chainID = f.client.ChainID()

	// The replica's node, log store and key directory.
	f.node = kubotest.NewNode(t)
	ds := f.node.Repo.Datastore()
	f.logs = ringlog.New(f.node.Blockstore, namespace.Wrap(ds, datastore.NewKey("/ring")), f.node.Pinning)
	t.Cleanup(func() { f.logs.Close() }) // before the node (cleanups run last first)
	var err error
	if f.keys, err = ringkeys.Open(t.TempDir()); err != nil {
		t.Fatal(err)
	}

	// The replica's avatar, a Kubo-style secp256k1 key, and its ring.
	k, _, err := ic.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if f.self, err = avatar.FromKey("rep", k); err != nil {
		t.Fatal(err)
	}
	if f.replicaRing, _, err = f.client.CreateRing(ctx, f.self.Address, []common.Address{f.self.Address}); err != nil {
		t.Fatal(err)
	}
	rrKeys, err := ringkeys.Generate(f.replicaRing, f.chainID, "replicas")
	if err != nil {
		t.Fatal(err)
	}
	if err := f.keys.Put(rrKeys); err != nil {
		t.Fatal(err)
	}

	// The member ring R, and a second ring this replica never replicates.
	if f.ring, _, err = f.client.CreateRing(ctx, f.alice.addr, []common.Address{f.alice.addr, f.bob.addr}); err != nil {
		t.Fatal(err)
	}
	if f.ringKeys, err = ringkeys.Generate(f.ring, f.chainID, "R"); err != nil {
		t.Fatal(err)
	}
	if f.unreplicated, _, err = f.client.CreateRing(ctx, f.alice.addr, []common.Address{f.alice.addr, f.bob.addr}); err != nil {
		t.Fatal(err)
	}

	opts := fixtureOptions()
	if tune != nil {
		tune(&opts)
	}
	f.rep = f.openReplica(t, opts)

	// Alice asks the replica, directly, to replicate R.
	if _, err := f.rep.ReplicateRing(ctx, f.replicateParams(t, f.alice, f.ring, f.ringKeys.ReplicaKey[:], time.Hour)); err != nil {
		t.Fatalf("ReplicateRing: %v", err)
	}

	cfg := gateway.DefaultConfig()
	cfg.Address = "/ip4/127.0.0.1/tcp/0"
	cfg.RateLimit.Disabled = true // the table sends its requests back to back
	f.url = f.startGateway(t, cfg)
	tight := cfg
	tight.MaxLogNodes, tight.MaxBatch, tight.MaxRequestBytes = tightMaxLogNodes, tightMaxBatch, tightMaxBytes
	f.tightURL = f.startGateway(t, tight)
	return f
}

// openReplica starts a replica on the fixture's chain, log store and keys,
// closed when the test ends.
func (f *fixture) openReplica(t testing.TB, opts replica.Options) *replica.Replica {
	t.Helper()
	rep, err := replica.New(f.client, f.logs, f.keys, func() []ringlog.Source { return []ringlog.Source{ringlog.BlockSource{Fetcher: f.node.Blocks}} }, f.self, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rep.Close() })
	return rep
}

// restart closes the replica and starts it again with opts, as a daemon
// restart does. The gateways keep serving the closed one: call f.rep
// directly afterwards.
func (f *fixture) restart(t testing.TB, opts replica.Options) {
	t.Helper()
	if err := f.rep.Close(); err != nil {
		t.Fatal(err)
	}
	f.rep = f.openReplica(t, opts)
}

// startGateway serves the replica with cfg and returns its base URL.
func (f *fixture) startGateway(t testing.TB, cfg gateway.Config) string {
	t.Helper()
	srv, err := gateway.NewServer(cfg, f.rep,
		gateway.WithRegisterer(prometheus.NewRegistry()),
		gateway.WithLogger(slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))))
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Close(ctx); err != nil {
			t.Error(err)
		}
	})
	return "http://" + srv.Addr()
}

// replicateParams is m's signed ReplicateRing request for ring into the
// fixture's replica ring, handing over key, valid for ttl.
func (f *fixture) replicateParams(tb testing.TB, m *member, ring common.Address, key []byte, ttl time.Duration) *gateway.ReplicateRingParams {
	tb.Helper()
	return f.replicateInto(tb, m, ring, f.replicaRing, key, ttl)
}

// replicateInto is m's signed ReplicateRing request for ring into the
// replica ring rr.
func (f *fixture) replicateInto(tb testing.TB, m *member, ring, rr common.Address, key []byte, ttl time.Duration) *gateway.ReplicateRingParams {
	tb.Helper()
	req := schemas.ReplicateRing{
		Ring: ring, ReplicaRing: rr, ReplicaKeyHash: crypto.Keccak256Hash(key),
		Deadline: big.NewInt(time.Now().Add(ttl).Unix()),
	}
	d, err := schemas.ReplicateRingDigest(schemas.Domain{ChainID: f.chainID, Ring: ring}, req)
	if err != nil {
		tb.Fatal(err)
	}
	sig, err := schemas.Sign(d, m.key)
	if err != nil {
		tb.Fatal(err)
	}
	return &gateway.ReplicateRingParams{
		Ring: ring.Hex(), ReplicaRing: rr.Hex(), ReplicaKey: hexutil.Encode(key),
		Mtx: gateway.ReplicateMtx{
			Ring: ring.Hex(), ReplicaRing: rr.Hex(), ReplicaKeyHash: hexutil.Encode(req.ReplicaKeyHash[:]),
			Deadline: json.Number(req.Deadline.String()),
		},
		MtxSig: hexutil.Encode(sig),
	}
}

// --- The member side: log nodes and flushes. ---

// logNode is a signed LogNode with its block.
type logNode struct {
	*schemas.LogNode
	data []byte
	cid  cid.Cid
}

// nodeSpec describes a log node to build; zero Ring, Chain and Signer
// take the fixture's ring, chain and the author's own key.
type nodeSpec struct {
	ring   common.Address
	chain  uint64
	author *member
	signer *ecdsa.PrivateKey
	seq    int64
	prev   *logNode // nil for seq 1
	text   string
	// session, when set, is carried by the node, which signer (the
	// session key) signs at time (default now).
	session *schemas.Session
	time    time.Time
}

// build makes a node as a member would: body sealed with R's read key,
// signed over its EIP-712 digest, encoded as dag-cbor.
func (f *fixture) build(tb testing.TB, s nodeSpec) logNode {
	tb.Helper()
	if s.ring == (common.Address{}) {
		s.ring = f.ring
	}
	if s.chain == 0 {
		s.chain = f.chainID
	}
	if s.signer == nil {
		s.signer = s.author.key
	}
	body, err := ringlog.Seal(f.ringKeys.ReadKey[:], ringlog.Position{Ring: s.ring, Chain: s.chain, Author: s.author.addr, Seq: uint64(s.seq)}, []byte(s.text))
	if err != nil {
		tb.Fatal(err)
	}
	if s.time.IsZero() {
		s.time = time.Now()
	}
	n := &schemas.LogNode{
		Ring: s.ring.Bytes(), Chain: int64(s.chain), Author: s.author.addr.Bytes(), Seq: s.seq,
		Refs: []cid.Cid{}, Body: body, Time: s.time.UnixMilli(), Session: s.session,
	}
	if s.prev != nil {
		p := s.prev.cid
		n.Prev = &p
	}
	// Sign the digest directly rather than with SignLogNode, which refuses
	// a key that is not the author's: some specs sign as someone else.
	d, err := schemas.LogNodeDigest(n)
	if err != nil {
		tb.Fatal(err)
	}
	if n.Sig, err = schemas.Sign(d, s.signer); err != nil {
		tb.Fatal(err)
	}
	data, err := schemas.EncodeLogNode(n)
	if err != nil {
		tb.Fatal(err)
	}
	blk, err := schemas.Block(data)
	if err != nil {
		tb.Fatal(err)
	}
	return logNode{LogNode: n, data: data, cid: blk.Cid()}
}

// next builds m's valid node after prev (nil: seq 1) in R.
func (f *fixture) next(tb testing.TB, m *member, prev *logNode, text string) logNode {
	tb.Helper()
	seq := int64(1)
	if prev != nil {
		seq = prev.Seq + 1
	}
	return f.build(tb, nodeSpec{author: m, seq: seq, prev: prev, text: text})
}

// chainAfter builds n valid nodes of m after prev, oldest first.
func (f *fixture) chainAfter(tb testing.TB, m *member, prev *logNode, n int) []logNode {
	tb.Helper()
	out := make([]logNode, 0, n)
	for i := range n {
		nd := f.next(tb, m, prev, fmt.Sprintf("%s's message %d", m.name, i))
		out = append(out, nd)
		prev = &out[len(out)-1]
	}
	return out
}

// nonce is m's next flush nonce in ring, from contract state.
func (f *fixture) nonce(tb testing.TB, m *member, ring common.Address) *big.Int {
	tb.Helper()
	st, err := f.client.State(context.Background(), ring)
	if err != nil {
		tb.Fatal(err)
	}
	mh, ok := st.Member(m.addr)
	if !ok {
		return new(big.Int) // not a member: the contract would start at 0
	}
	return mh.Nonce
}

// mtx is the Flush that sets avatar's head to head in ring, valid for an
// hour.
func mtx(tb testing.TB, ring common.Address, avatar *member, head logNode, nonce *big.Int) schemas.Flush {
	tb.Helper()
	d, err := schemas.Digest(head.cid)
	if err != nil {
		tb.Fatal(err)
	}
	return schemas.Flush{
		Ring: ring, Avatar: avatar.addr, Head: d, Seq: uint64(head.Seq), Nonce: new(big.Int).Set(nonce),
		Deadline: big.NewInt(time.Now().Add(time.Hour).Unix()),
	}
}

// signMtx signs fl with key in the domain of ring on chainID.
func signMtx(tb testing.TB, fl schemas.Flush, chainID uint64, ring common.Address, key *ecdsa.PrivateKey) []byte {
	tb.Helper()
	d, err := schemas.FlushDigest(schemas.Domain{ChainID: chainID, Ring: ring}, fl)
	if err != nil {
		tb.Fatal(err)
	}
	sig, err := schemas.Sign(d, key)
	if err != nil {
		tb.Fatal(err)
	}
	return sig
}

// flushID is the id a replica gives fl: its EIP-712 digest.
func flushID(tb testing.TB, fl schemas.Flush, chainID uint64) string {
	tb.Helper()
	d, err := schemas.FlushDigest(schemas.Domain{ChainID: chainID, Ring: fl.Ring}, fl)
	if err != nil {
		tb.Fatal(err)
	}
	return hexutil.Encode(d[:])
}

// flushParams are the FlushToRing params of a request by avatar for ring,
// with nodes given newest first.
func flushParams(avatar, ring common.Address, fl schemas.Flush, sig []byte, nodes ...logNode) *gateway.FlushToRingParams {
	p := &gateway.FlushToRingParams{
		Avatar: avatar.Hex(), Ring: ring.Hex(),
		Mtx: gateway.Mtx{
			Ring: fl.Ring.Hex(), Avatar: fl.Avatar.Hex(), Head: hexutil.Encode(fl.Head[:]),
			Seq: json.Number(fmt.Sprint(fl.Seq)), Nonce: json.Number(fl.Nonce.String()), Deadline: json.Number(fl.Deadline.String()),
		},
		MtxSig:   hexutil.Encode(sig),
		LogNodes: []string{},
	}
	for _, n := range nodes {
		p.LogNodes = append(p.LogNodes, base64.StdEncoding.EncodeToString(n.data))
	}
	return p
}

// validFlush is m's correctly signed flush of nodes (newest first) in R
// with m's next nonce.
func (f *fixture) validFlush(tb testing.TB, m *member, nodes ...logNode) (*gateway.FlushToRingParams, schemas.Flush) {
	tb.Helper()
	fl := mtx(tb, f.ring, m, nodes[0], f.nonce(tb, m, f.ring))
	return flushParams(m.addr, f.ring, fl, signMtx(tb, fl, f.chainID, f.ring, m.key), nodes...), fl
}

// newestFirst returns nodes (given oldest first) newest first.
func newestFirst(nodes ...logNode) []logNode {
	out := slices.Clone(nodes)
	slices.Reverse(out)
	return out
}

// --- JSON and HTTP. ---

// rpcBody is the JSON body of one JSON-RPC call; id nil makes a
// notification.
func rpcBody(tb testing.TB, method string, id any, params any) []byte {
	tb.Helper()
	call := map[string]any{"jsonrpc": "2.0", "method": method, "params": params}
	if id != nil {
		call["id"] = id
	}
	return mustJSON(tb, call)
}

func mustJSON(tb testing.TB, v any) []byte {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// asMap turns params into a JSON object the test can break.
func asMap(tb testing.TB, params any) map[string]any {
	tb.Helper()
	dec := json.NewDecoder(bytes.NewReader(mustJSON(tb, params)))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		tb.Fatal(err)
	}
	return m
}

// post sends body to url and returns the status and the response body.
func post(tb testing.TB, url string, body []byte) (int, []byte) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return resp.StatusCode, b
}

// rpcResponse is a JSON-RPC response as the test reads it.
type rpcResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	Result  json.RawMessage `json:"result"`
	Error   *gateway.Error  `json:"error"`
	ID      json.RawMessage `json:"id"`
}

// flushRPC sends p to the main gateway's /ring/rpc and returns the
// status, or fails the test on an error.
func (f *fixture) flushRPC(tb testing.TB, p *gateway.FlushToRingParams) gateway.FlushStatus {
	tb.Helper()
	status, body := post(tb, f.url+"/ring/rpc", rpcBody(tb, "FlushToRing", 1, p))
	var resp rpcResponse
	if err := json.Unmarshal(body, &resp); err != nil || status != http.StatusOK {
		tb.Fatalf("FlushToRing: HTTP %d %s (%v)", status, body, err)
	}
	if resp.Error != nil {
		tb.Fatalf("FlushToRing: error %d %s (check %q)", resp.Error.Code, resp.Error.Message, resp.Error.Check())
	}
	var st gateway.FlushStatus
	if err := json.Unmarshal(resp.Result, &st); err != nil {
		tb.Fatal(err)
	}
	return st
}

// waitRelayed polls the replica until flush id is relayed.
func (f *fixture) waitRelayed(tb testing.TB, id string) gateway.FlushStatus {
	tb.Helper()
	deadline := time.Now().Add(time.Minute)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		st, err := f.rep.FlushStatus(context.Background(), id)
		if err != nil {
			tb.Fatal(err)
		}
		switch {
		case st.Status == "relayed":
			return *st
		case st.Status == "failed":
			tb.Fatalf("flush %s failed: %s", id, st.Error)
		case time.Now().After(deadline):
			tb.Fatalf("flush %s still %q after a minute", id, st.Status)
		}
		<-tick.C
	}
}

// waitQueueEmpty waits until the replica has relayed everything queued.
func (f *fixture) waitQueueEmpty(tb testing.TB) {
	tb.Helper()
	deadline := time.Now().Add(time.Minute)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		res, err := f.node.Repo.Datastore().Query(context.Background(), query.Query{Prefix: "/ring/replica/queue", KeysOnly: true})
		if err != nil {
			tb.Fatal(err)
		}
		entries, err := res.Rest()
		if err != nil {
			tb.Fatal(err)
		}
		if len(entries) == 0 {
			return
		}
		if time.Now().After(deadline) {
			tb.Fatalf("%d flushes still queued after a minute", len(entries))
		}
		<-tick.C
	}
}

// --- Everything a request could change. ---

// snapshot is the replica's whole persistent state plus the chain's
// height: every relayed flush is a transaction, and the dev chain seals a
// block for each, so an unchanged height means no transaction.
type snapshot struct {
	Blocks     []string          // CIDs in the blockstore
	Datastore  map[string]string // every entry under /ring: log heads, replica records, queue, flushes
	OwnHead    string            // the replica's log head in its replica ring (its status messages)
	Pins       []string          // recursive pins
	Keys       []string          // rings with keys in the key directory
	ChainBlock uint64
}

// snapshot reads the state once the log store's pins have settled.
func (f *fixture) snapshot(tb testing.TB) snapshot {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var s snapshot

	keys, err := f.node.Blockstore.AllKeysChan(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	for c := range keys {
		s.Blocks = append(s.Blocks, c.String())
	}
	slices.Sort(s.Blocks)

	res, err := f.node.Repo.Datastore().Query(ctx, query.Query{Prefix: "/ring"})
	if err != nil {
		tb.Fatal(err)
	}
	s.Datastore = map[string]string{}
	for e := range res.Next() {
		if e.Error != nil {
			tb.Fatal(e.Error)
		}
		s.Datastore[e.Key] = string(e.Value)
	}
	res.Close()

	h, ok, err := f.logs.Head(ctx, f.replicaRing, f.self.Address)
	if err != nil {
		tb.Fatal(err)
	}
	if ok {
		s.OwnHead = fmt.Sprintf("seq %d %s", h.Seq, h.CID)
	}

	s.Pins = f.settledPins(tb, ctx)

	rings, err := f.keys.List()
	if err != nil {
		tb.Fatal(err)
	}
	for _, r := range rings {
		s.Keys = append(s.Keys, r.Hex())
	}
	slices.Sort(s.Keys)

	if s.ChainBlock, err = f.dc.Client().BlockNumber(ctx); err != nil {
		tb.Fatal(err)
	}
	return s
}

// settledPins waits until the log store's pins have settled and returns
// the recursive pins, sorted. Settled: every log's pin is on its recorded
// head and no other "ring:" pin is left. ringlog.Store.WaitPinned alone is
// not enough: it returns once no move is pending, while the mover may still
// be applying the batch it took (pinned the new head, not yet unpinned the
// old one).
func (f *fixture) settledPins(tb testing.TB, ctx context.Context) []string {
	tb.Helper()
	if err := f.logs.WaitPinned(ctx); err != nil {
		tb.Fatal(err)
	}
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		heads := map[string]bool{}
		res, err := f.logs.Datastore().Query(ctx, query.Query{Prefix: "/heads"})
		if err != nil {
			tb.Fatal(err)
		}
		for e := range res.Next() {
			if e.Error != nil {
				tb.Fatal(e.Error)
			}
			var h struct {
				CID string `json:"cid"`
			}
			if err := json.Unmarshal(e.Value, &h); err != nil {
				tb.Fatalf("head record %s: %v", e.Key, err)
			}
			heads[h.CID] = true
		}
		res.Close()

		var all []string
		ringPins := map[string]bool{}
		for p := range f.node.Pinning.RecursiveKeys(ctx, true) {
			if p.Err != nil {
				tb.Fatal(p.Err)
			}
			all = append(all, p.Pin.Key.String())
			if strings.HasPrefix(p.Pin.Name, "ring:") {
				ringPins[p.Pin.Key.String()] = true
			}
		}
		if maps.Equal(heads, ringPins) {
			slices.Sort(all)
			return all
		}
		select {
		case <-ctx.Done():
			tb.Fatalf("the log pins did not settle on the heads: heads %v, pins %v", slices.Sorted(maps.Keys(heads)), slices.Sorted(maps.Keys(ringPins)))
		case <-tick.C:
		}
	}
}

// diff describes how b differs from a, "" if it does not.
func (a snapshot) diff(b snapshot) string {
	var out []string
	list := func(what string, x, y []string) {
		for _, v := range y {
			if !slices.Contains(x, v) {
				out = append(out, fmt.Sprintf("new %s %s", what, v))
			}
		}
		for _, v := range x {
			if !slices.Contains(y, v) {
				out = append(out, fmt.Sprintf("lost %s %s", what, v))
			}
		}
	}
	list("block", a.Blocks, b.Blocks)
	list("pin", a.Pins, b.Pins)
	list("ring key", a.Keys, b.Keys)
	for _, k := range slices.Sorted(maps.Keys(b.Datastore)) {
		if v, ok := a.Datastore[k]; !ok {
			out = append(out, fmt.Sprintf("new datastore entry %s = %s", k, b.Datastore[k]))
		} else if v != b.Datastore[k] {
			out = append(out, fmt.Sprintf("changed datastore entry %s: %s -> %s", k, v, b.Datastore[k]))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(a.Datastore)) {
		if _, ok := b.Datastore[k]; !ok {
			out = append(out, fmt.Sprintf("lost datastore entry %s", k))
		}
	}
	if a.OwnHead != b.OwnHead {
		out = append(out, fmt.Sprintf("replica's own log head %q -> %q (a status message was written)", a.OwnHead, b.OwnHead))
	}
	if a.ChainBlock != b.ChainBlock {
		out = append(out, fmt.Sprintf("chain height %d -> %d (a transaction was sent)", a.ChainBlock, b.ChainBlock))
	}
	return strings.Join(out, "\n")
}
