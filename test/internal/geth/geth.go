// Package geth runs go-ethereum's own `geth --dev` process for the tests
// against an external chain. The binary is built by `make geth` at a
// pinned version that builds here (v1.17.8; DESIGN §3) and cached under
// .cache/geth; RINGS_GETH_BIN names another. A test that needs it skips
// when it is missing, unless RINGS_REQUIRE_GETH=1 (as `make test-chains`
// sets): then it fails.
package geth

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Version is the geth release `make geth` builds.
const Version = "v1.17.8"

// Node is a running `geth --dev`.
type Node struct {
	URL    string
	Client *ethclient.Client
	rpc    *rpc.Client
}

// Binary returns the geth binary's path, or why there is none.
func Binary() (string, error) {
	if bin := os.Getenv("RINGS_GETH_BIN"); bin != "" {
		return bin, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for ; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			return "", errors.New("no go.mod above the working directory")
		}
	}
	bin := filepath.Join(dir, ".cache", "geth", Version, "geth")
	if _, err := os.Stat(bin); err != nil {
		return "", fmt.Errorf("no geth at %s: run `make geth` (builds go-ethereum's cmd/geth@%s, a few minutes once)", bin, Version)
	}
	return bin, nil
}

var httpStarted = regexp.MustCompile(`HTTP server started\s+endpoint=(127\.0\.0\.1:\d+)`)

// Start runs `geth --dev` (in-memory, blocks mined as transactions come)
// with its HTTP JSON-RPC on a free loopback port until the test ends.
func Start(t testing.TB) *Node {
	t.Helper()
	bin, err := Binary()
	if err != nil {
		if os.Getenv("RINGS_REQUIRE_GETH") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, "--dev", "--datadir", t.TempDir(), "--ipcdisable", "--nodiscover", "--maxpeers", "0",
		"--http", "--http.addr", "127.0.0.1", "--http.port", "0", "--http.api", "eth,net,web3", "--verbosity", "3")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("starting geth: %v", err)
	}
	done := make(chan struct{})
	t.Cleanup(func() {
		cancel()
		<-done
	})
	addr := make(chan string, 1)
	go func() {
		defer close(done)
		sc := bufio.NewScanner(stderr)
		var tail []string
		served := false
		for sc.Scan() {
			if m := httpStarted.FindStringSubmatch(sc.Text()); m != nil && !served {
				served = true
				addr <- m[1]
			}
			tail = append(tail, sc.Text())
			if len(tail) > 30 {
				tail = tail[1:]
			}
		}
		_ = cmd.Wait()
		if !served { // it exited before it served: say why
			t.Logf("geth: %s", strings.Join(tail, "\n"))
			addr <- ""
		}
	}()
	var hostPort string
	select {
	case hostPort = <-addr:
	case <-time.After(60 * time.Second):
		t.Fatal("geth did not serve HTTP within 60s")
	}
	if hostPort == "" {
		t.Fatal("geth exited before it served HTTP")
	}
	n := &Node{URL: "http://" + hostPort}
	if n.rpc, err = rpc.Dial(n.URL); err != nil {
		t.Fatal(err)
	}
	n.Client = ethclient.NewClient(n.rpc)
	t.Cleanup(n.Client.Close)
	return n
}

// Fund sends wei to addr from geth's dev account (eth_sendTransaction:
// --dev unlocks it) and waits for the transfer to be mined.
func (n *Node) Fund(t testing.TB, addr common.Address, wei *big.Int) {
	t.Helper()
	ctx := context.Background()
	var accounts []common.Address
	if err := n.rpc.CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("geth's dev account: %v (%d accounts)", err, len(accounts))
	}
	var h common.Hash
	if err := n.rpc.CallContext(ctx, &h, "eth_sendTransaction", map[string]any{"from": accounts[0], "to": addr, "value": (*hexutil.Big)(wei)}); err != nil {
		t.Fatalf("funding %s: %v", addr.Hex(), err)
	}
	wctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if _, err := bind.WaitMined(wctx, n.Client, h); err != nil {
		t.Fatalf("the transfer to %s was not mined: %v", addr.Hex(), err)
	}
}
