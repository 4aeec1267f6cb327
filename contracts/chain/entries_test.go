package chain_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// TestEntriesAndOutputs commits 101 ring entries and registers outputs
// with 2 of 3 members' votes, and reads them back: the recent window, the
// archived checkpoint, and the OutputsRegistered events.
func TestEntriesAndOutputs(t *testing.T) {
	ctx := context.Background()
	_, c := chaintest.Open(t)
	keys := make([]*ecdsa.PrivateKey, 3)
	addrs := make([]common.Address, 3)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	ring, _, err := c.CreateRing(ctx, addrs[0], addrs)
	if err != nil {
		t.Fatal(err)
	}
	dom := schemas.Domain{ChainID: c.ChainID(), Ring: ring}
	// The two lowest addresses sign, in ascending order.
	signers := slices.Clone(keys)
	slices.SortFunc(signers, func(a, b *ecdsa.PrivateKey) int {
		return bytes.Compare(crypto.PubkeyToAddress(a.PublicKey).Bytes(), crypto.PubkeyToAddress(b.PublicKey).Bytes())
	})
	signers = signers[:2]
	sign := func(digest [32]byte) [][]byte {
		var sigs [][]byte
		for _, k := range signers {
			sig, err := schemas.Sign(digest, k)
			if err != nil {
				t.Fatal(err)
			}
			sigs = append(sigs, sig)
		}
		return sigs
	}

	var prev [32]byte
	var digests [][32]byte
	for i := range uint64(101) {
		entry := crypto.Keccak256Hash([]byte{byte(i), 1})
		if _, err := c.CommitEntry(ctx, ring, i, entry, prev, sign(schemas.RingEntryDigest(dom, i, entry, prev))); err != nil {
			t.Fatalf("entry %d: %v", i, err)
		}
		digests, prev = append(digests, entry), entry
	}
	es, err := c.Entries(ctx, ring)
	if err != nil {
		t.Fatal(err)
	}
	if es.Count != 101 || len(es.Recent) != 100 || es.Recent[0].Index != 1 || es.Recent[99].Index != 100 || es.Recent[99].Entry != digests[100] {
		t.Fatalf("entries: count %d, %d recent from %d", es.Count, len(es.Recent), es.Recent[0].Index)
	}
	if len(es.Checkpoints) != 1 || es.Checkpoints[0].Index != 99 || es.Checkpoints[0].Entry != digests[99] {
		t.Fatalf("checkpoints: %+v", es.Checkpoints)
	}

	data, _ := schemas.Block([]byte{0xa0}) // an empty dag-cbor map
	outs := []schemas.Output{{Pin: 0, Data: data.Cid()}, {Pin: 5, Data: data.Cid()}}
	nonce, err := c.OutputsNonce(ctx, ring)
	if err != nil || nonce.Sign() != 0 {
		t.Fatalf("outputs nonce = %v, %v", nonce, err)
	}
	od, err := schemas.OutputsDigest(dom, nonce, outs)
	if err != nil {
		t.Fatal(err)
	}
	rc, err := c.RegisterOutputs(ctx, ring, outs, sign(od))
	if err != nil {
		t.Fatal(err)
	}
	regs, err := c.RegisteredOutputs(ctx, ring, 0)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := schemas.Digest(data.Cid())
	if len(regs) != 1 || regs[0].TxHash != rc.TxHash || regs[0].Nonce != 0 || len(regs[0].Outputs) != 2 ||
		regs[0].Outputs[1].Pin.Int64() != 5 || regs[0].Outputs[1].Data != want {
		t.Fatalf("registered outputs: %+v", regs)
	}
	if n, _ := c.OutputsNonce(ctx, ring); n.Int64() != 1 {
		t.Fatalf("outputs nonce after = %v", n)
	}
}

// logRecorder is the dev chain's client, recording every eth_getLogs query.
type logRecorder struct {
	*ethclient.Client
	mu      sync.Mutex
	queries []ethereum.FilterQuery
}

func (r *logRecorder) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	r.mu.Lock()
	r.queries = append(r.queries, q)
	r.mu.Unlock()
	return r.Client.FilterLogs(ctx, q)
}

// take returns the queries since the last take.
func (r *logRecorder) take() []ethereum.FilterQuery {
	r.mu.Lock()
	defer r.mu.Unlock()
	q := r.queries
	r.queries = nil
	return q
}

// TestLatestOutputsAndOutput: the latest registration is read with one call
// and one log query over the one block that outputsBlock names, never from
// block 0; a pin is one call.
func TestLatestOutputsAndOutput(t *testing.T) {
	ctx := context.Background()
	dc, _ := chaintest.Open(t)
	rec := &logRecorder{Client: dc.Client()}
	factory, _, err := chain.DeployFactory(ctx, rec, dc.RelayerKey())
	if err != nil {
		t.Fatal(err)
	}
	c, err := chain.New(ctx, rec, dc.RelayerKey(), factory)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.GenerateKey()
	member := crypto.PubkeyToAddress(key.PublicKey)
	ring, _, err := c.CreateRing(ctx, member, []common.Address{member})
	if err != nil {
		t.Fatal(err)
	}
	dom := schemas.Domain{ChainID: c.ChainID(), Ring: ring}

	if latest, err := c.LatestOutputs(ctx, ring); err != nil || latest != nil {
		t.Fatalf("LatestOutputs before any registration: %+v, %v", latest, err)
	}
	if q := rec.take(); len(q) != 0 {
		t.Fatalf("LatestOutputs with nothing registered queried logs: %+v", q)
	}

	register := func(outs []schemas.Output) *chain.Receipt {
		t.Helper()
		nonce, err := c.OutputsNonce(ctx, ring)
		if err != nil {
			t.Fatal(err)
		}
		digest, err := schemas.OutputsDigest(dom, nonce, outs)
		if err != nil {
			t.Fatal(err)
		}
		sig, err := schemas.Sign(digest, key)
		if err != nil {
			t.Fatal(err)
		}
		rc, err := c.RegisterOutputs(ctx, ring, outs, [][]byte{sig})
		if err != nil {
			t.Fatal(err)
		}
		return rc
	}
	a, _ := schemas.Block([]byte{0xa0})
	b, _ := schemas.Block([]byte{0x80})
	da, _ := schemas.Digest(a.Cid())
	db, _ := schemas.Digest(b.Cid())
	register([]schemas.Output{{Pin: 0, Data: a.Cid()}, {Pin: 3, Data: a.Cid()}})
	// More blocks in between: the next read must not scan them.
	for range 3 {
		if _, _, err := c.CreateRing(ctx, member, []common.Address{member}); err != nil {
			t.Fatal(err)
		}
	}
	second := register([]schemas.Output{{Pin: 0, Data: b.Cid()}})
	rec.take()

	latest, err := c.LatestOutputs(ctx, ring)
	if err != nil {
		t.Fatal(err)
	}
	if latest == nil || latest.Nonce != 1 || latest.Block != second.Block || latest.TxHash != second.TxHash ||
		len(latest.Outputs) != 1 || latest.Outputs[0].Pin.Sign() != 0 || latest.Outputs[0].Data != db {
		t.Fatalf("LatestOutputs = %+v, want nonce 1 of tx %s in block %d", latest, second.TxHash.Hex(), second.Block)
	}
	q := rec.take()
	if len(q) != 1 || q[0].FromBlock == nil || q[0].ToBlock == nil || q[0].FromBlock.Uint64() != second.Block || q[0].ToBlock.Uint64() != second.Block {
		t.Fatalf("LatestOutputs queried logs %+v, want one query of block %d", q, second.Block)
	}

	for _, tc := range []struct {
		pin  int64
		want [32]byte
	}{{0, db}, {3, da}, {1, [32]byte{}}} {
		got, err := c.Output(ctx, ring, big.NewInt(tc.pin))
		if err != nil || got != tc.want {
			t.Fatalf("Output(%d) = %x, %v; want %x", tc.pin, got, err, tc.want)
		}
	}
	if q := rec.take(); len(q) != 0 {
		t.Fatalf("Output queried logs: %+v", q)
	}

	// The full history is still there, behind the explicit scan.
	all, err := c.RegisteredOutputs(ctx, ring, 0)
	if err != nil || len(all) != 2 || all[0].Nonce != 0 || all[1].Nonce != 1 {
		t.Fatalf("RegisteredOutputs = %+v, %v", all, err)
	}

	t.Run("a contract without outputsBlock", func(t *testing.T) {
		// The factory has code but no outputsBlock function, as a ring of an older version.
		if _, err := c.LatestOutputs(ctx, factory); !errors.Is(err, chain.ErrNoOutputsBlock) {
			t.Fatalf("LatestOutputs of a contract without outputsBlock: %v", err)
		}
	})
	t.Run("not a ring", func(t *testing.T) {
		if _, err := c.LatestOutputs(ctx, common.HexToAddress("0x1234")); !errors.Is(err, chain.ErrNotARing) {
			t.Fatalf("LatestOutputs of an address without code: %v", err)
		}
		if _, err := c.Output(ctx, common.HexToAddress("0x1234"), big.NewInt(0)); !errors.Is(err, chain.ErrNotARing) {
			t.Fatalf("Output of an address without code: %v", err)
		}
	})
}
