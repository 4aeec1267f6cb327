package contracts_test

import (
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
)

// TestChallengesBadInput checks every rule's failing case: each call reverts with exactly
// the custom error named and changes nothing (see chal.expectRevert), neither in the
// Challenges contract nor in the market.
func TestChallengesBadInput(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 5)
	e := c.e
	m := c.mkt

	// Buckets: 1-3 allocated on the fixture's ring; 4 not allocated; 5 in a cluster whose
	// only node left; 6 of a ring whose member never flushed.
	for b := uint64(2); b <= 3; b++ {
		m.tx(mOwner, marketABI.PackBucketCreate(c.ring, 1), nil)
		m.tx(mOwner, marketABI.PackBucketAllocIntoCluster(b, 10, maxUint256()), nil)
	}
	m.tx(mOwner, marketABI.PackBucketCreate(c.ring, 1), nil)
	m.tx(mProviders[0], marketABI.PackNodeTrustManager(e.addr(mOtherManager)), nil)
	m.tx(mProviders[0], marketABI.PackNodeCreate(crypto.PubkeyToAddress(avatarKey(4).PublicKey), nil, "", fixtureCapacity, big.NewInt(1)), nil)
	m.tx(mOtherManager, marketABI.PackClusterCreate([]uint32{4}, []uint32{1}, 10, 0), nil)
	m.tx(mOtherManager, marketABI.PackClusterRemoveNode(2, 4), nil)
	m.tx(mOwner, marketABI.PackBucketCreate(c.ring, 2), nil)
	m.tx(mOwner, marketABI.PackBucketAllocIntoCluster(5, 1, maxUint256()), nil)
	silent := e.createRing(m.factory, e.addr(mOwner), e.addrs(10))
	m.tx(mOwner, marketABI.PackBucketCreate(silent, 1), nil)
	m.tx(mOwner, marketABI.PackBucketAllocIntoCluster(6, 10, maxUint256()), nil)

	// Challenges: A active with one failing report and one measurement, B passed, P pending.
	A := c.activate(c.create(mStranger, 1).Id.Uint64())
	a := c.attesterKeys(A)
	c.submit(A, a[0], false, "")
	c.measure(A, a[0], honest)
	B := c.activate(c.create(mStranger, 2).Id.Uint64())
	b := c.attesterKeys(B)
	c.submit(B, b[0], true, "")
	c.submit(B, b[1], true, "")
	P := c.create(mStranger, 3)
	// P's seed block is not mined: activate and derive refuse (at the latest block).
	t.Run("activate_before_the_seed", func(t *testing.T) {
		c := c.with(t)
		want := &bindings.ChallengesSeedNotReady{SeedBlock: P.SeedBlock, BlockNumber: u64(c.latest())}
		_, err := bind.Call(challengesABI.Instance(c.e.client, c.ch), &bind.CallOpts{Context: t.Context()},
			challengesABI.PackDerive(P.Id), challengesABI.UnpackDerive)
		if got := decodeChallengesRevert(err); jsonOf(t, got) != jsonOf(t, want) {
			t.Fatalf("derive before the seed: %v (%+v), want %+v", err, got, want)
		}
		c.expectRevert(mStranger, challengesABI.PackActivate(P.Id), want)
	})
	// Too few attesters for k = 6 (none of the 5 is excluded).
	t.Run("too_few_attesters", func(t *testing.T) {
		c := c.with(t)
		c.mineSeed(P.Id.Uint64())
		p := c.params()
		p6 := p
		p6.Attesters = 6
		c.tx(mAdmin, challengesABI.PackSetParams(p6))
		c.expectRevert(mStranger, challengesABI.PackActivate(P.Id), &bindings.ChallengesNotEnoughAttesters{Eligible: big.NewInt(5), Needed: big.NewInt(6)})
		c.tx(mAdmin, challengesABI.PackSetParams(p))
	})
	// An attester that left.
	gone := c.newAttester(9)
	c.tx(gone, challengesABI.PackAttesterLeave())

	var nonSelected int
	for _, k := range c.attesters {
		if !slices.Contains(a, k) {
			nonSelected = k
		}
	}
	// good is a[1]'s valid ok report on A; variants change one thing.
	good, goodSig, goodReceipt := c.report(A, a[1], true, "")
	signA := func(r bindings.ChallengesReport) []byte { return sign(t, e.keys[a[1]], c.reportTD(r)) }
	with := func(f func(*bindings.ChallengesReport)) bindings.ChallengesReport {
		r := good
		f(&r)
		return r
	}
	otherHoster := with(func(r *bindings.ChallengesReport) { r.Hoster = e.addr(mStranger) })
	otherPositions := with(func(r *bindings.ChallengesReport) { r.Positions = crypto.Keccak256Hash([]byte("elsewhere")) })
	onP := with(func(r *bindings.ChallengesReport) { r.Challenge = P.Id })
	onB := with(func(r *bindings.ChallengesReport) { r.Challenge = B.Id })
	onUnknown := with(func(r *bindings.ChallengesReport) { r.Challenge = big.NewInt(99) })
	otherData := crypto.Keccak256Hash([]byte("other data"))
	hoster := c.avatars[A.D.Hoster]
	receiptOtherData := sign(t, hoster, c.receiptTD(A.Id, e.addr(a[1]), otherData))
	receiptOtherAttester := sign(t, hoster, c.receiptTD(A.Id, e.addr(a[2]), good.Data))
	ownReceipt := sign(t, e.keys[a[1]], c.receiptTD(A.Id, e.addr(a[1]), good.Data))
	zeroR := append(make([]byte, 63), 1, 27) // r = 0: ecrecover gives the zero address
	badV := slices.Clone(goodSig)
	badV[64] = 29
	submit := func(r bindings.ChallengesReport, as, hs []byte) []byte {
		return challengesABI.PackSubmitReport(r, as, hs)
	}
	params := func(f func(*bindings.ChallengesParams)) []byte {
		p := c.params()
		f(&p)
		return challengesABI.PackSetParams(p)
	}
	outOfRange := func(name string, v, lo, hi int64) any {
		return &bindings.ChallengesParamOutOfRange{Name: name, Value: big.NewInt(v), Min: big.NewInt(lo), Max: big.NewInt(hi)}
	}
	last := ccall(c, challengesABI.PackLastChallenged(1), challengesABI.UnpackLastChallenged)
	replayed, replayedSig, _ := c.report(A, a[0], false, "") // as submitted above

	// goodPerf is a[1]'s valid Performance on A; variants change one thing.
	goodPerf, goodPerfSig := c.perf(A, a[1], honest)
	measure := func(p bindings.ChallengesPerformance, sig []byte) []byte {
		return challengesABI.PackSubmitPerformance(p, sig)
	}
	perfBy := func(key int, f func(*bindings.ChallengesPerformance)) []byte {
		p := goodPerf
		f(&p)
		return measure(p, sign(t, e.keys[key], c.performanceTD(p)))
	}
	setTerms := func(bucket uint64, f func(*bindings.ChallengesTerms)) []byte {
		tm := perfTerms
		f(&tm)
		return challengesABI.PackSetTerms(bucket, tm)
	}
	same := func(*bindings.ChallengesPerformance) {}
	otherFigures := goodPerf
	otherFigures.Bandwidth++ // signed over goodPerf's: recovers someone else
	badPerfV := slices.Clone(goodPerfSig)
	badPerfV[64] = 29

	cases := []struct {
		name string
		key  int
		data []byte
		want any
	}{
		// parameters and admin
		{"params by a stranger", mStranger, params(func(*bindings.ChallengesParams) {}), &bindings.ChallengesNotAdmin{}},
		{"period below an hour", mAdmin, params(func(p *bindings.ChallengesParams) { p.Period = 3599 }), outOfRange("period", 3599, 3600, 365*86400)},
		{"period above a year", mAdmin, params(func(p *bindings.ChallengesParams) { p.Period = 365*86400 + 1 }), outOfRange("period", 365*86400+1, 3600, 365*86400)},
		{"seed delay zero", mAdmin, params(func(p *bindings.ChallengesParams) { p.SeedDelay = 0 }), outOfRange("seedDelay", 0, 1, 128)},
		{"seed delay above 128", mAdmin, params(func(p *bindings.ChallengesParams) { p.SeedDelay = 129 }), outOfRange("seedDelay", 129, 1, 128)},
		{"window below a minute", mAdmin, params(func(p *bindings.ChallengesParams) { p.Window = 59 }), outOfRange("window", 59, 60, 7*86400)},
		{"window above a week", mAdmin, params(func(p *bindings.ChallengesParams) { p.Window = 7*86400 + 1 }), outOfRange("window", 7*86400+1, 60, 7*86400)},
		{"zero attesters", mAdmin, params(func(p *bindings.ChallengesParams) { p.Attesters = 0 }), outOfRange("attesters", 0, 1, 15)},
		{"16 attesters", mAdmin, params(func(p *bindings.ChallengesParams) { p.Attesters = 16 }), outOfRange("attesters", 16, 1, 15)},
		{"zero positions", mAdmin, params(func(p *bindings.ChallengesParams) { p.Positions = 0 }), outOfRange("positions", 0, 1, 16)},
		{"17 positions", mAdmin, params(func(p *bindings.ChallengesParams) { p.Positions = 17 }), outOfRange("positions", 17, 1, 16)},
		{"decay below half", mAdmin, params(func(p *bindings.ChallengesParams) { p.DecayBps = 4999 }), outOfRange("decayBps", 4999, 5000, 10000)},
		{"decay above one", mAdmin, params(func(p *bindings.ChallengesParams) { p.DecayBps = 10001 }), outOfRange("decayBps", 10001, 5000, 10000)},
		{"threshold above one", mAdmin, params(func(p *bindings.ChallengesParams) { p.ThresholdBps = 10001 }), outOfRange("thresholdBps", 10001, 0, 10000)},
		{"admin zero", mAdmin, challengesABI.PackSetAdmin(common.Address{}), &bindings.ChallengesInvalidAccount{}},
		{"admin by a stranger", mStranger, challengesABI.PackSetAdmin(e.addr(mStranger)), &bindings.ChallengesNotAdmin{}},
		// the pool
		{"attester peer ID too large", mStranger, challengesABI.PackAttesterRegister(make([]byte, 65), ""), &bindings.ChallengesTooLarge{PeerIdSize: big.NewInt(65), GatewayUrlSize: new(big.Int)}},
		{"attester URL too large", mStranger, challengesABI.PackAttesterRegister(nil, strings.Repeat("u", 257)), &bindings.ChallengesTooLarge{PeerIdSize: new(big.Int), GatewayUrlSize: big.NewInt(257)}},
		{"leave without registering", mStranger, challengesABI.PackAttesterLeave(), &bindings.ChallengesNotAttester{Account: e.addr(mStranger)}},
		{"leave twice", gone, challengesABI.PackAttesterLeave(), &bindings.ChallengesNotAttester{Account: e.addr(gone)}},
		// challenging a bucket
		{"bucket zero", mStranger, challengesABI.PackChallengeStorage(0), &bindings.ChallengesUnknownBucket{BucketId: 0}},
		{"unknown bucket", mStranger, challengesABI.PackChallengeStorage(99), &bindings.ChallengesUnknownBucket{BucketId: 99}},
		{"bucket not allocated", mStranger, challengesABI.PackChallengeStorage(4), &bindings.ChallengesBucketNotAllocated{BucketId: 4}},
		{"bucket of an empty cluster", mStranger, challengesABI.PackChallengeStorage(5), &bindings.ChallengesClusterHasNoNodes{ClusterId: 2}},
		{"ring with no flushed log", mStranger, challengesABI.PackChallengeStorage(6), &bindings.ChallengesNothingToChallenge{BucketId: 6, Ring: silent}},
		{"twice in one period", mStranger, challengesABI.PackChallengeStorage(1), &bindings.ChallengesChallengeTooSoon{BucketId: 1, NextAllowed: last + 86400}},
		// activation
		{"activate an unknown challenge", mStranger, challengesABI.PackActivate(big.NewInt(99)), &bindings.ChallengesUnknownChallenge{Id: big.NewInt(99)}},
		{"activate challenge zero", mStranger, challengesABI.PackActivate(new(big.Int)), &bindings.ChallengesUnknownChallenge{Id: new(big.Int)}},
		{"activate twice", mStranger, challengesABI.PackActivate(A.Id), &bindings.ChallengesNotPending{Id: A.Id, Status: statusActive}},
		{"activate a resolved challenge", mStranger, challengesABI.PackActivate(B.Id), &bindings.ChallengesNotPending{Id: B.Id, Status: statusPassed}},
		{"reseed a live seed", mStranger, challengesABI.PackReseed(P.Id), &bindings.ChallengesSeedNotExpired{SeedBlock: P.SeedBlock}},
		{"reseed an active challenge", mStranger, challengesABI.PackReseed(A.Id), &bindings.ChallengesNotPending{Id: A.Id, Status: statusActive}},
		// reports
		{"report on an unknown challenge", mStranger, submit(onUnknown, signA(onUnknown), goodReceipt), &bindings.ChallengesUnknownChallenge{Id: big.NewInt(99)}},
		{"report on a pending challenge", mStranger, submit(onP, signA(onP), goodReceipt), &bindings.ChallengesNotActive{Id: P.Id}},
		{"report on a resolved challenge", mStranger, submit(onB, signA(onB), goodReceipt), &bindings.ChallengesAlreadyResolved{Id: B.Id, Status: statusPassed}},
		{"report by a non-selected attester", mStranger, submit(good, sign(t, e.keys[nonSelected], c.reportTD(good)), goodReceipt),
			&bindings.ChallengesNotSelectedAttester{Id: A.Id, Signer: e.addr(nonSelected)}},
		{"report signed by a stranger", mStranger, submit(good, sign(t, e.keys[mStranger], c.reportTD(good)), goodReceipt),
			&bindings.ChallengesNotSelectedAttester{Id: A.Id, Signer: e.addr(mStranger)}},
		{"report by the hoster", mStranger, submit(good, sign(t, hoster, c.reportTD(good)), goodReceipt),
			&bindings.ChallengesNotSelectedAttester{Id: A.Id, Signer: A.D.Hoster}},
		{"replayed report", mStranger, submit(replayed, replayedSig, nil),
			&bindings.ChallengesAlreadyReported{Id: A.Id, Attester: e.addr(a[0])}},
		{"wrong hoster", mStranger, submit(otherHoster, signA(otherHoster), goodReceipt), &bindings.ChallengesWrongHoster{Given: e.addr(mStranger), Expected: A.D.Hoster}},
		{"wrong positions", mStranger, submit(otherPositions, signA(otherPositions), goodReceipt),
			&bindings.ChallengesWrongPositions{Given: otherPositions.Positions, Expected: A.D.PositionsHash}},
		{"ok without a receipt", mStranger, submit(good, goodSig, nil), &bindings.ChallengesMissingReceipt{}},
		{"receipt by the attester itself", mStranger, submit(good, goodSig, ownReceipt), &bindings.ChallengesReceiptSignerMismatch{Signer: e.addr(a[1]), Hoster: A.D.Hoster}},
		{"receipt over other data", mStranger, submit(good, goodSig, receiptOtherData),
			&bindings.ChallengesReceiptSignerMismatch{Signer: recoverAddr(t, c.receiptTD(A.Id, e.addr(a[1]), good.Data), receiptOtherData), Hoster: A.D.Hoster}},
		{"receipt for another attester", mStranger, submit(good, goodSig, receiptOtherAttester),
			&bindings.ChallengesReceiptSignerMismatch{Signer: recoverAddr(t, c.receiptTD(A.Id, e.addr(a[1]), good.Data), receiptOtherAttester), Hoster: A.D.Hoster}},
		{"report signature too short", mStranger, submit(good, goodSig[:64], goodReceipt), &bindings.ChallengesBadSignatureLength{}},
		{"report signature with v 29", mStranger, submit(good, badV, goodReceipt), &bindings.ChallengesBadSignatureV{}},
		{"report signature with high s", mStranger, submit(good, highS(goodSig), goodReceipt), &bindings.ChallengesHighS{}},
		{"report signature recovering nobody", mStranger, submit(good, zeroR, goodReceipt), &bindings.ChallengesBadSignature{}},
		{"receipt with high s", mStranger, submit(good, goodSig, highS(goodReceipt)), &bindings.ChallengesHighS{}},
		{"receipt too long", mStranger, submit(good, goodSig, append(slices.Clone(goodReceipt), 0)), &bindings.ChallengesBadSignatureLength{}},
		// resolution
		{"resolve before the deadline", mStranger, challengesABI.PackResolve(A.Id), &bindings.ChallengesDeadlineNotPassed{Id: A.Id, Deadline: A.Deadline}},
		{"resolve a pending challenge", mStranger, challengesABI.PackResolve(P.Id), &bindings.ChallengesNotActive{Id: P.Id}},
		{"resolve a resolved challenge", mStranger, challengesABI.PackResolve(B.Id), &bindings.ChallengesAlreadyResolved{Id: B.Id, Status: statusPassed}},
		{"resolve an unknown challenge", mStranger, challengesABI.PackResolve(big.NewInt(99)), &bindings.ChallengesUnknownChallenge{Id: big.NewInt(99)}},
		// performance terms
		{"terms by a stranger", mStranger, setTerms(1, func(*bindings.ChallengesTerms) {}), &bindings.ChallengesNotBucketOwner{BucketId: 1, Caller: e.addr(mStranger)}},
		{"terms by the cluster's manager", mManager, setTerms(1, func(*bindings.ChallengesTerms) {}), &bindings.ChallengesNotBucketOwner{BucketId: 1, Caller: e.addr(mManager)}},
		{"terms of bucket zero", mOwner, setTerms(0, func(*bindings.ChallengesTerms) {}), &bindings.ChallengesUnknownBucket{BucketId: 0}},
		{"terms of an unknown bucket", mOwner, setTerms(99, func(*bindings.ChallengesTerms) {}), &bindings.ChallengesUnknownBucket{BucketId: 99}},
		{"terms above full availability", mOwner, setTerms(1, func(t *bindings.ChallengesTerms) { t.MinAvailabilityBps = 10_001 }),
			outOfRange("minAvailabilityBps", 10_001, 0, 10_000)},
		// performance measurements
		{"performance on an unknown challenge", mStranger, perfBy(a[1], func(p *bindings.ChallengesPerformance) { p.Challenge = big.NewInt(99) }),
			&bindings.ChallengesUnknownChallenge{Id: big.NewInt(99)}},
		{"performance on challenge zero", mStranger, perfBy(a[1], func(p *bindings.ChallengesPerformance) { p.Challenge = new(big.Int) }),
			&bindings.ChallengesUnknownChallenge{Id: new(big.Int)}},
		{"performance on a pending challenge", mStranger, perfBy(a[1], func(p *bindings.ChallengesPerformance) { p.Challenge = P.Id }),
			&bindings.ChallengesNotActive{Id: P.Id}},
		{"performance by a non-selected attester", mStranger, perfBy(nonSelected, same), &bindings.ChallengesNotSelectedAttester{Id: A.Id, Signer: e.addr(nonSelected)}},
		{"performance signed by a stranger", mStranger, perfBy(mStranger, same), &bindings.ChallengesNotSelectedAttester{Id: A.Id, Signer: e.addr(mStranger)}},
		{"performance by the hoster", mStranger, measure(goodPerf, sign(t, hoster, c.performanceTD(goodPerf))),
			&bindings.ChallengesNotSelectedAttester{Id: A.Id, Signer: A.D.Hoster}},
		{"performance over other figures", mStranger, measure(otherFigures, goodPerfSig),
			&bindings.ChallengesNotSelectedAttester{Id: A.Id, Signer: recoverAddr(t, c.performanceTD(otherFigures), goodPerfSig)}},
		{"performance measured twice", mStranger, perfBy(a[0], func(p *bindings.ChallengesPerformance) { p.P50Ms = 1 }),
			&bindings.ChallengesAlreadyMeasured{Id: A.Id, Attester: e.addr(a[0])}},
		{"performance of the wrong hoster", mStranger, perfBy(a[1], func(p *bindings.ChallengesPerformance) { p.Hoster = e.addr(mStranger) }),
			&bindings.ChallengesWrongHoster{Given: e.addr(mStranger), Expected: A.D.Hoster}},
		{"availability above 10000", mStranger, perfBy(a[1], func(p *bindings.ChallengesPerformance) { p.AvailabilityBps = 10_001 }),
			outOfRange("availabilityBps", 10_001, 0, 10_000)},
		{"performance signature too short", mStranger, measure(goodPerf, goodPerfSig[:64]), &bindings.ChallengesBadSignatureLength{}},
		{"performance signature too long", mStranger, measure(goodPerf, append(slices.Clone(goodPerfSig), 0)), &bindings.ChallengesBadSignatureLength{}},
		{"performance signature with v 29", mStranger, measure(goodPerf, badPerfV), &bindings.ChallengesBadSignatureV{}},
		{"performance signature with high s", mStranger, measure(goodPerf, highS(goodPerfSig)), &bindings.ChallengesHighS{}},
		{"performance signature recovering nobody", mStranger, measure(goodPerf, zeroR), &bindings.ChallengesBadSignature{}},
		// grading
		{"grade before the deadline", mStranger, challengesABI.PackGradePerformance(A.Id), &bindings.ChallengesDeadlineNotPassed{Id: A.Id, Deadline: A.Deadline}},
		{"grade a pending challenge", mStranger, challengesABI.PackGradePerformance(P.Id), &bindings.ChallengesNotActive{Id: P.Id}},
		{"grade an unknown challenge", mStranger, challengesABI.PackGradePerformance(big.NewInt(99)), &bindings.ChallengesUnknownChallenge{Id: big.NewInt(99)}},
		{"grade challenge zero", mStranger, challengesABI.PackGradePerformance(new(big.Int)), &bindings.ChallengesUnknownChallenge{Id: new(big.Int)}},
		// the market's weight
		{"markPaid by a stranger", mStranger, challengesABI.PackMarkPaid(1), &bindings.ChallengesNotMarket{Caller: e.addr(mStranger)}},
		{"markPaid by the admin", mAdmin, challengesABI.PackMarkPaid(1), &bindings.ChallengesNotMarket{Caller: e.addr(mAdmin)}},
	}
	for _, tc := range cases {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			c.with(t).expectRevert(tc.key, tc.data, tc.want)
		})
	}

	// After the deadline: the valid report is late; the challenge times out.
	e.advance(10*time.Minute + time.Second)
	t.Run("late_report", func(t *testing.T) {
		c.with(t).expectRevert(mStranger, submit(good, goodSig, goodReceipt), &bindings.ChallengesLateReport{Id: A.Id, Deadline: A.Deadline})
	})
	t.Run("late_performance", func(t *testing.T) {
		c.with(t).expectRevert(mStranger, measure(goodPerf, goodPerfSig), &bindings.ChallengesLateReport{Id: A.Id, Deadline: A.Deadline})
	})
	t.Run("grade_without_measurements", func(t *testing.T) {
		c.with(t).expectRevert(mStranger, challengesABI.PackGradePerformance(B.Id), &bindings.ChallengesNoMeasurements{Id: B.Id})
	})
	// A's one measurement grades it; a second grading is refused.
	if g := graded(c.tx(mStranger, challengesABI.PackGradePerformance(A.Id))); g == nil || g.Id.Cmp(A.Id) != 0 || g.ScoreBps != 10_000 {
		t.Fatalf("grading A: %+v", g)
	}
	t.Run("grade_twice", func(t *testing.T) {
		c.with(t).expectRevert(mStranger, challengesABI.PackGradePerformance(A.Id), &bindings.ChallengesAlreadyGraded{Id: A.Id})
	})
	if n := len(cases) + 6; n < 25 {
		t.Fatalf("%d bad-input cases, want at least 25", n)
	}
	// And it times out.
	if ev := resolved(c.tx(mStranger, challengesABI.PackResolve(A.Id))); ev == nil || ev.Outcome != statusTimedOut {
		t.Fatalf("resolve after the deadline: %+v", ev)
	}
}

// TestChallengesPool checks the attester pool: registration in order, an update in place,
// swap-removal on leaving, and that a selected attester that left still reports.
func TestChallengesPool(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 4)
	e := c.e
	k := c.attesters
	r := c.tx(k[1], challengesABI.PackAttesterRegister([]byte{1}, "https://moved.example"))
	var updated bool
	for _, l := range r.Logs {
		if ev, err := challengesABI.UnpackAttesterUpdatedEvent(l); err == nil && ev.Attester == e.addr(k[1]) && ev.GatewayUrl == "https://moved.example" {
			updated = true
		}
	}
	if a := ccall(c, challengesABI.PackGetAttester(e.addr(k[1])), challengesABI.UnpackGetAttester); !updated || a.Index != 1 || string(a.PeerId) != "\x01" {
		t.Fatalf("update: event %v, attester %+v", updated, a)
	}
	// k[0] leaves: the last takes its place.
	r = c.tx(k[0], challengesABI.PackAttesterLeave())
	if len(r.Logs) != 1 {
		t.Fatalf("%d logs", len(r.Logs))
	}
	if ev, err := challengesABI.UnpackAttesterLeftEvent(r.Logs[0]); err != nil || ev.Attester != e.addr(k[0]) {
		t.Fatalf("AttesterLeft %+v %v", ev, err)
	}
	if got, want := c.pool(), e.addrs(k[3], k[1], k[2]); !slices.Equal(got, want) {
		t.Fatalf("pool %v, want %v", got, want)
	}
	if a := ccall(c, challengesABI.PackGetAttester(e.addr(k[3])), challengesABI.UnpackGetAttester); a.Index != 0 {
		t.Fatalf("moved attester %+v", a)
	}
	if a := ccall(c, challengesABI.PackGetAttester(e.addr(k[0])), challengesABI.UnpackGetAttester); a.Registered || len(a.PeerId) != 0 || a.GatewayUrl != "" {
		t.Fatalf("left attester %+v", a)
	}
	// The last one leaves.
	c.tx(k[2], challengesABI.PackAttesterLeave())
	if got, want := c.pool(), e.addrs(k[3], k[1]); !slices.Equal(got, want) {
		t.Fatalf("pool %v, want %v", got, want)
	}
	// Back to 3, a challenge; one selected attester leaves and still reports.
	c.tx(k[0], challengesABI.PackAttesterRegister(nil, ""))
	v := c.activate(c.create(mStranger, 1).Id.Uint64())
	a := c.attesterKeys(v)
	c.tx(a[0], challengesABI.PackAttesterLeave())
	c.submit(v, a[0], true, "")
	c.checkOutcome(c.submit(v, a[1], true, ""), v, statusPassed, chain.ChallengeDataHash(digests(v.D, "")), false)
	// A failing report ignores whatever receipt comes with it.
	e.advance(24 * time.Hour)
	c.tx(a[0], challengesABI.PackAttesterRegister(nil, ""))
	v = c.activate(c.create(mStranger, 1).Id.Uint64())
	a = c.attesterKeys(v)
	for _, key := range a[:2] {
		rep, as, _ := c.report(v, key, false, "")
		c.tx(mStranger, challengesABI.PackSubmitReport(rep, as, []byte{1, 2, 3}))
	}
	if got := c.challenge(v.Id.Uint64()); got.Status != statusFailed {
		t.Fatalf("status %d after two fails", got.Status)
	}
}
