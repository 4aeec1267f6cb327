package devchain

import (
	"context"
	"errors"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestAdvanceTime advances the clock of one chain step by step: each
// advance seals the next block at least d after the chain's clock (the
// later of the wall clock and the head's time), what comes after stays
// ahead, pending transactions are sealed first, bad durations change
// nothing, and a closed chain refuses.
func TestAdvanceTime(t *testing.T) {
	t.Parallel()
	c := openChain(t, Config{DataDir: t.TempDir()})
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	head := func(t *testing.T) *types.Header {
		t.Helper()
		h, err := c.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	to := common.HexToAddress("0x000000000000000000000000000000000000c10c")
	transfer(t, c, to, big.NewInt(1)) // a head newer than genesis

	for _, tc := range []struct {
		name string
		d    time.Duration
		want uint64 // seconds at least
	}{
		{"an hour", time.Hour, 3600},
		{"seconds", 90 * time.Second, 90},
		{"a fraction rounds up", 1500 * time.Millisecond, 2},
		{"a day after that", 24 * time.Hour, 86400},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := head(t)
			clock := max(before.Time, uint64(time.Now().Unix()))
			got, err := c.AdvanceTime(tc.d)
			if err != nil {
				t.Fatal(err)
			}
			if got.Number.Uint64() != before.Number.Uint64()+1 {
				t.Errorf("sealed block %v, want %d", got.Number, before.Number.Uint64()+1)
			}
			if got.Time < clock+tc.want {
				t.Errorf("block time %d, want at least %d + %d", got.Time, clock, tc.want)
			}
			if got.GasUsed != 0 {
				t.Errorf("the advanced block used %d gas, want an empty block", got.GasUsed)
			}
			if now := head(t); now.Hash() != got.Hash() {
				t.Errorf("head %v (%d), want the advanced block %v", now.Number, now.Time, got.Number)
			}
			// The next block is later still, not back at the wall clock.
			r := transfer(t, c, to, big.NewInt(1))
			next, err := c.Client().HeaderByHash(ctx, r.BlockHash)
			if err != nil {
				t.Fatal(err)
			}
			if next.Time <= got.Time {
				t.Errorf("the block after the advance is at %d, not after %d", next.Time, got.Time)
			}
		})
	}

	for _, tc := range []struct {
		name string
		d    time.Duration
	}{
		{"zero", 0},
		{"backwards", -time.Second},
		{"too far", math.MaxInt64},
	} {
		// Before the pending transactions below: their coalesced kicks may
		// make the sealer seal an empty block after the advance.
		t.Run("refuses "+tc.name, func(t *testing.T) {
			before := head(t)
			if _, err := c.AdvanceTime(tc.d); !errors.Is(err, ErrBadAdvance) {
				t.Fatalf("AdvanceTime(%v) = %v, want ErrBadAdvance", tc.d, err)
			}
			if after := head(t); after.Hash() != before.Hash() {
				t.Fatalf("head moved from %v to %v", before.Number, after.Number)
			}
		})
	}

	t.Run("pending transactions are sealed first", func(t *testing.T) {
		nonce, err := c.Client().PendingNonceAt(ctx, crypto.PubkeyToAddress(c.RelayerKey().PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		var txs []*types.Transaction
		for i := range uint64(5) {
			txs = append(txs, sendTransfer(t, c, nonce+i, to, big.NewInt(1)))
		}
		got, err := c.AdvanceTime(time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range txs {
			if r := waitReceipt(t, c.Client(), tx.Hash()); r.BlockNumber.Cmp(got.Number) >= 0 {
				t.Errorf("tx %s in block %v, want before the advanced block %v", tx.Hash(), r.BlockNumber, got.Number)
			}
		}
	})

	t.Run("closed", func(t *testing.T) {
		if err := c.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := c.AdvanceTime(time.Hour); !errors.Is(err, ErrClosed) {
			t.Fatalf("AdvanceTime after Close = %v, want ErrClosed", err)
		}
		if err := c.Rewind(0); !errors.Is(err, ErrClosed) {
			t.Fatalf("Rewind after Close = %v, want ErrClosed", err)
		}
	})
}
