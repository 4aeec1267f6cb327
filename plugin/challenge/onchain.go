package challenge

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
)

// OnChain is Chain over the Challenges contract and the market it reads
// (for the hoster's registered peer ID).
type OnChain struct {
	ch *chain.Challenges
	m  *chain.Market
}

var _ Chain = (*OnChain)(nil)

// NewOnChain reads challenges from ch and nodes from m.
func NewOnChain(ch *chain.Challenges, m *chain.Market) *OnChain { return &OnChain{ch: ch, m: m} }

// Contract is the Challenges contract client.
func (o *OnChain) Contract() *chain.Challenges { return o.ch }

// Challenge implements Chain: an activated (or resolved) challenge, with
// the peers its hoster and attesters registered.
func (o *OnChain) Challenge(ctx context.Context, id uint64) (*Challenge, error) {
	st, err := o.ch.Challenge(ctx, id)
	if err != nil {
		return nil, err
	}
	if st.State == chain.ChallengePending {
		return nil, fmt.Errorf("challenge %d is not activated yet", id)
	}
	return o.challengeOf(ctx, st)
}

func (o *OnChain) challengeOf(ctx context.Context, st *chain.ChallengeStatus) (*Challenge, error) {
	d := st.Derivation
	if len(d.Members) != len(d.Seqs) || len(d.Members) != len(d.Heads) || len(d.Members) != len(d.HeadSeqs) {
		return nil, fmt.Errorf("challenge %d: the chain's positions do not line up", st.ID)
	}
	node, err := o.m.Node(ctx, d.HosterNode)
	if err != nil {
		return nil, fmt.Errorf("challenge %d's hoster, node %d: %w", st.ID, d.HosterNode, err)
	}
	hosterPeer, err := peer.IDFromBytes(node.PeerID)
	if err != nil {
		return nil, fmt.Errorf("challenge %d: node %d registered no valid peer ID: %w", st.ID, d.HosterNode, err)
	}
	c := &Challenge{
		ID: st.ID, Bucket: st.BucketID, Ring: d.Ring, Chain: o.ch.Client().ChainID(),
		Hoster: d.Hoster, HosterPeer: hosterPeer, HosterURL: node.GatewayURL, Attesters: d.Attesters, AttesterPeers: map[common.Address]peer.ID{},
		PositionsHash: d.PositionsHash, Deadline: time.Unix(int64(st.Deadline), 0),
		Resolved: st.State != chain.ChallengeActive,
	}
	for i, m := range d.Members {
		c.Positions = append(c.Positions, Position{Member: m, Seq: d.Seqs[i], Head: d.Heads[i], HeadSeq: d.HeadSeqs[i]})
	}
	for _, a := range d.Attesters {
		at, err := o.ch.Attester(ctx, a)
		if err != nil {
			return nil, err
		}
		if p, err := peer.IDFromBytes(at.PeerID); err == nil {
			c.AttesterPeers[a] = p
		}
	}
	return c, nil
}

// ReceiptDigest implements Chain.
func (o *OnChain) ReceiptDigest(id uint64, attester common.Address, data common.Hash) common.Hash {
	return chain.ChallengeReceiptDigest(o.ch.Client().ChainID(), o.ch.Address(), id, attester, data)
}

// ReportDigest implements Chain.
func (o *OnChain) ReportDigest(r Report) common.Hash {
	return chain.ChallengeReportDigest(o.ch.Client().ChainID(), o.ch.Address(), reportOf(r))
}

// PerformanceDigest implements Chain.
func (o *OnChain) PerformanceDigest(r chain.PerformanceReport) common.Hash {
	return chain.ChallengePerformanceDigest(o.ch.Client().ChainID(), o.ch.Address(), r)
}

func reportOf(r Report) chain.ChallengeReport {
	return chain.ChallengeReport{Challenge: r.Challenge, Hoster: r.Hoster, Positions: r.Positions, Data: r.Data, OK: r.OK}
}
