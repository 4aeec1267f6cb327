package ringlog

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Fetcher gets blocks that may not be stored here yet (a node's online
// block service: its blockstore, then bitswap).
type Fetcher interface {
	GetBlock(ctx context.Context, c cid.Cid) (blocks.Block, error)
}

// Fetch brings a member's log up to target (at seq targetSeq, e.g. the head
// the ring contract holds) from the network, back to the local head,
// verifies every node (signature, author, ring, chain, seq, prev link) and
// stores the new part as one segment. It returns the new head and how many
// nodes it stored; nothing is stored if any node fails.
func (s *Store) Fetch(ctx context.Context, f Fetcher, ring common.Address, chain uint64, member common.Address, target cid.Cid, targetSeq uint64) (Head, int, error) {
	local, hasLocal, err := s.Head(ctx, ring, member)
	if err != nil {
		return Head{}, 0, err
	}
	if hasLocal && local.Seq >= targetSeq {
		return local, 0, nil
	}
	var seg []blocks.Block
	c, want := target, targetSeq
	for {
		blk, err := f.GetBlock(ctx, c)
		if err != nil {
			return Head{}, 0, fmt.Errorf("ringlog: fetching seq %d (%s): %w", want, c, err)
		}
		n, err := schemas.DecodeLogNode(blk.RawData())
		if err != nil {
			return Head{}, 0, fmt.Errorf("ringlog: seq %d (%s): %w", want, c, err)
		}
		if err := CheckNode(n, ring, chain, member, want); err != nil {
			return Head{}, 0, fmt.Errorf("ringlog: seq %d (%s): %w", want, c, err)
		}
		seg = append(seg, blk)
		if n.Prev == nil {
			if hasLocal {
				return Head{}, 0, fmt.Errorf("ringlog: fork: the log reached seq 1 without meeting the local head seq %d", local.Seq)
			}
			break
		}
		if hasLocal && want-1 == local.Seq {
			if *n.Prev != local.CID {
				return Head{}, 0, fmt.Errorf("ringlog: fork: seq %d links to %s, the local log has %s", want, *n.Prev, local.CID)
			}
			break
		}
		c, want = *n.Prev, want-1
	}
	if !hasLocal {
		local = Head{Ring: ring, Member: member}
	}
	head := Head{Ring: ring, Member: member, Seq: targetSeq, CID: target}
	if err := s.Import(ctx, local, hasLocal, head, seg); err != nil {
		return Head{}, 0, err
	}
	return head, len(seg), nil
}
