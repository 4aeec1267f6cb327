package registry

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/mosaic-rings/rings/contracts/chain/chaintest"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// benchSnapshot is the benchmark's registry history, signed once per
// process: signing half a million objects takes longer than building.
var benchSnapshot struct {
	once sync.Once
	ops  []Op
	ids  [][32]byte
	err  error
}

const (
	benchResources = 100_000
	benchProviders = 4
)

var benchAt = t0.Add(48 * time.Hour)

// benchOps returns benchResources resources with benchProviders fresh
// records each, from benchProviders issuers and peers, signed on every
// core.
func benchOps(b *testing.B) ([]Op, [][32]byte) {
	b.Helper()
	bs := &benchSnapshot
	bs.once.Do(func() {
		owner := newAccount(b)
		var issuers []account
		var peers [][]byte
		for range benchProviders {
			issuers = append(issuers, newAccount(b))
			peers = append(peers, newPeer(b))
		}
		bs.ops = make([]Op, benchResources*(1+benchProviders))
		bs.ids = make([][32]byte, benchResources)
		workers := runtime.GOMAXPROCS(0)
		var wg sync.WaitGroup
		errs := make([]error, workers)
		for w := range workers {
			wg.Go(func() {
				for i := w; i < benchResources; i += workers {
					res := &schemas.Resource{Chain: testChain, Label: fmt.Sprintf("service-%d", i), Owner: owner.addr.Bytes(), Created: benchAt.Add(-time.Hour).UnixMilli()}
					if err := schemas.SignResource(res, owner.key); err != nil {
						errs[w] = err
						return
					}
					id := res.ID()
					bs.ids[i] = id
					bs.ops[i*(1+benchProviders)] = Op{Resource: res}
					for j := range benchProviders {
						r := &schemas.ProviderRecord{Chain: testChain, Resource: id[:], Value: fmt.Sprintf("https://p%d.example/%d", j, i),
							Peer: peers[j], Issuer: issuers[j].addr.Bytes(), Created: benchAt.Add(-time.Duration(j+1) * time.Minute).UnixMilli()}
						if err := schemas.SignProviderRecord(r, issuers[j].key); err != nil {
							errs[w] = err
							return
						}
						bs.ops[i*(1+benchProviders)+1+j] = Op{Record: r}
					}
				}
			})
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				bs.err = err
			}
		}
	})
	if bs.err != nil {
		b.Fatal(bs.err)
	}
	return bs.ops, bs.ids
}

// BenchmarkSnapshot builds the snapshot of 100,000 resources with 4
// providers each into an in-memory blockstore (ns/op: verifying and
// applying every operation, then writing every block), then looks up
// 2,000 random resources. It reports the blocks and bytes a lookup reads
// (max-blocks/lookup must be at most 4), the total size of the blocks
// (about what one flat dag-cbor list of the entries would be, and what a
// reader of such a list would fetch), the heap's high-water mark
// during the build, and a lookup's time with every signature verified.
// Run it with -benchtime 1x.
func BenchmarkSnapshot(b *testing.B) {
	ops, ids := benchOps(b)
	ctx := context.Background()
	var (
		root  cid.Cid
		st    SnapshotStats
		get   GetFunc
		peak  uint64
		ms    runtime.MemStats
		alloc uint64
	)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	before, allocBefore := ms.HeapInuse, ms.TotalAlloc
	stop, sampled := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(sampled)
		var m runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapInuse)
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	b.ResetTimer()
	for range b.N {
		var put PutFunc
		_, put, get = newBlockstore(b)
		var err error
		root, st, err = BuildSnapshot(ctx, ops, benchAt, DefaultRules(), nil, testChain, put)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	close(stop)
	<-sampled
	runtime.ReadMemStats(&ms)
	alloc = ms.TotalAlloc - allocBefore
	if st.Resources != benchResources || st.Providers != benchResources*benchProviders || st.Refused != 0 {
		b.Fatalf("stats %+v", st)
	}

	const lookups = 2000
	rng := rand.New(rand.NewPCG(1, 2))
	var blocksRead, maxBlocks, bytesRead int
	sized := func(ctx context.Context, c cid.Cid) ([]byte, error) {
		data, err := get(ctx, c)
		bytesRead += len(data)
		return data, err
	}
	start := time.Now()
	for range lookups {
		l, err := LookupSnapshot(ctx, root, ids[rng.IntN(len(ids))], sized)
		if err != nil {
			b.Fatal(err)
		}
		if len(l.Providers) != benchProviders {
			b.Fatalf("%d providers", len(l.Providers))
		}
		blocksRead += l.Blocks
		maxBlocks = max(maxBlocks, l.Blocks)
	}
	lookupTime := time.Since(start)
	if maxBlocks > 4 {
		b.Fatalf("a lookup read %d blocks, want at most 4", maxBlocks)
	}
	b.ReportMetric(float64(blocksRead)/lookups, "blocks/lookup")
	b.ReportMetric(float64(maxBlocks), "max-blocks/lookup")
	b.ReportMetric(float64(bytesRead)/lookups, "bytes/lookup")
	b.ReportMetric(float64(st.Bytes), "total-bytes") // about what a flat list of the entries is, read whole
	b.ReportMetric(float64(st.Blocks), "blocks")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
	b.ReportMetric(float64(before)/(1<<20), "heap-before-MiB")
	b.ReportMetric(float64(alloc)/float64(b.N)/(1<<20), "alloc-MiB/op")
	b.ReportMetric(float64(lookupTime.Microseconds())/lookups, "µs/lookup")
}

// BenchmarkAnchorGas registers, as a registry ring's output 0 on a dev
// chain, the root of a snapshot of 100 resources and then that of
// 100,000 (4 providers each), after a first registration (so both are
// updates of the slot), and reports the gas of each: an anchor is one
// 32-byte output whatever the number of records. Run it with -benchtime
// 1x.
func BenchmarkAnchorGas(b *testing.B) {
	ops, _ := benchOps(b)
	ctx := context.Background()
	_, client := chaintest.Open(b)
	member := newAccount(b)
	ring, _, err := client.CreateRing(ctx, member.addr, []common.Address{member.addr})
	if err != nil {
		b.Fatal(err)
	}
	register := func(root cid.Cid) uint64 {
		b.Helper()
		outs := []schemas.Output{{Pin: 0, Data: root}}
		nonce, err := client.OutputsNonce(ctx, ring)
		if err != nil {
			b.Fatal(err)
		}
		digest, err := schemas.OutputsDigest(schemas.Domain{ChainID: client.ChainID(), Ring: ring}, nonce, outs)
		if err != nil {
			b.Fatal(err)
		}
		sig, err := schemas.Sign(digest, member.key)
		if err != nil {
			b.Fatal(err)
		}
		rc, err := client.RegisterOutputs(ctx, ring, outs, [][]byte{sig})
		if err != nil {
			b.Fatal(err)
		}
		return rc.GasUsed
	}
	build := func(ops []Op) cid.Cid {
		b.Helper()
		_, put, _ := newBlockstore(b)
		root, _, err := BuildSnapshot(ctx, ops, benchAt, DefaultRules(), nil, testChain, put)
		if err != nil {
			b.Fatal(err)
		}
		return root
	}
	first, small, large := build(ops[:1+benchProviders]), build(ops[:100*(1+benchProviders)]), build(ops)
	b.ResetTimer()
	var gasSmall, gasLarge uint64
	for range b.N {
		register(first) // the first write of the slot
		gasSmall = register(small)
		gasLarge = register(large)
	}
	b.StopTimer()
	b.ReportMetric(float64(gasSmall), "gas-100")
	b.ReportMetric(float64(gasLarge), "gas-100000")
	b.ReportMetric(float64(gasLarge)/float64(gasSmall), "ratio")
}
