package main

import (
	"strings"
	"testing"
)

func TestParseTakesMediansPerMetric(t *testing.T) {
	in := `goos: linux
BenchmarkAppend/op=append-2   	 100	 2000 ns/op	 329.0 bytes/node
BenchmarkAppend/op=append-2   	 100	 4000 ns/op	 329.0 bytes/node
BenchmarkAppend/op=append-2   	 100	 3000 ns/op	 329.0 bytes/node
BenchmarkGas/osaka/flush/steady-2 	 1	 5000 ns/op	 50941 gas/op
PASS`
	res, order, err := parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if got := median(res["BenchmarkAppend/op=append"]["ns/op"]); got != 3000 {
		t.Errorf("median ns/op = %v, want 3000", got)
	}
	if got := median(res["BenchmarkGas/osaka/flush/steady"]["gas/op"]); got != 50941 {
		t.Errorf("gas = %v", got)
	}
	if len(order) != 2 {
		t.Errorf("order = %v", order)
	}
}

func TestSyncLoadReportsTheAims(t *testing.T) {
	in := `BenchmarkSyncLog/nodes=1000-2   1  1 ns/op  3000 entries/s  100 rss-before-MiB  120 rss-peak-MiB  0.33 sync-s
BenchmarkSyncLog/nodes=10000-2  1  1 ns/op  6000 entries/s  7.5 pinadd-s  4.5 ratio  100 rss-before-MiB  125 rss-peak-MiB  1.67 sync-s
`
	res, order, err := parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if !syncLoad(res, order) {
		t.Fatal("syncLoad found no rows")
	}
	if syncLoad(map[string]result{}, nil) {
		t.Fatal("syncLoad reported rows for an empty run")
	}
}

func TestRegistrySnapshotReportsTheAim(t *testing.T) {
	in := `BenchmarkSnapshot-2  1  43700000000 ns/op  4.0 blocks/lookup  4 max-blocks/lookup  28800 bytes/lookup  127000000 total-bytes  51391 blocks  905 peak-heap-MiB  194 heap-before-MiB  2300 µs/lookup
`
	res, _, err := parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if !registrySnapshot(res["BenchmarkSnapshot"]) {
		t.Fatal("registrySnapshot found no figures")
	}
	if registrySnapshot(res["BenchmarkOther"]) {
		t.Fatal("registrySnapshot reported figures of a benchmark that did not run")
	}
	if gasTable(res, nil) {
		t.Fatal("gasTable reported a table with no gas benchmarks")
	}
}

func TestRegistryLoadNeedsEveryFigure(t *testing.T) {
	in := `BenchmarkRegisterProvider-2  1  1 ns/op  700 flush-req/s  800 register-req/s  1.14 ratio
BenchmarkRegistryPropagation-2  1  1 ns/op  12.7 propagation-p50-ms  14.4 propagation-p95-ms
BenchmarkAnchorGas-2  1  1 ns/op  61666 gas-100  61646 gas-100000  0.9997 ratio
`
	res, _, err := parse(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if !registryLoad(res) {
		t.Fatal("registryLoad found a figure missing")
	}
	delete(res, "BenchmarkRegistryPropagation")
	if registryLoad(res) {
		t.Fatal("registryLoad reported a run without the propagation figures")
	}
}
