package e2e

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/challenge"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestChallengeCommands drives storage challenges by hand through
// `ipfs ring attester` and `ipfs ring challenge` on one daemon with the
// embedded chain (which funds the attesters): three keystore avatars join
// the attester pool with this node's peer and gateway; this node (its
// Replica.Avatar) is node 1, alone in cluster 1, which replicates alice's
// ring under bucket 1. A challenge of bucket 1 is triggered, activated
// once blocks seal its seed block, shown as the chain holds it (active,
// three attesters, the positions on alice's flushed head), and resolved
// after its deadline with no report: a timeout that contains node 1 and
// makes a retry, which `market node status` shows. Nobody attests here
// (TestChallengeCluster does): the grade shows no measurements. Alice
// sets bucket 1's performance terms. Every bad input gets a clear error
// and changes nothing.
func TestChallengeCommands(t *testing.T) {
	_, n := newNode(t, map[string]any{
		"Replica": map[string]any{"Avatar": "rep"},
		// Nothing but these commands seals blocks: the seed block comes
		// when the test says so.
		"Sync":     map[string]any{"PublishPeers": "off"},
		"Registry": map[string]any{"AnchorInterval": "off"},
	})
	for _, k := range []string{"rep", "mgr", "alice", "att1", "att2", "att3", "stranger"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	at := func(args ...string) []string { return append([]string{"ring", "attester"}, args...) }
	ch := func(args ...string) []string { return append([]string{"ring", "challenge"}, args...) }
	mk := func(args ...string) []string { return append([]string{"ring", "market"}, args...) }

	// Without a daemon the commands say to start one.
	mustContain(t, ipfsFails(t, n, ch("ls")...), "start it with `ipfs daemon`")
	n.StartDaemon()
	defer stop(t, n)
	m := regexp.MustCompile(`relayer (0x[0-9a-fA-F]{40})`).FindStringSubmatch(n.Daemon.Stdout.String())
	if m == nil {
		t.Fatalf("no relayer in the daemon's start line: %s", n.Daemon.Stdout.String())
	}
	relayer := common.HexToAddress(m[1])
	self, gw := n.PeerID().String(), gatewayURL(t, n)
	advance := func(d string) {
		t.Helper()
		ipfsJSON[commands.Advanced](t, n, "ring", "chain", "advance", d)
	}
	show := func(id string) challenge.ChallengeDetail {
		t.Helper()
		return ipfsJSON[challenge.ChallengeDetail](t, n, ch("show", id)...)
	}
	pool := func() challenge.AttesterPool {
		t.Helper()
		return ipfsJSON[challenge.AttesterPool](t, n, at("ls")...)
	}

	t.Run("help", func(t *testing.T) {
		mustContainAll(t, n.IPFS(at("--help")...).Stdout.String(), "ipfs ring attester register --from att1", "Challenges.Attester")
		mustContainAll(t, n.IPFS(ch("--help")...).Stdout.String(), "ipfs ring challenge trigger 1 --activate", "ipfs ring market node status 1")
		mustContain(t, n.IPFS(ch("trigger", "--help")...).Stdout.String(), "once per bucket per period")
		mustContain(t, n.IPFS(mk("node", "status", "--help")...).Stdout.String(), "ipfs ring market node status 1")
		mustContainAll(t, n.IPFS(ch("terms", "--help")...).Stdout.String(), "ipfs ring challenge terms 1 --from alice --min-availability 9900",
			"a term is met when more", "--max-p50")
	})

	// Empty to begin with.
	if l := ipfsJSON[challenge.ChallengeList](t, n, ch("ls")...); l.Count != 0 || len(l.Challenges) != 0 {
		t.Fatalf("challenges before any: %+v", l)
	}
	mustContain(t, n.IPFS(ch("ls")...).Stdout.String(), "no challenges")
	mustContain(t, n.IPFS(at("ls")...).Stdout.String(), "no attesters in the pool; a challenge draws 3")

	// Three attesters, with this node's peer and gateway.
	names := map[common.Address]string{}
	var attesters []common.Address
	for i, k := range []string{"att1", "att2", "att3"} {
		r := ipfsJSON[challenge.AttesterChanged](t, n, at("register", "--from", k)...)
		a := r.Attester
		if r.Updated || !a.Registered || a.Index != uint32(i) || a.Peer != self || a.GatewayURL != gw || a.Name != k ||
			r.From != a.Account || r.Tx.Tx == nil || r.Tx.Tx.Block == 0 {
			t.Fatalf("register %s: %+v", k, r)
		}
		names[a.Account] = k
		attesters = append(attesters, a.Account)
	}
	p := pool()
	if p.Draws != 3 || len(p.Attesters) != 3 {
		t.Fatalf("pool: %+v", p)
	}
	for i, a := range p.Attesters {
		if a.Account != attesters[i] || a.Index != uint32(i) || a.Peer != self || a.GatewayURL != gw || a.Name != names[a.Account] {
			t.Fatalf("pool entry %d: %+v", i, a)
		}
	}
	mustContainAll(t, n.IPFS(at("ls")...).Stdout.String(), "3 attesters in the pool; a challenge draws 3", self, gw, "att2")
	// Registering again updates the entry in place.
	up := ipfsJSON[challenge.AttesterChanged](t, n, at("register", "--from", "att2", "--gateway", "https://att2.example.org")...)
	if !up.Updated || up.Attester.Index != 1 || up.Attester.GatewayURL != "https://att2.example.org" {
		t.Fatalf("update: %+v", up)
	}
	mustContainAll(t, n.IPFS(at("register", "--from", "att2")...).Stdout.String(), "attester "+attesters[1].Hex()+" (att2) updated", "gateway "+gw)

	// This node is node 1, alone in cluster 1; alice's ring is bucket 1.
	n.IPFS(mk("node", "create", "--from", "rep", "--capacity", "100", "--rent", "1gwei")...)
	n.IPFS(mk("node", "trust", "mgr", "--from", "rep")...)
	ipfsJSON[market.ClusterCreated](t, n, mk("cluster", "create", "--from", "mgr", "--nodes", "1", "--resource", "10")...)
	club := ipfsJSON[ring.Created](t, n, "ring", "create", "club", "--from", "alice", "--members", "alice")
	ipfsJSON[market.BucketCreated](t, n, mk("bucket", "create", "club", "--cluster", "1", "--from", "alice")...)
	n.IPFS(mk("account", "deposit", "1ether", "--from", "alice")...)
	ipfsJSON[market.Allocated](t, n, mk("bucket", "alloc", "1", "--resource", "1", "--from", "alice")...)
	rep := avatarAddress(t, n, "rep")
	alice := avatarAddress(t, n, "alice")

	mustContain(t, ipfsFails(t, n, ch("trigger", "1")...), "no member of ring "+club.Address.Hex()+" (bucket 1) has flushed a log yet")
	app := ipfsJSON[ring.Appended](t, n, "ring", "append", "club", "keep me", "--from", "alice")
	ipfsJSON[commands.FlushOutput](t, n, "ring", "flush", "club", "--from", "alice", "--direct")
	head, err := schemas.Digest(app.CID)
	if err != nil {
		t.Fatal(err)
	}

	// Trigger: pending until its seed block is mined.
	tr := ipfsJSON[challenge.Triggered](t, n, ch("trigger", "1")...)
	if tr.ID != 1 || tr.BucketID != 1 || tr.RetryOf != 0 || tr.SeedBlock == 0 || tr.Activated != nil || tr.From != relayer || tr.Tx.Tx == nil {
		t.Fatalf("trigger: %+v", tr)
	}
	if tr.SeedBlock != tr.Tx.Tx.Block+2 {
		t.Fatalf("seed block %d, want the trigger's block %d + seedDelay 2", tr.SeedBlock, tr.Tx.Tx.Block)
	}
	mustContainAll(t, ipfsFails(t, n, ch("activate", "1")...), "is not mined yet", "ipfs ring chain advance 1s")
	mustContain(t, ipfsFails(t, n, ch("trigger", "1")...), "bucket 1 was challenged this period")
	pending := show("1")
	if pending.State != challenge.State(chain.ChallengePending) || pending.SeedBlock != tr.SeedBlock || pending.K != 3 || pending.Quorum != 2 ||
		pending.Derivation.HosterNode != 0 || len(pending.Votes) != 0 || pending.Block >= tr.SeedBlock {
		t.Fatalf("pending: %+v", pending)
	}
	mustContainAll(t, n.IPFS(ch("show", "1")...).Stdout.String(), "state      pending", "(not mined yet; the chain is at block")

	// Two blocks seal the seed block; it activates once a third is on top.
	advance("1s")
	advance("1s")
	mustContain(t, ipfsFails(t, n, ch("activate", "1")...), fmt.Sprintf("seed block %d is not mined yet (block %d)", tr.SeedBlock, tr.SeedBlock))
	mustContain(t, n.IPFS(ch("show", "1")...).Stdout.String(), "(the newest block: activation needs one more)")
	advance("1s")
	mustContain(t, n.IPFS(ch("show", "1")...).Stdout.String(), fmt.Sprintf("(mined; the chain is at block %d: activate it)", tr.SeedBlock+1))
	act := ipfsJSON[challenge.Activated](t, n, ch("activate", "1")...)
	d := act.ChallengeDerivation
	sorted := func(a []common.Address) []common.Address {
		s := slices.Clone(a)
		slices.SortFunc(s, func(x, y common.Address) int { return strings.Compare(x.Hex(), y.Hex()) })
		return s
	}
	if act.ID != 1 || act.BucketID != 1 || act.From != relayer || d.HosterNode != 1 || d.Hoster != rep || d.Ring != club.Address ||
		!slices.Equal(sorted(d.Attesters), sorted(attesters)) || len(d.Members) != 4 {
		t.Fatalf("activated: %+v", act)
	}
	for i := range d.Members {
		// alice's log has one node: every position is it.
		if d.Members[i] != alice || d.Seqs[i] != 1 || d.HeadSeqs[i] != 1 || d.Heads[i] != head {
			t.Fatalf("position %d: %s seq %d under head %s seq %d; want alice's seq 1 under %x",
				i, d.Members[i].Hex(), d.Seqs[i], d.Heads[i].Hex(), d.HeadSeqs[i], head)
		}
	}
	st := show("1")
	if st.State != challenge.State(chain.ChallengeActive) || st.K != 3 || st.Quorum != 2 || st.HosterPeer != self || st.Deadline != act.Deadline || st.Reports != 0 ||
		len(st.Votes) != 3 || !slices.Equal(st.Derivation.Attesters, d.Attesters) || st.Derivation.PositionsHash != d.PositionsHash ||
		st.Deadline <= st.Time || st.Grade == nil || *st.Grade != (chain.PerformanceGrade{Challenge: 1}) {
		t.Fatalf("active: %+v", st)
	}
	for _, v := range st.Votes {
		if v.Reported || !slices.Contains(attesters, v.Attester) {
			t.Fatalf("vote before any report: %+v", v)
		}
	}
	mustContainAll(t, n.IPFS(ch("show", "1")...).Stdout.String(), "state      active", "hoster     node 1, avatar "+rep.Hex()+", peer "+self,
		"reports    0 of 3, quorum 2", "grade      no measurements yet", alice.Hex(), d.Attesters[0].Hex()+"  none yet")
	l := ipfsJSON[challenge.ChallengeList](t, n, ch("ls")...)
	if l.Count != 1 || len(l.Challenges) != 1 || l.Challenges[0].State != challenge.State(chain.ChallengeActive) || l.Challenges[0].Derivation.HosterNode != 1 {
		t.Fatalf("ls: %+v", l)
	}
	mustContainAll(t, n.IPFS(ch("ls")...).Stdout.String(), "ID", "active", "node 1", "0/3 (0 agree)")

	status := func() challenge.NodeStatus {
		t.Helper()
		return ipfsJSON[challenge.NodeStatus](t, n, mk("node", "status", "1")...)
	}
	ns := status()
	if ns.Node.NodeID != 1 || ns.Node.Avatar != rep || ns.Reputation.ScoreBps != 10_000 || ns.Reputation.Contained || ns.BelowThreshold ||
		ns.ThresholdBps != 6_000 || ns.Record.Passes+ns.Record.Fails+ns.Record.Timeouts != 0 || ns.PeriodEnd-ns.PeriodStart != 86_400 ||
		len(ns.Challenges) != 1 || ns.Challenges[0].ID != 1 || ns.Scanned != 1 ||
		ns.Performance == nil || *ns.Performance != (chain.NodePerformance{NodeID: 1, UnpaidMeanBps: 10_000}) || ns.Record.Graded != 0 {
		t.Fatalf("node status: %+v", ns)
	}
	mustContainAll(t, n.IPFS(mk("node", "status", "1")...).Stdout.String(), "score      10000 bps (at or above the threshold 6000)", "contained  no",
		"grades     0, the latest 0 bps; since last paid 0, mean 10000 bps (its pay weight unless it failed since)", "last challenges as hoster (among the 1 newest)")

	mustContain(t, ipfsFails(t, n, ch("activate", "1")...), "challenge 1 is active, not pending")
	mustContainAll(t, ipfsFails(t, n, ch("resolve", "1")...), "challenge 1 is open until", "its deadline is 20", "the chain's newest block is at 20",
		"`ipfs ring chain advance` moves the embedded chain's clock")

	// Past the deadline (the window is 10 minutes) nobody reported: a
	// timeout, node 1 contained, a retry made.
	advance("11m")
	res := ipfsJSON[challenge.Resolved](t, n, ch("resolve", "1")...)
	if res.ID != 1 || res.NodeID != 1 || res.Outcome != challenge.State(chain.ChallengeTimedOut) || res.RetryID != 2 || res.From != relayer {
		t.Fatalf("resolve: %+v", res)
	}
	if s := show("1"); s.State != challenge.State(chain.ChallengeTimedOut) || s.Retry != 2 {
		t.Fatalf("after the timeout: %+v", s)
	}
	retry := show("2")
	if retry.State != challenge.State(chain.ChallengePending) || retry.RetryOf != 1 || retry.BucketID != 1 || retry.Derivation.HosterNode != 1 || retry.HosterPeer != self {
		t.Fatalf("the retry: %+v", retry)
	}
	ns = status()
	if !ns.Reputation.Contained || ns.Reputation.Timeouts != 1 || ns.Reputation.ScoreBps != 10_000 || ns.Record.Timeouts != 1 ||
		len(ns.Challenges) != 2 || ns.Challenges[0].ID != 2 || ns.Challenges[1].ID != 1 {
		t.Fatalf("node status after the timeout: %+v", ns)
	}
	mustContainAll(t, n.IPFS(mk("node", "status", "1")...).Stdout.String(), "contained  yes", "1 timeouts", "retry of 1", "period     ")

	// An attester leaves: the retry cannot draw three.
	left := ipfsJSON[challenge.AttesterChanged](t, n, at("leave", "--from", "att3")...)
	if left.Attester.Registered || left.From != attesters[2] {
		t.Fatalf("leave: %+v", left)
	}
	if p := pool(); len(p.Attesters) != 2 || p.Attesters[0].Account != attesters[0] || p.Attesters[1].Account != attesters[1] {
		t.Fatalf("pool after a leave: %+v", p)
	}
	advance("1s")
	advance("1s")
	advance("1s")
	mustContain(t, ipfsFails(t, n, ch("activate", "2")...), "2 eligible attesters in the pool, 3 needed")

	// Bad input: a clear error, nothing sent.
	long := "https://example.org/" + strings.Repeat("x", 256)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{ch("show", "0"), `challenge "0" must be a number from 1 to 18446744073709551615`},
		{ch("show", "18446744073709551616"), `challenge "18446744073709551616" must be a number from 1 to 18446744073709551615`},
		{ch("show", "x"), `challenge "x" must be a number`},
		{ch("show", "99"), "no challenge 99"},
		{ch("activate", "99"), "no challenge 99"},
		{ch("resolve", "99"), "no challenge 99"},
		{ch("reseed", "99"), "no challenge 99"},
		{ch("resolve", "2"), "challenge 2 is not activated yet"},
		{ch("reseed", "2"), "is still available: activate instead"},
		{ch("activate", "1"), "challenge 1 is timed out, not pending"},
		{ch("resolve", "1"), "challenge 1 is resolved already (timed out)"},
		{ch("trigger", "99"), "no bucket 99 in the market"},
		{ch("trigger", "0"), `bucket "0" must be a number from 1`},
		{ch("trigger", "1"), "bucket 1 was challenged this period"},
		{at("register"), "--from is required"},
		{at("register", "--from", "nobody"), "nobody"},
		{at("register", "--from", "att1", "--gateway", "ftp://example.org"), "must be an http:// or https:// URL"},
		{at("register", "--from", "att1", "--gateway", long), "above the contract's 256"},
		{at("register", "--from", "att1", "--peer", "notapeer"), `--peer "notapeer" is not a peer ID`},
		{at("leave"), "--from is required"},
		{at("leave", "--from", "stranger"), "is not in the attester pool"},
		{at("leave", "--from", "att3"), "is not in the attester pool"},
		{mk("node", "status", "42"), "no node 42"},
		{mk("node", "status", "0"), `node "0" must be a number from 1`},
	} {
		t.Run(strings.Join(tc.args[1:], " "), func(t *testing.T) {
			mustContain(t, ipfsFails(t, n, tc.args...), tc.want)
		})
	}
	if l := ipfsJSON[challenge.ChallengeList](t, n, ch("ls", "--all")...); l.Count != 2 || len(l.Challenges) != 2 || l.Challenges[0].ID != 2 || l.Older != 0 {
		t.Fatalf("challenges after bad input: %+v", l)
	}
	if p := pool(); len(p.Attesters) != 2 || p.Attesters[0].GatewayURL != gw {
		t.Fatalf("pool after bad input: %+v", p)
	}

	// Bucket 1's performance terms: none until alice, its owner, sets
	// them; a term left out is 0.
	terms := func() challenge.Terms {
		t.Helper()
		return ipfsJSON[challenge.Terms](t, n, ch("terms", "1")...)
	}
	if tm := terms(); tm.BucketID != 1 || tm.PerformanceTerms != (chain.PerformanceTerms{}) || tm.Tx != nil {
		t.Fatalf("terms before any: %+v", tm)
	}
	mustContain(t, n.IPFS(ch("terms", "1")...).Stdout.String(), "bucket        1\navailability  none\np50 latency   none\nbandwidth     none\n")
	mustContainAll(t, n.IPFS(ch("terms", "1", "--from", "alice", "--min-availability", "9900", "--max-p50", "500ms", "--min-bandwidth", "100000")...).Stdout.String(),
		"terms of bucket 1 set (from "+alice.Hex()+", tx 0x", "bucket        1\n", "availability  at least 9900 bps of requests answered\n",
		"p50 latency   at most 500ms\n", "bandwidth     at least 100000 bytes/s\n")
	want := chain.PerformanceTerms{MinAvailabilityBps: 9_900, MaxP50Ms: 500, MinBandwidth: 100_000}
	if tm := terms(); tm.BucketID != 1 || tm.PerformanceTerms != want || tm.Tx != nil {
		t.Fatalf("terms after setting them: %+v, want %+v", tm, want)
	}
	set := ipfsJSON[challenge.Terms](t, n, ch("terms", "1", "--from", "alice", "--min-availability", "9500", "--max-p50", "1s")...)
	want = chain.PerformanceTerms{MinAvailabilityBps: 9_500, MaxP50Ms: 1_000}
	if set.BucketID != 1 || set.PerformanceTerms != want || set.Tx == nil || set.From != alice || set.Tx.Tx == nil || set.Tx.Tx.Block == 0 {
		t.Fatalf("terms set: %+v, want %+v", set, want)
	}
	if tm := terms(); tm.PerformanceTerms != want {
		t.Fatalf("terms read back: %+v, want %+v", tm, want)
	}
	mustContain(t, n.IPFS(ch("terms", "1")...).Stdout.String(),
		"availability  at least 9500 bps of requests answered\np50 latency   at most 1s\nbandwidth     none\n")

	// Bad terms: a clear error, nothing set.
	stranger := avatarAddress(t, n, "stranger")
	setTerms := func(args ...string) []string {
		return ch(append([]string{"terms", "1", "--from", "alice"}, args...)...)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{setTerms("--max-p50", "abc"), `--max-p50 "abc" must be a Go duration in whole milliseconds, such as 500ms`},
		{setTerms("--max-p50", "1.5ms"), `--max-p50 "1.5ms" must be a Go duration in whole milliseconds, such as 500ms`},
		{setTerms("--max-p50", "-5ms"), `--max-p50 "-5ms" must be a Go duration in whole milliseconds`},
		{setTerms("--min-availability", "10001"), "--min-availability 10001 is above 10000 basis points (100%)"},
		{setTerms("--min-availability", "-1"), `--min-availability "-1" must be a whole number from 0 to 65535`},
		{setTerms("--min-bandwidth", "x"), `--min-bandwidth "x" must be a whole number from 0 to 18446744073709551615`},
		{ch("terms", "1", "--min-availability", "9000"), "--min-availability sets terms: it needs --from, the bucket's owner"},
		{ch("terms", "1", "--max-p50", "1s"), "--max-p50 sets terms: it needs --from, the bucket's owner"},
		{ch("terms", "1", "--from", "stranger", "--min-availability", "1"), "only the owner of bucket 1 may set its terms, not " + stranger.Hex()},
		{ch("terms", "1", "--from", "nobody"), "nobody"},
		{ch("terms", "99", "--from", "alice", "--min-availability", "1"), "no bucket 99 in the market"},
		{ch("terms", "0"), `bucket "0" must be a number from 1`},
		{ch("terms", "x"), `bucket "x" must be a number`},
	} {
		t.Run(strings.Join(tc.args[1:], " "), func(t *testing.T) {
			mustContain(t, ipfsFails(t, n, tc.args...), tc.want)
		})
	}
	if tm := terms(); tm.PerformanceTerms != want {
		t.Fatalf("terms after bad input: %+v, want %+v", tm, want)
	}
	t.Run("challenge terms 99", func(t *testing.T) {
		mustContain(t, ipfsFails(t, n, ch("terms", "99")...), "no bucket 99 in the market")
	})

	// A period later, trigger --activate seals the blocks and opens the
	// challenge in one go; with two attesters the challenge is made but
	// cannot open, and the error says which to activate later.
	advance("25h")
	mustContainAll(t, ipfsFails(t, n, ch("trigger", "1", "--activate")...), "challenge 3 was made (tx 0x", "but activating it failed",
		"2 eligible attesters in the pool, 3 needed")
	ipfsJSON[challenge.AttesterChanged](t, n, at("register", "--from", "att3")...)
	if a := ipfsJSON[challenge.Activated](t, n, ch("activate", "3")...); a.ID != 3 || a.HosterNode != 1 || len(a.Attesters) != 3 {
		t.Fatalf("activate 3: %+v", a)
	}
	advance("25h")
	both := ipfsJSON[challenge.Triggered](t, n, ch("trigger", "1", "--activate")...)
	if both.ID != 4 || both.Activated == nil || both.Activated.ID != 4 || both.Activated.HosterNode != 1 || len(both.Activated.Members) != 4 ||
		both.Activated.Tx.Tx.Block <= both.SeedBlock {
		t.Fatalf("trigger --activate: %+v", both)
	}
	if s := show("4"); s.State != challenge.State(chain.ChallengeActive) || s.Block <= s.SeedBlock {
		t.Fatalf("challenge 4: %+v", s)
	}
	l = ipfsJSON[challenge.ChallengeList](t, n, ch("ls")...)
	if l.Count != 4 || len(l.Challenges) != 4 || l.Challenges[0].ID != 4 || l.Challenges[3].ID != 1 {
		t.Fatalf("ls: %+v", l)
	}
}

// TestChallengeCommandsWithoutContract: on an external chain without
// Challenges.Address the commands say what to configure.
func TestChallengeCommandsWithoutContract(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dc, err := devchain.Open(devchain.Config{DataDir: t.TempDir(), ChainID: 31337, RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	factory, _, err := chain.DeployFactory(ctx, dc.Client(), dc.RelayerKey())
	if err != nil {
		t.Fatal(err)
	}
	_, n := newNode(t, map[string]any{"Chain": map[string]any{
		"RPC": dc.RPCEndpoint(), "Factory": factory.Hex(), "Relayer": "relayer", "ChainID": 31337,
	}})
	n.IPFS("key", "gen", "--type=secp256k1", "relayer")
	n.IPFS("key", "gen", "--type=secp256k1", "att1")
	n.StartDaemon()
	defer stop(t, n)
	for _, args := range [][]string{
		{"ring", "attester", "ls"},
		{"ring", "attester", "register", "--from", "att1"},
		{"ring", "challenge", "ls"},
		{"ring", "challenge", "show", "1"},
		{"ring", "challenge", "trigger", "1"},
	} {
		mustContainAll(t, ipfsFails(t, n, args...), "this node knows no challenges contract", "(Chain.RPC)",
			"ipfs config Plugins.Plugins.ring.Config.Challenges.Address 0x", "restart the daemon")
	}
	// The node status falls back to the market, which this node lacks too.
	mustContain(t, ipfsFails(t, n, "ring", "market", "node", "status", "1"), "this node knows no market")
}
