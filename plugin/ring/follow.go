package ring

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/chain"
)

// HeadCache is the node's cache of the contract state of the rings it
// follows, kept fresh from contract events (chain.Follower).
type HeadCache interface {
	// Add starts following a ring (one read of its state).
	Add(ctx context.Context, ring common.Address) error
	// State is the ring's latest state; chain.ErrNotFollowed if not added.
	State(ring common.Address) (*chain.RingState, error)
	// Final is the state as of the configured confirmations.
	Final(ring common.Address) (*chain.RingState, error)
	// Refresh brings every followed ring up to the latest block: one
	// header read and one log query, whatever the number of rings.
	Refresh(ctx context.Context) error
	// Remove stops following a ring.
	Remove(ring common.Address)
}

var _ HeadCache = (*chain.Follower)(nil)

// cachedState reads a ring's state from the head cache, brought up to the
// latest block first (a command must see what was just mined), following
// the ring from now on; or from the chain when the node has no cache.
// final selects the confirmed view.
func (s *Service) cachedState(ctx context.Context, ring common.Address, final bool) (*chain.RingState, error) {
	return s.readState(ctx, ring, final, true)
}

// readState is cachedState; refresh false skips bringing the cache up to
// the latest block, for a caller that just did, once for many rings.
func (s *Service) readState(ctx context.Context, ring common.Address, final, refresh bool) (*chain.RingState, error) {
	c := s.opts.Heads
	if c == nil {
		return s.chain.State(ctx, ring)
	}
	read := c.State
	if final {
		read = c.Final
	}
	if _, err := read(ring); errors.Is(err, chain.ErrNotFollowed) {
		if err := c.Add(ctx, ring); err != nil {
			return nil, err
		}
	} else if refresh {
		if err := c.Refresh(ctx); err != nil {
			return nil, err
		}
	}
	return read(ring)
}

// refreshHeads brings the head cache up to the latest block, if the node
// has one.
func (s *Service) refreshHeads(ctx context.Context) error {
	if s.opts.Heads == nil {
		return nil
	}
	return s.opts.Heads.Refresh(ctx)
}

// FollowOptions configure Follow.
type FollowOptions struct {
	// Changed delivers the rings whose state changed on chain (the head
	// cache's change notifications).
	Changed <-chan common.Address
	// Interval is how often Follow looks for new rings to follow,
	// re-anchors, checks every followed ring against the chain and retries
	// what failed. Default 30s.
	Interval time.Duration
	// NoSync leaves syncing to `ipfs ring sync`: Follow only re-anchors and
	// reports forks.
	NoSync bool
	// ReportForks sends reportFork for every fork caught, as soon as it is
	// caught; otherwise `ipfs ring forks --report` does.
	ReportForks bool
	// Log reports what the loop does; nil is silent.
	Log Logger
}

// Logger is where Follow reports: Kubo's go-log loggers fit.
type Logger interface {
	Infof(format string, args ...any)
	Errorf(format string, args ...any)
}

type silent struct{}

func (silent) Infof(string, ...any)  {}
func (silent) Errorf(string, ...any) {}

// Follow keeps this node's copies of the logs of every ring it holds keys
// for (as a member or a replica) up to the heads on chain: it follows
// those rings in the head cache and syncs a ring whenever its state
// changes, and once at start. At start and every Interval it re-anchors
// heads the chain lost (Reanchor); every Interval it announces this
// node's heads again (Reannounce). With ReportForks it reports the forks
// that syncs (and replicas) catch. It returns when ctx ends.
func (s *Service) Follow(ctx context.Context, o FollowOptions) {
	if o.Interval <= 0 {
		o.Interval = 30 * time.Second
	}
	log := o.Log
	if log == nil {
		log = silent{}
	}
	followed := map[common.Address]bool{}
	stale := map[common.Address]bool{} // rings whose last sync failed or is due
	addRings := func() {
		if o.NoSync {
			return
		}
		rings, err := s.keys.List()
		if err != nil {
			log.Errorf("listing rings: %v", err)
			return
		}
		for _, r := range rings {
			if followed[r] {
				continue
			}
			if s.opts.Heads != nil {
				if err := s.opts.Heads.Add(ctx, r); err != nil {
					log.Errorf("following %s: %v", r.Hex(), err)
					continue
				}
			}
			followed[r], stale[r] = true, true
		}
	}
	syncStale := func() {
		if len(stale) == 0 {
			return
		}
		// One refresh of the head cache serves the round's rings.
		if err := s.refreshHeads(ctx); err != nil {
			log.Errorf("refreshing the head cache: %v", err)
			return
		}
		for r := range stale {
			if ctx.Err() != nil {
				return
			}
			if _, err := s.keys.Get(r); err != nil {
				// The node let the ring go (UnreplicateRing, keys
				// deleted): stop following it rather than fetch again
				// what was just unpinned.
				delete(followed, r)
				delete(stale, r)
				if s.opts.Heads != nil {
					s.opts.Heads.Remove(r)
				}
				log.Infof("stopped following %s: this node holds no keys for it any more", r.Hex())
				continue
			}
			res, err := s.sync(ctx, r.Hex(), nil, false)
			if err != nil {
				log.Errorf("sync of %s: %v", r.Hex(), err)
				continue
			}
			ok := true
			for _, m := range res.Members {
				if m.Error != "" {
					log.Errorf("sync of %s, log of %s: %s", r.Hex(), m.Member.Hex(), m.Error)
					ok = false
				}
			}
			if ok {
				delete(stale, r)
			}
		}
	}
	report := func() {
		if !o.ReportForks {
			return
		}
		reps, err := s.ReportForks(ctx, "")
		if err != nil {
			log.Errorf("reporting forks: %v", err)
			return
		}
		for _, r := range reps {
			if r.Error != "" {
				log.Errorf("fork of %s at seq %d in ring %s: report failed: %s", r.Member.Hex(), r.Seq, r.Ring.Hex(), r.Error)
			} else {
				log.Infof("fork of %s at seq %d in ring %s: %s %s", r.Member.Hex(), r.Seq, r.Ring.Hex(), r.Status, r.ReportTx)
			}
		}
	}
	// A failure that repeats every round is logged once, until it changes
	// or the head is re-anchored.
	failing := repeats{}
	reanchor := func() {
		res, err := s.Reanchor(ctx)
		if err != nil {
			failing.report(log, "", fmt.Sprintf("re-anchoring heads: %v", err))
		} else {
			failing.clear("")
		}
		for _, r := range res {
			key := r.Ring.Hex() + r.Avatar.Hex()
			if r.Error != "" {
				failing.report(log, key, fmt.Sprintf("re-anchoring %s's head (seq %d) in %s: %s", r.Avatar.Hex(), r.Anchored, r.Ring.Hex(), r.Error))
			} else {
				failing.clear(key)
				log.Infof("re-anchored %s's head in %s: the chain had lost seq %d; flushed seq %d in tx %s", r.Avatar.Hex(), r.Ring.Hex(), r.Anchored, r.Flushed.Seq, r.Flushed.Tx.TxHash.Hex())
			}
		}
	}
	tick := time.NewTicker(o.Interval)
	defer tick.Stop()
	reanchor()
	addRings()
	syncStale()
	report()
	for {
		select {
		case <-ctx.Done():
			return
		case r := <-o.Changed:
			if followed[r] {
				stale[r] = true
			}
			syncStale()
		case <-s.logs.ForkFound():
			report()
		case <-tick.C:
			// Every ring is checked each interval too: a change notice
			// dropped by a busy loop is caught up here.
			reanchor()
			if err := s.Reannounce(ctx); err != nil {
				log.Errorf("announcing this node's heads again: %v", err)
			}
			addRings()
			for r := range followed {
				stale[r] = true
			}
			syncStale()
			report()
		}
	}
}

// repeats logs an error once while it repeats: by key, the last message
// logged.
type repeats map[string]string

// report logs msg as an error unless it is what key last logged.
func (r repeats) report(log Logger, key, msg string) {
	if r[key] != msg {
		r[key] = msg
		log.Errorf("%s", msg)
	}
}

// clear forgets key's failure: the next one is logged.
func (r repeats) clear(key string) { delete(r, key) }
