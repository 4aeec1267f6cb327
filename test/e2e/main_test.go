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
	"os/exec"
	"path/filepath"
	"testing"
)

var ipfsBin string

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run())
	}
	ipfsBin = os.Getenv("RINGS_IPFS_BIN")
	var tmp string
	if ipfsBin == "" {
		var err error
		tmp, err = os.MkdirTemp("", "rings-e2e-bin")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		ipfsBin = filepath.Join(tmp, "ipfs")
		cmd := exec.Command("go", "build", "-o", ipfsBin, "github.com/mosaic-rings/rings/build/ipfs")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "building the ipfs binary:", err)
			os.Exit(1)
		}
	}
	code := m.Run()
	if tmp != "" {
		os.RemoveAll(tmp)
	}
	os.Exit(code)
}
