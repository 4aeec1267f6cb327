package ringlog

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Report is the outcome of verifying one member's log.
type Report struct {
	Ring    common.Address `json:"ring"`
	Member  common.Address `json:"member"`
	Head    cid.Cid        `json:"head"`
	Seq     uint64         `json:"seq"`
	Checked int            `json:"checked"`
	// FirstBad is the oldest node that failed a check, nil when the whole
	// log is valid. Every node after it depends on it and is invalid too.
	FirstBad *BadNode `json:"firstBad,omitempty"`
}

// OK reports whether every node of the log passed.
func (r *Report) OK() bool { return r.FirstBad == nil }

// BadNode names a node that failed verification and why.
type BadNode struct {
	Seq    uint64  `json:"seq"`
	CID    cid.Cid `json:"cid"`
	Reason string  `json:"reason"`
}

// Verify checks a member's whole log, from head to its first node: every
// node decodes, is signed by member, belongs to ring on chain, and its seq
// and prev link continue the node after it. A missing block ends the walk
// and is reported as the bad node.
func (s *Store) Verify(ctx context.Context, ring common.Address, chain uint64, member common.Address, head cid.Cid, seq uint64) (*Report, error) {
	r := &Report{Ring: ring, Member: member, Head: head, Seq: seq}
	want := seq
	bad := func(c cid.Cid, seq uint64, err error) {
		r.FirstBad = &BadNode{Seq: seq, CID: c, Reason: err.Error()}
	}
	c := head
	revoked := s.revocationCheck(ring)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n, err := s.Get(ctx, c)
		if err != nil {
			if errors.Is(err, ErrBlockMissing) || errors.Is(err, schemas.ErrMalformed) ||
				errors.Is(err, schemas.ErrTooLarge) || errors.Is(err, schemas.ErrNonCanonical) ||
				errors.Is(err, schemas.ErrInvalid) {
				bad(c, want, err)
				return r, nil
			}
			return nil, err
		}
		r.Checked++
		if err := CheckNode(n, ring, chain, member, want); err != nil {
			bad(c, want, err)
		} else if err := revoked.check(ctx, n); err != nil {
			if !errors.Is(err, ErrSessionRevoked) {
				return nil, err
			}
			bad(c, want, err)
		}
		if n.Prev == nil {
			if want != 1 {
				bad(c, want, fmt.Errorf("log ends at seq %d without reaching seq 1", want))
			}
			return r, nil
		}
		if want <= 1 {
			return r, nil
		}
		want--
		c = *n.Prev
	}
}

// CheckNode verifies one decoded log node: its signature recovers to member,
// and it claims ring, chain, member as author and seq.
func CheckNode(n *schemas.LogNode, ring common.Address, chain uint64, member common.Address, seq uint64) error {
	if err := checkClaims(n, ring, chain, member, seq); err != nil {
		return err
	}
	if _, err := schemas.VerifyLogNode(n); err != nil {
		return err
	}
	return nil
}

// checkClaims is CheckNode without the signature: the node claims ring,
// chain, member as author and seq.
func checkClaims(n *schemas.LogNode, ring common.Address, chain uint64, member common.Address, seq uint64) error {
	if !bytes.Equal(n.Ring, ring.Bytes()) {
		return fmt.Errorf("node is for ring %s, not %s", common.BytesToAddress(n.Ring).Hex(), ring.Hex())
	}
	if n.Chain != int64(chain) {
		return fmt.Errorf("node is for chain %d, not %d", n.Chain, chain)
	}
	if !bytes.Equal(n.Author, member.Bytes()) {
		return fmt.Errorf("node is authored by %s, not %s", common.BytesToAddress(n.Author).Hex(), member.Hex())
	}
	if n.Seq != int64(seq) {
		return fmt.Errorf("node has seq %d where seq %d was expected", n.Seq, seq)
	}
	return nil
}
