// Package e2e runs real `ipfs` daemons (Kubo with the ring plugin) through
// Kubo's test harness and drives them with the CLI and the RPC API.
//
// The binary is built once per test run: `make test` passes it in
// RINGS_IPFS_BIN; without it, TestMain builds it into a temporary directory.
package e2e

import (
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/mosaic-rings/rings/test/internal/daemon"
)

var ipfsBin string

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run())
	}
	bin, cleanup, err := daemon.Binary("rings-e2e-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ipfsBin = bin
	code := m.Run()
	cleanup()
	os.Exit(code)
}
