package replica

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore/query"
	logging "github.com/ipfs/go-log/v2"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

var log = logging.Logger("ring/replica")

// ReplicateRing makes this node a replica of a ring, at the request of its
// owner or a member. The replica stores the replica key, seals it into its
// own log of the replica ring (so the replica ring's other members can
// replicate too), and starts following the ring's heads.
func (r *Replica) ReplicateRing(ctx context.Context, p *gateway.ReplicateRingParams) (*gateway.ReplicateStatus, error) {
	ring, rr := common.HexToAddress(p.Ring), common.HexToAddress(p.ReplicaRing)
	key := common.FromHex(p.ReplicaKey)
	if len(key) != ringkeys.KeySize {
		return nil, fail(gateway.CodeMtxMismatch, "replica_key", "the replica key must be %d bytes", ringkeys.KeySize)
	}
	if common.HexToAddress(p.Mtx.Ring) != ring || common.HexToAddress(p.Mtx.ReplicaRing) != rr {
		return nil, fail(gateway.CodeMtxMismatch, "mtx.ring", "the mtx names ring %s and replica ring %s, the request %s and %s", p.Mtx.Ring, p.Mtx.ReplicaRing, ring.Hex(), rr.Hex())
	}
	keyHash := crypto.Keccak256Hash(key)
	if common.HexToHash(p.Mtx.ReplicaKeyHash) != keyHash {
		return nil, fail(gateway.CodeMtxMismatch, "mtx.replicaKeyHash", "mtx.replicaKeyHash is not keccak256 of the replica key")
	}
	deadline, ok := new(big.Int).SetString(p.Mtx.Deadline.String(), 10)
	if !ok || deadline.Sign() < 0 || deadline.BitLen() > 256 {
		return nil, fail(gateway.CodeMtxMismatch, "mtx.deadline", "mtx.deadline is not a uint256")
	}
	bucket, err := parseBucket(p.Bucket.String())
	if err != nil {
		return nil, err
	}
	req := schemas.ReplicateRing{Ring: ring, ReplicaRing: rr, ReplicaKeyHash: keyHash, Deadline: deadline}
	digest, err := schemas.ReplicateRingDigest(schemas.Domain{ChainID: r.chainID, Ring: ring}, req)
	if err != nil {
		return nil, failShowing(gateway.CodeMtxMismatch, "mtx", err, "the mtx is not a valid ReplicateRing request")
	}
	signer, err := schemas.Recover(digest, common.FromHex(p.MtxSig))
	if err != nil {
		return nil, failWith(gateway.CodeBadSignature, "mtx_sig", err, "the mtx signature is not valid: %s", sigProblem(err))
	}
	if now := r.opts.Now().Unix(); deadline.Cmp(big.NewInt(now)) < 0 {
		return nil, fail(gateway.CodeExpired, "mtx.deadline", "the request expired at %s (unix), it is now %d", deadline, now)
	}

	// This node must be a member of the replica ring, with its read key.
	if r.self == nil {
		return nil, fail(gateway.CodeNotReplicaAdmin, "replica", "this node is not set up as a replica: set Replica.Avatar in the ring plugin config")
	}
	rrKeys, err := r.keys.Get(rr)
	if errors.Is(err, ringkeys.ErrNoKeys) || (err == nil && !rrKeys.HasReadKey()) {
		return nil, fail(gateway.CodeNotReplicaAdmin, "replica_ring", "this node does not hold the keys of replica ring %s", rr.Hex())
	} else if err != nil {
		return nil, err
	}
	rrState, _, err := r.state(ctx, rr)
	if err != nil {
		return nil, r.ringErr(err, rr, "replica_ring")
	}
	if _, ok := rrState.Member(r.self.Address); !ok {
		return nil, fail(gateway.CodeNotReplicaAdmin, "replica_ring", "this node's avatar %s is not a member of replica ring %s", r.self.Address.Hex(), rr.Hex())
	}

	// The requester owns the ring or is a member, per contract state.
	st, _, err := r.state(ctx, ring)
	if err != nil {
		return nil, r.ringErr(err, ring, "ring")
	}
	if _, member := st.Member(signer); signer != st.Owner && !member {
		return nil, fail(gateway.CodeNotAuthorized, "mtx_sig", "%s signed the request but neither owns ring %s nor is a member", signer.Hex(), ring.Hex())
	}
	if err := r.admit(ctx, ring, rr, bucket); err != nil {
		return nil, err
	}

	r.adminMu.Lock()
	defer r.adminMu.Unlock()
	if old, err := r.keys.Get(ring); err == nil {
		if !bytes.Equal(old.ReplicaKey[:], key) {
			return nil, fail(gateway.CodeNotAuthorized, "replica_key", "this node holds another replica key for ring %s", ring.Hex())
		}
	} else if !errors.Is(err, ringkeys.ErrNoKeys) {
		return nil, err
	}
	if rec, err := r.replication(ctx, ring); err != nil {
		return nil, err
	} else if rec != nil && len(rec.ReplicaKey) > 0 && !bytes.Equal(rec.ReplicaKey, key) {
		return nil, fail(gateway.CodeNotAuthorized, "replica_key", "this node holds another replica key for ring %s", ring.Hex())
	} else if rec != nil && (bucket == 0 || bucket == rec.Bucket && rec.Lapsed == "") {
		return r.replicateStatus(rec, len(st.Members)), nil
	} else if rec != nil && rec.ReplicaRing != rr {
		return nil, fail(gateway.CodeNotAuthorized, "replica_ring", "this node replicates ring %s in replica ring %s, not %s", ring.Hex(), rec.ReplicaRing.Hex(), rr.Hex())
	}

	// A new replication, or a known one under another bucket (or paid
	// again): the record in this replica's log tells the fellow replicas.
	fields := map[string]string{
		"ring": ring.Hex(), "replicaRing": rr.Hex(), "replicaKey": "0x" + common.Bytes2Hex(key), "requester": signer.Hex(),
	}
	if bucket != 0 {
		fields["bucket"] = strconv.FormatUint(bucket, 10)
	}
	msg, err := r.statusMessage(ctx, rr, "ReplicateRing", "replicating", fields)
	if err != nil {
		return nil, err
	}
	rec := &replication{Ring: ring, ReplicaRing: rr, Requester: signer, Message: msg.String(), Since: r.opts.Now().UTC(), Bucket: bucket}
	if err := r.startReplicating(ctx, rec, key); err != nil {
		return nil, err
	}
	if err := r.queueSelfFlush(ctx, rr); err != nil {
		log.Warnf("anchoring the replica's record of ring %s: %s", ring.Hex(), err)
	}
	return r.replicateStatus(rec, len(st.Members)), nil
}

// startReplicating installs a ring's replica key (unless this node already
// holds the ring's keys) and its replication record, durably, and starts
// following the ring. The caller holds adminMu.
func (r *Replica) startReplicating(ctx context.Context, rec *replication, key []byte) error {
	if _, err := r.keys.Get(rec.Ring); errors.Is(err, ringkeys.ErrNoKeys) {
		k := ringkeys.Keys{Ring: rec.Ring, Chain: r.chainID}
		copy(k.ReplicaKey[:], key)
		if err := r.keys.Put(k); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	if err := r.putReplication(ctx, rec); err != nil {
		return err
	}
	r.follow(rec.Ring)
	return nil
}

// stopReplicating stops following a ring and drops its replication record
// and, when this node holds only the ring's replica key (it is not a
// member), the key and its copies of the logs (unpinned, for the next
// garbage collection). The caller holds adminMu.
func (r *Replica) stopReplicating(ctx context.Context, ring common.Address) error {
	r.unfollow(ring)
	if err := r.ds.Delete(ctx, replicationKey(ring)); err != nil {
		return err
	}
	if err := r.ds.Sync(ctx, replicationKey(ring)); err != nil {
		return err
	}
	if k, err := r.keys.Get(ring); err == nil && !k.HasReadKey() {
		if err := r.keys.Delete(ring); err != nil {
			return err
		}
		if _, err := r.logs.Forget(ctx, ring); err != nil {
			return err
		}
	}
	return nil
}

func (r *Replica) ringErr(err error, ring common.Address, check string) error {
	if errors.Is(err, chain.ErrNotARing) {
		return failWith(gateway.CodeUnknownRing, check, err, "no ring contract at %s on chain %d: check the address, and that this replica is on the ring's chain", ring.Hex(), r.chainID)
	}
	return err
}

func (r *Replica) replicateStatus(rec *replication, members int) *gateway.ReplicateStatus {
	st := &gateway.ReplicateStatus{
		Ring: rec.Ring.Hex(), ReplicaRing: rec.ReplicaRing.Hex(), Status: "replicating",
		Requester: rec.Requester.Hex(), Members: members, Message: rec.Message,
	}
	if rec.Bucket != 0 {
		st.Bucket = strconv.FormatUint(rec.Bucket, 10)
	}
	if rec.Lapsed != "" {
		st.Status = "suspended"
	}
	return st
}

// replications lists the rings this node replicates.
func (r *Replica) replications(ctx context.Context) ([]*replication, error) {
	res, err := r.ds.Query(ctx, query.Query{Prefix: "/rings"})
	if err != nil {
		return nil, err
	}
	defer res.Close()
	var out []*replication
	for e := range res.Next() {
		if e.Error != nil {
			return nil, e.Error
		}
		var rec replication
		if err := json.Unmarshal(e.Value, &rec); err != nil {
			return nil, fmt.Errorf("replica: corrupt replication record %s: %w", e.Key, err)
		}
		out = append(out, &rec)
	}
	return out, nil
}

// follow starts the follower of a ring, once.
func (r *Replica) follow(ring common.Address) {
	r.followMu.Lock()
	defer r.followMu.Unlock()
	if r.following[ring] != nil || r.ctx.Err() != nil {
		return
	}
	ctx, cancel := context.WithCancel(r.ctx)
	r.following[ring] = cancel
	r.wg.Add(1)
	go r.followLoop(ctx, ring)
}

// unfollow stops the follower of a ring.
func (r *Replica) unfollow(ring common.Address) {
	r.followMu.Lock()
	defer r.followMu.Unlock()
	if cancel := r.following[ring]; cancel != nil {
		cancel()
		delete(r.following, ring)
	}
}

// followLoop reads the ring's heads from the chain every FollowInterval
// and fetches, verifies and stores what this replica lacks, until ctx ends.
func (r *Replica) followLoop(ctx context.Context, ring common.Address) {
	defer r.wg.Done()
	t := time.NewTicker(r.opts.FollowInterval)
	defer t.Stop()
	for {
		if err := r.catchUp(ctx, ring); err != nil && ctx.Err() == nil {
			log.Warnf("following ring %s: %s", ring.Hex(), err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// catchUp fetches every member's log up to its head on chain.
func (r *Replica) catchUp(ctx context.Context, ring common.Address) error {
	st, err := r.readState(ctx, ring)
	if err != nil {
		return err
	}
	var errs []error
	for _, m := range st.Members {
		if m.Seq == 0 {
			continue
		}
		h, ok, err := r.logs.Head(ctx, ring, m.Member)
		if err != nil {
			return err
		}
		if ok && h.Seq >= m.Seq {
			continue
		}
		if err := r.fetchLog(ctx, ring, m.Member, schemas.CIDFromDigest(m.Head), m.Seq); err != nil {
			errs = append(errs, fmt.Errorf("log of %s: %w", m.Member.Hex(), err))
		}
	}
	return errors.Join(errs...)
}

// fetchLog fetches a member's log up to target from the replica's
// sources, verifies it and stores it (ringlog.Store.Fetch).
func (r *Replica) fetchLog(ctx context.Context, ring, member common.Address, target cid.Cid, targetSeq uint64) error {
	ctx, cancel := context.WithTimeout(ctx, r.opts.FetchTimeout)
	defer cancel()
	_, err := r.logs.Fetch(ctx, r.sources(), ring, r.chainID, member, target, targetSeq, nil)
	return err
}

// UnreplicateRing stops replicating a ring at its owner's request: the
// follower stops, the replica key is forgotten, the ring's logs are
// unpinned (the next garbage collection reclaims them), and the replica's
// own log records it. Flushes already queued are still relayed.
func (r *Replica) UnreplicateRing(ctx context.Context, p *gateway.UnreplicateRingParams) (*gateway.ReplicateStatus, error) {
	ring := common.HexToAddress(p.Ring)
	if common.HexToAddress(p.Mtx.Ring) != ring {
		return nil, fail(gateway.CodeMtxMismatch, "mtx.ring", "the mtx names ring %s, the request %s", p.Mtx.Ring, ring.Hex())
	}
	deadline, ok := new(big.Int).SetString(p.Mtx.Deadline.String(), 10)
	if !ok || deadline.Sign() < 0 || deadline.BitLen() > 256 {
		return nil, fail(gateway.CodeMtxMismatch, "mtx.deadline", "mtx.deadline is not a uint256")
	}
	digest, err := schemas.UnreplicateRingDigest(schemas.Domain{ChainID: r.chainID, Ring: ring}, deadline)
	if err != nil {
		return nil, failShowing(gateway.CodeMtxMismatch, "mtx", err, "the mtx is not a valid UnreplicateRing request")
	}
	signer, err := schemas.Recover(digest, common.FromHex(p.MtxSig))
	if err != nil {
		return nil, failWith(gateway.CodeBadSignature, "mtx_sig", err, "the mtx signature is not valid: %s", sigProblem(err))
	}
	if now := r.opts.Now().Unix(); deadline.Cmp(big.NewInt(now)) < 0 {
		return nil, fail(gateway.CodeExpired, "mtx.deadline", "the request expired at %s (unix), it is now %d", deadline, now)
	}
	rec, err := r.replication(ctx, ring)
	if err != nil {
		return nil, err
	}
	if rec == nil {
		return nil, fail(gateway.CodeUnknownRing, "ring", "this node does not replicate ring %s", ring.Hex())
	}
	st, _, err := r.state(ctx, ring)
	if err != nil {
		return nil, r.ringErr(err, ring, "ring")
	}
	if signer != st.Owner {
		return nil, fail(gateway.CodeNotAuthorized, "mtx_sig", "%s signed the request but does not own ring %s (its owner is %s)", signer.Hex(), ring.Hex(), st.Owner.Hex())
	}

	r.adminMu.Lock()
	defer r.adminMu.Unlock()
	msg, err := r.statusMessage(ctx, rec.ReplicaRing, "UnreplicateRing", "unreplicated", map[string]string{
		"ring": ring.Hex(), "requester": signer.Hex(),
	})
	if err != nil {
		return nil, err
	}
	if err := r.stopReplicating(ctx, ring); err != nil {
		return nil, err
	}
	if err := r.queueSelfFlush(ctx, rec.ReplicaRing); err != nil {
		log.Warnf("anchoring the replica's record of ring %s: %s", ring.Hex(), err)
	}
	return &gateway.ReplicateStatus{Ring: ring.Hex(), ReplicaRing: rec.ReplicaRing.Hex(), Status: "unreplicated",
		Requester: signer.Hex(), Members: len(st.Members), Message: msg.String()}, nil
}
