// Command benchreport reads `go test -bench` output on stdin and prints the
// figures `make bench` promises: each speed as a ratio against a baseline
// measured in the same run (medians over -count runs), and the gas table.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

// result is every value of one metric of one benchmark, over its runs.
type result map[string][]float64

func parse(r io.Reader) (map[string]result, []string, error) {
	out := map[string]result{}
	var order []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		if i := strings.LastIndex(name, "-"); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i] // drop the GOMAXPROCS suffix
			}
		}
		if out[name] == nil {
			out[name] = result{}
			order = append(order, name)
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			out[name][f[i+1]] = append(out[name][f[i+1]], v)
		}
	}
	return out, order, sc.Err()
}

func median(vs []float64) float64 {
	if len(vs) == 0 {
		return 0
	}
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

type ratio struct {
	group, what, ours, base string
	aim                     float64
}

func main() {
	groups := flag.String("groups", "append verify gas flush sync", "the `make bench` groups that ran (BENCH): their sections are printed, and a missing figure of one fails")
	flag.Parse()
	res, order, err := parse(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ran := strings.Fields(*groups)
	failed := false
	if contains(ran, "append") || contains(ran, "verify") || contains(ran, "challenge") {
		if !speed(res, ran) {
			failed = true
		}
	}
	if contains(ran, "flush") && !replicaLoad(res["BenchmarkFlushToRing"]) {
		failed = true
	}
	if contains(ran, "sync") && !syncLoad(res, order) {
		failed = true
	}
	if contains(ran, "gas") && !gasTable(res, order) {
		failed = true
	}
	if contains(ran, "browser") && !browserLoad(res) {
		failed = true
	}
	if contains(ran, "registry") && !registrySnapshot(res["BenchmarkSnapshot"]) {
		failed = true
	}
	if contains(ran, "registry") && !registryLoad(res) {
		failed = true
	}
	if failed {
		os.Exit(1)
	}
}

// speed prints the ratios of the append and verify groups that ran. It
// reports false if a figure is missing.
func speed(res map[string]result, ran []string) bool {
	ratios := []ratio{
		{"append", "append (seal, sign, store, head, pin) vs plain blockstore put of same-size blocks", "BenchmarkAppend/op=append", "BenchmarkAppend/op=put", 0.5},
		{"verify", "LogNode verification (EIP-712 digest + recover + checks) vs bare crypto.Ecrecover", "BenchmarkVerifyLogNode", "BenchmarkEcrecover", 0.8},
		{"challenge", "an attester's check of a challenged log span, streamed (ringlog.VerifySpan) vs `ring verify` of the same 2,000 stored nodes (Store.Verify)", "BenchmarkVerifySpan/op=span", "BenchmarkVerifySpan/op=verify", 0.9},
	}
	fmt.Println("## Speed, as ratios to a baseline measured in the same run (medians)")
	fmt.Println()
	fmt.Println("| measure | ours ns/op | baseline ns/op | ratio (ops/s) | aim |")
	fmt.Println("|---|---:|---:|---:|---:|")
	ok := true
	for _, r := range ratios {
		if !contains(ran, r.group) {
			continue
		}
		ours, base := median(res[r.ours]["ns/op"]), median(res[r.base]["ns/op"])
		if ours == 0 || base == 0 {
			fmt.Printf("| %s | missing | missing | - | %.1f× |\n", r.what, r.aim)
			ok = false
			continue
		}
		x := base / ours
		fmt.Printf("| %s | %.0f | %.0f | %.2f×%s | ≥ %.1f× |\n", r.what, ours, base, x, belowAim(x < r.aim), r.aim)
	}
	if v := median(res["BenchmarkVerifyLog"]["ns/node"]); v > 0 {
		fmt.Printf("\nWhole-log verification from the blockstore (read, decode, verify): %.0f ns per node, %.0f nodes/s.\n", v, 1e9/v)
	}
	if contains(ran, "challenge") {
		a := res["BenchmarkChallengeAnswer"]
		blocks, bytes, ms := median(a["blocks/op"]), median(a["bytes/op"]), median(a["ms/op"])
		if blocks == 0 || ms == 0 {
			fmt.Println("\nAnswering a storage challenge 10,000 nodes below the head: missing")
			return false
		}
		fmt.Printf("\nAnswering a storage challenge 10,000 nodes below the head over libp2p on loopback (stream, verify every block, countersigned receipt): %.0f blocks, %.2f MB streamed, %.0f ms (%.0f nodes/s).\n",
			blocks, bytes/1e6, ms, blocks/(ms/1e3))
	}
	return ok
}

// gasTable prints the gas of every BenchmarkGas call under each rule set.
// It reports false if there is none.
func gasTable(res map[string]result, order []string) bool {
	fmt.Println()
	fmt.Println("## Gas per state-changing call (receipt gasUsed)")
	fmt.Println()
	var rules []string
	calls := map[string]map[string]float64{}
	var callOrder []string
	for _, name := range order {
		rest, ok := strings.CutPrefix(name, "BenchmarkGas/")
		if !ok {
			continue
		}
		rule, call, ok := strings.Cut(rest, "/")
		if !ok {
			continue
		}
		if calls[call] == nil {
			calls[call] = map[string]float64{}
			callOrder = append(callOrder, call)
		}
		if !contains(rules, rule) {
			rules = append(rules, rule)
		}
		calls[call][rule] = median(res[name]["gas/op"])
	}
	if len(callOrder) == 0 {
		fmt.Println("missing")
		return false
	}
	fmt.Printf("| call | %s |\n|---|%s\n", strings.Join(rules, " | "), strings.Repeat("---:|", len(rules)))
	for _, c := range callOrder {
		row := make([]string, len(rules))
		for i, r := range rules {
			row[i] = strconv.FormatFloat(calls[c][r], 'f', 0, 64)
		}
		fmt.Printf("| %s | %s |\n", c, strings.Join(row, " | "))
	}
	batchTable(res, rules, callOrder)
	return true
}

// batchTable prints the gas per flush of the batched calls (those reporting
// gas/flush), if any.
func batchTable(res map[string]result, rules, callOrder []string) {
	var batched []string
	for _, c := range callOrder {
		for _, r := range rules {
			if len(res["BenchmarkGas/"+r+"/"+c]["gas/flush"]) > 0 {
				batched = append(batched, c)
				break
			}
		}
	}
	if len(batched) == 0 {
		return
	}
	fmt.Println()
	fmt.Printf("| batched call, per flush | %s |\n|---|%s\n", strings.Join(rules, " | "), strings.Repeat("---:|", len(rules)))
	for _, c := range batched {
		row := make([]string, len(rules))
		for i, r := range rules {
			row[i] = strconv.FormatFloat(median(res["BenchmarkGas/"+r+"/"+c]["gas/flush"]), 'f', 0, 64)
		}
		fmt.Printf("| %s | %s |\n", c, strings.Join(row, " | "))
	}
}

// snapshotAim is the most blocks a registry lookup may read at 100,000
// resources.
const snapshotAim = 4

// registrySnapshot prints BenchmarkSnapshot's figures: the registry
// snapshot of 100,000 resources with 4 providers each. It reports false if
// the benchmark's line is missing.
func registrySnapshot(r result) bool {
	fmt.Println()
	fmt.Println("## Registry snapshot, 100,000 resources × 4 providers")
	fmt.Println()
	if len(r["blocks/lookup"]) == 0 {
		fmt.Println("missing")
		return false
	}
	mark := "met"
	if median(r["max-blocks/lookup"]) > snapshotAim {
		mark = "below aim"
	}
	fmt.Println("| blocks per lookup (mean / max) | aim | bytes per lookup | lookup, all signatures verified | build s | blocks | total MB | build peak heap |")
	fmt.Println("|---:|---:|---:|---:|---:|---:|---:|---:|")
	fmt.Printf("| %.2f / %.0f (%s) | ≤ %d | %.0f | %.0f µs | %.1f | %.0f | %.0f | %.0f MiB (%.0f before) |\n",
		median(r["blocks/lookup"]), median(r["max-blocks/lookup"]), mark, snapshotAim, median(r["bytes/lookup"]),
		median(r["µs/lookup"]), median(r["ns/op"])/1e9, median(r["blocks"]), median(r["total-bytes"])/1e6,
		median(r["peak-heap-MiB"]), median(r["heap-before-MiB"]))
	fmt.Println("\nThe baseline of a lookup is the whole set as one flat list: every lookup reads `total MB`.")
	return true
}

// The registry's aims: RegisterProvider throughput against FlushToRing
// on the same node, propagation between two registry nodes, and gas per
// anchor at 100,000 records against 100.
const (
	registerAim    = 1.0
	propagationAim = 1000.0 // ms, p50
	anchorGasAim   = 1.0
)

// registryLoad prints the registry's service figures: BenchmarkRegisterProvider,
// BenchmarkRegistryPropagation and BenchmarkAnchorGas. It reports false if
// one is missing.
func registryLoad(res map[string]result) bool {
	ratioTable("## Registry service (medians)")
	ok := true
	reg := res["BenchmarkRegisterProvider"]
	if r, f := median(reg["register-req/s"]), median(reg["flush-req/s"]); r > 0 && f > 0 {
		fmt.Printf("| RegisterProvider (verify, append, apply; a new record each) vs FlushToRing on the same node, req/s | %.0f | %.0f | %.2f×%s | ≥ %.1f× |\n",
			r, f, r/f, belowAim(r/f < registerAim), registerAim)
	} else {
		fmt.Println("| RegisterProvider vs FlushToRing | missing | missing | - | - |")
		ok = false
	}
	prop := res["BenchmarkRegistryPropagation"]
	if p50 := median(prop["propagation-p50-ms"]); p50 > 0 {
		fmt.Printf("| record propagation between two registry nodes, p50 / p95 ms | %.1f / %.1f | - | - | p50 ≤ %.0f ms%s |\n",
			p50, median(prop["propagation-p95-ms"]), propagationAim, belowAim(p50 > propagationAim))
	} else {
		fmt.Println("| record propagation | missing | - | - | - |")
		ok = false
	}
	gas := res["BenchmarkAnchorGas"]
	if small, large := median(gas["gas-100"]), median(gas["gas-100000"]); small > 0 && large > 0 {
		fmt.Printf("| gas of one anchor (registerOutputs of output 0) at 100,000 records vs 100 | %.0f | %.0f | %.4f× | %.1f×%s |\n",
			large, small, large/small, anchorGasAim, belowAim(large/small > anchorGasAim*1.01))
	} else {
		fmt.Println("| gas per anchor | missing | missing | - | - |")
		ok = false
	}
	return ok
}

// flushAim is the least FlushToRing throughput, as a share of Kubo's own
// dag/put of as many blocks in the same run, that `make bench` aims for.
const flushAim = 0.5

// replicaLoad prints BenchmarkFlushToRing's figures: a replica's
// FlushToRing against Kubo's /api/v0/dag/put under the same bounded
// loopback load. It reports false if the benchmark's line is missing.
func replicaLoad(r result) bool {
	fmt.Println()
	fmt.Println("## Replica under a bounded loopback load (medians)")
	fmt.Println()
	fmt.Println("| measure | ours req/s | baseline req/s | ratio | aim |")
	fmt.Println("|---|---:|---:|---:|---:|")
	const what = "FlushToRing (verify, store, pin, record; 1 new log node each) vs Kubo `dag/put` of same-size blocks"
	flush, put := median(r["flush-req/s"]), median(r["dagput-req/s"])
	if flush == 0 || put == 0 {
		fmt.Printf("| %s | missing | missing | - | ≥ %.1f× |\n", what, flushAim)
		return false
	}
	x := flush / put
	fmt.Printf("| %s | %.0f | %.0f | %.2f×%s | ≥ %.1f× |\n", what, flush, put, x, belowAim(x < flushAim), flushAim)
	fmt.Printf("\nLatency p50 / p99: FlushToRing %.1f / %.1f ms, dag/put %.1f / %.1f ms.",
		median(r["flush-p50-ms"]), median(r["flush-p99-ms"]), median(r["dagput-p50-ms"]), median(r["dagput-p99-ms"]))
	if lag, ok := r["relay-lag-ms"]; ok {
		fmt.Printf(" Relay lag after the last flush: %.0f ms.", median(lag))
	}
	fmt.Println()
	if _, ok := r["flush-cpu-ms/req"]; ok {
		fmt.Printf("\nCPU per request: the daemon %.2f ms for FlushToRing (relaying included), %.2f ms for dag/put; "+
			"the benchmark's process (clients, and the chain the relay sends to) %.2f and %.2f ms.\n",
			median(r["flush-cpu-ms/req"]), median(r["dagput-cpu-ms/req"]), median(r["flush-bench-cpu-ms/req"]), median(r["dagput-bench-cpu-ms/req"]))
	}
	return true
}

// The aims of a sync of syncAimSize nodes between two daemons.
const (
	syncAimSize     = 10000
	syncAimRate     = 5000 // entries/s
	syncAimVsPinAdd = 5.0  // times faster than `ipfs pin add` of the head
)

// syncLoad prints BenchmarkSyncLog's figures, one row per log length. It
// reports false if no size ran.
func syncLoad(res map[string]result, order []string) bool {
	fmt.Println()
	fmt.Println("## Sync of one member's log between two daemons over loopback (medians)")
	fmt.Println()
	fmt.Println("| log nodes | ring sync entries/s | ring sync s | `ipfs pin add` s | speed vs pin add | local `dag import` s | speed vs local import | daemon Go heap peak | daemon peak RSS before → after |")
	fmt.Println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	rows := 0
	var rate, ratio float64
	for _, name := range order {
		size, ok := strings.CutPrefix(name, "BenchmarkSyncLog/nodes=")
		if !ok {
			continue
		}
		r := res[name]
		rows++
		pin, x := "-", "-"
		if v := median(r["pinadd-s"]); v > 0 {
			pin, x = fmt.Sprintf("%.2f", v), fmt.Sprintf("%.1f×", median(r["ratio"]))
		}
		imp, ix := "-", "-"
		if v := median(r["import-s"]); v > 0 {
			imp, ix = fmt.Sprintf("%.2f", v), fmt.Sprintf("%.2f×", median(r["import-ratio"]))
		}
		fmt.Printf("| %s | %.0f | %.2f | %s | %s | %s | %s | %.0f MiB | %.0f → %.0f MiB |\n", size, median(r["entries/s"]), median(r["sync-s"]), pin, x, imp, ix,
			median(r["heap-peak-MiB"]), median(r["rss-before-MiB"]), median(r["rss-peak-MiB"]))
		if size == strconv.Itoa(syncAimSize) {
			rate, ratio = median(r["entries/s"]), median(r["ratio"])
		}
	}
	if rows == 0 {
		fmt.Println("| missing | | | | | | | | |")
		return false
	}
	mark := func(ok bool) string {
		if ok {
			return "met"
		}
		return "below aim"
	}
	fmt.Printf("\nAims at %d nodes: at least %d entries/s (%s), at least %.0f× faster than `ipfs pin add` (%s).\n",
		syncAimSize, syncAimRate, mark(rate >= syncAimRate), syncAimVsPinAdd, mark(ratio >= syncAimVsPinAdd))
	return true
}

// The browser's aims: a chat message shown in the other browser within a
// second (p50, loopback), the library's LogNode verification in Chromium
// at least 0.3× the Go verifier's, and the library bundle at most 150 KB
// gzipped.
const (
	browserLatencyAim = 1000.0 // ms, p50
	browserVerifyAim  = 0.3
	browserBundleAim  = 150 * 1024
)

// browserLoad prints the browser group's figures (test/browser):
// BenchmarkBrowserChatLatency, BenchmarkBrowserVerify and
// BenchmarkBrowserBundle. It reports false if one is missing.
func browserLoad(res map[string]result) bool {
	ratioTable("## The chat page in Chromium (medians)")
	ok := true
	lat := res["BenchmarkBrowserChatLatency"]
	if p50 := median(lat["p50-ms"]); p50 > 0 {
		fmt.Printf("| chat message from send in one browser to shown in the other (two daemons, 50 messages), p50 / p95 ms | %.0f / %.0f | - | - | p50 ≤ %.0f ms%s |\n",
			p50, median(lat["p95-ms"]), browserLatencyAim, belowAim(p50 > browserLatencyAim))
	} else {
		fmt.Println("| chat message latency | missing | - | - | - |")
		ok = false
	}
	ver := res["BenchmarkBrowserVerify"]
	if js, gov := median(ver["js-nodes/s"]), median(ver["go-nodes/s"]); js > 0 && gov > 0 {
		fmt.Printf("| LogNode decode + verify: web/dist/rings.js in Chromium vs Go (schemas) in the same run, nodes/s | %.0f | %.0f | %.2f×%s | ≥ %.1f× |\n",
			js, gov, js/gov, belowAim(js/gov < browserVerifyAim), browserVerifyAim)
	} else {
		fmt.Println("| LogNode verification in Chromium vs Go | missing | missing | - | - |")
		ok = false
	}
	bundle := res["BenchmarkBrowserBundle"]
	if lib := median(bundle["lib-gzip-bytes"]); lib > 0 {
		fmt.Printf("| web/dist/rings.js gzipped (level 9), KB | %.1f | - | - | ≤ %d KB%s |\n", lib/1024, browserBundleAim/1024, belowAim(lib > browserBundleAim))
		fmt.Printf("| the chat page, web/dist/app (all files) gzipped, KB | %.1f | - | - | - |\n", median(bundle["app-gzip-bytes"])/1024)
	} else {
		fmt.Println("| bundle size | missing | - | - | - |")
		ok = false
	}
	if r := median(ver["js-recover-µs/node"]); r > 0 {
		fmt.Printf("\nWhere Chromium's time goes, per node: decode %.0f µs, EIP-712 digest %.0f µs, signature recovery %.0f µs.",
			median(ver["js-decode-µs/node"]), median(ver["js-digest-µs/node"]), r)
	}
	if a, b := median(lat["member-to-replica-p50-ms"]), median(lat["replica-to-member-p50-ms"]); a > 0 && b > 0 {
		fmt.Printf(" Chat latency p50 by direction: member node to replica %.0f ms, replica to member node %.0f ms.", a, b)
	}
	fmt.Println()
	return ok
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// ratioTable prints a section title and the head of a table of figures
// against their baselines and aims.
func ratioTable(title string) {
	fmt.Println()
	fmt.Println(title)
	fmt.Println()
	fmt.Println("| measure | ours | baseline | ratio | aim |")
	fmt.Println("|---|---:|---:|---:|---:|")
}

// belowAim marks a figure that misses its aim.
func belowAim(below bool) string {
	if below {
		return " (below aim)"
	}
	return ""
}
