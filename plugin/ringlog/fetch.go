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
	"time"

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
type BlockSource struct {
	Fetcher Fetcher
	// Wait bounds the wait for one block (bitswap waits for as long as
	// it is let when no peer has the block); zero: no bound.
	Wait time.Duration
}

// String implements Source.
func (b BlockSource) String() string { return "bitswap" }

// Open implements Source.
func (b BlockSource) Open(_ context.Context, _, _ common.Address, from cid.Cid, _ uint64) (Stream, error) {
	return &blockStream{f: b.Fetcher, wait: b.Wait, next: from, more: true}, nil
}

type blockStream struct {
	f    Fetcher
	wait time.Duration
	next cid.Cid
	more bool
}

func (s *blockStream) Next(ctx context.Context) (blocks.Block, error) {
	if !s.more {
		return nil, io.EOF
	}
	get := ctx
	if s.wait > 0 {
		var cancel context.CancelFunc
		get, cancel = context.WithTimeout(ctx, s.wait)
		defer cancel()
	}
	blk, err := s.f.GetBlock(get, s.next)
	if err != nil && ctx.Err() == nil && get.Err() != nil {
		return nil, fmt.Errorf("no peer sent log node %s within %s: the nodes that hold the log are not reachable from here", s.next, s.wait)
	}
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
	// Fork is the lowest fetched node that differs from the local node of
	// its seq, when the fetched branch forks from the local log.
	Fork *ForkPoint `json:"fork,omitempty"`
}

// ForkPoint is where a fetched branch and the local log differ: Local and
// Branch are the two nodes of seq Seq.
type ForkPoint struct {
	Seq    uint64  `json:"seq"`
	Local  cid.Cid `json:"local"`
	Branch cid.Cid `json:"branch"`
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
	// Forks are the forks this fetch found: nodes of the target's branch
	// that differ from the local log's at the same seq. The local log was
	// replaced by the target's branch.
	Forks []Fork
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

// localLog walks the local copy of a log backwards, for Fetch to find
// where the fetched branch meets it.
type localLog struct {
	s      *Store
	has    bool
	head   Head
	cursor cid.Cid // the local node of seq seq
	seq    uint64
}

// at returns the local node of seq (cid.Undef past the local head). Calls
// must not ask for a seq above an earlier call's, but the head's.
func (l *localLog) at(ctx context.Context, seq uint64) (cid.Cid, error) {
	if !l.has || seq > l.head.Seq || seq == 0 {
		return cid.Undef, nil
	}
	if seq > l.seq {
		l.cursor, l.seq = l.head.CID, l.head.Seq
	}
	for l.seq > seq {
		n, err := l.s.Get(ctx, l.cursor)
		if err != nil {
			return cid.Undef, fmt.Errorf("ringlog: reading the local log at seq %d: %w", l.seq, err)
		}
		if n.Prev == nil {
			return cid.Undef, fmt.Errorf("ringlog: the local log ends at seq %d", l.seq)
		}
		l.cursor, l.seq = *n.Prev, l.seq-1
	}
	return l.cursor, nil
}

// Fetch brings a member's log up to target (at seq targetSeq, e.g. the head
// the ring contract holds) from the first source that serves it, switching
// to the next when one fails or ends early, back to where it meets the
// local log. Every node is checked as it arrives (its CID is the one the
// newer node links to, and its signature, author, ring, chain and seq are
// right) and stored in batches of FetchBatch, so memory stays flat and an
// interrupted fetch resumes where it stopped. Once the branch meets the
// local log the new head is recorded and pinned, as Import does.
//
// The target's branch wins: when a fetched node differs from the local
// node of its seq, the fetch goes on down to the last node both branches
// share, the lowest pair of differing nodes is recorded as a fork
// (RecordFork), and the local log becomes the target's branch. A local
// log already at or past target on the same branch is left as it is.
//
// progress, if not nil, is called after every stored batch.
func (s *Store) Fetch(ctx context.Context, sources []Source, ring common.Address, chain uint64, member common.Address, target cid.Cid, targetSeq uint64, progress func(Progress)) (FetchResult, error) {
	// One fetch of a log at a time (a command's and the background
	// sync's): the second finds the log up to date.
	fm, _ := s.fetching.LoadOrStore(logKey{ring, member}, new(sync.Mutex))
	fm.(*sync.Mutex).Lock()
	defer fm.(*sync.Mutex).Unlock()
	local, hasLocal, err := s.Head(ctx, ring, member)
	if err != nil {
		return FetchResult{}, err
	}
	lw := &localLog{s: s, has: hasLocal, head: local}
	if hasLocal && local.Seq >= targetSeq {
		if c, err := lw.at(ctx, targetSeq); err != nil {
			return FetchResult{}, err
		} else if c == target {
			return FetchResult{Head: local}, nil
		}
	}
	d := Download{Target: target, TargetSeq: targetSeq, Next: target, NextSeq: targetSeq}
	res := FetchResult{}
	if prev, ok, err := s.PendingDownload(ctx, ring, member); err != nil {
		return FetchResult{}, err
	} else if ok && prev.Target == target && prev.TargetSeq == targetSeq {
		d, res.Resumed = prev, true
	}
	var stop uint64 // the local head's seq: a fetch that goes below it has met a fork
	if hasLocal {
		stop = min(local.Seq, targetSeq)
	}
	met := func() (bool, error) {
		if d.NextSeq == 0 {
			return true, nil
		}
		c, err := lw.at(ctx, d.NextSeq)
		return c == d.Next, err
	}
	report := func() {
		if progress != nil {
			progress(Progress{Member: member, Done: targetSeq - d.NextSeq, Total: max(targetSeq-stop, targetSeq-d.NextSeq)})
		}
	}
	report()

	// Hold off garbage collection: the nodes stored so far are not pinned
	// until the end. The commit takes the lock over; nothing below takes
	// another (see Segment.held).
	unlock := s.bs.PinLock(ctx)
	defer func() {
		if unlock != nil {
			unlock.Unlock(ctx)
		}
	}()

	f := &fetch{s: s, ring: ring, chain: chain, member: member, local: lw, d: &d, report: report}
	var failures []SourceError
	for _, src := range sources {
		if done, err := met(); err != nil {
			return res, err
		} else if done {
			break
		}
		n, err := f.from(ctx, src)
		// A source stops where it was told the local log starts; past a
		// fork it is asked again, for the rest.
		for errors.Is(err, errForkBelowStop) {
			res.Fetched, res.Source = res.Fetched+n, src.String()
			n, err = f.from(ctx, src)
		}
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
				return res, err // a forged log: another source will not make it right
			}
			failures = append(failures, SourceError{Source: src.String(), Err: err})
		}
	}
	if done, err := met(); err != nil {
		return res, err
	} else if !done {
		return res, &FetchError{Member: member, NextSeq: d.NextSeq, Sources: failures}
	}
	if !hasLocal {
		local = Head{Ring: ring, Member: member}
	}
	head := Head{Ring: ring, Member: member, Seq: targetSeq, CID: target}
	replace := hasLocal && d.NextSeq < local.Seq // the branch met the local log below its head
	var fork *Fork
	if replace && d.Fork != nil {
		a, err := s.bs.Get(ctx, d.Fork.Local)
		if err != nil {
			return res, fmt.Errorf("ringlog: reading the fork's nodes: %w", err)
		}
		b, err := s.bs.Get(ctx, d.Fork.Branch)
		if err != nil {
			return res, fmt.Errorf("ringlog: reading the fork's nodes: %w", err)
		}
		fk, isNew, err := s.recordFork(ctx, ring, chain, member, d.Fork.Seq, a, b)
		if err != nil {
			return res, err
		}
		if isNew {
			res.Forks = append(res.Forks, fk)
		}
		fork = &fk
	}
	held := unlock
	unlock = nil
	if _, err := s.CommitMany(ctx, []Segment{{Prev: local, HasPrev: hasLocal, Head: head, Replace: replace, held: held}}, nil, func(ctx context.Context, b datastore.Write, _ []Head) error {
		return b.Delete(ctx, downloadKey(ring, member))
	}); err != nil {
		return res, err
	}
	res.Head = head
	if fork != nil {
		// The losing branch's node was under the old head's pin, which
		// the commit moved: pin it directly now.
		if err := s.WaitPinned(ctx); err != nil {
			return res, err
		}
		lk := s.bs.PinLock(ctx)
		err := s.pinEvidence(ctx, *fork)
		lk.Unlock(ctx)
		if err != nil {
			return res, err
		}
	}
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

// errForkBelowStop is a stream that ended where it was told the local log
// starts, while the fetched branch does not meet the local log there.
var errForkBelowStop = errors.New("the branch forks below the local head")

// fetch is one Fetch under way.
type fetch struct {
	s      *Store
	ring   common.Address
	chain  uint64
	member common.Address
	local  *localLog
	d      *Download // stored so far
	report func()
}

// from reads one source until it ends, fails, or the branch meets the
// local log, storing checked nodes in batches and moving f.d along.
func (f *fetch) from(ctx context.Context, src Source) (uint64, error) {
	var stop uint64 // where the source may stop: the local head, until a fork shows
	if f.local.has && f.d.NextSeq > f.local.head.Seq {
		stop = f.local.head.Seq
	}
	st, err := src.Open(ctx, f.ring, f.member, f.d.Next, stop)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	// A batch is verified while the one before it is being stored, and
	// the next is read meanwhile: at most two batches are in memory.
	var fetched uint64
	batch := make([]blocks.Block, 0, FetchBatch)
	nodes := make([]*schemas.LogNode, 0, FetchBatch)
	pending := *f.d // f.d as it will be once batch is stored
	revoked := f.s.revocationCheck(f.ring)
	type storing struct {
		done    chan error
		blocks  int
		pending Download
	}
	var inFlight *storing
	wait := func() error {
		if inFlight == nil {
			return nil
		}
		err := <-inFlight.done
		if err == nil {
			fetched += uint64(inFlight.blocks)
			*f.d = inFlight.pending
			f.report()
		}
		inFlight = nil
		return err
	}
	flush := func() error {
		if len(batch) == 0 {
			return wait()
		}
		if err := verifySignatures(nodes, batch); err != nil {
			return errors.Join(wait(), err)
		}
		if err := checkRevocations(ctx, revoked, nodes, batch); err != nil {
			return errors.Join(wait(), err)
		}
		if err := wait(); err != nil {
			return err
		}
		next := &storing{done: make(chan error, 1), blocks: len(batch), pending: pending}
		go func(blks []blocks.Block) {
			next.done <- f.s.storeBatch(ctx, f.ring, f.member, next.pending, blks)
		}(batch)
		inFlight = next
		batch, nodes = make([]blocks.Block, 0, FetchBatch), make([]*schemas.LogNode, 0, FetchBatch)
		return nil
	}
	// end stores what is left and waits for it.
	end := func(err error) (uint64, error) {
		if ferr := flush(); ferr != nil {
			return fetched, ferr
		}
		if werr := wait(); werr != nil {
			return fetched, werr
		}
		return fetched, err
	}
	fail := end
	for {
		// The branch meets the local log when the next node is the local
		// node of its seq.
		if pending.NextSeq == 0 {
			break
		}
		have, err := f.local.at(ctx, pending.NextSeq)
		if err != nil {
			return fail(err)
		}
		if have == pending.Next {
			break
		}
		blk, err := st.Next(ctx)
		if err != nil {
			if errors.Is(err, io.EOF) {
				if stop > 0 && pending.NextSeq <= stop {
					err = errForkBelowStop
				} else {
					err = fmt.Errorf("the stream ended before seq %d", pending.NextSeq)
				}
			}
			return fail(err)
		}
		n, err := checkFetched(blk, pending.Next, f.ring, f.chain, f.member, pending.NextSeq)
		if err != nil {
			return fail(err)
		}
		if have.Defined() {
			// Another node than the local one for this seq: a fork, if the
			// member signed it (checked now: this node is the evidence).
			if _, err := schemas.VerifyLogNode(n); err != nil {
				return fail(&badNodeError{seq: pending.NextSeq, c: blk.Cid(), err: err})
			}
			pending.Fork = &ForkPoint{Seq: pending.NextSeq, Local: have, Branch: blk.Cid()}
		}
		batch, nodes = append(batch, blk), append(nodes, n)
		if n.Prev != nil {
			pending.Next = *n.Prev
		} else {
			pending.Next = cid.Undef
		}
		pending.NextSeq--
		if pending.NextSeq > 0 && n.Prev == nil {
			return fail(&badNodeError{seq: pending.NextSeq + 1, c: blk.Cid(), err: errors.New("the node has no prev link")})
		}
		if len(batch) == FetchBatch {
			if err := flush(); err != nil {
				return end(err)
			}
		}
	}
	return end(nil)
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

// checkRevocations reports the newest node signed by a session key revoked
// before its time.
func checkRevocations(ctx context.Context, c *revocationCheck, nodes []*schemas.LogNode, blks []blocks.Block) error {
	for i, n := range nodes {
		if err := c.check(ctx, n); err != nil {
			if errors.Is(err, ErrSessionRevoked) {
				return &badNodeError{seq: uint64(n.Seq), c: blks[i].Cid(), err: err}
			}
			return err
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
	if err := storeBlocks(ctx, s.bs, blks); err != nil {
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
