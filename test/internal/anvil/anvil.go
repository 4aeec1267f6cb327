// Package anvil runs anvil, foundry's EVM node (which nobody here wrote),
// for the tests against an external chain. The binary comes from the npm
// package @foundry-rs/anvil pinned in build/anvil's lockfile (`make
// chain-deps`); RINGS_ANVIL_BIN names another. A test that needs it skips
// when it is missing, unless RINGS_REQUIRE_ANVIL=1 (as `make test` sets):
// then it fails.
package anvil

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
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Node is a running anvil.
type Node struct {
	// URL is its JSON-RPC endpoint (HTTP; the same port serves WebSocket).
	URL    string
	Client *ethclient.Client
	rpc    *rpc.Client
}

// Binary returns the anvil binary's path, or why there is none.
func Binary() (string, error) {
	if bin := os.Getenv("RINGS_ANVIL_BIN"); bin != "" {
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
	arch := map[string]string{"amd64": "amd64", "arm64": "arm64"}[runtime.GOARCH]
	bin := filepath.Join(dir, "build", "anvil", "node_modules", "@foundry-rs", "anvil-"+runtime.GOOS+"-"+arch, "bin", "anvil")
	if _, err := os.Stat(bin); err != nil {
		return "", fmt.Errorf("no anvil at %s: run `make chain-deps` (npm ci --prefix build/anvil)", bin)
	}
	return bin, nil
}

var listening = regexp.MustCompile(`Listening on (127\.0\.0\.1:\d+)`)

// Start runs anvil on a free loopback port until the test ends, with args
// added to its command line (e.g. "--no-mining", "--block-time", "1").
func Start(t testing.TB, args ...string) *Node {
	t.Helper()
	bin, err := Binary()
	if err != nil {
		if os.Getenv("RINGS_REQUIRE_ANVIL") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, append([]string{"--host", "127.0.0.1", "--port", "0"}, args...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatalf("starting anvil: %v", err)
	}
	done := make(chan struct{})
	t.Cleanup(func() {
		cancel()
		<-done
	})
	addr := make(chan string, 1)
	go func() {
		defer close(done)
		sc := bufio.NewScanner(stdout)
		var tail []string
		listened := false
		for sc.Scan() {
			if m := listening.FindStringSubmatch(sc.Text()); m != nil && !listened {
				listened = true
				addr <- m[1]
			}
			tail = append(tail, sc.Text())
			if len(tail) > 20 {
				tail = tail[1:]
			}
		}
		_ = cmd.Wait()
		if !listened { // it exited before it listened: say why
			t.Logf("anvil: %s", strings.Join(tail, "\n"))
			addr <- ""
		}
	}()
	var hostPort string
	select {
	case hostPort = <-addr:
	case <-time.After(30 * time.Second):
		t.Fatal("anvil did not listen within 30s")
	}
	if hostPort == "" {
		t.Fatal("anvil exited before it listened")
	}
	n := &Node{URL: "http://" + hostPort}
	if n.rpc, err = rpc.Dial(n.URL); err != nil {
		t.Fatal(err)
	}
	n.Client = ethclient.NewClient(n.rpc)
	t.Cleanup(n.Client.Close)
	return n
}

// Call makes one of anvil's own RPC calls (anvil_*, evm_*), failing the
// test on an error.
func (n *Node) Call(t testing.TB, result any, method string, args ...any) {
	t.Helper()
	if err := n.rpc.CallContext(context.Background(), result, method, args...); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
}

// Fund sets addr's balance to wei (anvil_setBalance).
func (n *Node) Fund(t testing.TB, addr common.Address, wei *big.Int) {
	t.Helper()
	n.Call(t, nil, "anvil_setBalance", addr, (*hexutil.Big)(wei))
}

// Ether is n ether in wei.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// Mine mines blocks empty blocks (anvil_mine).
func (n *Node) Mine(t testing.TB, blocks uint64) {
	t.Helper()
	n.Call(t, nil, "anvil_mine", hexutil.Uint64(blocks))
}
