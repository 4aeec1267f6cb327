package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// Performance challenges (Challenges.sol, "performance"): a bucket's owner
// states terms; each attester of a storage challenge also times the hoster
// and signs what it measured (EIP-712 Performance); each measurement votes
// on each term, a term is met when more than half vote for it, and the
// grade (terms met × 10,000 / 3) goes into the hoster's record and weights
// its share of the next distribution.

// PerformanceTerms are a bucket's performance guarantees. A zero term
// guarantees nothing.
type PerformanceTerms struct {
	MinAvailabilityBps uint16 `json:"minAvailabilityBps"` // answered / requests
	MaxP50Ms           uint32 `json:"maxP50Ms"`           // median single-block latency
	MinBandwidth       uint64 `json:"minBandwidth"`       // bytes per second of a bulk log stream
}

// PerformanceReport is an attester's measurement of a challenge's hoster
// (EIP-712 Performance in the "Rings Challenges" domain).
type PerformanceReport struct {
	Challenge       uint64         `json:"challenge"`
	Hoster          common.Address `json:"hoster"`
	AvailabilityBps uint16         `json:"availabilityBps"`
	P50Ms           uint32         `json:"p50Ms"`
	Bandwidth       uint64         `json:"bandwidth"`
}

// PerformanceGrade is a challenge's performance grade: of its Reports
// measurements, Votes meet each term (availability, latency, bandwidth); a
// term is met when more than half do.
type PerformanceGrade struct {
	Challenge    uint64   `json:"challenge"`
	NodeID       uint32   `json:"nodeId,omitempty"` // set when read from the grading's event
	Reports      uint8    `json:"reports"`
	Graded       bool     `json:"graded"`
	Votes        [3]uint8 `json:"votes"`
	Availability bool     `json:"availability"`
	Latency      bool     `json:"latency"`
	Bandwidth    bool     `json:"bandwidth"`
	ScoreBps     uint16   `json:"scoreBps"`
}

// NodePerformance is a node's performance grades: how many so far and the
// latest score, and those since the market last paid it with their mean
// (10,000 with none), the weight of its next share.
type NodePerformance struct {
	NodeID        uint32 `json:"nodeId"`
	Graded        uint32 `json:"graded"`
	LastScoreBps  uint16 `json:"lastScoreBps"`
	Unpaid        uint32 `json:"unpaid"`
	UnpaidMeanBps uint64 `json:"unpaidMeanBps"`
}

// SetTerms sets a bucket's performance terms; from must be its owner.
func (ch *Challenges) SetTerms(ctx context.Context, from *ecdsa.PrivateKey, bucketID uint64, t PerformanceTerms) (*Receipt, error) {
	r, _, err := ch.send(ctx, from, ch.abi.PackSetTerms(bucketID, bindings.ChallengesTerms{
		MinAvailabilityBps: t.MinAvailabilityBps, MaxP50Ms: t.MaxP50Ms, MinBandwidth: t.MinBandwidth}))
	return r, err
}

// Terms reads a bucket's performance terms.
func (ch *Challenges) Terms(ctx context.Context, bucketID uint64) (*PerformanceTerms, error) {
	v, err := ccall(ctx, ch, "terms", ch.abi.PackTerms(bucketID), ch.abi.UnpackTerms)
	if err != nil {
		return nil, err
	}
	return &PerformanceTerms{MinAvailabilityBps: v.MinAvailabilityBps, MaxP50Ms: v.MaxP50Ms, MinBandwidth: v.MinBandwidth}, nil
}

// SubmitPerformance relays an attester's signed measurement. The grade is
// nil unless this measurement was the last one and graded the challenge.
func (ch *Challenges) SubmitPerformance(ctx context.Context, from *ecdsa.PrivateKey, p PerformanceReport, attesterSig []byte) (*PerformanceGrade, *Receipt, error) {
	r, logs, err := ch.send(ctx, from, ch.abi.PackSubmitPerformance(performanceBinding(p), attesterSig))
	if err != nil {
		return nil, nil, err
	}
	return ch.graded(logs), r, nil
}

// GradePerformance grades a challenge past its deadline from the
// measurements it has. Anyone may.
func (ch *Challenges) GradePerformance(ctx context.Context, from *ecdsa.PrivateKey, id uint64) (*PerformanceGrade, *Receipt, error) {
	r, logs, err := ch.send(ctx, from, ch.abi.PackGradePerformance(new(big.Int).SetUint64(id)))
	if err != nil {
		return nil, nil, err
	}
	g := ch.graded(logs)
	if g == nil {
		return nil, nil, fmt.Errorf("chain: gradePerformance %s emitted no PerformanceGraded", r.TxHash.Hex())
	}
	return g, r, nil
}

// graded is the grade a transaction's PerformanceGraded event gives, nil
// for none.
func (ch *Challenges) graded(logs []*types.Log) *PerformanceGrade {
	for _, l := range logs {
		if ev, err := ch.abi.UnpackPerformanceGradedEvent(l); err == nil {
			return gradedOf(ev)
		}
	}
	return nil
}

// Grade reads a challenge's performance grade (Graded false: not yet).
func (ch *Challenges) Grade(ctx context.Context, id uint64) (*PerformanceGrade, error) {
	v, err := ccall(ctx, ch, "getGrade", ch.abi.PackGetGrade(new(big.Int).SetUint64(id)), ch.abi.UnpackGetGrade)
	if err != nil {
		return nil, err
	}
	return &PerformanceGrade{Challenge: id, Reports: v.Reports, Graded: v.Graded, Votes: v.Votes,
		Availability: v.Availability, Latency: v.Latency, Bandwidth: v.Bandwidth, ScoreBps: v.ScoreBps}, nil
}

// NodePerformance reads a node's performance grades.
func (ch *Challenges) NodePerformance(ctx context.Context, nodeID uint32) (*NodePerformance, error) {
	v, err := ccall(ctx, ch, "performances", ch.abi.PackPerformances(nodeID), ch.abi.UnpackPerformances)
	if err != nil {
		return nil, err
	}
	mean := uint64(10_000)
	if v.Unpaid != 0 {
		mean = v.UnpaidSumBps / uint64(v.Unpaid)
	}
	return &NodePerformance{NodeID: nodeID, Graded: v.Graded, LastScoreBps: v.LastScoreBps, Unpaid: v.Unpaid, UnpaidMeanBps: mean}, nil
}

// gradedOf is the grade a PerformanceGraded event states: met bits 0–2
// (availability, latency, bandwidth).
func gradedOf(e *bindings.ChallengesPerformanceGraded) *PerformanceGrade {
	return &PerformanceGrade{Challenge: e.Id.Uint64(), NodeID: e.NodeId, Graded: true,
		Availability: e.Met&1 != 0, Latency: e.Met&2 != 0, Bandwidth: e.Met&4 != 0, ScoreBps: e.ScoreBps}
}

func performanceBinding(p PerformanceReport) bindings.ChallengesPerformance {
	return bindings.ChallengesPerformance{Challenge: new(big.Int).SetUint64(p.Challenge), Hoster: p.Hoster,
		AvailabilityBps: p.AvailabilityBps, P50Ms: p.P50Ms, Bandwidth: p.Bandwidth}
}

var performanceType = crypto.Keccak256Hash([]byte("Performance(uint256 challenge,address hoster,uint16 availabilityBps,uint32 p50Ms,uint64 bandwidth)"))

// ChallengePerformanceDigest is the EIP-712 digest of p in the domain of
// the challenges contract at contract on chain chainID: what the attester
// signs (65 bytes, v 27/28).
func ChallengePerformanceDigest(chainID uint64, contract common.Address, p PerformanceReport) common.Hash {
	st := crypto.Keccak256Hash(performanceType[:], word(new(big.Int).SetUint64(p.Challenge)), common.LeftPadBytes(p.Hoster[:], 32),
		word(big.NewInt(int64(p.AvailabilityBps))), word(big.NewInt(int64(p.P50Ms))), word(new(big.Int).SetUint64(p.Bandwidth)))
	d := challengesDomain(chainID, contract)
	return crypto.Keccak256Hash([]byte("\x19\x01"), d[:], st[:])
}
