package plugin

import (
	"bytes"
	"context"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	"github.com/ipfs/go-datastore/query"
	dssync "github.com/ipfs/go-datastore/sync"

	"github.com/mosaic-rings/rings/contracts"
	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// TestEmbeddedFactory: the first start deploys a factory and records it,
// the next start reuses it, and a recorded address whose code is not this
// version's factory (an older version, or anything else), or whose
// implementation is not this version's Ring, gets a new one.
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
	ringArtifact, err := contracts.ReadArtifact("Ring")
	if err != nil {
		t.Fatal(err)
	}
	isFactory := func(addr common.Address) bool {
		code, err := dc.Client().CodeAt(ctx, addr, nil)
		if err != nil || !bytes.Equal(code, want.DeployedBytecode) {
			return false
		}
		f := bindings.NewRingFactory()
		impl, err := bind.Call(f.Instance(dc.Client(), addr), &bind.CallOpts{Context: ctx}, f.PackImplementation(), f.UnpackImplementation)
		if err != nil {
			return false
		}
		code, err = dc.Client().CodeAt(ctx, impl, nil)
		return err == nil && bytes.Equal(code, ringArtifact.DeployedBytecode)
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

	// Record a factory with this version's code but another implementation
	// (as after a change to Ring alone): here none, the factory's runtime
	// code deployed without running its constructor.
	runtime := want.DeployedBytecode
	initCode := append([]byte{
		0x61, byte(len(runtime) >> 8), byte(len(runtime)), // PUSH2 len
		0x80,             // DUP1
		0x61, 0x00, 0x0b, // PUSH2 11: the runtime code follows these 11 bytes
		0x5f, 0x39, // PUSH0 CODECOPY
		0x5f, 0xf3, // PUSH0 RETURN
	}, runtime...)
	_, tx, err := bind.DeployContract(bind.NewKeyedTransactor(dc.RelayerKey(), dc.ChainID()), initCode, dc.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	bare, err := bind.WaitDeployed(ctx, dc.Client(), tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if code, err := dc.Client().CodeAt(ctx, bare, nil); err != nil || !bytes.Equal(code, runtime) || isFactory(bare) {
		t.Fatalf("the bare factory %s: code %x, %v", bare.Hex(), code, err)
	}
	if err := ds.Put(ctx, datastore.NewKey(entries[0].Key), []byte(bare.Hex())); err != nil {
		t.Fatal(err)
	}
	upgraded, err := embeddedFactory(ctx, ds, dc.Client(), dc)
	if err != nil || upgraded == bare || upgraded == replaced || !isFactory(upgraded) {
		t.Fatalf("start over a factory with another implementation: %s, %v; want a new factory", upgraded.Hex(), err)
	}

	// A ring made by an older factory keeps working: read it through a
	// client of the new factory, and change it (its owner is the relayer).
	c2, err := chain.New(ctx, dc.Client(), dc.RelayerKey(), upgraded)
	if err != nil {
		t.Fatal(err)
	}
	if st, err := c2.State(ctx, ring); err != nil || st.Owner != owner || len(st.Members) != 1 || st.Members[0].Member != owner {
		t.Fatalf("the older factory's ring: %+v, %v", st, err)
	}
	r := bindings.NewRing()
	tx, err = bind.Transact(r.Instance(dc.Client(), ring), bind.NewKeyedTransactor(dc.RelayerKey(), dc.ChainID()), r.PackExit(owner))
	if err != nil {
		t.Fatal(err)
	}
	if rcpt, err := bind.WaitMined(ctx, dc.Client(), tx.Hash()); err != nil || rcpt.Status != 1 {
		t.Fatalf("exit on the older factory's ring: %+v, %v", rcpt, err)
	}
	if st, err := c2.State(ctx, ring); err != nil || len(st.Members) != 0 {
		t.Fatalf("the older factory's ring after exit: %+v, %v", st, err)
	}
}

// TestDevRegistryRing: the first start makes the avatar's key and the
// registry ring, the next reuses it, a start after a crash that lost the
// record finds the ring it made, and a taken name gets the next one.
func TestDevRegistryRing(t *testing.T) {
	ctx := context.Background()
	dc, err := devchain.Open(devchain.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	ds := dssync.MutexWrap(datastore.NewMapDatastore())
	factory, err := embeddedFactory(ctx, ds, dc.Client(), dc)
	if err != nil {
		t.Fatal(err)
	}
	client, err := chain.New(ctx, dc.Client(), dc.RelayerKey(), factory)
	if err != nil {
		t.Fatal(err)
	}
	node := kubotest.NewNode(t)
	logs := ringlog.New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	t.Cleanup(func() { logs.Close() })
	keys, err := ringkeys.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	ks := node.Repo.Keystore()
	svc := ring.New(client, logs, keys, ks, ring.Options{})
	listed := func() []ring.Ring {
		t.Helper()
		rs, err := svc.List(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return rs
	}

	first, err := devRegistryRing(ctx, ks, ds, svc, "registry", factory)
	if err != nil {
		t.Fatal(err)
	}
	av, err := avatar.Load(ks, "registry")
	if err != nil {
		t.Fatalf("no registry key was made: %v", err)
	}
	info, err := svc.Info(ctx, first.Hex())
	if err != nil || info.Name != "registry" || info.Owner != av.Address || len(info.Members) != 1 || info.Members[0].Address != av.Address {
		t.Fatalf("registry ring: %+v, %v", info, err)
	}
	if again, err := devRegistryRing(ctx, ks, ds, svc, "registry", factory); err != nil || again != first || len(listed()) != 1 {
		t.Fatalf("second start: %s, %v, %d rings; want %s and one ring", again.Hex(), err, len(listed()), first.Hex())
	}

	// A crash between the creation and the record.
	if err := ds.Delete(ctx, datastore.NewKey("/registry/"+factory.Hex())); err != nil {
		t.Fatal(err)
	}
	if again, err := devRegistryRing(ctx, ks, ds, svc, "registry", factory); err != nil || again != first || len(listed()) != 1 {
		t.Fatalf("start after a lost record: %s, %v, %d rings; want %s and one ring", again.Hex(), err, len(listed()), first.Hex())
	}

	// Another avatar (another chain's record): "registry" is taken by a
	// ring it does not own.
	other, err := devRegistryRing(ctx, ks, dssync.MutexWrap(datastore.NewMapDatastore()), svc, "other", factory)
	if err != nil || other == first {
		t.Fatalf("other avatar: %s, %v", other.Hex(), err)
	}
	if info, err := svc.Info(ctx, other.Hex()); err != nil || info.Name != "registry-2" {
		t.Fatalf("other avatar's ring: %+v, %v; want it named registry-2", info, err)
	}
}

// TestEmbeddedFactoryBeforeClones: an embedded chain whose recorded factory
// is the last one before rings became clones (testdata: its creation code
// at commit a841ba0, where each ring was a whole Ring contract) gets this
// version's factory, and the ring the old one made keeps working through a
// client of the new one.
func TestEmbeddedFactoryBeforeClones(t *testing.T) {
	ctx := context.Background()
	hexCode, err := os.ReadFile("testdata/RingFactory-a841ba0.bin")
	if err != nil {
		t.Fatal(err)
	}
	oldBin, err := hex.DecodeString(strings.TrimSpace(string(hexCode)))
	if err != nil {
		t.Fatal(err)
	}
	dc, err := devchain.Open(devchain.Config{DataDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	ds := dssync.MutexWrap(datastore.NewMapDatastore())

	// First start: records this version's factory; then pretend the record
	// is the old version's, as on a repo made before clones.
	current, err := embeddedFactory(ctx, ds, dc.Client(), dc)
	if err != nil {
		t.Fatal(err)
	}
	_, tx, err := bind.DeployContract(bind.NewKeyedTransactor(dc.RelayerKey(), dc.ChainID()), oldBin, dc.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	old, err := bind.WaitDeployed(ctx, dc.Client(), tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	oldClient, err := chain.New(ctx, dc.Client(), dc.RelayerKey(), old)
	if err != nil {
		t.Fatal(err)
	}
	owner := crypto.PubkeyToAddress(dc.RelayerKey().PublicKey)
	member := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	ring, _, err := oldClient.CreateRing(ctx, owner, []common.Address{owner, member})
	if err != nil {
		t.Fatal(err)
	}
	if code, err := dc.Client().CodeAt(ctx, ring, nil); err != nil || len(code) < 1000 {
		t.Fatalf("the old factory's ring has %d bytes of code, %v; want a whole Ring", len(code), err)
	}
	keys, err := ds.Query(ctx, query.Query{Prefix: "/deployments"})
	if err != nil {
		t.Fatal(err)
	}
	entries, err := keys.Rest()
	if err != nil || len(entries) != 1 {
		t.Fatalf("deployment records: %v, %v", entries, err)
	}
	if err := ds.Put(ctx, datastore.NewKey(entries[0].Key), []byte(old.Hex())); err != nil {
		t.Fatal(err)
	}

	upgraded, err := embeddedFactory(ctx, ds, dc.Client(), dc)
	if err != nil {
		t.Fatal(err)
	}
	if upgraded == old || upgraded == current {
		t.Fatalf("start over the old factory %s: got %s, want a new factory", old.Hex(), upgraded.Hex())
	}
	if ok, _, err := isCurrentFactory(ctx, dc.Client(), upgraded); err != nil || !ok {
		t.Fatalf("the new factory %s is not this version's: %v", upgraded.Hex(), err)
	}

	c, err := chain.New(ctx, dc.Client(), dc.RelayerKey(), upgraded)
	if err != nil {
		t.Fatal(err)
	}
	st, err := c.State(ctx, ring)
	if err != nil || st.Owner != owner || len(st.Members) != 2 || st.Members[0].Member != owner || st.Members[1].Member != member {
		t.Fatalf("the old ring through the new client: %+v, %v", st, err)
	}
	r := bindings.NewRing()
	tx, err = bind.Transact(r.Instance(dc.Client(), ring), bind.NewKeyedTransactor(dc.RelayerKey(), dc.ChainID()), r.PackExit(member))
	if err != nil {
		t.Fatal(err)
	}
	if rcpt, err := bind.WaitMined(ctx, dc.Client(), tx.Hash()); err != nil || rcpt.Status != 1 {
		t.Fatalf("exit on the old ring: %+v, %v", rcpt, err)
	}
	if st, err := c.State(ctx, ring); err != nil || len(st.Members) != 1 {
		t.Fatalf("the old ring after exit: %+v, %v", st, err)
	}
	// And the new factory makes clones.
	fresh, _, err := c.CreateRing(ctx, owner, []common.Address{owner})
	if err != nil {
		t.Fatal(err)
	}
	if code, err := dc.Client().CodeAt(ctx, fresh, nil); err != nil || len(code) != 45 {
		t.Fatalf("a new ring has %d bytes of code, %v; want a 45-byte clone", len(code), err)
	}
}
