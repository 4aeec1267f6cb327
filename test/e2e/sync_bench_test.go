package e2e

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/kubo/test/cli/harness"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/ipld/go-car/v2/storage"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/commands"
)

// syncBenchSizes are the log lengths BenchmarkSyncLog syncs; the speed
// ratio against `ipfs pin add` is measured at syncBenchRatioSize.
// RINGS_BENCH_SYNC_SIZES (comma-separated) overrides the sizes.
var syncBenchSizes = []int{1000, 10000, 100000}

const syncBenchRatioSize = 10000

// BenchmarkSyncLog measures `ipfs ring sync` of one member's log between
// two daemons over loopback: a source daemon that holds the log (imported
// as a CAR, its head flushed on the shared chain by the member, then
// synced from its own blockstore) and a fresh daemon connected to it. For
// each size it reports the sync's entries per second and the syncing
// daemon's peak resident memory (VmHWM) before and after the sync. At
// syncBenchRatioSize it also times `ipfs pin add` of the same head on
// another fresh daemon connected to the same source, the walk any IPFS
// user would otherwise do, and reports sync's speed as a ratio to it
// (ratio); and it times `ipfs dag import` of the log's CAR from a local
// file on a third fresh daemon, the fastest Kubo stores those blocks with
// nothing to fetch or check, as a floor (import-ratio: above 1, the sync
// was faster than the local import).
//
// Run it with -benchtime 1x.
func BenchmarkSyncLog(b *testing.B) {
	if testing.Short() {
		b.Skip("runs real daemons")
	}
	sizes := syncBenchSizes
	if v := os.Getenv("RINGS_BENCH_SYNC_SIZES"); v != "" {
		sizes = nil
		for _, s := range strings.Split(v, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || n < 1 {
				b.Fatalf("RINGS_BENCH_SYNC_SIZES: %q is not a size", s)
			}
			sizes = append(sizes, n)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	sc := newSharedChain(b)
	h := harness.New(func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	b.Cleanup(h.Cleanup)
	// The source provides only roots: otherwise, after importing each log,
	// it would be announcing every block of it in the background on the
	// same two cores as the measured sync. On a network it has cores of
	// its own.
	source := sc.nodeWith(h, nil, func(n *harness.Node) {
		n.IPFS("config", "Provide.Strategy", "roots")
	})
	c, err := chain.New(ctx, sc.dc.Client(), sc.dc.RelayerKey(), sc.factory)
	if err != nil {
		b.Fatal(err)
	}

	largest := slices.Max(sizes)
	for _, n := range sizes {
		ringAddr, head, car := benchLogOnSource(ctx, b, sc, c, source, n)
		b.Run(fmt.Sprintf("nodes=%d", n), func(b *testing.B) {
			benchSync(ctx, b, sc, h, source, ringAddr, head, car, n, nil)
		})
		if n == largest || n == syncBenchRatioSize {
			// Kubo provides every new block by default ("Provide.Strategy":
			// "all"): its provider queue grows with the blocks added, and
			// works through them on the same cores, whoever adds them.
			// Without it, what is left is the sync's.
			b.Run(fmt.Sprintf("nodes=%d/provide=roots", n), func(b *testing.B) {
				benchSync(ctx, b, sc, h, source, ringAddr, head, car, n, func(n *harness.Node) {
					n.IPFS("config", "Provide.Strategy", "roots")
				})
			})
		}
	}
}

// benchSync syncs the log of n nodes at head in ring from source to a
// fresh daemon b.N times, and at syncBenchRatioSize times `ipfs dag
// import` of the log's CAR and (with Kubo's default providing) `ipfs pin
// add` of the same head, each on another fresh daemon.
func benchSync(ctx context.Context, b *testing.B, sc *sharedChain, h *harness.Harness, source *harness.Node, ringAddr common.Address, head cid.Cid, car string, n int, setup func(*harness.Node)) {
	for range b.N {
		b.StopTimer()
		fresh := sc.nodeWith(h, nil, setup)
		settleDisk()
		before := peakRSS(b, fresh)
		sampled := sampleHeap(ctx, b, fresh)
		var profiled func()
		if dir := os.Getenv("RINGS_BENCH_PROFILE"); dir != "" {
			profiled = benchProfile(b, fresh.APIURL(), dir, fmt.Sprintf("sync-%d", n))
		}
		b.StartTimer()
		start := time.Now()
		res := ipfsJSON[commands.SyncEvent](b, fresh, "ring", "sync", ringAddr.Hex()).Result
		took := time.Since(start)
		b.StopTimer()
		if profiled != nil {
			profiled()
		}
		after := peakRSS(b, fresh)
		b.ReportMetric(float64(sampled())/(1<<20), "heap-peak-MiB")
		if res == nil || len(res.Members) != 1 || res.Members[0].Fetched != uint64(n) || res.Members[0].Error != "" ||
			!strings.HasPrefix(res.Members[0].Source, "peer ") {
			b.Fatalf("sync of %d nodes: %+v", n, res)
		}
		b.ReportMetric(float64(n)/took.Seconds(), "entries/s")
		b.ReportMetric(float64(before)/(1<<20), "rss-before-MiB")
		b.ReportMetric(float64(after)/(1<<20), "rss-peak-MiB")
		b.ReportMetric(took.Seconds(), "sync-s")
		// What a sync costs with nothing to fetch: the command, the chain
		// read, finding the source, the pins.
		start = time.Now()
		ipfsJSON[commands.SyncEvent](b, fresh, "ring", "sync", ringAddr.Hex())
		b.ReportMetric(time.Since(start).Seconds(), "noop-s")
		if n == syncBenchRatioSize {
			// The floor: the same blocks stored by Kubo from a local file,
			// with nothing to fetch or verify.
			importer := sc.nodeWith(h, nil, setup)
			settleDisk()
			start := time.Now()
			importer.IPFS("dag", "import", "--pin-roots=false", "--stats=false", car)
			importTook := time.Since(start)
			b.ReportMetric(importTook.Seconds(), "import-s")
			b.ReportMetric(importTook.Seconds()/took.Seconds(), "import-ratio")
			stop(b, importer)
		}
		if n == syncBenchRatioSize && setup == nil {
			walker := sc.nodeWith(h, nil, setup)
			// Kubo's pin add finds nobody by itself here (no bootstrap
			// peers): the baseline gets the connection the ring sync
			// makes for itself from the ring's contract.
			walker.Connect(source)
			settleDisk()
			start := time.Now()
			walker.IPFS("pin", "add", "--progress=false", head.String())
			pinTook := time.Since(start)
			b.ReportMetric(pinTook.Seconds(), "pinadd-s")
			b.ReportMetric(pinTook.Seconds()/took.Seconds(), "ratio")
			stop(b, walker)
		}
		stop(b, fresh)
		b.StartTimer()
	}
}

// benchLogOnSource puts a member's log of n nodes on the source daemon: a
// new ring whose only member is a key of this process, the log imported as
// a CAR, its head flushed on chain, and the source synced from its own
// blockstore, so that it holds and serves the log as a member's node
// would. It returns the ring, the head and the CAR's path.
func benchLogOnSource(ctx context.Context, b testing.TB, sc *sharedChain, c *chain.Client, source *harness.Node, n int) (common.Address, cid.Cid, string) {
	b.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	member := crypto.PubkeyToAddress(key.PublicKey)
	ringAddr, _, err := c.CreateRing(ctx, member, []common.Address{member})
	if err != nil {
		b.Fatal(err)
	}
	dom := schemas.Domain{ChainID: c.ChainID(), Ring: ringAddr}
	car := filepath.Join(b.TempDir(), "log.car")
	head := writeLogCAR(b, car, dom, key, n)
	source.IPFS("dag", "import", "--pin-roots=false", "--stats=false", car)
	digest, err := schemas.Digest(head)
	if err != nil {
		b.Fatal(err)
	}
	f := schemas.Flush{Ring: ringAddr, Avatar: member, Head: digest, Seq: uint64(n), Nonce: new(big.Int), Deadline: big.NewInt(time.Now().Add(time.Hour).Unix())}
	fd, err := schemas.FlushDigest(dom, f)
	if err != nil {
		b.Fatal(err)
	}
	sig, err := schemas.Sign(fd, key)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := c.Flush(ctx, ringAddr, f, sig); err != nil {
		b.Fatal(err)
	}
	res := ipfsJSON[commands.SyncEvent](b, source, "ring", "sync", ringAddr.Hex()).Result
	if res == nil || len(res.Members) != 1 || res.Members[0].Seq != uint64(n) {
		b.Fatalf("source's own sync: %+v", res)
	}
	publishNode(ctx, b, c, ringAddr, key, source)
	return ringAddr, head, car
}

// publishNode publishes n in ring's contract as the node of the member
// whose key is key, as that member's own node does (ringpeers): the
// member here is the test, which runs no node, and n holds its log.
func publishNode(ctx context.Context, tb testing.TB, c *chain.Client, ring common.Address, key *ecdsa.PrivateKey, n *harness.Node) {
	tb.Helper()
	var raw [][]byte
	for _, a := range n.SwarmAddrsWithoutPeerIDs() {
		raw = append(raw, a.Bytes())
	}
	packed, err := schemas.PackMultiaddrs(raw)
	if err != nil {
		tb.Fatal(err)
	}
	info := schemas.PeerInfo{Member: crypto.PubkeyToAddress(key.PublicKey), PeerID: []byte(n.PeerID()), Multiaddrs: packed, Updated: uint64(time.Now().Unix())}
	sig, err := schemas.SignPeerInfo(schemas.Domain{ChainID: c.ChainID(), Ring: ring}, info, key)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := c.SetPeerInfo(ctx, ring, info, sig); err != nil {
		tb.Fatal(err)
	}
}

// writeLogCAR writes a member's log of n signed nodes (seq 1 to n, each
// with a 300-byte body) to path as a CARv1 rooted at its head.
func writeLogCAR(tb testing.TB, path string, dom schemas.Domain, key *ecdsa.PrivateKey, n int) cid.Cid {
	tb.Helper()
	m := &benchMember{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
	raws := make([][]byte, n)
	cids := make([]cid.Cid, n)
	var prev *cid.Cid
	for i := range n {
		raws[i], cids[i] = m.logNode(tb, dom, uint64(i+1), prev)
		prev = &cids[i]
	}
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	w, err := storage.NewWritable(f, []cid.Cid{cids[n-1]}, carv2.WriteAsCarV1(true))
	if err != nil {
		tb.Fatal(err)
	}
	for i := n - 1; i >= 0; i-- {
		if err := w.Put(context.Background(), cids[i].KeyString(), raws[i]); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Finalize(); err != nil {
		tb.Fatal(err)
	}
	return cids[n-1]
}

// sampleHeap samples the daemon's Go heap in use (memstats.HeapInuse of
// Kubo's /debug/vars, far cheaper than gathering its Prometheus metrics)
// every 50 ms until the returned func is called, which returns the
// largest sample.
// With RINGS_BENCH_PROFILE=dir it also saves a heap profile of the largest
// moment it sampled, as dir/sync-heap-<pid>.pprof.
func sampleHeap(ctx context.Context, tb testing.TB, n *harness.Node) func() uint64 {
	tb.Helper()
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan uint64)
	dir := os.Getenv("RINGS_BENCH_PROFILE")
	go func() {
		var peak uint64
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			if v, err := heapInuse(n.APIURL()); err == nil && v > peak {
				peak = v
				if dir != "" {
					saveHeapProfile(n.APIURL(), filepath.Join(dir, fmt.Sprintf("sync-heap-%d.pprof", n.Daemon.Cmd.Process.Pid)))
				}
			}
			select {
			case <-ctx.Done():
				done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		cancel()
		return <-done
	}
}

func heapInuse(api string) (uint64, error) {
	resp, err := http.Get(api + "/debug/vars")
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var vars struct {
		Memstats struct{ HeapInuse uint64 }
	}
	if err := json.NewDecoder(resp.Body).Decode(&vars); err != nil {
		return 0, err
	}
	if vars.Memstats.HeapInuse == 0 {
		return 0, errors.New("no memstats.HeapInuse in /debug/vars")
	}
	return vars.Memstats.HeapInuse, nil
}

func saveHeapProfile(api, path string) {
	resp, err := http.Get(api + "/debug/pprof/heap")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	if f, err := os.Create(path); err == nil {
		_, _ = io.Copy(f, resp.Body)
		f.Close()
	}
}

// peakRSS is a daemon's peak resident set size so far (VmHWM), in bytes.
func peakRSS(tb testing.TB, n *harness.Node) uint64 {
	tb.Helper()
	if n.Daemon == nil || n.Daemon.Cmd == nil || n.Daemon.Cmd.Process == nil {
		tb.Fatal("the node runs no daemon")
	}
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", n.Daemon.Cmd.Process.Pid))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err != nil {
				tb.Fatal(err)
			}
			return kb << 10
		}
	}
	tb.Fatal("no VmHWM in /proc/PID/status")
	return 0
}
