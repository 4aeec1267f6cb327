package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
)

// repModel is the reputation the contract must hold, computed in Go.
type repModel map[uint32][2]*big.Int

var one18 = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// outcome applies a Pass or a Fail with decay decayBps to node's alpha and beta.
func (m repModel) outcome(node uint32, pass bool, decayBps int64) {
	ab, ok := m[node]
	if !ok {
		ab = [2]*big.Int{new(big.Int), new(big.Int)}
	}
	a := new(big.Int).Div(new(big.Int).Mul(ab[0], big.NewInt(decayBps)), big.NewInt(10_000))
	b := new(big.Int).Div(new(big.Int).Mul(ab[1], big.NewInt(decayBps)), big.NewInt(10_000))
	if pass {
		a.Add(a, one18)
	} else {
		b.Add(b, one18)
	}
	m[node] = [2]*big.Int{a, b}
}

// score is alpha / (alpha + beta) in basis points, 10,000 before any outcome.
func (m repModel) score(node uint32) int64 {
	ab, ok := m[node]
	if !ok {
		return 10_000
	}
	sum := new(big.Int).Add(ab[0], ab[1])
	return new(big.Int).Div(new(big.Int).Mul(ab[0], big.NewInt(10_000)), sum).Int64()
}

// check compares every node's alpha, beta and score with the contract's.
func (m repModel) check(c *chal) {
	c.e.tb.Helper()
	for node := uint32(1); node <= 3; node++ {
		got := c.reputation(node)
		want := [2]*big.Int{new(big.Int), new(big.Int)}
		if ab, ok := m[node]; ok {
			want = ab
		}
		if got.Alpha.Cmp(want[0]) != 0 || got.Beta.Cmp(want[1]) != 0 || got.ScoreBps.Int64() != m.score(node) {
			c.e.tb.Fatalf("node %d: alpha %s beta %s score %s, want %s %s %d", node, got.Alpha, got.Beta, got.ScoreBps, want[0], want[1], m.score(node))
		}
		below := ccall(c, challengesABI.PackStanding(node), challengesABI.UnpackStanding).Below
		if below != (m.score(node) < int64(c.params().ThresholdBps)) {
			c.e.tb.Fatalf("node %d: belowThreshold %v at score %d", node, below, m.score(node))
		}
	}
}

// checkDerivation checks what a derivation must satisfy whatever the seed: the hoster is a
// node of the bucket's cluster, the attesters are k distinct pool members none of which is
// a node's avatar, and each position is (a member with a flushed log, 1 ≤ seq ≤ its head
// seq) with that member's head on chain.
func (c *chal) checkDerivation(d bindings.ChallengesDerivation, bucket uint64) {
	c.e.tb.Helper()
	b := c.bucket(bucket)
	var hosterOK bool
	for _, n := range b.Nodes {
		if n.NodeId == d.HosterNode && n.Avatar == d.Hoster {
			hosterOK = true
		}
	}
	if !hosterOK || d.Ring != b.Ring {
		c.e.tb.Fatalf("hoster %d %s or ring %s is not of bucket %d", d.HosterNode, d.Hoster, d.Ring, bucket)
	}
	p := c.params()
	pool := c.pool()
	if len(d.Attesters) != int(p.Attesters) {
		c.e.tb.Fatalf("%d attesters, want %d", len(d.Attesters), p.Attesters)
	}
	for i, a := range d.Attesters {
		if !slices.Contains(pool, a) || slices.Contains(d.Attesters[:i], a) {
			c.e.tb.Fatalf("attester %s: not in the pool or twice", a)
		}
		for _, n := range b.Nodes {
			if n.Avatar == a {
				c.e.tb.Fatalf("attester %s is node %d's avatar", a, n.NodeId)
			}
		}
	}
	if len(d.Members) != int(p.Positions) || len(d.Seqs) != len(d.Members) || len(d.Heads) != len(d.Members) || len(d.HeadSeqs) != len(d.Members) {
		c.e.tb.Fatalf("positions %+v", d)
	}
	for i, m := range d.Members {
		h := c.e.logHead(d.Ring, m)
		if h.Seq == 0 || d.Seqs[i] < 1 || d.Seqs[i] > h.Seq || d.Heads[i] != h.Head || d.HeadSeqs[i] != h.Seq {
			c.e.tb.Fatalf("position %d (%s, %d) with head %x at %d; chain head %x at %d", i, m, d.Seqs[i], d.Heads[i], d.HeadSeqs[i], h.Head, h.Seq)
		}
	}
	if d.PositionsHash != chain.ChallengePositionsHash(d.Members, d.Seqs) {
		c.e.tb.Fatalf("positionsHash %x, want %x", d.PositionsHash, chain.ChallengePositionsHash(d.Members, d.Seqs))
	}
}

// attesterKeys are the env keys of challenge v's attesters, in its order.
func (c *chal) attesterKeys(v bindings.ChallengesChallengeView) []int {
	keys := make([]int, len(v.D.Attesters))
	for i, a := range v.D.Attesters {
		keys[i] = c.keyOf(a)
	}
	return keys
}

// checkOutcome checks the ChallengeResolved event of r and the challenge's status.
func (c *chal) checkOutcome(r *types.Receipt, v bindings.ChallengesChallengeView, status uint8, data common.Hash, timedOut bool) {
	c.e.tb.Helper()
	ev := resolved(r)
	if ev == nil || ev.Id.Cmp(v.Id) != 0 || ev.NodeId != v.D.HosterNode || ev.Outcome != status || ev.Data != data || ev.TimedOut != timedOut {
		c.e.tb.Fatalf("ChallengeResolved %+v, want challenge %s node %d outcome %d data %x timedOut %v", ev, v.Id, v.D.HosterNode, status, data, timedOut)
	}
	if got := c.challenge(v.Id.Uint64()).Status; got != status {
		c.e.tb.Fatalf("status %d, want %d", got, status)
	}
}

func periodOf(t uint64) uint64 { return t / 86_400 }

// TestChallengesFlow walks storage challenges of one bucket through every outcome: a lying
// attester outvoted (Pass on the third report), two fails (Fail), two passes with the third
// attester absent (Pass), and one report by the deadline (Timeout: the hoster contained, a
// retry made at once; the retry's timeout is a Fail that lifts the containment), with the
// reputation and the period records checked against a Go model after each.
func TestChallengesFlow(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 5)
	e := c.e
	model := repModel{}
	const decay = 9_500

	// The pool, in registration order.
	pool := c.pool()
	if !slices.Equal(pool, e.addrs(c.attesters...)) {
		t.Fatalf("pool %v, want %v", pool, e.addrs(c.attesters...))
	}
	if a := ccall(c, challengesABI.PackGetAttester(pool[2]), challengesABI.UnpackGetAttester); !a.Registered || a.Index != 2 ||
		a.GatewayUrl != "https://attester2.example" || string(a.PeerId) != "\x00\x24\xa0\x02" {
		t.Fatalf("getAttester %+v", a)
	}

	t.Run("lying_attester_outvoted", func(t *testing.T) {
		c := c.with(t)
		e := c.e
		r := c.tx(mStranger, challengesABI.PackChallengeStorage(1))
		ev := c.created(r)
		if ev.BucketId != 1 || ev.RetryOf.Sign() != 0 || ev.HosterNode != 0 || ev.SeedBlock != r.BlockNumber.Uint64()+2 {
			t.Fatalf("ChallengeCreated %+v in block %s", ev, r.BlockNumber)
		}
		if last := ccall(c, challengesABI.PackLastChallenged(1), challengesABI.UnpackLastChallenged); last != e.receiptTime(r) {
			t.Fatalf("lastChallenged %d, want %d", last, e.receiptTime(r))
		}
		v := c.activate(ev.Id.Uint64())
		c.checkDerivation(v.D, 1)
		a := c.attesterKeys(v)
		if res := resolved(c.submit(v, a[0], true, "lie")); res != nil {
			t.Fatalf("resolved by one report: %+v", res)
		}
		if res := resolved(c.submit(v, a[1], true, "")); res != nil {
			t.Fatalf("resolved by two reports that disagree: %+v", res)
		}
		r = c.submit(v, a[2], true, "")
		c.checkOutcome(r, v, statusPassed, chain.ChallengeDataHash(digests(v.D, "")), false)
		model.outcome(v.D.HosterNode, true, decay)
		model.check(c)
		got := c.challenge(v.Id.Uint64())
		if got.Reports != 3 || got.MaxAgree != 2 || !got.Votes[0].Ok || got.Votes[0].Data != chain.ChallengeDataHash(digests(v.D, "lie")) ||
			!got.Votes[2].Reported {
			t.Fatalf("votes %+v", got)
		}
		if rec := c.record(v.D.HosterNode, periodOf(e.receiptTime(r))); rec.Passes != 1 || rec.Fails != 0 || rec.Timeouts != 0 {
			t.Fatalf("record %+v", rec)
		}
	})

	t.Run("two_fails", func(t *testing.T) {
		c := c.with(t)
		e := c.e
		e.advance(24 * time.Hour)
		v := c.activate(c.create(mStranger, 1).Id.Uint64())
		c.checkDerivation(v.D, 1)
		a := c.attesterKeys(v)
		if res := resolved(c.submit(v, a[1], false, "")); res != nil {
			t.Fatalf("resolved by one fail: %+v", res)
		}
		r := c.submit(v, a[2], false, "")
		c.checkOutcome(r, v, statusFailed, common.Hash{}, false)
		model.outcome(v.D.HosterNode, false, decay)
		model.check(c)
		if rec := c.record(v.D.HosterNode, periodOf(e.receiptTime(r))); rec.Fails != 1 {
			t.Fatalf("record %+v", rec)
		}
	})

	t.Run("two_passes_one_absent", func(t *testing.T) {
		c := c.with(t)
		e := c.e
		e.advance(24 * time.Hour)
		v := c.activate(c.create(mStranger, 1).Id.Uint64())
		a := c.attesterKeys(v)
		c.submit(v, a[2], true, "")
		r := c.submit(v, a[0], true, "")
		c.checkOutcome(r, v, statusPassed, chain.ChallengeDataHash(digests(v.D, "")), false)
		model.outcome(v.D.HosterNode, true, decay)
		model.check(c)
		// The absent attester's report comes too late.
		rep, as, hs := c.report(v, a[1], true, "")
		c.expectRevert(mStranger, challengesABI.PackSubmitReport(rep, as, hs), &bindings.ChallengesAlreadyResolved{Id: v.Id, Status: statusPassed})
	})

	t.Run("timeout_contain_retry_fail", func(t *testing.T) {
		c := c.with(t)
		e := c.e
		e.advance(24 * time.Hour)
		v := c.activate(c.create(mStranger, 1).Id.Uint64())
		node := v.D.HosterNode
		before := c.reputation(node)
		c.submit(v, c.attesterKeys(v)[1], true, "")
		e.advance(10*time.Minute + time.Second)
		r := c.tx(mStranger, challengesABI.PackResolve(v.Id))
		c.checkOutcome(r, v, statusTimedOut, common.Hash{}, false)
		retry := c.created(r)
		if retry.RetryOf.Cmp(v.Id) != 0 || retry.HosterNode != node || retry.BucketId != 1 || retry.Id.Uint64() != v.Id.Uint64()+1 {
			t.Fatalf("retry %+v of challenge %s, hoster %d", retry, v.Id, node)
		}
		var contained bool
		for _, l := range r.Logs {
			if ev, err := challengesABI.UnpackNodeContainedEvent(l); err == nil && ev.NodeId == node && ev.Contained && ev.Challenge.Cmp(v.Id) == 0 {
				contained = true
			}
		}
		after := c.reputation(node)
		if !contained || !after.Contained || after.Timeouts != before.Timeouts+1 || after.Alpha.Cmp(before.Alpha) != 0 || after.Beta.Cmp(before.Beta) != 0 {
			t.Fatalf("after a timeout: %+v (NodeContained %v), before %+v", after, contained, before)
		}
		if rec := c.record(node, periodOf(e.receiptTime(r))); rec.Timeouts != 1 {
			t.Fatalf("record %+v", rec)
		}
		model.check(c) // a timeout moves neither alpha nor beta

		// The retry: same bucket and hoster, a new seed, no period limit (the bucket was
		// challenged minutes ago). Its timeout is a Fail that ends the containment.
		rv := c.challenge(retry.Id.Uint64())
		if rv.Status != statusPending || rv.RetryOf.Cmp(v.Id) != 0 || rv.D.HosterNode != node {
			t.Fatalf("retry %+v", rv)
		}
		rv = c.activate(retry.Id.Uint64())
		if rv.D.HosterNode != node || rv.D.Hoster != v.D.Hoster {
			t.Fatalf("retry hoster %d %s, want %d %s", rv.D.HosterNode, rv.D.Hoster, node, v.D.Hoster)
		}
		c.checkDerivation(rv.D, 1)
		e.advance(10*time.Minute + time.Second)
		r = c.tx(mStranger, challengesABI.PackResolve(rv.Id))
		c.checkOutcome(r, rv, statusFailed, common.Hash{}, true)
		for _, l := range r.Logs {
			if _, err := challengesABI.UnpackChallengeCreatedEvent(l); err == nil {
				t.Fatal("a retry's timeout made another retry")
			}
		}
		model.outcome(node, false, decay)
		model.check(c)
		if got := c.reputation(node); got.Contained || got.Fails != before.Fails+1 || got.Timeouts != before.Timeouts+1 {
			t.Fatalf("after the retry's timeout: %+v", got)
		}
	})
}

// TestChallengesContainment checks containment on a one-node cluster (every challenge's
// hoster is node 1): while the node is contained, a timeout of an ordinary challenge is a
// Fail and makes no retry; the retry's pass lifts the containment.
func TestChallengesContainment(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 3)
	e := c.e
	c.mkt.tx(mManager, marketABI.PackClusterRemoveNode(1, 2), nil)
	c.mkt.tx(mManager, marketABI.PackClusterRemoveNode(1, 3), nil)
	model := repModel{}

	v := c.activate(c.create(mStranger, 1).Id.Uint64())
	if v.D.HosterNode != 1 {
		t.Fatalf("hoster %d", v.D.HosterNode)
	}
	e.advance(10*time.Minute + time.Second)
	retry := c.created(c.tx(mStranger, challengesABI.PackResolve(v.Id)))

	e.advance(24 * time.Hour)
	v2 := c.activate(c.create(mStranger, 1).Id.Uint64())
	e.advance(10*time.Minute + time.Second)
	r := c.tx(mStranger, challengesABI.PackResolve(v2.Id))
	c.checkOutcome(r, v2, statusFailed, common.Hash{}, true)
	if n := ccall(c, challengesABI.PackChallengeCount(), challengesABI.UnpackChallengeCount); n.Int64() != 3 {
		t.Fatalf("%s challenges: a contained node's timeout made a retry", n)
	}
	model.outcome(1, false, 9_500)
	model.check(c)
	if rep := c.reputation(1); !rep.Contained {
		t.Fatal("an ordinary challenge's outcome lifted the containment")
	}

	rv := c.activate(retry.Id.Uint64())
	a := c.attesterKeys(rv)
	c.submit(rv, a[0], true, "")
	r = c.submit(rv, a[1], true, "")
	c.checkOutcome(r, rv, statusPassed, chain.ChallengeDataHash(digests(rv.D, "")), false)
	model.outcome(1, true, 9_500)
	model.check(c)
	rep := c.reputation(1)
	if rep.Contained || rep.Passes != 1 || rep.Fails != 1 || rep.Timeouts != 1 || rep.ScoreBps.Int64() != 5128 {
		t.Fatalf("after the retry's pass: %+v", rep)
	}
	if !ccall(c, challengesABI.PackStanding(1), challengesABI.UnpackStanding).Below {
		t.Fatal("score 5128 is not below the threshold 6000")
	}
}

// TestChallengesReseed checks a seed whose hash is gone: activate and derive refuse it,
// reseed gives a new one, and the challenge activates from it.
func TestChallengesReseed(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 3)
	ev := c.create(mStranger, 1)
	for c.latest() <= ev.SeedBlock+256 {
		c.e.backend.Commit()
	}
	c.expectRevert(mStranger, challengesABI.PackActivate(ev.Id), &bindings.ChallengesSeedExpired{SeedBlock: ev.SeedBlock})
	r := c.tx(mStranger, challengesABI.PackReseed(ev.Id))
	var seed uint64
	for _, l := range r.Logs {
		if x, err := challengesABI.UnpackChallengeReseededEvent(l); err == nil {
			seed = x.SeedBlock
		}
	}
	if seed != r.BlockNumber.Uint64()+2 || c.challenge(ev.Id.Uint64()).SeedBlock != seed {
		t.Fatalf("reseeded to %d in block %s", seed, r.BlockNumber)
	}
	c.expectRevert(mStranger, challengesABI.PackReseed(ev.Id), &bindings.ChallengesSeedNotExpired{SeedBlock: seed})
	c.checkDerivation(c.activate(ev.Id.Uint64()).D, 1)
}

// TestChallengesEIP712 checks the contract's Report and Receipt digests against the wallet's
// (go-ethereum's apitypes) and the Go client's, over random values.
func TestChallengesEIP712(t *testing.T) {
	t.Parallel()
	c := newChallenges(t, 0)
	rnd := rand.New(rand.NewPCG(12, 1))
	h := func() common.Hash {
		var x common.Hash
		for i := range x {
			x[i] = byte(rnd.UintN(256))
		}
		return x
	}
	for i := range 20 {
		r := bindings.ChallengesReport{Challenge: new(big.Int).SetUint64(rnd.Uint64()), Hoster: common.BytesToAddress(h().Bytes()),
			Positions: h(), Data: h(), Ok: i%2 == 0}
		want := digest(t, c.reportTD(r))
		if got := ccall(c, challengesABI.PackHashReport(r), challengesABI.UnpackHashReport); got != want {
			t.Fatalf("hashReport %x, wallet %x", got, want)
		}
		goReport := chain.ChallengeReport{Challenge: r.Challenge.Uint64(), Hoster: r.Hoster, Positions: r.Positions, Data: r.Data, OK: r.Ok}
		if got := chain.ChallengeReportDigest(c.e.chainID.Uint64(), c.ch, goReport); got != want {
			t.Fatalf("ChallengeReportDigest %x, wallet %x", got, want)
		}
		attester := common.BytesToAddress(h().Bytes())
		want = digest(t, c.receiptTD(r.Challenge, attester, r.Data))
		if got := ccall(c, challengesABI.PackHashReceipt(r.Challenge, attester, r.Data), challengesABI.UnpackHashReceipt); got != want {
			t.Fatalf("hashReceipt %x, wallet %x", got, want)
		}
		if got := chain.ChallengeReceiptDigest(c.e.chainID.Uint64(), c.ch, r.Challenge.Uint64(), attester, r.Data); got != want {
			t.Fatalf("ChallengeReceiptDigest %x, wallet %x", got, want)
		}
	}
}
