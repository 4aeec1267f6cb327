// Package daemon is what the tests that run real `ipfs` daemons (test/e2e,
// test/browser) share: the binary built once per run, a graceful stop, the
// ring gateway's address, and JSON output of the CLI.
package daemon

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfs/kubo/test/cli/harness"
)

// Binary returns the ipfs binary to run: RINGS_IPFS_BIN (which `make test`
// sets), else one it builds into a temporary directory that cleanup
// removes.
func Binary(tmpPrefix string) (bin string, cleanup func(), err error) {
	if bin := os.Getenv("RINGS_IPFS_BIN"); bin != "" {
		return bin, func() {}, nil
	}
	tmp, err := os.MkdirTemp("", tmpPrefix)
	if err != nil {
		return "", nil, err
	}
	bin = filepath.Join(tmp, "ipfs")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/mosaic-rings/rings/build/ipfs")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		os.RemoveAll(tmp)
		return "", nil, fmt.Errorf("building the ipfs binary: %w", err)
	}
	return bin, func() { os.RemoveAll(tmp) }, nil
}

// ErrStopTimeout is Stop's error for a daemon still running a minute after
// `ipfs shutdown`.
var ErrStopTimeout = errors.New("daemon did not exit within 60s of `ipfs shutdown`")

// Stop shuts the daemon down gracefully (`ipfs shutdown`, so the plugin's
// Close runs) and waits up to a minute for it to exit. The harness's
// StopDaemon signals twice within a second, which makes Kubo skip its
// graceful shutdown. A node with no daemon is left alone.
func Stop(n *harness.Node) error {
	if n.Daemon == nil {
		return nil
	}
	n.IPFS("shutdown")
	done := make(chan error, 1)
	go func() { done <- n.Daemon.Cmd.Wait() }()
	select {
	case err := <-done:
		stderr := n.Daemon.Stderr.String()
		n.Daemon = nil
		if err != nil {
			return fmt.Errorf("daemon exited with %v\nstderr: %s", err, stderr)
		}
		return nil
	case <-time.After(60 * time.Second):
		return ErrStopTimeout
	}
}

// GatewayURL is the running daemon's ring gateway, from <repo>/ring/gateway.
func GatewayURL(t testing.TB, n *harness.Node) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(n.Dir, "ring", "gateway"))
	if err != nil {
		t.Fatalf("the daemon wrote no ring gateway address: %v", err)
	}
	return strings.TrimSpace(string(b))
}

// JSON runs an ipfs command with --enc=json and decodes its output.
func JSON[T any](t testing.TB, n *harness.Node, args ...string) T {
	t.Helper()
	res := n.RunIPFS(append(args, "--enc=json")...)
	if res.Err != nil {
		t.Fatalf("ipfs %s: %v\nstderr: %s", strings.Join(args, " "), res.Err, res.Stderr.String())
	}
	var out T
	if err := json.Unmarshal(res.Stdout.Bytes(), &out); err != nil {
		t.Fatalf("ipfs %s: decoding %q: %v", strings.Join(args, " "), res.Stdout.String(), err)
	}
	return out
}
