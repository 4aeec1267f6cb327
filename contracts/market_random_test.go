package contracts_test

import (
	"flag"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

var (
	marketSteps = flag.Int("market.steps", 2000, "operations of TestMarketRandom (e.g. -args -market.steps=20000 for a long run)")
	marketSeed  = flag.Uint64("market.seed", 1, "seed of TestMarketRandom")
)

// randomMarket is the state of TestMarketRandom: a market and the ids it made.
type randomMarket struct {
	*mkt
	rnd      *rand.Rand
	managers map[uint32]int // cluster id → manager key
	owners   []int          // ring owners; bucket b belongs to owners[(b-1)/2]
	buckets  uint64
	nodes    uint32
	counts   map[string]int // operations that succeeded / were refused, by name
}

// TestMarketRandom runs seeded random operations on a market — deposits, withdrawals,
// allocations (by owners and by managers with consent), settlements at random times,
// distributions, node additions and removals, rent, reservation and fee changes,
// evictions — and after every step checks that the market's balance equals what it owes
// (mkt.checkOwed: balance == totalOwed() == totalDeposits + totalRevenues) and that no
// account can withdraw one wei more than it is owed; every 10th step and after each
// distribution it also checks the totals against the sum of every account's deposit and
// every cluster's revenues (mkt.checkTotals).
// Operations the rules may refuse (a bucket in debt reallocating, a reservation beyond a
// node's capacity, ...) must fail with one of their named errors only.
func TestMarketRandom(t *testing.T) {
	t.Parallel()
	steps := *marketSteps
	if testing.Short() {
		steps = 200
	}
	m := newMarket(t)
	e := m.e
	rm := &randomMarket{mkt: m, rnd: rand.New(rand.NewPCG(*marketSeed, 0x5eed)), managers: map[uint32]int{}, counts: map[string]int{}}
	t.Logf("seed %d, %d steps", *marketSeed, steps)
	e.advance(365 * 24 * time.Hour) // block times run ahead of the wall clock: +1 s a block from now on

	// Providers 2, 3, 4 register two nodes each and trust both managers.
	for i := range 6 {
		p := mProviders[i%3]
		m.createNode(p, i+1, uint64(300+rm.rnd.IntN(1500)), int64(rm.rnd.IntN(50)))
		rm.nodes++
	}
	for _, p := range mProviders {
		m.tx(p, marketABI.PackNodeTrustManager(e.addr(mManager)), nil)
		m.tx(p, marketABI.PackNodeTrustManager(e.addr(mOtherManager)), nil)
	}
	m.tx(mManager, marketABI.PackClusterCreate([]uint32{1, 2, 3}, []uint32{1, 2, 1}, 100, 1000), nil)
	m.tx(mOtherManager, marketABI.PackClusterCreate([]uint32{4, 5}, []uint32{1, 1}, 50, 500), nil)
	rm.managers[1], rm.managers[2] = mManager, mOtherManager
	// Owners 7..10 each own a ring with a bucket in each cluster.
	rm.owners = []int{7, 8, 9, 10}
	for _, o := range rm.owners {
		ring := m.createRing(o)
		m.tx(o, marketABI.PackBucketCreate(ring, 1), nil)
		m.tx(o, marketABI.PackBucketCreate(ring, 2), nil)
		rm.buckets += 2
	}
	m.checkMoney()

	ops := []struct {
		name   string
		weight int
		run    func(rm *randomMarket)
	}{
		{"deposit", 10, (*randomMarket).deposit},
		{"withdraw", 8, (*randomMarket).withdraw},
		{"alloc", 10, (*randomMarket).alloc},
		{"allocByManager", 4, (*randomMarket).allocByManager},
		{"settle", 14, (*randomMarket).settle},
		{"distribute", 6, (*randomMarket).distribute},
		{"advance", 12, (*randomMarket).advance},
		{"removeNode", 3, (*randomMarket).removeNode},
		{"addNode", 4, (*randomMarket).addNode},
		{"setRent", 2, (*randomMarket).setRent},
		{"reserve", 2, (*randomMarket).reserve},
		{"fees", 2, (*randomMarket).fees},
		{"evict", 3, (*randomMarket).evict},
	}
	total := 0
	for _, op := range ops {
		total += op.weight
	}
	step, name := -1, "setup"
	defer func() {
		if t.Failed() {
			t.Logf("failed at step %d (%s); seed %d", step, name, *marketSeed)
		}
	}()
	for step = range steps {
		n := rm.rnd.IntN(total)
		for _, op := range ops {
			if n -= op.weight; n < 0 {
				name = op.name
				op.run(rm)
				break
			}
		}
		m.checkOwed()
		if step%10 == 0 || name == "distribute" {
			m.checkTotals()
		}
		rm.overdraw(step)
	}
	m.checkMoney()
	t.Logf("operations: %v", rm.counts)
}

// try sends data from key; a refusal must be one of the errors `allowed` (their types).
// It returns the receipt, or nil when refused.
func (rm *randomMarket) try(name string, key int, data []byte, value *big.Int, allowed ...any) *types.Receipt {
	rm.e.tb.Helper()
	tx, err := rm.e.transactPadded(rm.e.keys[key], rm.addr, data, value)
	if err != nil {
		got := decodeMarketRevert(err)
		for _, a := range allowed {
			if got != nil && reflect.TypeOf(got) == reflect.TypeOf(a) {
				rm.counts[name+" refused"]++
				return nil
			}
		}
		rm.e.tb.Fatalf("%s: %v (%T%s)", name, err, got, jsonOf(rm.e.tb, got))
	}
	r := rm.e.mine(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		rm.e.tb.Fatalf("%s: mined tx reverted (gas used %d of %d)", name, r.GasUsed, tx.Gas())
	}
	rm.counts[name]++
	return r
}

func (rm *randomMarket) anyKey() int { return rm.rnd.IntN(numKeys) }

func (rm *randomMarket) bucketID() uint64 { return 1 + rm.rnd.Uint64N(rm.buckets) }

func (rm *randomMarket) ownerOf(b uint64) int { return rm.owners[(b-1)/2] }

func (rm *randomMarket) clusterID() uint32 { return 1 + uint32(rm.rnd.IntN(len(rm.managers))) }

func (rm *randomMarket) deposit() {
	k := rm.owners[rm.rnd.IntN(len(rm.owners))]
	if rm.rnd.IntN(4) == 0 {
		k = rm.anyKey()
	}
	amount := big.NewInt(1 + rm.rnd.Int64N(2_000_000_000))
	before := rm.depositOf(k)
	rm.try("deposit", k, marketABI.PackAccountDeposit(), amount)
	if got := new(big.Int).Sub(rm.depositOf(k), before); got.Cmp(amount) != 0 {
		rm.e.tb.Fatalf("deposit of %s credited %s", amount, got)
	}
}

// withdraw withdraws a random part of what an account can withdraw a few seconds from now.
func (rm *randomMarket) withdraw() {
	k := rm.anyKey()
	a := rm.account(k)
	safe := new(big.Int).Sub(a.Unlocked, new(big.Int).Mul(a.Rate, big.NewInt(3)))
	if safe.Sign() <= 0 {
		rm.counts["withdraw skipped"]++
		return
	}
	amount := new(big.Int).Rsh(safe, 1)
	if safe.IsUint64() {
		amount.SetUint64(1 + rm.rnd.Uint64N(safe.Uint64()))
	}
	coins := rm.e.balance(rm.e.addr(k))
	r := rm.try("withdraw", k, marketABI.PackAccountWithdraw(amount), nil)
	gas := new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
	if got := new(big.Int).Sub(rm.e.balance(rm.e.addr(k)), coins); got.Cmp(new(big.Int).Sub(amount, gas)) != 0 {
		rm.e.tb.Fatalf("withdrew %s, received %s + gas %s", amount, got, gas)
	}
	if got := new(big.Int).Sub(a.Deposit, rm.depositOf(k)); got.Cmp(amount) != 0 {
		rm.e.tb.Fatalf("withdrew %s, deposit fell by %s", amount, got)
	}
}

// allocArgs picks a resource for bucket b, and a maxRate at, above or below its price.
func (rm *randomMarket) allocArgs(b uint64) (uint64, *big.Int) {
	bs := rm.bucket(b)
	c := rm.cluster(bs.ClusterId)
	room := c.ResourcePerVNode - c.ResourceUsed + bs.Resource
	resource := rm.rnd.Uint64N(room + 5) // sometimes beyond the room
	price := new(big.Int).Mul(new(big.Int).SetUint64(resource), c.RentPerUnit)
	switch rm.rnd.IntN(5) {
	case 0:
		if price.Sign() > 0 {
			price.Sub(price, big.NewInt(1)) // below the price: refused
		}
	case 1:
		price.Mul(price, big.NewInt(2))
	}
	return resource, price
}

var allocRefusals = []any{&bindings.MarketBucketInDebt{}, &bindings.MarketRateAboveConsent{}, &bindings.MarketClusterResourceExceeded{}}

func (rm *randomMarket) alloc() {
	b := rm.bucketID()
	resource, maxRate := rm.allocArgs(b)
	if rm.try("alloc", rm.ownerOf(b), marketABI.PackBucketAllocIntoCluster(b, resource, maxRate), nil, allocRefusals...) != nil {
		rm.checkAllocated(b, resource, maxRate)
	}
}

func (rm *randomMarket) allocByManager() {
	b := rm.bucketID()
	resource, maxRate := rm.allocArgs(b)
	owner := rm.ownerOf(b)
	nonce := rm.account(owner).Nonce
	sig := sign(rm.e.tb, rm.e.keys[owner], rm.bucketAlloc(b, resource, maxRate, nonce, farDeadline))
	manager := rm.managers[rm.bucket(b).ClusterId]
	data := marketABI.PackBucketAllocIntoClusterFor(b, resource, maxRate, farDeadline, sig)
	if rm.try("allocByManager", manager, data, nil, allocRefusals...) == nil {
		return
	}
	rm.checkAllocated(b, resource, maxRate)
	// The same consent twice: refused.
	rm.try("allocByManager replay", manager, data, nil, &bindings.MarketSignerMismatch{})
}

func (rm *randomMarket) checkAllocated(b, resource uint64, maxRate *big.Int) {
	bs := rm.bucket(b)
	if bs.Resource != resource || bs.Rate.Cmp(maxRate) > 0 || bs.DebtSince != 0 {
		rm.e.tb.Fatalf("bucket %d after alloc(%d, ≤%s): %+v", b, resource, maxRate, bs)
	}
}

func (rm *randomMarket) settle() {
	b := rm.bucketID()
	r := rm.try("settle", rm.anyKey(), marketABI.PackBucketSettlePayment(b), nil) // never refused
	bs := rm.bucket(b)
	at := rm.e.receiptTime(r)
	paidUp := bs.SettledUntil == at && bs.DebtSince == 0
	inDebt := bs.DebtSince == bs.SettledUntil && bs.SettledUntil < at && bs.AccountDeposit.Cmp(bs.Rate) < 0
	if !paidUp && !inDebt {
		rm.e.tb.Fatalf("bucket %d settled at %d: %+v", b, at, bs)
	}
}

func (rm *randomMarket) distribute() {
	c := rm.clusterID()
	if rm.try("distribute", rm.anyKey(), marketABI.PackClusterDistributeRevenues(c), nil, &bindings.MarketClusterHasNoNodes{}) == nil {
		if n := len(rm.cluster(c).Nodes); n != 0 {
			rm.e.tb.Fatalf("distribute refused with %d nodes", n)
		}
		return
	}
	// Each share is rounded down by less than one wei: the remainder kept is below the count.
	cs := rm.cluster(c)
	if cs.Revenues.Cmp(big.NewInt(int64(len(cs.Nodes)))) >= 0 {
		rm.e.tb.Fatalf("remainder %s kept by a cluster of %d nodes", cs.Revenues, len(cs.Nodes))
	}
}

func (rm *randomMarket) advance() {
	secs := 1 + rm.rnd.IntN(3*24*3600)
	rm.e.advance(time.Duration(secs) * time.Second)
	rm.counts["advance"]++
}

func (rm *randomMarket) removeNode() {
	id := 1 + uint32(rm.rnd.IntN(int(rm.nodes)))
	n := rm.node(id)
	if n.ClusterId == 0 {
		rm.counts["removeNode skipped"]++
		return
	}
	key := rm.managers[n.ClusterId]
	if rm.rnd.IntN(2) == 0 {
		key = mProviders[(id-1)%3]
	}
	rm.try("removeNode", key, marketABI.PackClusterRemoveNode(n.ClusterId, id), nil)
}

func (rm *randomMarket) addNode() {
	id := 1 + uint32(rm.rnd.IntN(int(rm.nodes)))
	c := rm.clusterID()
	want := []any{&bindings.MarketCapacityExceeded{}, &bindings.MarketNodeInCluster{}}
	rm.try("addNode", rm.managers[c], marketABI.PackClusterAddNode(c, id, 1+uint32(rm.rnd.IntN(3))), nil, want...)
}

func (rm *randomMarket) setRent() {
	id := 1 + uint32(rm.rnd.IntN(int(rm.nodes)))
	n := rm.node(id)
	rm.try("setRent", mProviders[(id-1)%3], marketABI.PackNodeSetParams(id, n.GatewayUrl, n.Capacity, big.NewInt(int64(rm.rnd.IntN(50)))), nil)
}

func (rm *randomMarket) reserve() {
	c := rm.clusterID()
	want := []any{&bindings.MarketCapacityExceeded{}, &bindings.MarketClusterResourceInUse{}}
	rm.try("reserve", rm.managers[c], marketABI.PackClusterReserveResource(c, uint64(rm.rnd.IntN(300))), nil, want...)
}

func (rm *randomMarket) fees() {
	if rm.rnd.IntN(2) == 0 {
		rm.try("networkFee", mAdmin, marketABI.PackSetNetworkFee(uint16(rm.rnd.IntN(1001))), nil)
		return
	}
	c := rm.clusterID()
	rm.try("managementFee", rm.managers[c], marketABI.PackClusterSetManagementFee(c, uint16(rm.rnd.IntN(5001))), nil)
}

func (rm *randomMarket) evict() {
	b := rm.bucketID()
	rm.try("evict", rm.managers[rm.bucket(b).ClusterId], marketABI.PackBucketEvict(b), nil, &bindings.MarketBucketNotInDebt{})
}

// overdraw checks that a random account cannot withdraw one wei more than it is owed now
// (its unlocked balance at the latest block; later it can only be less). Every 25th step,
// for an account that pays no rent, the attempt is also mined, and must revert and change
// nothing.
func (rm *randomMarket) overdraw(step int) {
	rm.e.tb.Helper()
	k := rm.anyKey()
	unlocked := rm.account(k).Unlocked
	amount := new(big.Int).Add(unlocked, big.NewInt(1))
	data := marketABI.PackAccountWithdraw(amount)
	if step%25 == 0 && rm.account(k).Rate.Sign() == 0 {
		// Without rent the amount owed does not move with the clock: exact in the mined tx too.
		rm.expectRevert(k, data, nil, &bindings.MarketInsufficientUnlocked{Unlocked: unlocked, Amount: amount})
		return
	}
	_, err := rm.e.transactPadded(rm.e.keys[k], rm.addr, data, nil)
	got, ok := decodeMarketRevert(err).(*bindings.MarketInsufficientUnlocked)
	if err == nil || !ok || got.Amount.Cmp(amount) != 0 || got.Unlocked.Cmp(unlocked) > 0 {
		rm.e.tb.Fatalf("withdrawing %s (owed %s + 1) from key %d: %v", amount, unlocked, k, err)
	}
}
