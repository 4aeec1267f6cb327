package challenge

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// TestStateJSON: every state is written by name and read back (the CLI
// decodes the daemon's JSON to print it), an unknown name is an error.
func TestStateJSON(t *testing.T) {
	t.Parallel()
	for st := chain.ChallengePending; st <= chain.ChallengeTimedOut; st++ {
		in := Status{ID: 7, State: State(st)}
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), `"state":"`+st.String()+`"`) {
			t.Fatalf("%v written as %s", st, b)
		}
		var out Status
		if err := json.Unmarshal(b, &out); err != nil || out.State != in.State || out.ID != 7 {
			t.Fatalf("%v read back as %+v (%v)", st, out, err)
		}
		if want := st == chain.ChallengePending || st == chain.ChallengeActive; in.State.Open() != want {
			t.Fatalf("%v open: %v", st, !want)
		}
	}
	var s State
	if err := json.Unmarshal([]byte(`"lost"`), &s); err == nil {
		t.Fatal(`"lost" read as a state`)
	}
}

func TestCheckGateway(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct {
		url  string
		want string // "" ok
	}{
		"http":         {"http://127.0.0.1:8090", ""},
		"https path":   {"https://ring.example.org/base", ""},
		"at the limit": {"https://x.org/" + strings.Repeat("a", maxGatewayURL-len("https://x.org/")), ""},
		"empty":        {"", "--gateway is required"},
		"no scheme":    {"ring.example.org", "must be an http:// or https:// URL"},
		"ftp":          {"ftp://example.org", "must be an http:// or https:// URL"},
		"no host":      {"http://", "must be an http:// or https:// URL"},
		"too long":     {"https://x.org/" + strings.Repeat("a", maxGatewayURL), "above the contract's 256"},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			err := checkGateway(tc.url)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ring.ErrBadArgument) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("%q: %v, want ErrBadArgument with %q", tc.url, err, tc.want)
			}
		})
	}
}
