package contracts_test

import (
	"crypto/ecdsa"
	"flag"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

var (
	marketSteps = flag.Int("market.steps", 2000, "operations of TestMarketRandom (e.g. -args -market.steps=20000 for a long run)")
	marketSeed  = flag.Uint64("market.seed", 1, "seed of TestMarketRandom")
)

// randomMarket is the state of TestMarketRandom: a market and the ids it made, and the
// Challenges contract whose records it acts on, with a model of its performance grades.
type randomMarket struct {
	*mkt
	ch       *chal
	perf     *perfModel
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
// evictions — and, through a real Challenges contract the market reads, storage
// challenges of the buckets that pass or fail (now and then by a timeout and its retry),
// attesters' performance measurements of the hosters under the terms bucket owners set,
// graded at once or after the deadline, nodes offered to and withdrawn from the idle
// pool, amendments by anyone, and the Challenges contract switched off and on. After
// every step it checks that the market's balance equals what it owes (mkt.checkOwed:
// balance == totalOwed() == totalDeposits + totalRevenues) and that no account can
// withdraw one wei more than it is owed; every 10th step and after each distribution it
// also checks the totals against the sum of every account's deposit and every cluster's
// revenues (mkt.checkTotals), and every 10th step and after each change of a cluster's
// nodes that every replica ring's members are its cluster's avatars, reservations match,
// and the idle pool is the idle nodes (randomMarket.checkHosting). Each grade is checked
// against a Go model of the grades (perfModel), and each distribution against the
// records: exactly the nodes that failed since the cluster's previous distribution or
// whose grades since they were last paid average 0 are skipped, and every other node
// gets its share weighted by that average.
// Operations the rules may refuse (a bucket in debt reallocating, a reservation beyond a
// node's capacity, an amendment of a node in good standing, ...) must fail with one of
// their named errors only.
func TestMarketRandom(t *testing.T) {
	t.Parallel()
	steps := *marketSteps
	if testing.Short() {
		steps = 200
	}
	m := newMarket(t)
	e := m.e
	ch := &chal{mkt: m, avatars: map[common.Address]*ecdsa.PrivateKey{}}
	rm := &randomMarket{mkt: m, ch: ch, perf: newPerfModel(), rnd: rand.New(rand.NewPCG(*marketSeed, 0x5eed)), managers: map[uint32]int{}, counts: map[string]int{}}
	t.Logf("seed %d, %d steps", *marketSeed, steps)
	e.advance(365 * 24 * time.Hour) // block times run ahead of the wall clock: +1 s a block from now on

	// Providers 2, 3, 4 register ten nodes (avatars with keys, to sign receipts when they
	// host a challenge) and trust both managers.
	for i := range 10 {
		p := mProviders[i%3]
		ch.keyedNode(p, i+1, uint64(300+rm.rnd.IntN(1500)), int64(rm.rnd.IntN(50)))
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
		// The owner's log has a head on chain: its buckets can be challenged.
		f := e.flushReq(o, 1, 0)
		e.send(e.relayer(), ring, ringABI.PackFlush(f, sign(t, e.keys[o], e.domain(ring).flush(f))))
	}
	// The Challenges contract (a period of an hour, 4 attesters not in any cluster), the
	// market's from the start.
	ch.ch = e.deploy(bindings.ChallengesMetaData.Bin, challengesABI.PackConstructor(m.addr, crypto.PubkeyToAddress(e.relayer().PublicKey)))
	p := ch.params()
	p.Period = 3600
	ch.tx(mAdmin, challengesABI.PackSetParams(p))
	for i := range 4 {
		ch.attesters = append(ch.attesters, ch.newAttester(40+i))
	}
	ch.useChallenges()
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
		{"challenge", 6, (*randomMarket).challenge},
		{"setTerms", 2, (*randomMarket).setTerms},
		{"setIdle", 4, (*randomMarket).setIdle},
		{"createNode", 2, (*randomMarket).createNode},
		{"amend", 5, (*randomMarket).amend},
		{"challengesOnOff", 1, (*randomMarket).challengesOnOff},
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
		if step%10 == 0 || name == "amend" || name == "addNode" || name == "removeNode" {
			rm.checkHosting()
		}
		rm.overdraw(step)
	}
	m.checkMoney()
	rm.checkHosting()
	t.Logf("operations: %v", rm.counts)
	if steps >= 1000 {
		for _, what := range []string{"amend", "amend refused", "challenge failed", "challenge passed", "distribute skipping", "setIdle",
			"performance graded", "performance graded late", "distribute weighted"} {
			if rm.counts[what] == 0 {
				t.Errorf("no %q in %d steps: the random operations test too little", what, steps)
			}
		}
	}
}

// try sends data with value from key to the market; a refusal must be one of the errors
// `allowed` (their types). It returns the receipt, or nil when refused.
func (rm *randomMarket) try(name string, key int, data []byte, value *big.Int, allowed ...any) *types.Receipt {
	rm.e.tb.Helper()
	r := rm.send(name, key, rm.addr, data, value, decodeMarketRevert, allowed)
	if r != nil {
		rm.counts[name]++
	}
	return r
}

// send sends data with value from key to `to`; a refusal, decoded by decode, must be one
// of the errors `allowed` (their types). It returns the receipt, or nil when refused.
//
// The gas estimate runs at the latest block's time and the transaction is mined a second
// or more later, so a refusal that depends on the time (a deposit that runs out in between:
// BucketInDebt) can show only once mined; the mined revert is then named by replaying the
// call on the mined block (the reverted transaction changed nothing), at its time.
func (rm *randomMarket) send(name string, key int, to common.Address, data []byte, value *big.Int, decode func(error) any, allowed []any) *types.Receipt {
	rm.e.tb.Helper()
	refused := func(err error) bool {
		got := decode(err)
		for _, a := range allowed {
			if got != nil && reflect.TypeOf(got) == reflect.TypeOf(a) {
				rm.counts[name+" refused"]++
				return true
			}
		}
		rm.e.tb.Fatalf("%s: %v (%T%s)", name, err, got, jsonOf(rm.e.tb, got))
		return false
	}
	tx, err := rm.e.transactPadded(rm.e.keys[key], to, data, value)
	if err != nil {
		refused(err)
		return nil
	}
	r := rm.e.mine(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		msg := ethereum.CallMsg{From: rm.e.addr(key), To: &to, Data: data, Value: value, Gas: tx.Gas()}
		_, err := rm.e.client.CallContract(rm.e.tb.Context(), msg, r.BlockNumber)
		if err == nil {
			rm.e.tb.Fatalf("%s: mined tx reverted (gas used %d of %d), its replay on the block succeeds", name, r.GasUsed, tx.Gas())
		}
		refused(err)
		rm.counts[name+" refused once mined"]++
		return nil
	}
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

// distribute distributes a cluster's revenues and checks the payment by record: each
// node's pay weight is 0 if its latest Fail is at or after the cluster's previous
// distribution, else the mean of its grades since it was last paid (10,000 with none;
// read from performances before, and checked against the model); without a Challenges
// contract 10,000 for all. The nodes of weight 0 are skipped, and only they; the others
// get exactly ⌊rest × w_n × pay_n / Σ w × pay⌋ (w_n = vnodes × rent, or vnodes when that
// is 0 for all); what stays is the rounding remainder (below one wei per eligible node)
// or, with no node eligible, the whole providers' part. With Challenges the distribution
// starts every node's grades afresh.
func (rm *randomMarket) distribute() {
	c := rm.clusterID()
	before := rm.cluster(c)
	challengesOn := mcall(rm.mkt, marketABI.PackChallenges(), marketABI.UnpackChallenges) != (common.Address{})
	pay := make([]int64, len(before.Nodes))
	failed := make([]bool, len(before.Nodes))
	for i, n := range before.Nodes {
		pay[i] = 10_000
		if !challengesOn {
			continue
		}
		rm.perf.checkNode(rm.ch, n.NodeId)
		pay[i] = rm.perf.mean(n.NodeId)
		if failedAt := rm.ch.lastFailedAt(n.NodeId); failedAt != 0 && failedAt >= before.LastDistributedAt {
			pay[i], failed[i] = 0, true
		}
	}
	r := rm.try("distribute", rm.anyKey(), marketABI.PackClusterDistributeRevenues(c), nil, &bindings.MarketClusterHasNoNodes{})
	if r == nil {
		if n := len(before.Nodes); n != 0 {
			rm.e.tb.Fatalf("distribute refused with %d nodes", n)
		}
		return
	}
	ev := eventsOf(r, marketABI.UnpackRevenuesDistributedEvent)[0]
	rest := new(big.Int).Sub(ev.Total, new(big.Int).Add(ev.NetworkFee, ev.ManagementFee))
	byRent, byVnodes := new(big.Int), new(big.Int)
	for i, n := range before.Nodes {
		w := new(big.Int).Mul(big.NewInt(int64(n.Vnodes)), big.NewInt(pay[i]))
		byVnodes.Add(byVnodes, w)
		byRent.Add(byRent, w.Mul(w, n.RentPerUnit))
	}
	total := byRent
	if byRent.Sign() == 0 {
		total = byVnodes
	}
	skipped, paid := skippedIn(r), paidTo(r)
	eligible := 0
	shares := new(big.Int)
	for i, n := range before.Nodes {
		failedAt := rm.ch.lastFailedAt(n.NodeId)
		skip := pay[i] == 0
		if at, ok := skipped[n.NodeId]; ok != skip || (skip && at != failedAt) {
			rm.e.tb.Fatalf("cluster %d node %d (pay %d, failed at %d, previous distribution %d, challenges %v): skipped %v",
				c, n.NodeId, pay[i], failedAt, before.LastDistributedAt, challengesOn, skipped)
		}
		want := new(big.Int)
		if !skip {
			eligible++
			w := big.NewInt(int64(n.Vnodes))
			if byRent.Sign() != 0 {
				w.Mul(w, n.RentPerUnit)
			}
			want.Div(w.Mul(w, big.NewInt(pay[i])).Mul(w, rest), total)
		}
		if got := paid[n.NodeId]; (got == nil) != (want.Sign() == 0) || (got != nil && got.Cmp(want) != 0) {
			rm.e.tb.Fatalf("cluster %d node %d of pay %d (Σ %s, by rent %v) paid %v of %s, want %s", c, n.NodeId, pay[i], total,
				byRent.Sign() != 0, got, rest, want)
		}
		shares.Add(shares, want)
		if skip && !failed[i] {
			rm.counts["distribute skipping a zero grade"]++
		}
		if pay[i] != 0 && pay[i] != 10_000 {
			rm.counts["distribute weighted"]++
		}
		if challengesOn {
			if want.Sign() != 0 {
				rm.perf.paid(n.NodeId)
			}
			rm.perf.checkNode(rm.ch, n.NodeId)
		}
	}
	if len(skipped) != 0 {
		rm.counts["distribute skipping"]++
	}
	cs := rm.cluster(c)
	switch {
	case ev.Total.Cmp(before.Revenues) != 0 || cs.Revenues.Cmp(ev.Remainder) != 0 || cs.LastDistributedAt != rm.e.receiptTime(r):
		rm.e.tb.Fatalf("distribution %+v of %s; cluster after %+v", ev, before.Revenues, cs)
	case ev.Providers.Cmp(shares) != 0 || ev.Remainder.Cmp(new(big.Int).Sub(rest, shares)) != 0:
		rm.e.tb.Fatalf("distribution %+v, shares %s of %s", ev, shares, rest)
	case eligible == 0 && (ev.Providers.Sign() != 0 || ev.Remainder.Cmp(rest) != 0):
		rm.e.tb.Fatalf("no node eligible, yet %+v", ev)
	case eligible > 0 && ev.Remainder.Cmp(big.NewInt(int64(eligible))) >= 0:
		// Each share is rounded down by less than one wei.
		rm.e.tb.Fatalf("remainder %s kept with %d eligible nodes", ev.Remainder, eligible)
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

// tryCh sends data from key to the Challenges contract; a refusal must be one of the
// errors `allowed` (their types). It returns the receipt, or nil when refused.
func (rm *randomMarket) tryCh(name string, key int, data []byte, allowed ...any) *types.Receipt {
	rm.e.tb.Helper()
	return rm.send(name, key, rm.ch.ch, data, nil, decodeChallengesRevert, allowed)
}

// challenge challenges a random bucket's storage, activates the challenge and resolves it:
// two agreeing reports fail it (three times in five) or pass it, or now and then no one reports and it
// times out, and its retry (same hoster) is reported on in turn. Three times in four some
// attesters measure the hoster's performance too (see measurements), before or after the
// reports; the k-th measurement grades at once, and two times in three fewer are graded
// by gradePerformance after the deadline (none: refused).
func (rm *randomMarket) challenge() {
	c := rm.ch
	want := []any{&bindings.ChallengesChallengeTooSoon{}, &bindings.ChallengesBucketNotAllocated{}, &bindings.ChallengesClusterHasNoNodes{}}
	r := rm.tryCh("challenge", mStranger, challengesABI.PackChallengeStorage(rm.bucketID()), want...)
	if r == nil {
		return
	}
	id := c.created(r).Id.Uint64()
	for id != 0 {
		c.mineSeed(id)
		v := c.activate(id)
		id = 0
		ms := rm.measurements(v)
		terms := c.terms(v.BucketId)
		var done []figures
		if v.RetryOf.Sign() == 0 && rm.rnd.IntN(6) == 0 {
			rm.measure(v, terms, ms, &done)
			rm.e.advance(time.Duration(c.params().Window)*time.Second + time.Second)
			r := c.tx(mStranger, challengesABI.PackResolve(v.Id))
			if retry := eventsOf(r, challengesABI.UnpackChallengeCreatedEvent); len(retry) == 1 {
				rm.counts["challenge timed out"]++
				id = retry[0].Id.Uint64()
			} else {
				rm.counts["challenge failed"]++ // its hoster was contained already
			}
			rm.gradeLate(v, terms, done, false)
			continue
		}
		split := rm.rnd.IntN(len(ms) + 1)
		rm.measure(v, terms, ms[:split], &done)
		fail := rm.rnd.IntN(5) < 3
		for _, a := range v.D.Attesters[:2] {
			c.submit(v, c.keyOf(a), !fail, "")
		}
		if fail {
			rm.counts["challenge failed"]++
		} else {
			rm.counts["challenge passed"]++
		}
		rm.measure(v, terms, ms[split:], &done)
		rm.gradeLate(v, terms, done, true)
	}
}

// measurement is one attester's Performance figures.
type measurement struct {
	key int
	f   figures
}

// measurements draws the measurements of challenge v's hoster: none one time in four, else
// 1 to k of its attesters in a random order. The hoster meets each term or misses it by
// far, the same for every honest attester (all terms, none, or each at random, drawn per
// challenge); one attester in five lies with random figures.
func (rm *randomMarket) measurements(v bindings.ChallengesChallengeView) []measurement {
	if rm.rnd.IntN(4) == 0 {
		return nil
	}
	var good [3]bool
	switch q := rm.rnd.IntN(4); q {
	case 0, 1:
		good = [3]bool{q == 0, q == 0, q == 0}
	default:
		good = [3]bool{rm.rnd.IntN(2) == 0, rm.rnd.IntN(2) == 0, rm.rnd.IntN(2) == 0}
	}
	span := func(lo, hi int) int { return lo + rm.rnd.IntN(hi-lo+1) }
	order := rm.rnd.Perm(len(v.D.Attesters))[:1+rm.rnd.IntN(len(v.D.Attesters))]
	ms := make([]measurement, len(order))
	for i, j := range order {
		f := figures{avail: uint16(span(0, 8_999)), p50: uint32(span(1_001, 10_000)), bw: uint64(span(0, 499_999))}
		switch {
		case rm.rnd.IntN(5) == 0:
			f = figures{avail: uint16(span(0, 10_000)), p50: uint32(span(0, 10_000)), bw: uint64(span(0, 5_000_000))}
		default:
			if good[0] {
				f.avail = uint16(span(9_900, 10_000))
			}
			if good[1] {
				f.p50 = uint32(span(1, 200))
			}
			if good[2] {
				f.bw = uint64(span(2_000_000, 5_000_000))
			}
		}
		ms[i] = measurement{key: rm.ch.keyOf(v.D.Attesters[j]), f: f}
	}
	return ms
}

// measure submits ms on challenge v, graded under terms (its bucket's at activation),
// appending their figures to done; the k-th measurement must grade v, as the model says.
func (rm *randomMarket) measure(v bindings.ChallengesChallengeView, terms bindings.ChallengesTerms, ms []measurement, done *[]figures) {
	rm.e.tb.Helper()
	for _, m := range ms {
		r := rm.ch.measure(v, m.key, m.f)
		*done = append(*done, m.f)
		rm.counts["performance measured"]++
		if len(*done) < len(v.D.Attesters) {
			if ev := graded(r); ev != nil {
				rm.e.tb.Fatalf("measurement %d of %d graded: %+v", len(*done), len(v.D.Attesters), ev)
			}
			continue
		}
		rm.ch.checkGraded(rm.perf, r, v, terms, *done)
		rm.counts["performance graded"]++
	}
}

// gradeLate grades challenge v after its deadline (reached first when advance), two times
// in three, unless its k measurements graded it already; without measurements it must be
// refused.
func (rm *randomMarket) gradeLate(v bindings.ChallengesChallengeView, terms bindings.ChallengesTerms, done []figures, advance bool) {
	rm.e.tb.Helper()
	if len(done) == len(v.D.Attesters) || rm.rnd.IntN(3) == 0 {
		return
	}
	if advance {
		rm.e.advance(time.Duration(rm.ch.params().Window)*time.Second + time.Second)
	}
	data := challengesABI.PackGradePerformance(v.Id)
	if len(done) == 0 {
		if rm.tryCh("gradePerformance", mStranger, data, &bindings.ChallengesNoMeasurements{}) != nil {
			rm.e.tb.Fatalf("challenge %s without measurements graded", v.Id)
		}
		return
	}
	rm.ch.checkGraded(rm.perf, rm.tryCh("gradePerformance", mStranger, data), v, terms, done)
	rm.counts["performance graded late"]++
}

// setTerms has a random bucket's owner set its performance terms, each term off one time
// in four; one time in five a stranger tries instead and is refused.
func (rm *randomMarket) setTerms() {
	b := rm.bucketID()
	pick := func(vs ...int) int {
		if rm.rnd.IntN(4) == 0 {
			return 0
		}
		return vs[rm.rnd.IntN(len(vs))]
	}
	t := bindings.ChallengesTerms{MinAvailabilityBps: uint16(pick(9_000, 9_900)), MaxP50Ms: uint32(pick(200, 1_000)),
		MinBandwidth: uint64(pick(500_000, 2_000_000))}
	if rm.rnd.IntN(5) == 0 {
		if rm.tryCh("setTerms", mStranger, challengesABI.PackSetTerms(b, t), &bindings.ChallengesNotBucketOwner{}) != nil {
			rm.e.tb.Fatalf("a stranger set bucket %d's terms", b)
		}
		return
	}
	rm.tryCh("setTerms", rm.ownerOf(b), challengesABI.PackSetTerms(b, t))
	rm.counts["setTerms"]++
	if got := rm.ch.terms(b); got != t {
		rm.e.tb.Fatalf("bucket %d's terms %+v after setTerms %+v", b, got, t)
	}
}

// createNode has a provider register a new node (up to 40), offered to the idle pool one
// time in two: new nodes, with no record, keep replacements possible.
func (rm *randomMarket) createNode() {
	if rm.nodes == 40 {
		rm.counts["createNode skipped"]++
		return
	}
	i := int(rm.nodes) + 1
	p := mProviders[(i-1)%3]
	id := rm.ch.keyedNode(p, i, uint64(300+rm.rnd.IntN(1500)), int64(rm.rnd.IntN(50)))
	rm.nodes++
	rm.counts["createNode"]++
	if id != rm.nodes {
		rm.e.tb.Fatalf("node %d created, want %d", id, rm.nodes)
	}
	if rm.rnd.IntN(2) == 0 {
		rm.try("setIdle", p, marketABI.PackNodeSetIdle(id, true), nil)
	}
}

// setIdle has a random node's provider offer it to the idle pool (two times in three) or
// withdraw it.
func (rm *randomMarket) setIdle() {
	id := 1 + uint32(rm.rnd.IntN(int(rm.nodes)))
	idle := rm.rnd.IntN(3) != 0
	if rm.try("setIdle", mProviders[(id-1)%3], marketABI.PackNodeSetIdle(id, idle), nil, &bindings.MarketNodeInCluster{}) == nil {
		if n := rm.node(id); n.ClusterId == 0 || !idle {
			rm.e.tb.Fatalf("setIdle(%d, %v) refused for %+v", id, idle, n)
		}
		return
	}
	if n := rm.node(id); n.Idle != idle {
		rm.e.tb.Fatalf("node %d after setIdle(%v): %+v", id, idle, n)
	}
}

// amend has anyone amend a random node of a random cluster, and checks an amendment against the
// rules: the node was failing, its replacement suitable, in its place with its vnodes and
// reservation.
func (rm *randomMarket) amend() {
	cid := rm.clusterID()
	before := rm.cluster(cid)
	if len(before.Nodes) == 0 {
		rm.counts["amend skipped"]++
		return
	}
	id := before.Nodes[rm.rnd.IntN(len(before.Nodes))].NodeId
	n := rm.node(id)
	standing := ccall(rm.ch, challengesABI.PackStanding(id), challengesABI.UnpackStanding)
	want := []any{&bindings.MarketNotBelowThreshold{}, &bindings.MarketNoReplacement{}, &bindings.MarketNoChallenges{}}
	r := rm.try("amend", rm.anyKey(), marketABI.PackAmendCluster(cid, id), nil, want...)
	if r == nil {
		return
	}
	ev := eventsOf(r, marketABI.UnpackClusterAmendedEvent)
	if !standing.Below || standing.Outcomes.Int64() < 3 || len(ev) != 1 || ev[0].NodeOut != id || ev[0].Vnodes != n.Vnodes {
		rm.e.tb.Fatalf("amended node %d in standing %+v: %s", id, standing, jsonOf(rm.e.tb, ev))
	}
	in := rm.node(ev[0].NodeIn)
	manager := rm.e.addr(rm.managers[cid])
	trusted := mcall(rm.mkt, marketABI.PackTrusts(in.Provider, manager), marketABI.UnpackTrusts)
	inStanding := ccall(rm.ch, challengesABI.PackStanding(in.NodeId), challengesABI.UnpackStanding)
	needed := uint64(n.Vnodes) * before.ResourcePerVNode
	if !trusted || in.Capacity < needed || (inStanding.Below && inStanding.Outcomes.Int64() >= 3) ||
		in.ClusterId != cid || in.Vnodes != n.Vnodes || in.Reserved != needed || in.Idle {
		rm.e.tb.Fatalf("replacement %+v (trusted %v, standing %+v, %d units needed)", in, trusted, inStanding, needed)
	}
	after := rm.cluster(cid)
	for i := range before.Nodes {
		want := before.Nodes[i].NodeId
		if want == id {
			want = in.NodeId
		}
		if after.Nodes[i].NodeId != want {
			rm.e.tb.Fatalf("cluster %d's nodes after replacing %d by %d: %s", cid, id, in.NodeId, jsonOf(rm.e.tb, after.Nodes))
		}
	}
	if out := rm.node(id); out.ClusterId != 0 || out.Reserved != n.Reserved-needed || out.Vnodes != 0 {
		rm.e.tb.Fatalf("replaced node %+v", out)
	}
}

// challengesOnOff has the admin take the market's Challenges contract away for one
// distribution (which must skip no one, see distribute) and set it back.
func (rm *randomMarket) challengesOnOff() {
	rm.try("challengesOff", mAdmin, marketABI.PackSetChallenges(common.Address{}), nil)
	rm.distribute()
	rm.try("challengesOn", mAdmin, marketABI.PackSetChallenges(rm.ch.ch), nil)
}

// checkHosting checks that every cluster's replica ring has exactly its nodes' avatars as
// members, its price and vnodes are its nodes' sums, every node's reservation is its vnodes'
// in its cluster (0 outside), and the idle pool holds exactly the idle nodes, each in no
// cluster.
func (rm *randomMarket) checkHosting() {
	rm.e.tb.Helper()
	for id := uint32(1); id <= uint32(len(rm.managers)); id++ {
		c := rm.cluster(id)
		var avatars []common.Address
		rent, vnodes := new(big.Int), uint32(0)
		for _, n := range c.Nodes {
			if n.ClusterId != id || n.Idle || n.Reserved != uint64(n.Vnodes)*c.ResourcePerVNode {
				rm.e.tb.Fatalf("node of cluster %d: %+v", id, n)
			}
			avatars = append(avatars, n.Avatar)
			rent.Add(rent, new(big.Int).Mul(big.NewInt(int64(n.Vnodes)), n.RentPerUnit))
			vnodes += n.Vnodes
		}
		members := call(rm.e, c.Ring, ringABI.PackGetMembers(), ringABI.UnpackGetMembers)
		byAddr := func(x, y common.Address) int { return x.Cmp(y) }
		slices.SortFunc(avatars, byAddr)
		slices.SortFunc(members, byAddr)
		if !slices.Equal(avatars, members) || c.RentPerUnit.Cmp(rent) != 0 || c.Vnodes != vnodes {
			rm.e.tb.Fatalf("cluster %d: ring members %v, avatars %v; price %s (Σ %s), vnodes %d (Σ %d)", id, members, avatars, c.RentPerUnit, rent, c.Vnodes, vnodes)
		}
	}
	pool := rm.idleNodes()
	for id := uint32(1); id <= rm.nodes; id++ {
		n := rm.node(id)
		if n.Idle != slices.Contains(pool, id) || (n.Idle && n.ClusterId != 0) || (n.ClusterId == 0 && n.Reserved != 0) {
			rm.e.tb.Fatalf("node %+v, idle pool %v", n, pool)
		}
	}
	if len(pool) != len(slices.Compact(slices.Sorted(slices.Values(pool)))) {
		rm.e.tb.Fatalf("idle pool %v holds a node twice", pool)
	}
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
