package contracts_test

import (
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// TestMarketCluster checks that a cluster's replica ring is owned by the market and has
// exactly its nodes' avatars as members, and that adding and removing nodes keeps the
// members, the cluster's price, vnodes and the nodes' reservations in step.
func TestMarketCluster(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	c := f.cluster(1)
	if c.Manager != f.e.addr(mManager) || c.ResourcePerVNode != fixtureResourcePerVNode || c.ManagementFeeBps != fixtureManagementFeeBps {
		t.Fatalf("cluster %+v", c)
	}
	checkRing := func(wantNodes ...uint32) {
		t.Helper()
		c := f.cluster(1)
		if owner := call(f.e, c.Ring, ringABI.PackOwner(), ringABI.UnpackOwner); owner != f.addr {
			t.Fatalf("replica ring owner %s, want the market %s", owner, f.addr)
		}
		var want, got []common.Address
		rent, vnodes := new(big.Int), uint32(0)
		for _, id := range wantNodes {
			n := f.node(id)
			want = append(want, n.Avatar)
			rent.Add(rent, new(big.Int).Mul(big.NewInt(int64(n.Vnodes)), n.RentPerUnit))
			vnodes += n.Vnodes
			if n.ClusterId != 1 || n.Reserved != uint64(n.Vnodes)*c.ResourcePerVNode {
				t.Fatalf("node %d: %+v", id, n)
			}
		}
		for _, n := range c.Nodes {
			got = append(got, n.Avatar)
		}
		members := call(f.e, c.Ring, ringABI.PackGetMembers(), ringABI.UnpackGetMembers)
		sortAddrs := func(a []common.Address) { slices.SortFunc(a, func(x, y common.Address) int { return x.Cmp(y) }) }
		sortAddrs(want)
		sortAddrs(got)
		sortAddrs(members)
		if !slices.Equal(want, got) || !slices.Equal(want, members) {
			t.Fatalf("cluster avatars %v, ring members %v, want %v", got, members, want)
		}
		if c.RentPerUnit.Cmp(rent) != 0 || c.Vnodes != vnodes {
			t.Fatalf("cluster rent %s vnodes %d, want %s %d", c.RentPerUnit, c.Vnodes, rent, vnodes)
		}
	}
	checkRing(1, 2, 3)
	if c.RentPerUnit.Int64() != fixtureClusterRent {
		t.Fatalf("cluster rent %s, want %d", c.RentPerUnit, fixtureClusterRent)
	}

	// The manager removes node 2; its provider removes node 3 itself.
	f.tx(mManager, marketABI.PackClusterRemoveNode(1, 2), nil)
	checkRing(1, 3)
	if n := f.node(2); n.ClusterId != 0 || n.Reserved != 0 || n.Vnodes != 0 {
		t.Fatalf("removed node %+v", n)
	}
	f.tx(mProviders[2], marketABI.PackClusterRemoveNode(1, 3), nil)
	checkRing(1)
	// A new node, and node 2 back with 5 vnodes.
	id := f.createNode(mProviders[0], 4, fixtureCapacity, 7)
	f.tx(mManager, marketABI.PackClusterAddNode(1, id, 4), nil)
	f.tx(mManager, marketABI.PackClusterAddNode(1, 2, 5), nil)
	checkRing(1, id, 2)
	// A price change of a node in the cluster moves the cluster's price.
	f.tx(mProviders[0], marketABI.PackNodeSetParams(1, "https://moved.example", fixtureCapacity, big.NewInt(11)), nil)
	checkRing(1, id, 2)
	// Reserving more per vnode reserves it on every node.
	f.tx(mManager, marketABI.PackClusterReserveResource(1, 150), nil)
	checkRing(1, id, 2)
	f.checkMoney()
}

// TestMarketSettleAndDistribute follows money through one bucket with exact numbers: the
// rate fixed at allocation, settlement over a measured time, and a distribution with both
// fees, per-vnode shares and the remainder kept.
func TestMarketSettleAndDistribute(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	e := f.e
	const resource = 10
	rate := int64(resource * fixtureClusterRent) // 1,400 wei/s
	f.tx(mOwner, marketABI.PackAccountDeposit(), big.NewInt(1_000_000_000))
	r := f.tx(mOwner, marketABI.PackBucketAllocIntoCluster(1, resource, big.NewInt(rate)), nil)
	allocAt := e.receiptTime(r)
	if b := f.bucket(1); b.Rate.Int64() != rate || b.Resource != resource || b.SettledUntil != allocAt {
		t.Fatalf("bucket after alloc: %+v", b)
	}
	if c := f.cluster(1); c.ResourceUsed != resource {
		t.Fatalf("resourceUsed %d", c.ResourceUsed)
	}

	e.advance(3 * time.Hour)
	r = f.tx(mStranger, marketABI.PackBucketSettlePayment(1), nil) // anyone settles
	at := e.receiptTime(r)
	paid := rate * int64(at-allocAt)
	var ev *bindings.MarketBucketSettled
	for _, l := range r.Logs {
		if x, err := marketABI.UnpackBucketSettledEvent(l); err == nil {
			ev = x
		}
	}
	if ev == nil || ev.Paid.Int64() != paid || ev.SettledUntil != at || ev.DebtSince != 0 {
		t.Fatalf("BucketSettled %+v, want paid %d until %d", ev, paid, at)
	}
	if got := f.depositOf(mOwner).Int64(); got != 1_000_000_000-paid {
		t.Fatalf("owner deposit %d, want %d", got, 1_000_000_000-paid)
	}
	if got := f.cluster(1).Revenues.Int64(); got != paid {
		t.Fatalf("revenues %d, want %d", got, paid)
	}
	f.checkMoney()

	// Add one wei of revenue with an odd total to see rounding: settle one more second.
	r = f.tx(mStranger, marketABI.PackBucketSettlePayment(1), nil)
	total := paid + rate*int64(e.receiptTime(r)-at)

	before := map[int]int64{}
	for _, k := range append([]int{mFeeRecipient, mManager}, mProviders...) {
		before[k] = f.depositOf(k).Int64()
	}
	r = f.tx(mStranger, marketABI.PackClusterDistributeRevenues(1), nil)
	networkFee := total * fixtureNetworkFeeBps / 10_000
	managementFee := total * fixtureManagementFeeBps / 10_000
	rest := total - networkFee - managementFee
	var sum int64
	for i, k := range mProviders {
		share := rest * int64(fixtureVNodes[i]) * fixtureRents[i] / fixtureClusterRent
		sum += share
		if got := f.depositOf(k).Int64() - before[k]; got != share {
			t.Errorf("provider %d got %d, want %d", i+1, got, share)
		}
	}
	remainder := rest - sum
	if got := f.depositOf(mFeeRecipient).Int64() - before[mFeeRecipient]; got != networkFee {
		t.Errorf("network fee %d, want %d", got, networkFee)
	}
	if got := f.depositOf(mManager).Int64() - before[mManager]; got != managementFee {
		t.Errorf("management fee %d, want %d", got, managementFee)
	}
	if got := f.cluster(1).Revenues.Int64(); got != remainder {
		t.Errorf("remainder kept %d, want %d", got, remainder)
	}
	var dist *bindings.MarketRevenuesDistributed
	for _, l := range r.Logs {
		if x, err := marketABI.UnpackRevenuesDistributedEvent(l); err == nil {
			dist = x
		}
	}
	if dist == nil || dist.Total.Int64() != total || dist.Providers.Int64() != sum || dist.Remainder.Int64() != remainder {
		t.Fatalf("RevenuesDistributed %+v", dist)
	}
	f.checkMoney()

	// Providers withdraw their revenue: the coin leaves the market.
	p := mProviders[2]
	amount := f.account(p).Unlocked
	balance := e.balance(e.addr(p))
	r = f.tx(p, marketABI.PackAccountWithdraw(amount), nil)
	fee := new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
	if got := new(big.Int).Sub(e.balance(e.addr(p)), balance); got.Cmp(new(big.Int).Sub(amount, fee)) != 0 {
		t.Fatalf("provider received %s, want %s - gas %s", got, amount, fee)
	}
	f.checkMoney()
}

// TestMarketDebt checks that a short deposit settles what it can, marks the bucket in debt
// from the second its rent is unpaid, locks the whole deposit, blocks reallocation, and that
// a new deposit brings it back; and that a manager may evict a bucket in debt only.
func TestMarketDebt(t *testing.T) {
	t.Parallel()
	f := newFixture(t)
	e := f.e
	const rate = 1400
	f.tx(mOwner, marketABI.PackAccountDeposit(), big.NewInt(100*rate+7)) // 100 s and 7 wei
	r := f.tx(mOwner, marketABI.PackBucketAllocIntoCluster(1, 10, big.NewInt(rate)), nil)
	allocAt := e.receiptTime(r)
	if b := f.bucket(1); b.PaidUntil != allocAt+100 || b.InDebt {
		t.Fatalf("paidUntil %d inDebt %v, want %d false", b.PaidUntil, b.InDebt, allocAt+100)
	}
	// Evicting a bucket that pays fails.
	f.expectRevert(mManager, marketABI.PackBucketEvict(1), nil, &bindings.MarketBucketNotInDebt{BucketId: 1})

	e.advance(1000 * time.Second)
	f.tx(mStranger, marketABI.PackBucketSettlePayment(1), nil) // short: never reverts
	b := f.bucket(1)
	if b.SettledUntil != allocAt+100 || b.DebtSince != allocAt+100 || !b.InDebt || b.AccountDeposit.Int64() != 7 {
		t.Fatalf("after a short settlement: %+v", b)
	}
	if got := f.cluster(1).Revenues.Int64(); got != 100*rate {
		t.Fatalf("revenues %d, want %d", got, 100*rate)
	}
	if a := f.account(mOwner); a.Unlocked.Sign() != 0 || a.Accrued.Int64() != rate*int64(e.now()-(allocAt+100)) {
		t.Fatalf("account in debt: %+v", a)
	}
	f.checkMoney()
	// The whole deposit (7 wei) is locked; the bucket cannot change while in debt.
	f.expectRevert(mOwner, marketABI.PackAccountWithdraw(big.NewInt(1)), nil, &bindings.MarketInsufficientUnlocked{Unlocked: new(big.Int), Amount: big.NewInt(1)})
	f.expectRevert(mOwner, marketABI.PackBucketAllocIntoCluster(1, 1, big.NewInt(rate)), nil, &bindings.MarketBucketInDebt{BucketId: 1, DebtSince: allocAt + 100})

	// A deposit large enough pays the back rent and clears the debt.
	f.tx(mOwner, marketABI.PackAccountDeposit(), big.NewInt(1_000_000_000))
	r = f.tx(mOwner, marketABI.PackBucketSettlePayment(1), nil)
	if b := f.bucket(1); b.DebtSince != 0 || b.SettledUntil != e.receiptTime(r) {
		t.Fatalf("after paying: %+v", b)
	}
	f.checkMoney()

	// Run out again, then the manager evicts: resource back to the cluster, debt forgiven.
	// (The withdrawal is mined a second later than the view: leave that second's rent.)
	f.tx(mOwner, marketABI.PackAccountWithdraw(new(big.Int).Sub(f.account(mOwner).Unlocked, big.NewInt(rate))), nil)
	e.advance(time.Hour)
	r = f.tx(mManager, marketABI.PackBucketEvict(1), nil)
	if b := f.bucket(1); b.Rate.Sign() != 0 || b.Resource != 0 || b.DebtSince != 0 || b.SettledUntil != e.receiptTime(r) {
		t.Fatalf("after eviction: %+v", b)
	}
	if a := f.account(mOwner); a.Rate.Sign() != 0 || a.Accrued.Sign() != 0 {
		t.Fatalf("account after eviction: %+v", a)
	}
	if c := f.cluster(1); c.ResourceUsed != 0 {
		t.Fatalf("resourceUsed %d after eviction", c.ResourceUsed)
	}
	f.checkMoney()
}
