package contracts_test

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// eventsOf decodes the logs of r that unpack as one event type.
func eventsOf[T any](r *types.Receipt, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// useChallenges makes c's Challenges contract the market's (admin mAdmin).
func (c *chal) useChallenges() {
	c.e.tb.Helper()
	r := c.mkt.tx(mAdmin, marketABI.PackSetChallenges(c.ch), nil)
	if evs := eventsOf(r, marketABI.UnpackChallengesSetEvent); len(evs) != 1 || evs[0].Challenges != c.ch {
		c.e.tb.Fatalf("ChallengesSet %+v", evs)
	}
}

// keyedNode registers node number i for provider key, with avatar avatarKey(i) (so that it
// signs receipts when it hosts a challenge), and returns its id.
func (c *chal) keyedNode(key, i int, capacity uint64, rent int64) uint32 {
	c.e.tb.Helper()
	k := avatarKey(i)
	a := crypto.PubkeyToAddress(k.PublicKey)
	c.avatars[a] = k
	c.mkt.tx(key, marketABI.PackNodeCreate(a, []byte{0x00, 0x24, byte(i)}, fmt.Sprintf("https://node%d.example", i), capacity, big.NewInt(rent)), nil)
	return mcall(c.mkt, marketABI.PackNodeCount(), marketABI.UnpackNodeCount)
}

// resolveNext challenges bucket b a period after its last challenge, activates it and
// resolves it with its first two attesters' reports: a Fail when fail(hoster), else a
// Pass. It returns the hoster node and whether it failed.
func (c *chal) resolveNext(b uint64, fail func(node uint32) bool) (uint32, bool) {
	c.e.tb.Helper()
	c.e.advance(time.Duration(c.params().Period)*time.Second + time.Second)
	v := c.activate(c.create(mStranger, b).Id.Uint64())
	failed := fail(v.D.HosterNode)
	for _, a := range v.D.Attesters[:2] {
		c.submit(v, c.keyOf(a), !failed, "")
	}
	if st := c.challenge(v.Id.Uint64()).Status; (st == statusFailed) != failed || (st == statusPassed) == failed {
		c.e.tb.Fatalf("challenge %s resolved %d, want failed %v", v.Id, st, failed)
	}
	return v.D.HosterNode, failed
}

// failNodes resolves challenges of bucket 1 — failing those of the nodes in fails, passing
// the others' — until each node of fails has failed as many more times as it says.
func (c *chal) failNodes(fails map[uint32]int) {
	c.e.tb.Helper()
	left := 0
	for _, n := range fails {
		left += n
	}
	for round := 0; left > 0; round++ {
		if round == 60*left {
			c.e.tb.Fatalf("after %d challenges, fails still due: %v", round, fails)
		}
		h, failed := c.resolveNext(1, func(h uint32) bool { return fails[h] > 0 })
		if failed {
			fails[h]--
			left--
		}
	}
}

// failUntilReplaceable fails node's challenges (passing the others') until the
// Challenges contract's standing says it is below the threshold after at least
// MIN_AMEND_OUTCOMES outcomes. (How many passes it collected before depends on the
// hosters drawn, which depend on block hashes.)
func (c *chal) failUntilReplaceable(node uint32) {
	c.e.tb.Helper()
	for i := 0; ; i++ {
		s := ccall(c, challengesABI.PackStanding(node), challengesABI.UnpackStanding)
		if s.Below && s.Outcomes.Int64() >= 3 {
			return
		}
		if i == 30 {
			c.e.tb.Fatalf("node %d still in standing after 30 fails: %+v", node, s)
		}
		c.failNodes(map[uint32]int{node: 1})
	}
}

func (c *chal) lastFailedAt(node uint32) uint64 {
	c.e.tb.Helper()
	return ccall(c, challengesABI.PackLastFailedAt(node), challengesABI.UnpackLastFailedAt)
}

// distribute distributes cluster 1's revenues and returns the receipt and its
// RevenuesDistributed event, after checking that the event adds up and the cluster's
// lastDistributedAt is the block's time.
func (c *chal) distribute() (*types.Receipt, *bindings.MarketRevenuesDistributed) {
	c.e.tb.Helper()
	r := c.mkt.tx(mStranger, marketABI.PackClusterDistributeRevenues(1), nil)
	evs := eventsOf(r, marketABI.UnpackRevenuesDistributedEvent)
	if len(evs) != 1 {
		c.e.tb.Fatalf("%d RevenuesDistributed events", len(evs))
	}
	ev := evs[0]
	sum := new(big.Int).Add(ev.NetworkFee, ev.ManagementFee)
	sum.Add(sum, ev.Providers).Add(sum, ev.Remainder)
	paid := new(big.Int)
	for _, p := range eventsOf(r, marketABI.UnpackProviderPaidEvent) {
		paid.Add(paid, p.Amount)
	}
	if sum.Cmp(ev.Total) != 0 || paid.Cmp(ev.Providers) != 0 {
		c.e.tb.Fatalf("distribution %+v does not add up (shares %s)", ev, paid)
	}
	if cs := c.cluster(1); cs.LastDistributedAt != c.e.receiptTime(r) || cs.Revenues.Cmp(ev.Remainder) != 0 {
		c.e.tb.Fatalf("cluster after distribution: lastDistributedAt %d (block %d), revenues %s", cs.LastDistributedAt, c.e.receiptTime(r), cs.Revenues)
	}
	c.checkMoney()
	return r, ev
}

// paidTo is what r's ProviderPaid events pay per node.
func paidTo(r *types.Receipt) map[uint32]*big.Int {
	out := map[uint32]*big.Int{}
	for _, p := range eventsOf(r, marketABI.UnpackProviderPaidEvent) {
		out[p.NodeId] = p.Amount
	}
	return out
}

// skippedIn is the nodes r's ProviderSkipped events name, with their failure times.
func skippedIn(r *types.Receipt) map[uint32]uint64 {
	out := map[uint32]uint64{}
	for _, p := range eventsOf(r, marketABI.UnpackProviderSkippedEvent) {
		out[p.NodeId] = p.FailedAt
	}
	return out
}

// TestMarketPaymentByRecord checks the distribution by record with exact numbers: a node
// that failed a storage challenge since the cluster's previous distribution gets nothing and
// the providers' part is split over the others by weight; a distribution with no failure
// since pays everyone again; when every node failed, the providers' part stays in the
// revenues (fees are paid) and goes to the next distribution's eligible nodes; without a
// Challenges contract nobody is skipped. Money adds up after each.
func TestMarketPaymentByRecord(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 3) // nodes 1-3: rent 10, 1 vnode each; bucket 1: 10 units, 300 wei/s
	e := c.e
	created := c.cluster(1).LastDistributedAt
	if created == 0 {
		t.Fatal("lastDistributedAt is 0 after clusterCreate")
	}
	if got := mcall(c.mkt, marketABI.PackChallenges(), marketABI.UnpackChallenges); got != (common.Address{}) {
		t.Fatalf("challenges %s before setChallenges", got)
	}
	c.useChallenges()

	// Node 2 fails once; the others pass what comes to them.
	c.failNodes(map[uint32]int{2: 1})
	failedAt := c.lastFailedAt(2)
	if failedAt <= created {
		t.Fatalf("lastFailedAt(2) %d, cluster created at %d", failedAt, created)
	}
	if c.lastFailedAt(1) != 0 || c.lastFailedAt(3) != 0 {
		t.Fatalf("lastFailedAt of nodes that passed: %d, %d", c.lastFailedAt(1), c.lastFailedAt(3))
	}
	c.mkt.tx(mStranger, marketABI.PackBucketSettlePayment(1), nil)
	total := c.cluster(1).Revenues
	before := []*big.Int{c.depositOf(mProviders[0]), c.depositOf(mProviders[1]), c.depositOf(mProviders[2])}
	r, ev := c.distribute()
	fee := new(big.Int).Div(new(big.Int).Mul(total, big.NewInt(fixtureNetworkFeeBps)), big.NewInt(10_000))
	rest := new(big.Int).Sub(total, fee)
	share := new(big.Int).Div(new(big.Int).Mul(rest, big.NewInt(10)), big.NewInt(20)) // nodes 1 and 3: 10 of 20
	wantRemainder := new(big.Int).Sub(rest, new(big.Int).Mul(share, big.NewInt(2)))
	if ev.Total.Cmp(total) != 0 || ev.NetworkFee.Cmp(fee) != 0 || ev.ManagementFee.Sign() != 0 ||
		ev.Providers.Cmp(new(big.Int).Mul(share, big.NewInt(2))) != 0 || ev.Remainder.Cmp(wantRemainder) != 0 {
		t.Fatalf("RevenuesDistributed %+v; want total %s, fee %s, shares 2 × %s, remainder %s", ev, total, fee, share, wantRemainder)
	}
	if s := skippedIn(r); len(s) != 1 || s[2] != failedAt {
		t.Fatalf("ProviderSkipped %v, want node 2 at %d", s, failedAt)
	}
	paid := paidTo(r)
	if len(paid) != 2 || paid[1].Cmp(share) != 0 || paid[3].Cmp(share) != 0 {
		t.Fatalf("ProviderPaid %v, want nodes 1 and 3 %s each", paid, share)
	}
	for i, want := range []*big.Int{share, new(big.Int), share} {
		if got := new(big.Int).Sub(c.depositOf(mProviders[i]), before[i]); got.Cmp(want) != 0 {
			t.Fatalf("provider of node %d credited %s, want %s", i+1, got, want)
		}
	}

	// No failure since: everyone is paid, the remainder included.
	e.advance(time.Hour)
	c.mkt.tx(mStranger, marketABI.PackBucketSettlePayment(1), nil)
	total = c.cluster(1).Revenues
	r, ev = c.distribute()
	rest = new(big.Int).Sub(total, new(big.Int).Div(new(big.Int).Mul(total, big.NewInt(fixtureNetworkFeeBps)), big.NewInt(10_000)))
	share = new(big.Int).Div(rest, big.NewInt(3))
	if len(skippedIn(r)) != 0 || len(paidTo(r)) != 3 || ev.Providers.Cmp(new(big.Int).Mul(share, big.NewInt(3))) != 0 {
		t.Fatalf("distribution without failures %+v: skipped %v, paid %v", ev, skippedIn(r), paidTo(r))
	}

	// Every node fails once: nobody is eligible, the providers' part stays.
	c.failNodes(map[uint32]int{1: 1, 2: 1, 3: 1})
	c.mkt.tx(mStranger, marketABI.PackBucketSettlePayment(1), nil)
	total = c.cluster(1).Revenues
	r, ev = c.distribute()
	fee = new(big.Int).Div(new(big.Int).Mul(total, big.NewInt(fixtureNetworkFeeBps)), big.NewInt(10_000))
	held := new(big.Int).Sub(total, fee)
	if len(skippedIn(r)) != 3 || len(paidTo(r)) != 0 || ev.Providers.Sign() != 0 || ev.NetworkFee.Cmp(fee) != 0 || ev.Remainder.Cmp(held) != 0 {
		t.Fatalf("distribution with every node failed %+v, skipped %v; want fee %s, remainder %s", ev, skippedIn(r), fee, held)
	}

	// Without a Challenges contract nobody is skipped: the held part is paid out now.
	c.mkt.tx(mAdmin, marketABI.PackSetChallenges(common.Address{}), nil)
	r, ev = c.distribute()
	if len(skippedIn(r)) != 0 || ev.Total.Cmp(held) != 0 || ev.Remainder.Cmp(big.NewInt(3)) >= 0 {
		t.Fatalf("distribution without challenges %+v, skipped %v", ev, skippedIn(r))
	}
	// With it back, the failures before the last distribution are forgotten.
	c.useChallenges()
	e.advance(time.Hour)
	c.mkt.tx(mStranger, marketABI.PackBucketSettlePayment(1), nil)
	if r, _ = c.distribute(); len(skippedIn(r)) != 0 || len(paidTo(r)) != 3 {
		t.Fatalf("distribution after the failures' period: skipped %v, paid %v", skippedIn(r), paidTo(r))
	}
}

// clusterNodes is cluster 1's node ids in the market's order.
func (c *chal) clusterNodes() []uint32 {
	c.e.tb.Helper()
	var ids []uint32
	for _, n := range c.cluster(1).Nodes {
		ids = append(ids, n.NodeId)
	}
	return ids
}

// checkHosting checks that cluster 1's nodes are ids, in that order, each with its
// reservation, that its replica ring's members are exactly their avatars, and that its
// price is Σ vnodes × rent.
func (c *chal) checkHosting(ids ...uint32) {
	c.e.tb.Helper()
	cs := c.cluster(1)
	if got := c.clusterNodes(); !slices.Equal(got, ids) {
		c.e.tb.Fatalf("cluster 1's nodes %v, want %v", got, ids)
	}
	rent := new(big.Int)
	var avatars []common.Address
	for _, n := range cs.Nodes {
		if n.ClusterId != 1 || n.Idle || n.Reserved != uint64(n.Vnodes)*cs.ResourcePerVNode {
			c.e.tb.Fatalf("node in cluster 1: %+v", n)
		}
		rent.Add(rent, new(big.Int).Mul(big.NewInt(int64(n.Vnodes)), n.RentPerUnit))
		avatars = append(avatars, n.Avatar)
	}
	members := call(c.e, cs.Ring, ringABI.PackGetMembers(), ringABI.UnpackGetMembers)
	sortAddrs := func(a []common.Address) { slices.SortFunc(a, func(x, y common.Address) int { return x.Cmp(y) }) }
	sortAddrs(avatars)
	sortAddrs(members)
	if !slices.Equal(avatars, members) || cs.RentPerUnit.Cmp(rent) != 0 {
		c.e.tb.Fatalf("ring members %v, avatars %v; price %s, want %s", members, avatars, cs.RentPerUnit, rent)
	}
	// getBucket's nodes are the hosting nodes.
	var hosting []uint32
	for _, n := range c.bucket(1).Nodes {
		hosting = append(hosting, n.NodeId)
	}
	if !slices.Equal(hosting, ids) {
		c.e.tb.Fatalf("bucket 1's hosting nodes %v, want %v", hosting, ids)
	}
}

// amend amends cluster 1's node out from key, checks that it was replaced by in (the
// call's return value, and the events), and returns the receipt.
func (c *chal) amend(key int, out, in uint32) *types.Receipt {
	c.e.tb.Helper()
	if got := mcall(c.mkt, marketABI.PackAmendCluster(1, out), marketABI.UnpackAmendCluster); got != in {
		c.e.tb.Fatalf("amendCluster(1, %d) would pick %d, want %d", out, got, in)
	}
	vnodes := c.node(out).Vnodes
	reserved := c.node(out).Reserved
	r := c.mkt.tx(key, marketABI.PackAmendCluster(1, out), nil)
	am := eventsOf(r, marketABI.UnpackClusterAmendedEvent)
	idle := eventsOf(r, marketABI.UnpackNodeIdleSetEvent)
	if len(am) != 1 || am[0].ClusterId != 1 || am[0].NodeOut != out || am[0].NodeIn != in || am[0].Vnodes != vnodes {
		c.e.tb.Fatalf("ClusterAmended %s, want (1, %d, %d, %d)", jsonOf(c.e.tb, am), out, in, vnodes)
	}
	if len(idle) != 1 || idle[0].NodeId != in || idle[0].Idle {
		c.e.tb.Fatalf("NodeIdleSet %s, want (%d, false)", jsonOf(c.e.tb, idle), in)
	}
	if rm := eventsOf(r, marketABI.UnpackClusterNodeRemovedEvent); len(rm) != 1 || rm[0].NodeId != out {
		c.e.tb.Fatalf("ClusterNodeRemoved %s", jsonOf(c.e.tb, rm))
	}
	if add := eventsOf(r, marketABI.UnpackClusterNodeAddedEvent); len(add) != 1 || add[0].NodeId != in || add[0].Vnodes != vnodes {
		c.e.tb.Fatalf("ClusterNodeAdded %s", jsonOf(c.e.tb, add))
	}
	if n := c.node(out); n.ClusterId != 0 || n.Vnodes != 0 || n.Reserved != 0 || n.Idle {
		c.e.tb.Fatalf("replaced node %+v (reserved %d before)", n, reserved)
	}
	if n := c.node(in); n.Vnodes != vnodes || n.Reserved != reserved || n.ClusterId != 1 {
		c.e.tb.Fatalf("replacement %+v, want %d vnodes and %d reserved", n, vnodes, reserved)
	}
	c.checkMoney()
	return r
}

// TestMarketAmend walks amendments through their rules: a node is replaced only below the
// threshold after three outcomes, by the first suitable idle node from the cursor (trusting
// the manager, with the room, not failing itself); the replacement takes its place, vnodes
// and reservation, the replica ring follows, the pool and cursor move as documented, and a
// node joining a cluster by hand leaves the pool. Each refusal is its exact error with the
// market unchanged.
func TestMarketAmend(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 3)
	m := c.mkt
	// Candidates: 4 (a provider that trusts no one), 5 (too small for a vnode's 100 units),
	// 6 and 7 (suitable; 6 asks more rent).
	n4 := c.keyedNode(mStranger, 4, fixtureCapacity, 10)
	n5 := c.keyedNode(mProviders[1], 5, 50, 10)
	n6 := c.keyedNode(mProviders[2], 6, fixtureCapacity, 25)
	n7 := c.keyedNode(mProviders[0], 7, fixtureCapacity, 10)
	for _, x := range []struct {
		key  int
		node uint32
	}{{mStranger, n4}, {mProviders[1], n5}} {
		r := m.tx(x.key, marketABI.PackNodeSetIdle(x.node, true), nil)
		if ev := eventsOf(r, marketABI.UnpackNodeIdleSetEvent); len(ev) != 1 || ev[0].NodeId != x.node || !ev[0].Idle {
			t.Fatalf("NodeIdleSet %s", jsonOf(t, ev))
		}
	}
	// Setting what is set changes nothing and says nothing.
	if r := m.tx(mStranger, marketABI.PackNodeSetIdle(n4, true), nil); len(r.Logs) != 0 {
		t.Fatalf("a repeated nodeSetIdle emitted %d logs", len(r.Logs))
	}
	if got := m.idleNodes(); !slices.Equal(got, []uint32{n4, n5}) || !m.node(n4).Idle {
		t.Fatalf("idle pool %v", got)
	}

	m.expectRevert(mStranger, marketABI.PackAmendCluster(1, 2), nil, &bindings.MarketNoChallenges{})
	c.useChallenges()
	m.expectRevert(mStranger, marketABI.PackAmendCluster(1, 2), nil, &bindings.MarketNotBelowThreshold{NodeId: 2, ScoreBps: big.NewInt(10_000), Outcomes: new(big.Int)})
	// One failure is not enough, though the score is 0.
	c.failNodes(map[uint32]int{2: 1})
	m.expectRevert(mStranger, marketABI.PackAmendCluster(1, 2), nil, &bindings.MarketNotBelowThreshold{NodeId: 2, ScoreBps: new(big.Int), Outcomes: big.NewInt(1)})
	c.failNodes(map[uint32]int{2: 2})
	// Below the threshold after three fails, but neither idle node is suitable.
	m.expectRevert(mStranger, marketABI.PackAmendCluster(1, 2), nil, &bindings.MarketNoReplacement{ClusterId: 1, NodeId: 2, Scanned: big.NewInt(2)})
	m.expectRevert(mStranger, marketABI.PackAmendCluster(1, n6), nil, &bindings.MarketNodeNotInCluster{NodeId: n6, ClusterId: 1})

	// With 6 and 7 idle, the scan from 0 passes over 4 and 5 and takes 6.
	m.tx(mProviders[2], marketABI.PackNodeSetIdle(n6, true), nil)
	m.tx(mProviders[0], marketABI.PackNodeSetIdle(n7, true), nil)
	c.amend(mStranger, 2, n6)
	c.checkHosting(1, n6, 3)
	if got := c.cluster(1).RentPerUnit.Int64(); got != 10+25+10 {
		t.Fatalf("cluster price %d after the amendment, want 45", got)
	}
	if b := c.bucket(1); b.Rate.Int64() != 10*30 {
		t.Fatalf("bucket rate %s moved with the amendment", b.Rate)
	}
	// 6 left slot 2, which the pool's last (7) took; the cursor is left there.
	if got, cur := m.idleNodes(), mcall(m, marketABI.PackIdleCursor(), marketABI.UnpackIdleCursor); !slices.Equal(got, []uint32{n4, n5, n7}) || cur != 2 {
		t.Fatalf("idle pool %v, cursor %d; want [4 5 7], 2", got, cur)
	}

	// The replaced node may go idle again, but is not picked while it is failing: with 7 out
	// of the pool, the scan from slot 2 finds 2 (failing), 4, 5 and nothing.
	m.tx(mProviders[1], marketABI.PackNodeSetIdle(2, true), nil)
	m.tx(mProviders[0], marketABI.PackNodeSetIdle(n7, false), nil)
	if got := m.idleNodes(); !slices.Equal(got, []uint32{n4, n5, 2}) {
		t.Fatalf("idle pool %v, want [4 5 2]", got)
	}
	c.failUntilReplaceable(3)
	m.expectRevert(mStranger, marketABI.PackAmendCluster(1, 3), nil, &bindings.MarketNoReplacement{ClusterId: 1, NodeId: 3, Scanned: big.NewInt(3)})
	m.tx(mProviders[0], marketABI.PackNodeSetIdle(n7, true), nil)
	c.amend(mProviders[1], 3, n7) // anyone: here a provider of another node
	c.checkHosting(1, n6, n7)
	if got, cur := m.idleNodes(), mcall(m, marketABI.PackIdleCursor(), marketABI.UnpackIdleCursor); !slices.Equal(got, []uint32{n4, n5, 2}) || cur != 3 {
		t.Fatalf("idle pool %v, cursor %d; want [4 5 2], 3", got, cur)
	}

	// A manager adds an idle node by hand: it leaves the pool.
	r := m.tx(mManager, marketABI.PackClusterAddNode(1, 2, 2), nil)
	if ev := eventsOf(r, marketABI.UnpackNodeIdleSetEvent); len(ev) != 1 || ev[0].NodeId != 2 || ev[0].Idle {
		t.Fatalf("NodeIdleSet on clusterAddNode %s", jsonOf(t, ev))
	}
	if ev := eventsOf(r, marketABI.UnpackClusterAmendedEvent); len(ev) != 1 || ev[0].NodeOut != 0 || ev[0].NodeIn != 2 || ev[0].Vnodes != 2 {
		t.Fatalf("ClusterAmended on clusterAddNode %s", jsonOf(t, ev))
	}
	c.checkHosting(1, n6, n7, 2)
	if got := m.idleNodes(); !slices.Equal(got, []uint32{n4, n5}) {
		t.Fatalf("idle pool %v after node 2 joined, want [4 5]", got)
	}
	r = m.tx(mManager, marketABI.PackClusterRemoveNode(1, 1), nil)
	if ev := eventsOf(r, marketABI.UnpackClusterAmendedEvent); len(ev) != 1 || ev[0].NodeOut != 1 || ev[0].NodeIn != 0 || ev[0].Vnodes != 1 {
		t.Fatalf("ClusterAmended on clusterRemoveNode %s", jsonOf(t, ev))
	}
	c.checkHosting(2, n6, n7)
}

// TestMarketAmendBadInput checks the failing cases of setChallenges, nodeSetIdle and
// amendCluster that need no challenge history: each reverts with exactly its error and
// changes nothing.
func TestMarketAmendBadInput(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 3)
	e := c.e
	m := c.mkt
	free := c.keyedNode(mProviders[0], 4, fixtureCapacity, 10)
	// A Challenges contract of another "market" (the factory: any contract will do).
	other := e.deploy(bindings.ChallengesMetaData.Bin, challengesABI.PackConstructor(m.factory, crypto.PubkeyToAddress(e.relayer().PublicKey)))
	cases := []struct {
		name string
		key  int
		data []byte
		want any
	}{
		{"set challenges by a non-admin", mManager, marketABI.PackSetChallenges(c.ch), &bindings.MarketNotAdmin{}},
		{"set challenges to an account without code", mAdmin, marketABI.PackSetChallenges(e.addr(mStranger)), &bindings.MarketInvalidAccount{Account: e.addr(mStranger)}},
		{"set challenges of another market", mAdmin, marketABI.PackSetChallenges(other), &bindings.MarketWrongChallenges{Challenges: other, Market: m.factory}},
		{"idle by a stranger", mStranger, marketABI.PackNodeSetIdle(free, true), &bindings.MarketNotProvider{NodeId: free, Caller: e.addr(mStranger)}},
		{"idle of a node in a cluster", mProviders[0], marketABI.PackNodeSetIdle(1, true), &bindings.MarketNodeInCluster{NodeId: 1, ClusterId: 1}},
		{"idle of an unknown node", mProviders[0], marketABI.PackNodeSetIdle(9, true), &bindings.MarketUnknownNode{NodeId: 9}},
		{"amend without challenges", mStranger, marketABI.PackAmendCluster(1, 1), &bindings.MarketNoChallenges{}},
	}
	for _, tc := range cases {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			m.with(t).expectRevert(tc.key, tc.data, nil, tc.want)
		})
	}
	c.useChallenges()
	for _, tc := range []struct {
		name string
		data []byte
		want any
	}{
		{"amend an unknown cluster", marketABI.PackAmendCluster(9, 1), &bindings.MarketUnknownCluster{ClusterId: 9}},
		{"amend an unknown node", marketABI.PackAmendCluster(1, 9), &bindings.MarketUnknownNode{NodeId: 9}},
		{"amend a node not in the cluster", marketABI.PackAmendCluster(1, free), &bindings.MarketNodeNotInCluster{NodeId: free, ClusterId: 1}},
		{"amend a node in good standing", marketABI.PackAmendCluster(1, 1), &bindings.MarketNotBelowThreshold{NodeId: 1, ScoreBps: big.NewInt(10_000), Outcomes: new(big.Int)}},
	} {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			m.with(t).expectRevert(mStranger, tc.data, nil, tc.want)
		})
	}
}
