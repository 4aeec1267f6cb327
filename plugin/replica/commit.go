package replica

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-datastore"

	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// maxCommitBatch bounds the flushes committed together.
const maxCommitBatch = 128

// commitJob is one checked flush waiting to be committed.
type commitJob struct {
	seg  *segment
	fr   *flushRecord
	done chan error
}

// ErrClosed is returned for a flush that arrives while the replica closes.
var ErrClosed = errors.New("replica: closed")

// commit hands a checked flush to the committer and waits until it is
// stored, recorded and queued. The caller holds the member's lock, so a
// batch holds at most one flush per member log.
func (r *Replica) commit(ctx context.Context, seg *segment, fr *flushRecord) error {
	j := &commitJob{seg: seg, fr: fr, done: make(chan error, 1)}
	select {
	case r.commits <- j:
	case <-r.ctx.Done():
		return ErrClosed
	case <-ctx.Done():
		return ctx.Err()
	}
	// Once handed over, the job is committed or failed whatever the
	// caller's context does: its answer only reports it.
	return <-j.done
}

// commitLoop is the committer goroutine: it takes the flushes waiting at
// one moment and commits them together, so that they share block writes,
// synced writes and one "received" message per replica ring.
func (r *Replica) commitLoop() {
	defer r.wg.Done()
	for {
		var batch []*commitJob
		select {
		case <-r.ctx.Done():
			return
		case j := <-r.commits:
			batch = append(batch, j)
		}
	more:
		for len(batch) < maxCommitBatch {
			select {
			case j := <-r.commits:
				batch = append(batch, j)
			default:
				break more
			}
		}
		err := r.commitBatch(context.Background(), batch)
		for _, j := range batch {
			j.done <- err
		}
	}
}

// commitBatch commits the batch in one ringlog.CommitMany: the flushes'
// new log nodes (staged by their requests) are checked stored, then every
// head record and every flush record (with its queue mark) lands in one
// synced batch. The "received" messages follow in the next relay round
// (see announceReceived).
func (r *Replica) commitBatch(ctx context.Context, batch []*commitJob) error {
	var segs []ringlog.Segment
	for _, j := range batch {
		if len(j.seg.blocks) > 0 {
			segs = append(segs, ringlog.Segment{Prev: j.seg.prev, HasPrev: j.seg.hasPrev, Head: j.seg.head, Blocks: j.seg.blocks, Staged: true})
		}
	}
	_, err := r.logs.CommitMany(ctx, segs, nil, func(ctx context.Context, b datastore.Write, _ []ringlog.Head) error {
		for _, j := range batch {
			if err := putRecord(ctx, b, recordKey, j.fr, true); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	r.recordsChanged(batchRecords(batch))
	return nil
}

// announceReceived appends one "received" message per replica ring to this
// replica's own log, for the queued flushes that have none yet, and
// records the message in their records, in one commit. The relay loop
// runs it before each round's transactions, so that a flush's "received"
// message comes before its relay and its "relayed" message, and the
// flushes of a round share one message. A crash before it only delays
// the message to the next round: the flushes stay queued.
func (r *Replica) announceReceived(ctx context.Context, queue []*flushRecord) error {
	byRR := map[common.Address][]*flushRecord{}
	var rrs []common.Address
	for _, fr := range queue {
		if len(fr.Messages) > 0 || r.isSelf(fr) {
			continue
		}
		rr := fr.ReplicaRing
		if byRR[rr] == nil {
			rrs = append(rrs, rr)
		}
		byRR[rr] = append(byRR[rr], fr)
	}
	// A replica ring whose message cannot be made (its keys are gone)
	// does not hold up the others. Its flushes are relayed all the same,
	// and their message is tried again next round if they still wait.
	var entries []ringlog.Entry
	var frs []*flushRecord
	kept := rrs[:0]
	for _, rr := range rrs {
		e, err := r.statusEntry(rr, "FlushToRing", statusReceived, receivedFields(byRR[rr]))
		if err != nil {
			log.Errorf("recording %d flushes as received in replica ring %s: %s", len(byRR[rr]), rr.Hex(), err)
			continue
		}
		entries, kept = append(entries, e), append(kept, rr)
		frs = append(frs, byRR[rr]...)
	}
	rrs = kept
	if len(rrs) == 0 {
		return nil
	}
	_, err := r.logs.CommitMany(ctx, nil, entries, func(ctx context.Context, b datastore.Write, appended []ringlog.Head) error {
		for i, rr := range rrs {
			for _, fr := range byRR[rr] {
				fr.Messages = []string{appended[i].CID.String()}
				if err := putRecord(ctx, b, recordKey, fr, true); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		for _, fr := range frs {
			fr.Messages = nil
		}
		return fmt.Errorf("replica: recording %d flushes as received: %w", len(frs), err)
	}
	r.recordsChanged(frs)
	return nil
}

// isSelf reports whether fr is this replica's own flush of its own log in
// its replica ring, which gets no status messages: they would add nodes
// that are never anchored.
func (r *Replica) isSelf(fr *flushRecord) bool {
	return r.self != nil && fr.Avatar == r.self.Address && fr.Ring == fr.ReplicaRing
}

func batchRecords(batch []*commitJob) []*flushRecord {
	frs := make([]*flushRecord, len(batch))
	for i, j := range batch {
		frs[i] = j.fr
	}
	return frs
}

// receivedFields describes the flushes of one "received" message.
func receivedFields(frs []*flushRecord) map[string]string {
	if len(frs) == 1 {
		fr := frs[0]
		return map[string]string{"id": fr.ID, "ring": fr.Ring.Hex(), "avatar": fr.Avatar.Hex(),
			"seq": strconv.FormatUint(fr.Seq, 10), "head": fr.HeadCID}
	}
	ids := make([]string, len(frs))
	for i, fr := range frs {
		ids[i] = fr.ID
	}
	return map[string]string{"ids": strings.Join(ids, ","), "count": strconv.Itoa(len(frs))}
}
