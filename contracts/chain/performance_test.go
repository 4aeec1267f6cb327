package chain_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"maps"
	"math/big"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// TestChallengePerformanceDigest checks the Go EIP-712 digest of a
// Performance against go-ethereum's apitypes (a wallet's
// eth_signTypedData_v4).
func TestChallengePerformanceDigest(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(7, 21))
	addr := func() common.Address {
		var a common.Address
		for i := range a {
			a[i] = byte(r.UintN(256))
		}
		return a
	}
	chainIDs := []uint64{1, 1337, 31337, 11155111, 1<<63 + 5}
	for range 50 {
		chainID, contract := chainIDs[r.IntN(len(chainIDs))], addr()
		p := chain.PerformanceReport{Challenge: r.Uint64() >> r.UintN(64), Hoster: addr(), AvailabilityBps: uint16(r.UintN(1 << 16)),
			P50Ms: r.Uint32() >> r.UintN(32), Bandwidth: r.Uint64() >> r.UintN(64)}
		td := challengeTypedData(chainID, contract, "Performance", apitypes.TypedDataMessage{
			"challenge": strconv.FormatUint(p.Challenge, 10), "hoster": p.Hoster.Hex(),
			"availabilityBps": strconv.FormatUint(uint64(p.AvailabilityBps), 10), "p50Ms": strconv.FormatUint(uint64(p.P50Ms), 10),
			"bandwidth": strconv.FormatUint(p.Bandwidth, 10),
		})
		td.Types["Performance"] = []apitypes.Type{
			{Name: "challenge", Type: "uint256"},
			{Name: "hoster", Type: "address"},
			{Name: "availabilityBps", Type: "uint16"},
			{Name: "p50Ms", Type: "uint32"},
			{Name: "bandwidth", Type: "uint64"},
		}
		if got, want := chain.ChallengePerformanceDigest(chainID, contract, p), walletDigest(t, td); got != want {
			t.Fatalf("ChallengePerformanceDigest(%+v) = %s, wallet %s", p, got.Hex(), want.Hex())
		}
	}
}

// measure is attester k's signed measurement of a's hoster.
func (w *challengeWorld) measure(t *testing.T, a *chain.ActiveChallenge, k *ecdsa.PrivateKey, availBps uint16, p50Ms uint32, bw uint64) (chain.PerformanceReport, []byte) {
	t.Helper()
	p := chain.PerformanceReport{Challenge: a.ID, Hoster: a.Hoster, AvailabilityBps: availBps, P50Ms: p50Ms, Bandwidth: bw}
	sig, err := schemas.Sign(chain.ChallengePerformanceDigest(w.c.ChainID(), w.ch.Address(), p), k)
	if err != nil {
		t.Fatal(err)
	}
	return p, sig
}

// wantChallengeErr fails unless err is a *ChallengeError of kind from the
// revert name.
func wantChallengeErr(t *testing.T, err error, kind error, revert string) *chain.ChallengeError {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("err %v, want %v", err, kind)
	}
	var re *chain.RevertError
	if !errors.As(err, &re) || re.Name != revert {
		t.Fatalf("err %v, want revert %s", err, revert)
	}
	var ce *chain.ChallengeError
	if !errors.As(err, &ce) || ce.Reason == "" {
		t.Fatalf("err %v is no *ChallengeError", err)
	}
	return ce
}

// TestPerformanceClient drives performance challenges through the client:
// buckets 1 and 2 get terms from their owner, bucket 3 none; a challenge
// of each is activated; challenge 1 is graded by its third measurement,
// challenge 2 past its deadline from two, challenge 3 (none) cannot be.
func TestPerformanceClient(t *testing.T) {
	ctx := context.Background()
	w := newChallengeWorld(t)
	ch := w.ch
	for b := uint64(2); b <= 3; b++ {
		if _, _, err := w.m.BucketCreate(ctx, w.owner, w.ring, 1); err != nil {
			t.Fatal(err)
		}
		if _, _, err := w.m.BucketAlloc(ctx, w.owner, b, 1, big.NewInt(1000)); err != nil {
			t.Fatal(err)
		}
	}

	// Terms: none to begin with; the owner sets them, nobody else may.
	terms := func(b uint64) chain.PerformanceTerms {
		t.Helper()
		got, err := ch.Terms(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		return *got
	}
	if got := terms(1); got != (chain.PerformanceTerms{}) {
		t.Fatalf("terms before any: %+v", got)
	}
	terms1 := chain.PerformanceTerms{MinAvailabilityBps: 9_000, MaxP50Ms: 200, MinBandwidth: 1 << 20}
	terms2 := chain.PerformanceTerms{MinAvailabilityBps: 5_000, MaxP50Ms: 100}
	setRcpt, err := ch.SetTerms(ctx, w.owner, 1, terms1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ch.SetTerms(ctx, w.owner, 2, terms2); err != nil {
		t.Fatal(err)
	}
	if got := terms(1); got != terms1 {
		t.Fatalf("terms of bucket 1: %+v, want %+v", got, terms1)
	}
	if got := terms(2); got != terms2 {
		t.Fatalf("terms of bucket 2: %+v, want %+v", got, terms2)
	}
	for _, tc := range []struct {
		name   string
		from   *ecdsa.PrivateKey
		bucket uint64
		terms  chain.PerformanceTerms
		kind   error
		revert string
		reason string
	}{
		{"by a stranger", w.stranger, 1, chain.PerformanceTerms{MinAvailabilityBps: 1}, chain.ErrChallengeNotAllowed, "NotBucketOwner",
			"only the owner of bucket 1 may set its terms, not " + addrOf(w.stranger).Hex()},
		{"by a provider", w.providers[0], 1, chain.PerformanceTerms{}, chain.ErrChallengeNotAllowed, "NotBucketOwner", "bucket 1"},
		{"of an unknown bucket", w.owner, 9, terms1, chain.ErrChallengeUnknown, "UnknownBucket", "no bucket 9"},
		{"above 100%", w.owner, 1, chain.PerformanceTerms{MinAvailabilityBps: 10_001}, chain.ErrChallengeRefused, "ParamOutOfRange",
			"minAvailabilityBps 10001 is outside 0..10000"},
	} {
		t.Run("terms "+tc.name, func(t *testing.T) {
			_, err := ch.SetTerms(ctx, tc.from, tc.bucket, tc.terms)
			if ce := wantChallengeErr(t, err, tc.kind, tc.revert); !strings.Contains(ce.Reason, tc.reason) {
				t.Fatalf("reason %q, want %q in it", ce.Reason, tc.reason)
			}
			if got := terms(1); got != terms1 {
				t.Fatalf("terms of bucket 1 after a refusal: %+v", got)
			}
		})
	}

	// A challenge of each bucket; none graded before activation.
	var seed uint64
	for b := uint64(1); b <= 3; b++ {
		c, _, err := ch.ChallengeStorage(ctx, w.stranger, b)
		if err != nil || c.ID != b {
			t.Fatalf("challenge of bucket %d: %+v, %v", b, c, err)
		}
		seed = max(seed, c.SeedBlock)
	}
	_, _, err = ch.GradePerformance(ctx, w.stranger, 1)
	wantChallengeErr(t, err, chain.ErrChallengeTooEarly, "NotActive")
	w.mineSeed(t, seed)
	active := make([]*chain.ActiveChallenge, 4)
	for id := uint64(1); id <= 3; id++ {
		if active[id], _, err = ch.Activate(ctx, w.stranger, id); err != nil {
			t.Fatal(err)
		}
	}
	a1, a2 := active[1], active[2]
	_, _, err = ch.GradePerformance(ctx, w.stranger, 1)
	wantChallengeErr(t, err, chain.ErrChallengeTooEarly, "DeadlineNotPassed")

	// The Go digest is the contract's: a field changed after signing
	// recovers another signer, no selected attester.
	good, goodSig := w.measure(t, a1, w.key(t, a1.Attesters[0]), 10_000, 50, 2<<20)
	for _, tc := range []struct {
		name   string
		change func(*chain.PerformanceReport)
	}{
		{"challenge", func(p *chain.PerformanceReport) { p.Challenge = 2 }},
		{"hoster", func(p *chain.PerformanceReport) { p.Hoster = addrOf(w.stranger) }},
		{"availability", func(p *chain.PerformanceReport) { p.AvailabilityBps-- }},
		{"latency", func(p *chain.PerformanceReport) { p.P50Ms++ }},
		{"bandwidth", func(p *chain.PerformanceReport) { p.Bandwidth++ }},
	} {
		t.Run("changed "+tc.name, func(t *testing.T) {
			p := good
			tc.change(&p)
			_, _, err := ch.SubmitPerformance(ctx, w.stranger, p, goodSig)
			ce := wantChallengeErr(t, err, chain.ErrChallengeNotAllowed, "NotSelectedAttester")
			if strings.Contains(ce.Reason, addrOf(w.key(t, a1.Attesters[0])).Hex()) {
				t.Fatalf("reason %q names the attester who signed the unchanged report", ce.Reason)
			}
		})
	}
	for _, tc := range []struct {
		name   string
		p      chain.PerformanceReport
		sig    []byte
		kind   error
		revert string
	}{
		{"signed by a stranger", good, mustSign(t, chain.ChallengePerformanceDigest(w.c.ChainID(), ch.Address(), good), w.stranger),
			chain.ErrChallengeNotAllowed, "NotSelectedAttester"},
		{"of another hoster", withHoster(good, addrOf(w.stranger)),
			mustSign(t, chain.ChallengePerformanceDigest(w.c.ChainID(), ch.Address(), withHoster(good, addrOf(w.stranger))), w.key(t, a1.Attesters[0])),
			chain.ErrChallengeRefused, "WrongHoster"},
		{"above 100%", func() chain.PerformanceReport { p := good; p.AvailabilityBps = 10_001; return p }(), nil, chain.ErrChallengeRefused, "ParamOutOfRange"},
		{"a short signature", good, goodSig[:64], chain.ErrChallengeRefused, "BadSignatureLength"},
		{"an unknown challenge", chain.PerformanceReport{Challenge: 9}, goodSig, chain.ErrChallengeUnknown, "UnknownChallenge"},
	} {
		t.Run("measurement "+tc.name, func(t *testing.T) {
			sig := tc.sig
			if sig == nil {
				sig = mustSign(t, chain.ChallengePerformanceDigest(w.c.ChainID(), ch.Address(), tc.p), w.key(t, a1.Attesters[0]))
			}
			_, _, err := ch.SubmitPerformance(ctx, w.stranger, tc.p, sig)
			wantChallengeErr(t, err, tc.kind, tc.revert)
		})
	}
	grade := func(id uint64) chain.PerformanceGrade {
		t.Helper()
		g, err := ch.Grade(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return *g
	}
	if g := grade(1); g != (chain.PerformanceGrade{Challenge: 1}) {
		t.Fatalf("grade after refused measurements: %+v", g)
	}

	// Challenge 1: the first measurement meets every term; one more is not
	// taken from the same attester.
	g, _, err := ch.SubmitPerformance(ctx, w.stranger, good, goodSig)
	if err != nil || g != nil {
		t.Fatalf("first measurement: %+v, %v", g, err)
	}
	if g := grade(1); g != (chain.PerformanceGrade{Challenge: 1, Reports: 1, Votes: [3]uint8{1, 1, 1}}) {
		t.Fatalf("grade after one measurement: %+v", g)
	}
	_, _, err = ch.SubmitPerformance(ctx, w.stranger, good, goodSig)
	wantChallengeErr(t, err, chain.ErrChallengeClosed, "AlreadyMeasured")
	// The second meets availability and latency at their bounds, not the
	// bandwidth; the third meets none. Availability and latency have two
	// votes of three, bandwidth one: two terms met.
	p, sig := w.measure(t, a1, w.key(t, a1.Attesters[1]), 9_000, 200, 1<<20-1)
	if g, _, err := ch.SubmitPerformance(ctx, w.stranger, p, sig); err != nil || g != nil {
		t.Fatalf("second measurement: %+v, %v", g, err)
	}
	p, sig = w.measure(t, a1, w.key(t, a1.Attesters[2]), 8_999, 201, 0)
	g, lastRcpt, err := ch.SubmitPerformance(ctx, w.stranger, p, sig)
	if err != nil || g == nil {
		t.Fatalf("third measurement: %+v, %v", g, err)
	}
	want1 := chain.PerformanceGrade{Challenge: 1, NodeID: a1.HosterNode, Graded: true, Availability: true, Latency: true, ScoreBps: 6_666}
	if *g != want1 {
		t.Fatalf("grade of the third measurement: %+v, want %+v", g, want1)
	}
	if g := grade(1); g != (chain.PerformanceGrade{Challenge: 1, Reports: 3, Graded: true, Votes: [3]uint8{2, 2, 1},
		Availability: true, Latency: true, ScoreBps: 6_666}) {
		t.Fatalf("Grade(1): %+v", g)
	}

	// The grade goes into the hoster's performance and its period record.
	scores := map[uint32][]uint16{}
	type nodePeriod struct {
		node   uint32
		period uint64
	}
	records := map[nodePeriod][]uint16{}
	check := func() {
		t.Helper()
		for _, node := range []uint32{1, 2, 3} {
			s := scores[node]
			want := chain.NodePerformance{NodeID: node, Graded: uint32(len(s)), Unpaid: uint32(len(s)), UnpaidMeanBps: 10_000}
			if len(s) > 0 {
				var sum uint64
				for _, v := range s {
					sum += uint64(v)
				}
				want.LastScoreBps, want.UnpaidMeanBps = s[len(s)-1], sum/uint64(len(s))
			}
			if got, err := ch.NodePerformance(ctx, node); err != nil || *got != want {
				t.Fatalf("NodePerformance(%d): %+v, %v; want %+v", node, got, err, want)
			}
		}
		for _, np := range slices.Collect(maps.Keys(records)) {
			var sum uint64
			for _, v := range records[np] {
				sum += uint64(v)
			}
			rec, err := ch.Record(ctx, np.node, np.period)
			if err != nil || rec.Graded != uint32(len(records[np])) || rec.GradeSumBps != sum {
				t.Fatalf("Record(%d, %d): %+v, %v; want %d graded summing to %d", np.node, np.period, rec, err, len(records[np]), sum)
			}
		}
	}
	graded := func(g chain.PerformanceGrade) {
		t.Helper()
		period, err := ch.CurrentPeriod(ctx)
		if err != nil {
			t.Fatal(err)
		}
		scores[g.NodeID] = append(scores[g.NodeID], g.ScoreBps)
		np := nodePeriod{g.NodeID, period}
		records[np] = append(records[np], g.ScoreBps)
		check()
	}
	graded(*g)

	// Challenge 2 has two measurements of three: its bandwidth term (none)
	// is met by both, availability and latency by one only.
	for i, m := range []struct {
		avail uint16
		p50   uint32
	}{{6_000, 80}, {4_000, 120}} {
		p, sig := w.measure(t, a2, w.key(t, a2.Attesters[i]), m.avail, m.p50, 0)
		if g, _, err := ch.SubmitPerformance(ctx, w.stranger, p, sig); err != nil || g != nil {
			t.Fatalf("challenge 2, measurement %d: %+v, %v", i, g, err)
		}
	}

	// Past the deadline: no more measurements; challenge 2 is graded from
	// the two it has, once; challenge 1 was graded already, 3 has nothing.
	if _, err := w.dc.AdvanceTime(11 * time.Minute); err != nil {
		t.Fatal(err)
	}
	p, sig = w.measure(t, a2, w.key(t, a2.Attesters[2]), 10_000, 1, 1)
	_, _, err = ch.SubmitPerformance(ctx, w.stranger, p, sig)
	wantChallengeErr(t, err, chain.ErrChallengeClosed, "LateReport")
	g, gradeRcpt, err := ch.GradePerformance(ctx, w.stranger, 2)
	if err != nil {
		t.Fatal(err)
	}
	want2 := chain.PerformanceGrade{Challenge: 2, NodeID: a2.HosterNode, Graded: true, Bandwidth: true, ScoreBps: 3_333}
	if *g != want2 {
		t.Fatalf("GradePerformance(2): %+v, want %+v", g, want2)
	}
	if g := grade(2); g != (chain.PerformanceGrade{Challenge: 2, Reports: 2, Graded: true, Votes: [3]uint8{1, 1, 2}, Bandwidth: true, ScoreBps: 3_333}) {
		t.Fatalf("Grade(2): %+v", g)
	}
	graded(*g)
	for _, tc := range []struct {
		id     uint64
		kind   error
		revert string
	}{
		{1, chain.ErrChallengeClosed, "AlreadyGraded"},
		{2, chain.ErrChallengeClosed, "AlreadyGraded"},
		{3, chain.ErrChallengeRefused, "NoMeasurements"},
		{9, chain.ErrChallengeUnknown, "UnknownChallenge"},
	} {
		t.Run("grade "+strconv.FormatUint(tc.id, 10), func(t *testing.T) {
			_, _, err := ch.GradePerformance(ctx, w.stranger, tc.id)
			ce := wantChallengeErr(t, err, tc.kind, tc.revert)
			if !strings.Contains(ce.Reason, "challenge "+strconv.FormatUint(tc.id, 10)) {
				t.Fatalf("reason %q does not name challenge %d", ce.Reason, tc.id)
			}
		})
	}
	if g := grade(3); g != (chain.PerformanceGrade{Challenge: 3}) {
		t.Fatalf("Grade(3): %+v", g)
	}
	check() // the refusals changed nothing

	// The transactions' logs, decoded one by one.
	decoded := func(r *chain.Receipt) []chain.ChallengeEvent {
		t.Helper()
		tr, err := w.dc.Client().TransactionReceipt(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		var out []chain.ChallengeEvent
		for _, l := range tr.Logs {
			ev, err := ch.DecodeLog(l)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, ev)
		}
		return out
	}
	if evs := decoded(setRcpt); len(evs) != 1 || js(t, evs[0]) != js(t, &chain.TermsChange{BucketID: 1, PerformanceTerms: terms1}) {
		t.Fatalf("setTerms logs: %s", js(t, evs))
	} else if _, ok := evs[0].(*chain.TermsChange); !ok {
		t.Fatalf("setTerms log is a %T", evs[0])
	}
	evs := decoded(lastRcpt)
	if len(evs) != 2 {
		t.Fatalf("the grading measurement's logs: %s", js(t, evs))
	}
	if m, ok := evs[0].(*chain.PerformanceMeasured); !ok || *m != (chain.PerformanceMeasured{Attester: a1.Attesters[2],
		PerformanceReport: chain.PerformanceReport{Challenge: 1, AvailabilityBps: 8_999, P50Ms: 201}}) {
		t.Fatalf("the grading measurement's first log: %T %s", evs[0], js(t, evs[0]))
	}
	if g, ok := evs[1].(*chain.PerformanceGrade); !ok || *g != want1 {
		t.Fatalf("the grading measurement's second log: %T %s", evs[1], js(t, evs[1]))
	}
	if evs := decoded(gradeRcpt); len(evs) != 1 || js(t, evs[0]) != js(t, &want2) {
		t.Fatalf("gradePerformance logs: %s", js(t, evs))
	}

	// And all of them through Events, in chain order.
	head, err := w.dc.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all, err := ch.Events(ctx, 0, head)
	if err != nil {
		t.Fatal(err)
	}
	var termsEvs []chain.TermsChange
	var measured []chain.PerformanceMeasured
	var grades []chain.PerformanceGrade
	for _, ev := range all {
		switch e := ev.(type) {
		case *chain.TermsChange:
			termsEvs = append(termsEvs, *e)
		case *chain.PerformanceMeasured:
			measured = append(measured, *e)
		case *chain.PerformanceGrade:
			grades = append(grades, *e)
		}
	}
	if want := []chain.TermsChange{{BucketID: 1, PerformanceTerms: terms1}, {BucketID: 2, PerformanceTerms: terms2}}; !slices.Equal(termsEvs, want) {
		t.Fatalf("TermsSet events %+v, want %+v", termsEvs, want)
	}
	wantMeasured := []chain.PerformanceMeasured{
		{Attester: a1.Attesters[0], PerformanceReport: chain.PerformanceReport{Challenge: 1, AvailabilityBps: 10_000, P50Ms: 50, Bandwidth: 2 << 20}},
		{Attester: a1.Attesters[1], PerformanceReport: chain.PerformanceReport{Challenge: 1, AvailabilityBps: 9_000, P50Ms: 200, Bandwidth: 1<<20 - 1}},
		{Attester: a1.Attesters[2], PerformanceReport: chain.PerformanceReport{Challenge: 1, AvailabilityBps: 8_999, P50Ms: 201}},
		{Attester: a2.Attesters[0], PerformanceReport: chain.PerformanceReport{Challenge: 2, AvailabilityBps: 6_000, P50Ms: 80}},
		{Attester: a2.Attesters[1], PerformanceReport: chain.PerformanceReport{Challenge: 2, AvailabilityBps: 4_000, P50Ms: 120}},
	}
	if !slices.Equal(measured, wantMeasured) {
		t.Fatalf("PerformanceReported events %s, want %s", js(t, measured), js(t, wantMeasured))
	}
	if want := []chain.PerformanceGrade{want1, want2}; !slices.Equal(grades, want) {
		t.Fatalf("PerformanceGraded events %+v, want %+v", grades, want)
	}
}

func mustSign(t *testing.T, digest common.Hash, k *ecdsa.PrivateKey) []byte {
	t.Helper()
	sig, err := schemas.Sign(digest, k)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

func withHoster(p chain.PerformanceReport, hoster common.Address) chain.PerformanceReport {
	p.Hoster = hoster
	return p
}

// TestPerformanceTermsChangedMidChallenge: a challenge takes the bucket's
// terms when it is activated, so terms the owner sets while it is open do
// not grade it: every measurement votes under the same terms.
func TestPerformanceTermsChangedMidChallenge(t *testing.T) {
	ctx := context.Background()
	w := newChallengeWorld(t)
	ch := w.ch
	c, _, err := ch.ChallengeStorage(ctx, w.stranger, 1)
	if err != nil {
		t.Fatal(err)
	}
	w.mineSeed(t, c.SeedBlock)
	a, _, err := ch.Activate(ctx, w.stranger, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Under no terms, the first measurement (5,000 bps) votes for availability.
	p, sig := w.measure(t, a, w.key(t, a.Attesters[0]), 5_000, 0, 0)
	if _, _, err := ch.SubmitPerformance(ctx, w.stranger, p, sig); err != nil {
		t.Fatal(err)
	}
	if _, err := ch.SetTerms(ctx, w.owner, 1, chain.PerformanceTerms{MinAvailabilityBps: 9_000}); err != nil {
		t.Fatal(err)
	}
	var g *chain.PerformanceGrade
	for i, avail := range []uint16{9_500, 5_000} {
		p, sig := w.measure(t, a, w.key(t, a.Attesters[i+1]), avail, 0, 0)
		if g, _, err = ch.SubmitPerformance(ctx, w.stranger, p, sig); err != nil {
			t.Fatal(err)
		}
	}
	// Graded after the change, under the terms at its activation (none):
	// all three measurements meet them.
	if g == nil || !g.Availability || g.ScoreBps != 10_000 {
		t.Fatalf("grade %+v: want every term met under the terms at activation", g)
	}
	if full, err := ch.Grade(ctx, a.ID); err != nil || full.Votes != [3]uint8{3, 3, 3} {
		t.Fatalf("votes %+v, %v: want 3 of 3 for each term", full, err)
	}
}
