package e2e

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/replica"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestMarketCluster is the replica market end to end, with enforcement on:
// three replica daemons register as nodes and form a cluster under a
// manager; a ring's owner opens a bucket, deposits and replicates through
// one of them, and all three replicate; the chain's clock moves (no
// sleeping) and settlement and distribution pay the providers to the wei;
// the deposit runs out, and after the grace period in debt every replica
// stops serving the ring and releases its pins; the owner deposits again
// and every replica serves the ring again with every node of its log.
func TestMarketCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
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
	mkt, err := chain.NewMarket(ctx, client, mAddr)
	if err != nil {
		t.Fatal(err)
	}
	const grace = 10 * time.Minute
	enforced := map[string]any{"Address": mAddr.Hex(), "Enforce": true, "MinPrepaid": "1h", "Grace": grace.String(), "CheckInterval": "300ms"}
	mk := func(args ...string) []string { return append([]string{"ring", "market"}, args...) }

	// The owner's node, where the manager's key lives too (enforcement off).
	owner := sc.node(h, map[string]any{"Market": map[string]any{"Address": mAddr.Hex()}}, "alice", "mgr")
	mgr := avatarAddress(t, owner, "mgr")
	alice := avatarAddress(t, owner, "alice")
	fund(ctx, t, sc.dc, mgr)
	fund(ctx, t, sc.dc, alice)

	// Three providers, each running a replica with its avatar rep.
	var reps []*harness.Node
	var urls []string
	for i := range 3 {
		n := sc.node(h, map[string]any{
			"Replica": map[string]any{"Avatar": "rep", "RelayWait": "2s", "FollowInterval": "500ms"},
			"Market":  enforced,
		}, "rep")
		fund(ctx, t, sc.dc, avatarAddress(t, n, "rep"))
		if out := ipfsJSON[market.NodeCreated](t, n, mk("node", "create", "--from", "rep", "--capacity", "100", "--rent", "1gwei")...); out.NodeID != uint32(i+1) {
			t.Fatalf("node %d got id %d", i+1, out.NodeID)
		}
		n.IPFS(mk("node", "trust", mgr.Hex(), "--from", "rep")...)
		reps, urls = append(reps, n), append(urls, gatewayURL(t, n))
	}
	if !strings.Contains(reps[0].Daemon.Stdout.String(), "(enforced)") {
		t.Fatalf("the replica's start line does not say the market is enforced: %s", reps[0].Daemon.Stdout.String())
	}

	// The manager forms the cluster; its node made the replica ring's keys,
	// which the manager hands to the first node; the other two get them
	// from it (/rings/keys/1.0.0), as members of the replica ring.
	cl := ipfsJSON[market.ClusterCreated](t, owner, mk("cluster", "create", "--from", "mgr", "--nodes", "1,2,3", "--resource", "10")...)
	rr := cl.Ring.Hex()
	keys := owner.IPFS("ring", "keys", "export", "cluster1").Stdout.Bytes()
	file := filepath.Join(t.TempDir(), "cluster1.keys")
	if err := os.WriteFile(file, keys, 0o600); err != nil {
		t.Fatal(err)
	}
	reps[0].IPFS("ring", "keys", "import", file)
	for i, n := range reps[1:] {
		pollUntil(ctx, t, time.Minute, fmt.Sprintf("replica %d getting cluster 1's keys from replica 1", i+2), func() (bool, string) {
			res := n.RunIPFS("ring", "keys", "export", "cluster1")
			return res.Err == nil && strings.Contains(strings.ToLower(res.Stdout.String()), strings.ToLower(rr)), res.Stderr.String()
		})
	}

	// The owner opens a bucket with two hours of rent (3 nodes × 1 gwei per
	// unit per second, 1 unit) and replicates through the first replica.
	club := ipfsJSON[ring.Created](t, owner, "ring", "create", "club", "--from", "alice", "--members", "alice").Address
	rate := big.NewInt(3_000_000_000)
	deposit := new(big.Int).Mul(rate, big.NewInt(7200))
	replicate := func(via string, args ...string) []string {
		return append([]string{"ring", "replicate", "club", "--from", "alice", "--via", via, "--replica-ring", rr}, args...)
	}
	// Without a bucket, or short of the hour asked for, the replica refuses.
	mustContain(t, ipfsFails(t, owner, replicate(urls[0])...), "name the bucket that pays for ring "+club.Hex())
	out := ipfsJSON[commands.ReplicateOutput](t, owner, replicate(urls[0], "--cluster", "1", "--deposit", deposit.String())...)
	if b := out.Bucket; b == nil || b.BucketID != 1 || b.Rate.Cmp(rate) != 0 || out.ReplicateStatus == nil || out.Status != "replicating" {
		t.Fatalf("replicate --cluster: %+v, bucket %+v", out.ReplicateStatus, out.Bucket)
	}

	info := func(i int) replica.RingInfoResult {
		return getJSON[replica.RingInfoResult](t, urls[i]+"/ring/"+club.Hex(), "")
	}
	// Every replica serves the ring (the other two learn it from the first's
	// record in the replica ring) and holds alice's log up to seq.
	allHold := func(what string, seq uint64) {
		t.Helper()
		pollUntil(ctx, t, 2*time.Minute, what, func() (bool, string) {
			var got []string
			ok := true
			for i := range reps {
				in := info(i)
				local := uint64(0)
				if len(in.Members) == 1 {
					local = in.Members[0].LocalSeq
				}
				ok = ok && in.Replicated && in.Lapsed == "" && local == seq
				got = append(got, fmt.Sprintf("replica %d: replicated %v, lapsed %q, seq %d", i+1, in.Replicated, in.Lapsed, local))
			}
			return ok, strings.Join(got, "; ")
		})
	}
	post := func(text, via string) *commands.FlushOutput {
		t.Helper()
		ipfsJSON[ring.Appended](t, owner, "ring", "append", "club", text, "--from", "alice")
		f := ipfsJSON[commands.FlushOutput](t, owner, "ring", "flush", "club", "--from", "alice", "--via", via)
		if f.Replica == nil || f.Replica.Status != "relayed" {
			t.Fatalf("flush of %q via %s: %+v", text, via, f.Replica)
		}
		return &f
	}
	post("one", urls[0])
	allHold("three replicas holding seq 1", 1)
	post("two", urls[1])
	allHold("three replicas holding seq 2", 2)

	// An hour passes: a settlement pays the hour, a distribution pays the
	// providers, and every wei is accounted for.
	if _, err := sc.dc.AdvanceTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	s := ipfsJSON[market.Settled](t, owner, mk("bucket", "settle", "1", "--from", "mgr")...)
	if s.Paid.Cmp(new(big.Int).Mul(rate, big.NewInt(3600))) < 0 || s.DebtSince != 0 {
		t.Fatalf("settled an hour: %+v", s.Settlement)
	}
	providers := make([]common.Address, len(reps))
	before := make([]*big.Int, len(reps))
	for i, n := range reps {
		providers[i] = avatarAddress(t, n, "rep")
		before[i] = ipfsJSON[market.Account](t, owner, mk("account", "show", providers[i].Hex())...).Deposit
	}
	d := ipfsJSON[market.Distributed](t, owner, mk("cluster", "distribute", "1", "--from", "mgr")...)
	if d.Total.Cmp(s.Paid) != 0 || len(d.Paid) != 3 {
		t.Fatalf("distributed %+v, want the %v settled to 3 nodes", d.Distribution, s.Paid)
	}
	sum := new(big.Int).Add(d.NetworkFee, d.ManagementFee)
	sum.Add(sum, d.Remainder)
	for i := range reps {
		got := new(big.Int).Sub(ipfsJSON[market.Account](t, owner, mk("account", "show", providers[i].Hex())...).Deposit, before[i])
		if got.Cmp(d.Paid[i].Amount) != 0 || d.Paid[i].Amount.Sign() <= 0 {
			t.Fatalf("provider %d credited %v, the distribution says %v", i+1, got, d.Paid[i].Amount)
		}
		sum.Add(sum, got)
	}
	if sum.Cmp(s.Paid) != 0 {
		t.Fatalf("fees, shares and remainder add up to %v, settled %v", sum, s.Paid)
	}
	owed, err := mkt.TotalOwed(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if bal, err := client.Balance(ctx, mAddr); err != nil || bal.Cmp(owed) != 0 {
		t.Fatalf("the market holds %v and owes %v (%v)", bal, owed, err)
	}

	// Past the two hours paid, in debt within the grace period: served.
	if _, err := sc.dc.AdvanceTime(time.Hour + 5*time.Minute); err != nil {
		t.Fatal(err)
	}
	if st := ipfsJSON[chain.MarketBucket](t, owner, mk("bucket", "status", "1")...); !st.InDebt {
		t.Fatalf("the bucket after two hours: %+v, want in debt", st)
	}
	post("three", urls[2])
	allHold("three replicas holding seq 3 within the grace period", 3)

	// Past the grace period: every replica suspends the ring, refuses its
	// flushes and releases its pins.
	if _, err := sc.dc.AdvanceTime(grace); err != nil {
		t.Fatal(err)
	}
	head := headOf(t, owner, "club", "alice", "local").Head
	pollUntil(ctx, t, time.Minute, "every replica suspending club", func() (bool, string) {
		var got []string
		ok := true
		for i := range reps {
			in := info(i)
			ok = ok && strings.Contains(in.Lapsed, "past the grace period of 10m0s") && len(in.Members) == 1 && in.Members[0].LocalSeq == 0
			got = append(got, fmt.Sprintf("replica %d: lapsed %q", i+1, in.Lapsed))
		}
		return ok, strings.Join(got, "; ")
	})
	for i, n := range reps {
		if pins := n.IPFS("pin", "ls", "--type=recursive", "--quiet").Stdout.String(); strings.Contains(pins, head.String()) {
			t.Fatalf("replica %d still pins the log head %s", i+1, head)
		}
	}
	// The first replica's copy goes with a garbage collection; the others'
	// blocks stay where a refetch could find them.
	reps[0].IPFS("repo", "gc")
	ipfsJSON[ring.Appended](t, owner, "ring", "append", "club", "four", "--from", "alice")
	refused := ipfsFails(t, owner, "ring", "flush", "club", "--from", "alice", "--via", urls[0])
	mustContain(t, refused, "stopped serving ring "+club.Hex())
	mustContain(t, refused, "past the grace period")

	// The owner pays again: the replicas serve the ring again, fetch its log
	// back from the chain's head, and take the flush that was refused.
	owner.IPFS(mk("account", "deposit", "1ether", "--from", "alice")...)
	allHold("three replicas serving club again with seq 3", 3)
	f := ipfsJSON[commands.FlushOutput](t, owner, "ring", "flush", "club", "--from", "alice", "--via", urls[0])
	if f.Replica == nil || f.Replica.Status != "relayed" || f.Replica.Seq != 4 {
		t.Fatalf("the refused flush, sent again: %+v", f.Replica)
	}
	allHold("three replicas holding seq 4", 4)
	for i := range reps {
		lg := getJSON[replica.LogResult](t, urls[i]+"/ring/"+club.Hex()+"/log/"+alice.Hex(), "")
		if len(lg.Entries) != 4 {
			t.Fatalf("replica %d holds %d nodes of alice's log, want 4", i+1, len(lg.Entries))
		}
	}
}
