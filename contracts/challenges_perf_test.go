package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
)

// Figures and terms of the performance tests: perfTerms asks 99 % availability, a median
// latency of 200 ms at most and 1 MB/s; honest figures meet all three, slow ones miss the
// latency only, bad ones miss all three, and a liar's are absurd.
var (
	perfTerms = bindings.ChallengesTerms{MinAvailabilityBps: 9_900, MaxP50Ms: 200, MinBandwidth: 1_000_000}
	honest    = figures{avail: 9_990, p50: 80, bw: 4_000_000}
	slow      = figures{avail: 9_990, p50: 500, bw: 4_000_000}
	bad       = figures{avail: 5_000, p50: 5_000, bw: 10}
	liar      = figures{avail: 0, p50: 60_000, bw: 0}
)

// performanceDigest is the EIP-712 digest of p in the domain of the challenges contract at
// contract on chain chainID, computed by hand as the contract does: keccak256(0x1901 ‖
// domainSeparator ‖ keccak256(abi.encode(PERFORMANCE_TYPEHASH, challenge, hoster,
// availabilityBps, p50Ms, bandwidth))), every field a 32-byte word.
func performanceDigest(chainID *big.Int, contract common.Address, p bindings.ChallengesPerformance) common.Hash {
	word := func(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }
	st := crypto.Keccak256Hash(performanceTypeHash[:], word(p.Challenge), common.LeftPadBytes(p.Hoster[:], 32),
		word(big.NewInt(int64(p.AvailabilityBps))), word(big.NewInt(int64(p.P50Ms))), word(new(big.Int).SetUint64(p.Bandwidth)))
	return crypto.Keccak256Hash([]byte("\x19\x01"), challengesDomain(chainID, contract).Bytes(), st[:])
}

var performanceTypeHash = crypto.Keccak256Hash([]byte("Performance(uint256 challenge,address hoster,uint16 availabilityBps,uint32 p50Ms,uint64 bandwidth)"))

// challengesDomain is the domain separator of the challenges contract at contract, by hand.
func challengesDomain(chainID *big.Int, contract common.Address) common.Hash {
	return crypto.Keccak256Hash(
		crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256([]byte("Rings Challenges")), crypto.Keccak256([]byte("1")),
		common.LeftPadBytes(chainID.Bytes(), 32), common.LeftPadBytes(contract[:], 32))
}

// TestChallengesPerformanceEIP712 checks the Performance digest computed by hand against
// the wallet's (go-ethereum's apitypes) over random values, the contract's type hash and
// domain separator against the hand-made ones, and that a Performance signed in Go over
// the hand-made digest is accepted from a relayer: the contract recovers the attester
// from it, so it hashes the same (any other digest recovers someone else, refused as
// NotSelectedAttester, which a signature over other figures shows).
func TestChallengesPerformanceEIP712(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 3)
	e := c.e
	if got := ccall(c, challengesABI.PackPERFORMANCETYPEHASH(), challengesABI.UnpackPERFORMANCETYPEHASH); got != performanceTypeHash {
		t.Fatalf("PERFORMANCE_TYPEHASH %x, want %x", got, performanceTypeHash)
	}
	if got := ccall(c, challengesABI.PackDomainSeparator(), challengesABI.UnpackDomainSeparator); got != challengesDomain(e.chainID, c.ch) {
		t.Fatalf("domainSeparator %x, want %x", got, challengesDomain(e.chainID, c.ch))
	}
	rnd := rand.New(rand.NewPCG(7, 12))
	for range 20 {
		var hoster common.Address
		for i := range hoster {
			hoster[i] = byte(rnd.UintN(256))
		}
		p := bindings.ChallengesPerformance{Challenge: new(big.Int).SetUint64(rnd.Uint64()), Hoster: hoster,
			AvailabilityBps: uint16(rnd.UintN(1 << 16)), P50Ms: rnd.Uint32(), Bandwidth: rnd.Uint64()}
		if got, want := performanceDigest(e.chainID, c.ch, p), digest(t, c.performanceTD(p)); got != want {
			t.Fatalf("digest by hand %x, wallet %x, of %+v", got, want, p)
		}
	}

	v := c.activate(c.create(mStranger, 1).Id.Uint64())
	a := c.attesterKeys(v)
	p := bindings.ChallengesPerformance{Challenge: v.Id, Hoster: v.D.Hoster, AvailabilityBps: 9_990, P50Ms: 83, Bandwidth: 3_500_000}
	sig, err := crypto.Sign(performanceDigest(e.chainID, c.ch, p).Bytes(), e.keys[a[0]])
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	// Signed over other figures: the contract recovers a stranger.
	other := p
	other.P50Ms = 84
	c.expectRevert(mStranger, challengesABI.PackSubmitPerformance(other, sig),
		&bindings.ChallengesNotSelectedAttester{Id: v.Id, Signer: recoverAddr(t, c.performanceTD(other), sig)})
	r := c.tx(mStranger, challengesABI.PackSubmitPerformance(p, sig))
	evs := eventsOf(r, challengesABI.UnpackPerformanceReportedEvent)
	if len(evs) != 1 || evs[0].Id.Cmp(v.Id) != 0 || evs[0].Attester != e.addr(a[0]) || evs[0].AvailabilityBps != 9_990 ||
		evs[0].P50Ms != 83 || evs[0].Bandwidth != 3_500_000 {
		t.Fatalf("PerformanceReported %s, want attester %s", jsonOf(t, evs), e.addr(a[0]))
	}
	if g := c.grade(v.Id); g.Reports != 1 || g.Graded || g.Votes != [3]uint8{1, 1, 1} || g.ScoreBps != 0 {
		t.Fatalf("grade after one measurement (no terms) %+v", g)
	}
}

// perfModel is what the contract must hold of each node's performance and of its records'
// grades (by node and period index), computed in Go.
type perfModel struct {
	nodes   map[uint32]bindings.PerformancesOutput
	records map[[2]uint64]bindings.ChallengesRecord // {node, period}: Graded and GradeSumBps
}

func newPerfModel() *perfModel {
	return &perfModel{nodes: map[uint32]bindings.PerformancesOutput{}, records: map[[2]uint64]bindings.ChallengesRecord{}}
}

// grade records a grade of node with score in period.
func (m *perfModel) grade(node uint32, score uint16, period uint64) {
	p := m.nodes[node]
	p.Graded++
	p.LastScoreBps = score
	p.Unpaid++
	p.UnpaidSumBps += uint64(score)
	m.nodes[node] = p
	k := [2]uint64{uint64(node), period}
	rec := m.records[k]
	rec.Graded++
	rec.GradeSumBps += uint64(score)
	m.records[k] = rec
}

// paid records that the market paid node a share (markPaid): its unpaid grades start afresh.
func (m *perfModel) paid(node uint32) {
	p := m.nodes[node]
	p.Unpaid, p.UnpaidSumBps = 0, 0
	m.nodes[node] = p
}

// mean is node's payWeight without a failure: the mean of its unpaid grades, 10,000 with none.
func (m *perfModel) mean(node uint32) int64 {
	p := m.nodes[node]
	if p.Unpaid == 0 {
		return 10_000
	}
	return int64(p.UnpaidSumBps / uint64(p.Unpaid))
}

// check compares the performance of nodes 1..n and every modelled record's grades with
// the contract's.
func (m *perfModel) check(c *chal, n uint32) {
	c.e.tb.Helper()
	for node := uint32(1); node <= n; node++ {
		m.checkNode(c, node)
	}
	for k := range m.records {
		m.checkRecord(c, uint32(k[0]), k[1])
	}
}

// checkNode compares node's performance with the contract's.
func (m *perfModel) checkNode(c *chal, node uint32) {
	c.e.tb.Helper()
	if got := c.performance(node); got != m.nodes[node] {
		c.e.tb.Fatalf("performances(%d) %+v, want %+v", node, got, m.nodes[node])
	}
}

// checkRecord compares the grades of node's record of period with the contract's.
func (m *perfModel) checkRecord(c *chal, node uint32, period uint64) {
	c.e.tb.Helper()
	want := m.records[[2]uint64{uint64(node), period}]
	if got := c.record(node, period); got.Graded != want.Graded || got.GradeSumBps != want.GradeSumBps {
		c.e.tb.Fatalf("record(%d, %d) %+v, want graded %d, sum %d", node, period, got, want.Graded, want.GradeSumBps)
	}
}

// checkGraded checks that r graded challenge v from measurements fs under terms t — its
// PerformanceGraded event and getGrade — records the grade in m, checks the hoster's
// performance and its record of the period, and returns the score.
func (c *chal) checkGraded(m *perfModel, r *types.Receipt, v bindings.ChallengesChallengeView, t bindings.ChallengesTerms, fs []figures) uint16 {
	c.e.tb.Helper()
	votes, met, score := gradeOf(t, fs)
	want := bindings.ChallengesGrade{Reports: uint8(len(fs)), Graded: true, Votes: votes,
		Availability: met&1 != 0, Latency: met&2 != 0, Bandwidth: met&4 != 0, ScoreBps: score}
	if got := c.grade(v.Id); got != want {
		c.e.tb.Fatalf("getGrade(%s) %+v, want %+v", v.Id, got, want)
	}
	ev := graded(r)
	if ev == nil || ev.Id.Cmp(v.Id) != 0 || ev.NodeId != v.D.HosterNode || ev.Met != met || ev.ScoreBps != score {
		c.e.tb.Fatalf("PerformanceGraded %+v, want challenge %s node %d met %#x score %d", ev, v.Id, v.D.HosterNode, met, score)
	}
	period := c.e.receiptTime(r) / c.params().Period
	m.grade(v.D.HosterNode, score, period)
	m.checkNode(c, v.D.HosterNode)
	m.checkRecord(c, v.D.HosterNode, period)
	return score
}

// TestChallengesPerformanceGrading walks performance grades with k = 3 attesters: the
// third measurement grades at once, each term met by a majority of the measurements —
// honest figures score 10,000; one lying attester of three changes nothing; two of three
// reporting a slow median fail the latency term (6,666); figures missing every term score
// 0; without terms any figures score 10,000; measurements after the storage verdict count;
// after the deadline gradePerformance grades one or two measurements (where one of two is
// no majority). Each grade is checked in getGrade, its event, the node's performances and
// its period's record against a Go model.
func TestChallengesPerformanceGrading(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 5)
	// Bucket 2, on the same ring, has no terms.
	c.mkt.tx(mOwner, marketABI.PackBucketCreate(c.ring, 1), nil)
	c.mkt.tx(mOwner, marketABI.PackBucketAllocIntoCluster(2, 10, maxUint256()), nil)
	if got := c.terms(1); got != (bindings.ChallengesTerms{}) {
		t.Fatalf("terms before setTerms %+v", got)
	}
	c.setTerms(mOwner, 1, perfTerms)
	model := newPerfModel()
	next := func(c *chal, bucket uint64) (bindings.ChallengesChallengeView, []int) {
		c.e.advance(24 * time.Hour)
		v := c.activate(c.create(mStranger, bucket).Id.Uint64())
		return v, c.attesterKeys(v)
	}
	// all has the attesters a measure fs in turn (the third grading) and checks the grade.
	all := func(c *chal, v bindings.ChallengesChallengeView, a []int, terms bindings.ChallengesTerms, fs ...figures) uint16 {
		for i, f := range fs[:2] {
			if r := c.measure(v, a[i], f); graded(r) != nil {
				c.e.tb.Fatalf("measurement %d of 3 graded: %+v", i+1, graded(r))
			}
		}
		votes, _, _ := gradeOf(terms, fs[:2])
		if g := c.grade(v.Id); g.Reports != 2 || g.Graded || g.Votes != votes || g.ScoreBps != 0 {
			c.e.tb.Fatalf("grade after two measurements %+v, want votes %v", g, votes)
		}
		return c.checkGraded(model, c.measure(v, a[2], fs[2]), v, terms, fs)
	}

	cases := []struct {
		name   string
		bucket uint64
		fs     []figures
		score  uint16
	}{
		{"honest", 1, []figures{honest, honest, honest}, 10_000},
		{"lying_attester_outvoted", 1, []figures{liar, honest, honest}, 10_000},
		{"lying_attester_outvoted_last", 1, []figures{honest, honest, bad}, 10_000},
		{"two_slow", 1, []figures{slow, honest, slow}, 6_666},
		{"one_slow", 1, []figures{honest, slow, honest}, 10_000},
		{"all_terms_missed", 1, []figures{bad, bad, honest}, 0},
		{"slow_and_bad", 1, []figures{slow, bad, bad}, 0},
		{"no_terms", 2, []figures{liar, bad, liar}, 10_000},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := c.with(t)
			v, a := next(c, tc.bucket)
			if score := all(c, v, a, c.terms(tc.bucket), tc.fs...); score != tc.score {
				t.Fatalf("score %d, want %d", score, tc.score)
			}
			model.check(c, 3)
			// Graded: the deadline passed, gradePerformance refuses.
			c.e.advance(10*time.Minute + time.Second)
			c.expectRevert(mStranger, challengesABI.PackGradePerformance(v.Id), &bindings.ChallengesAlreadyGraded{Id: v.Id})
		})
	}

	t.Run("after_the_verdict", func(t *testing.T) {
		c := c.with(t)
		v, a := next(c, 1)
		c.submit(v, a[0], true, "")
		c.checkOutcome(c.submit(v, a[1], true, ""), v, statusPassed, chain.ChallengeDataHash(digests(v.D, "")), false)
		all(c, v, a, perfTerms, honest, slow, slow)
		// And after a Fail.
		v, a = next(c, 1)
		c.submit(v, a[2], false, "")
		c.checkOutcome(c.submit(v, a[0], false, ""), v, statusFailed, common.Hash{}, false)
		all(c, v, a, perfTerms, honest, bad, honest)
	})

	t.Run("deadline_one_measurement", func(t *testing.T) {
		c := c.with(t)
		v, a := next(c, 1)
		f := figures{avail: 9_990, p50: 80, bw: 10} // too little bandwidth
		c.measure(v, a[1], f)
		c.expectRevert(mStranger, challengesABI.PackGradePerformance(v.Id), &bindings.ChallengesDeadlineNotPassed{Id: v.Id, Deadline: v.Deadline})
		c.e.advance(10*time.Minute + time.Second)
		if score := c.checkGraded(model, c.tx(mStranger, challengesABI.PackGradePerformance(v.Id)), v, perfTerms, []figures{f}); score != 6_666 {
			t.Fatalf("score %d", score)
		}
		c.expectRevert(mStranger, challengesABI.PackGradePerformance(v.Id), &bindings.ChallengesAlreadyGraded{Id: v.Id})
	})

	t.Run("deadline_two_measurements", func(t *testing.T) {
		c := c.with(t)
		v, a := next(c, 1)
		c.measure(v, a[0], honest)
		c.measure(v, a[2], slow) // one of two meets the latency: no majority
		c.e.advance(10*time.Minute + time.Second)
		r := c.tx(mStranger, challengesABI.PackGradePerformance(v.Id))
		if score := c.checkGraded(model, r, v, perfTerms, []figures{honest, slow}); score != 6_666 || c.grade(v.Id).Latency {
			t.Fatalf("score %d, grade %+v", score, c.grade(v.Id))
		}
		// Grading leaves the storage verdict alone: with no report, the challenge stays
		// Active until resolve.
		if st := c.challenge(v.Id.Uint64()).Status; st != statusActive {
			t.Fatalf("status %d after grading", st)
		}
	})

	t.Run("deadline_no_measurement", func(t *testing.T) {
		c := c.with(t)
		v, _ := next(c, 1)
		c.e.advance(10*time.Minute + time.Second)
		c.expectRevert(mStranger, challengesABI.PackGradePerformance(v.Id), &bindings.ChallengesNoMeasurements{Id: v.Id})
		if g := c.grade(v.Id); g != (bindings.ChallengesGrade{}) {
			t.Fatalf("grade of an unmeasured challenge %+v", g)
		}
	})
	model.check(c, 3)
}

// gradeNext challenges bucket 1 a day after its last challenge, fails its storage when
// fail (else passes it), and has its three attesters measure the hoster with fig(hoster),
// which grades it at once. It returns the hoster and its grade's score.
func (c *chal) gradeNext(m *perfModel, fail bool, fig func(node uint32) figures) (uint32, uint16) {
	c.e.tb.Helper()
	c.e.advance(24 * time.Hour)
	v := c.activate(c.create(mStranger, 1).Id.Uint64())
	a := c.attesterKeys(v)
	c.submit(v, a[0], !fail, "")
	c.submit(v, a[1], !fail, "")
	if st := c.challenge(v.Id.Uint64()).Status; (st == statusFailed) != fail {
		c.e.tb.Fatalf("challenge %s resolved %d, want failed %v", v.Id, st, fail)
	}
	f := fig(v.D.HosterNode)
	c.measure(v, a[0], f)
	c.measure(v, a[1], f)
	score := c.checkGraded(m, c.measure(v, a[2], f), v, perfTerms, []figures{f, f, f})
	return v.D.HosterNode, score
}

// distributeShares settles bucket 1, distributes cluster 1's revenues and checks the
// payment by grade: the nodes of pay 0 are skipped (with their lastFailedAt), the others
// get ⌊P × pay_n / Σ pay⌋ (nodes 1-3 weigh the same: one vnode at rent 10 each), the
// remainder is below one wei per node paid, and money adds up (balance == totalOwed, and
// chal.distribute's checks). Every node's unpaid grades start afresh. It returns P and
// what each node was paid.
func (c *chal) distributeShares(m *perfModel, pay map[uint32]int64) (*big.Int, map[uint32]*big.Int) {
	c.e.tb.Helper()
	c.mkt.tx(mStranger, marketABI.PackBucketSettlePayment(1), nil)
	total := c.cluster(1).Revenues
	var before []*big.Int
	for _, p := range mProviders {
		before = append(before, c.depositOf(p))
	}
	r, ev := c.distribute()
	fee := new(big.Int).Div(new(big.Int).Mul(total, big.NewInt(fixtureNetworkFeeBps)), big.NewInt(10_000))
	rest := new(big.Int).Sub(total, fee)
	sum := int64(0)
	for _, w := range pay {
		sum += w
	}
	paid, skipped := paidTo(r), skippedIn(r)
	shares, eligible := new(big.Int), int64(0)
	for node := uint32(1); node <= 3; node++ {
		want := new(big.Int)
		if pay[node] == 0 {
			if at, ok := skipped[node]; !ok || at != c.lastFailedAt(node) || paid[node] != nil {
				c.e.tb.Fatalf("node %d of pay 0: skipped %v (lastFailedAt %d), paid %v", node, skipped, c.lastFailedAt(node), paid)
			}
		} else {
			eligible++
			want.Div(new(big.Int).Mul(rest, big.NewInt(pay[node])), big.NewInt(sum))
			if _, ok := skipped[node]; ok || paid[node] == nil || paid[node].Cmp(want) != 0 {
				c.e.tb.Fatalf("node %d of pay %d/%d: paid %v, want %s of %s (skipped %v)", node, pay[node], sum, paid, want, rest, skipped)
			}
		}
		if got := new(big.Int).Sub(c.depositOf(mProviders[node-1]), before[node-1]); got.Cmp(want) != 0 {
			c.e.tb.Fatalf("provider of node %d credited %s, want %s", node, got, want)
		}
		shares.Add(shares, want)
		if want.Sign() != 0 {
			m.paid(node)
		}
	}
	if ev.Total.Cmp(total) != 0 || ev.NetworkFee.Cmp(fee) != 0 || ev.Providers.Cmp(shares) != 0 ||
		ev.Remainder.Cmp(new(big.Int).Sub(rest, shares)) != 0 || ev.Remainder.Cmp(big.NewInt(eligible)) >= 0 {
		c.e.tb.Fatalf("RevenuesDistributed %+v; want total %s, fee %s, shares %s, remainder below %d", ev, total, fee, shares, eligible)
	}
	if b, owed := c.e.balance(c.mkt.addr), mcall(c.mkt, marketABI.PackTotalOwed(), marketABI.UnpackTotalOwed); b.Cmp(owed) != 0 {
		c.e.tb.Fatalf("balance %s, totalOwed %s", b, owed)
	}
	m.check(c, 3) // paid nodes' grades start afresh, unpaid nodes' stay
	return rest, paid
}

// TestChallengesPerformancePay checks the payment by grade with exact numbers on three
// nodes of equal weight: a node whose grades average 6,666 gets ⌊P × 6,666 / 26,666⌋ and
// the others ⌊P × 10,000 / 26,666⌋; the distribution starts the grades afresh, so the
// next one, with no new grade, pays equally; a node that failed its storage challenge
// and was graded gets nothing (its grades stay for the next distribution, which pays it
// by them); a node whose grades average 0 gets nothing; and only the market may mark a
// node paid.
func TestChallengesPerformancePay(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 3)
	e := c.e
	c.useChallenges()
	c.setTerms(mOwner, 1, perfTerms)
	model := newPerfModel()

	// The first hoster is graded slow every time; after it, the first other hoster honest.
	var target uint32
	for round := 0; ; round++ {
		if round == 20 {
			t.Fatalf("node %d hosted 20 challenges in a row", target)
		}
		h, _ := c.gradeNext(model, false, func(h uint32) figures {
			if target == 0 || h == target {
				return slow
			}
			return honest
		})
		if target == 0 {
			target = h
		} else if h != target {
			break
		}
	}
	pay := map[uint32]int64{}
	for node := uint32(1); node <= 3; node++ {
		pay[node] = model.mean(node)
	}
	if pay[target] != 6_666 {
		t.Fatalf("node %d's mean grade %d (performance %+v)", target, pay[target], c.performance(target))
	}
	rest, paid := c.distributeShares(model, pay)
	left := new(big.Int).Set(rest)
	for node := uint32(1); node <= 3; node++ {
		want := new(big.Int).Div(new(big.Int).Mul(rest, big.NewInt(10_000)), big.NewInt(26_666))
		if node == target {
			want.Div(new(big.Int).Mul(rest, big.NewInt(6_666)), big.NewInt(26_666))
		}
		if paid[node].Cmp(want) != 0 {
			t.Fatalf("node %d paid %s of %s, want %s", node, paid[node], rest, want)
		}
		left.Sub(left, want)
	}
	if left.Sign() < 0 || left.Cmp(big.NewInt(3)) >= 0 {
		t.Fatalf("%s of %s left over", left, rest)
	}

	// No grade since: everyone is paid alike.
	e.advance(time.Hour)
	rest, paid = c.distributeShares(model, map[uint32]int64{1: 10_000, 2: 10_000, 3: 10_000})
	if third := new(big.Int).Div(rest, big.NewInt(3)); paid[1].Cmp(third) != 0 || paid[2].Cmp(third) != 0 || paid[3].Cmp(third) != 0 {
		t.Fatalf("paid %v of %s, want a third each", paid, rest)
	}

	// A node fails its storage challenge and is graded 10,000: it gets nothing, its grade
	// stays; the next distribution pays it again, by that grade.
	failed, score := c.gradeNext(model, true, func(uint32) figures { return honest })
	if score != 10_000 || c.lastFailedAt(failed) == 0 {
		t.Fatalf("node %d failed at %d, graded %d", failed, c.lastFailedAt(failed), score)
	}
	pay = map[uint32]int64{1: 10_000, 2: 10_000, 3: 10_000}
	pay[failed] = 0
	c.distributeShares(model, pay)
	e.advance(time.Hour)
	c.distributeShares(model, map[uint32]int64{1: 10_000, 2: 10_000, 3: 10_000})

	// A node whose grades average 0 gets nothing.
	zero, score := c.gradeNext(model, false, func(uint32) figures { return bad })
	if score != 0 {
		t.Fatalf("bad figures graded %d", score)
	}
	pay = map[uint32]int64{1: 10_000, 2: 10_000, 3: 10_000}
	pay[zero] = 0
	c.distributeShares(model, pay)

	// Only the market marks a node paid.
	for _, key := range []int{mStranger, mAdmin, mProviders[0]} {
		c.expectRevert(key, challengesABI.PackMarkPaid(1), &bindings.ChallengesNotMarket{Caller: e.addr(key)})
	}
}

// TestChallengesPerformanceGradesOutliveEmptyDistribution: a node's grades start afresh
// only when the market pays it a share, so distributing an empty cluster (no revenues)
// cannot erase a bad grade: the next distribution of real revenues (rent for the time the
// node was graded 0) still skips it.
func TestChallengesPerformanceGradesOutliveEmptyDistribution(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 3)
	c.useChallenges()
	c.setTerms(mOwner, 1, perfTerms)
	model := newPerfModel()
	zero, _ := c.gradeNext(model, false, func(uint32) figures { return bad })
	if rev := c.cluster(1).Revenues; rev.Sign() != 0 {
		t.Fatalf("revenues %s before any settlement", rev)
	}
	r, ev := c.distribute() // nothing to distribute: the zero-graded node is skipped
	if _, ok := skippedIn(r)[zero]; !ok || ev.Total.Sign() != 0 {
		t.Fatalf("empty distribution %+v skipped %v, want node %d", ev, skippedIn(r), zero)
	}
	c.mkt.tx(mStranger, marketABI.PackBucketSettlePayment(1), nil)
	r, _ = c.distribute()
	if got := paidTo(r)[zero]; got != nil {
		t.Fatalf("node %d, graded 0 and paid nothing since, is paid %s of the rent for that time", zero, got)
	}
	if _, ok := skippedIn(r)[zero]; !ok {
		t.Fatalf("node %d neither paid nor skipped", zero)
	}
}

// TestChallengesPerformanceTermsAtActivation checks that a challenge is graded by the
// terms in force when it was activated, whatever setTerms does while it is open: three
// slow measurements of a challenge activated before a latency term exists meet it (even
// the one taken after setTerms), while the next challenge, activated under the term, fails
// it — and keeps failing it when the owner drops the terms halfway.
func TestChallengesPerformanceTermsAtActivation(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 3)
	model := newPerfModel()
	v := c.activate(c.create(mStranger, 1).Id.Uint64())
	a := c.attesterKeys(v)
	c.measure(v, a[0], slow)
	c.measure(v, a[1], slow)
	c.setTerms(mOwner, 1, perfTerms)
	if score := c.checkGraded(model, c.measure(v, a[2], slow), v, bindings.ChallengesTerms{}, []figures{slow, slow, slow}); score != 10_000 {
		t.Fatalf("challenge activated without terms graded %d", score)
	}

	c.e.advance(24 * time.Hour)
	v = c.activate(c.create(mStranger, 1).Id.Uint64())
	a = c.attesterKeys(v)
	c.measure(v, a[0], slow)
	c.setTerms(mOwner, 1, bindings.ChallengesTerms{})
	c.measure(v, a[1], slow)
	if score := c.checkGraded(model, c.measure(v, a[2], slow), v, perfTerms, []figures{slow, slow, slow}); score != 6_666 {
		t.Fatalf("challenge activated under %+v graded %d", perfTerms, score)
	}
	model.check(c, 3)
}
