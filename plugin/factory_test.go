package plugin

import (
	"bytes"
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"
	dssync "github.com/ipfs/go-datastore/sync"

	"github.com/mosaic-rings/rings/contracts"
	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
)

// TestEmbeddedFactory: the first start deploys a factory and records it,
// the next start reuses it, and a recorded address whose code is not this
// version's factory (an older version, or anything else) gets a new one.
func TestEmbeddedFactory(t *testing.T) {
	ctx := context.Background()
	dc, err := devchain.Open(devchain.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	ds := dssync.MutexWrap(datastore.NewMapDatastore())
	want, err := contracts.ReadArtifact("RingFactory")
	if err != nil {
		t.Fatal(err)
	}
	isFactory := func(addr common.Address) bool {
		code, err := dc.Client().CodeAt(ctx, addr, nil)
		return err == nil && bytes.Equal(code, want.DeployedBytecode)
	}

	first, err := embeddedFactory(ctx, ds, dc.Client(), dc)
	if err != nil || !isFactory(first) {
		t.Fatalf("first start: %s, %v", first.Hex(), err)
	}
	again, err := embeddedFactory(ctx, ds, dc.Client(), dc)
	if err != nil || again != first {
		t.Fatalf("second start: %s, %v; want the recorded %s", again.Hex(), err, first.Hex())
	}

	// Record a contract that is not this version's factory: a ring.
	c, err := chain.New(ctx, dc.Client(), dc.RelayerKey(), first)
	if err != nil {
		t.Fatal(err)
	}
	owner := crypto.PubkeyToAddress(dc.RelayerKey().PublicKey)
	ring, _, err := c.CreateRing(ctx, owner, []common.Address{owner})
	if err != nil {
		t.Fatal(err)
	}
	keys, err := ds.Query(ctx, query.Query{Prefix: "/deployments"})
	if err != nil {
		t.Fatal(err)
	}
	entries, err := keys.Rest()
	if err != nil || len(entries) != 1 {
		t.Fatalf("deployment records: %v, %v", entries, err)
	}
	if err := ds.Put(ctx, datastore.NewKey(entries[0].Key), []byte(ring.Hex())); err != nil {
		t.Fatal(err)
	}
	replaced, err := embeddedFactory(ctx, ds, dc.Client(), dc)
	if err != nil || replaced == ring || replaced == first || !isFactory(replaced) {
		t.Fatalf("start over another contract: %s, %v; want a new factory", replaced.Hex(), err)
	}
}
