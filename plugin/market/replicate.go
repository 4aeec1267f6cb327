package market

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// ErrBucketMismatch is returned when a bucket or cluster given to
// `ipfs ring replicate` is not for the ring, or not in the cluster of the
// replica ring asked for.
var ErrBucketMismatch = errors.New("market: the bucket does not match the replication")

// ReplicaBucket is the bucket a ring is replicated under, as
// `ipfs ring replicate --bucket | --cluster` reports it: what it sent, and
// the bucket's status after.
type ReplicaBucket struct {
	BucketID  uint64         `json:"bucketId"`
	ClusterID uint32         `json:"clusterId"`
	Ring      common.Address `json:"ring"`
	// ReplicaRing is the cluster's replica ring.
	ReplicaRing common.Address `json:"replicaRing"`
	// Created: the command opened the bucket; Deposited is what it put
	// into the owner's account (nil: nothing).
	Created   bool     `json:"created"`
	Deposited *big.Int `json:"deposited,omitempty"`
	Resource  uint64   `json:"resource"`
	Rate      *big.Int `json:"rate"` // wei per second
	PaidUntil uint64   `json:"paidUntil"`
	InDebt    bool     `json:"inDebt"`
	// Txs are the receipts of what the command sent, in order.
	Txs []*chain.Receipt `json:"txs,omitempty"`
}

// replicaRings resolves the ring and the replica ring (local names or 0x
// addresses).
func (s *Service) replicaRings(ringName, replicaRing string) (common.Address, common.Address, error) {
	rg, err := s.rings(ringName)
	if err != nil {
		return common.Address{}, common.Address{}, err
	}
	rr, err := s.rings(replicaRing)
	if err != nil {
		return common.Address{}, common.Address{}, err
	}
	return rg, rr, nil
}

// clusterOf checks that cluster id's replica ring is rr.
func (s *Service) clusterOf(ctx context.Context, clusterID uint32, rr common.Address) (*chain.MarketCluster, error) {
	c, err := s.m.Cluster(ctx, clusterID)
	if err != nil {
		return nil, err
	}
	if c.Ring != rr {
		return nil, fmt.Errorf("%w: cluster %d's replica ring is %s, not the --replica-ring %s; replicate into %s, or choose a cluster of that ring",
			ErrBucketMismatch, clusterID, c.Ring.Hex(), rr.Hex(), c.Ring.Hex())
	}
	return c, nil
}

// ReplicaBucket checks that bucket id is ringName's and in the cluster
// whose replica ring is replicaRing, and returns its status. Nothing is
// sent.
func (s *Service) ReplicaBucket(ctx context.Context, bucketID uint64, ringName, replicaRing string) (*ReplicaBucket, error) {
	rg, rr, err := s.replicaRings(ringName, replicaRing)
	if err != nil {
		return nil, err
	}
	b, err := s.m.Bucket(ctx, bucketID)
	if err != nil {
		return nil, err
	}
	if b.Ring != rg {
		return nil, fmt.Errorf("%w: bucket %d is for ring %s, not %s (%s); open one with --cluster C --deposit AMOUNT",
			ErrBucketMismatch, bucketID, b.Ring.Hex(), ringName, rg.Hex())
	}
	if b.ClusterRing != rr {
		return nil, fmt.Errorf("%w: bucket %d is in cluster %d, whose replica ring is %s, not the --replica-ring %s",
			ErrBucketMismatch, bucketID, b.ClusterID, b.ClusterRing.Hex(), rr.Hex())
	}
	return replicaBucket(b), nil
}

func replicaBucket(b *chain.MarketBucket) *ReplicaBucket {
	return &ReplicaBucket{BucketID: b.BucketID, ClusterID: b.ClusterID, Ring: b.Ring, ReplicaRing: b.ClusterRing,
		Resource: b.Resource, Rate: b.Rate, PaidUntil: b.PaidUntil, InDebt: b.InDebt}
}

// OpenBucket opens a bucket for ringName in cluster clusterID, whose
// replica ring must be replicaRing, as from (the ring's owner); deposits
// deposit ("" or "0": nothing) into from's account; and allocates
// resource units (> 0) at the cluster's current price. It checks what it
// can before it sends anything. When a later step fails, the error says
// what was sent already and how to go on.
func (s *Service) OpenBucket(ctx context.Context, from, ringName, replicaRing string, clusterID uint32, deposit string, resource uint64) (*ReplicaBucket, error) {
	var amount *big.Int
	if deposit != "" {
		v, err := ParseAmount(deposit)
		if err != nil {
			return nil, err
		}
		if v.Sign() > 0 {
			amount = v
		}
	}
	if resource == 0 {
		return nil, fmt.Errorf("%w: --resource must be above zero", ring.ErrBadArgument)
	}
	_, rr, err := s.replicaRings(ringName, replicaRing)
	if err != nil {
		return nil, err
	}
	if _, err := s.clusterOf(ctx, clusterID, rr); err != nil {
		return nil, err
	}
	// The account must hold the deposit before a bucket is opened for it.
	if _, err := s.signer(ctx, from, amount); err != nil {
		return nil, err
	}
	created, err := s.BucketCreate(ctx, from, ringName, clusterID)
	if err != nil {
		return nil, err
	}
	id := created.BucketID
	txs := []*chain.Receipt{created.Tx.Tx}
	if amount != nil {
		moved, err := s.Deposit(ctx, from, "", amount.String())
		if err != nil {
			return nil, fmt.Errorf("bucket %d was opened, but the deposit failed: %w; deposit with `ipfs ring market account deposit AMOUNT --from %s`, allocate with `ipfs ring market bucket alloc %d --resource %d --from %s`, then replicate with --bucket %d",
				id, err, from, id, resource, from, id)
		}
		txs = append(txs, moved.Tx.Tx)
	}
	alloc, err := s.BucketAlloc(ctx, from, id, resource, "")
	if err != nil {
		return nil, fmt.Errorf("bucket %d was opened%s, but the allocation failed: %w; allocate with `ipfs ring market bucket alloc %d --resource N --from %s`, then replicate with --bucket %d",
			id, depositedNote(amount), err, id, from, id)
	}
	txs = append(txs, alloc.Tx.Tx)
	b, err := s.m.Bucket(ctx, id)
	if err != nil {
		return nil, err
	}
	out := replicaBucket(b)
	out.Created, out.Deposited, out.Txs = true, amount, txs
	return out, nil
}

func depositedNote(amount *big.Int) string {
	if amount == nil {
		return ""
	}
	return " and " + FormatAmount(amount) + " deposited"
}
