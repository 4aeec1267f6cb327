package registryclient

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"
	"github.com/libp2p/go-libp2p/core/peer"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/registry"
)

// Replicated is a ring a replica replicates, with its owner (who owns its
// replica resource).
type Replicated struct {
	Ring  common.Address
	Owner common.Address
}

// AdvertiserConfig is what an Advertiser needs.
type AdvertiserConfig struct {
	// Registry returns the registry to register with, nil while there is
	// none (the registry node's service is not running yet, or no
	// registry ring is configured); the Advertiser tries again later.
	Registry func() Registry
	// Key is the replica avatar's key: the records' issuer.
	Key *ecdsa.PrivateKey
	// Peer is this node, the records' peer.
	Peer peer.ID
	// URL is this node's ring gateway, the records' value.
	URL string
	// Rings lists the rings the replica replicates now.
	Rings func(ctx context.Context) ([]Replicated, error)
	// Store keeps which rings have a record, so that a ring dropped while
	// the node was down still gets its tombstone.
	Store datastore.Datastore
	// RenewEvery is how old a record gets before it is signed again:
	// StaleAfter/3 (the default, 20m, is registry.DefaultRenewEvery).
	RenewEvery time.Duration
	// Tick is how often the Advertiser looks (new rings, dropped rings,
	// records due, failures to retry): default RenewEvery/2, at most a
	// minute.
	Tick time.Duration
	// Logf reports failures; nowhere by default.
	Logf func(format string, args ...any)
}

// Advertiser keeps a replica's provider record in every ring's replica
// resource it replicates: value its gateway URL, peer its node, services
// ["replica"], issued and signed by its replica avatar. It registers a
// record when a ring appears, signs it again every RenewEvery (before it
// goes stale), and unregisters it (a tombstone) when the ring is dropped.
// It owns one goroutine; Close stops it.
type Advertiser struct {
	cfg    AdvertiserConfig
	issuer common.Address
	poke   chan struct{}
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu     sync.Mutex
	last   map[common.Address]time.Time // ring -> when its record was last registered
	failed map[common.Address]string    // ring -> the last failure logged
}

// NewAdvertiser starts an Advertiser.
func NewAdvertiser(cfg AdvertiserConfig) *Advertiser {
	if cfg.RenewEvery <= 0 {
		cfg.RenewEvery = registry.DefaultRenewEvery
	}
	if cfg.Tick <= 0 {
		cfg.Tick = min(cfg.RenewEvery/2, time.Minute)
	}
	if cfg.Logf == nil {
		cfg.Logf = func(string, ...any) {}
	}
	ctx, cancel := context.WithCancel(context.Background())
	a := &Advertiser{cfg: cfg, issuer: crypto.PubkeyToAddress(cfg.Key.PublicKey), poke: make(chan struct{}, 1), cancel: cancel,
		last: map[common.Address]time.Time{}, failed: map[common.Address]string{}}
	a.wg.Go(func() { a.run(ctx) })
	return a
}

// Poke makes the Advertiser look at once (a ring was replicated or
// dropped).
func (a *Advertiser) Poke() {
	select {
	case a.poke <- struct{}{}:
	default:
	}
}

// Close stops the Advertiser and waits for it. Records stay registered
// (they go stale unless the node comes back).
func (a *Advertiser) Close() {
	a.cancel()
	a.wg.Wait()
}

func (a *Advertiser) run(ctx context.Context) {
	t := time.NewTicker(a.cfg.Tick)
	defer t.Stop()
	for {
		a.Step(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-a.poke:
		}
	}
}

func adKey(ring common.Address) datastore.Key { return datastore.NewKey("/" + ring.Hex()) }

// Step registers, renews and unregisters what is due now. The loop calls
// it every Tick and on Poke; tests call it directly.
func (a *Advertiser) Step(ctx context.Context) {
	reg := a.cfg.Registry()
	if reg == nil {
		return
	}
	rings, err := a.cfg.Rings(ctx)
	if err != nil {
		if ctx.Err() == nil {
			a.cfg.Logf("replica records: listing the replicated rings: %v", err)
		}
		return
	}
	want := map[common.Address]bool{}
	for _, r := range rings {
		want[r.Ring] = true
		a.mu.Lock()
		due := time.Since(a.last[r.Ring]) >= a.cfg.RenewEvery
		a.mu.Unlock()
		if due {
			a.report(r.Ring, a.register(ctx, reg, r))
		}
	}
	res, err := a.cfg.Store.Query(ctx, query.Query{})
	if err != nil {
		a.cfg.Logf("replica records: %v", err)
		return
	}
	entries, _ := res.Rest()
	for _, e := range entries {
		ring := common.HexToAddress(datastore.NewKey(e.Key).BaseNamespace())
		if want[ring] || len(e.Value) != 32 {
			continue
		}
		a.report(ring, a.unregister(ctx, reg, ring, [32]byte(e.Value)))
	}
}

// report logs a failure once (until it changes or the ring succeeds).
func (a *Advertiser) report(ring common.Address, err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if err == nil {
		delete(a.failed, ring)
		return
	}
	if msg := err.Error(); a.failed[ring] != msg {
		a.failed[ring] = msg
		a.cfg.Logf("%v", err)
	}
}

func (a *Advertiser) register(ctx context.Context, reg Registry, r Replicated) error {
	id := ReplicaResource(r.Ring, r.Owner)
	now := a.after(r.Ring)
	rec := &schemas.ProviderRecord{Chain: int64(reg.Chain()), Resource: id[:], Value: a.cfg.URL, Peer: []byte(a.cfg.Peer),
		Services: []string{ReplicaService}, Issuer: a.issuer.Bytes(), Created: now.UnixMilli()}
	if err := schemas.SignProviderRecord(rec, a.cfg.Key); err != nil {
		return err
	}
	// Recorded first: a crash after the registration still leaves what to
	// unregister.
	if err := a.cfg.Store.Put(ctx, adKey(r.Ring), id[:]); err != nil {
		return err
	}
	if _, err := reg.Accept(ctx, registry.Op{Record: rec}); err != nil {
		if errors.Is(err, registry.ErrUnknownResource) {
			return fmt.Errorf("replica records: cannot register this replica of ring %s: its replica resource %q (%s) does not exist; the ring's owner %s creates it by running `ipfs ring replicate` on a node that holds the owner's key, or `ipfs ring registry create %s --from OWNER`: %w",
				r.Ring.Hex(), ReplicaLabel(r.Ring), hexutil.Encode(id[:]), r.Owner.Hex(), ReplicaLabel(r.Ring), err)
		}
		return fmt.Errorf("replica records: registering this replica of ring %s: %w", r.Ring.Hex(), err)
	}
	a.mu.Lock()
	a.last[r.Ring] = now
	a.mu.Unlock()
	return nil
}

// after is the time to sign ring's next operation at: now, or a
// millisecond past the last record when the clock has not moved on (the
// newer operation must win).
func (a *Advertiser) after(ring common.Address) time.Time {
	now := time.Now()
	a.mu.Lock()
	defer a.mu.Unlock()
	if l, ok := a.last[ring]; ok && now.UnixMilli() <= l.UnixMilli() {
		return time.UnixMilli(l.UnixMilli() + 1)
	}
	return now
}

func (a *Advertiser) unregister(ctx context.Context, reg Registry, ring common.Address, id [32]byte) error {
	ts := &schemas.Tombstone{Chain: int64(reg.Chain()), Resource: id[:], Peer: []byte(a.cfg.Peer), Issuer: a.issuer.Bytes(), Created: a.after(ring).UnixMilli()}
	if err := schemas.SignTombstone(ts, a.cfg.Key); err != nil {
		return err
	}
	if _, err := reg.Accept(ctx, registry.Op{Tombstone: ts}); err != nil && !errors.Is(err, registry.ErrUnknownResource) {
		return fmt.Errorf("replica records: unregistering this replica of ring %s: %w", ring.Hex(), err)
	}
	a.mu.Lock()
	delete(a.last, ring)
	a.mu.Unlock()
	return a.cfg.Store.Delete(ctx, adKey(ring))
}
