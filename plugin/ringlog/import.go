package ringlog

import (
	"context"
	"errors"
	"fmt"

	blocks "github.com/ipfs/go-block-format"
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
