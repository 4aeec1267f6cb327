package devchain

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// storeInitCode deploys a contract whose constructor logs 42 under topic 1
// and stores 42 in slot 0, and whose runtime code returns slot 0:
//
//	init:    PUSH1 42 PUSH1 0 MSTORE  PUSH1 1 PUSH1 32 PUSH1 0 LOG1
//	         PUSH1 42 PUSH1 0 SSTORE
//	         PUSH1 11 PUSH1 29 PUSH1 0 CODECOPY  PUSH1 11 PUSH1 0 RETURN
//	runtime: PUSH1 0 SLOAD PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
var (
	storeRuntime  = common.FromHex("0x600054600052" + "60206000f3")
	storeInitCode = append(common.FromHex("0x"+
		"602a600052"+"600160206000a1"+ // log 42 under topic 1
		"602a600055"+ // store 42 in slot 0
		"600b601d600039"+"600b6000f3", // return the runtime code
	), storeRuntime...)
	storeTopic = common.BigToHash(big.NewInt(1))
)

const waitTimeout = 30 * time.Second

func openChain(tb testing.TB, cfg Config) *Chain {
	tb.Helper()
	c, err := Open(cfg)
	if err != nil {
		tb.Fatalf("Open(%+v): %v", cfg, err)
	}
	tb.Cleanup(func() {
		if err := c.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return c
}

// waitReceipt polls for the receipt of txHash until it shows up or the
// deadline passes. Like bind.WaitMined it retries on every error: right after
// a block is sealed geth answers "transaction indexing is in progress" until
// its transaction indexer has caught up.
func waitReceipt(tb testing.TB, client *ethclient.Client, txHash common.Hash) *types.Receipt {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		r, err := client.TransactionReceipt(ctx, txHash)
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				tb.Fatalf("tx %s failed", txHash)
			}
			return r
		}
		select {
		case <-ctx.Done():
			tb.Fatalf("tx %s not mined: %v (last error: %v)", txHash, ctx.Err(), err)
		case <-tick.C:
		}
	}
}

// sendTransfer signs a value transfer from the relayer with the given nonce
// and suggested fees, and sends it.
func sendTransfer(tb testing.TB, c *Chain, nonce uint64, to common.Address, value *big.Int) *types.Transaction {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	client := c.Client()
	tip, err := client.SuggestGasTipCap(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tx, err := types.SignNewTx(c.RelayerKey(), types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
		ChainID:   c.ChainID(),
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       21_000,
		To:        &to,
		Value:     value,
	})
	if err != nil {
		tb.Fatal(err)
	}
	if err := client.SendTransaction(ctx, tx); err != nil {
		tb.Fatal(err)
	}
	return tx
}

// transfer sends value wei from the relayer to `to` and waits for the
// receipt.
func transfer(tb testing.TB, c *Chain, to common.Address, value *big.Int) *types.Receipt {
	tb.Helper()
	nonce, err := c.Client().PendingNonceAt(context.Background(), crypto.PubkeyToAddress(c.RelayerKey().PublicKey))
	if err != nil {
		tb.Fatal(err)
	}
	return waitReceipt(tb, c.Client(), sendTransfer(tb, c, nonce, to, value).Hash())
}

func TestOpenPersistReopen(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	dir := filepath.Join(t.TempDir(), "ring", "chain")

	start := time.Now()
	c, err := Open(Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("cold Open: %v", time.Since(start))
	closed := false
	t.Cleanup(func() {
		if !closed {
			c.Close()
		}
	})

	if got := c.ChainID(); got.Uint64() != DefaultChainID {
		t.Fatalf("ChainID() = %v, want %d", got, DefaultChainID)
	}
	if got, err := c.Client().ChainID(ctx); err != nil || got.Uint64() != DefaultChainID {
		t.Fatalf("eth_chainId = %v, %v", got, err)
	}
	if c.RPCEndpoint() != "" {
		t.Fatalf("RPCEndpoint() = %q without RPCAddr", c.RPCEndpoint())
	}
	relayer := crypto.PubkeyToAddress(c.RelayerKey().PublicKey)
	if bal, err := c.Client().BalanceAt(ctx, relayer, nil); err != nil || bal.Cmp(relayerBalance) != 0 {
		t.Fatalf("relayer balance = %v, %v; want %v", bal, err, relayerBalance)
	}
	checkMode(t, dir, 0o700)
	checkMode(t, filepath.Join(dir, relayerKeyFile), 0o600)
	if self := c.stack.Server().Self(); self.TCP() != 0 || self.UDP() != 0 {
		t.Fatalf("p2p is listening: %v", self)
	}

	// A value transfer is sealed without any explicit commit.
	to := common.Address{0xde, 0xad, 0xbe, 0xef}
	value := big.NewInt(1_000_000_007)
	if r := transfer(t, c, to, value); r.BlockNumber.Sign() <= 0 {
		t.Fatalf("transfer mined in block %v", r.BlockNumber)
	}
	if bal, err := c.Client().BalanceAt(ctx, to, nil); err != nil || bal.Cmp(value) != 0 {
		t.Fatalf("balance of %s = %v, %v; want %v", to, bal, err, value)
	}

	// A contract deployment through bind, with its suggested fees.
	auth := bind.NewKeyedTransactor(c.RelayerKey(), c.ChainID())
	auth.Context = ctx
	addr, tx, err := bind.DeployContract(auth, storeInitCode, c.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	waitReceipt(t, c.Client(), tx.Hash())
	checkContract(t, c, addr)

	head, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	key := crypto.FromECDSA(c.RelayerKey())
	if err := c.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	closed = true
	if err := c.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}

	start = time.Now()
	c2 := openChain(t, Config{DataDir: dir, ChainID: DefaultChainID})
	t.Logf("warm Open: %v", time.Since(start))
	if !bytes.Equal(crypto.FromECDSA(c2.RelayerKey()), key) {
		t.Fatal("relayer key changed across restart")
	}
	if got, err := c2.Client().ChainID(ctx); err != nil || got.Uint64() != DefaultChainID {
		t.Fatalf("eth_chainId after reopen = %v, %v", got, err)
	}
	head2, err := c2.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head2 < head {
		t.Fatalf("head after reopen = %d, was %d", head2, head)
	}
	if bal, err := c2.Client().BalanceAt(ctx, to, nil); err != nil || bal.Cmp(value) != 0 {
		t.Fatalf("balance of %s after reopen = %v, %v; want %v", to, bal, err, value)
	}
	checkContract(t, c2, addr)

	// The chain goes on from the stored head.
	r := transfer(t, c2, to, value)
	if r.BlockNumber.Uint64() <= head2 {
		t.Fatalf("first block after reopen is %v, stored head was %d", r.BlockNumber, head2)
	}
	if bal, err := c2.Client().BalanceAt(ctx, to, nil); err != nil || bal.Cmp(new(big.Int).Add(value, value)) != 0 {
		t.Fatalf("balance of %s = %v, %v; want %v", to, bal, err, 2*value.Int64())
	}
}

func checkContract(tb testing.TB, c *Chain, addr common.Address) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	code, err := c.Client().CodeAt(ctx, addr, nil)
	if err != nil || !bytes.Equal(code, storeRuntime) {
		tb.Fatalf("code at %s = %x, %v; want %x", addr, code, err, storeRuntime)
	}
	out, err := c.Client().CallContract(ctx, ethereum.CallMsg{To: &addr}, nil)
	if err != nil || new(big.Int).SetBytes(out).Int64() != 42 {
		tb.Fatalf("call %s = %x, %v; want 42", addr, out, err)
	}
	logs, err := c.Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addr}})
	if err != nil || len(logs) != 1 || len(logs[0].Topics) != 1 || logs[0].Topics[0] != storeTopic || new(big.Int).SetBytes(logs[0].Data).Int64() != 42 {
		tb.Fatalf("logs of %s = %+v, %v; want one log of 42 under topic 1", addr, logs, err)
	}
}

func checkMode(tb testing.TB, path string, want os.FileMode) {
	tb.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		tb.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != want {
		tb.Errorf("mode of %s = %v, want %v", path, got, want)
	}
}

func TestOpenTwiceFails(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	openChain(t, Config{DataDir: dir})
	c, err := Open(Config{DataDir: dir})
	if err == nil {
		c.Close()
		t.Fatal("second Open of the same DataDir succeeded")
	}
	if !errors.Is(err, ErrDataDirInUse) || !strings.Contains(err.Error(), dir) {
		t.Fatalf("second Open: %v; want ErrDataDirInUse naming %s", err, dir)
	}
}

func TestRPCEndpoint(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	c := openChain(t, Config{DataDir: t.TempDir(), ChainID: 31337, RPCAddr: "127.0.0.1:0"})
	ep := c.RPCEndpoint()
	if !strings.HasPrefix(ep, "http://127.0.0.1:") || strings.HasSuffix(ep, ":0") {
		t.Fatalf("RPCEndpoint() = %q", ep)
	}
	for _, url := range []string{ep, "ws" + strings.TrimPrefix(ep, "http")} {
		t.Run(url[:strings.Index(url, ":")], func(t *testing.T) {
			client, err := ethclient.DialContext(ctx, url)
			if err != nil {
				t.Fatal(err)
			}
			defer client.Close()
			if id, err := client.ChainID(ctx); err != nil || id.Uint64() != 31337 {
				t.Fatalf("eth_chainId over %s = %v, %v", url, id, err)
			}
			// Only eth, net and web3 are exposed.
			var info any
			if err := client.Client().CallContext(ctx, &info, "admin_nodeInfo"); err == nil {
				t.Fatalf("admin_nodeInfo served over %s", url)
			}
			if err := client.Client().CallContext(ctx, &info, "net_version"); err != nil {
				t.Fatalf("net_version over %s: %v", url, err)
			}
		})
	}
}

func TestInvalidConfig(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name        string
		cfg         Config
		notLoopback bool
	}{
		{name: "no DataDir", cfg: Config{}},
		{name: "all interfaces v4", cfg: Config{RPCAddr: "0.0.0.0:0"}, notLoopback: true},
		{name: "all interfaces empty host", cfg: Config{RPCAddr: ":8545"}, notLoopback: true},
		{name: "all interfaces v6", cfg: Config{RPCAddr: "[::]:8545"}, notLoopback: true},
		{name: "private address", cfg: Config{RPCAddr: "192.168.1.10:8545"}, notLoopback: true},
		{name: "host name", cfg: Config{RPCAddr: "example.com:8545"}, notLoopback: true},
		{name: "no port", cfg: Config{RPCAddr: "127.0.0.1"}},
		{name: "bad port", cfg: Config{RPCAddr: "127.0.0.1:65536"}},
		{name: "mainnet chain id", cfg: Config{ChainID: 1}},
		{name: "sepolia chain id", cfg: Config{ChainID: 11155111}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var dir string
			if tc.name != "no DataDir" {
				dir = filepath.Join(t.TempDir(), "chain")
				tc.cfg.DataDir = dir
			}
			c, err := Open(tc.cfg)
			if err == nil {
				c.Close()
				t.Fatalf("Open(%+v) succeeded", tc.cfg)
			}
			if !errors.Is(err, ErrInvalidConfig) || errors.Is(err, ErrNotLoopback) != tc.notLoopback {
				t.Fatalf("Open(%+v): %v", tc.cfg, err)
			}
			if dir != "" {
				if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
					t.Fatalf("rejected Open touched %s: %v", dir, err)
				}
			}
		})
	}
}

func TestValidLoopbackAddrs(t *testing.T) {
	t.Parallel()
	for addr, host := range map[string]string{
		"127.0.0.1:0":    "127.0.0.1",
		"localhost:8545": "127.0.0.1",
		"127.1.2.3:1":    "127.1.2.3",
		"[::1]:0":        "::1",
	} {
		_, got, _, err := Config{DataDir: "x", RPCAddr: addr}.validate()
		if err != nil || got != host {
			t.Errorf("validate(%q) = %q, %v; want %q", addr, got, err, host)
		}
	}
}

func TestReopenChecks(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	c, err := Open(Config{DataDir: dir, ChainID: 4242})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.ChainID(); got.Uint64() != 4242 {
		t.Fatalf("ChainID() = %v", got)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}

	// Default chain id (1337) against a chain created with 4242.
	if c, err := Open(Config{DataDir: dir}); !errors.Is(err, ErrChainIDMismatch) {
		if err == nil {
			c.Close()
		}
		t.Fatalf("reopen with another chain id: %v; want ErrChainIDMismatch", err)
	}

	// A chain whose relayer key is gone cannot be used.
	if err := os.Rename(filepath.Join(dir, relayerKeyFile), filepath.Join(dir, "saved.key")); err != nil {
		t.Fatal(err)
	}
	if c, err := Open(Config{DataDir: dir, ChainID: 4242}); !errors.Is(err, ErrForeignChain) {
		if err == nil {
			c.Close()
		}
		t.Fatalf("reopen without relayer key: %v; want ErrForeignChain", err)
	}
	// Nor one with a different key.
	if _, err := relayerKey(filepath.Join(dir, relayerKeyFile), true); err != nil {
		t.Fatal(err)
	}
	if c, err := Open(Config{DataDir: dir, ChainID: 4242}); !errors.Is(err, ErrForeignChain) {
		if err == nil {
			c.Close()
		}
		t.Fatalf("reopen with another relayer key: %v; want ErrForeignChain", err)
	}
	// Failed opens released the directory: the right key opens it again.
	if err := os.Rename(filepath.Join(dir, "saved.key"), filepath.Join(dir, relayerKeyFile)); err != nil {
		t.Fatal(err)
	}
	openChain(t, Config{DataDir: dir, ChainID: 4242})
}

func TestManyPendingTransactions(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	c := openChain(t, Config{DataDir: t.TempDir()})
	nonce, err := c.Client().PendingNonceAt(ctx, crypto.PubkeyToAddress(c.RelayerKey().PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	const n = 25
	to := common.Address{0x42}
	var txs []*types.Transaction
	for i := range uint64(n) {
		txs = append(txs, sendTransfer(t, c, nonce+i, to, big.NewInt(1)))
	}
	for _, tx := range txs {
		waitReceipt(t, c.Client(), tx.Hash())
	}
	if bal, err := c.Client().BalanceAt(ctx, to, nil); err != nil || bal.Int64() != n {
		t.Fatalf("balance = %v, %v; want %d", bal, err, n)
	}
}

// crashDirEnv names the data directory of the child process of
// TestCrashRecovery.
const crashDirEnv = "DEVCHAIN_TEST_CRASH_DIR"

// TestCrashChild is the process TestCrashRecovery kills: it opens the chain,
// mines two transfers, reports "mined BLOCK" (the first one's block) on stdout
// and waits to be killed. The sealer syncs the database after each block it
// seals, and seals blocks one after the other, so when the second transfer
// is mined the first one's block is on disk.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("child process of TestCrashRecovery")
	}
	c, err := Open(Config{DataDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	r := transfer(t, c, common.Address{0xc0}, big.NewInt(7))
	transfer(t, c, common.Address{0xc1}, big.NewInt(1))
	fmt.Printf("mined %d\n", r.BlockNumber.Uint64())
	select {} // until killed
}

// TestCrashRecovery kills a process that runs the chain (SIGKILL, no Close)
// and checks that the directory opens again and the chain goes on.
func TestCrashRecovery(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), waitTimeout)
	defer cancel()
	dir := t.TempDir()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var mined uint64
	scanner := bufio.NewScanner(stdout)
	for scanner.Scan() {
		if _, err := fmt.Sscanf(scanner.Text(), "mined %d", &mined); err == nil {
			break
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait() // killed: the error is expected
	if mined == 0 {
		t.Fatalf("child did not mine a block (%v)", scanner.Err())
	}

	c := openChain(t, Config{DataDir: dir})
	head, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("mined block %d before the kill, head after reopen %d", mined, head)
	if head < mined {
		t.Fatalf("head after crash = %d, block %d was synced before it", head, mined)
	}
	if bal, err := c.Client().BalanceAt(ctx, common.Address{0xc0}, nil); err != nil || bal.Int64() != 7 {
		t.Fatalf("balance after crash = %v, %v; want 7", bal, err)
	}
	if r := transfer(t, c, common.Address{0xc0}, big.NewInt(7)); r.BlockNumber.Uint64() != head+1 {
		t.Fatalf("first block after crash is %v, head was %d", r.BlockNumber, head)
	}
}
