package ringlog

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// A Span is the part of a member's log a source must prove it holds:
// the nodes from Head (of seq HeadSeq, as the chain holds it) back to the
// node of seq Stop+1. VerifySpan checks one as Fetch checks what it
// stores, and stores nothing: a storage challenge (plugin/challenge) is a
// walk of a log from the head the chain holds.
type Span struct {
	Ring    common.Address
	Chain   uint64
	Member  common.Address
	Head    cid.Cid
	HeadSeq uint64
	Stop    uint64 // below HeadSeq
}

// ErrSpan is what VerifySpan's refusals of a source's answer wrap: a
// block that is not the one linked, a node that is not the member's or not
// validly signed, or a stream that ends early. Other errors are the
// caller's (a cancelled context).
var ErrSpan = errors.New("ringlog: the span does not verify")

// VerifySpan reads s from st, newest first, checking every block
// against the CID the newer node links to (the first against s.Head), its
// claims (ring, chain, author, seq) and its signature, and returns the
// CIDs of the nodes of seqs, each in (s.Stop, s.HeadSeq], in seqs' order.
// It holds at most FetchBatch blocks in memory and verifies signatures on
// all cores.
func VerifySpan(ctx context.Context, st Stream, s Span, seqs []uint64) ([]cid.Cid, error) {
	if s.Stop >= s.HeadSeq {
		return nil, fmt.Errorf("ringlog: span stop %d is not below head seq %d", s.Stop, s.HeadSeq)
	}
	for _, q := range seqs {
		if q <= s.Stop || q > s.HeadSeq {
			return nil, fmt.Errorf("ringlog: seq %d is outside the span (%d, %d]", q, s.Stop, s.HeadSeq)
		}
	}
	at := map[uint64]cid.Cid{}
	batch := make([]blocks.Block, 0, FetchBatch)
	nodes := make([]*schemas.LogNode, 0, FetchBatch)
	flush := func() error {
		if err := verifySignatures(nodes, batch); err != nil {
			return fmt.Errorf("%w: %w", ErrSpan, err)
		}
		batch, nodes = batch[:0], nodes[:0]
		return nil
	}
	want, seq := s.Head, s.HeadSeq
	for seq > s.Stop {
		blk, err := st.Next(ctx)
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%w: the stream ended before seq %d", ErrSpan, seq)
		} else if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("%w: reading seq %d: %w", ErrSpan, seq, err)
		}
		n, err := checkFetched(blk, want, s.Ring, s.Chain, s.Member, seq)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrSpan, err)
		}
		if slices.Contains(seqs, seq) {
			at[seq] = blk.Cid()
		}
		batch, nodes = append(batch, blk), append(nodes, n)
		if len(batch) == FetchBatch {
			if err := flush(); err != nil {
				return nil, err
			}
		}
		seq--
		if seq == 0 {
			break
		}
		if n.Prev == nil {
			return nil, fmt.Errorf("%w: the node of seq %d has no prev link", ErrSpan, seq+1)
		}
		want = *n.Prev
	}
	if err := flush(); err != nil {
		return nil, err
	}
	out := make([]cid.Cid, len(seqs))
	for i, q := range seqs {
		out[i] = at[q]
	}
	return out, nil
}
