package ringlog

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// A Source serves a member's log nodes, newest first: a peer speaking the
// log sync protocol, or the node's block service one block at a time.
type Source interface {
	// Open starts a stream at the node from and going back through prev
	// links; it may end after the node of seq stop+1, or earlier.
	Open(ctx context.Context, ring, member common.Address, from cid.Cid, stop uint64) (Stream, error)
	// String names the source in errors and progress.
	String() string
}

// A Stream yields blocks of a log, newest first. Next returns io.EOF when
// the source has nothing more; the caller checks every block.
type Stream interface {
	Next(ctx context.Context) (blocks.Block, error)
	Close() error
}

// Fetcher gets blocks that may not be stored here yet (a node's online
// block service: its blockstore, then bitswap).
type Fetcher interface {
	GetBlock(ctx context.Context, c cid.Cid) (blocks.Block, error)
}

// BlockSource is the Source of last resort: it walks the log one
// Fetcher.GetBlock (one bitswap round trip) per node.
type BlockSource struct{ Fetcher Fetcher }

// String implements Source.
func (b BlockSource) String() string { return "bitswap" }

// Open implements Source.
func (b BlockSource) Open(_ context.Context, _, _ common.Address, from cid.Cid, _ uint64) (Stream, error) {
	return &blockStream{f: b.Fetcher, next: from, more: true}, nil
}

type blockStream struct {
	f    Fetcher
	next cid.Cid
	more bool
}

func (s *blockStream) Next(ctx context.Context) (blocks.Block, error) {
	if !s.more {
		return nil, io.EOF
	}
	blk, err := s.f.GetBlock(ctx, s.next)
	if err != nil {
		return nil, err
	}
	// A node that does not decode is returned all the same: Fetch's checks
	// report it, and the stream ends.
	n, err := schemas.DecodeLogNode(blk.RawData())
	s.more = err == nil && n.Prev != nil
	if s.more {
		s.next = *n.Prev
	}
	return blk, nil
}

func (s *blockStream) Close() error { return nil }

// FetchBatch is how many verified nodes Fetch stores at a time. Memory use
// is bounded by it, not by the log's length, and a fetch interrupted by a
// crash resumes after the last stored batch.
const FetchBatch = 512

// Progress reports a running Fetch: Done of Total nodes are stored.
type Progress struct {
	Member common.Address `json:"member"`
	Done   uint64         `json:"done"`
	Total  uint64         `json:"total"`
}

// Download is a Fetch under way, recorded after every stored batch: every
// node from Target (seq TargetSeq) back to NextSeq+1 is stored and
// checked; Next, of seq NextSeq, is the node to fetch next.
type Download struct {
	Target    cid.Cid `json:"target"`
	TargetSeq uint64  `json:"targetSeq"`
	Next      cid.Cid `json:"next"`
	NextSeq   uint64  `json:"nextSeq"`
}

func downloadKey(ring, member common.Address) datastore.Key {
	return datastore.NewKey("/downloads/" + hexKey(ring) + "/" + hexKey(member))
}

// PendingDownload returns the recorded Download of a member's log, if a
// Fetch of it was interrupted. A record that does not parse is ignored (the
// next Fetch starts over and replaces it).
func (s *Store) PendingDownload(ctx context.Context, ring, member common.Address) (Download, bool, error) {
	v, err := s.ds.Get(ctx, downloadKey(ring, member))
	if errors.Is(err, datastore.ErrNotFound) {
		return Download{}, false, nil
	}
	if err != nil {
		return Download{}, false, err
	}
	var d Download
	if err := json.Unmarshal(v, &d); err != nil || !d.Target.Defined() || !d.Next.Defined() || d.NextSeq == 0 || d.NextSeq >= d.TargetSeq {
		return Download{}, false, nil // not ours to trust: the fetch starts over and replaces it
	}
	return d, true, nil
}

// FetchResult is what Fetch did to one member's log.
type FetchResult struct {
	Head    Head   // the log's head after the fetch
	Fetched uint64 // nodes stored by this call
	Resumed bool   // it continued an interrupted fetch
	Source  string // where the last nodes came from
}

// SourceError is a source that failed during a Fetch, and why.
type SourceError struct {
	Source string
	Err    error
}

// FetchError is a Fetch that stopped before the target: every source was
// tried. What was stored is kept, and the next Fetch of the same target
// resumes from it.
type FetchError struct {
	Member  common.Address
	NextSeq uint64 // the node that could not be had
	Sources []SourceError
}

func (e *FetchError) Error() string {
	parts := make([]string, len(e.Sources))
	for i, s := range e.Sources {
		parts[i] = s.Source + ": " + s.Err.Error()
	}
	return fmt.Sprintf("ringlog: no source had seq %d of %s's log (%s); what was fetched is kept, run sync again to resume",
		e.NextSeq, e.Member.Hex(), strings.Join(parts, "; "))
}

// Fetch brings a member's log up to target (at seq targetSeq, e.g. the head
// the ring contract holds), back to the local head, from the first source
// that serves it, switching to the next when one fails or ends early. Every
// node is checked as it arrives (its CID is the one the newer node links
// to, and its signature, author, ring, chain and seq are right) and stored
// in batches of FetchBatch, so memory stays flat and an interrupted fetch
// resumes where it stopped. Once the log reaches the local head the new
// head is recorded and pinned, as Import does. A node that does not link
// up with the local head is an error and nothing is recorded.
//
// progress, if not nil, is called after every stored batch.
func (s *Store) Fetch(ctx context.Context, sources []Source, ring common.Address, chain uint64, member common.Address, target cid.Cid, targetSeq uint64, progress func(Progress)) (FetchResult, error) {
	local, hasLocal, err := s.Head(ctx, ring, member)
	if err != nil {
		return FetchResult{}, err
	}
	if hasLocal && local.Seq >= targetSeq {
		return FetchResult{Head: local}, nil
	}
	var stop uint64 // the fetch ends after the node of seq stop+1
	if hasLocal {
		stop = local.Seq
	}
	d := Download{Target: target, TargetSeq: targetSeq, Next: target, NextSeq: targetSeq}
	res := FetchResult{}
	if prev, ok, err := s.PendingDownload(ctx, ring, member); err != nil {
		return FetchResult{}, err
	} else if ok && prev.Target == target && prev.TargetSeq == targetSeq && prev.NextSeq >= stop {
		d, res.Resumed = prev, true
	}
	total := targetSeq - stop
	report := func() {
		if progress != nil {
			progress(Progress{Member: member, Done: targetSeq - d.NextSeq, Total: total})
		}
	}
	report()

	// Hold off garbage collection: the nodes stored so far are not pinned
	// until the end.
	unlock := s.bs.PinLock(ctx)
	defer unlock.Unlock(ctx)

	var failures []SourceError
	for _, src := range sources {
		if d.NextSeq == stop {
			break
		}
		n, err := s.fetchFrom(ctx, src, ring, chain, member, stop, &d, report)
		res.Fetched += n
		if n > 0 {
			res.Source = src.String()
		}
		if err != nil {
			if ctx.Err() != nil {
				return res, fmt.Errorf("ringlog: fetch of %s's log interrupted at seq %d (%w); run sync again to resume", member.Hex(), d.NextSeq, ctx.Err())
			}
			var bad *badNodeError
			if errors.As(err, &bad) {
				return res, err // a forged or forked log: another source will not make it right
			}
			failures = append(failures, SourceError{Source: src.String(), Err: err})
		}
	}
	if d.NextSeq != stop {
		return res, &FetchError{Member: member, NextSeq: d.NextSeq, Sources: failures}
	}
	// d.Next is now the node the oldest fetched node links to: it must be
	// the local head (or nothing, for a log fetched from seq 1).
	if hasLocal && d.Next != local.CID {
		return res, &badNodeError{seq: stop + 1, err: fmt.Errorf("fork: seq %d links to %s, the local log has %s at seq %d", stop+1, d.Next, local.CID, local.Seq)}
	}
	if !hasLocal {
		local = Head{Ring: ring, Member: member}
	}
	head := Head{Ring: ring, Member: member, Seq: targetSeq, CID: target}
	if _, err := s.CommitMany(ctx, []Segment{{Prev: local, HasPrev: hasLocal, Head: head}}, nil, func(ctx context.Context, b datastore.Write, _ []Head) error {
		return b.Delete(ctx, downloadKey(ring, member))
	}); err != nil {
		return res, err
	}
	res.Head = head
	return res, nil
}

// badNodeError is a node that failed its checks: the source served a log
// that is not the member's, or not the one the target links to.
type badNodeError struct {
	seq uint64
	c   cid.Cid
	err error
}

func (e *badNodeError) Error() string {
	if e.c.Defined() {
		return fmt.Sprintf("ringlog: seq %d (%s): %v", e.seq, e.c, e.err)
	}
	return fmt.Sprintf("ringlog: seq %d: %v", e.seq, e.err)
}

func (e *badNodeError) Unwrap() error { return e.err }

// fetchFrom reads one source until it ends, fails, or the log reaches
// stop, storing checked nodes in batches and moving d along.
func (s *Store) fetchFrom(ctx context.Context, src Source, ring common.Address, chain uint64, member common.Address, stop uint64, d *Download, report func()) (uint64, error) {
	st, err := src.Open(ctx, ring, member, d.Next, stop)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	var fetched uint64
	batch := make([]blocks.Block, 0, FetchBatch)
	nodes := make([]*schemas.LogNode, 0, FetchBatch)
	pending := *d // d as it will be once batch is stored
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := verifySignatures(nodes, batch); err != nil {
			return err
		}
		if err := s.storeBatch(ctx, ring, member, pending, batch); err != nil {
			return err
		}
		fetched += uint64(len(batch))
		*d = pending
		batch, nodes = batch[:0], nodes[:0]
		report()
		return nil
	}
	for pending.NextSeq > stop {
		blk, err := st.Next(ctx)
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = fmt.Errorf("the stream ended before seq %d", pending.NextSeq)
			}
			if ferr := flush(); ferr != nil {
				return fetched, ferr
			}
			return fetched, err
		}
		n, err := checkFetched(blk, pending.Next, ring, chain, member, pending.NextSeq)
		if err != nil {
			if ferr := flush(); ferr != nil {
				return fetched, ferr
			}
			return fetched, err
		}
		batch, nodes = append(batch, blk), append(nodes, n)
		if n.Prev != nil {
			pending.Next = *n.Prev
		} else {
			pending.Next = cid.Undef
		}
		pending.NextSeq--
		if pending.NextSeq > stop && n.Prev == nil {
			return fetched, &badNodeError{seq: pending.NextSeq + 1, c: blk.Cid(), err: fmt.Errorf("fork: the log ends at seq %d without reaching the local head at seq %d", pending.NextSeq+1, stop)}
		}
		if len(batch) == FetchBatch {
			if err := flush(); err != nil {
				return fetched, err
			}
		}
	}
	return fetched, flush()
}

// checkFetched checks a block a source sent where the node want (of seq
// seq) was expected, all but its signature (see verifySignatures). A block
// that is not want is the source's fault (a plain error: another source
// may do better); a block that is want but not a node of member's log in
// ring on chain at seq is the log's fault (a *badNodeError: no source can
// mend it).
func checkFetched(blk blocks.Block, want cid.Cid, ring common.Address, chain uint64, member common.Address, seq uint64) (*schemas.LogNode, error) {
	if blk.Cid() != want {
		return nil, fmt.Errorf("sent %s where seq %d, %s, was expected", blk.Cid(), seq, want)
	}
	if sum, err := want.Prefix().Sum(blk.RawData()); err != nil || sum != want {
		return nil, fmt.Errorf("sent bytes for seq %d that do not hash to %s", seq, want)
	}
	n, err := schemas.DecodeLogNode(blk.RawData())
	if err != nil {
		return nil, &badNodeError{seq: seq, c: want, err: err}
	}
	if err := checkClaims(n, ring, chain, member, seq); err != nil {
		return nil, &badNodeError{seq: seq, c: want, err: err}
	}
	return n, nil
}

// verifySignatures checks that every node was signed by the author it
// claims (checkFetched has checked that this is the member), on all cores:
// recovering a signature is most of a fetch's CPU time. It reports the
// newest bad node.
func verifySignatures(nodes []*schemas.LogNode, blks []blocks.Block) error {
	errs := make([]error, len(nodes))
	workers := min(runtime.GOMAXPROCS(0), len(nodes))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(nodes); i += workers {
				if _, err := schemas.VerifyLogNode(nodes[i]); err != nil {
					errs[i] = err
				}
			}
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return &badNodeError{seq: uint64(nodes[i].Seq), c: blks[i].Cid(), err: err}
		}
	}
	return nil
}

// storeBatch stores checked nodes and then records the download as d, so
// the record never claims a node that is not stored.
func (s *Store) storeBatch(ctx context.Context, ring, member common.Address, d Download, blks []blocks.Block) error {
	release, err := s.open()
	if err != nil {
		return err
	}
	defer release()
	if err := s.bs.PutMany(ctx, blks); err != nil {
		return fmt.Errorf("ringlog: storing fetched nodes: %w", err)
	}
	if d.NextSeq == 0 {
		return nil // the whole log is stored; Fetch commits it next
	}
	rec, err := json.Marshal(d)
	if err != nil {
		return err
	}
	if err := s.ds.Put(ctx, downloadKey(ring, member), rec); err != nil {
		return fmt.Errorf("ringlog: recording the fetch's progress: %w", err)
	}
	return nil
}
