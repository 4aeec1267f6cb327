package ringlog

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	pin "github.com/ipfs/boxo/pinning/pinner"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
)

// storeSource serves a log from another node's Store, as a peer would:
// newest first from the node asked for. It can refuse to open, end after
// limit blocks, or swap one block for another.
type storeSource struct {
	name    string
	s       *Store
	openErr error
	limit   int                 // blocks per stream; 0: no limit
	swap    map[cid.Cid]cid.Cid // serve the value's block where the key's is due
	served  int                 // blocks served, over all streams
	tamper  func([]byte) []byte // rewrites a block's bytes (keeping its CID)
}

func (ss *storeSource) String() string { return ss.name }

func (ss *storeSource) Open(_ context.Context, _, _ common.Address, from cid.Cid, stop uint64) (Stream, error) {
	if ss.openErr != nil {
		return nil, ss.openErr
	}
	return &storeStream{src: ss, next: from, stop: stop}, nil
}

type storeStream struct {
	src  *storeSource
	next cid.Cid
	stop uint64
	n    int
	done bool
}

func (st *storeStream) Next(ctx context.Context) (blocks.Block, error) {
	if st.done || (st.src.limit > 0 && st.n == st.src.limit) {
		return nil, io.EOF
	}
	c := st.next
	if sw, ok := st.src.swap[c]; ok {
		c = sw
	}
	raw, err := st.src.s.Block(ctx, c)
	if err != nil {
		return nil, err
	}
	n, err := schemas.DecodeLogNode(raw)
	if err != nil {
		return nil, err
	}
	if st.src.tamper != nil {
		raw = st.src.tamper(raw)
	}
	st.n++
	st.src.served++
	st.done = n.Prev == nil || uint64(n.Seq) <= st.stop+1
	if n.Prev != nil {
		st.next = *n.Prev
	}
	return blocks.NewBlockWithCid(raw, c)
}

func (st *storeStream) Close() error { return nil }

// fetchFixture is a member's log of n nodes in one store, and a second,
// empty store on another node to fetch it into.
func fetchFixture(t *testing.T, n int) (src, dst *Store, member common.Address, heads []Head) {
	t.Helper()
	src = newStore(t, kubotest.NewNode(t))
	dst = newStore(t, kubotest.NewNode(t))
	key := newKey(t)
	return src, dst, crypto.PubkeyToAddress(key.PublicKey), appendN(t, src, key, n)
}

func checkFetchedLog(t *testing.T, s *Store, member common.Address, want Head) {
	t.Helper()
	ctx := context.Background()
	h, ok, err := s.Head(ctx, testRing, member)
	if err != nil || !ok || h != want {
		t.Fatalf("head after fetch = %+v, %v, %v; want %+v", h, ok, err, want)
	}
	r, err := s.Verify(ctx, testRing, testChain, member, h.CID, h.Seq)
	if err != nil || !r.OK() || r.Checked != int(want.Seq) {
		t.Fatalf("Verify after fetch = %+v, %v", r, err)
	}
	if err := s.WaitPinned(ctx); err != nil {
		t.Fatal(err)
	}
	if _, pinned, err := s.pins.IsPinnedWithType(ctx, h.CID, pin.Recursive); err != nil || !pinned {
		t.Fatalf("fetched head pinned = %v, %v", pinned, err)
	}
	if _, ok, err := s.PendingDownload(ctx, testRing, member); err != nil || ok {
		t.Fatalf("download record after a finished fetch: %v, %v", ok, err)
	}
}

func TestFetchTriesSourcesInOrderAndStoresInBatches(t *testing.T) {
	ctx := context.Background()
	n := 2*FetchBatch + 100
	src, dst, member, heads := fetchFixture(t, n)
	target := heads[n-1]

	refusing := &storeSource{name: "refusing", s: src, openErr: errors.New("no such protocol")}
	short := &storeSource{name: "short", s: src, limit: FetchBatch + 10}
	good := &storeSource{name: "good", s: src}
	var steps []Progress
	res, err := dst.Fetch(ctx, []Source{refusing, short, good}, testRing, testChain, member, target.CID, target.Seq, func(p Progress) { steps = append(steps, p) })
	if err != nil {
		t.Fatal(err)
	}
	if res.Fetched != uint64(n) || res.Source != "good" || res.Resumed || res.Head != target {
		t.Fatalf("Fetch = %+v", res)
	}
	if short.served != FetchBatch+10 || good.served != n-FetchBatch-10 {
		t.Fatalf("served: short %d, good %d; want %d, %d (no node fetched twice)", short.served, good.served, FetchBatch+10, n-FetchBatch-10)
	}
	// Progress: at the start, then after each stored batch: short's full
	// batch and its 10 leftover nodes, then good's full batch and the rest.
	want := []uint64{0, FetchBatch, FetchBatch + 10, 2*FetchBatch + 10, uint64(n)}
	if len(steps) != len(want) {
		t.Fatalf("progress steps = %+v; want Done %v", steps, want)
	}
	for i, p := range steps {
		if p.Done != want[i] || p.Total != uint64(n) || p.Member != member {
			t.Fatalf("progress step %d = %+v; want Done %d of %d", i, p, want[i], n)
		}
	}
	checkFetchedLog(t, dst, member, target)
}

func TestFetchResumesWhereItStopped(t *testing.T) {
	ctx := context.Background()
	n := FetchBatch + 300
	src, dst, member, heads := fetchFixture(t, n)
	target := heads[n-1]

	short := &storeSource{name: "short", s: src, limit: FetchBatch + 100}
	_, err := dst.Fetch(ctx, []Source{short}, testRing, testChain, member, target.CID, target.Seq, nil)
	var ferr *FetchError
	if !errors.As(err, &ferr) || ferr.NextSeq != uint64(n-FetchBatch-100) || len(ferr.Sources) != 1 {
		t.Fatalf("Fetch from a source that ends early = %v; want a FetchError at seq %d", err, n-FetchBatch-100)
	}
	if _, ok, _ := dst.Head(ctx, testRing, member); ok {
		t.Fatal("an unfinished fetch recorded a head")
	}
	d, ok, err := dst.PendingDownload(ctx, testRing, member)
	if err != nil || !ok || d.NextSeq != ferr.NextSeq || d.Target != target.CID || d.Next != heads[d.NextSeq-1].CID {
		t.Fatalf("download record = %+v, %v, %v", d, ok, err)
	}

	// A restart in between: the record is in the datastore.
	dst.Close()
	dst = New(dst.bs, dst.ds, dst.pins, WithBlockSync(dst.syncBlocks))
	t.Cleanup(func() { dst.Close() })
	good := &storeSource{name: "good", s: src}
	res, err := dst.Fetch(ctx, []Source{good}, testRing, testChain, member, target.CID, target.Seq, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Resumed || res.Fetched != ferr.NextSeq || good.served != int(ferr.NextSeq) {
		t.Fatalf("resumed Fetch = %+v, served %d; want the %d nodes left", res, good.served, ferr.NextSeq)
	}
	checkFetchedLog(t, dst, member, target)
}

func TestFetchContinuesTheLocalLog(t *testing.T) {
	ctx := context.Background()
	src, dst, member, heads := fetchFixture(t, 40)
	good := &storeSource{name: "good", s: src}
	if _, err := dst.Fetch(ctx, []Source{good}, testRing, testChain, member, heads[14].CID, 15, nil); err != nil {
		t.Fatal(err)
	}
	res, err := dst.Fetch(ctx, []Source{good}, testRing, testChain, member, heads[39].CID, 40, nil)
	if err != nil || res.Fetched != 25 || good.served != 40 {
		t.Fatalf("second Fetch = %+v, %v, served %d in all; want 25 new nodes", res, err, good.served)
	}
	checkFetchedLog(t, dst, member, heads[39])
	// Up to date: nothing to fetch.
	if res, err := dst.Fetch(ctx, []Source{good}, testRing, testChain, member, heads[39].CID, 40, nil); err != nil || res.Fetched != 0 || good.served != 40 {
		t.Fatalf("Fetch of the local head = %+v, %v", res, err)
	}
}

func TestFetchSkipsALyingSource(t *testing.T) {
	ctx := context.Background()
	src, dst, member, heads := fetchFixture(t, 30)
	target := heads[29]
	// One source sends seq 10's block where seq 20 is due, one sends
	// seq 20 with a flipped byte; the third is honest.
	swapping := &storeSource{name: "swapping", s: src, swap: map[cid.Cid]cid.Cid{heads[19].CID: heads[9].CID}}
	flipping := &storeSource{name: "flipping", s: src, tamper: func(b []byte) []byte {
		b = append([]byte(nil), b...)
		b[len(b)-1] ^= 1
		return b
	}}
	good := &storeSource{name: "good", s: src}
	res, err := dst.Fetch(ctx, []Source{swapping, flipping, good}, testRing, testChain, member, target.CID, target.Seq, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Source != "good" || res.Fetched != 30 {
		t.Fatalf("Fetch = %+v", res)
	}
	checkFetchedLog(t, dst, member, target)
}

func TestFetchRefusesALogThatIsNotTheMembers(t *testing.T) {
	ctx := context.Background()
	src, dst, member, heads := fetchFixture(t, 5)
	// The head on chain is a node signed by someone else: every source
	// serves it faithfully, and it must be refused without a trace.
	other := newKey(t)
	forged := forge(t, src, heads[4], member, other, nil)
	good := &storeSource{name: "good", s: src}
	_, err := dst.Fetch(ctx, []Source{good}, testRing, testChain, member, forged.CID, forged.Seq, nil)
	var bad *badNodeError
	if !errors.As(err, &bad) || bad.seq != forged.Seq {
		t.Fatalf("Fetch of a forged head = %v; want a bad node at seq %d", err, forged.Seq)
	}
	if _, ok, _ := dst.Head(ctx, testRing, member); ok {
		t.Fatal("a refused fetch recorded a head")
	}
	if _, ok, _ := dst.PendingDownload(ctx, testRing, member); ok {
		t.Fatal("a refused fetch left a download record")
	}
}

func TestFetchReplacesAForkWithTheTargetsBranch(t *testing.T) {
	ctx := context.Background()
	src := newStore(t, kubotest.NewNode(t))
	dstNode := kubotest.NewNode(t)
	dst := newStore(t, dstNode)
	key := newKey(t)
	member := crypto.PubkeyToAddress(key.PublicKey)
	heads := appendN(t, src, key, 15)
	good := &storeSource{name: "good", s: src}
	if _, err := dst.Fetch(ctx, []Source{good}, testRing, testChain, member, heads[4].CID, 5, nil); err != nil {
		t.Fatal(err)
	}
	// The member signs another seq 6, 7 and 8 on top of seq 5, and this
	// node gets that branch first.
	local := heads[4]
	var branch []Head
	for range 3 {
		local = forge(t, dst, local, member, key, nil)
		branch = append(branch, local)
	}

	res, err := dst.Fetch(ctx, []Source{good}, testRing, testChain, member, heads[14].CID, 15, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Head != heads[14] || res.Fetched != 10 {
		t.Fatalf("Fetch over a fork = %+v; want the 10 nodes above seq 5", res)
	}
	if len(res.Forks) != 1 {
		t.Fatalf("forks = %+v; want one, at the fork point", res.Forks)
	}
	fk := res.Forks[0]
	if fk.Seq != 6 || fk.A != branch[0].CID || fk.B != heads[5].CID || fk.Member != member || fk.Reported() {
		t.Fatalf("fork = %+v; want seq 6, %s (held) vs %s (the chain's branch)", fk, branch[0].CID, heads[5].CID)
	}
	checkFetchedLog(t, dst, member, heads[14])

	// The evidence: a ForkProof block naming both nodes, pinned with them,
	// and listed.
	raw, err := dst.Block(ctx, fk.Proof)
	if err != nil {
		t.Fatal(err)
	}
	p, err := schemas.DecodeForkProof(raw)
	if err != nil || p.A != fk.A || p.B != fk.B || p.Seq != 6 || common.BytesToAddress(p.Author) != member {
		t.Fatalf("proof = %+v, %v", p, err)
	}
	// The proof and the losing node are pinned directly; the chain's node
	// is under the log's pin.
	for _, c := range []cid.Cid{fk.Proof, fk.A} {
		if _, pinned, err := dstNode.Pinning.IsPinnedWithType(ctx, c, pin.Direct); err != nil || !pinned {
			t.Fatalf("%s direct-pinned = %v, %v", c, pinned, err)
		}
	}
	if _, pinned, _ := dstNode.Pinning.IsPinnedWithType(ctx, branch[2].CID, pin.Recursive); pinned {
		t.Fatal("the losing branch's head is still the log's pin")
	}
	forks, err := dst.Forks(ctx, testRing)
	if err != nil || len(forks) != 1 || forks[0].Proof != fk.Proof {
		t.Fatalf("Forks = %+v, %v", forks, err)
	}
	select {
	case <-dst.ForkFound():
	default:
		t.Fatal("no ForkFound signal")
	}
	a, b, err := ForkNodes(fk)
	if err != nil || a.Seq != 6 || b.Seq != 6 {
		t.Fatalf("ForkNodes = %v, %v, %v", a, b, err)
	}
	if err := dst.MarkForkReported(ctx, fk, "0xabc"); err != nil {
		t.Fatal(err)
	}
	if forks, _ := dst.Forks(ctx, testRing); len(forks) != 1 || forks[0].ReportTx != "0xabc" {
		t.Fatalf("after MarkForkReported: %+v", forks)
	}
}

func TestFetchOfAnOlderHeadOnAnotherBranch(t *testing.T) {
	ctx := context.Background()
	src, dst := newStore(t, kubotest.NewNode(t)), newStore(t, kubotest.NewNode(t))
	key := newKey(t)
	member := crypto.PubkeyToAddress(key.PublicKey)
	heads := appendN(t, src, key, 6)
	good := &storeSource{name: "good", s: src}
	if _, err := dst.Fetch(ctx, []Source{good}, testRing, testChain, member, heads[3].CID, 4, nil); err != nil {
		t.Fatal(err)
	}
	// Local: 1..4 then a signed branch 5', 6', 7'. The chain holds seq 6 of
	// the other branch: the local log is longer, and still loses.
	local := heads[3]
	for range 3 {
		local = forge(t, dst, local, member, key, nil)
	}
	res, err := dst.Fetch(ctx, []Source{good}, testRing, testChain, member, heads[5].CID, 6, nil)
	if err != nil || res.Head != heads[5] || len(res.Forks) != 1 || res.Forks[0].Seq != 5 {
		t.Fatalf("Fetch = %+v, %v; want head seq 6 and a fork at seq 5", res, err)
	}
	checkFetchedLog(t, dst, member, heads[5])
	// A head on the local branch, older than the local head: nothing to do.
	res, err = dst.Fetch(ctx, []Source{good}, testRing, testChain, member, heads[4].CID, 5, nil)
	if err != nil || res.Fetched != 0 || res.Head != heads[5] {
		t.Fatalf("Fetch of an older head = %+v, %v", res, err)
	}
}

// gatedSource is storeSource whose stream closes started when asked for
// its first block and waits on gate before its second.
type gatedSource struct {
	storeSource
	started, gate chan struct{}
}

func (g *gatedSource) Open(ctx context.Context, ring, member common.Address, from cid.Cid, stop uint64) (Stream, error) {
	st, err := g.storeSource.Open(ctx, ring, member, from, stop)
	if err != nil {
		return nil, err
	}
	return &gatedStream{Stream: st, started: g.started, gate: g.gate}, nil
}

type gatedStream struct {
	Stream
	started, gate chan struct{}
	n             int
}

func (g *gatedStream) Next(ctx context.Context) (blocks.Block, error) {
	switch g.n++; g.n {
	case 1:
		close(g.started)
	case 2:
		<-g.gate
	}
	return g.Stream.Next(ctx)
}

// TestFetchWhileGarbageCollectionWaits starts a garbage collection while
// a fetch holds off collection (its PinLock): the fetch must still commit
// (it takes no second PinLock, which would wait behind the collection
// waiting for the first), and then the collection runs.
func TestFetchWhileGarbageCollectionWaits(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	src := newStore(t, kubotest.NewNode(t))
	dstNode := kubotest.NewNode(t)
	dst := newStore(t, dstNode)
	key := newKey(t)
	member := crypto.PubkeyToAddress(key.PublicKey)
	heads := appendN(t, src, key, 10)

	gated := &gatedSource{storeSource: storeSource{name: "gated", s: src}, started: make(chan struct{}), gate: make(chan struct{})}
	fetched := make(chan error, 1)
	go func() {
		_, err := dst.Fetch(ctx, []Source{gated}, testRing, testChain, member, heads[9].CID, 10, nil)
		fetched <- err
	}()
	// The fetch has its PinLock once it reads from its source.
	<-gated.started
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	collected := make(chan struct{})
	go func() {
		unlock := dstNode.Blockstore.GCLock(ctx)
		unlock.Unlock(ctx)
		close(collected)
	}()
	for !dstNode.Blockstore.GCRequested(ctx) {
		<-tick.C
	}
	close(gated.gate)
	select {
	case err := <-fetched:
		if err != nil {
			t.Fatal(err)
		}
	case <-ctx.Done():
		t.Fatal("the fetch deadlocked with a waiting garbage collection")
	}
	select {
	case <-collected:
	case <-ctx.Done():
		t.Fatal("the garbage collection never got its lock")
	}
	checkFetchedLog(t, dst, member, heads[9])
}

// nobody is a Fetcher whose network has no peer with the block: it waits
// until it is told to stop, as bitswap does.
type nobody struct{}

func (nobody) GetBlock(ctx context.Context, _ cid.Cid) (blocks.Block, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// TestBlockSourceGivesUpWhenNobodyHasTheLog: with Wait set, the bitswap
// source fails a fetch that no peer answers, saying so, instead of waiting
// as long as the caller lets it; without it, it waits for the caller.
func TestBlockSourceGivesUpWhenNobodyHasTheLog(t *testing.T) {
	_, dst, member, heads := fetchFixture(t, 3)
	head := heads[2]
	_, err := dst.Fetch(context.Background(), []Source{BlockSource{Fetcher: nobody{}, Wait: 50 * time.Millisecond}}, testRing, testChain, member, head.CID, head.Seq, nil)
	if err == nil || !strings.Contains(err.Error(), "no peer sent log node "+head.CID.String()+" within 50ms") {
		t.Fatalf("fetch from nobody: %v, want it to give up naming the node", err)
	}
	if _, ok, _ := dst.Head(context.Background(), testRing, member); ok {
		t.Fatal("a failed fetch recorded a head")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := dst.Fetch(ctx, []Source{BlockSource{Fetcher: nobody{}}}, testRing, testChain, member, head.CID, head.Seq, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("fetch from nobody with no Wait: %v, want the caller's deadline", err)
	}
}
