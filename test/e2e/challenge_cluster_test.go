package e2e

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
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

// TestChallengeCluster runs storage challenges on daemons, by themselves:
// three replica daemons host a bucket, three attester daemons answer the
// challenges that select them, and the owner's node keeps challenges going
// (Challenges.Keeper). The test only moves the shared chain's clock and
// seals blocks, and plays a third attester that lies once (it is outvoted)
// and is offline after that (the honest hosters still pass). An honest
// cluster passes; then one replica drops all but the newest nodes of the
// ring's log, and the first challenge that derives it as the hoster fails,
// while the others keep passing.
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

	// An honest cluster passes its first challenge: the liar, who reported
	// first that it failed, is outvoted by the two honest attesters.
	first := resolved(1, true)
	if first.State != chain.ChallengePassed || first.BucketID != 1 || len(first.Derivation.Attesters) != 3 || len(first.Derivation.Members) != int(params.Positions) {
		t.Fatalf("the honest cluster's challenge: %+v", first)
	}
	for _, v := range first.Votes {
		if v.Reported && v.OK == (v.Attester == liar.Address) {
			t.Fatalf("challenge 1's votes: %+v; want the liar's fail and two passes", first.Votes)
		}
	}
	rep, err := chs.Reputation(ctx, first.Derivation.HosterNode)
	if err != nil || rep.Passes != 1 || rep.Fails != 0 {
		t.Fatalf("the hoster's reputation after a pass: %+v, %v", rep, err)
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

	// A challenge a period, with the liar offline: the first derived on
	// replica 2 fails; the others pass with two answers of three. Which
	// node hosts is the chain's draw: at most 30 periods.
	cheater := uint32(2)
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
	// An honest period: every node is paid.
	if d := distribute(); paid(d, 1).Sign() <= 0 || paid(d, 2).Sign() <= 0 || paid(d, 3).Sign() <= 0 {
		t.Fatalf("an honest period's distribution: %+v", d.Paid)
	}

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
	// threshold after three outcomes, the keeper replaces it by the spare,
	// which gets the cluster's keys and the ring's log by itself. Which node
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
	fails := uint32(0)
	for id := uint64(2); fails == 0 || nodesOf() == "[1 2 3]"; id++ {
		if id > 61 {
			t.Fatalf("60 periods went by with %d challenges of replica 2", fails)
		}
		if _, err := sc.dc.AdvanceTime(params.Period); err != nil {
			t.Fatal(err)
		}
		st := resolved(id, false)
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
