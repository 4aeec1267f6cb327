package challenge

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// ErrNotHeld is what Verify's refusals of the hoster wrap: it could not be
// reached, or what it streamed does not verify (ringlog.ErrSpan). An
// attester reports it as a failed challenge.
var ErrNotHeld = errors.New("challenge: the hoster did not prove it holds the log")

// ErrNoHead is what Verify's refusal wraps (with ErrNotHeld) when the
// hoster would not even start a member's log at the head the chain holds:
// it may be a replica still fetching a flush that came moments ago, so an
// attester asks again before it reports (Service), unlike a stream that
// starts and then breaks off or does not verify.
var ErrNoHead = errors.New("challenge: the hoster does not serve the challenged head")

// Verify has the hoster (src: its log sync protocol) stream each
// challenged member's log from the head the chain holds down to the
// lowest challenged seq, verifies every block (ringlog.VerifySpan), and
// returns the challenged nodes' digests in the positions' order.
func Verify(ctx context.Context, src ringlog.Source, c *Challenge) ([]common.Hash, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	out := make([]common.Hash, len(c.Positions))
	for _, s := range c.spans() {
		st, err := src.Open(ctx, s.Ring, s.Member, s.Head, s.Stop)
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("%w: %w: opening %s's log at %s: %w", ErrNotHeld, ErrNoHead, s.Member.Hex(), src, err)
		}
		cids, err := ringlog.VerifySpan(ctx, st, s.Span, s.seqs)
		_ = st.Close()
		if errors.Is(err, ringlog.ErrSpan) {
			return nil, fmt.Errorf("%w: %s's log from seq %d down to %d: %w", ErrNotHeld, s.Member.Hex(), s.HeadSeq, s.Stop+1, err)
		} else if err != nil {
			return nil, err
		}
		if err := place(out, s, cids); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Held returns the digests of c's challenged nodes from this node's own
// store (ringlog.ErrBlockMissing if it lacks one): what the hoster
// countersigns.
func Held(ctx context.Context, logs *ringlog.Store, c *Challenge) ([]common.Hash, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	out := make([]common.Hash, len(c.Positions))
	for _, s := range c.spans() {
		at := map[uint64]cid.Cid{}
		err := logs.Walk(ctx, s.Head, func(c cid.Cid, n *schemas.LogNode) error {
			at[uint64(n.Seq)] = c
			if uint64(n.Seq) <= s.Stop+1 {
				return ringlog.ErrStop
			}
			return nil
		})
		if err != nil && !errors.Is(err, ringlog.ErrStop) {
			return nil, fmt.Errorf("reading %s's log: %w", s.Member.Hex(), err)
		}
		cids := make([]cid.Cid, len(s.seqs))
		for i, q := range s.seqs {
			c, ok := at[q]
			if !ok {
				return nil, fmt.Errorf("%w: %s's log has no seq %d below its head", ringlog.ErrBlockMissing, s.Member.Hex(), q)
			}
			cids[i] = c
		}
		if err := place(out, s, cids); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// place puts a span's nodes' digests at their positions in out.
func place(out []common.Hash, s *span, cids []cid.Cid) error {
	for i, c := range cids {
		d, err := digestOf(c)
		if err != nil {
			return err
		}
		out[s.index[i]] = d
	}
	return nil
}
