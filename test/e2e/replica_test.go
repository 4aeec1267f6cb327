package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/replica"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// sharedChain is a chain outside the daemons, on a fixed loopback port, so
// that a test can stop it and start it again.
type sharedChain struct {
	t       testing.TB
	dir     string
	rpcAddr string
	dc      *devchain.Chain
	factory common.Address
}

func newSharedChain(t testing.TB) *sharedChain {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	sc := &sharedChain{t: t, dir: t.TempDir(), rpcAddr: addr}
	sc.start()
	t.Cleanup(sc.stop)
	factory, _, err := chain.DeployFactory(context.Background(), sc.dc.Client(), sc.dc.RelayerKey())
	if err != nil {
		t.Fatal(err)
	}
	sc.factory = factory
	return sc
}

func (sc *sharedChain) start() {
	sc.t.Helper()
	dc, err := devchain.Open(devchain.Config{DataDir: sc.dir, ChainID: 31337, RPCAddr: sc.rpcAddr})
	if err != nil {
		sc.t.Fatal(err)
	}
	sc.dc = dc
}

func (sc *sharedChain) stop() {
	if sc.dc != nil {
		sc.dc.Close()
		sc.dc = nil
	}
}

func (sc *sharedChain) config(extra map[string]any) map[string]any {
	cfg := map[string]any{"Chain": map[string]any{
		"RPC": sc.dc.RPCEndpoint(), "Factory": sc.factory.Hex(), "Relayer": "relayer",
	}}
	for k, v := range extra {
		cfg[k] = v
	}
	return cfg
}

// node starts a daemon on the shared chain with a funded relayer; keys are
// generated before the daemon starts (a replica's avatar must exist then).
func (sc *sharedChain) node(h *harness.Harness, extra map[string]any, keys ...string) *harness.Node {
	sc.t.Helper()
	return sc.nodeWith(h, extra, nil, keys...)
}

// nodeWith is node with setup run on the repo before the daemon starts
// (for Kubo settings).
func (sc *sharedChain) nodeWith(h *harness.Harness, extra map[string]any, setup func(*harness.Node), keys ...string) *harness.Node {
	t := sc.t
	t.Helper()
	n := h.NewNode().Init("--profile=test")
	configure(n, sc.config(extra))
	if setup != nil {
		setup(n)
	}
	for _, k := range append([]string{"relayer"}, keys...) {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	n.StartDaemon()
	t.Cleanup(func() { stop(t, n) })
	fund(context.Background(), t, sc.dc, avatarAddress(t, n, "relayer"))
	return n
}

func (sc *sharedChain) state(ring common.Address) *chain.RingState {
	sc.t.Helper()
	c, err := chain.New(context.Background(), sc.dc.Client(), sc.dc.RelayerKey(), sc.factory)
	if err != nil {
		sc.t.Fatal(err)
	}
	st, err := c.State(context.Background(), ring)
	if err != nil {
		sc.t.Fatal(err)
	}
	return st
}

// replicaSetup is a member node with ring "club" and a replica node that
// replicates it into its replica ring "replicas".
type replicaSetup struct {
	member, replica *harness.Node
	club            common.Address
	alice           common.Address
	replicaURL      string
	replicaRing     common.Address
}

func setupReplica(t *testing.T, sc *sharedChain, h *harness.Harness, replicaExtra map[string]any) *replicaSetup {
	t.Helper()
	if replicaExtra == nil {
		replicaExtra = map[string]any{}
	}
	replicaExtra["Replica"] = map[string]any{"Avatar": "rep", "RelayWait": "2s", "FollowInterval": "500ms"}
	rep := sc.node(h, replicaExtra, "rep")
	mem := sc.node(h, nil, "alice")
	rr := ipfsJSON[ring.Created](t, rep, "ring", "create", "replicas", "--from", "rep", "--members", "rep")
	club := ipfsJSON[ring.Created](t, mem, "ring", "create", "club", "--from", "alice", "--members", "alice")
	url := gatewayURL(t, rep)
	st := ipfsJSON[gateway.ReplicateStatus](t, mem, "ring", "replicate", "club", "--from", "alice", "--via", url, "--replica-ring", rr.Address.Hex())
	if st.Status != "replicating" || st.Ring != club.Address.Hex() || st.Message == "" {
		t.Fatalf("replicate: %+v", st)
	}
	return &replicaSetup{member: mem, replica: rep, club: club.Address, alice: club.Owner, replicaURL: url, replicaRing: rr.Address}
}

// withRegistry makes the replica node a registry node too, of a new
// one-member registry ring, and the member node a user of it (both
// restarted with Registry.Ring), then asks for the replication again so
// that the member's node makes club's replica resource and the replica
// registers its record; it returns once the record resolves.
func (s *replicaSetup) withRegistry(t *testing.T) common.Address {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s.replica.IPFS("key", "gen", "--type=secp256k1", "reg")
	regRing := ipfsJSON[ring.Created](t, s.replica, "ring", "create", "registry", "--from", "reg", "--members", "reg").Address
	for n, cfg := range map[*harness.Node]string{
		s.replica: fmt.Sprintf(`{"Ring": %q, "Avatar": "reg"}`, regRing.Hex()),
		s.member:  fmt.Sprintf(`{"Ring": %q}`, regRing.Hex()),
	} {
		stop(t, n)
		n.IPFS("config", "--json", "Plugins.Plugins.ring.Config.Registry", cfg)
		n.StartDaemon()
	}
	s.replicaURL = gatewayURL(t, s.replica)
	label := "rings/replicas/" + strings.ToLower(s.club.Hex())
	pollUntil(ctx, t, time.Minute, "the replica's record of club in the registry", func() (bool, string) {
		s.member.RunIPFS("ring", "replicate", "club", "--from", "alice", "--via", s.replicaURL, "--replica-ring", s.replicaRing.Hex())
		res := s.replica.RunIPFS("ring", "registry", "resolve", label, "--owner", s.alice.Hex(), "--enc=json")
		var out commands.Resolved
		if res.Err != nil || jsonUnmarshal(res.Stdout.Bytes(), &out) != nil {
			return false, res.Stderr.String()
		}
		return len(out.Providers) == 1 && out.Providers[0].Value == s.replicaURL, res.Stdout.String()
	})
	return regRing
}

// TestFlushToReplicaThenReadFromIt is the seed's core flow: a member hands
// 100 log nodes to a replica over HTTP, the replica verifies, stores and
// relays, the member goes away, and a third node resolves the head from the
// chain and fetches and verifies the whole log from the replica over IPFS.
func TestFlushToReplicaThenReadFromIt(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	s := setupReplica(t, sc, h, nil)
	regRing := s.withRegistry(t)

	for i := 1; i <= 100; i++ {
		rpc[ring.Appended](t, s.member, "ring/append", []string{"club", fmt.Sprintf("message %d", i)}, map[string]string{"from": "alice"})
	}
	out := ipfsJSON[commands.FlushOutput](t, s.member, "ring", "flush", "club", "--from", "alice", "--via", s.replicaURL)
	fs := out.Replica
	// The replica may hold some of the nodes already: each append was
	// announced to the ring's nodes, the replica among them (found in the
	// registry), and it fetched them.
	if fs == nil || fs.Status != "relayed" || fs.Stored > 100 || fs.Seq != 100 || fs.TxHash == "" || fs.Fee == "" || len(fs.Messages) != 2 {
		t.Fatalf("flush via the replica: %+v", fs)
	}
	head := headOf(t, s.member, "club", "alice", "local")
	want, _ := schemas.Digest(*head.Head)
	if m, ok := sc.state(s.club).Member(s.alice); !ok || m.Seq != 100 || m.Head != want {
		t.Fatalf("chain holds %+v for alice, want seq 100 %s", m, head.Head)
	}
	// The same flush again is answered from the record: nothing relayed twice.
	again := getJSON[gateway.FlushStatus](t, s.replicaURL+"/ring/rpc", `{"jsonrpc":"2.0","id":1,"method":"FlushStatus","params":{"id":"`+fs.ID+`"}}`)
	if again.Status != "relayed" || again.TxHash != fs.TxHash {
		t.Fatalf("FlushStatus: %+v", again)
	}
	// The replica recorded the flush in its own log of the replica ring.
	replicaLog := ipfsJSON[commands.LogOutput](t, s.replica, "ring", "log", "replicas", "--member", "rep")
	var statuses []string
	for _, e := range replicaLog.Entries {
		statuses = append(statuses, e.Type+":"+e.Status)
	}
	if got := strings.Join(statuses, ","); got != "FlushToRing:relayed,FlushToRing:received,ReplicateRing:replicating" {
		t.Fatalf("the replica's log holds %s", got)
	}
	info := getJSON[replica.RingInfoResult](t, s.replicaURL+"/ring/"+s.club.Hex(), "")
	if len(info.Members) != 1 || info.Members[0].LocalSeq != 100 || !info.Replicated {
		t.Fatalf("GET /ring/{ring} at the replica: %+v", info)
	}
	// The gateway's metrics are where Kubo's are, and its /ipfs/ serves the
	// log's blocks like any IPFS gateway.
	metrics := httpGet(t, s.replica.APIURL()+"/debug/metrics/prometheus", "")
	mustContain(t, metrics, `ring_gateway_rpc_calls_total{code="ok",method="FlushToRing"}`)
	raw := httpGet(t, s.replicaURL+"/ipfs/"+head.Head.String()+"?format=raw", "")
	if blk, err := schemas.Block([]byte(raw)); err != nil || blk.Cid() != *head.Head {
		t.Fatalf("/ipfs/%s?format=raw did not return the head block: %v", head.Head, err)
	}

	// The member goes away; a fresh node reads the log from the replica.
	stop(t, s.member)
	// No swarm connect: club's only member's node is down, and the fresh
	// node finds the replica through the registry (its record of club,
	// then its gateway's NodeInfo).
	third := sc.node(h, map[string]any{"Registry": map[string]any{"Ring": regRing.Hex()}})
	chainHead := headOf(t, third, s.club.Hex(), s.alice.Hex(), "chain")
	if chainHead.Seq != 100 || *chainHead.Head != *head.Head {
		t.Fatalf("the third node resolved %+v from the chain", chainHead)
	}
	synced := ipfsJSON[commands.SyncEvent](t, third, "ring", "sync", s.club.Hex()).Result
	if synced == nil || len(synced.Members) != 1 || synced.Members[0].Fetched != 100 || synced.Members[0].Error != "" {
		t.Fatalf("sync: %+v", synced)
	}
	// One stream from the replica over the log sync protocol, not bitswap.
	if src := synced.Members[0].Source; src != "peer "+s.replica.PeerID().String() {
		t.Fatalf("the log came from %q; want the replica over the protocol", src)
	}
	verify := ipfsJSON[commands.VerifyOutput](t, third, "ring", "verify", s.club.Hex())
	if !verify.OK || verify.Reports[0].Checked != 100 {
		t.Fatalf("verify on the third node: %+v", verify)
	}
	log := ipfsJSON[commands.LogOutput](t, third, "ring", "log", s.club.Hex())
	if len(log.Entries) != 100 || !log.Entries[0].Sealed {
		t.Fatalf("the third node's copy: %d entries, first %+v (bodies must stay sealed without the read key)", len(log.Entries), log.Entries[0])
	}
}

// TestFlushesSurviveChainOutage stops the chain while a member flushes
// through a replica: the flushes are accepted as received, survive a
// replica restart, and are all relayed once the chain is back.
func TestFlushesSurviveChainOutage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	s := setupReplica(t, sc, h, nil)

	ipfsJSON[ring.Appended](t, s.member, "ring", "append", "club", "before the outage", "--from", "alice")
	first := ipfsJSON[commands.FlushOutput](t, s.member, "ring", "flush", "club", "--from", "alice", "--via", s.replicaURL).Replica
	if first.Status != "relayed" {
		t.Fatalf("first flush: %+v", first)
	}

	sc.stop()
	var queued []string
	for i := 1; i <= 3; i++ {
		ipfsJSON[ring.Appended](t, s.member, "ring", "append", "club", fmt.Sprintf("during the outage %d", i), "--from", "alice")
		st := ipfsJSON[commands.FlushOutput](t, s.member, "ring", "flush", "club", "--from", "alice", "--via", s.replicaURL).Replica
		if st.Status != "received" || st.Seq != uint64(1+i) {
			t.Fatalf("flush %d during the outage: %+v", i, st)
		}
		queued = append(queued, st.ID)
	}
	// The relayer's rounds record them as received in the replica's own
	// log, chain or no chain.
	for _, id := range queued {
		waitFlushWhere(t, s.replicaURL, id, "a received message", func(st gateway.FlushStatus) bool {
			return st.Status == "received" && len(st.Messages) == 1
		})
	}

	// The replica restarts with the chain still down... then the chain returns.
	stop(t, s.replica)
	sc.start()
	s.replica.StartDaemon()
	url := gatewayURL(t, s.replica)
	for _, id := range queued {
		st := waitFlush(t, url, id, "relayed")
		if st.TxHash == "" || len(st.Messages) != 2 {
			t.Fatalf("flush %s relayed without a transaction or its two messages: %+v", id, st)
		}
		if received, relayed := logNodeSeq(t, s.replica, st.Messages[0]), logNodeSeq(t, s.replica, st.Messages[1]); received >= relayed {
			t.Fatalf("flush %s: its received message has seq %d, its relayed one %d", id, received, relayed)
		}
	}
	head := headOf(t, s.member, "club", "alice", "local")
	want, _ := schemas.Digest(*head.Head)
	if m, _ := sc.state(s.club).Member(s.alice); m.Seq != 4 || m.Head != want {
		t.Fatalf("after the outage the chain holds seq %d, want 4", m.Seq)
	}

	// The owner unregisters the ring: the replica stops taking its flushes.
	un := ipfsJSON[gateway.ReplicateStatus](t, s.member, "ring", "unreplicate", "club", "--from", "alice", "--via", url)
	if un.Status != "unreplicated" {
		t.Fatalf("unreplicate: %+v", un)
	}
	ipfsJSON[ring.Appended](t, s.member, "ring", "append", "club", "after unregistering", "--from", "alice")
	mustContain(t, ipfsFails(t, s.member, "ring", "flush", "club", "--from", "alice", "--via", url), "does not replicate ring")
}

// httpGet GETs url and returns the body; it fails the test unless 200.
func httpGet(t *testing.T, url, accept string) string {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s: %s", url, resp.Status, b)
	}
	return string(b)
}

// waitFlush polls a replica's FlushStatus until the flush has status want.
func waitFlush(t *testing.T, url, id, want string) gateway.FlushStatus {
	t.Helper()
	return waitFlushWhere(t, url, id, want, func(st gateway.FlushStatus) bool { return st.Status == want })
}

// waitFlushWhere polls the flush's status until ok (what describes it).
func waitFlushWhere(t *testing.T, url, id, what string, ok func(gateway.FlushStatus) bool) gateway.FlushStatus {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		st := getJSON[gateway.FlushStatus](t, url+"/ring/rpc", `{"jsonrpc":"2.0","id":1,"method":"FlushStatus","params":{"id":"`+id+`"}}`)
		if ok(st) {
			return st
		}
		if st.Status == "failed" || time.Now().After(deadline) {
			t.Fatalf("flush %s: %+v, want %s", id, st, what)
		}
		<-tick.C
	}
}

// logNodeSeq is the seq of the log node c, read with `ipfs dag get` on n.
func logNodeSeq(t *testing.T, n *harness.Node, c string) uint64 {
	t.Helper()
	var node struct {
		Seq uint64 `json:"seq"`
	}
	if err := json.Unmarshal(n.IPFS("dag", "get", c).Stdout.Bytes(), &node); err != nil || node.Seq == 0 {
		t.Fatalf("dag get %s: %v (seq %d)", c, err, node.Seq)
	}
	return node.Seq
}

// getJSON GETs url (or POSTs body as JSON when set) and decodes the
// result, unwrapping a JSON-RPC response.
func getJSON[T any](t *testing.T, url, body string) T {
	t.Helper()
	var resp *http.Response
	var err error
	if body == "" {
		resp, err = http.Get(url)
	} else {
		resp, err = http.Post(url, "application/json", strings.NewReader(body))
	}
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var raw json.RawMessage
	if err := json.NewDecoder(resp.Body).Decode(&raw); err != nil {
		t.Fatalf("%s: %s: %v", url, resp.Status, err)
	}
	if body != "" {
		var rpcResp struct {
			Result json.RawMessage `json:"result"`
			Error  json.RawMessage `json:"error"`
		}
		if err := json.Unmarshal(raw, &rpcResp); err != nil || rpcResp.Error != nil {
			t.Fatalf("%s: %s", url, raw)
		}
		raw = rpcResp.Result
	}
	var out T
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s: decoding %s: %v", url, raw, err)
	}
	return out
}

// TestReplicaRingPeersReplicateToo: a member asks one replica to replicate
// its ring; a second replica of the same replica ring learns it from the
// first one's sealed record (anchored on chain) and replicates the ring too.
func TestReplicaRingPeersReplicateToo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	replicaCfg := func(avatar string) map[string]any {
		return map[string]any{"Replica": map[string]any{"Avatar": avatar, "RelayWait": "2s", "FollowInterval": "300ms"}}
	}
	rep1 := sc.node(h, replicaCfg("rep1"), "rep1")
	rep2 := sc.node(h, replicaCfg("rep2"), "rep2")
	mem := sc.node(h, nil, "alice")
	// No swarm connect: the replicas are members of the replica ring and
	// find each other through the peer info they publish in its contract;
	// the member reaches them through their gateways.

	// Both replicas are members of the replica ring and hold its keys.
	rr := ipfsJSON[ring.Created](t, rep1, "ring", "create", "replicas", "--from", "rep1", "--members", "rep1,"+avatarAddress(t, rep2, "rep2").Hex())
	keys := rep1.IPFS("ring", "keys", "export", "replicas").Stdout.String()
	ipfsJSON[ring.Ring](t, rep2, "ring", "keys", "import", h.WriteToTemp(keys))

	club := ipfsJSON[ring.Created](t, mem, "ring", "create", "club", "--from", "alice", "--members", "alice")
	ipfsJSON[gateway.ReplicateStatus](t, mem, "ring", "replicate", "club", "--from", "alice", "--via", gatewayURL(t, rep1), "--replica-ring", rr.Address.Hex())
	for i := 1; i <= 5; i++ {
		ipfsJSON[ring.Appended](t, mem, "ring", "append", "club", fmt.Sprintf("message %d", i), "--from", "alice")
	}
	fs := ipfsJSON[commands.FlushOutput](t, mem, "ring", "flush", "club", "--from", "alice", "--via", gatewayURL(t, rep1)).Replica
	if fs.Status != "relayed" {
		t.Fatalf("flush: %+v", fs)
	}

	// The second replica, never asked, replicates the ring and its log.
	url2 := gatewayURL(t, rep2)
	deadline := time.Now().Add(2 * time.Minute)
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		info := getJSON[replica.RingInfoResult](t, url2+"/ring/"+club.Address.Hex(), "")
		if info.Replicated && info.ReplicaRing == rr.Address.Hex() && len(info.Members) == 1 && info.Members[0].LocalSeq == 5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the second replica did not take the ring over: %+v", info)
		}
		<-tick.C
	}
	if v := ipfsJSON[commands.VerifyOutput](t, rep2, "ring", "verify", club.Address.Hex()); !v.OK || v.Reports[0].Checked != 5 {
		t.Fatalf("verify on the second replica: %+v", v)
	}
}
