package replica

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/anchor"
)

const (
	statusReceived = "received"
	statusRelayed  = "relayed"
	statusFailed   = "failed"
)

// flushRecord is a flush this replica accepted, persisted under
// /flushes/<id>; while it waits to be relayed, /queue/<id> marks it.
type flushRecord struct {
	ID          string         `json:"id"`
	Ring        common.Address `json:"ring"`
	Avatar      common.Address `json:"avatar"`
	ReplicaRing common.Address `json:"replicaRing"`
	Seq         uint64         `json:"seq"`
	Head        [32]byte       `json:"head"`
	HeadCID     string         `json:"headCid"`
	Nonce       string         `json:"nonce"`
	Deadline    string         `json:"deadline"`
	Sig         []byte         `json:"sig"`
	// Session is the avatar's session when a session key made Sig.
	Session  *schemas.Session `json:"session,omitempty"`
	Status   string           `json:"status"`
	Stored   int              `json:"stored"`
	TxHash   string           `json:"txHash,omitempty"`
	Block    uint64           `json:"block,omitempty"`
	Fee      string           `json:"fee,omitempty"`
	Error    string           `json:"error,omitempty"`
	Attempts int              `json:"attempts"`
	Messages []string         `json:"messages"`
	Created  time.Time        `json:"created"`
}

func (fr *flushRecord) flush() schemas.Flush {
	nonce, _ := new(big.Int).SetString(fr.Nonce, 10)
	deadline, _ := new(big.Int).SetString(fr.Deadline, 10)
	return schemas.Flush{Ring: fr.Ring, Avatar: fr.Avatar, Head: fr.Head, Seq: fr.Seq, Nonce: nonce, Deadline: deadline}
}

func (fr *flushRecord) status() *gateway.FlushStatus {
	return &gateway.FlushStatus{
		ID: fr.ID, Status: fr.Status, Ring: fr.Ring.Hex(), Avatar: fr.Avatar.Hex(), Seq: fr.Seq, Head: fr.HeadCID,
		Stored: fr.Stored, TxHash: fr.TxHash, Block: fr.Block, Fee: fr.Fee, Error: fr.Error,
		Messages: append([]string(nil), fr.Messages...),
	}
}

func flushKey(id string) datastore.Key { return datastore.NewKey("/flushes/" + id) }
func queueKey(id string) datastore.Key { return datastore.NewKey("/queue/" + id) }

func (r *Replica) flushRecord(ctx context.Context, id string) (*flushRecord, error) {
	v, err := r.ds.Get(ctx, flushKey(id))
	if errors.Is(err, datastore.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var fr flushRecord
	if err := json.Unmarshal(v, &fr); err != nil {
		return nil, fmt.Errorf("replica: corrupt flush record %s: %w", id, err)
	}
	return &fr, nil
}

// putFlush writes a flush record, and its queue mark while it is
// "received", in one synced batch.
func (r *Replica) putFlush(ctx context.Context, fr *flushRecord, queued bool) error {
	return r.putFlushes(ctx, []*flushRecord{fr}, queued)
}

// putFlushes writes flush records, and their queue marks while they are
// "received", in one synced batch.
func (r *Replica) putFlushes(ctx context.Context, frs []*flushRecord, queued bool) error {
	return r.putRelayed(ctx, frs, queued, nil)
}

// putRelayed is putFlushes, with the records of the heads the flushes
// anchored (package anchor) in the same synced batch.
func (r *Replica) putRelayed(ctx context.Context, frs []*flushRecord, queued bool, anchored []anchor.Record) error {
	if len(anchored) > 0 {
		err := anchor.Put(ctx, r.logs.Datastore(), anchored, func(ctx context.Context, b datastore.Write) error {
			for _, fr := range frs {
				if err := putRecord(ctx, b, recordKey, fr, queued); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("replica: recording %d flushes: %w", len(frs), err)
		}
		r.recordsChanged(frs)
		return nil
	}
	b, err := r.ds.Batch(ctx)
	if err != nil {
		return err
	}
	for _, fr := range frs {
		if err := putRecord(ctx, b, sameKey, fr, queued); err != nil {
			return err
		}
	}
	if err := b.Commit(ctx); err != nil {
		return fmt.Errorf("replica: recording %d flushes: %w", len(frs), err)
	}
	if err := r.ds.Sync(ctx, datastore.NewKey("/")); err != nil {
		return err
	}
	r.recordsChanged(frs)
	return nil
}

// putRecord adds a flush record and its queue mark (set while queued,
// removed after) to a batch: of the replica's datastore (key sameKey), or
// of the log store's (key recordKey, see commitBatch).
func putRecord(ctx context.Context, b datastore.Write, key func(datastore.Key) datastore.Key, fr *flushRecord, queued bool) error {
	v, err := json.Marshal(fr)
	if err != nil {
		return err
	}
	if err := b.Put(ctx, key(flushKey(fr.ID)), v); err != nil {
		return err
	}
	if queued {
		return b.Put(ctx, key(queueKey(fr.ID)), []byte(fr.Ring.Hex()))
	}
	return b.Delete(ctx, key(queueKey(fr.ID)))
}

func sameKey(k datastore.Key) datastore.Key { return k }

// recordsChanged wakes FlushToRing waiters and publishes the new statuses.
func (r *Replica) recordsChanged(frs []*flushRecord) {
	r.recMu.Lock()
	r.changed.Broadcast()
	r.recMu.Unlock()
	for _, fr := range frs {
		r.events.publish(fr.Ring, gateway.Event{Type: "flush", Data: fr.status()})
	}
}

// queued lists the flushes waiting to be relayed, oldest nonce first.
func (r *Replica) queued(ctx context.Context) ([]*flushRecord, error) {
	res, err := r.ds.Query(ctx, query.Query{Prefix: "/queue", KeysOnly: true})
	if err != nil {
		return nil, err
	}
	defer res.Close()
	var out []*flushRecord
	for e := range res.Next() {
		if e.Error != nil {
			return nil, e.Error
		}
		fr, err := r.flushRecord(ctx, datastore.NewKey(e.Key).BaseNamespace())
		if err != nil {
			return nil, err
		}
		if fr != nil && fr.Status == statusReceived {
			out = append(out, fr)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Avatar != out[j].Avatar {
			return out[i].Avatar.Cmp(out[j].Avatar) < 0
		}
		return out[i].flush().Nonce.Cmp(out[j].flush().Nonce) < 0
	})
	return out, nil
}

// FlushStatus reports a flush by id.
func (r *Replica) FlushStatus(ctx context.Context, id string) (*gateway.FlushStatus, error) {
	fr, err := r.flushRecord(ctx, id)
	if err != nil {
		return nil, err
	}
	if fr == nil {
		return nil, fail(gateway.CodeNotFound, "id", "this replica has no flush %s", id)
	}
	return fr.status(), nil
}

// waitRelayed waits until the flush leaves "received" or the wait ends,
// and returns its status.
func (r *Replica) waitRelayed(ctx context.Context, id string, wait time.Duration) (*gateway.FlushStatus, error) {
	if wait < 0 {
		return r.FlushStatus(ctx, id)
	}
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	stop := context.AfterFunc(ctx, func() {
		r.recMu.Lock()
		r.changed.Broadcast()
		r.recMu.Unlock()
	})
	defer stop()
	for {
		fr, err := r.flushRecord(context.WithoutCancel(ctx), id)
		if err != nil {
			return nil, err
		}
		if fr == nil {
			return nil, fail(gateway.CodeNotFound, "id", "this replica has no flush %s", id)
		}
		if fr.Status != statusReceived || ctx.Err() != nil || r.ctx.Err() != nil {
			return fr.status(), nil
		}
		r.recMu.Lock()
		// Re-read under the lock so a change between the read and the
		// wait is not missed.
		if cur, _ := r.flushRecord(context.WithoutCancel(ctx), id); cur != nil && cur.Status != statusReceived {
			r.recMu.Unlock()
			continue
		}
		if ctx.Err() == nil && r.ctx.Err() == nil {
			r.changed.Wait()
		}
		r.recMu.Unlock()
	}
}

// relayLoop sends queued flushes to the chain, batched per ring, until
// Close. A chain that cannot be reached is retried; a flush the contract
// refuses is reported failed with the contract's reason. At start and
// every ReanchorInterval it first queues again the relayed flushes whose
// block the chain lost (reanchor).
func (r *Replica) relayLoop() {
	defer r.wg.Done()
	retry := time.NewTimer(r.opts.RetryInterval)
	defer retry.Stop()
	check := time.NewTicker(r.opts.ReanchorInterval)
	defer check.Stop()
	r.reanchor(r.ctx) // New kicks the first round
	for {
		select {
		case <-r.ctx.Done():
			return
		case <-check.C:
			if r.reanchor(r.ctx) == 0 {
				continue
			}
		case <-r.wake:
			// Let the flushes arriving now join this round's transaction.
			if r.opts.RelayDelay > 0 {
				t := time.NewTimer(r.opts.RelayDelay)
				select {
				case <-r.ctx.Done():
					t.Stop()
					return
				case <-t.C:
				}
			}
		case <-retry.C:
		}
		again, err := r.relayQueued(r.ctx)
		if err != nil && r.ctx.Err() == nil {
			log.Warnf("relaying flushes: %s (retrying in %s)", err, r.opts.RetryInterval)
		}
		if again {
			retry.Reset(r.opts.RetryInterval)
		}
	}
}

// relayQueued relays what is queued; again reports that some flushes are
// still waiting (the chain failed).
func (r *Replica) relayQueued(ctx context.Context) (again bool, err error) {
	queue, err := r.queued(ctx)
	if err != nil {
		return true, err
	}
	if err := r.announceReceived(ctx, queue); err != nil {
		return true, err
	}
	byRing := map[common.Address][]*flushRecord{}
	var rings []common.Address
	for _, fr := range queue {
		if byRing[fr.Ring] == nil {
			rings = append(rings, fr.Ring)
		}
		byRing[fr.Ring] = append(byRing[fr.Ring], fr)
	}
	var errs []error
	for _, ring := range rings {
		batch := byRing[ring]
		for len(batch) > 0 {
			n := min(len(batch), r.opts.RelayBatch)
			if err := r.relayBatch(ctx, ring, batch[:n]); err != nil {
				errs = append(errs, err)
				again = true
				break
			}
			batch = batch[n:]
		}
	}
	return again, errors.Join(errs...)
}

// relayBatch sends one flushMany. If the contract refuses the batch, each
// flush is sent alone so that only the refused ones fail.
func (r *Replica) relayBatch(ctx context.Context, ring common.Address, batch []*flushRecord) error {
	fs := make([]schemas.Flush, len(batch))
	sigs := make([][]byte, len(batch))
	sessions := make([]*schemas.Session, len(batch))
	for i, fr := range batch {
		fs[i], sigs[i], sessions[i] = fr.flush(), fr.Sig, fr.Session
	}
	rcpt, err := r.chain.FlushManyWithSessions(ctx, ring, fs, sigs, sessions)
	var revert *chain.RevertError
	switch {
	case err == nil:
		r.finish(ctx, batch, rcpt, nil)
		return nil
	case errors.As(err, &revert) && len(batch) > 1:
		for _, fr := range batch {
			if err := r.relayBatch(ctx, ring, []*flushRecord{fr}); err != nil {
				return err
			}
		}
		return nil
	case errors.As(err, &revert), errors.Is(err, chain.ErrReverted):
		// Refused: unless the chain already has this head or a newer one
		// (an earlier transaction of ours that was slow to be mined, or
		// another replica), the flush failed.
		if r.onChain(ctx, ring, batch[0]) {
			r.finish(ctx, batch, &chain.Receipt{Fee: new(big.Int)}, nil)
			return nil
		}
		r.finish(ctx, batch, nil, err)
		return nil
	default:
		for _, fr := range batch {
			fr.Attempts++
			fr.Error = err.Error()
			if perr := r.putFlush(context.WithoutCancel(ctx), fr, true); perr != nil {
				return errors.Join(err, perr)
			}
		}
		return err
	}
}

// onChain reports whether the chain holds the flush's seq (or a later one)
// for its avatar.
func (r *Replica) onChain(ctx context.Context, ring common.Address, fr *flushRecord) bool {
	st, err := r.chain.State(ctx, ring)
	if err != nil {
		return false
	}
	m, ok := st.Member(fr.Avatar)
	return ok && (m.Seq > fr.Seq || (m.Seq == fr.Seq && m.Head == fr.Head))
}

// finish records the flushes of one transaction as relayed (rcpt) or
// failed (err), and appends one status message for them to the replica's
// log: the second message of each flush, shared by a batch.
func (r *Replica) finish(ctx context.Context, batch []*flushRecord, rcpt *chain.Receipt, err error) {
	ctx = context.WithoutCancel(ctx)
	fr0 := batch[0]
	fields := map[string]string{"ring": fr0.Ring.Hex()}
	if len(batch) == 1 {
		fields["id"], fields["avatar"], fields["seq"] = fr0.ID, fr0.Avatar.Hex(), strconv.FormatUint(fr0.Seq, 10)
	} else {
		ids := make([]string, len(batch))
		for i, fr := range batch {
			ids[i] = fr.ID
		}
		fields["ids"], fields["count"] = strings.Join(ids, ","), strconv.Itoa(len(batch))
	}
	status := statusRelayed
	if err != nil {
		status, fields["error"] = statusFailed, err.Error()
	} else {
		fields["fee"] = rcpt.Fee.String()
		if rcpt.TxHash != (common.Hash{}) {
			fields["tx"] = rcpt.TxHash.Hex()
		} else {
			fields["note"] = "the chain already had this head"
		}
	}
	// The replica's own log head is not recorded: that would add a node
	// that is never anchored.
	var msg string
	if !r.isSelf(fr0) {
		c, merr := r.statusMessage(ctx, fr0.ReplicaRing, "FlushToRing", status, fields)
		if merr != nil {
			log.Errorf("recording the %s status of flush %s: %s", status, fr0.ID, merr)
		} else {
			msg = c.String()
		}
	}
	for _, fr := range batch {
		fr.Attempts++
		fr.Status = status
		if err != nil {
			fr.Error = err.Error()
			r.forgetAccepted(fr.Ring, fr.Avatar)
		} else {
			fr.Error, fr.Fee = "", rcpt.Fee.String()
			if rcpt.TxHash != (common.Hash{}) {
				fr.TxHash, fr.Block = rcpt.TxHash.Hex(), rcpt.Block
			}
		}
		if msg != "" {
			fr.Messages = append(fr.Messages, msg)
		}
	}
	var anchored []anchor.Record
	if err == nil {
		anchored = anchoredBy(batch)
		r.refreshHeads(ctx, fr0.Ring)
	}
	if perr := r.putRelayed(ctx, batch, false, anchored); perr != nil {
		log.Errorf("recording the %s status of %d flushes: %s", status, len(batch), perr)
	}
}

// refreshHeads reads ring's state from the chain into the replica's cache,
// and brings the node's head cache up to the latest block, after a
// transaction set heads in ring: a reader that sees a flush "relayed" then
// sees its head in GET /ring/{ring}, however long FollowInterval is. A
// failure is logged: the flush is relayed all the same, and the caches
// catch up on their own.
func (r *Replica) refreshHeads(ctx context.Context, ring common.Address) {
	if _, err := r.readState(ctx, ring); err != nil {
		log.Warnf("reading ring %s after a relay: %s", ring.Hex(), err)
	}
	if r.opts.Heads != nil {
		if err := r.opts.Heads.Refresh(ctx); err != nil {
			log.Warnf("refreshing the head cache after a relay: %s", err)
		}
	}
}
