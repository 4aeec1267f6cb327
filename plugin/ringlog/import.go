package ringlog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-datastore"
)

// ErrHeadMoved is returned by Import when the log's head is no longer the
// one the caller verified the segment against.
var ErrHeadMoved = errors.New("ringlog: the log's head moved meanwhile")

// Import stores a segment of a member's log that the caller has verified:
// blks are the segment's blocks, head is its newest node, and the oldest
// node's prev is prev (hasPrev false: the segment starts at seq 1). The
// local head must still be prev; the segment becomes the new head, durably,
// and the log's pin moves to it, as with Append.
func (s *Store) Import(ctx context.Context, prev Head, hasPrev bool, head Head, blks []blocks.Block) error {
	if head.Seq <= prev.Seq {
		return fmt.Errorf("ringlog: importing seq %d over seq %d", head.Seq, prev.Seq)
	}
	unlock, err := s.lockLog(head.Ring, head.Member)
	if err != nil {
		return err
	}
	defer unlock()
	cur, ok, err := s.Head(ctx, head.Ring, head.Member)
	if err != nil {
		return err
	}
	if ok != hasPrev || (ok && cur != prev) {
		return fmt.Errorf("%w: it is seq %d, the segment continues seq %d", ErrHeadMoved, cur.Seq, prev.Seq)
	}
	return s.commit(ctx, prev, hasPrev, head, func(ctx context.Context) error {
		return s.bs.PutMany(ctx, blks)
	})
}

// Segment is one verified segment of a member's log, for ImportMany: the
// log's head must still be Prev (HasPrev false: the log is new) and
// becomes Head.
type Segment struct {
	Prev    Head
	HasPrev bool
	Head    Head
	Blocks  []blocks.Block
}

// ImportMany stores several segments, of different logs, as one commit:
// one PutMany of all their blocks, one synced batch of their head records,
// and their pin moves queued (see Import). Either every segment is stored
// or none is.
func (s *Store) ImportMany(ctx context.Context, segs []Segment) error {
	if len(segs) == 0 {
		return nil
	}
	keys := make([]logKey, len(segs))
	for i, sg := range segs {
		if sg.Head.Seq <= sg.Prev.Seq {
			return fmt.Errorf("ringlog: importing seq %d over seq %d", sg.Head.Seq, sg.Prev.Seq)
		}
		keys[i] = logKey{sg.Head.Ring, sg.Head.Member}
	}
	// Lock the logs in one order, so that concurrent calls cannot deadlock.
	order := make([]int, len(segs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := keys[a].ring.Cmp(keys[b].ring); c != 0 {
			return c
		}
		return keys[a].member.Cmp(keys[b].member)
	})
	for i := 1; i < len(order); i++ {
		if keys[order[i]] == keys[order[i-1]] {
			return fmt.Errorf("ringlog: two segments of the log of %s in one ImportMany", keys[order[i]].member.Hex())
		}
	}
	release, err := s.open()
	if err != nil {
		return err
	}
	defer release()
	for _, i := range order {
		mu := s.logMutex(keys[i].ring, keys[i].member)
		mu.Lock()
		defer mu.Unlock()
	}
	var all []blocks.Block
	for _, sg := range segs {
		cur, ok, err := s.Head(ctx, sg.Head.Ring, sg.Head.Member)
		if err != nil {
			return err
		}
		if ok != sg.HasPrev || (ok && cur != sg.Prev) {
			return fmt.Errorf("%w: %s's log is at seq %d, the segment continues seq %d", ErrHeadMoved, sg.Head.Member.Hex(), cur.Seq, sg.Prev.Seq)
		}
		all = append(all, sg.Blocks...)
	}

	unlock := s.bs.PinLock(ctx)
	unlocks := make([]blockstore.Unlocker, len(segs))
	unlocks[0] = unlock
	for i := 1; i < len(segs); i++ {
		unlocks[i] = s.bs.PinLock(ctx)
	}
	queued := false
	defer func() {
		if !queued {
			for _, u := range unlocks {
				u.Unlock(ctx)
			}
		}
	}()
	if err := s.bs.PutMany(ctx, all); err != nil {
		return fmt.Errorf("ringlog: storing log nodes: %w", err)
	}
	if s.syncBlocks != nil {
		if err := s.syncBlocks(ctx); err != nil {
			return fmt.Errorf("ringlog: syncing log nodes: %w", err)
		}
	}
	b, err := s.ds.Batch(ctx)
	if err != nil {
		return err
	}
	for _, sg := range segs {
		rec, err := json.Marshal(headRecord{Seq: sg.Head.Seq, CID: sg.Head.CID.String()})
		if err != nil {
			return err
		}
		if err := b.Put(ctx, headKey(sg.Head.Ring, sg.Head.Member), rec); err != nil {
			return err
		}
	}
	if err := b.Commit(ctx); err != nil {
		return fmt.Errorf("ringlog: recording heads: %w", err)
	}
	if err := s.ds.Sync(ctx, datastore.NewKey("/heads")); err != nil {
		return fmt.Errorf("ringlog: syncing heads: %w", err)
	}
	for i, sg := range segs {
		s.queuePin(sg.Prev, sg.HasPrev, sg.Head, unlocks[i])
	}
	queued = true
	return nil
}
