package ringlog

import (
	"context"
	"fmt"
	"sync/atomic"

	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"golang.org/x/sync/errgroup"
)

// putWorkers is how many block writes storeBlocks runs at once. Kubo's
// default flatfs stores each block as a file of its own, and a PutMany
// creates its files one after the other, in one temporary directory.
// Creating them in several directories at once is faster, even on two
// cores: BenchmarkSyncLog ran 14-113% faster with four PutManys than with
// one (docs/BENCHMARKS.md, third session).
const putWorkers = 4

// putManyMin is the fewest blocks worth a PutMany: flatfs makes and
// removes a temporary directory per PutMany, which costs about as much as
// two blocks, while a single Put writes its block next to the others.
const putManyMin = 16

// storeBlocks stores blks in the blockstore with up to putWorkers writes
// at once: single Puts for a few blocks, PutManys of a share each for
// more. Like a single PutMany, it may store some of them before it fails;
// callers record nothing that refers to them until it succeeds.
func storeBlocks(ctx context.Context, bs blockstore.Blockstore, blks []blocks.Block) error {
	switch len(blks) {
	case 0:
		return nil
	case 1:
		return bs.Put(ctx, blks[0])
	}
	g, ctx := errgroup.WithContext(ctx)
	if len(blks) < putManyMin {
		g.SetLimit(putWorkers)
		for _, b := range blks {
			g.Go(func() error { return bs.Put(ctx, b) })
		}
		return g.Wait()
	}
	n := min(putWorkers, len(blks)/putManyMin)
	for w := range n {
		part := blks[len(blks)*w/n : len(blks)*(w+1)/n]
		g.Go(func() error { return bs.PutMany(ctx, part) })
	}
	return g.Wait()
}

// Stage stores a verified segment's blocks ahead of its commit and outside
// every lock, so that callers whose commits run one at a time store their
// blocks at once. Staged blocks are not pinned until the commit, which
// stores again any that a garbage collection removed meanwhile: set the
// Segment's Staged. If the commit never comes, they are left unpinned, for
// the next garbage collection.
func (s *Store) Stage(ctx context.Context, blks []blocks.Block) error {
	release, err := s.open()
	if err != nil {
		return err
	}
	defer release()
	if err := storeBlocks(ctx, s.bs, blks); err != nil {
		return fmt.Errorf("ringlog: storing log nodes: %w", err)
	}
	return nil
}

// sharedUnlock releases one PinLock once each of its n holders has
// unlocked it.
type sharedUnlock struct {
	n atomic.Int32
	u blockstore.Unlocker
}

func (s *sharedUnlock) Unlock(ctx context.Context) {
	if s.n.Add(-1) == 0 {
		s.u.Unlock(ctx)
	}
}
