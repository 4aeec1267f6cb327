package browser

import (
	"encoding/json"
	"math/big"
	"testing"
	"time"
)

// poll calls cond every 100 ms until it holds; after within it fails with
// what and what cond said last.
func poll(t testing.TB, within time.Duration, what string, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(within)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		ok, last := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %v; last: %s", what, within, last)
		}
		<-tick.C
	}
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

func bigInt(v int64) *big.Int { return big.NewInt(v) }
