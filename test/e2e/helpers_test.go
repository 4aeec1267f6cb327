package e2e

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/kubo/config"
	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/test/internal/daemon"
)

// newNode makes an initialised node of a fresh harness, with the ring
// plugin configured by ringCfg (nil: defaults, the embedded chain).
func newNode(t *testing.T, ringCfg map[string]any) (*harness.Harness, *harness.Node) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	n := h.NewNode().Init("--profile=test")
	configure(n, ringCfg)
	return h, n
}

// configure sets the ring plugin's config (a JSON-like map; nil: defaults)
// and puts the ring gateway on a free loopback port.
func configure(n *harness.Node, ringCfg map[string]any) {
	if ringCfg == nil {
		ringCfg = map[string]any{}
	}
	if _, ok := ringCfg["Gateway"]; !ok {
		ringCfg["Gateway"] = map[string]any{"Address": "/ip4/127.0.0.1/tcp/0"}
	}
	n.UpdateConfig(func(cfg *config.Config) {
		if cfg.Plugins.Plugins == nil {
			cfg.Plugins.Plugins = map[string]config.Plugin{}
		}
		cfg.Plugins.Plugins["telemetry"] = config.Plugin{Disabled: true}
		cfg.Plugins.Plugins["ring"] = config.Plugin{Config: ringCfg}
	})
}

// gatewayURL is the running daemon's ring gateway.
func gatewayURL(t testing.TB, n *harness.Node) string {
	t.Helper()
	return daemon.GatewayURL(t, n)
}

// stop shuts the daemon down gracefully and waits for it to exit (see
// daemon.Stop).
func stop(t testing.TB, n *harness.Node) {
	t.Helper()
	if err := daemon.Stop(n); err != nil {
		t.Fatal(err)
	}
}

// ipfsJSON runs an ipfs command with --enc=json and decodes its output.
func ipfsJSON[T any](t testing.TB, n *harness.Node, args ...string) T {
	t.Helper()
	return daemon.JSON[T](t, n, args...)
}

// ipfsFails runs an ipfs command that must fail and returns its stderr.
func ipfsFails(t *testing.T, n *harness.Node, args ...string) string {
	t.Helper()
	res := n.RunIPFS(args...)
	if res.Err == nil {
		t.Fatalf("ipfs %s succeeded, want an error; stdout: %s", strings.Join(args, " "), res.Stdout.String())
	}
	return res.Stderr.String()
}

// rpc calls the daemon's RPC API (/api/v0/...) and decodes the JSON reply.
func rpc[T any](t *testing.T, n *harness.Node, path string, args []string, opts map[string]string) T {
	t.Helper()
	q := url.Values{}
	for _, a := range args {
		q.Add("arg", a)
	}
	for k, v := range opts {
		q.Set(k, v)
	}
	resp, err := http.Post(n.APIURL()+"/api/v0/"+path+"?"+q.Encode(), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /api/v0/%s: %s: %s", path, resp.Status, body)
	}
	var out T
	if err := json.Unmarshal(body, &out); err != nil {
		t.Fatalf("POST /api/v0/%s: decoding %q: %v", path, body, err)
	}
	return out
}

func mustContain(t *testing.T, got, want string) {
	t.Helper()
	if !strings.Contains(got, want) {
		if len(got) > 2000 {
			got = got[:2000] + "…"
		}
		t.Fatalf("%q does not contain %q", got, want)
	}
}

func jsonUnmarshal(b []byte, v any) error { return json.Unmarshal(b, v) }

// pollUntil calls cond every 200 ms until it holds or within passes, then
// fails with what cond said last.
func pollUntil(ctx context.Context, t *testing.T, within time.Duration, what string, cond func() (bool, string)) {
	t.Helper()
	pollEvery(ctx, t, 200*time.Millisecond, within, what, cond)
}

// pollEvery is pollUntil calling cond every interval: short where the
// wait itself is measured.
func pollEvery(ctx context.Context, t *testing.T, every, within time.Duration, what string, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(within)
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		ok, last := cond()
		if ok {
			return
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			t.Fatalf("%s: not within %v; last: %s", what, within, last)
		}
		select {
		case <-ctx.Done():
		case <-tick.C:
		}
	}
}
