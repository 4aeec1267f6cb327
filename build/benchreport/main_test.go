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
