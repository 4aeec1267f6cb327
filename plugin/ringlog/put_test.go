package ringlog

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"

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
