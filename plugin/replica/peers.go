package replica

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/ipld/go-ipld-prime/datamodel"

	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// Replicas of one ring form a replica ring. A replica records every
// ReplicateRing and UnreplicateRing it takes in its own log of the replica
// ring and flushes that log's head to the chain; the other replicas watch
// the replica rings they belong to, read those records with the replica
// ring's read key, and replicate (or stop) too.

// queueSelfFlush queues a flush of this replica's own log head in the
// replica ring, signed by its avatar, for the relayer, so that its records
// reach the chain where the other replicas look for them.
func (r *Replica) queueSelfFlush(ctx context.Context, rr common.Address) error {
	h, ok, err := r.logs.Head(ctx, rr, r.self.Address)
	if err != nil || !ok {
		return err
	}
	st, _, err := r.state(ctx, rr)
	if err != nil {
		return err
	}
	m, isMember := st.Member(r.self.Address)
	if !isMember {
		return fmt.Errorf("replica: %s is not a member of replica ring %s", r.self.Address.Hex(), rr.Hex())
	}
	nonce, _ := r.expected(rr, m)
	digest, err := schemas.Digest(h.CID)
	if err != nil {
		return err
	}
	f := schemas.Flush{Ring: rr, Avatar: r.self.Address, Head: digest, Seq: h.Seq, Nonce: nonce,
		Deadline: big.NewInt(r.opts.Now().Add(24 * time.Hour).Unix())}
	fd, err := schemas.FlushDigest(schemas.Domain{ChainID: r.chainID, Ring: rr}, f)
	if err != nil {
		return err
	}
	sig, err := schemas.Sign(fd, r.self.PrivateKey())
	if err != nil {
		return err
	}
	fr := &flushRecord{
		ID: "0x" + hex.EncodeToString(fd[:]), Ring: rr, Avatar: r.self.Address, ReplicaRing: rr,
		Seq: h.Seq, Head: digest, HeadCID: h.CID.String(), Nonce: nonce.String(), Deadline: f.Deadline.String(),
		Sig: sig, Status: statusReceived, Messages: []string{}, Created: r.opts.Now().UTC(),
	}
	if err := r.putFlush(ctx, fr, true); err != nil {
		return err
	}
	r.accept(rr, r.self.Address, nonce, h.Seq)
	r.kick()
	return nil
}

// watchLoop watches, every FollowInterval, the replica rings this node's
// avatar belongs to (rings whose read key it holds).
func (r *Replica) watchLoop() {
	defer r.wg.Done()
	t := time.NewTicker(r.opts.FollowInterval)
	defer t.Stop()
	for {
		if err := r.watchReplicaRings(r.ctx); err != nil && r.ctx.Err() == nil {
			log.Warnf("watching replica rings: %s", err)
		}
		select {
		case <-r.ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (r *Replica) watchReplicaRings(ctx context.Context) error {
	rings, err := r.keys.List()
	if err != nil {
		return err
	}
	var errs []error
	for _, rr := range rings {
		k, err := r.keys.Get(rr)
		if err != nil || !k.HasReadKey() {
			continue
		}
		st, err := r.chain.State(ctx, rr)
		if err != nil {
			continue // not a ring this chain knows, or the chain is away
		}
		if _, ok := st.Member(r.self.Address); !ok {
			continue
		}
		for _, m := range st.Members {
			if m.Member == r.self.Address || m.Seq == 0 {
				continue
			}
			if err := r.learnFrom(ctx, k, m.Member, schemas.CIDFromDigest(m.Head), m.Seq); err != nil {
				errs = append(errs, fmt.Errorf("replica ring %s, member %s: %w", rr.Hex(), m.Member.Hex(), err))
			}
		}
	}
	return errors.Join(errs...)
}

// learnFrom fetches a fellow replica's log in a replica ring up to its head
// on chain and acts on the records it has not seen yet.
func (r *Replica) learnFrom(ctx context.Context, rrKeys ringkeys.Keys, peer common.Address, head cid.Cid, seq uint64) error {
	before, _, err := r.logs.Head(ctx, rrKeys.Ring, peer)
	if err != nil {
		return err
	}
	fctx, cancel := context.WithTimeout(ctx, r.opts.FetchTimeout)
	defer cancel()
	f, err := r.logs.Fetch(fctx, r.sources(), rrKeys.Ring, r.chainID, peer, head, seq, nil)
	if err != nil || f.Fetched == 0 {
		return err
	}
	h := f.Head
	// Act on the new records, oldest first.
	var recs []*schemas.Message
	var cids []cid.Cid
	err = r.logs.Walk(ctx, h.CID, func(c cid.Cid, node *schemas.LogNode) error {
		if uint64(node.Seq) <= before.Seq {
			return ringlog.ErrStop
		}
		pos := ringlog.Position{Ring: rrKeys.Ring, Chain: rrKeys.Chain, Author: peer, Seq: uint64(node.Seq)}
		plain, err := ringlog.Open(rrKeys.ReadKey[:], pos, node.Body)
		if err != nil {
			return nil // not for us to read
		}
		msg, err := schemas.DecodeMessage(plain)
		if err != nil || msg.Domain != "replica" {
			return nil
		}
		recs, cids = append(recs, msg), append(cids, c)
		return nil
	})
	if err != nil {
		return err
	}
	for i := len(recs) - 1; i >= 0; i-- {
		if err := r.applyRecord(ctx, rrKeys.Ring, recs[i], cids[i]); err != nil {
			log.Warnf("replica record %s of %s: %s", cids[i], peer.Hex(), err)
		}
	}
	return nil
}

// applyRecord replicates a ring a fellow replica took (ReplicateRing), or
// stops replicating one its owner took back (UnreplicateRing).
func (r *Replica) applyRecord(ctx context.Context, rr common.Address, msg *schemas.Message, at cid.Cid) error {
	field := func(name string) string {
		if msg.Payload == nil || msg.Payload.Kind() != datamodel.Kind_Map {
			return ""
		}
		v, err := msg.Payload.LookupByString(name)
		if err != nil {
			return ""
		}
		s, _ := v.AsString()
		return s
	}
	ring := field("ring")
	if !common.IsHexAddress(ring) {
		return nil
	}
	ringAddr := common.HexToAddress(ring)
	r.adminMu.Lock()
	defer r.adminMu.Unlock()
	rec, err := r.replication(ctx, ringAddr)
	if err != nil {
		return err
	}
	switch msg.Type {
	case "ReplicateRing":
		if common.HexToAddress(field("replicaRing")) != rr {
			return nil
		}
		bucket, _ := strconv.ParseUint(field("bucket"), 10, 64)
		if rec != nil {
			// The ring again under another bucket: the payment loop reads it.
			if rec.ReplicaRing == rr && bucket != 0 && bucket != rec.Bucket {
				rec.Bucket = bucket
				return r.putReplication(ctx, rec)
			}
			return nil
		}
		key := common.FromHex(field("replicaKey"))
		if len(key) != ringkeys.KeySize {
			return fmt.Errorf("the record of ring %s carries no replica key", ring)
		}
		if old, err := r.keys.Get(ringAddr); err == nil && string(old.ReplicaKey[:]) != string(key) {
			return fmt.Errorf("the record of ring %s carries another replica key than this node holds", ring)
		}
		nrec := &replication{Ring: ringAddr, ReplicaRing: rr, Requester: common.HexToAddress(field("requester")), Message: at.String(), Since: r.opts.Now().UTC(), Bucket: bucket}
		if err := r.startReplicating(ctx, nrec, key); err != nil {
			return err
		}
		r.events.publish(ringAddr, gateway.Event{Type: "replicate", Data: map[string]string{"ring": ring, "replicaRing": rr.Hex(), "record": at.String()}})
		log.Infof("replicating ring %s, as recorded by a fellow replica in %s", ring, at)
	case "UnreplicateRing":
		if rec == nil || rec.ReplicaRing != rr {
			return nil
		}
		return r.stopReplicating(ctx, ringAddr)
	}
	return nil
}
