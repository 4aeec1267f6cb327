// Package challenge is the node's side of storage challenges (issue 12,
// docs/challenges.md, after datdot): a replica that hosts a bucket proves
// that it still holds the ring's logs by streaming them, from the heads
// the chain holds down to the challenged seqs, to the challenge's
// attesters; each attester verifies every hash link and signature
// (ringlog.VerifySpan), has the hoster countersign a receipt for the
// nodes it received, and signs its verdict.
//
// The challenge itself (who hosts, who attests, which positions) is
// derived on chain from a future block's randomness; this package reads it
// through the Chain interface and never chooses it.
package challenge

import (
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// Challenge is an activated storage challenge as the chain holds it.
type Challenge struct {
	ID     uint64
	Bucket uint64
	Ring   common.Address
	Chain  uint64
	// Hoster is the challenged node's avatar, which countersigns receipts;
	// HosterPeer is the peer ID its node registered in the market.
	Hoster     common.Address
	HosterPeer peer.ID
	// HosterURL is the gateway its node registered, which tells its
	// addresses (GET /ring/node) when this node is not connected to it.
	HosterURL string
	Attesters []common.Address
	// AttesterPeers are the peer IDs the attesters registered in the pool:
	// the hoster countersigns only for a request from the attester's peer.
	AttesterPeers map[common.Address]peer.ID
	// Positions are the challenged nodes, in the order the chain derived
	// them (the order of the report's data); PositionsHash is the hash of
	// them a report names.
	Positions     []Position
	PositionsHash common.Hash
	Deadline      time.Time
	// Resolved: the challenge has an outcome; no report is taken.
	Resolved bool
}

// Position is one challenged node: member's node of seq Seq, below the
// member's head Head (of seq HeadSeq) as the chain held it when the
// challenge was activated.
type Position struct {
	Member  common.Address
	Seq     uint64
	Head    common.Hash // the head's digest, as the chain stores it
	HeadSeq uint64
}

// Attests reports whether a is one of c's attesters.
func (c *Challenge) Attests(a common.Address) bool { return slices.Contains(c.Attesters, a) }

// Check checks that c is well formed: positions within their heads, one
// head per member.
func (c *Challenge) Check() error {
	if len(c.Positions) == 0 {
		return fmt.Errorf("challenge %d has no positions", c.ID)
	}
	heads := map[common.Address]Position{}
	for i, p := range c.Positions {
		if p.Seq == 0 || p.Seq > p.HeadSeq {
			return fmt.Errorf("challenge %d: position %d (seq %d of %s) is not below its head seq %d", c.ID, i, p.Seq, p.Member.Hex(), p.HeadSeq)
		}
		if h, ok := heads[p.Member]; ok && (h.Head != p.Head || h.HeadSeq != p.HeadSeq) {
			return fmt.Errorf("challenge %d: two heads for %s", c.ID, p.Member.Hex())
		}
		heads[p.Member] = p
	}
	return nil
}

// span is one member's part of a challenge: the member's log from its
// head down to the lowest challenged seq, and where in the challenge's
// positions each of its seqs goes.
type span struct {
	ringlog.Span
	seqs  []uint64
	index []int // positions' indexes of seqs
}

// spans groups c's positions by member, members in the order they first
// appear.
func (c *Challenge) spans() []*span {
	var out []*span
	by := map[common.Address]*span{}
	for i, p := range c.Positions {
		s := by[p.Member]
		if s == nil {
			s = &span{Span: ringlog.Span{Ring: c.Ring, Chain: c.Chain, Member: p.Member, Head: schemas.CIDFromDigest(p.Head), HeadSeq: p.HeadSeq, Stop: p.Seq - 1}}
			by[p.Member] = s
			out = append(out, s)
		}
		s.Stop = min(s.Stop, p.Seq-1)
		s.seqs, s.index = append(s.seqs, p.Seq), append(s.index, i)
	}
	return out
}

// Blocks is how many log nodes a full answer to c streams: per member,
// from the head down to the lowest challenged seq.
func (c *Challenge) Blocks() uint64 {
	var n uint64
	for _, s := range c.spans() {
		n += s.HeadSeq - s.Stop
	}
	return n
}

// digestOf is a node's digest as the chain stores heads.
func digestOf(c cid.Cid) (common.Hash, error) {
	d, err := schemas.Digest(c)
	if err != nil {
		return common.Hash{}, err
	}
	return common.Hash(d), nil
}
