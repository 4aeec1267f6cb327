package replica

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/anchor"
)

// anchoredBy is what the flushes of one mined transaction (one ring)
// anchored: per avatar, its newest head with the signed flushes of the
// transaction, oldest first, that reanchor needs to send them again.
func anchoredBy(batch []*flushRecord) []anchor.Record {
	var out []anchor.Record
	at := map[common.Address]int{}
	for _, fr := range batch {
		f := fr.flush()
		s := anchor.Signed{Seq: fr.Seq, Head: f.Head, Nonce: f.Nonce, Deadline: f.Deadline, Sig: fr.Sig}
		i, ok := at[fr.Avatar]
		if !ok {
			i, at[fr.Avatar] = len(out), len(out)
			out = append(out, anchor.Record{Ring: fr.Ring, Avatar: fr.Avatar})
		}
		rec := &out[i]
		rec.Signed = append(rec.Signed, s)
		if fr.Seq >= rec.Seq {
			rec.Seq, rec.Head = fr.Seq, schemas.CIDFromDigest(fr.Head)
		}
	}
	return out
}

// reanchor queues again the flushes this replica relayed and saw mined
// whose heads the chain no longer holds: it lost their block (the embedded
// chain after a crash, a reorg on another chain). The lost block took the
// use of their nonces with it, so the members' signed flushes, kept in the
// anchor records, are valid again until their deadline. A flush that can
// no longer be sent (its deadline passed, or the avatar's nonce on chain
// is not its nonce: the avatar flushed again since, or the chain lost more
// of its flushes than the newest transaction) is reported failed, with
// why. It returns how many flushes it queued.
func (r *Replica) reanchor(ctx context.Context) int {
	recs, err := anchor.List(ctx, r.logs.Datastore())
	if err != nil {
		if ctx.Err() == nil {
			log.Errorf("re-anchoring relayed flushes: %s", err)
		}
		return 0
	}
	byRing := map[common.Address][]anchor.Record{}
	var rings []common.Address
	for _, a := range recs {
		if len(a.Signed) == 0 {
			continue // a flush the ring service signed: it flushes again itself
		}
		if byRing[a.Ring] == nil {
			rings = append(rings, a.Ring)
		}
		byRing[a.Ring] = append(byRing[a.Ring], a)
	}
	queued := 0
	for _, ring := range rings {
		st, err := r.readState(ctx, ring)
		if err != nil {
			if ctx.Err() == nil {
				log.Errorf("re-anchoring the flushes relayed to ring %s: %s", ring.Hex(), err)
			}
			continue
		}
		for _, a := range byRing[ring] {
			m, ok := st.Member(a.Avatar)
			if !ok || m.Seq >= a.Seq {
				continue // gone from the ring, or the chain has it (or more)
			}
			n, err := r.reanchorOne(ctx, a, m.Seq, m.Nonce)
			if err != nil && ctx.Err() == nil {
				log.Errorf("re-anchoring %s's head (seq %d) in ring %s: %s", a.Avatar.Hex(), a.Seq, ring.Hex(), err)
			}
			queued += n
		}
	}
	return queued
}

// reanchorOne queues again the flushes of one anchor record that the
// chain lost (their seq is above chainSeq), in nonce order from the
// avatar's nonce on chain, or reports them failed.
func (r *Replica) reanchorOne(ctx context.Context, a anchor.Record, chainSeq uint64, nonce *big.Int) (int, error) {
	r.adminMu.RLock()
	defer r.adminMu.RUnlock()
	lock := r.memberLock(a.Ring, a.Avatar)
	lock.Lock()
	defer lock.Unlock()
	next := new(big.Int).Set(nonce)
	now := r.opts.Now().Unix()
	var requeue []*flushRecord
	var why string // set once one cannot be sent: nor can those after it
	for _, s := range a.Signed {
		if s.Seq <= chainSeq {
			continue // the chain holds it
		}
		f := s.Flush(a.Ring, a.Avatar)
		d, err := schemas.FlushDigest(schemas.Domain{ChainID: r.chainID, Ring: a.Ring}, f)
		if err != nil {
			return 0, err
		}
		fr, err := r.flushRecord(ctx, "0x"+hex.EncodeToString(d[:]))
		if err != nil {
			return 0, err
		}
		if fr == nil {
			return 0, fmt.Errorf("replica: no record of the flush of seq %d", s.Seq)
		}
		switch fr.Status {
		case statusReceived: // queued again already
			next.Add(next, big.NewInt(1))
			continue
		case statusFailed: // reported already
			continue
		}
		switch {
		case why != "":
		case s.Nonce.Cmp(next) != 0:
			why = fmt.Sprintf("its nonce %s is not the avatar's next nonce on chain, %s (the avatar flushed again since, or the chain lost more of its flushes than this replica can send again)", s.Nonce, next)
		case s.Deadline.Cmp(big.NewInt(now)) < 0:
			why = fmt.Sprintf("its mtx expired at %s (unix), it is now %d", s.Deadline, now)
		}
		if why != "" {
			log.Errorf("the chain lost the block of flush %s (seq %d of %s in ring %s), which cannot be relayed again: %s", fr.ID, fr.Seq, fr.Avatar.Hex(), fr.Ring.Hex(), why)
			r.finish(ctx, []*flushRecord{fr}, nil, fmt.Errorf("the chain lost the block of this flush (tx %s in block %d), and it cannot be relayed again: %s; flush again", fr.TxHash, fr.Block, why))
			continue
		}
		log.Infof("the chain lost the block of flush %s (seq %d of %s in ring %s, tx %s): relaying it again", fr.ID, fr.Seq, fr.Avatar.Hex(), fr.Ring.Hex(), fr.TxHash)
		fr.Status, fr.Error, fr.TxHash, fr.Block, fr.Fee = statusReceived, "", "", 0, ""
		requeue = append(requeue, fr)
		next.Add(next, big.NewInt(1))
	}
	if len(requeue) == 0 {
		return 0, nil
	}
	if err := r.putFlushes(ctx, requeue, true); err != nil {
		return 0, err
	}
	last := requeue[len(requeue)-1]
	r.accept(a.Ring, a.Avatar, last.flush().Nonce, last.Seq)
	return len(requeue), nil
}
