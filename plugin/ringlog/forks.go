package ringlog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pin "github.com/ipfs/boxo/pinning/pinner"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Fork is a member caught signing two different nodes for one seq of its
// log: the evidence, kept as a ForkProof block that links both nodes, and
// whether it has been reported on chain.
type Fork struct {
	Ring   common.Address `json:"ring"`
	Member common.Address `json:"member"`
	Seq    uint64         `json:"seq"`
	// A is the node this node held first; B the other one (during a sync,
	// the one on the branch whose head the chain holds).
	A     cid.Cid   `json:"a"`
	B     cid.Cid   `json:"b"`
	Proof cid.Cid   `json:"proof"` // the ForkProof block
	Found time.Time `json:"found"`
	// ReportTx is the reportFork transaction; empty until reported.
	// ReportedBy is set instead when someone else reported it first.
	ReportTx   string `json:"reportTx,omitempty"`
	ReportedBy string `json:"reportedBy,omitempty"`
	// RawA and RawB are the two nodes' blocks. The record keeps them
	// because the blockstore may not: a node under a log's recursive pin
	// cannot be pinned directly, and that pin goes when the log moves to
	// the other branch.
	RawA []byte `json:"rawA"`
	RawB []byte `json:"rawB"`
}

// Reported reports whether the chain knows of the fork.
func (f Fork) Reported() bool { return f.ReportTx != "" || f.ReportedBy != "" }

func forkKey(ring, member common.Address, seq uint64) datastore.Key {
	return datastore.NewKey("/forks/" + hexKey(ring) + "/" + hexKey(member) + "/" + strconv.FormatUint(seq, 10))
}

// ForkPinName is the name of the direct pins that keep a fork's evidence:
// the ForkProof block and both nodes.
func ForkPinName(ring, member common.Address, seq uint64) string {
	return fmt.Sprintf("ring-fork:%s:%s:%d", ring.Hex(), member.Hex(), seq)
}

// RecordFork keeps the evidence that member signed two nodes for seq, a
// and b, blocks the caller has checked (nodes of member's log in ring on
// chain at seq, both signed by member; a is the one this node held
// first). It stores both and a ForkProof block linking them, pins the three
// directly where they are not pinned already, and records the fork with
// both nodes' bytes, durably. A fork
// already recorded for (ring, member, seq) is returned as it is, with
// isNew false. Callers learn of new forks from ForkFound.
func (s *Store) RecordFork(ctx context.Context, ring common.Address, chain uint64, member common.Address, seq uint64, a, b blocks.Block) (f Fork, isNew bool, err error) {
	unlock := s.bs.PinLock(ctx)
	defer unlock.Unlock(ctx)
	return s.recordFork(ctx, ring, chain, member, seq, a, b)
}

// recordFork is RecordFork for a caller that holds a PinLock (taking a
// second one could deadlock with a garbage collection waiting between
// the two).
func (s *Store) recordFork(ctx context.Context, ring common.Address, chain uint64, member common.Address, seq uint64, a, b blocks.Block) (f Fork, isNew bool, err error) {
	if a.Cid() == b.Cid() {
		return Fork{}, false, errors.New("ringlog: a fork needs two different nodes")
	}
	if sameClaim(a, b) {
		// One signed statement in two wrappers (the same node with two
		// sessions of one key): no fork the contract would take.
		return Fork{}, false, errors.New("ringlog: the two nodes carry one signed claim (they differ only in their session); not a fork")
	}
	release, err := s.open()
	if err != nil {
		return Fork{}, false, err
	}
	defer release()
	mu := s.logMutex(ring, member)
	mu.Lock()
	defer mu.Unlock()
	if f, ok, err := s.getFork(ctx, ring, member, seq); err != nil || ok {
		return f, false, err
	}
	data, err := schemas.EncodeForkProof(&schemas.ForkProof{
		Ring: ring.Bytes(), Chain: int64(chain), Author: member.Bytes(), Seq: int64(seq), A: a.Cid(), B: b.Cid(),
	})
	if err != nil {
		return Fork{}, false, err
	}
	proof, err := schemas.Block(data)
	if err != nil {
		return Fork{}, false, err
	}
	if err := s.bs.PutMany(ctx, []blocks.Block{a, b, proof}); err != nil {
		return Fork{}, false, fmt.Errorf("ringlog: storing fork evidence: %w", err)
	}
	if s.syncBlocks != nil {
		if err := s.syncBlocks(ctx); err != nil {
			return Fork{}, false, err
		}
	}
	f = Fork{Ring: ring, Member: member, Seq: seq, A: a.Cid(), B: b.Cid(), Proof: proof.Cid(), Found: time.Now().UTC(),
		RawA: a.RawData(), RawB: b.RawData()}
	if err := s.pinEvidence(ctx, f); err != nil {
		return Fork{}, false, err
	}
	if err := s.putFork(ctx, f); err != nil {
		return Fork{}, false, err
	}
	select {
	case s.forkFound <- struct{}{}:
	default:
	}
	return f, true, nil
}

// sameClaim reports whether a and b decode to log nodes with one EIP-712
// digest: the same claim, signed once.
func sameClaim(a, b blocks.Block) bool {
	na, errA := schemas.DecodeLogNode(a.RawData())
	nb, errB := schemas.DecodeLogNode(b.RawData())
	if errA != nil || errB != nil {
		return false
	}
	da, errA := schemas.LogNodeDigest(na)
	db, errB := schemas.LogNodeDigest(nb)
	return errA == nil && errB == nil && da == db
}

// pinEvidence pins a fork's proof and nodes directly where nothing pins
// them now (a node under a log's recursive pin cannot be pinned directly;
// Fetch and Reconcile call this again once that pin has moved). The
// caller holds a PinLock.
func (s *Store) pinEvidence(ctx context.Context, f Fork) error {
	// The nodes' blocks may have been collected while unpinned (a crash
	// between the two): the record has them.
	for _, n := range []struct {
		c   cid.Cid
		raw []byte
	}{{f.A, f.RawA}, {f.B, f.RawB}} {
		if has, err := s.bs.Has(ctx, n.c); err != nil {
			return err
		} else if !has {
			blk, err := blocks.NewBlockWithCid(n.raw, n.c)
			if err != nil {
				return fmt.Errorf("ringlog: fork record of %s at seq %d: %w", f.Member.Hex(), f.Seq, err)
			}
			if err := s.bs.Put(ctx, blk); err != nil {
				return err
			}
		}
	}
	name := ForkPinName(f.Ring, f.Member, f.Seq)
	n := 0
	for _, c := range []cid.Cid{f.Proof, f.A, f.B} {
		if _, pinned, err := s.pins.IsPinned(ctx, c); err != nil {
			return fmt.Errorf("ringlog: pinning fork evidence: %w", err)
		} else if pinned {
			continue
		}
		if err := s.pins.PinWithMode(ctx, c, pin.Direct, name); err != nil {
			return fmt.Errorf("ringlog: pinning fork evidence: %w", err)
		}
		n++
	}
	if n == 0 {
		return nil
	}
	if err := s.pins.Flush(ctx); err != nil {
		return fmt.Errorf("ringlog: pinning fork evidence: %w", err)
	}
	return nil
}

func (s *Store) getFork(ctx context.Context, ring, member common.Address, seq uint64) (Fork, bool, error) {
	v, err := s.ds.Get(ctx, forkKey(ring, member, seq))
	if errors.Is(err, datastore.ErrNotFound) {
		return Fork{}, false, nil
	}
	if err != nil {
		return Fork{}, false, err
	}
	var f Fork
	if err := json.Unmarshal(v, &f); err != nil {
		return Fork{}, false, fmt.Errorf("ringlog: corrupt fork record of %s at seq %d: %w", member.Hex(), seq, err)
	}
	return f, true, nil
}

func (s *Store) putFork(ctx context.Context, f Fork) error {
	v, err := json.Marshal(f)
	if err != nil {
		return err
	}
	if err := s.ds.Put(ctx, forkKey(f.Ring, f.Member, f.Seq), v); err != nil {
		return fmt.Errorf("ringlog: recording a fork: %w", err)
	}
	return s.ds.Sync(ctx, datastore.NewKey("/forks"))
}

// ForkFound is signalled (without blocking: one pending signal at most)
// whenever RecordFork records a new fork.
func (s *Store) ForkFound() <-chan struct{} { return s.forkFound }

// Forks lists the recorded forks of a ring (the zero address: of every
// ring), by member and seq.
func (s *Store) Forks(ctx context.Context, ring common.Address) ([]Fork, error) {
	prefix := "/forks"
	if ring != (common.Address{}) {
		prefix += "/" + hexKey(ring)
	}
	res, err := s.ds.Query(ctx, query.Query{Prefix: prefix})
	if err != nil {
		return nil, err
	}
	defer res.Close()
	var out []Fork
	for r := range res.Next() {
		if r.Error != nil {
			return nil, r.Error
		}
		var f Fork
		if err := json.Unmarshal(r.Value, &f); err != nil {
			return nil, fmt.Errorf("ringlog: corrupt fork record %s: %w", strings.TrimPrefix(r.Key, "/"), err)
		}
		out = append(out, f)
	}
	return out, nil
}

// MarkForkReported records that a fork is on chain: through the
// transaction tx this node sent, or (tx empty) reported by someone else.
func (s *Store) MarkForkReported(ctx context.Context, f Fork, tx string) error {
	if tx != "" {
		f.ReportTx = tx
	} else {
		f.ReportedBy = "another node"
	}
	mu := s.logMutex(f.Ring, f.Member)
	mu.Lock()
	defer mu.Unlock()
	return s.putFork(ctx, f)
}

// ForkNodes decodes a fork's two nodes, for a report.
func ForkNodes(f Fork) (a, b *schemas.LogNode, err error) {
	if a, err = schemas.DecodeLogNode(f.RawA); err != nil {
		return nil, nil, fmt.Errorf("ringlog: fork record's node a: %w", err)
	}
	if b, err = schemas.DecodeLogNode(f.RawB); err != nil {
		return nil, nil, fmt.Errorf("ringlog: fork record's node b: %w", err)
	}
	return a, b, nil
}
