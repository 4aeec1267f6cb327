package replica

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// A replica that enforces the replica market (Options.Payments) serves a
// ring only while a bucket pays for it: ReplicateRing must name the ring's
// bucket in this replica's cluster, allocated and funded (Payments.Admit);
// the payment loop reads each replicated ring's bucket every
// PaymentInterval, and once one has been in debt past the grace period
// (Payments.Standing) the replica suspends the ring: it refuses its
// flushes, stops following it and unpins its logs; the record keeps the
// replica key. When the bucket is paid again (or ReplicateRing names
// another bucket that pays), it resumes: it follows the ring again and
// fetches its logs from the heads on chain.

// ErrUnpaid is what Payments' refusals wrap: no bucket pays for the ring
// here. Other errors (the chain is unreachable) change nothing.
var ErrUnpaid = errors.New("the replication is not paid")

// Payments is the replica market as a replica that enforces it sees it
// (plugin/market.Enforcer). Nil in Options: replication is free.
type Payments interface {
	// Admit checks, for ReplicateRing, that bucket pays for replicating
	// ring in replica ring rr now, with the prepaid rent this node asks
	// for. A refusal wraps ErrUnpaid and says what to do, in words for
	// the requester.
	Admit(ctx context.Context, ring, rr common.Address, bucket uint64) error
	// Standing is nil while bucket pays for ring in rr (in debt for less
	// than the grace period included), and an error wrapping ErrUnpaid,
	// saying since when, once it does not.
	Standing(ctx context.Context, ring, rr common.Address, bucket uint64) error
}

// parseBucket reads ReplicateRing's bucket (0: none).
func parseBucket(n string) (uint64, error) {
	if n == "" {
		return 0, nil
	}
	b, err := strconv.ParseUint(n, 10, 64)
	if err != nil {
		return 0, fail(gateway.CodeMtxMismatch, "bucket", "the bucket must be a decimal uint64")
	}
	return b, nil
}

// admit runs Payments.Admit for a ReplicateRing request, when this node
// enforces the market.
func (r *Replica) admit(ctx context.Context, ring, rr common.Address, bucket uint64) error {
	if r.opts.Payments == nil {
		return nil
	}
	if bucket == 0 {
		return fail(gateway.CodePayment, "bucket", "this replica enforces the replica market: name the bucket that pays for ring %s in this replica's cluster (`ipfs ring replicate --bucket N`, or open one with `--cluster C --deposit AMOUNT`)", ring.Hex())
	}
	if err := r.opts.Payments.Admit(ctx, ring, rr, bucket); errors.Is(err, ErrUnpaid) {
		return fail(gateway.CodePayment, "bucket", "%s", err)
	} else if err != nil {
		return failWith(gateway.CodeServer, "chain", err, "this replica could not read bucket %d from the market; try again later", bucket)
	}
	return nil
}

// paymentLoop checks, every PaymentInterval, that the replicated rings are
// paid, suspending and resuming them.
func (r *Replica) paymentLoop() {
	defer r.wg.Done()
	t := time.NewTicker(r.opts.PaymentInterval)
	defer t.Stop()
	for {
		if err := r.CheckPayments(r.ctx); err != nil && r.ctx.Err() == nil {
			log.Warnf("checking the market's buckets: %s", err)
		}
		select {
		case <-r.ctx.Done():
			return
		case <-t.C:
		}
	}
}

// CheckPayments reads each replicated ring's bucket once, suspends the
// rings no bucket pays for any more and resumes those paid again; the
// payment loop runs it every PaymentInterval. A bucket that cannot be read
// changes nothing. Without Options.Payments it does nothing.
func (r *Replica) CheckPayments(ctx context.Context) error {
	if r.opts.Payments == nil {
		return nil
	}
	recs, err := r.replications(ctx)
	if err != nil {
		return err
	}
	var errs []error
	for _, rec := range recs {
		var unpaid error
		if rec.Bucket == 0 {
			unpaid = fmt.Errorf("%w: ring %s was replicated with no bucket, before this replica enforced the market; ask again with `ipfs ring replicate --bucket N`", ErrUnpaid, rec.Ring.Hex())
		} else {
			unpaid = r.opts.Payments.Standing(ctx, rec.Ring, rec.ReplicaRing, rec.Bucket)
		}
		switch {
		case unpaid == nil && rec.Lapsed != "":
			err = r.resume(ctx, rec.Ring, rec.Bucket)
		case errors.Is(unpaid, ErrUnpaid) && rec.Lapsed == "":
			err = r.suspend(ctx, rec.Ring, rec.Bucket, unpaid)
		case errors.Is(unpaid, ErrUnpaid) && len(rec.ReplicaKey) > 0:
			err = r.releaseAgain(ctx, rec.Ring)
		case unpaid != nil && !errors.Is(unpaid, ErrUnpaid):
			err = fmt.Errorf("ring %s, bucket %d: %w", rec.Ring.Hex(), rec.Bucket, unpaid)
		default:
			err = nil
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// suspend stops serving a ring whose bucket no longer pays: its record
// says why (flushes are refused with it), its follower stops, and unless
// this node is a member (holds the read key) the replica key moves from
// the key directory into the record, so that the node's own sync leaves
// the ring alone, and the ring's logs are unpinned.
func (r *Replica) suspend(ctx context.Context, ring common.Address, bucket uint64, why error) error {
	r.adminMu.Lock()
	defer r.adminMu.Unlock()
	rec, err := r.replication(ctx, ring)
	if err != nil || rec == nil || rec.Lapsed != "" || rec.Bucket != bucket {
		return err // gone, suspended already, or another bucket named meanwhile
	}
	r.unfollow(ring)
	now := r.opts.Now().UTC()
	rec.Lapsed, rec.LapsedAt = why.Error(), &now
	k, err := r.keys.Get(ring)
	member := err == nil && k.HasReadKey()
	if err != nil && !errors.Is(err, ringkeys.ErrNoKeys) {
		return err
	}
	if err == nil && !member {
		rec.ReplicaKey = k.ReplicaKey[:]
	}
	if err := r.putReplication(ctx, rec); err != nil {
		return err
	}
	if !member {
		if err := r.release(ctx, ring); err != nil {
			return err
		}
	}
	log.Infof("suspended ring %s: %s", ring.Hex(), rec.Lapsed)
	return nil
}

// release drops a suspended ring's replica key and unpins its logs (a
// sync that was under way when the ring was suspended may have stored
// some since: the payment loop releases again).
func (r *Replica) release(ctx context.Context, ring common.Address) error {
	if err := r.keys.Delete(ring); err != nil && !errors.Is(err, ringkeys.ErrNoKeys) {
		return err
	}
	heads, err := r.logs.Heads(ctx, ring)
	if err != nil || len(heads) == 0 {
		return err
	}
	_, err = r.logs.Forget(ctx, ring)
	return err
}

// resume serves a suspended ring again: the replica key goes back into
// the key directory and the follower fetches the ring's logs from the
// heads on chain.
func (r *Replica) resume(ctx context.Context, ring common.Address, bucket uint64) error {
	r.adminMu.Lock()
	defer r.adminMu.Unlock()
	rec, err := r.replication(ctx, ring)
	if err != nil || rec == nil || rec.Lapsed == "" || rec.Bucket != bucket {
		return err
	}
	if err := r.restoreKey(rec); err != nil {
		return err
	}
	rec.Lapsed, rec.LapsedAt, rec.ReplicaKey = "", nil, nil
	if err := r.putReplication(ctx, rec); err != nil {
		return err
	}
	r.follow(ring)
	log.Infof("resumed ring %s (bucket %d)", ring.Hex(), bucket)
	return nil
}

// restoreKey puts back the replica key a suspension held aside.
func (r *Replica) restoreKey(rec *replication) error {
	if len(rec.ReplicaKey) != ringkeys.KeySize {
		return nil
	}
	if _, err := r.keys.Get(rec.Ring); !errors.Is(err, ringkeys.ErrNoKeys) {
		return err
	}
	k := ringkeys.Keys{Ring: rec.Ring, Chain: r.chainID}
	copy(k.ReplicaKey[:], rec.ReplicaKey)
	return r.keys.Put(k)
}

// releaseAgain releases a suspended ring's logs again if a sync stored
// some after the suspension.
func (r *Replica) releaseAgain(ctx context.Context, ring common.Address) error {
	r.adminMu.Lock()
	defer r.adminMu.Unlock()
	rec, err := r.replication(ctx, ring)
	if err != nil || rec == nil || len(rec.ReplicaKey) == 0 {
		return err
	}
	return r.release(ctx, ring)
}

// lapsedErr is the refusal of a flush for a suspended ring.
func (r *Replica) lapsedErr(rec *replication) error {
	return fail(gateway.CodePayment, "bucket", "this replica stopped serving ring %s: %s; once the bucket is paid (`ipfs ring market account deposit AMOUNT --from OWNER`) it serves the ring again within %s",
		rec.Ring.Hex(), rec.Lapsed, r.opts.PaymentInterval)
}
