package devchain

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// ErrBadAdvance is returned by AdvanceTime for a duration that is not
// positive, or too long for a time.Duration once added to the head's time.
var ErrBadAdvance = errors.New("devchain: the clock only moves forward, by less than 292 years")

// maxAdvanceRounds bounds how often AdvanceTime seals the pool's pending
// transactions before giving up on an empty pool.
const maxAdvanceRounds = 8

// AdvanceTime moves the chain's clock forward by d and seals an empty block
// at the new time, which it returns. The chain's clock is the time the next
// block would get: the later of the wall clock and the head block's time
// (blocks are at least a second apart). The new block's timestamp is at
// least that plus d, rounded up to whole seconds; the blocks after it are
// at least a second apart again, so the chain stays ahead of the wall
// clock by about d from then on. For tests and demos of what happens when
// time passes on chain (rent accrues, deadlines expire), without waiting.
//
// Transactions pending when it is called are sealed first, at the current
// time. Anything signed with a deadline taken from the wall clock, as
// [time.Now] plus less than d, expires on this chain.
func (c *Chain) AdvanceTime(d time.Duration) (*types.Header, error) {
	if d <= 0 {
		return nil, fmt.Errorf("%w: %v", ErrBadAdvance, d)
	}
	secs := uint64(d / time.Second)
	if d%time.Second != 0 {
		secs++
	}
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	if c.closed {
		return nil, ErrClosed
	}
	chain, pool := c.backend.BlockChain(), c.backend.TxPool()
	for range maxAdvanceRounds {
		if err := pool.Sync(); err != nil {
			return nil, fmt.Errorf("devchain: advancing the clock: %w", err)
		}
		// The beacon seals a block at an adjusted time only when the pool
		// has nothing pending: seal what is pending now, at the current
		// time, and try again.
		if pending, _ := pool.Stats(); pending > 0 {
			c.beacon.Commit()
			if err := c.backend.ChainDb().SyncKeyValue(); err != nil {
				return nil, fmt.Errorf("devchain: advancing the clock: %w", err)
			}
			continue
		}
		parent := chain.CurrentBlock()
		now := max(parent.Time, uint64(time.Now().Unix()))
		adjust := now + secs - parent.Time
		if adjust > math.MaxInt64/uint64(time.Second) {
			return nil, fmt.Errorf("%w: %v is too far", ErrBadAdvance, d)
		}
		err := c.beacon.AdjustTime(time.Duration(adjust) * time.Second)
		if err != nil {
			if pending, _ := pool.Stats(); pending > 0 {
				continue // a transaction arrived in between
			}
			return nil, fmt.Errorf("devchain: advancing the clock: %w", err)
		}
		if err := c.backend.ChainDb().SyncKeyValue(); err != nil {
			return nil, fmt.Errorf("devchain: advancing the clock: %w", err)
		}
		head := chain.CurrentBlock()
		if head.Hash() == parent.Hash() || head.Time < now+secs {
			return nil, fmt.Errorf("devchain: advancing the clock: no block sealed at %d (head %d at %d)", now+secs, head.Number, head.Time)
		}
		return types.CopyHeader(head), nil
	}
	return nil, fmt.Errorf("devchain: advancing the clock: transactions stay pending after sealing %d blocks", maxAdvanceRounds)
}
