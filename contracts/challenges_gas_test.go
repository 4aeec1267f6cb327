package contracts_test

import (
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// challengeGasCases are the gas scenarios of the Challenges calls (see docs/contracts.md,
// "Challenges gas"), on the fixture of newChallenges: 3 nodes, a ring of 3 members (2
// flushed), default parameters (k = 3, m = 4). Reports are the first-listed attester's
// (and, resolving, the second's), so the attester lookup's cost is the same every run.
// Performance: bucket 1 has terms (perfTerms); measurements are honest ones, by the
// attesters in their listed order; the grading ones are the node's first grade, so they
// write its performance and its period's record afresh.
func challengeGasCases() []gasCase {
	type op = func(int) (int, common.Address, []byte)
	cc := func(name string, setup func(e *env) op) gasCase { return gasCase{"challenges/" + name, setup} }
	// next makes the next challenge of bucket 1 (a day after the last) and activates it.
	next := func(c *chal) bindings.ChallengesChallengeView {
		c.e.advance(24 * time.Hour)
		return c.activate(c.create(mStranger, 1).Id.Uint64())
	}
	return []gasCase{
		cc("attesterRegister", func(e *env) op {
			c := e.deployChallenges(0)
			return func(i int) (int, common.Address, []byte) {
				return e.fundKey(600 + i), c.ch, challengesABI.PackAttesterRegister(benchPeerID, benchURL)
			}
		}),
		cc("attesterLeave", func(e *env) op {
			c := e.deployChallenges(6)
			return func(i int) (int, common.Address, []byte) {
				return c.attesters[i], c.ch, challengesABI.PackAttesterLeave() // the pool's first: the last moves
			}
		}),
		cc("challengeStorage", func(e *env) op {
			c := e.deployChallenges(3)
			c.create(mStranger, 1)
			return func(int) (int, common.Address, []byte) {
				e.advance(24 * time.Hour)
				return mStranger, c.ch, challengesABI.PackChallengeStorage(1)
			}
		}),
		cc("activate", func(e *env) op {
			c := e.deployChallenges(3)
			next(c)
			return func(int) (int, common.Address, []byte) {
				e.advance(24 * time.Hour)
				id := c.create(mStranger, 1).Id
				c.mineSeed(id.Uint64())
				return mStranger, c.ch, challengesABI.PackActivate(id)
			}
		}),
		cc("submitReport/ok", func(e *env) op {
			c := e.deployChallenges(3)
			return func(int) (int, common.Address, []byte) {
				v := next(c)
				r, as, hs := c.report(v, c.keyOf(v.D.Attesters[0]), true, "")
				return mStranger, c.ch, challengesABI.PackSubmitReport(r, as, hs)
			}
		}),
		cc("submitReport/fail", func(e *env) op {
			c := e.deployChallenges(3)
			return func(int) (int, common.Address, []byte) {
				v := next(c)
				r, as, _ := c.report(v, c.keyOf(v.D.Attesters[0]), false, "")
				return mStranger, c.ch, challengesABI.PackSubmitReport(r, as, nil)
			}
		}),
		cc("submitReport/resolving", func(e *env) op {
			c := e.deployChallenges(3)
			return func(int) (int, common.Address, []byte) {
				v := next(c)
				c.submit(v, c.keyOf(v.D.Attesters[0]), true, "")
				r, as, hs := c.report(v, c.keyOf(v.D.Attesters[1]), true, "")
				return mStranger, c.ch, challengesABI.PackSubmitReport(r, as, hs)
			}
		}),
		cc("resolve/timeout", func(e *env) op {
			c := e.deployChallenges(3)
			return func(int) (int, common.Address, []byte) {
				// A node contained by an earlier timeout would fail, not time out: take
				// each challenge to its retry's pass first.
				c.passRetries()
				v := next(c)
				e.advance(10*time.Minute + time.Second)
				return mStranger, c.ch, challengesABI.PackResolve(v.Id)
			}
		}),
		cc("resolve/retry", func(e *env) op {
			c := e.deployChallenges(3)
			return func(int) (int, common.Address, []byte) {
				c.passRetries()
				v := next(c)
				e.advance(10*time.Minute + time.Second)
				retry := c.created(c.tx(mStranger, challengesABI.PackResolve(v.Id)))
				rv := c.activate(retry.Id.Uint64())
				e.advance(10*time.Minute + time.Second)
				return mStranger, c.ch, challengesABI.PackResolve(rv.Id)
			}
		}),
		cc("setTerms", func(e *env) op {
			c := e.deployChallenges(0)
			return func(int) (int, common.Address, []byte) {
				// A bucket's first terms: a new bucket of the fixture's ring and cluster.
				c.mkt.tx(mOwner, marketABI.PackBucketCreate(c.ring, 1), nil)
				b := mcall(c.mkt, marketABI.PackBucketCount(), marketABI.UnpackBucketCount)
				return mOwner, c.ch, challengesABI.PackSetTerms(b, perfTerms)
			}
		}),
		cc("submitPerformance/first", func(e *env) op {
			c := e.deployChallenges(3)
			c.setTerms(mOwner, 1, perfTerms)
			return func(int) (int, common.Address, []byte) {
				v := next(c)
				p, sig := c.perf(v, c.keyOf(v.D.Attesters[0]), honest)
				return mStranger, c.ch, challengesABI.PackSubmitPerformance(p, sig)
			}
		}),
		cc("submitPerformance/grading", func(e *env) op {
			c := e.deployChallenges(3)
			c.setTerms(mOwner, 1, perfTerms)
			return func(int) (int, common.Address, []byte) {
				v := next(c)
				c.measure(v, c.keyOf(v.D.Attesters[0]), honest)
				c.measure(v, c.keyOf(v.D.Attesters[1]), honest)
				p, sig := c.perf(v, c.keyOf(v.D.Attesters[2]), honest)
				return mStranger, c.ch, challengesABI.PackSubmitPerformance(p, sig)
			}
		}),
		cc("gradePerformance", func(e *env) op {
			c := e.deployChallenges(3)
			c.setTerms(mOwner, 1, perfTerms)
			return func(int) (int, common.Address, []byte) {
				v := next(c)
				c.measure(v, c.keyOf(v.D.Attesters[0]), honest)
				c.measure(v, c.keyOf(v.D.Attesters[1]), honest)
				e.advance(10*time.Minute + time.Second)
				return mStranger, c.ch, challengesABI.PackGradePerformance(v.Id)
			}
		}),
	}
}

// passRetries resolves every pending retry with two passes, so that no node is contained.
func (c *chal) passRetries() {
	c.e.tb.Helper()
	n := ccall(c, challengesABI.PackChallengeCount(), challengesABI.UnpackChallengeCount).Uint64()
	for id := uint64(1); id <= n; id++ {
		v := c.challenge(id)
		if v.RetryOf.Sign() == 0 || v.Status != statusPending {
			continue
		}
		v = c.activate(id)
		c.submit(v, c.keyOf(v.D.Attesters[0]), true, "")
		c.submit(v, c.keyOf(v.D.Attesters[1]), true, "")
	}
}
