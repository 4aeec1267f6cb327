package e2e

import (
	"fmt"
	"math/big"
	"regexp"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestMarketClock passes time on the embedded chain with `ipfs ring chain
// advance` and checks the market's money to the wei: a settlement pays the
// rate for exactly the seconds it settles, a distribution credits the fees
// and the providers with what was settled, a deposit that runs short puts
// the bucket in debt, and a new deposit and settlement clear it. Every
// command waits for its receipt, so nothing here polls.
func TestMarketClock(t *testing.T) {
	_, n := newNode(t, nil)
	for _, k := range []string{"prov1", "prov2", "prov3", "mgr", "alice", "stranger"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	n.StartDaemon()
	defer stop(t, n)
	mk := func(args ...string) []string { return append([]string{"ring", "market"}, args...) }
	advance := func(d string) commands.Advanced {
		t.Helper()
		return ipfsJSON[commands.Advanced](t, n, "ring", "chain", "advance", d)
	}
	bucket := func() *chain.MarketBucket {
		t.Helper()
		b := ipfsJSON[chain.MarketBucket](t, n, mk("bucket", "status", "1")...)
		return &b
	}
	deposit := func(who string) *big.Int {
		t.Helper()
		return ipfsJSON[market.Account](t, n, mk("account", "show", who)...).Deposit
	}
	// The market's network fee goes to the relayer that deployed it.
	m := regexp.MustCompile(`relayer (0x[0-9a-fA-F]{40})`).FindStringSubmatch(n.Daemon.Stdout.String())
	if m == nil {
		t.Fatalf("no relayer in the daemon's start line: %s", n.Daemon.Stdout.String())
	}
	relayer := common.HexToAddress(m[1]).Hex()

	t.Run("help and bad input", func(t *testing.T) {
		mustContain(t, n.IPFS("ring", "chain", "--help").Stdout.String(), "(dev chain only)")
		mustContain(t, n.IPFS("ring", "chain", "advance", "--help").Stdout.String(), "ipfs ring chain advance 1h")
		before := ipfsJSON[commands.Advanced](t, n, "ring", "chain", "advance", "1s")
		for _, d := range []string{"0", "-1h", "soon", "1d"} {
			mustContain(t, ipfsFails(t, n, "ring", "chain", "advance", "--", d), "must be a positive Go duration")
		}
		out := n.IPFS("ring", "chain", "advance", "90s").Stdout.String()
		if !regexp.MustCompile(`^block \d+ at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(unix \d+\)\n$`).MatchString(out) {
			t.Fatalf("advance printed %q", out)
		}
		after := advance("1s")
		if after.Block != before.Block+2 || after.Time < before.Time+91 {
			t.Fatalf("advanced from %+v to %+v: want two blocks and at least 91 s later", before, after)
		}
	})

	for i, p := range []string{"prov1", "prov2", "prov3"} {
		if out := ipfsJSON[market.NodeCreated](t, n, mk("node", "create", "--from", p, "--capacity", "100", "--rent", "1gwei")...); out.NodeID != uint32(i+1) {
			t.Fatalf("node of %s: %d", p, out.NodeID)
		}
		n.IPFS(mk("node", "trust", "mgr", "--from", p)...)
	}
	// vnodes 1, 2, 1 at 1 gwei each: 4 gwei per unit per second.
	ipfsJSON[market.ClusterCreated](t, n, mk("cluster", "create", "--from", "mgr", "--nodes", "1,2:2,3", "--resource", "10", "--fee", "500")...)
	n.IPFS("ring", "create", "club", "--from", "alice", "--members", "alice")
	ipfsJSON[market.BucketCreated](t, n, mk("bucket", "create", "club", "--cluster", "1", "--from", "alice")...)
	rate := big.NewInt(20_000_000_000) // 5 units × 4 gwei
	// An hour and a half of rent: the first hour is paid, the second runs short.
	funded := new(big.Int).Mul(rate, big.NewInt(5400))
	n.IPFS(mk("account", "deposit", funded.String(), "--from", "alice")...)
	if a := ipfsJSON[market.Allocated](t, n, mk("bucket", "alloc", "1", "--resource", "5", "--from", "alice")...); a.Rate.Cmp(rate) != 0 {
		t.Fatalf("rate %v, want %v", a.Rate, rate)
	}
	mul := func(r *big.Int, secs uint64) *big.Int { return new(big.Int).Mul(r, new(big.Int).SetUint64(secs)) }
	eq := func(what string, got, want *big.Int) {
		t.Helper()
		if got.Cmp(want) != 0 {
			t.Fatalf("%s: %v, want %v", what, got, want)
		}
	}

	// An hour passes; a settlement pays the rate for exactly the seconds it settles.
	start := bucket()
	if start.InDebt || start.DebtSince != 0 || start.SettledUntil == 0 {
		t.Fatalf("the allocated bucket: %+v", start)
	}
	if adv := advance("1h"); adv.Time < start.SettledUntil+3600 {
		t.Fatalf("advanced to %d, want at least %d + 3600", adv.Time, start.SettledUntil)
	}
	s1 := ipfsJSON[market.Settled](t, n, mk("bucket", "settle", "1", "--from", "stranger")...)
	paid1 := bucket()
	if paid1.SettledUntil != s1.SettledUntil || paid1.SettledUntil < start.SettledUntil+3600 || s1.DebtSince != 0 || paid1.InDebt || paid1.DebtSince != 0 {
		t.Fatalf("settled %+v; bucket before %+v, after %+v", s1.Settlement, start, paid1)
	}
	eq("paid by the first settlement", s1.Paid, mul(rate, paid1.SettledUntil-start.SettledUntil))
	left := new(big.Int).Sub(funded, s1.Paid)
	eq("alice's deposit after it", deposit("alice"), left)

	// A distribution credits the fees and the providers with what was settled.
	payees := []string{relayer, "mgr", "prov1", "prov2", "prov3"}
	before := map[string]*big.Int{}
	for _, p := range payees {
		before[p] = deposit(p)
	}
	eq("the cluster's revenues", ipfsJSON[chain.MarketCluster](t, n, mk("cluster", "show", "1")...).Revenues, s1.Paid)
	d := ipfsJSON[market.Distributed](t, n, mk("cluster", "distribute", "1", "--from", "stranger")...)
	r := s1.Paid
	netFee := new(big.Int).Div(new(big.Int).Mul(r, big.NewInt(100)), big.NewInt(10_000))
	mgmtFee := new(big.Int).Div(new(big.Int).Mul(r, big.NewInt(500)), big.NewInt(10_000))
	providers := new(big.Int).Sub(new(big.Int).Sub(r, netFee), mgmtFee)
	eq("distributed", d.Total, r)
	eq("network fee", d.NetworkFee, netFee)
	eq("management fee", d.ManagementFee, mgmtFee)
	eq("providers' share", d.Providers, providers)
	if len(d.Paid) != 3 {
		t.Fatalf("paid %d nodes, want 3: %+v", len(d.Paid), d.Paid)
	}
	credited := new(big.Int).Add(netFee, mgmtFee)
	for i, weight := range []int64{1, 2, 1} { // vnodes × rent / the cluster's price 4 gwei
		share := new(big.Int).Div(new(big.Int).Mul(providers, big.NewInt(weight)), big.NewInt(4))
		if d.Paid[i].NodeID != uint32(i+1) {
			t.Fatalf("payment %d is node %d's", i, d.Paid[i].NodeID)
		}
		eq(fmt.Sprintf("node %d's share", i+1), d.Paid[i].Amount, share)
		credited.Add(credited, share)
	}
	eq("remainder", d.Remainder, new(big.Int).Sub(r, credited))
	sum := new(big.Int).Set(d.Remainder)
	for i, p := range payees {
		got := new(big.Int).Sub(deposit(p), before[p])
		want := []*big.Int{netFee, mgmtFee, d.Paid[0].Amount, d.Paid[1].Amount, d.Paid[2].Amount}[i]
		eq(p+"'s credit", got, want)
		sum.Add(sum, got)
	}
	eq("credits and remainder", sum, s1.Paid)
	eq("the cluster's revenues after", ipfsJSON[chain.MarketCluster](t, n, mk("cluster", "show", "1")...).Revenues, d.Remainder)

	// Another hour: the deposit covers half of it; the bucket goes into debt.
	advance("1h")
	if short := bucket(); !short.InDebt || short.DebtSince != 0 || short.Due.Cmp(left) <= 0 {
		t.Fatalf("the bucket an hour later, unsettled: %+v (deposit %v)", short, left)
	}
	s2 := ipfsJSON[market.Settled](t, n, mk("bucket", "settle", "1", "--from", "stranger")...)
	debt := bucket()
	covered := new(big.Int).Div(left, rate).Uint64()
	if debt.SettledUntil != paid1.SettledUntil+covered || s2.SettledUntil != debt.SettledUntil {
		t.Fatalf("settled until %d (settlement says %d), want %d + %d covered seconds", debt.SettledUntil, s2.SettledUntil, paid1.SettledUntil, covered)
	}
	if !debt.InDebt || debt.DebtSince != debt.SettledUntil || s2.DebtSince != debt.SettledUntil {
		t.Fatalf("the short settlement %+v left %+v, want in debt since %d", s2.Settlement, debt, debt.SettledUntil)
	}
	eq("paid by the short settlement", s2.Paid, mul(rate, covered))
	eq("alice's deposit in debt", deposit("alice"), new(big.Int).Mod(left, rate))
	mustContain(t, n.IPFS(mk("bucket", "status", "1")...).Stdout.String(), "IN DEBT since")

	// A new deposit and a settlement pay the debt and clear it.
	refill := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	n.IPFS(mk("account", "deposit", "1ether", "--from", "alice")...)
	s3 := ipfsJSON[market.Settled](t, n, mk("bucket", "settle", "1", "--from", "stranger")...)
	cleared := bucket()
	if cleared.InDebt || cleared.DebtSince != 0 || s3.DebtSince != 0 || cleared.SettledUntil != s3.SettledUntil || cleared.SettledUntil <= debt.SettledUntil {
		t.Fatalf("after a new deposit and a settlement: %+v, bucket %+v", s3.Settlement, cleared)
	}
	eq("paid by the clearing settlement", s3.Paid, mul(rate, cleared.SettledUntil-debt.SettledUntil))
	eq("alice's deposit after it", deposit("alice"), new(big.Int).Sub(new(big.Int).Add(refill, new(big.Int).Mod(left, rate)), s3.Paid))
	mustContain(t, n.IPFS(mk("bucket", "status", "1")...).Stdout.String(), "debt          none")

	// Hours ahead of the wall clock, the chain still takes this node's
	// flushes: their deadlines follow the newest block's time.
	ipfsJSON[ring.Appended](t, n, "ring", "append", "club", "after time passed", "--from", "alice")
	if f := ipfsJSON[commands.FlushOutput](t, n, "ring", "flush", "club", "--from", "alice", "--direct"); f.Flushed == nil || f.Seq != 1 || f.Tx == nil {
		t.Fatalf("a flush after the chain's clock moved ahead: %+v", f)
	}
}
