package ringlog

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	"github.com/ipfs/kubo/core/corerepo"

	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
)

func rawBlocks(n int, tag string) []blocks.Block {
	blks := make([]blocks.Block, n)
	for i := range blks {
		blks[i] = blocks.NewBlock(fmt.Appendf(nil, "%s block %d", tag, i))
	}
	return blks
}

func TestStoreBlocksStoresEveryBlock(t *testing.T) {
	ctx := context.Background()
	node := kubotest.NewNode(t)
	for _, n := range []int{0, 1, 2, 3, 7, 37, 512} {
		blks := rawBlocks(n, fmt.Sprint(n))
		if err := storeBlocks(ctx, node.Blockstore, blks); err != nil {
			t.Fatalf("%d blocks: %v", n, err)
		}
		for i, b := range blks {
			got, err := node.Blockstore.Get(ctx, b.Cid())
			if err != nil {
				t.Fatalf("%d blocks: block %d: %v", n, i, err)
			}
			if !slices.Equal(got.RawData(), b.RawData()) {
				t.Fatalf("%d blocks: block %d stored with other bytes", n, i)
			}
		}
	}
}

// failingStore refuses any PutMany that includes bad.
type failingStore struct {
	blockstore.Blockstore
	bad blocks.Block
}

var errRefused = errors.New("refused")

func (f failingStore) PutMany(ctx context.Context, blks []blocks.Block) error {
	for _, b := range blks {
		if b.Cid() == f.bad.Cid() {
			return errRefused
		}
	}
	return f.Blockstore.PutMany(ctx, blks)
}

func TestStoreBlocksReportsAFailedPart(t *testing.T) {
	node := kubotest.NewNode(t)
	blks := rawBlocks(64, "failing")
	bs := failingStore{node.Blockstore, blks[50]}
	if err := storeBlocks(context.Background(), bs, blks); !errors.Is(err, errRefused) {
		t.Fatalf("storeBlocks = %v, want the refusal of one part", err)
	}
}

// TestStagedBlocksSurviveAGarbageCollection: blocks staged ahead of their
// commit are not pinned, so a garbage collection in between removes them;
// the commit stores them again and the log verifies.
func TestStagedBlocksSurviveAGarbageCollection(t *testing.T) {
	ctx := context.Background()
	src := newStore(t, kubotest.NewNode(t))
	heads := appendN(t, src, newKey(t), 3)
	var blks []blocks.Block
	for i := len(heads) - 1; i >= 0; i-- {
		blk, err := src.bs.Get(ctx, heads[i].CID)
		if err != nil {
			t.Fatal(err)
		}
		blks = append(blks, blk)
	}
	node := kubotest.NewNode(t)
	dst := newStore(t, node)
	if err := dst.Stage(ctx, blks); err != nil {
		t.Fatal(err)
	}
	if err := corerepo.GarbageCollect(node, ctx); err != nil {
		t.Fatal(err)
	}
	if has, _ := dst.bs.Has(ctx, blks[0].Cid()); has {
		t.Fatal("the garbage collection left a staged block: this test no longer tests anything")
	}
	head := heads[len(heads)-1]
	if _, err := dst.CommitMany(ctx, []Segment{{Prev: Head{Ring: head.Ring, Member: head.Member}, Head: head, Blocks: blks, Staged: true}}, nil, nil); err != nil {
		t.Fatal(err)
	}
	if r, err := dst.Verify(ctx, testRing, testChain, head.Member, head.CID, head.Seq); err != nil || !r.OK() {
		t.Fatalf("verify after the commit: %+v %v", r, err)
	}
}

// countingLocks counts the PinLocks taken.
type countingLocks struct {
	blockstore.GCBlockstore
	n atomic.Int32
}

func (c *countingLocks) PinLock(ctx context.Context) blockstore.Unlocker {
	c.n.Add(1)
	return c.GCBlockstore.PinLock(ctx)
}

// TestCommitManyTakesOnePinLock: a commit of several logs holds a single
// PinLock for all its pin moves. Taking one per log, one after the other,
// could deadlock with a garbage collection that starts waiting between
// two of them. The lock is released once every pin has moved.
func TestCommitManyTakesOnePinLock(t *testing.T) {
	ctx := context.Background()
	src := newStore(t, kubotest.NewNode(t))
	a, b := appendN(t, src, newKey(t), 1)[0], appendN(t, src, newKey(t), 1)[0]
	blockOf := func(h Head) blocks.Block {
		blk, err := src.bs.Get(ctx, h.CID)
		if err != nil {
			t.Fatal(err)
		}
		return blk
	}
	node := kubotest.NewNode(t)
	locks := &countingLocks{GCBlockstore: node.Blockstore}
	dst := New(locks, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	t.Cleanup(func() { dst.Close() })
	fresh := func(h Head) Head { return Head{Ring: h.Ring, Member: h.Member} }
	if _, err := dst.CommitMany(ctx, []Segment{
		{Prev: fresh(a), Head: a, Blocks: []blocks.Block{blockOf(a)}},
		{Prev: fresh(b), Head: b, Blocks: []blocks.Block{blockOf(b)}},
	}, []Entry{{Ring: testRing, Chain: testChain, Author: newKey(t), ReadKey: testKey, Message: text("third log")}}, nil); err != nil {
		t.Fatal(err)
	}
	if n := locks.n.Load(); n != 1 {
		t.Fatalf("a commit of three logs took %d PinLocks, want 1", n)
	}
	if err := dst.WaitPinned(ctx); err != nil {
		t.Fatal(err)
	}
	// Released: a garbage collection can run.
	if err := corerepo.GarbageCollect(node, ctx); err != nil {
		t.Fatal(err)
	}
}
