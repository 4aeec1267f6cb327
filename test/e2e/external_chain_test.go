package e2e

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/kubo/test/cli/harness"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/test/internal/anvil"
	"github.com/mosaic-rings/rings/test/internal/geth"
)

// TestAnvil runs Rings on anvil, foundry's EVM node (the npm package
// @foundry-rs/anvil pinned in build/anvil), as testExternalChain says.
func TestAnvil(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	av := anvil.Start(t)
	testExternalChain(t, externalChain{url: av.URL, client: av.Client, chainID: 31337,
		fund: func(a common.Address) { av.Fund(t, a, anvil.Ether(100)) }})
}

// TestGeth runs Rings on go-ethereum's own `geth --dev` process (built by
// `make geth` at v1.17.8), as testExternalChain says.
func TestGeth(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	g := geth.Start(t)
	testExternalChain(t, externalChain{url: g.URL, client: g.Client, chainID: 1337,
		fund: func(a common.Address) { g.Fund(t, a, anvil.Ether(100)) }})
}

// externalChain is an EVM node that nobody here wrote, running for the
// test.
type externalChain struct {
	url     string
	client  *ethclient.Client
	chainID uint64
	fund    func(common.Address)
}

// testExternalChain runs Rings on c: a fresh repo deploys every contract
// with `ipfs ring chain deploy --write-config` (through the CREATE2 proxy
// the chain has), `ipfs ring chain status` checks it, and three daemons
// on that chain do what the README does: create, append, flush (one
// member's flush relayed by a replica over FlushToRing), read heads from
// the chain, converge by syncing, commit a consensus entry, and keep it
// all across a restart. An independent client (go-ethereum's ethclient on
// the chain's RPC) reads the same heads from the contract.
func testExternalChain(t *testing.T, c externalChain) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	node := func(keys ...string) *harness.Node {
		n := h.NewNode().Init("--profile=test")
		configure(n, nil)
		for _, k := range append([]string{"relayer"}, keys...) {
			n.IPFS("key", "gen", "--type=secp256k1", k)
		}
		c.fund(avatarAddress(t, n, "relayer"))
		return n
	}

	// The first node deploys through the proxy the chain has; the status
	// checks what the config now names.
	a := node("alice")
	evs := a.IPFS("ring", "chain", "deploy", "--rpc", c.url, "--from", "relayer", "--write-config").Stdout.String()
	mustContainAll(t, evs, "deployment proxy", "found", "RingFactory", "deployed", "through the CREATE2 proxy", "written into this repo's config")
	st := ipfsJSON[commands.ChainStatusOutput](t, a, "ring", "chain", "status")
	if !st.OK || st.ChainID != c.chainID {
		t.Fatalf("chain status: %+v", st.ChainStatus)
	}
	var cfg struct{ Chain struct{ Factory string } }
	if err := json.Unmarshal(a.IPFS("config", "Plugins.Plugins.ring.Config").Stdout.Bytes(), &cfg); err != nil {
		t.Fatal(err)
	}
	fast := map[string]any{"Sync": map[string]any{"PollInterval": "200ms"}}
	shared := func(extra map[string]any) map[string]any {
		out := map[string]any{"Chain": map[string]any{"RPC": c.url, "Factory": cfg.Chain.Factory, "Relayer": "relayer", "ChainID": c.chainID},
			"Sync": fast["Sync"]}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}
	a.IPFS("config", "--json", "Plugins.Plugins.ring.Config.Sync", `{"PollInterval": "200ms"}`)
	b := node("bob")
	configure(b, shared(nil))
	rep := node("rep")
	configure(rep, shared(map[string]any{"Replica": map[string]any{"Avatar": "rep", "RelayWait": "2s", "FollowInterval": "200ms"}}))
	for _, n := range []*harness.Node{a, b, rep} {
		n.StartDaemon()
		t.Cleanup(func() { stop(t, n) })
	}

	// The README's walkthrough, with a replica.
	bob := avatarAddress(t, b, "bob")
	club := ipfsJSON[ring.Created](t, a, "ring", "create", "club", "--from", "alice", "--members", "alice,"+bob.Hex())
	ipfsJSON[ring.Ring](t, b, "ring", "keys", "import", h.WriteToTemp(a.IPFS("ring", "keys", "export", "club").Stdout.String()))
	rr := ipfsJSON[ring.Created](t, rep, "ring", "create", "replicas", "--from", "rep", "--members", "rep")
	repURL := gatewayURL(t, rep)
	if s := ipfsJSON[gateway.ReplicateStatus](t, a, "ring", "replicate", "club", "--from", "alice", "--via", repURL, "--replica-ring", rr.Address.Hex()); s.Status != "replicating" {
		t.Fatalf("replicate: %+v", s)
	}
	for i := range 5 {
		a.IPFS("ring", "append", "club", fmt.Sprintf("alice %d", i), "--from", "alice")
		b.IPFS("ring", "append", "club", fmt.Sprintf("bob %d", i), "--from", "bob")
	}
	ipfsJSON[commands.FlushOutput](t, a, "ring", "flush", "club", "--from", "alice")
	if out := ipfsJSON[commands.FlushOutput](t, b, "ring", "flush", "club", "--from", "bob", "--via", repURL); out.Replica == nil || out.Replica.Status != "relayed" {
		t.Fatalf("bob's flush relayed by the replica: %+v", out.Replica)
	}

	// An independent client reads the heads from the contract.
	reader, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	client, err := chain.New(ctx, c.client, reader, common.HexToAddress(cfg.Chain.Factory))
	if err != nil {
		t.Fatal(err)
	}
	state, err := client.State(ctx, club.Address)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range state.Members {
		if m.Seq != 5 {
			t.Fatalf("the chain holds seq %d for %s, want 5", m.Seq, m.Member.Hex())
		}
	}
	mustContain(t, a.IPFS("ring", "head", "club", "--member", bob.Hex(), "--source", "chain").Stdout.String(), "5")
	for _, n := range []*harness.Node{a, b, rep} {
		waitConverged(ctx, t, n, club.Address, state)
	}
	a.IPFS("ring", "verify", "club", "--member", bob.Hex())

	// A consensus entry, by both members' votes.
	committed := ipfsJSON[ring.Committed](t, a, "ring", "commit", "club")
	if committed.Heads != 2 || len(committed.Votes) != 2 || committed.TxHash == "" {
		t.Fatalf("commit: %+v", committed)
	}
	if state, err = client.State(ctx, club.Address); err != nil || state.EntryCount != 1 {
		t.Fatalf("the chain counts %d entries (%v)", state.EntryCount, err)
	}

	// A restart keeps it all.
	stop(t, a)
	a.StartDaemon()
	mustContain(t, a.IPFS("ring", "head", "club", "--member", "alice", "--source", "chain").Stdout.String(), "5")
	if entries := ipfsJSON[ring.EntryList](t, a, "ring", "entries", "club"); entries.Count != 1 {
		t.Fatalf("entries after a restart: %+v", entries)
	}
	// and the relayer picks up at the account's next nonce.
	a.IPFS("ring", "append", "club", "after the restart", "--from", "alice")
	ipfsJSON[commands.FlushOutput](t, a, "ring", "flush", "club", "--from", "alice")
	if state, err = client.State(ctx, club.Address); err != nil {
		t.Fatal(err)
	}
	if m, ok := state.Member(avatarAddress(t, a, "alice")); !ok || m.Seq != 6 {
		t.Fatalf("alice's head after a flush after the restart: %+v", m)
	}
}

// TestAnvilRelayer runs a replica's relayer into what a real chain does to
// it (issue 13, point 4), on anvil: its account runs dry, so a flush it
// acknowledged stays queued with a clear error and is relayed once the
// account is funded again; another process spends from the same account
// in between, and the relayer's next transaction takes the next nonce; a
// base fee raised tenfold is paid (EIP-1559 fees follow the chain's); a
// transaction that the chain drops before mining is sent again, same
// nonce, at a higher fee (Chain.ReplaceAfter).
func TestAnvilRelayer(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	av := anvil.Start(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	ctx := context.Background()

	// Contracts from a deployer outside the nodes.
	deployer, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	av.Fund(t, crypto.PubkeyToAddress(deployer.PublicKey), anvil.Ether(100))
	d, err := chain.DeployAll(ctx, av.Client, deployer, chain.DeployOptions{NetworkFeeBps: 100})
	if err != nil {
		t.Fatal(err)
	}
	cfg := func(extra map[string]any) map[string]any {
		out := map[string]any{"Chain": map[string]any{"RPC": av.URL, "Factory": d.Factory.Hex(), "Relayer": "relayer", "ChainID": 31337}}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}
	node := func(extra map[string]any, keys ...string) *harness.Node {
		n := h.NewNode().Init("--profile=test")
		configure(n, cfg(extra))
		for _, k := range append([]string{"relayer"}, keys...) {
			n.IPFS("key", "gen", "--type=secp256k1", k)
		}
		av.Fund(t, avatarAddress(t, n, "relayer"), anvil.Ether(1))
		n.StartDaemon()
		t.Cleanup(func() { stop(t, n) })
		return n
	}
	rep := node(map[string]any{"Replica": map[string]any{"Avatar": "rep", "RelayWait": "1s"},
		"Chain": map[string]any{"RPC": av.URL, "Factory": d.Factory.Hex(), "Relayer": "relayer", "ChainID": 31337, "ReplaceAfter": "2s"}}, "rep")
	a := node(nil, "alice")
	relayer := avatarAddress(t, rep, "relayer")
	rr := ipfsJSON[ring.Created](t, rep, "ring", "create", "replicas", "--from", "rep", "--members", "rep")
	ipfsJSON[ring.Created](t, a, "ring", "create", "club", "--from", "alice", "--members", "alice")
	repURL := gatewayURL(t, rep)
	ipfsJSON[gateway.ReplicateStatus](t, a, "ring", "replicate", "club", "--from", "alice", "--via", repURL, "--replica-ring", rr.Address.Hex())
	status := func(id string) gateway.FlushStatus {
		t.Helper()
		body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "FlushStatus", "params": map[string]string{"id": id}})
		resp, err := http.Post(repURL+"/ring/rpc", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var out struct {
			Result gateway.FlushStatus `json:"result"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			t.Fatal(err)
		}
		return out.Result
	}
	flush := func(text string) *gateway.FlushStatus {
		t.Helper()
		a.IPFS("ring", "append", "club", text, "--from", "alice")
		out := ipfsJSON[commands.FlushOutput](t, a, "ring", "flush", "club", "--from", "alice", "--via", repURL)
		if out.Replica == nil {
			t.Fatalf("flush via the replica: %+v", out)
		}
		return out.Replica
	}
	relayed := func(id string) gateway.FlushStatus {
		t.Helper()
		var st gateway.FlushStatus
		pollUntil(ctx, t, time.Minute, "flush "+id+" relayed", func() (bool, string) {
			st = status(id)
			return st.Status == "relayed", fmt.Sprintf("%+v", st)
		})
		return st
	}
	relayed(flush("funded").ID)

	// Out of funds: the flush is acknowledged and stays queued, with an
	// error that says what to do; funded again, it is relayed.
	av.Fund(t, relayer, new(big.Int))
	dry := flush("dry")
	if dry.Status != "received" {
		t.Fatalf("a flush to a replica whose relayer is dry: %+v", dry)
	}
	pollUntil(ctx, t, time.Minute, "the relay's error", func() (bool, string) {
		st := status(dry.ID)
		return st.Status == "received" && strings.Contains(st.Error, relayer.Hex()+" cannot pay") && strings.Contains(st.Error, "fund it"), fmt.Sprintf("%+v", st)
	})
	av.Fund(t, relayer, anvil.Ether(1))
	relayed(dry.ID)

	// Another process spends from the relayer's account: the next flush
	// takes the nonce after it.
	key := exportedKey(t, rep, "relayer")
	nonce, err := av.Client.PendingNonceAt(ctx, relayer)
	if err != nil {
		t.Fatal(err)
	}
	sendFrom(t, av.Client, key, nonce)
	if st := relayed(flush("after another process").ID); st.TxHash == "" {
		t.Fatalf("relayed with no transaction: %+v", st)
	}

	// The base fee goes up tenfold: the next flush pays it.
	head, err := av.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	high := new(big.Int).Mul(head.BaseFee, big.NewInt(10))
	av.Call(t, nil, "anvil_setNextBlockBaseFeePerGas", (*hexutil.Big)(high))
	st := relayed(flush("high base fee").ID)
	r, err := av.Client.TransactionReceipt(ctx, common.HexToHash(st.TxHash))
	if err != nil {
		t.Fatal(err)
	}
	// (The base fee falls by at most 1/8 a block after the rise: the price
	// paid stays far above the old base fee.)
	if floor := new(big.Int).Mul(head.BaseFee, big.NewInt(5)); r.EffectiveGasPrice.Cmp(floor) < 0 || r.Type != types.DynamicFeeTxType {
		t.Fatalf("relayed at %s wei/gas (type %d) after the base fee rose from %s to %s", r.EffectiveGasPrice, r.Type, head.BaseFee, high)
	}

	// A stuck transaction: with mining off, the relayer's transaction
	// waits in the pool; the chain drops it; mining back on, the relayer
	// sends it again after ReplaceAfter, same nonce, higher fee.
	av.Call(t, nil, "evm_setAutomine", false)
	stuck := flush("stuck")
	var dropped *types.Transaction
	pollUntil(ctx, t, time.Minute, "the relayer's transaction pending", func() (bool, string) {
		var pool struct {
			Pending map[common.Address]map[string]*types.Transaction `json:"pending"`
		}
		av.Call(t, &pool, "txpool_content")
		for _, tx := range pool.Pending[relayer] {
			dropped = tx
		}
		return dropped != nil, fmt.Sprintf("%d senders pending", len(pool.Pending))
	})
	av.Call(t, nil, "anvil_dropTransaction", dropped.Hash())
	av.Call(t, nil, "evm_setAutomine", true)
	st = relayed(stuck.ID)
	again, _, err := av.Client.TransactionByHash(ctx, common.HexToHash(st.TxHash))
	if err != nil {
		t.Fatal(err)
	}
	if again.Hash() == dropped.Hash() || again.Nonce() != dropped.Nonce() || again.GasFeeCap().Cmp(dropped.GasFeeCap()) <= 0 || again.GasTipCap().Cmp(dropped.GasTipCap()) <= 0 {
		t.Fatalf("the replacement: nonce %d, fee cap %s, tip %s (tx %s); dropped: nonce %d, fee cap %s, tip %s (tx %s)",
			again.Nonce(), again.GasFeeCap(), again.GasTipCap(), again.Hash().Hex(), dropped.Nonce(), dropped.GasFeeCap(), dropped.GasTipCap(), dropped.Hash().Hex())
	}
}

// sendFrom sends a zero-value transfer to itself from key's account at
// nonce, as another process using the same account would, and waits for it.
func sendFrom(t *testing.T, c *ethclient.Client, key *ecdsa.PrivateKey, nonce uint64) {
	t.Helper()
	ctx := context.Background()
	id, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	tip := big.NewInt(1_000_000_000)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip), Gas: 21_000, To: &me}), types.LatestSignerForChainID(id), key)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, c, tx.Hash()); err != nil {
		t.Fatal(err)
	}
}

// TestAnvilReorg has anvil reorganise the chain under the nodes (issue 13,
// point 3): the block holding a flush a replica relayed is replaced by an
// empty one. A member's node undoes the head it had read; the replica,
// restarted, finds the chain lost its flush and relays it again. A node
// with Sync.Confirmations 3 syncs to a head only once three blocks lie on
// top of it.
func TestAnvilReorg(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	av := anvil.Start(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	ctx := context.Background()
	deployer, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	av.Fund(t, crypto.PubkeyToAddress(deployer.PublicKey), anvil.Ether(100))
	d, err := chain.DeployAll(ctx, av.Client, deployer, chain.DeployOptions{NetworkFeeBps: 100})
	if err != nil {
		t.Fatal(err)
	}
	client, err := chain.New(ctx, av.Client, deployer, d.Factory)
	if err != nil {
		t.Fatal(err)
	}
	node := func(sync map[string]any, replica map[string]any, keys ...string) *harness.Node {
		n := h.NewNode().Init("--profile=test")
		cfg := map[string]any{"Chain": map[string]any{"RPC": av.URL, "Factory": d.Factory.Hex(), "Relayer": "relayer", "ChainID": 31337}, "Sync": sync}
		if replica != nil {
			cfg["Replica"] = replica
		}
		configure(n, cfg)
		for _, k := range append([]string{"relayer"}, keys...) {
			n.IPFS("key", "gen", "--type=secp256k1", k)
		}
		av.Fund(t, avatarAddress(t, n, "relayer"), anvil.Ether(1))
		n.StartDaemon()
		t.Cleanup(func() { stop(t, n) })
		return n
	}
	fast := map[string]any{"PollInterval": "200ms"}
	rep := node(fast, map[string]any{"Avatar": "rep", "RelayWait": "5s"}, "rep")
	a := node(fast, nil, "alice")
	b := node(map[string]any{"PollInterval": "200ms", "Confirmations": 3}, nil, "bob")
	alice := avatarAddress(t, a, "alice")
	club := ipfsJSON[ring.Created](t, a, "ring", "create", "club", "--from", "alice", "--members", "alice,"+avatarAddress(t, b, "bob").Hex())
	ipfsJSON[ring.Ring](t, b, "ring", "keys", "import", h.WriteToTemp(a.IPFS("ring", "keys", "export", "club").Stdout.String()))
	rr := ipfsJSON[ring.Created](t, rep, "ring", "create", "replicas", "--from", "rep", "--members", "rep")
	repURL := gatewayURL(t, rep)
	ipfsJSON[gateway.ReplicateStatus](t, a, "ring", "replicate", "club", "--from", "alice", "--via", repURL, "--replica-ring", rr.Address.Hex())
	chainSeq := func() uint64 {
		t.Helper()
		st, err := client.State(ctx, club.Address)
		if err != nil {
			t.Fatal(err)
		}
		m, _ := st.Member(alice)
		return m.Seq
	}
	cachedSeq := func(n *harness.Node) uint64 {
		t.Helper()
		for _, m := range ipfsJSON[ring.Info](t, n, "ring", "info", "club").Members {
			if m.Address == alice {
				return m.ChainSeq
			}
		}
		return 0
	}

	a.IPFS("ring", "append", "club", "before the reorg", "--from", "alice")
	if out := ipfsJSON[commands.FlushOutput](t, a, "ring", "flush", "club", "--from", "alice", "--via", repURL); out.Replica == nil || out.Replica.Status != "relayed" {
		t.Fatalf("flush via the replica: %+v", out.Replica)
	}
	if seq := chainSeq(); seq != 1 {
		t.Fatalf("the chain holds seq %d", seq)
	}
	pollUntil(ctx, t, time.Minute, "alice's node reading seq 1", func() (bool, string) {
		s := cachedSeq(a)
		return s == 1, fmt.Sprint(s)
	})
	// Bob's node sees the head on chain, but waits for three blocks on top
	// of the flush's before it syncs to it.
	pollUntil(ctx, t, time.Minute, "bob's node reading seq 1", func() (bool, string) {
		s := cachedSeq(b)
		return s == 1, fmt.Sprint(s)
	})
	if got := localSeq(t, b, alice); got != 0 {
		t.Fatalf("bob's node synced alice's head at seq %d before it had 3 confirmations", got)
	}

	// The replica stops; anvil replaces the flush's block (the latest) by
	// an empty one: the head is gone from the chain and from alice's
	// node's view of it.
	stop(t, rep)
	av.Call(t, nil, "anvil_reorg", 1, []any{})
	if seq := chainSeq(); seq != 0 {
		t.Fatalf("after the reorg the chain holds seq %d", seq)
	}
	pollUntil(ctx, t, time.Minute, "alice's node undoing seq 1", func() (bool, string) {
		s := cachedSeq(a)
		return s == 0, fmt.Sprint(s)
	})

	// Restarted, the replica finds the chain lost its flush and relays it
	// again; three blocks later bob's node syncs to it.
	rep.StartDaemon()
	pollUntil(ctx, t, time.Minute, "the flush relayed again", func() (bool, string) {
		s := chainSeq()
		return s == 1, fmt.Sprint(s)
	})
	for _, n := range []*harness.Node{a, b} {
		pollUntil(ctx, t, time.Minute, "the nodes reading seq 1 again", func() (bool, string) {
			s := cachedSeq(n)
			return s == 1, fmt.Sprint(s)
		})
	}
	if got := localSeq(t, b, alice); got != 0 {
		t.Fatalf("bob's node synced alice's head at seq %d before it had 3 confirmations", got)
	}
	av.Mine(t, 3)
	pollUntil(ctx, t, time.Minute, "bob's node syncing alice's head after 3 confirmations", func() (bool, string) {
		s := localSeq(t, b, alice)
		return s == 1, fmt.Sprint(s)
	})
}

// localSeq is the seq of member's log on n (0: none).
func localSeq(t *testing.T, n *harness.Node, member common.Address) uint64 {
	t.Helper()
	for _, h := range ipfsJSON[commands.HeadOutput](t, n, "ring", "head", "club").Heads {
		if h.Member == member {
			return h.Seq
		}
	}
	return 0
}

// TestDeployProxyOnAnvil deploys on an anvil without the deterministic
// deployment proxy (--disable-default-create2-deployer): DeployAll funds
// its one-time signer, sends its presigned transaction, and then deploys
// through it at the same addresses as on an anvil that shipped it.
func TestDeployProxyOnAnvil(t *testing.T) {
	ctx := context.Background()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	var deployments []*chain.Deployment
	for _, args := range [][]string{{"--disable-default-create2-deployer"}, nil} {
		av := anvil.Start(t, args...)
		av.Fund(t, crypto.PubkeyToAddress(key.PublicKey), anvil.Ether(10))
		d, err := chain.DeployAll(ctx, av.Client, key, chain.DeployOptions{NetworkFeeBps: 100})
		if err != nil {
			t.Fatal(err)
		}
		deployments = append(deployments, d)
	}
	without, with := deployments[0], deployments[1]
	if p := without.Steps[0]; p.Action != "deployed" || p.Tx == (common.Hash{}) || p.Fee.Cmp(big.NewInt(10_000_000_000_000_000)) < 0 {
		t.Fatalf("the proxy on an anvil without it: %+v", p)
	}
	if with.Steps[0].Action != "found" || !without.Deterministic || !with.Deterministic ||
		without.Factory != with.Factory || without.Market != with.Market || without.Challenges != with.Challenges {
		t.Fatalf("deployed without the proxy first %+v, with it %+v", without, with)
	}
}
