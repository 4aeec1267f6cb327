// Package browser drives the chat page (web/app, served by the ring gateway
// at /ring/app/) in a real browser: Debian's chromium, through chromedp,
// against real daemons started with Kubo's test harness.
//
// What a test supplies: nothing but the page's DOM contract (the ids and
// data-* attributes the page promises) and the daemons' own commands. The
// wallet is the only fake, at the network edge: an injected EIP-1193
// provider (window.ethereum) whose requests a Go test key answers, so the
// page takes the path it takes with a real wallet (eth_signTypedData_v4
// of the JSON it builds).
//
// The ipfs binary is built once per run: `make test` passes it in
// RINGS_IPFS_BIN, else TestMain builds it. chromium comes from Debian's
// package (`make browser-deps`); RINGS_CHROMIUM names another binary. Each
// browser profile is its own chromium process with a fresh user data dir.
// Screenshots go to $RINGS_ARTIFACTS when set, else to t.ArtifactDir()
// (kept with `go test -artifacts`).
//
// Limits: the tests need a machine that runs chromium headless without a
// sandbox (containers) and loopback TCP; -short skips them all.
package browser

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"testing"

	"github.com/mosaic-rings/rings/test/internal/daemon"
)

var (
	ipfsBin    string // the ipfs binary with the ring plugin
	chromePath string // the chromium binary
	chromeErr  error  // why there is none
)

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run())
	}
	chromePath, chromeErr = findChromium()
	bin, cleanup, err := daemon.Binary("rings-browser-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ipfsBin = bin
	code := m.Run()
	cleanup()
	os.Exit(code)
}

// findChromium returns RINGS_CHROMIUM, or Debian's chromium on PATH.
func findChromium() (string, error) {
	if p := os.Getenv("RINGS_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("RINGS_CHROMIUM: %w", err)
		}
		return p, nil
	}
	p, err := exec.LookPath("chromium")
	if err != nil {
		return "", fmt.Errorf("no chromium on PATH: run `make browser-deps` (installs Debian's chromium) or set RINGS_CHROMIUM")
	}
	return p, nil
}

// needBrowser skips in -short mode and fails when chromium is missing.
func needBrowser(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("drives a real browser and daemons")
	}
	if chromeErr != nil {
		t.Fatal(chromeErr)
	}
}
