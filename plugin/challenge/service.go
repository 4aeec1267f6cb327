package challenge

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/host"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/avatar"
)

// Options are what a node does about challenges. The zero value does
// nothing but keep the service's state.
type Options struct {
	// Keeper triggers due challenges (every allocated bucket, once per
	// period), activates them once their seed block is mined, and resolves
	// them past their deadline: config Challenges.Keeper.
	Keeper bool
	// Attester, when set, is the avatar this node attests as (registered
	// in the pool with `ipfs ring attester register`): it answers the
	// challenges that select it. Config Challenges.Attester.
	Attester *avatar.Avatar
	// Sender signs the transactions the service sends (anyone may send
	// them; reports carry their own signatures): the node's relayer.
	Sender *ecdsa.PrivateKey
	// Interval is how often the service looks. Default 30s.
	Interval time.Duration
	// MineBlock, on a chain that seals blocks only for transactions (the
	// embedded dev chain), seals one so that a challenge's seed block
	// comes; nil on a real chain, whose blocks come by themselves.
	MineBlock func() error
	// Logf logs what the service did and what failed.
	Logf func(format string, args ...any)
}

// Service runs a node's part in challenges: as a keeper, an attester, or
// both. (The hoster's part, countersigning receipts, is Server.)
type Service struct {
	on       *OnChain
	m        *chain.Market
	attester *Attester
	opts     Options

	client *http.Client // the attester's, timing hosters' gateways

	mu       sync.Mutex
	low      uint64          // every challenge up to low is resolved and graded
	attested map[uint64]bool // challenges this node reported on
	measured map[uint64]bool // challenges this node measured
}

// NewService runs on h over on's contract and market m.
func NewService(h host.Host, on *OnChain, m *chain.Market, opts Options) *Service {
	if opts.Interval <= 0 {
		opts.Interval = 30 * time.Second
	}
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	s := &Service{on: on, m: m, opts: opts, client: &http.Client{},
		attested: map[uint64]bool{}, measured: map[uint64]bool{}}
	if opts.Attester != nil {
		s.attester = NewAttester(h, opts.Attester, on)
	}
	return s
}

// Run looks every Interval until ctx ends.
func (s *Service) Run(ctx context.Context) {
	t := time.NewTicker(s.opts.Interval)
	defer t.Stop()
	for {
		if err := s.Tick(ctx); err != nil && ctx.Err() == nil {
			s.opts.Logf("challenges: %v", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// Tick does, once, what is due: as a keeper, challenges the buckets due,
// activates and resolves; as an attester, answers the open challenges
// that select it.
func (s *Service) Tick(ctx context.Context) error {
	var errs []error
	if s.opts.Keeper {
		if err := s.trigger(ctx); err != nil {
			errs = append(errs, err)
		}
		if err := s.amend(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if err := s.sweep(ctx); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// trigger challenges every allocated bucket whose period allows it. A
// bucket challenged less than a period ago (by the chain's clock) is
// skipped on a read, without sending.
func (s *Service) trigger(ctx context.Context) error {
	n, err := s.m.BucketCount(ctx)
	if err != nil {
		return err
	}
	p, err := s.on.ch.Params(ctx)
	if err != nil {
		return err
	}
	now, err := ChainNow(ctx, s.on.ch.Client())
	if err != nil {
		return err
	}
	var errs []error
	for id := uint64(1); id <= n; id++ {
		last, err := s.on.ch.LastChallenged(ctx, id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if last != 0 && now.Before(time.Unix(int64(last), 0).Add(p.Period)) {
			continue // not due
		}
		c, _, err := s.on.ch.ChallengeStorage(ctx, s.opts.Sender, id)
		switch {
		case err == nil:
			s.opts.Logf("challenges: challenged bucket %d (challenge %d, seed block %d)", id, c.ID, c.SeedBlock)
		case errors.Is(err, chain.ErrChallengeTooEarly), errors.Is(err, chain.ErrChallengeRefused), errors.Is(err, chain.ErrChallengeUnknown):
			// not due, not allocated, nothing to challenge yet
		default:
			errs = append(errs, fmt.Errorf("challenging bucket %d: %w", id, err))
		}
	}
	return errors.Join(errs...)
}

// amend replaces, through the market, every cluster node the challenges
// find below their threshold by an idle node (an amendment; the market
// checks the rules: enough outcomes, a suitable idle node).
func (s *Service) amend(ctx context.Context) error {
	n, err := s.m.ClusterCount(ctx)
	if err != nil {
		return err
	}
	var errs []error
	for id := uint32(1); id <= n; id++ {
		c, err := s.m.Cluster(ctx, id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, nd := range c.Nodes {
			st, err := s.on.ch.Standing(ctx, nd.NodeID)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if !st.Replaceable() { // above the threshold, or too few outcomes yet
				continue
			}
			a, _, err := s.m.AmendCluster(ctx, s.opts.Sender, id, nd.NodeID)
			switch {
			case err == nil:
				s.opts.Logf("challenges: cluster %d: node %d, below the threshold, replaced by node %d", id, a.NodeOut, a.NodeIn)
			case errors.Is(err, chain.ErrMarketRefused), errors.Is(err, chain.ErrMarketNotAllowed):
				s.opts.Logf("challenges: cluster %d: node %d is below the threshold but not replaced: %v", id, nd.NodeID, err)
			default:
				errs = append(errs, fmt.Errorf("amending cluster %d: %w", id, err))
			}
		}
	}
	return errors.Join(errs...)
}

// sweep walks the challenges not known to be resolved.
func (s *Service) sweep(ctx context.Context) error {
	n, err := s.on.ch.ChallengeCount(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	low := s.low
	s.mu.Unlock()
	var errs []error
	allDone := true
	for id := low + 1; id <= n; id++ {
		st, err := s.on.ch.Challenge(ctx, id)
		if err != nil {
			errs = append(errs, err)
			allDone = false
			continue
		}
		done, err := s.step(ctx, st)
		if err != nil {
			errs = append(errs, fmt.Errorf("challenge %d: %w", id, err))
		}
		if done && allDone {
			low = id
		} else {
			allDone = false
		}
	}
	s.mu.Lock()
	s.low = max(s.low, low)
	s.mu.Unlock()
	return errors.Join(errs...)
}

// step does what is due for one challenge; done: it is closed (resolved,
// past its deadline) and graded, or never will be.
func (s *Service) step(ctx context.Context, st *chain.ChallengeStatus) (done bool, err error) {
	switch st.State {
	case chain.ChallengePending:
		if s.opts.Keeper {
			return false, s.activate(ctx, st)
		}
		return false, nil
	case chain.ChallengeActive, chain.ChallengePassed, chain.ChallengeFailed, chain.ChallengeTimedOut:
	default:
		return true, nil
	}
	now, err := ChainNow(ctx, s.on.ch.Client())
	if err != nil {
		return false, err
	}
	open := now.Unix() <= int64(st.Deadline)
	if open && s.attester != nil && slices.Contains(st.Derivation.Attesters, s.opts.Attester.Address) {
		// Measuring goes on until the deadline, whether or not the
		// storage verdict is in.
		return false, s.attest(ctx, st)
	}
	if open || !s.opts.Keeper {
		return !open, nil
	}
	if st.State == chain.ChallengeActive {
		o, _, err := s.on.ch.Resolve(ctx, s.opts.Sender, st.ID)
		if err != nil && !errors.Is(err, chain.ErrChallengeClosed) {
			return false, err
		}
		if o != nil {
			s.opts.Logf("challenges: challenge %d resolved: %s", st.ID, o.Outcome)
		}
	}
	return s.grade(ctx, st.ID)
}

// grade grades a closed challenge's performance from the measurements it
// has, unless it has none or is graded already; done: either way, it is
// graded or never will be.
func (s *Service) grade(ctx context.Context, id uint64) (done bool, err error) {
	g, err := s.on.ch.Grade(ctx, id)
	if err != nil {
		return false, err
	}
	if g.Graded || g.Reports == 0 {
		return true, nil
	}
	g, _, err = s.on.ch.GradePerformance(ctx, s.opts.Sender, id)
	if errors.Is(err, chain.ErrChallengeClosed) {
		return true, nil // another keeper graded it
	}
	if err != nil {
		return false, err
	}
	s.opts.Logf("challenges: challenge %d graded: score %d bps (availability %v, latency %v, bandwidth %v)", id, g.ScoreBps, g.Availability, g.Latency, g.Bandwidth)
	return true, nil
}

// activate activates a pending challenge once its seed block is mined,
// reseeding it when the seed's hash is out of reach.
func (s *Service) activate(ctx context.Context, st *chain.ChallengeStatus) error {
	head, err := s.on.ch.Client().HeadNumber(ctx)
	if err != nil {
		return err
	}
	if head <= st.SeedBlock {
		if s.opts.MineBlock != nil {
			return s.opts.MineBlock()
		}
		return nil
	}
	a, _, err := s.on.ch.Activate(ctx, s.opts.Sender, st.ID)
	if errors.Is(err, chain.ErrChallengeClosed) {
		return nil // another keeper activated it
	}
	if err != nil && head > st.SeedBlock+256 {
		_, _, err = s.on.ch.Reseed(ctx, s.opts.Sender, st.ID)
		return err
	}
	if err != nil {
		return err
	}
	s.opts.Logf("challenges: activated challenge %d: hoster node %d, attesters %v, %d positions", a.ID, a.HosterNode, a.Attesters, len(a.Members))
	return nil
}

// reported reports whether this node's attester has reported on st.
func (s *Service) reported(st *chain.ChallengeStatus) bool {
	s.mu.Lock()
	done := s.attested[st.ID]
	s.mu.Unlock()
	if done {
		return true
	}
	for _, v := range st.Votes {
		if v.Attester == s.opts.Attester.Address && v.Reported {
			return true
		}
	}
	return false
}

// attest answers, until its deadline, a challenge that selects this
// node's attester: while it is active, it has the hoster prove the
// challenged nodes, times the hoster on them, and submits the signed
// measurement and then the signed verdict (so a quorum of verdicts comes
// after its attesters' measurements); a measurement not made then (a
// restart, a verdict already in) is made on the heads the chain holds.
func (s *Service) attest(ctx context.Context, st *chain.ChallengeStatus) error {
	s.mu.Lock()
	measured := s.measured[st.ID]
	s.mu.Unlock()
	report := st.State == chain.ChallengeActive && !s.reported(st)
	if !report && measured {
		return nil
	}
	c, err := s.on.challengeOf(ctx, st)
	if err != nil {
		return err
	}
	now, err := ChainNow(ctx, s.on.ch.Client())
	if err != nil {
		return err
	}
	left := c.Deadline.Sub(now)
	if left <= 0 {
		return nil // closed: the keeper resolves it
	}
	actx, cancel := context.WithTimeout(ctx, left)
	defer cancel()
	var v *Verdict
	if report {
		if v, err = s.attester.Attest(actx, c); err != nil {
			return err
		}
		if v.Retry && left > RetryMargin {
			// A replica may still be fetching the newest flush: ask again
			// at the next look, until RetryMargin before the deadline.
			s.opts.Logf("challenges: challenge %d: the hoster does not serve the head yet, asking again: %s", c.ID, v.Reason)
			return nil
		}
	}
	if !measured {
		var digests []common.Hash
		if v != nil {
			digests = v.Digests
		}
		if err := s.measure(actx, c, digests); err != nil {
			if v == nil {
				return err
			}
			// A measurement that failed does not hold the verdict back.
			s.opts.Logf("challenges: challenge %d: %v", c.ID, err)
		}
	}
	if v == nil {
		return nil
	}
	o, _, err := s.on.ch.SubmitReport(ctx, s.opts.Sender, reportOf(v.Report), v.AttesterSig, v.HosterSig)
	if err != nil && !errors.Is(err, chain.ErrChallengeClosed) {
		return fmt.Errorf("submitting the report: %w", err)
	}
	s.mu.Lock()
	s.attested[c.ID] = true
	s.mu.Unlock()
	if v.Report.OK {
		s.opts.Logf("challenges: challenge %d: the hoster proved %d log nodes", c.ID, v.Blocks)
	} else {
		s.opts.Logf("challenges: challenge %d: the hoster failed: %s", c.ID, v.Reason)
	}
	if o != nil {
		s.opts.Logf("challenges: challenge %d resolved: %s", c.ID, o.Outcome)
	}
	return nil
}

// measure times c's hoster on the challenged nodes it proved (digests in
// position order; nil: the heads on chain), and submits the signed
// measurement.
func (s *Service) measure(ctx context.Context, c *Challenge, digests []common.Hash) error {
	m, err := s.attester.MeasureHoster(ctx, s.client, c, digests)
	if err != nil {
		return fmt.Errorf("measuring the hoster: %w", err)
	}
	g, _, err := s.on.ch.SubmitPerformance(ctx, s.opts.Sender, m.Report, m.Sig)
	if err != nil && !errors.Is(err, chain.ErrChallengeClosed) {
		return fmt.Errorf("submitting the measurement: %w", err)
	}
	s.mu.Lock()
	s.measured[c.ID] = true
	s.mu.Unlock()
	p := m.Performance
	s.opts.Logf("challenges: challenge %d: the hoster answered %d of %d requests, p50 %s, %.0f bytes/s", c.ID, p.Answered, p.Requests, p.P50, p.Throughput)
	if g != nil {
		s.opts.Logf("challenges: challenge %d graded: score %d bps", c.ID, g.ScoreBps)
	}
	return nil
}

// RetryMargin is how long before a challenge's deadline an attester stops
// asking again a hoster that would not start a log at the challenged head
// (it may have been fetching a flush that came moments before), and
// reports it failed.
const RetryMargin = time.Minute

// ChainNow is the time the chain's next block will have at the earliest:
// the later of this machine's clock and the newest block's time (a dev
// chain's clock may be ahead, `ipfs ring chain advance`). Challenge
// deadlines are checked against it.
func ChainNow(ctx context.Context, c *chain.Client) (time.Time, error) {
	head, err := c.HeadTime(ctx)
	if err != nil {
		return time.Time{}, err
	}
	if now := time.Now(); now.After(head) {
		return now, nil
	}
	return head, nil
}
