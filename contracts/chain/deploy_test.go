package chain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
)

// TestDeployAll deploys every contract on a fresh chain through the
// deterministic deployment proxy (which go-ethereum's dev genesis has, as
// anvil's does): a dry run before predicts the addresses and
// estimates the gas; the deployment puts the committed artifacts' code at
// those addresses and wires the market to the challenges; a second run
// finds everything and sends nothing; another deployer gets the same
// factory and its own market and challenges.
func TestDeployAll(t *testing.T) {
	ctx := context.Background()
	dc, err := devchain.Open(devchain.Config{DataDir: t.TempDir(), RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	backend, err := ethclient.Dial(dc.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	key := dc.RelayerKey()
	me := crypto.PubkeyToAddress(key.PublicKey)

	dry, err := chain.DeployAll(ctx, backend, key, chain.DeployOptions{DryRun: true, NetworkFeeBps: 100})
	if err != nil {
		t.Fatal(err)
	}
	if !dry.Deterministic || len(dry.Steps) != 5 || dry.Gas == 0 || dry.Fee.Sign() <= 0 {
		t.Fatalf("dry run: %+v", dry)
	}
	if dry.Steps[0].Action != "found" {
		t.Fatalf("the deployment proxy: %+v", dry.Steps[0])
	}
	for _, s := range dry.Steps[1:4] {
		if s.Action != "would deploy" || s.Gas == 0 {
			t.Fatalf("dry run step %+v: want a deployment with its gas estimated", s)
		}
	}
	if nonce, err := backend.NonceAt(ctx, me, nil); err != nil || nonce != 0 {
		t.Fatalf("the dry run sent transactions: nonce %d, %v", nonce, err)
	}

	var progress []string
	d, err := chain.DeployAll(ctx, backend, key, chain.DeployOptions{NetworkFeeBps: 100, Progress: func(s chain.DeployStep) { progress = append(progress, s.Name) }})
	if err != nil {
		t.Fatal(err)
	}
	if d.Factory != dry.Factory || d.Market != dry.Market || d.Challenges != dry.Challenges || !d.Deterministic {
		t.Fatalf("deployed %+v, the dry run predicted %+v", d, dry)
	}
	want := []string{"found", "deployed", "deployed", "deployed", "set"}
	for i, s := range d.Steps[1:] {
		i++
		if s.Action != want[i] || s.Gas == 0 || s.Fee.Sign() <= 0 || s.Tx == (common.Hash{}) || progress[i] != s.Name {
			t.Fatalf("step %d: %+v (progress %v), want %s with gas, fee and tx", i, s, progress, want[i])
		}
	}
	// The contracts work: the market reads the challenges, which read it,
	// and the factory makes rings.
	c, err := chain.New(ctx, backend, key, d.Factory)
	if err != nil {
		t.Fatal(err)
	}
	m, err := chain.NewMarket(ctx, c, d.Market)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := m.MarketChallenges(ctx); err != nil || got != d.Challenges {
		t.Fatalf("the market's challenges: %s, %v; want %s", got.Hex(), err, d.Challenges.Hex())
	}
	ch, err := chain.NewChallenges(ctx, c, d.Challenges)
	if err != nil {
		t.Fatal(err)
	}
	if admin, err := ch.Admin(ctx); err != nil || admin != me {
		t.Fatalf("the challenges' admin %s, %v; want the deployer %s", admin.Hex(), err, me.Hex())
	}

	// Again: everything is found, nothing is sent.
	nonce, err := backend.NonceAt(ctx, me, nil)
	if err != nil {
		t.Fatal(err)
	}
	again, err := chain.DeployAll(ctx, backend, key, chain.DeployOptions{NetworkFeeBps: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range again.Steps {
		if s.Action != "found" || s.Gas != 0 {
			t.Fatalf("second run step %+v: want found", s)
		}
	}
	if after, err := backend.NonceAt(ctx, me, nil); err != nil || after != nonce || again.Market != d.Market {
		t.Fatalf("the second run sent %d transactions (%v) or moved the market to %s", after-nonce, err, again.Market.Hex())
	}

	// Another deployer: the same factory (no arguments), its own market
	// and challenges.
	other := funded(t, backend, key)
	o, err := chain.DeployAll(ctx, backend, other, chain.DeployOptions{NetworkFeeBps: 100})
	if err != nil {
		t.Fatal(err)
	}
	if o.Factory != d.Factory || o.Steps[1].Action != "found" || o.Market == d.Market || o.Challenges == d.Challenges {
		t.Fatalf("another deployer's deployment %+v, the first's %+v", o, d)
	}
}

// TestDeployAllWithoutProxy: with Create (as on a chain where the proxy
// cannot be deployed) the contracts are created from the deployer's
// account, and a second run finds them among its earlier transactions'
// addresses.
func TestDeployAllWithoutProxy(t *testing.T) {
	ctx := context.Background()
	dc, err := devchain.Open(devchain.Config{DataDir: t.TempDir(), RPCAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { dc.Close() })
	backend, err := ethclient.Dial(dc.RPCEndpoint())
	if err != nil {
		t.Fatal(err)
	}
	key := dc.RelayerKey()
	opts := chain.DeployOptions{NetworkFeeBps: 100, Create: true}
	dry, err := chain.DeployAll(ctx, backend, key, chain.DeployOptions{NetworkFeeBps: 100, Create: true, DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	d, err := chain.DeployAll(ctx, backend, key, opts)
	if err != nil {
		t.Fatal(err)
	}
	if d.Deterministic || d.Steps[0].Action != "unused" || d.Steps[1].Action != "deployed" || d.Steps[4].Action != "set" {
		t.Fatalf("deployment without the proxy: %+v", d)
	}
	// The dry run predicted the addresses (the deployer's next nonces) and
	// estimated every deployment, the challenges' with the market's code
	// assumed at its address.
	if dry.Factory != d.Factory || dry.Market != d.Market || dry.Challenges != d.Challenges ||
		dry.Steps[1].Gas == 0 || dry.Steps[2].Gas == 0 || dry.Steps[3].Gas == 0 {
		t.Fatalf("dry run %+v, deployment %+v", dry, d)
	}
	again, err := chain.DeployAll(ctx, backend, key, opts)
	if err != nil {
		t.Fatal(err)
	}
	if again.Factory != d.Factory || again.Market != d.Market || again.Challenges != d.Challenges {
		t.Fatalf("second run %+v, first %+v", again, d)
	}
	for _, s := range again.Steps[1:] {
		if s.Action != "found" {
			t.Fatalf("second run step %+v: want found", s)
		}
	}
}

// funded makes a key and sends it 10 ether from from.
func funded(t *testing.T, backend *ethclient.Client, from *ecdsa.PrivateKey) *ecdsa.PrivateKey {
	t.Helper()
	ctx := context.Background()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	to := crypto.PubkeyToAddress(k.PublicKey)
	sender := crypto.PubkeyToAddress(from.PublicKey)
	nonce, err := backend.PendingNonceAt(ctx, sender)
	if err != nil {
		t.Fatal(err)
	}
	id, err := backend.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := backend.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := backend.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: id, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &to,
		Value: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))}), types.LatestSignerForChainID(id), from)
	if err != nil {
		t.Fatal(err)
	}
	if err := backend.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, backend, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	return k
}
