package e2e

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/kubo/test/cli/harness"
	ic "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/replica"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestChallengeCluster runs storage and performance challenges on
// daemons, by themselves: three replica daemons host a bucket whose owner
// set performance terms, two attester daemons answer the challenges that
// select them (prove, measure, report), and the owner's node keeps
// challenges going (Challenges.Keeper). The test only moves the shared
// chain's clock and seals blocks, and plays a third attester that lies
// on storage and on performance for three periods (it is outvoted each
// time), and is offline after that (the honest hosters still pass). An
// honest cluster passes, is graded in full and paid in full, period after
// period; then one replica drops all but the
// newest nodes of the ring's log and fails each challenge on it, and
// another answers its gateway a second late and is graded low and paid
// less, while the third keeps passing in full.
func TestChallengeCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	client, err := chain.New(ctx, sc.dc.Client(), sc.dc.RelayerKey(), sc.factory)
	if err != nil {
		t.Fatal(err)
	}
	mAddr, _, err := chain.DeployMarket(ctx, sc.dc.Client(), sc.dc.RelayerKey(), sc.factory, 100)
	if err != nil {
		t.Fatal(err)
	}
	cAddr, _, err := chain.DeployChallenges(ctx, sc.dc.Client(), sc.dc.RelayerKey(), mAddr)
	if err != nil {
		t.Fatal(err)
	}
	chs, err := chain.NewChallenges(ctx, client, cAddr)
	if err != nil {
		t.Fatal(err)
	}
	mkt0, err := chain.NewMarket(ctx, client, mAddr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := mkt0.SetChallenges(ctx, sc.dc.RelayerKey(), cAddr); err != nil { // payment by record, amendments
		t.Fatal(err)
	}
	params := chain.DefaultChallengeParams()
	params.Period = time.Hour
	if _, err := chs.SetParams(ctx, sc.dc.RelayerKey(), params); err != nil {
		t.Fatal(err)
	}
	mk := func(args ...string) []string { return append([]string{"ring", "market"}, args...) }
	addrs := map[string]any{"Address": cAddr.Hex(), "Interval": "300ms"}
	with := func(extra map[string]any) map[string]any {
		cfg := map[string]any{"Market": map[string]any{"Address": mAddr.Hex()}, "Challenges": addrs}
		for k, v := range extra {
			cfg[k] = v
		}
		return cfg
	}

	// The owner's node keeps the challenges going.
	keeper := map[string]any{"Address": cAddr.Hex(), "Interval": "300ms", "Keeper": true}
	owner := sc.node(h, map[string]any{"Market": map[string]any{"Address": mAddr.Hex()}, "Challenges": keeper}, "alice", "mgr")
	fund(ctx, t, sc.dc, avatarAddress(t, owner, "mgr"))
	fund(ctx, t, sc.dc, avatarAddress(t, owner, "alice"))
	alice := avatarAddress(t, owner, "alice")

	// Three replicas form cluster 1.
	var reps []*harness.Node
	var urls []string
	for i := range 3 {
		n := sc.node(h, with(map[string]any{"Replica": map[string]any{"Avatar": "rep", "RelayWait": "2s", "FollowInterval": "500ms"}}), "rep")
		fund(ctx, t, sc.dc, avatarAddress(t, n, "rep"))
		if out := ipfsJSON[market.NodeCreated](t, n, mk("node", "create", "--from", "rep", "--capacity", "100", "--rent", "1gwei")...); out.NodeID != uint32(i+1) {
			t.Fatalf("node %d got id %d", i+1, out.NodeID)
		}
		n.IPFS(mk("node", "trust", avatarAddress(t, owner, "mgr").Hex(), "--from", "rep")...)
		reps, urls = append(reps, n), append(urls, gatewayURL(t, n))
	}
	cl := ipfsJSON[market.ClusterCreated](t, owner, mk("cluster", "create", "--from", "mgr", "--nodes", "1,2,3", "--resource", "10")...)
	file := filepath.Join(t.TempDir(), "cluster1.keys")
	if err := os.WriteFile(file, owner.IPFS("ring", "keys", "export", "cluster1").Stdout.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, n := range reps {
		n.IPFS("ring", "keys", "import", file)
	}

	// Two honest attesters, each on its own node, and a third whose key the
	// test holds: it lies when it answers, and is offline otherwise.
	for range 2 {
		k, _, err := ic.GenerateSecp256k1Key(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := ic.MarshalPrivateKey(k)
		if err != nil {
			t.Fatal(err)
		}
		keyFile := filepath.Join(t.TempDir(), "att.key")
		if err := os.WriteFile(keyFile, raw, 0o600); err != nil {
			t.Fatal(err)
		}
		n := h.NewNode().Init("--profile=test")
		configure(n, sc.config(with(map[string]any{"Challenges": map[string]any{"Address": cAddr.Hex(), "Interval": "300ms", "Attester": "att"}})))
		n.IPFS("key", "gen", "--type=secp256k1", "relayer")
		n.IPFS("key", "import", "att", keyFile)
		n.StartDaemon()
		t.Cleanup(func() { stop(t, n) })
		fund(ctx, t, sc.dc, avatarAddress(t, n, "relayer"))
		att, err := avatar.FromKey("att", k)
		if err != nil {
			t.Fatal(err)
		}
		register(ctx, t, sc, chs, att, n.PeerID(), gatewayURL(t, n))
	}
	lk, _, err := ic.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	liar, err := avatar.FromKey("liar", lk)
	if err != nil {
		t.Fatal(err)
	}
	register(ctx, t, sc, chs, liar, owner.PeerID(), "http://127.0.0.1:1")

	// The owner opens a bucket and replicates club; alice writes 30 nodes.
	club := ipfsJSON[ring.Created](t, owner, "ring", "create", "club", "--from", "alice", "--members", "alice").Address
	rate := big.NewInt(3_000_000_000)
	deposit := new(big.Int).Mul(rate, big.NewInt(30*24*3600)) // a month of rent
	ipfsJSON[commands.ReplicateOutput](t, owner, "ring", "replicate", "club", "--from", "alice", "--via", urls[0], "--replica-ring", cl.Ring.Hex(),
		"--cluster", "1", "--deposit", deposit.String())
	const nodes = 30
	for i := 1; i <= nodes; i++ {
		rpc[ring.Appended](t, owner, "ring/append", []string{"club", fmt.Sprintf("message %d", i)}, map[string]string{"from": "alice"})
	}
	// The owner's terms: 90% of requests answered, a median single-block
	// latency of 500 ms at most, any bandwidth.
	owner.IPFS("ring", "challenge", "terms", "1", "--from", "alice", "--min-availability", "9000", "--max-p50", "500ms", "--min-bandwidth", "1")
	if f := ipfsJSON[commands.FlushOutput](t, owner, "ring", "flush", "club", "--from", "alice", "--via", urls[0]); f.Replica == nil || f.Replica.Status != "relayed" {
		t.Fatalf("flush: %+v", f.Replica)
	}
	pollUntil(ctx, t, 2*time.Minute, "three replicas holding alice's 30 nodes", func() (bool, string) {
		var got []string
		ok := true
		for i := range reps {
			in := getJSON[replica.RingInfoResult](t, urls[i]+"/ring/"+club.Hex(), "")
			seq := uint64(0)
			if len(in.Members) == 1 {
				seq = in.Members[0].LocalSeq
			}
			ok = ok && seq == nodes
			got = append(got, fmt.Sprintf("replica %d: seq %d", i+1, seq))
		}
		return ok, strings.Join(got, "; ")
	})

	// resolved waits for challenge id to end, sealing a block per look so
	// that its seed block comes (the keeper activates it, the attesters
	// answer, two agreeing reports resolve it).
	// The lie: a failing report on an active challenge, as soon as it is
	// active, before the honest attesters answer.
	// It also measures the hoster as answering nothing.
	lie := func(st *chain.ChallengeStatus) {
		t.Helper()
		r := chain.ChallengeReport{Challenge: st.ID, Hoster: st.Derivation.Hoster, Positions: st.Derivation.PositionsHash}
		sig, err := schemas.Sign(chain.ChallengeReportDigest(client.ChainID(), cAddr, r), liar.PrivateKey())
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := chs.SubmitReport(ctx, sc.dc.RelayerKey(), r, sig, nil); err != nil {
			t.Fatalf("the liar's report on challenge %d: %v", st.ID, err)
		}
		p := chain.PerformanceReport{Challenge: st.ID, Hoster: st.Derivation.Hoster, P50Ms: 60_000}
		if sig, err = schemas.Sign(chain.ChallengePerformanceDigest(client.ChainID(), cAddr, p), liar.PrivateKey()); err != nil {
			t.Fatal(err)
		}
		if _, _, err := chs.SubmitPerformance(ctx, sc.dc.RelayerKey(), p, sig); err != nil {
			t.Fatalf("the liar's measurement on challenge %d: %v", st.ID, err)
		}
	}
	resolved := func(id uint64, lying bool) *chain.ChallengeStatus {
		t.Helper()
		var st *chain.ChallengeStatus
		pollUntil(ctx, t, 3*time.Minute, fmt.Sprintf("challenge %d resolved", id), func() (bool, string) {
			n, err := chs.ChallengeCount(ctx)
			if err != nil || n < id {
				return false, fmt.Sprintf("%d challenges (%v)", n, err)
			}
			if st, err = chs.Challenge(ctx, id); err != nil {
				return false, err.Error()
			}
			switch st.State {
			case chain.ChallengePending:
				if _, err := sc.dc.AdvanceTime(time.Second); err != nil { // the seed block
					t.Fatal(err)
				}
				if head, err := client.HeadNumber(ctx); err == nil && head > st.SeedBlock && lying {
					// Activate it here, so as to lie before the honest ones answer.
					if _, _, err := chs.Activate(ctx, sc.dc.RelayerKey(), id); err != nil && !errors.Is(err, chain.ErrChallengeClosed) {
						t.Fatal(err)
					}
					if st, err = chs.Challenge(ctx, id); err == nil && st.State == chain.ChallengeActive && st.Reports == 0 {
						lie(st)
						lying = false
					}
				}
			case chain.ChallengeActive:
				if lying { // the keeper activated it first
					lie(st)
					lying = false
				}
			case chain.ChallengePassed, chain.ChallengeFailed:
				return true, ""
			}
			return false, fmt.Sprintf("%+v", st)
		})
		return st
	}

	// distribute settles and distributes the rent accrued meanwhile (it
	// moves no time: a challenge may be open).
	distribute := func() *market.Distributed {
		t.Helper()
		owner.IPFS(mk("bucket", "settle", "1", "--from", "mgr")...)
		d := ipfsJSON[market.Distributed](t, owner, mk("cluster", "distribute", "1", "--from", "mgr")...)
		sum := new(big.Int).Add(d.NetworkFee, d.ManagementFee)
		sum.Add(sum, d.Remainder)
		for _, p := range d.Paid {
			sum.Add(sum, p.Amount)
		}
		if sum.Cmp(d.Total) != 0 {
			t.Fatalf("the distribution adds up to %v of %v: %+v", sum, d.Total, d.Distribution)
		}
		return &d
	}
	paid := func(d *market.Distributed, node uint32) *big.Int {
		for _, p := range d.Paid {
			if p.NodeID == node {
				return p.Amount
			}
		}
		return new(big.Int)
	}

	// An honest cluster passes a challenge a period for three periods, is
	// graded in full and paid in full, the same share each node: the liar,
	// who reports first that the hoster failed and took a minute to
	// answer, is outvoted by the two honest attesters every time.
	const honestPeriods = 3
	passes := map[uint32]uint32{}
	for id := uint64(1); id <= honestPeriods; id++ {
		if id > 1 {
			if _, err := sc.dc.AdvanceTime(params.Period); err != nil {
				t.Fatal(err)
			}
		}
		st := resolved(id, true)
		if st.State != chain.ChallengePassed || st.BucketID != 1 || len(st.Derivation.Attesters) != 3 || len(st.Derivation.Members) != int(params.Positions) {
			t.Fatalf("the honest cluster's challenge %d: %+v", id, st)
		}
		for _, v := range st.Votes {
			if v.Reported && v.OK == (v.Attester == liar.Address) {
				t.Fatalf("challenge %d's votes: %+v; want the liar's fail and two passes", id, st.Votes)
			}
		}
		hoster := st.Derivation.HosterNode
		passes[hoster]++
		if rep, err := chs.Reputation(ctx, hoster); err != nil || rep.Passes != passes[hoster] || rep.Fails != 0 {
			t.Fatalf("node %d's reputation after %d passes: %+v, %v", hoster, passes[hoster], rep, err)
		}
		// The honest attesters measured before they reported, so the third
		// measurement graded it: every term met by two votes of three, the
		// liar's outvoted.
		if g, err := chs.Grade(ctx, id); err != nil || !g.Graded || g.Reports != 3 || g.Votes != [3]uint8{2, 2, 2} || g.ScoreBps != 10_000 {
			t.Fatalf("the honest cluster's grade of challenge %d: %+v, %v", id, g, err)
		}
		d := distribute()
		if paid(d, 1).Sign() <= 0 || paid(d, 2).Cmp(paid(d, 1)) != 0 || paid(d, 3).Cmp(paid(d, 1)) != 0 {
			t.Fatalf("honest period %d's distribution: %+v", id, d.Paid)
		}
		t.Logf("honest period %d: hoster node %d passed, graded in full; every node paid %s", id, hoster, paid(d, 1))
	}

	// Replica 2 drops all but alice's newest three nodes.
	lg := ipfsJSON[commands.LogOutput](t, owner, "ring", "log", "club", "--member", alice.Hex())
	if len(lg.Entries) != nodes {
		t.Fatalf("alice's log has %d entries", len(lg.Entries))
	}
	cheat := reps[1]
	head := lg.Entries[0].CID.String()
	cheat.IPFS("pin", "rm", head)
	for _, e := range lg.Entries[3:] {
		cheat.IPFS("block", "rm", e.CID.String())
	}
	cheater := uint32(2)

	// Replica 3 turns slow: its registered gateway answers a second late.
	const lag = time.Second
	proxy := httputil.NewSingleHostReverseProxy(mustURL(t, urls[2]))
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(lag) // the fault under test: a slow gateway
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(slow.Close)
	reps[2].IPFS(mk("node", "set", "3", "--from", "rep", "--gateway", slow.URL, "--capacity", "100", "--rent", "1gwei")...)
	const slowNode = uint32(3)

	// A fourth replica offers itself for replacements (the idle pool).
	spareKey, _, err := ic.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	spareAv, err := avatar.FromKey("rep", spareKey)
	if err != nil {
		t.Fatal(err)
	}
	spare := h.NewNode().Init("--profile=test")
	configure(spare, sc.config(with(map[string]any{"Replica": map[string]any{"Avatar": "rep", "RelayWait": "2s", "FollowInterval": "500ms"},
		"Market": map[string]any{"Address": mAddr.Hex(), "CheckInterval": "300ms"}})))
	spare.IPFS("key", "gen", "--type=secp256k1", "relayer")
	importKey(t, spare, "rep", spareKey)
	spare.StartDaemon()
	t.Cleanup(func() { stop(t, spare) })
	fund(ctx, t, sc.dc, avatarAddress(t, spare, "relayer"))
	fund(ctx, t, sc.dc, spareAv.Address)
	spareURL := gatewayURL(t, spare)
	if out := ipfsJSON[market.NodeCreated](t, spare, mk("node", "create", "--from", "rep", "--capacity", "100", "--rent", "1gwei")...); out.NodeID != 4 {
		t.Fatalf("the spare node got id %d", out.NodeID)
	}
	spare.IPFS(mk("node", "trust", avatarAddress(t, owner, "mgr").Hex(), "--from", "rep")...)
	mkt := mkt0
	if _, err := mkt.NodeSetIdle(ctx, spareAv.PrivateKey(), 4, true); err != nil {
		t.Fatal(err)
	}

	// A challenge a period, with the liar offline: each derived on replica 2
	// fails, the others pass with two answers of three. The first failure
	// costs replica 2 that period's pay; once its score is below the
	// threshold after three outcomes (its passes of the honest periods
	// count), the keeper replaces it by the spare, which gets the
	// cluster's keys and the ring's log by itself. Which node
	// hosts is the chain's draw: at most 60 periods.
	nodesOf := func() string {
		c, err := mkt.Cluster(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		var ids []uint32
		for _, n := range c.Nodes {
			ids = append(ids, n.NodeID)
		}
		return fmt.Sprint(ids)
	}
	// paidByGrade distributes once node's grades since it was last paid
	// are low: with the same vnodes and rent as replica 1 (graded in full
	// whenever it hosted), it gets its mean score's part of replica 1's
	// share, to the rounding.
	paidByGrade := func(node uint32) {
		t.Helper()
		perf, err := chs.NodePerformance(ctx, node)
		if err != nil {
			t.Fatal(err)
		}
		if perf.Unpaid == 0 || perf.UnpaidMeanBps >= 10_000 {
			t.Fatalf("node %d's performance: %+v, want low grades since it was last paid", node, perf)
		}
		d := distribute()
		full, part := paid(d, 1), paid(d, node)
		diff := new(big.Int).Sub(new(big.Int).Mul(part, big.NewInt(10_000)), new(big.Int).Mul(full, new(big.Int).SetUint64(perf.UnpaidMeanBps)))
		if full.Sign() <= 0 || part.Sign() <= 0 || part.Cmp(full) >= 0 || diff.CmpAbs(big.NewInt(20_000)) > 0 {
			t.Fatalf("replica 1 paid %s, slow node %d (mean grade %d bps) paid %s", full, node, perf.UnpaidMeanBps, part)
		}
		if after, err := chs.NodePerformance(ctx, node); err != nil || after.Unpaid != 0 || after.Graded != perf.Graded {
			t.Fatalf("node %d's performance after it was paid: %+v, %v", node, after, err)
		}
	}
	// graded waits for the keeper to grade challenge id from the two
	// honest measurements, once the clock has passed its deadline.
	graded := func(id uint64) *chain.PerformanceGrade {
		t.Helper()
		var g *chain.PerformanceGrade
		pollUntil(ctx, t, time.Minute, fmt.Sprintf("challenge %d graded", id), func() (bool, string) {
			var err error
			g, err = chs.Grade(ctx, id)
			return err == nil && g.Graded, fmt.Sprintf("%+v, %v", g, err)
		})
		return g
	}
	fails, slowGrades := uint32(0), 0
	hosters := map[uint64]uint32{}
	for id := uint64(honestPeriods + 1); fails == 0 || slowGrades == 0 || nodesOf() == "[1 2 3]"; id++ {
		if id > honestPeriods+60 {
			t.Fatalf("60 periods went by with %d challenges of replica 2 and %d graded of replica 3", fails, slowGrades)
		}
		if _, err := sc.dc.AdvanceTime(params.Period); err != nil {
			t.Fatal(err)
		}
		if prev, ok := hosters[id-1]; ok && prev != cheater {
			// Past its deadline: a fast hoster meets every term, the slow
			// one all but the latency.
			g := graded(id - 1)
			t.Logf("challenge %d: hoster node %d graded %d bps", id-1, prev, g.ScoreBps)
			want := g.Availability && g.Bandwidth && g.Latency == (prev != slowNode)
			if !want || g.Reports != 2 {
				t.Fatalf("challenge %d of node %d: grade %+v", id-1, prev, g)
			}
			if prev == slowNode {
				slowGrades++
				if slowGrades == 1 {
					paidByGrade(slowNode)
				}
			}
		}
		st := resolved(id, false)
		hosters[id] = st.Derivation.HosterNode
		t.Logf("challenge %d: hoster node %d, %s", id, st.Derivation.HosterNode, st.State)
		if st.Derivation.HosterNode != cheater {
			if st.State != chain.ChallengePassed {
				t.Fatalf("an honest replica's challenge: %+v", st)
			}
			continue
		}
		if st.State != chain.ChallengeFailed {
			t.Fatalf("the cheating replica's challenge: %+v", st)
		}
		fails++
		if rep, err := chs.Reputation(ctx, cheater); err != nil || rep.Fails != fails {
			t.Fatalf("the cheater's reputation: %+v, %v", rep, err)
		}
		if fails == 1 {
			if d := distribute(); paid(d, cheater).Sign() != 0 || paid(d, 1).Sign() <= 0 || paid(d, 3).Sign() <= 0 {
				t.Fatalf("the distribution after replica 2 failed: %+v", d.Paid)
			}
		}
	}

	if got := nodesOf(); got != "[1 4 3]" {
		t.Fatalf("cluster 1's nodes after the amendment: %s, want the spare in replica 2's place", got)
	}
	if st, err := chs.Standing(ctx, cheater); err != nil || !st.Replaceable() {
		t.Fatalf("replica 2 was replaced with standing %+v (%v)", st, err)
	}
	pollUntil(ctx, t, 2*time.Minute, "the spare holding alice's log", func() (bool, string) {
		in := getJSON[replica.RingInfoResult](t, spareURL+"/ring/"+club.Hex(), "")
		if len(in.Members) != 1 {
			return false, fmt.Sprintf("%+v", in)
		}
		return in.Replicated && in.Members[0].LocalSeq == nodes, fmt.Sprintf("replicated %v, seq %d", in.Replicated, in.Members[0].LocalSeq)
	})
	if ok, err := client.IsMember(ctx, cl.Ring, avatarAddress(t, reps[1], "rep")); err != nil || ok {
		t.Fatalf("replica 2's avatar is still a member of the replica ring (%v)", err)
	}
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// importKey puts a secp256k1 key the test made into n's keystore as name.
func importKey(t *testing.T, n *harness.Node, name string, k ic.PrivKey) {
	t.Helper()
	raw, err := ic.MarshalPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), name+".key")
	if err := os.WriteFile(file, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	n.IPFS("key", "import", name, file)
}

// register funds an attester's account and registers it in the pool with
// its node's peer ID and gateway.
func register(ctx context.Context, t *testing.T, sc *sharedChain, chs *chain.Challenges, att *avatar.Avatar, id peer.ID, url string) {
	t.Helper()
	fund(ctx, t, sc.dc, att.Address)
	pid, err := id.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chs.AttesterRegister(ctx, att.PrivateKey(), pid, url); err != nil {
		t.Fatal(err)
	}
}
