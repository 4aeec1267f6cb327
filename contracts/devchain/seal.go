package devchain

import (
	"context"

	"github.com/ethereum/go-ethereum/core"
)

// startSealer starts the two goroutines that seal a block whenever the pool
// has executable transactions: a watcher that turns pool events into a
// coalesced kick, and the sealer proper. They are separate because the pool
// blocks while delivering an event, and the sealer waits on the pool
// (TxPool.Sync) while sealing. This is what the simulated beacon's "dev" API
// does for period 0, but owned by the Chain so Close can wait for a block
// being sealed before the node stops.
func (c *Chain) startSealer(ctx context.Context) {
	newTxs := make(chan core.NewTxsEvent)
	sub := c.backend.TxPool().SubscribeTransactions(newTxs, true)
	kick := make(chan struct{}, 1)
	if executable, _ := c.backend.TxPool().Stats(); executable > 0 {
		kick <- struct{}{} // left over from the last run (blob pool)
	}
	c.wg.Add(2)
	go func() {
		defer c.wg.Done()
		defer sub.Unsubscribe()
		for {
			select {
			case <-ctx.Done():
				return
			case <-sub.Err():
				return
			case <-newTxs:
				select {
				case kick <- struct{}{}:
				default: // a kick is already pending
				}
			}
		}
	}()
	go func() {
		defer c.wg.Done()
		for {
			select {
			case <-ctx.Done():
				return
			case <-kick:
				c.sealPending(ctx)
			}
		}
	}()
}

// sealPending seals blocks until the pool has no executable transaction
// left, or no progress can be made.
func (c *Chain) sealPending(ctx context.Context) {
	chain, pool := c.backend.BlockChain(), c.backend.TxPool()
	for ctx.Err() == nil {
		c.sealMu.Lock()
		parent := chain.CurrentBlock()
		c.beacon.Commit()
		// geth writes without syncing and pebble buffers its log in
		// memory, so even a process crash would lose the last blocks.
		// Syncing after each block, before the next one is sealed, means
		// that once a client sees block N+1, block N is on disk. An error
		// here would come back on the next write; there is no one to
		// tell now.
		_ = c.backend.ChainDb().SyncKeyValue()
		// Under sealMu like every other pool.Sync (AdvanceTime's, and the
		// beacon's own while sealing): the pool keeps one waiter for a
		// forced reset, so overlapping calls would leave one waiting
		// forever.
		err := pool.Sync()
		c.sealMu.Unlock()
		if err != nil {
			return // pool stopped
		}
		if executable, _ := pool.Stats(); executable == 0 {
			return
		}
		head := chain.CurrentBlock()
		if head.Hash() == parent.Hash() {
			return // sealing failed; the next transaction retries
		}
		// An empty block with transactions still executable means they pay
		// less than the base fee. Empty blocks lower the base fee, so keep
		// going while it falls; stop once it no longer does, rather than
		// sealing empty blocks forever.
		if head.GasUsed == 0 && head.BaseFee != nil && parent.BaseFee != nil && head.BaseFee.Cmp(parent.BaseFee) >= 0 {
			return
		}
	}
}
