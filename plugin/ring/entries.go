package ring

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
)

// Vote is one member's EIP-712 signature for a ring entry (RingEntry) or
// for registering outputs (Outputs).
type Vote struct {
	Signer common.Address `json:"signer"`
	Sig    hexutil.Bytes  `json:"sig"`
}

// Voters asks the other members' nodes for their votes (the vote
// protocol, to connected peers). It returns the votes it got; the caller
// checks every one.
type Voters interface {
	EntryVotes(ctx context.Context, ring common.Address, entry []byte) []Vote
	OutputsVotes(ctx context.Context, ring common.Address, nonce *big.Int, outs []schemas.Output) []Vote
}

// ErrNoMajority is returned when fewer than 2/3 of the members signed.
var ErrNoMajority = errors.New("no 2/3 majority of the members signed")

// Majority is how many of n members must sign: ceil(2n/3), at least 1, as
// the contract counts.
func Majority(n int) int { return max(1, (2*n+2)/3) }

// Committed is the result of Commit.
type Committed struct {
	Ring    common.Address `json:"ring"`
	Index   uint64         `json:"index"`
	Entry   cid.Cid        `json:"entry"`
	Heads   int            `json:"heads"`
	Members int            `json:"members"`
	Need    int            `json:"need"`
	Votes   []Vote         `json:"votes"`
	TxHash  string         `json:"txHash"`
	Block   uint64         `json:"block"`
}

// EntryPinName names the direct pin that keeps a ring entry's block.
func EntryPinName(ring common.Address, index uint64) string {
	return fmt.Sprintf("ring-entry:%s:%d", ring.Hex(), index)
}

// Commit appends an entry to a ring's consensus log: it builds a RingEntry
// over the members' heads on chain, signs it with this node's member
// avatars, asks the other members' nodes for their votes, and once 2/3 of
// the members have signed relays commitEntry. The entry's block is kept
// (pinned) here and by every node that voted.
func (s *Service) Commit(ctx context.Context, ringName string) (*Committed, error) {
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	st, err := s.cachedState(ctx, k.Ring, false)
	if err != nil {
		return nil, err
	}
	e := &schemas.RingEntry{Ring: k.Ring.Bytes(), Chain: int64(k.Chain), Index: int64(st.EntryCount), Time: s.opts.Now().UnixMilli(),
		Heads: []schemas.HeadRef{}, Outputs: []schemas.Output{}}
	if st.EntryCount > 0 {
		p := schemas.CIDFromDigest(st.RingNodeHead)
		e.Prev = &p
	}
	for _, m := range st.Members {
		if m.Seq > 0 {
			e.Heads = append(e.Heads, schemas.HeadRef{Member: m.Member.Bytes(), Seq: int64(m.Seq), Head: schemas.CIDFromDigest(m.Head)})
		}
	}
	slices.SortFunc(e.Heads, func(a, b schemas.HeadRef) int { return strings.Compare(string(a.Member), string(b.Member)) })
	raw, err := schemas.EncodeRingEntry(e)
	if err != nil {
		return nil, err
	}
	blk, err := schemas.Block(raw)
	if err != nil {
		return nil, err
	}
	entry, _ := schemas.Digest(blk.Cid())
	dom := schemas.Domain{ChainID: k.Chain, Ring: k.Ring}
	digest := schemas.RingEntryDigest(dom, st.EntryCount, entry, st.RingNodeHead)

	votes, err := s.signAsMembers(digest, st)
	if err != nil {
		return nil, err
	}
	if s.opts.Voters != nil {
		s.connect(ctx, k.Ring, memberAddrs(st))
		votes = append(votes, s.opts.Voters.EntryVotes(ctx, k.Ring, raw)...)
	}
	votes = checkVotes(digest, votes, st)
	out := &Committed{Ring: k.Ring, Index: st.EntryCount, Entry: blk.Cid(), Heads: len(e.Heads), Members: len(st.Members),
		Need: Majority(len(st.Members)), Votes: votes}
	if len(votes) < out.Need {
		return out, fmt.Errorf("%w: %d of %d members signed entry %d, %d needed; the others' nodes must be running and connected to this one (ipfs swarm connect)",
			ErrNoMajority, len(votes), len(st.Members), st.EntryCount, out.Need)
	}
	sigs := make([][]byte, len(votes))
	for i, v := range votes {
		sigs[i] = v.Sig
	}
	rc, err := s.chain.CommitEntry(ctx, k.Ring, st.EntryCount, entry, st.RingNodeHead, sigs)
	if err != nil {
		return out, err
	}
	out.TxHash, out.Block = rc.TxHash.Hex(), rc.Block
	if err := s.logs.Keep(ctx, blk, EntryPinName(k.Ring, st.EntryCount)); err != nil {
		return out, fmt.Errorf("entry %d is committed (tx %s) but keeping its block here failed: %w", st.EntryCount, out.TxHash, err)
	}
	return out, nil
}

// checkVotes keeps the votes that are a current member's valid signature
// of digest, one per member, ordered by signer as the contract wants.
func checkVotes(digest [32]byte, votes []Vote, st *chain.RingState) []Vote {
	seen := map[common.Address]bool{}
	out := []Vote{}
	for _, v := range votes {
		signer, err := schemas.Recover(digest, v.Sig)
		if err != nil || signer != v.Signer || seen[signer] {
			continue
		}
		if _, ok := st.Member(signer); !ok {
			continue
		}
		seen[signer] = true
		out = append(out, v)
	}
	slices.SortFunc(out, func(a, b Vote) int { return a.Signer.Cmp(b.Signer) })
	return out
}

// VoteEntry checks a proposed ring entry against the ring's state on chain
// and, if it holds, keeps its block and signs it with every avatar of this
// node that is a member. An entry holds when it is the ring's next entry
// (index and prev as the contract has them) and each head it names is the
// member's head on chain or a node of the member's log this node holds.
func (s *Service) VoteEntry(ctx context.Context, ring common.Address, raw []byte) ([]Vote, error) {
	e, err := schemas.DecodeRingEntry(raw)
	if err != nil {
		return nil, err
	}
	if common.BytesToAddress(e.Ring) != ring || e.Chain != int64(s.chain.ChainID()) {
		return nil, fmt.Errorf("the entry is for ring %s on chain %d, not ring %s on chain %d", common.BytesToAddress(e.Ring).Hex(), e.Chain, ring.Hex(), s.chain.ChainID())
	}
	st, err := s.cachedState(ctx, ring, false)
	if err != nil {
		return nil, err
	}
	if uint64(e.Index) != st.EntryCount {
		return nil, fmt.Errorf("the entry has index %d; the ring's next entry is %d", e.Index, st.EntryCount)
	}
	var prev [32]byte
	if e.Prev != nil {
		if prev, err = schemas.Digest(*e.Prev); err != nil {
			return nil, err
		}
	}
	if prev != st.RingNodeHead {
		return nil, fmt.Errorf("the entry's prev is not the ring's last entry %s", schemas.CIDFromDigest(st.RingNodeHead))
	}
	for _, h := range e.Heads {
		member := common.BytesToAddress(h.Member)
		m, ok := st.Member(member)
		if !ok {
			return nil, fmt.Errorf("the entry names a head of %s, who is not a member", member.Hex())
		}
		if m.Seq == uint64(h.Seq) && schemas.CIDFromDigest(m.Head) == h.Head {
			continue
		}
		if !s.holds(ctx, ring, member, h.Head, uint64(h.Seq)) {
			return nil, fmt.Errorf("the entry names seq %d %s of %s's log, which is neither its head on chain nor in this node's copy", h.Seq, h.Head, member.Hex())
		}
	}
	blk, err := schemas.Block(raw)
	if err != nil {
		return nil, err
	}
	entry, _ := schemas.Digest(blk.Cid())
	digest := schemas.RingEntryDigest(schemas.Domain{ChainID: s.chain.ChainID(), Ring: ring}, uint64(e.Index), entry, prev)
	votes, err := s.signAsMembers(digest, st)
	if err != nil || len(votes) == 0 {
		return votes, err
	}
	if err := s.logs.Keep(ctx, blk, EntryPinName(ring, uint64(e.Index))); err != nil {
		return nil, err
	}
	return votes, nil
}

// holds reports whether this node's copy of member's log has c at seq.
func (s *Service) holds(ctx context.Context, ring, member common.Address, c cid.Cid, seq uint64) bool {
	n, err := s.logs.Get(ctx, c)
	return err == nil && uint64(n.Seq) == seq && common.BytesToAddress(n.Author) == member && common.BytesToAddress(n.Ring) == ring
}

// signAsMembers signs digest with every avatar in the keystore that is a
// member of the ring in st.
func (s *Service) signAsMembers(digest [32]byte, st *chain.RingState) ([]Vote, error) {
	all, err := avatar.List(s.avatars)
	if err != nil {
		return nil, err
	}
	votes := []Vote{}
	for _, a := range all {
		if _, ok := st.Member(a.Address); !ok {
			continue
		}
		sig, err := schemas.Sign(digest, a.PrivateKey())
		if err != nil {
			return nil, err
		}
		votes = append(votes, Vote{Signer: a.Address, Sig: sig})
	}
	return votes, nil
}

// EntryInfo is one entry of a ring's consensus log.
type EntryInfo struct {
	Index      uint64  `json:"index"`
	Entry      cid.Cid `json:"entry"`
	Checkpoint bool    `json:"checkpoint,omitempty"` // archived for good (every 100th)
	// From the entry's block, when this node has it:
	Time  *time.Time `json:"time,omitempty"`
	Heads *int       `json:"heads,omitempty"`
}

// EntryList is a ring's consensus log as the contract keeps it.
type EntryList struct {
	Ring    common.Address `json:"ring"`
	Block   uint64         `json:"block"`
	Count   uint64         `json:"count"`
	Entries []EntryInfo    `json:"entries"` // checkpoints older than the recent window, then the recent entries, by index
}

// Entries lists a ring's consensus log from the chain: the archived
// checkpoints and the most recent entries, with what this node knows of
// each entry's block.
func (s *Service) Entries(ctx context.Context, ringName string) (*EntryList, error) {
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	es, err := s.chain.Entries(ctx, k.Ring)
	if err != nil {
		return nil, err
	}
	out := &EntryList{Ring: k.Ring, Block: es.Block, Count: es.Count, Entries: []EntryInfo{}}
	add := func(r chain.EntryRef, checkpoint bool) {
		ei := EntryInfo{Index: r.Index, Entry: schemas.CIDFromDigest(r.Entry), Checkpoint: checkpoint}
		if raw, err := s.logs.Block(ctx, ei.Entry); err == nil {
			if e, err := schemas.DecodeRingEntry(raw); err == nil {
				t, n := time.UnixMilli(e.Time).UTC(), len(e.Heads)
				ei.Time, ei.Heads = &t, &n
			}
		}
		out.Entries = append(out.Entries, ei)
	}
	var firstRecent uint64 = es.Count
	if len(es.Recent) > 0 {
		firstRecent = es.Recent[0].Index
	}
	for _, c := range es.Checkpoints {
		if c.Index < firstRecent {
			add(c, true)
		}
	}
	for _, r := range es.Recent {
		add(r, (r.Index+1)%chain.CheckpointFrequency == 0)
	}
	return out, nil
}
