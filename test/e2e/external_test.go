package e2e

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// TestExternalChainAndKeyExchange points two daemons at a separate chain
// over loopback JSON-RPC (Chain.RPC + Chain.Factory + Chain.Relayer), then
// hands a ring's keys from one node to the other.
func TestExternalChainAndKeyExchange(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	dc, err := devchain.Open(devchain.Config{DataDir: t.TempDir(), ChainID: 31337, RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	factory, _, err := chain.DeployFactory(ctx, dc.Client(), dc.RelayerKey())
	if err != nil {
		t.Fatal(err)
	}
	ringCfg := map[string]any{"Chain": map[string]any{
		"RPC": dc.RPCEndpoint(), "Factory": factory.Hex(), "Relayer": "relayer", "ChainID": 31337,
	}}

	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	a, b := h.NewNode().Init("--profile=test"), h.NewNode().Init("--profile=test")
	for _, n := range []*harness.Node{a, b} {
		configure(n, ringCfg)
		n.IPFS("key", "gen", "--type=secp256k1", "relayer")
		n.StartDaemon()
		t.Cleanup(func() { stop(t, n) })
		fund(ctx, t, dc, avatarAddress(t, n, "relayer"))
	}
	mustContain(t, ipfsFails(t, a, "ring", "chain", "advance", "1h"), "exists only for the embedded dev chain; this node runs on chain 31337 at http://127.0.0.1:")
	a.IPFS("key", "gen", "--type=secp256k1", "alice")
	b.IPFS("key", "gen", "--type=secp256k1", "carol")
	carol := avatarAddress(t, b, "carol")

	created := ipfsJSON[ring.Created](t, a, "ring", "create", "club", "--from", "alice", "--members", "alice,"+carol.Hex())
	appended := ipfsJSON[ring.Appended](t, a, "ring", "append", "club", "over RPC", "--from", "alice")
	ipfsJSON[commands.FlushOutput](t, a, "ring", "flush", "club", "--from", "alice")

	// The head is on the external chain, read here with our own client.
	client, err := chain.New(ctx, dc.Client(), dc.RelayerKey(), factory)
	if err != nil {
		t.Fatal(err)
	}
	st, err := client.State(ctx, created.Address)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := schemas.Digest(appended.CID)
	if m, ok := st.Member(appended.Author); !ok || m.Head != want || m.Seq != 1 {
		t.Fatalf("the external chain holds %+v for alice, want seq 1 head %x", m, want)
	}

	// Carol's node learns the ring from its exported keys and appends.
	exported := a.IPFS("ring", "keys", "export", "club").Stdout.Bytes()
	keyFile := h.WriteToTemp(string(exported))
	imported := ipfsJSON[ring.Ring](t, b, "ring", "keys", "import", keyFile)
	if imported.Address != created.Address || imported.Name != "club" {
		t.Fatalf("imported %+v", imported)
	}
	ipfsJSON[ring.Appended](t, b, "ring", "append", "club", "carol writes", "--from", "carol")
	log := ipfsJSON[commands.LogOutput](t, b, "ring", "log", "club", "--member", "carol")
	if len(log.Entries) != 1 || log.Entries[0].Text == nil || *log.Entries[0].Text != "carol writes" {
		t.Fatalf("carol's log: %+v", log)
	}

	// A node with only the replica key cannot append: nothing is stored.
	other := ipfsJSON[ring.Created](t, a, "ring", "create", "quiet", "--from", "alice", "--members", carol.Hex())
	var k ringkeys.Keys
	if err := json.Unmarshal(a.IPFS("ring", "keys", "export", "quiet").Stdout.Bytes(), &k); err != nil {
		t.Fatal(err)
	}
	k.ReadKey = ringkeys.HexKey{}
	replicaOnly, _ := json.Marshal(k)
	ipfsJSON[ring.Ring](t, b, "ring", "keys", "import", h.WriteToTemp(string(replicaOnly)))
	blocks := sortedLines(b.IPFS("refs", "local").Stdout.String())
	mustContain(t, ipfsFails(t, b, "ring", "append", other.Address.Hex(), "secret", "--from", "carol"), "no read key for the ring")
	if after := sortedLines(b.IPFS("refs", "local").Stdout.String()); after != blocks {
		t.Fatal("a refused append stored blocks")
	}
	mustContain(t, ipfsFails(t, b, "ring", "head", "quiet", "--member", "carol"), "no local log")
}

func avatarAddress(t testing.TB, n *harness.Node, name string) common.Address {
	t.Helper()
	for _, a := range ipfsJSON[commands.AvatarList](t, n, "ring", "avatars").Avatars {
		if a.Name == name {
			return a.Address
		}
	}
	t.Fatalf("no avatar %s", name)
	return common.Address{}
}

// fund sends 10 ether from the chain's dev account to addr.
func fund(ctx context.Context, t testing.TB, dc *devchain.Chain, addr common.Address) {
	t.Helper()
	c := dc.Client()
	from := crypto.PubkeyToAddress(dc.RelayerKey().PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := c.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(dc.RelayerKey(), types.LatestSignerForChainID(dc.ChainID()), &types.DynamicFeeTx{
		ChainID: dc.ChainID(), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000,
		To: &addr, Value: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		if r, err := c.TransactionReceipt(ctx, tx.Hash()); err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatal("funding transfer failed")
			}
			return
		}
		select {
		case <-ctx.Done():
			t.Fatal("funding transfer not mined")
		case <-tick.C:
		}
	}
}
