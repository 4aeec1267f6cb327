package ringlog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
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
	_, err := s.CommitMany(ctx, []Segment{{Prev: prev, HasPrev: hasPrev, Head: head, Blocks: blks}}, nil, nil)
	return err
}

// Segment is one verified segment of a member's log, for CommitMany: the
// log's head must still be Prev (HasPrev false: the log is new) and
// becomes Head.
type Segment struct {
	Prev    Head
	HasPrev bool
	Head    Head
	Blocks  []blocks.Block
	// Replace allows a Head that does not extend Prev: another branch of
	// the log, after a fork (see Fetch).
	Replace bool
	// Staged says Stage stored Blocks already: the commit stores only the
	// ones a garbage collection removed meanwhile.
	Staged bool
	// held is a PinLock the caller holds and hands over: the commit uses
	// it as its own instead of taking another (a second PinLock could
	// deadlock with a garbage collection waiting between the two). It is
	// released with the commit's pin moves, or at once if the commit
	// fails.
	held blockstore.Unlocker
}

// Extra adds the caller's records to a CommitMany batch, with keys relative
// to the store's datastore; appended are the heads of the commit's appends,
// in order.
type Extra func(ctx context.Context, b datastore.Write, appended []Head) error

// CommitMany stores verified segments of some logs and appends one message
// to each of some other logs, as one commit: their blocks stored (but for
// those already staged, see Stage), then one synced batch holding every
// new head record and the caller's extra records, then the pin moves
// queued (see Append). Either all of it is stored or none of it is
// recorded. It returns the appends' heads. A log may appear in one
// segment, or in any number of appends, which continue each other in
// order (one commit appends several nodes to it). With no segments and no
// appends, it commits the extra records alone.
func (s *Store) CommitMany(ctx context.Context, segs []Segment, appends []Entry, extra Extra) ([]Head, error) {
	// The held PinLocks are this call's to release; from the pin moves on,
	// with the others.
	handedOver := false
	defer func() {
		if !handedOver {
			for _, sg := range segs {
				if sg.held != nil {
					sg.held.Unlock(ctx)
				}
			}
		}
	}()
	if len(segs) == 0 && len(appends) == 0 && extra == nil {
		return nil, nil
	}
	keys := make([]logKey, 0, len(segs)+len(appends))
	for _, sg := range segs {
		if sg.Head.Seq <= sg.Prev.Seq && !sg.Replace {
			return nil, fmt.Errorf("ringlog: importing seq %d over seq %d", sg.Head.Seq, sg.Prev.Seq)
		}
		keys = append(keys, logKey{sg.Head.Ring, sg.Head.Member})
	}
	authors := make([]common.Address, len(appends))
	appending := map[logKey]bool{}
	for i, e := range appends {
		authors[i] = crypto.PubkeyToAddress(e.Author.PublicKey)
		k := logKey{e.Ring, authors[i]}
		if !appending[k] {
			appending[k] = true
			keys = append(keys, k)
		}
	}
	// Lock the logs in one order, so that concurrent calls cannot deadlock.
	sorted := slices.Clone(keys)
	slices.SortFunc(sorted, func(a, b logKey) int {
		if c := a.ring.Cmp(b.ring); c != 0 {
			return c
		}
		return a.member.Cmp(b.member)
	})
	for i := 1; i < len(sorted); i++ {
		if sorted[i] == sorted[i-1] {
			return nil, fmt.Errorf("ringlog: the log of %s appears twice in one commit", sorted[i].member.Hex())
		}
	}
	release, err := s.open()
	if err != nil {
		return nil, err
	}
	defer release()
	for _, k := range sorted {
		mu := s.logMutex(k.ring, k.member)
		mu.Lock()
		defer mu.Unlock()
	}

	type move struct {
		prev    Head
		hasPrev bool
		head    Head
	}
	var moves []move
	var all, staged []blocks.Block
	for _, sg := range segs {
		cur, ok, err := s.Head(ctx, sg.Head.Ring, sg.Head.Member)
		if err != nil {
			return nil, err
		}
		if ok != sg.HasPrev || (ok && cur != sg.Prev) {
			return nil, fmt.Errorf("%w: %s's log is at seq %d, the segment continues seq %d", ErrHeadMoved, sg.Head.Member.Hex(), cur.Seq, sg.Prev.Seq)
		}
		if sg.Staged {
			staged = append(staged, sg.Blocks...)
		} else {
			all = append(all, sg.Blocks...)
		}
		moves = append(moves, move{sg.Prev, sg.HasPrev, sg.Head})
	}
	appended := make([]Head, len(appends))
	moved := map[logKey]int{} // an appended log's move, which its later appends extend
	for i, e := range appends {
		k := logKey{e.Ring, authors[i]}
		var (
			prev    Head
			hasPrev bool
		)
		if j, ok := moved[k]; ok {
			prev, hasPrev = moves[j].head, true
		} else if prev, hasPrev, err = s.Head(ctx, e.Ring, authors[i]); err != nil {
			return nil, err
		}
		blk, head, err := buildNode(e, authors[i], prev, hasPrev)
		if err != nil {
			return nil, err
		}
		all = append(all, blk)
		appended[i] = head
		if j, ok := moved[k]; ok {
			moves[j].head = head
		} else {
			moved[k] = len(moves)
			moves = append(moves, move{prev, hasPrev, head})
		}
	}

	// One PinLock covers the commit, shared by its pin moves: a held one,
	// or a new one when nothing is held. Taking a second while holding one
	// could deadlock with a garbage collection waiting between the two.
	handedOver = true
	var lock blockstore.Unlocker
	for _, sg := range segs {
		switch {
		case sg.held == nil:
		case lock == nil:
			lock = sg.held
		default:
			sg.held.Unlock(ctx)
		}
	}
	if lock == nil && len(moves) > 0 {
		lock = s.bs.PinLock(ctx)
	}
	shared := &sharedUnlock{u: lock}
	shared.n.Store(int32(len(moves)))
	queued := false
	defer func() {
		if !queued && lock != nil {
			lock.Unlock(ctx)
		}
	}()
	for _, b := range staged {
		has, err := s.bs.Has(ctx, b.Cid())
		if err != nil {
			return nil, fmt.Errorf("ringlog: checking staged log nodes: %w", err)
		}
		if !has {
			all = append(all, b)
		}
	}
	if err := storeBlocks(ctx, s.bs, all); err != nil {
		return nil, fmt.Errorf("ringlog: storing log nodes: %w", err)
	}
	if s.syncBlocks != nil {
		if err := s.syncBlocks(ctx); err != nil {
			return nil, fmt.Errorf("ringlog: syncing log nodes: %w", err)
		}
	}
	b, err := s.ds.Batch(ctx)
	if err != nil {
		return nil, err
	}
	for _, m := range moves {
		rec, err := json.Marshal(headRecord{Seq: m.head.Seq, CID: m.head.CID.String()})
		if err != nil {
			return nil, err
		}
		if err := b.Put(ctx, headKey(m.head.Ring, m.head.Member), rec); err != nil {
			return nil, err
		}
	}
	if extra != nil {
		if err := extra(ctx, b, appended); err != nil {
			return nil, err
		}
	}
	if err := b.Commit(ctx); err != nil {
		return nil, fmt.Errorf("ringlog: recording heads: %w", err)
	}
	if err := s.ds.Sync(ctx, datastore.NewKey("/")); err != nil {
		return nil, fmt.Errorf("ringlog: syncing heads: %w", err)
	}
	for _, m := range moves {
		s.queuePin(m.prev, m.hasPrev, m.head, shared)
	}
	queued = true
	newHeads := make([]Head, len(moves))
	for i, m := range moves {
		newHeads[i] = m.head
	}
	s.headsMoved(newHeads)
	return appended, nil
}
