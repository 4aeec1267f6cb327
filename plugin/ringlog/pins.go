package ringlog

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/boxo/blockstore"
	pin "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore/query"
	logging "github.com/ipfs/go-log/v2"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

var log = logging.Logger("ring")

// Pins follow heads in the background, in batches. An append holds a
// PinLock from the moment its block is stored: Kubo's garbage collector
// takes the GC lock, which waits for every PinLock, so an unpinned node is
// never collected. The mover then moves each log's recursive pin to its
// newest head and releases the locks it covered. It moves pins at most
// once per pinInterval (sooner when WaitPinned asks), so that a busy log
// pays one pin move, about five synced pinner writes, per interval rather
// than per append.
//
// If the process dies between an append and its pin move, the head record
// is durable but its pin is not: Reconcile, run at start, pins such heads.

type logKey struct{ ring, member common.Address }

// pendingPin is the pin work for one log.
type pendingPin struct {
	pinned  cid.Cid // the head the log's pin is on; undefined for a new log
	head    Head    // the head the pin must move to
	unlocks []blockstore.Unlocker
}

// queuePin records that the log's pin must move to head, keeping unlock
// held until it has.
func (s *Store) queuePin(prev Head, hasPrev bool, head Head, unlock blockstore.Unlocker) {
	s.pmu.Lock()
	k := logKey{head.Ring, head.Member}
	p := s.pending[k]
	if p == nil {
		p = &pendingPin{}
		if hasPrev {
			p.pinned = prev.CID
		}
		s.pending[k] = p
	}
	p.head = head
	p.unlocks = append(p.unlocks, unlock)
	s.pmu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// pinInterval is the shortest time between two rounds of pin moves.
const pinInterval = 200 * time.Millisecond

// movePins is the mover goroutine: it applies pending pin moves when
// appends queue them, at most once per pinInterval unless WaitPinned
// hurries it, and once more at Close.
func (s *Store) movePins() {
	defer s.wg.Done()
	var last time.Time
	for {
		select {
		case <-s.wake:
			if wait := time.Until(last.Add(pinInterval)); wait > 0 {
				t := time.NewTimer(wait)
				select {
				case <-t.C:
				case <-s.hurry:
				case <-s.ctx.Done():
				}
				t.Stop()
			}
			// Pin writes are short; Close waits for them rather than
			// cancelling them half way.
			s.applyPending(context.Background())
			last = time.Now()
		case <-s.ctx.Done():
			// Close: finish every pending move with a fresh deadline.
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			s.applyPending(ctx)
			cancel()
			return
		}
	}
}

func (s *Store) applyPending(ctx context.Context) {
	s.pmu.Lock()
	batch := s.pending
	s.pending = map[logKey]*pendingPin{}
	s.applying = len(batch) > 0
	s.pmu.Unlock()
	if len(batch) == 0 {
		return
	}
	var failed []logKey
	for k, p := range batch {
		if err := s.movePin(ctx, p); err != nil {
			log.Errorf("moving the pin of %s's log in ring %s to %s: %s", k.member.Hex(), k.ring.Hex(), p.head.CID, err)
			failed = append(failed, k)
		}
	}
	if err := s.pins.Flush(ctx); err != nil {
		log.Errorf("flushing pins: %s", err)
		for k := range batch {
			failed = append(failed, k)
		}
	}
	// Requeue what failed, still holding its locks, so GC keeps waiting.
	s.pmu.Lock()
	for _, k := range failed {
		p := batch[k]
		if q := s.pending[k]; q != nil {
			q.pinned = p.pinned
			q.unlocks = append(q.unlocks, p.unlocks...)
		} else {
			s.pending[k] = p
		}
		delete(batch, k)
	}
	retry := len(failed) > 0
	s.pmu.Unlock()
	for _, p := range batch {
		for _, u := range p.unlocks {
			u.Unlock(ctx)
		}
	}
	s.pmu.Lock()
	s.applying = false
	s.moved.Broadcast()
	s.pmu.Unlock()
	if retry && ctx.Err() == nil {
		time.AfterFunc(time.Second, func() {
			select {
			case s.wake <- struct{}{}:
			default:
			}
		})
	}
}

// movePin pins p.head recursively, then unpins the log's previous head.
// The log below the head is complete and local, so the pin is recorded
// without walking it (pin.Pin would fetch the whole graph every time).
func (s *Store) movePin(ctx context.Context, p *pendingPin) error {
	if p.pinned == p.head.CID {
		return nil
	}
	if err := s.pins.PinWithMode(ctx, p.head.CID, pin.Recursive, PinName(p.head.Ring, p.head.Member)); err != nil {
		return fmt.Errorf("pinning: %w", err)
	}
	if p.pinned.Defined() {
		if err := s.pins.Unpin(ctx, p.pinned, true); err != nil && !errors.Is(err, pin.ErrNotPinned) {
			return fmt.Errorf("unpinning the previous head: %w", err)
		}
	}
	p.pinned = p.head.CID
	return nil
}

// WaitPinned blocks until every append made so far has its head pinned
// and its old pin removed.
func (s *Store) WaitPinned(ctx context.Context) error {
	stop := context.AfterFunc(ctx, func() {
		s.pmu.Lock()
		s.moved.Broadcast()
		s.pmu.Unlock()
	})
	defer stop()
	select {
	case s.hurry <- struct{}{}:
	default:
	}
	s.pmu.Lock()
	defer s.pmu.Unlock()
	for len(s.pending) > 0 || s.applying {
		if err := ctx.Err(); err != nil {
			return err
		}
		s.moved.Wait()
	}
	return nil
}

// maxReconcileWalk bounds the walk back from an unpinned head to the pin it
// lost; a crash leaves at most one batch of appends unpinned.
const maxReconcileWalk = 1 << 16

// Reconcile makes the pins agree with the recorded heads after a crash: it
// pins every head that is not pinned (an append whose pin move a crash cut
// off), and removes every log pin that is not its log's head (a crash
// between pinning a head and unpinning the old one). Run it at start,
// before appends. It returns how many pins it added or removed.
func (s *Store) Reconcile(ctx context.Context) (int, error) {
	res, err := s.ds.Query(ctx, query.Query{Prefix: "/heads"})
	if err != nil {
		return 0, err
	}
	var heads []Head
	for r := range res.Next() {
		if r.Error != nil {
			res.Close()
			return 0, r.Error
		}
		k := splitHeadKey(r.Key)
		if k == nil {
			continue
		}
		h, err := decodeHead(k.ring, k.member, r.Value)
		if err != nil {
			res.Close()
			return 0, err
		}
		heads = append(heads, h)
	}
	res.Close()

	fixed := 0
	for _, h := range heads {
		_, pinned, err := s.pins.IsPinnedWithType(ctx, h.CID, pin.Recursive)
		if err != nil {
			return fixed, err
		}
		if pinned {
			continue
		}
		stale, err := s.stalePin(ctx, h)
		if err != nil {
			return fixed, err
		}
		if err := s.movePin(ctx, &pendingPin{pinned: stale, head: h}); err != nil {
			return fixed, err
		}
		fixed++
	}
	// A kill between a pin and the unpin of the old head leaves the old
	// pin behind: drop every ring pin that is not its log's head.
	byLog := map[logKey]cid.Cid{}
	for _, h := range heads {
		byLog[logKey{h.Ring, h.Member}] = h.CID
	}
	var stale []cid.Cid
	for p := range s.pins.RecursiveKeys(ctx, true) {
		if p.Err != nil {
			return fixed, p.Err
		}
		k, ok := parsePinName(p.Pin.Name)
		if ok && byLog[k] != p.Pin.Key {
			stale = append(stale, p.Pin.Key)
		}
	}
	for _, c := range stale {
		if err := s.pins.Unpin(ctx, c, true); err != nil && !errors.Is(err, pin.ErrNotPinned) {
			return fixed, fmt.Errorf("ringlog: removing a stale log pin: %w", err)
		}
		fixed++
	}
	if fixed > 0 {
		if err := s.pins.Flush(ctx); err != nil {
			return fixed, err
		}
	}
	// A kill between a fork's replace and its evidence pins leaves the
	// losing node unpinned: pin every fork's evidence that nothing pins.
	forks, err := s.Forks(ctx, common.Address{})
	if err != nil {
		return fixed, err
	}
	if len(forks) > 0 {
		unlock := s.bs.PinLock(ctx)
		defer unlock.Unlock(ctx)
	}
	for _, f := range forks {
		if err := s.pinEvidence(ctx, f); err != nil {
			return fixed, err
		}
	}
	return fixed, nil
}

// parsePinName parses PinName's "ring:<ring>:<member>".
func parsePinName(name string) (logKey, bool) {
	parts := strings.Split(name, ":")
	if len(parts) != 3 || parts[0] != "ring" || !common.IsHexAddress(parts[1]) || !common.IsHexAddress(parts[2]) {
		return logKey{}, false
	}
	return logKey{common.HexToAddress(parts[1]), common.HexToAddress(parts[2])}, true
}

// splitHeadKey parses /heads/<ring>/<member>.
func splitHeadKey(key string) *logKey {
	parts := strings.Split(strings.TrimPrefix(key, "/"), "/")
	if len(parts) != 3 || parts[0] != "heads" || !common.IsHexAddress(parts[1]) || !common.IsHexAddress(parts[2]) {
		return nil
	}
	return &logKey{ring: common.HexToAddress(parts[1]), member: common.HexToAddress(parts[2])}
}

// stalePin walks back from an unpinned head to the newest node that is
// pinned recursively: the pin the log had before the crash.
func (s *Store) stalePin(ctx context.Context, h Head) (cid.Cid, error) {
	var found cid.Cid
	steps := 0
	err := s.Walk(ctx, h.CID, func(c cid.Cid, _ *schemas.LogNode) error {
		if steps++; steps > maxReconcileWalk {
			return ErrStop
		}
		if c == h.CID {
			return nil
		}
		_, pinned, err := s.pins.IsPinnedWithType(ctx, c, pin.Recursive)
		if err != nil {
			return err
		}
		if pinned {
			found = c
			return ErrStop
		}
		return nil
	})
	return found, err
}
