package ring_test

import (
	"context"
	"crypto/rand"
	"math/big"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// scanCounter is the real chain client, counting the event scans.
type scanCounter struct {
	*chain.Client
	scans atomic.Int64
}

func (s *scanCounter) RegisteredOutputs(ctx context.Context, r common.Address, from uint64) ([]chain.Registered, error) {
	s.scans.Add(1)
	return s.Client.RegisteredOutputs(ctx, r, from)
}

// TestOutputsFromContractState: the latest registration and a pin are read
// from contract state, without scanning events; only OutputsHistory scans.
func TestOutputsFromContractState(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, c := chaintest.Open(t)
	cc := &scanCounter{Client: c}
	node := kubotest.NewNode(t)
	logs := ringlog.New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	t.Cleanup(func() { logs.Close() })
	keys, err := ringkeys.Open(filepath.Join(t.TempDir(), "keys"))
	if err != nil {
		t.Fatal(err)
	}
	svc := ring.New(cc, logs, keys, node.Repo.Keystore(), ring.Options{})
	k, _, err := p2pcrypto.GenerateSecp256k1Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.Repo.Keystore().Put("alice", k); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Create(ctx, "club", "alice", []string{"alice"}); err != nil {
		t.Fatal(err)
	}

	if latest, err := svc.LatestOutputs(ctx, "club"); err != nil || latest != nil {
		t.Fatalf("LatestOutputs before any registration: %+v, %v", latest, err)
	}
	var roots [2]schemas.Output
	for i := range roots {
		blk, err := schemas.Block([]byte{0x61, 'a' + byte(i)}) // a dag-cbor string
		if err != nil {
			t.Fatal(err)
		}
		if err := node.Blockstore.Put(ctx, blk); err != nil {
			t.Fatal(err)
		}
		roots[i] = schemas.Output{Pin: int64(2 * i), Data: blk.Cid()}
	}
	first, err := svc.RegisterOutputs(ctx, "club", []schemas.Output{roots[0]})
	if err != nil {
		t.Fatal(err)
	}
	second, err := svc.RegisterOutputs(ctx, "club", []schemas.Output{roots[1]})
	if err != nil {
		t.Fatal(err)
	}

	latest, err := svc.LatestOutputs(ctx, "club")
	if err != nil {
		t.Fatal(err)
	}
	if latest == nil || latest.Nonce != 1 || latest.TxHash != second.TxHash || latest.Block != second.Block ||
		len(latest.Outputs) != 1 || latest.Outputs[0].Pin != "2" || latest.Outputs[0].Data != roots[1].Data {
		t.Fatalf("LatestOutputs = %+v, want nonce 1: pin 2 = %s in tx %s", latest, roots[1].Data, second.TxHash)
	}
	for _, tc := range []struct {
		pin  int64
		want *schemas.Output
	}{{0, &roots[0]}, {2, &roots[1]}, {1, nil}} {
		got, err := svc.Output(ctx, "club", big.NewInt(tc.pin))
		if err != nil {
			t.Fatal(err)
		}
		if tc.want == nil && got.Data != nil || tc.want != nil && (got.Data == nil || *got.Data != tc.want.Data) || got.Pin != big.NewInt(tc.pin).String() {
			t.Fatalf("Output(%d) = %+v, want %+v", tc.pin, got, tc.want)
		}
	}
	if _, err := svc.Output(ctx, "club", big.NewInt(-1)); err == nil {
		t.Fatal("Output(-1) did not fail")
	}
	if n := cc.scans.Load(); n != 0 {
		t.Fatalf("%d event scans to read outputs, want none", n)
	}

	all, err := svc.OutputsHistory(ctx, "club")
	if err != nil || len(all) != 2 || all[0].TxHash != first.TxHash || all[1].TxHash != second.TxHash {
		t.Fatalf("OutputsHistory = %+v, %v", all, err)
	}
	if n := cc.scans.Load(); n != 1 {
		t.Fatalf("%d event scans for the history, want 1", n)
	}
}
