package e2e

import (
	"math/big"
	"strings"
	"testing"
)

// TestMarketCommands runs the market through `ipfs ring market` on one
// daemon (embedded chain, which funds the avatars): three providers
// register nodes and trust a manager, the manager makes a cluster, a ring's
// owner opens a bucket, deposits and allocates; anyone settles and
// distributes; a provider and the owner withdraw. Rent accrues between
// commands (every block is at least a second after its parent), and the
// test asserts what holds for any elapsed time; TestMarketClock advances
// the chain's clock and checks the amounts to the wei. Then bad input gets
// clear errors.
func TestMarketCommands(t *testing.T) {
	_, n := newNode(t, nil)
	for _, k := range []string{"prov1", "prov2", "prov3", "mgr", "alice", "stranger"} {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	n.StartDaemon()
	defer stop(t, n)
	mk := func(args ...string) []string { return append([]string{"ring", "market"}, args...) }

	type node struct {
		NodeID uint32 `json:"nodeId"`
	}
	for i, p := range []string{"prov1", "prov2", "prov3"} {
		out := ipfsJSON[node](t, n, mk("node", "create", "--from", p, "--capacity", "100", "--rent", "1gwei")...)
		if out.NodeID != uint32(i+1) {
			t.Fatalf("node of %s: %d", p, out.NodeID)
		}
		n.IPFS(mk("node", "trust", "mgr", "--from", p)...)
	}
	shown := n.IPFS(mk("node", "show", "2")...).Stdout.String()
	mustContain(t, shown, "1000000000 wei")

	// The text output and the help tell the manager how to hand the
	// replica ring's keys, made here, to the cluster's nodes.
	created := n.IPFS(mk("cluster", "create", "--from", "mgr", "--nodes", "1,2:2,3", "--resource", "10", "--fee", "500")...).Stdout.String()
	handOff := []string{"ipfs ring keys export cluster1 > cluster1.keys", "ipfs ring keys import cluster1.keys"}
	mustContainAll(t, created, append([]string{"created cluster 1 (replica ring 0x", "its keys are stored here as ring cluster1"}, handOff...)...)
	mustContainAll(t, n.IPFS(mk("cluster", "create", "--help")...).Stdout.String(), handOff...)
	mustContain(t, n.IPFS(mk("cluster", "show", "1")...).Stdout.String(), "4000000000 wei")

	n.IPFS("ring", "create", "club", "--from", "alice", "--members", "alice")
	type bucket struct {
		BucketID uint64 `json:"bucketId"`
	}
	b := ipfsJSON[bucket](t, n, mk("bucket", "create", "club", "--cluster", "1", "--from", "alice")...)
	if b.BucketID != 1 {
		t.Fatalf("bucket %d", b.BucketID)
	}
	n.IPFS(mk("account", "deposit", "1ether", "--from", "alice")...)
	type alloc struct {
		Rate *big.Int `json:"rate"`
	}
	rate := big.NewInt(20_000_000_000) // 5 units × (1 + 2×1 + 1) gwei
	if a := ipfsJSON[alloc](t, n, mk("bucket", "alloc", "1", "--resource", "5", "--from", "alice")...); a.Rate.Cmp(rate) != 0 {
		t.Fatalf("rate %v, want %v", a.Rate, rate)
	}

	type status struct {
		Rate      *big.Int `json:"rate"`
		PaidUntil uint64   `json:"paidUntil"`
		InDebt    bool     `json:"inDebt"`
		Nodes     []struct {
			NodeID uint32 `json:"nodeId"`
		} `json:"nodes"`
	}
	st := ipfsJSON[status](t, n, mk("bucket", "status", "1")...)
	if st.Rate.Cmp(rate) != 0 || st.InDebt || len(st.Nodes) != 3 || st.PaidUntil == 0 {
		t.Fatalf("status: %+v", st)
	}
	text := n.IPFS(mk("bucket", "status", "1")...).Stdout.String()
	for _, want := range []string{"rate          20000000000 wei", "paid until", "debt          none", "nodes serving:", "NODE"} {
		mustContain(t, text, want)
	}

	type settled struct {
		Paid      *big.Int `json:"paid"`
		DebtSince uint64   `json:"debtSince"`
	}
	s := ipfsJSON[settled](t, n, mk("bucket", "settle", "1", "--from", "stranger")...)
	if s.DebtSince != 0 || new(big.Int).Mod(s.Paid, rate).Sign() != 0 {
		t.Fatalf("settlement: paid %v, debt since %d", s.Paid, s.DebtSince)
	}
	type revenues struct {
		Revenues *big.Int `json:"revenues"`
	}
	before := ipfsJSON[revenues](t, n, mk("cluster", "show", "1")...).Revenues
	type distribution struct {
		Total, NetworkFee, ManagementFee, Providers, Remainder *big.Int
		Paid                                                   []struct {
			NodeID uint32   `json:"nodeId"`
			Amount *big.Int `json:"amount"`
		}
	}
	d := ipfsJSON[distribution](t, n, mk("cluster", "distribute", "1", "--from", "stranger")...)
	sum := new(big.Int).Add(d.NetworkFee, d.ManagementFee)
	sum.Add(sum, d.Providers).Add(sum, d.Remainder)
	if d.Total.Cmp(before) != 0 || sum.Cmp(d.Total) != 0 {
		t.Fatalf("distribution %+v of revenues %v", d, before)
	}
	type account struct {
		Deposit  *big.Int `json:"deposit"`
		Unlocked *big.Int `json:"unlocked"`
	}
	if d.Providers.Sign() > 0 {
		prov2 := ipfsJSON[account](t, n, mk("account", "show", "prov2")...)
		if prov2.Unlocked.Sign() <= 0 {
			t.Fatalf("prov2 was paid but has nothing unlocked: %+v", prov2)
		}
		n.IPFS(mk("account", "withdraw", prov2.Unlocked.String(), "--from", "prov2")...)
		if after := ipfsJSON[account](t, n, mk("account", "show", "prov2")...); after.Deposit.Sign() != 0 {
			t.Fatalf("prov2 after withdrawing all: %+v", after)
		}
	}
	out := n.IPFS(mk("account", "withdraw", "0.1ether", "--from", "alice")...).Stdout.String()
	mustContain(t, out, "withdrew 100000000000000000 wei (0.1 ether)")
	alice := ipfsJSON[account](t, n, mk("account", "show", "alice")...)
	if alice.Deposit.Cmp(new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)) >= 0 {
		t.Fatalf("alice's deposit after rent and a withdrawal: %v", alice.Deposit)
	}

	// bad input: a clear error, nothing sent
	for _, tc := range []struct {
		args []string
		want string
	}{
		{mk("bucket", "status", "99"), "no bucket 99"},
		{mk("cluster", "show", "7"), "no cluster 7"},
		{mk("node", "show", "42"), "no node 42"},
		{mk("node", "show", "0"), `node "0" must be a number from 1`},
		{mk("bucket", "status", "x"), `bucket "x" must be a number`},
		{mk("bucket", "create", "club", "--cluster", "77", "--from", "alice"), "no cluster 77"},
		{mk("bucket", "create", "club", "--cluster", "1", "--from", "stranger"), "only its owner opens a bucket"},
		{mk("bucket", "create", "nosuchring", "--cluster", "1", "--from", "alice"), "no ring is named"},
		{mk("bucket", "alloc", "1", "--resource", "5", "--from", "stranger"), "is not the owner of bucket 1"},
		{mk("bucket", "alloc", "1", "--resource", "500", "--from", "alice"), "available"},
		{mk("bucket", "evict", "1", "--from", "mgr"), "bucket 1 is not in debt"},
		{mk("account", "deposit", "0", "--from", "alice"), "must be above zero"},
		{mk("account", "deposit", "--from", "alice", "--", "-1"), "whole number of wei"},
		{mk("account", "deposit", "1.5wei", "--from", "alice"), "whole number of wei"},
		{mk("account", "deposit", "lots", "--from", "alice"), "must be a number of wei"},
		{mk("account", "deposit", "1"+strings.Repeat("0", 80), "--from", "alice"), "2^256-1"},
		{mk("account", "withdraw", "0", "--from", "alice"), "must be above zero"},
		{mk("account", "withdraw", "1", "--from", "stranger"), "only 0 wei is unlocked"},
		{mk("account", "deposit", "1", "--from", "nobody"), "nobody"},
		{mk("account", "deposit", "1"), "--from is required"},
		{mk("cluster", "create", "--from", "mgr", "--nodes", "1", "--resource", "1"), "node 1 is in cluster 1 already"},
		{mk("cluster", "fee", "1", "6000", "--from", "mgr"), "above the maximum 5000"},
		{mk("cluster", "reserve", "1", "1", "--from", "stranger"), "is not the manager of cluster 1"},
		{mk("node", "set", "1", "--from", "stranger", "--capacity", "1", "--rent", "1"), "is not the provider of node 1"},
		{mk("node", "create", "--from", "stranger", "--capacity", "0", "--rent", "1"), "--capacity must be above zero"},
		{mk("node", "create", "--from", "stranger", "--avatar", "prov1", "--capacity", "1", "--rent", "1"), "is node 1's already"},
	} {
		t.Run(strings.Join(tc.args[2:], " "), func(t *testing.T) {
			mustContain(t, ipfsFails(t, n, tc.args...), tc.want)
		})
	}
	if st := ipfsJSON[status](t, n, mk("bucket", "status", "1")...); st.Rate.Cmp(rate) != 0 {
		t.Fatalf("the bucket changed: %+v", st)
	}
	if c := ipfsJSON[struct {
		ManagementFeeBps uint16 `json:"managementFeeBps"`
	}](t, n, mk("cluster", "show", "1")...); c.ManagementFeeBps != 500 {
		t.Fatalf("fee %d", c.ManagementFeeBps)
	}
}
