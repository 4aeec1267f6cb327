package browser

import (
	"context"
	"errors"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/kubo/config"
	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
	"github.com/mosaic-rings/rings/test/internal/daemon"
)

// testChainID is the chain of every test: the dev chain run by the test
// process, shared by its daemons.
const testChainID = 31337

// devChain is a dev chain outside the daemons (they reach it over its
// JSON-RPC on loopback), with a ring factory deployed, so that a test can
// fund accounts and read contract state itself.
type devChain struct {
	dc      *devchain.Chain
	rpc     string // its websocket endpoint: the daemons get events pushed
	factory common.Address
}

func newDevChain(t testing.TB) *devChain {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	dc, err := devchain.Open(devchain.Config{DataDir: t.TempDir(), ChainID: testChainID, RPCAddr: addr})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	factory, _, err := chain.DeployFactory(context.Background(), dc.Client(), dc.RelayerKey())
	if err != nil {
		t.Fatal(err)
	}
	return &devChain{dc: dc, rpc: "ws://" + addr, factory: factory}
}

// daemon starts an ipfs daemon on the chain, with the ring plugin
// configured by ring (merged over the chain settings; the ring gateway on
// a free loopback port) and the secp256k1 keys named (plus "relayer",
// funded). It is stopped gracefully at the test's end.
func (c *devChain) daemon(t testing.TB, h *harness.Harness, ring map[string]any, keys ...string) *harness.Node {
	t.Helper()
	cfg := map[string]any{
		"Chain":   map[string]any{"RPC": c.rpc, "Factory": c.factory.Hex(), "Relayer": "relayer"},
		"Gateway": map[string]any{"Address": "/ip4/127.0.0.1/tcp/0"},
	}
	for k, v := range ring {
		cfg[k] = v
	}
	n := h.NewNode().Init("--profile=test")
	n.UpdateConfig(func(kc *config.Config) {
		if kc.Plugins.Plugins == nil {
			kc.Plugins.Plugins = map[string]config.Plugin{}
		}
		kc.Plugins.Plugins["telemetry"] = config.Plugin{Disabled: true}
		kc.Plugins.Plugins["ring"] = config.Plugin{Config: cfg}
	})
	for _, k := range append([]string{"relayer"}, keys...) {
		n.IPFS("key", "gen", "--type=secp256k1", k)
	}
	n.StartDaemon()
	t.Cleanup(func() { stopDaemon(t, n) })
	c.fund(t, avatar(t, n, "relayer"))
	return n
}

// fund sends 10 ether from the chain's dev account to addr and waits for it.
func (c *devChain) fund(t testing.TB, addr common.Address) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cl := c.dc.Client()
	from := crypto.PubkeyToAddress(c.dc.RelayerKey().PublicKey)
	nonce, err := cl.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := cl.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(c.dc.RelayerKey(), types.LatestSignerForChainID(c.dc.ChainID()), &types.DynamicFeeTx{
		ChainID: c.dc.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000,
		To: &addr, Value: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	poll(t, time.Minute, "the funding transfer mined", func() (bool, string) {
		r, err := cl.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return false, err.Error()
		}
		if r.Status != types.ReceiptStatusSuccessful {
			t.Fatal("funding transfer failed")
		}
		return true, ""
	})
}

// state reads a ring's contract state from the chain.
func (c *devChain) state(t testing.TB, ring common.Address) *chain.RingState {
	t.Helper()
	cl, err := chain.New(context.Background(), c.dc.Client(), c.dc.RelayerKey(), c.factory)
	if err != nil {
		t.Fatal(err)
	}
	st, err := cl.State(context.Background(), ring)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// stopDaemon shuts the daemon down gracefully and waits for it to exit
// (see daemon.Stop).
func stopDaemon(t testing.TB, n *harness.Node) {
	t.Helper()
	switch err := daemon.Stop(n); {
	case errors.Is(err, daemon.ErrStopTimeout):
		t.Fatal(err)
	case err != nil:
		t.Error(err)
	}
}

// gatewayURL is the running daemon's ring gateway.
func gatewayURL(t testing.TB, n *harness.Node) string {
	t.Helper()
	return daemon.GatewayURL(t, n)
}

// ipfsJSON runs an ipfs command with --enc=json and decodes its output.
func ipfsJSON[T any](t testing.TB, n *harness.Node, args ...string) T {
	t.Helper()
	return daemon.JSON[T](t, n, args...)
}

// avatar is the address of the node's keystore key name.
func avatar(t testing.TB, n *harness.Node, name string) common.Address {
	t.Helper()
	type avatars struct {
		Avatars []struct {
			Name    string
			Address common.Address
		}
	}
	for _, a := range ipfsJSON[avatars](t, n, "ring", "avatars").Avatars {
		if a.Name == name {
			return a.Address
		}
	}
	t.Fatalf("no avatar %s", name)
	return common.Address{}
}
