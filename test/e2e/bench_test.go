package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/gateway/client"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// The bounded load of BenchmarkFlushToRing: benchWorkers concurrent
// clients, each sending benchPerWorker requests one after the other, per
// side and iteration.
const (
	benchWorkers   = 8
	benchPerWorker = 100
	benchBodySize  = 300 // bytes of random LogNode body
)

// BenchmarkFlushToRing measures a replica's FlushToRing under a bounded
// loopback load against Kubo's own /api/v0/dag/put of equally many,
// equally sized dag-cbor blocks on the same daemon in the same run.
//
// One replica daemon (Replica.RelayWait "0s": it answers "received" once
// it has verified, stored, pinned and recorded a flush; relaying runs in
// the background) replicates a ring of benchWorkers members whose keys live
// in this process. Every log node, flush signature and request body is made
// before the clock starts, so signing is not timed; the replica's
// verification is. Each FlushToRing carries one new log node with the
// member's next nonce. The dag/put side posts a separate set of log nodes
// of the same shape and size (so that neither side finds a block it already
// has) as a multipart file, as `ipfs dag put` does. The order of the two
// sides alternates across iterations; after the flush side the benchmark
// waits, off the clock, until the replica has relayed every flush, and
// reports that wait as relay-lag-ms.
//
// Run it with -benchtime 1x: every call of the function starts a chain and
// a daemon. RINGS_BENCH_PROFILE=dir records the daemon's profiles during
// the first flush side (see benchProfile).
// benchWarmBlocks is how many throwaway blocks warm the repo before timing.
const benchWarmBlocks = 2400

func BenchmarkFlushToRing(b *testing.B) {
	if testing.Short() {
		b.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()

	sc := newSharedChain(b)
	h := harness.New(func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	b.Cleanup(h.Cleanup)
	rep := sc.node(h, map[string]any{
		"Replica": map[string]any{"Avatar": "rep", "RelayWait": "0s"},
		// The default limit (50/s per client address) would measure itself.
		"Gateway": map[string]any{"Address": "/ip4/127.0.0.1/tcp/0", "RateLimit": map[string]any{"Disabled": true}},
	}, "rep")
	url := gatewayURL(b, rep)

	c, err := chain.New(ctx, sc.dc.Client(), sc.dc.RelayerKey(), sc.factory)
	if err != nil {
		b.Fatal(err)
	}
	members, dom := benchReplicatedRing(ctx, b, c, rep, url)
	ringAddr := dom.Ring

	rpcURL := url + "/ring/rpc"
	putURL := rep.APIURL() + "/api/v0/dag/put?input-codec=dag-cbor&store-codec=dag-cbor&pin=false"
	hc := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: benchWorkers, DisableCompression: true},
	}
	defer hc.CloseIdleConnections()

	// Warm the repo: create flatfs's shard directories (1024 of them) with
	// throwaway blocks first, so that neither side pays for creating them
	// and the order of the sides does not matter.
	warm := make([][]benchReq, benchWorkers)
	for w := range warm {
		key, err := crypto.GenerateKey()
		if err != nil {
			b.Fatal(err)
		}
		wm := &benchMember{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), nonce: new(big.Int)}
		warm[w] = wm.putRequests(b, dom, benchWarmBlocks/benchWorkers)
	}
	benchLoad(ctx, b, hc, putURL, warm, checkPut)

	var flushLat, putLat []time.Duration
	var flushTime, putTime, relayLag, flushCPU, putCPU, flushOwn, putOwn time.Duration
	b.ResetTimer()
	for it := 0; it < b.N; it++ {
		b.StopTimer()
		flushJobs, putJobs := make([][]benchReq, benchWorkers), make([][]benchReq, benchWorkers)
		for w, m := range members {
			flushJobs[w] = m.flushRequests(b, dom, benchPerWorker)
			putJobs[w] = m.putRequests(b, dom, benchPerWorker)
		}
		b.StartTimer()

		flush := func() {
			if dir := os.Getenv("RINGS_BENCH_PROFILE"); dir != "" && it == 0 {
				defer benchProfile(b, rep.APIURL(), dir, "flush")()
			}
			settleDisk()
			cpu, own := processCPU(b, rep), processCPU(b, nil)
			lat, d := benchLoad(ctx, b, hc, rpcURL, flushJobs, checkFlush)
			flushLat, flushTime = append(flushLat, lat...), flushTime+d
			b.StopTimer()
			relayLag += waitRelayed(ctx, b, hc, rpcURL, flushJobs)
			// Relaying included: the daemon's and, in this process, the
			// chain's work for it.
			flushCPU += processCPU(b, rep) - cpu
			flushOwn += processCPU(b, nil) - own
			b.StartTimer()
		}
		put := func() {
			settleDisk()
			cpu, own := processCPU(b, rep), processCPU(b, nil)
			lat, d := benchLoad(ctx, b, hc, putURL, putJobs, checkPut)
			putLat, putTime = append(putLat, lat...), putTime+d
			putCPU += processCPU(b, rep) - cpu
			putOwn += processCPU(b, nil) - own
		}
		if it%2 == 0 {
			flush()
			put()
		} else {
			put()
			flush()
		}
	}
	b.StopTimer()

	// The chain holds every member's last flush.
	state, err := c.State(ctx, ringAddr)
	if err != nil {
		b.Fatal(err)
	}
	for _, m := range members {
		if got, ok := state.Member(m.addr); !ok || got.Seq != m.seq || got.Head != m.headDigest {
			b.Fatalf("the chain holds %+v for %s, want seq %d", got, m.addr.Hex(), m.seq)
		}
	}

	flushRate := float64(len(flushLat)) / flushTime.Seconds()
	putRate := float64(len(putLat)) / putTime.Seconds()
	b.ReportMetric(flushRate, "flush-req/s")
	b.ReportMetric(ms(percentile(flushLat, 50)), "flush-p50-ms")
	b.ReportMetric(ms(percentile(flushLat, 99)), "flush-p99-ms")
	b.ReportMetric(putRate, "dagput-req/s")
	b.ReportMetric(ms(percentile(putLat, 50)), "dagput-p50-ms")
	b.ReportMetric(ms(percentile(putLat, 99)), "dagput-p99-ms")
	b.ReportMetric(flushRate/putRate, "ratio")
	b.ReportMetric(ms(flushCPU)/float64(len(flushLat)), "flush-cpu-ms/req")
	b.ReportMetric(ms(putCPU)/float64(len(putLat)), "dagput-cpu-ms/req")
	b.ReportMetric(ms(flushOwn)/float64(len(flushLat)), "flush-bench-cpu-ms/req")
	b.ReportMetric(ms(putOwn)/float64(len(putLat)), "dagput-bench-cpu-ms/req")
	b.ReportMetric(ms(relayLag)/float64(b.N), "relay-lag-ms")
}

// benchReplicatedRing makes the ring the flush benchmarks load:
// benchWorkers members with keys in this process, created by the chain's
// dev account, replicated by rep (at url, avatar "rep") into its replica
// ring.
func benchReplicatedRing(ctx context.Context, b *testing.B, c *chain.Client, rep *harness.Node, url string) ([]*benchMember, schemas.Domain) {
	b.Helper()
	members := make([]*benchMember, benchWorkers)
	addrs := make([]common.Address, benchWorkers)
	for i := range members {
		key, err := crypto.GenerateKey()
		if err != nil {
			b.Fatal(err)
		}
		members[i] = &benchMember{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), nonce: new(big.Int)}
		addrs[i] = members[i].addr
	}
	ringAddr, _, err := c.CreateRing(ctx, addrs[0], addrs)
	if err != nil {
		b.Fatal(err)
	}
	dom := schemas.Domain{ChainID: c.ChainID(), Ring: ringAddr}
	rr := ipfsJSON[ring.Created](b, rep, "ring", "create", "replicas", "--from", "rep", "--members", "rep")
	st := benchReplicate(ctx, b, url, dom, rr.Address, members[0].key)
	if st.Status != "replicating" || st.Ring != ringAddr.Hex() || st.Members != benchWorkers {
		b.Fatalf("replicate: %+v", st)
	}
	return members, dom
}

// benchMember is one ring member: its key and the state of its two chains
// of log nodes, the flushed one and the one for dag/put.
type benchMember struct {
	key        *ecdsa.PrivateKey
	addr       common.Address
	seq        uint64   // last flushed seq
	prev       *cid.Cid // last flushed node
	headDigest [32]byte // its digest, what the chain holds after the relay
	nonce      *big.Int // the next flush's nonce
	putSeq     uint64
	putPrev    *cid.Cid
}

// benchReq is one prepared request and what its answer must name.
type benchReq struct {
	body  []byte
	ctype string
	want  string // the flush id, or the block's CID
}

// logNode returns a new signed log node after prev (seq 1 when nil) with
// a random body, and its block.
func (m *benchMember) logNode(tb testing.TB, dom schemas.Domain, seq uint64, prev *cid.Cid) ([]byte, cid.Cid) {
	tb.Helper()
	body := make([]byte, benchBodySize)
	rand.Read(body)
	n := &schemas.LogNode{
		Ring: dom.Ring.Bytes(), Chain: int64(dom.ChainID), Author: m.addr.Bytes(),
		Seq: int64(seq), Prev: prev, Body: body, Time: time.Now().UnixMilli(),
	}
	if err := schemas.SignLogNode(n, m.key); err != nil {
		tb.Fatal(err)
	}
	raw, err := schemas.EncodeLogNode(n)
	if err != nil {
		tb.Fatal(err)
	}
	blk, err := schemas.Block(raw)
	if err != nil {
		tb.Fatal(err)
	}
	return raw, blk.Cid()
}

// flushRequests continues the member's log by count nodes and returns one
// FlushToRing request per node, in nonce order.
func (m *benchMember) flushRequests(tb testing.TB, dom schemas.Domain, count int) []benchReq {
	tb.Helper()
	deadline := big.NewInt(time.Now().Add(24 * time.Hour).Unix())
	out := make([]benchReq, count)
	for i := range out {
		m.seq++
		raw, c := m.logNode(tb, dom, m.seq, m.prev)
		m.prev = &c
		digest, err := schemas.Digest(c)
		if err != nil {
			tb.Fatal(err)
		}
		m.headDigest = digest
		f := schemas.Flush{Ring: dom.Ring, Avatar: m.addr, Head: digest, Seq: m.seq, Nonce: new(big.Int).Set(m.nonce), Deadline: deadline}
		m.nonce.Add(m.nonce, big.NewInt(1))
		fd, err := schemas.FlushDigest(dom, f)
		if err != nil {
			tb.Fatal(err)
		}
		sig, err := schemas.Sign(fd, m.key)
		if err != nil {
			tb.Fatal(err)
		}
		body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": i + 1, "method": "FlushToRing", "params": &gateway.FlushToRingParams{
			Avatar: m.addr.Hex(), Ring: dom.Ring.Hex(),
			Mtx: gateway.Mtx{Ring: dom.Ring.Hex(), Avatar: m.addr.Hex(), Head: hexutil.Encode(digest[:]),
				Seq: json.Number(fmt.Sprint(f.Seq)), Nonce: json.Number(f.Nonce.String()), Deadline: json.Number(deadline.String())},
			MtxSig: hexutil.Encode(sig), LogNodes: []string{base64.StdEncoding.EncodeToString(raw)},
		}})
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = benchReq{body: body, ctype: "application/json", want: hexutil.Encode(fd[:])}
	}
	return out
}

// putRequests makes count more nodes of the member's second chain, which
// is never flushed, each as the multipart body of a dag/put.
func (m *benchMember) putRequests(tb testing.TB, dom schemas.Domain, count int) []benchReq {
	tb.Helper()
	out := make([]benchReq, count)
	for i := range out {
		m.putSeq++
		raw, c := m.logNode(tb, dom, m.putSeq, m.putPrev)
		m.putPrev = &c
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		hdr := textproto.MIMEHeader{}
		hdr.Set("Content-Disposition", `form-data; name="file"; filename=""`)
		hdr.Set("Content-Type", "application/octet-stream")
		part, err := mw.CreatePart(hdr)
		if err == nil {
			_, err = part.Write(raw)
		}
		if err == nil {
			err = mw.Close()
		}
		if err != nil {
			tb.Fatal(err)
		}
		out[i] = benchReq{body: buf.Bytes(), ctype: mw.FormDataContentType(), want: c.String()}
	}
	return out
}

// benchLoad runs one side: a worker per job list, each sending its
// requests one after the other. It returns every request's latency and the
// wall time from the first request to the last answer, and fails the
// benchmark on any error or unexpected answer.
func benchLoad(ctx context.Context, tb testing.TB, hc *http.Client, url string, jobs [][]benchReq, check func(body []byte, want string) error) ([]time.Duration, time.Duration) {
	tb.Helper()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	lats := make([][]time.Duration, len(jobs))
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	start := time.Now()
	for w, reqs := range jobs {
		wg.Go(func() {
			for i, r := range reqs {
				t0 := time.Now()
				body, err := benchPost(ctx, hc, url, r)
				if err == nil {
					err = check(body, r.want)
				}
				if err != nil {
					if ctx.Err() == nil { // not a worker stopped by another's failure
						errs[w] = fmt.Errorf("worker %d, request %d: %w", w, i, err)
					}
					cancel()
					return
				}
				lats[w] = append(lats[w], time.Since(t0))
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	if err := errors.Join(errs...); err != nil {
		tb.Fatal(err)
	}
	all := slices.Concat(lats...)
	if want := len(jobs) * len(jobs[0]); len(all) != want {
		tb.Fatalf("%d of %d requests answered: %v", len(all), want, context.Cause(ctx))
	}
	return all, elapsed
}

func benchPost(ctx context.Context, hc *http.Client, url string, r benchReq) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(r.body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", r.ctype)
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", resp.Status, body)
	}
	return body, nil
}

// checkFlush accepts a JSON-RPC answer that the flush want was received or
// relayed with its one log node stored.
func checkFlush(body []byte, want string) error {
	var resp struct {
		Result *gateway.FlushStatus `json:"result"`
		Error  json.RawMessage      `json:"error"`
	}
	if err := json.Unmarshal(body, &resp); err != nil {
		return fmt.Errorf("decoding %q: %w", body, err)
	}
	st := resp.Result
	if resp.Error != nil || st == nil {
		return fmt.Errorf("FlushToRing: %s", body)
	}
	if (st.Status != "received" && st.Status != "relayed") || st.ID != want || st.Stored != 1 {
		return fmt.Errorf("FlushToRing answered %+v for flush %s", st, want)
	}
	return nil
}

// checkPut accepts dag/put's answer naming the CID want.
func checkPut(body []byte, want string) error {
	var out struct {
		Cid struct {
			Link string `json:"/"`
		} `json:"Cid"`
	}
	if err := json.Unmarshal(body, &out); err != nil {
		return fmt.Errorf("decoding %q: %w", body, err)
	}
	if out.Cid.Link != want {
		return fmt.Errorf("dag/put stored %s, want %s", out.Cid.Link, want)
	}
	return nil
}

// waitRelayed polls FlushStatus for each worker's last flush until all
// are relayed and returns how long that took (to within the 20 ms
// polling interval).
func waitRelayed(ctx context.Context, tb testing.TB, hc *http.Client, rpcURL string, jobs [][]benchReq) time.Duration {
	tb.Helper()
	start := time.Now()
	deadline := start.Add(2 * time.Minute)
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for _, reqs := range jobs {
		id := reqs[len(reqs)-1].want
		body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "FlushStatus", "params": map[string]string{"id": id}})
		for {
			raw, err := benchPost(ctx, hc, rpcURL, benchReq{body: body, ctype: "application/json"})
			if err != nil {
				tb.Fatal(err)
			}
			var resp struct {
				Result gateway.FlushStatus `json:"result"`
			}
			if err := json.Unmarshal(raw, &resp); err != nil {
				tb.Fatalf("FlushStatus: %s", raw)
			}
			if resp.Result.Status == "relayed" {
				break
			}
			if resp.Result.Status != "received" || time.Now().After(deadline) {
				tb.Fatalf("flush %s: %s", id, raw)
			}
			<-tick.C
		}
	}
	return time.Since(start)
}

// benchProfile records the daemon's CPU profile, execution trace, mutex
// and block profiles while the measured work runs, into dir as
// name.cpu.pprof, name.trace, name.mutex.pprof and name.block.pprof (set
// RINGS_BENCH_PROFILE=dir; RINGS_BENCH_PROFILE_SECONDS, default 5, should
// not exceed the work's duration). The trace shows where the time off the
// CPU goes: `go tool trace -pprof=syscall|sync|net|sched name.trace`.
// The returned func waits for the recordings.
func benchProfile(tb testing.TB, api, dir, name string) func() {
	tb.Helper()
	secs := os.Getenv("RINGS_BENCH_PROFILE_SECONDS")
	if secs == "" {
		secs = "5"
	}
	hc := &http.Client{Timeout: 2 * time.Minute}
	get := func(path, file string) error {
		resp, err := hc.Get(api + path)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("GET %s: %s", path, resp.Status)
		}
		f, err := os.Create(filepath.Join(dir, file))
		if err != nil {
			return err
		}
		_, err = io.Copy(f, resp.Body)
		return errors.Join(err, f.Close())
	}
	for _, p := range []string{"/debug/pprof-mutex/?fraction=5", "/debug/pprof-block/?rate=100000"} {
		resp, err := hc.Post(api+p, "", nil)
		if err != nil {
			tb.Fatal(err)
		}
		resp.Body.Close()
	}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	wg.Go(func() { errs[0] = get("/debug/pprof/profile?seconds="+secs, name+".cpu.pprof") })
	wg.Go(func() { errs[1] = get("/debug/pprof/trace?seconds="+secs, name+".trace") })
	return func() {
		wg.Wait()
		errs = append(errs, get("/debug/pprof/mutex", name+".mutex.pprof"), get("/debug/pprof/block", name+".block.pprof"))
		if err := errors.Join(errs...); err != nil {
			tb.Fatal(err)
		}
	}
}

// processCPU is the CPU time (user and system) used so far by the node's
// daemon, or with n nil by this process (the clients and the chain), from
// /proc/PID/stat, in clock ticks of 10 ms (Linux's USER_HZ).
func processCPU(tb testing.TB, n *harness.Node) time.Duration {
	tb.Helper()
	path := "/proc/self/stat"
	if n != nil {
		if n.Daemon == nil || n.Daemon.Cmd == nil || n.Daemon.Cmd.Process == nil {
			tb.Fatal("the node runs no daemon")
		}
		path = fmt.Sprintf("/proc/%d/stat", n.Daemon.Cmd.Process.Pid)
	}
	stat, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	// The fields after the command's (last) closing parenthesis: state is
	// the first, utime the 12th, stime the 13th.
	i := strings.LastIndexByte(string(stat), ')')
	f := strings.Fields(string(stat)[i+1:])
	if i < 0 || len(f) < 13 {
		tb.Fatalf("unexpected %s: %q", path, stat)
	}
	var ticks uint64
	for _, v := range f[11:13] {
		t, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			tb.Fatal(err)
		}
		ticks += t
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}

// settleDisk writes back what the steps before left dirty (repos made or
// removed, blocks stored, a relay's records), before a timed step, so that
// the step does not pay for its predecessors: on these machines a file
// costs three to ten times more to create while the filesystem is still
// writing back earlier work. Every side of every benchmark here gets it.
func settleDisk() { syscall.Sync() }

// percentile is the nearest-rank p-th percentile of ds.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := int(math.Ceil(p/100*float64(len(s)))) - 1
	return s[max(i, 0)]
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// benchReplicate asks the replica at url to replicate the ring of dom into
// replicaRing, with a random replica key, signed by key (a member).
func benchReplicate(ctx context.Context, tb testing.TB, url string, dom schemas.Domain, replicaRing common.Address, key *ecdsa.PrivateKey) *gateway.ReplicateStatus {
	tb.Helper()
	var replicaKey [32]byte
	rand.Read(replicaKey[:])
	keyHash := crypto.Keccak256Hash(replicaKey[:])
	req := schemas.ReplicateRing{Ring: dom.Ring, ReplicaRing: replicaRing, ReplicaKeyHash: keyHash,
		Deadline: big.NewInt(time.Now().Add(time.Hour).Unix())}
	digest, err := schemas.ReplicateRingDigest(dom, req)
	if err != nil {
		tb.Fatal(err)
	}
	sig, err := schemas.Sign(digest, key)
	if err != nil {
		tb.Fatal(err)
	}
	cl, err := client.New(url)
	if err != nil {
		tb.Fatal(err)
	}
	st, err := cl.ReplicateRing(ctx, &gateway.ReplicateRingParams{
		Ring: dom.Ring.Hex(), ReplicaRing: replicaRing.Hex(), ReplicaKey: hexutil.Encode(replicaKey[:]),
		Mtx: gateway.ReplicateMtx{Ring: dom.Ring.Hex(), ReplicaRing: replicaRing.Hex(), ReplicaKeyHash: keyHash.Hex(),
			Deadline: json.Number(req.Deadline.String())},
		MtxSig: hexutil.Encode(sig),
	})
	if err != nil {
		tb.Fatal(err)
	}
	return st
}
