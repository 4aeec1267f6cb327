package ring

import (
	"fmt"
	"slices"
	"testing"
)

type lines []string

func (l *lines) Infof(format string, args ...any)  { *l = append(*l, fmt.Sprintf(format, args...)) }
func (l *lines) Errorf(format string, args ...any) { *l = append(*l, fmt.Sprintf(format, args...)) }

// TestRepeatsLogsAFailureOnce: the same failure every round is logged
// once; another failure, or the same one after a success, is logged again;
// keys are apart.
func TestRepeatsLogsAFailureOnce(t *testing.T) {
	var got lines
	r := repeats{}
	for range 3 {
		r.report(&got, "a", "chain unreachable")
	}
	r.report(&got, "b", "chain unreachable")
	r.report(&got, "a", "nonce too low")
	r.clear("a")
	r.report(&got, "a", "nonce too low")
	want := lines{"chain unreachable", "chain unreachable", "nonce too low", "nonce too low"}
	if !slices.Equal(got, want) {
		t.Fatalf("logged %q, want %q", got, want)
	}
}
