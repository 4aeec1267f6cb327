package chain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mosaic-rings/rings/contracts"
	"github.com/mosaic-rings/rings/contracts/bindings"
)

// Deploying every contract Rings needs on any EVM chain (`ipfs ring chain
// deploy`, docs/configuration.md "Moving to a real chain").
//
// The contracts go through the deterministic deployment proxy, the CREATE2
// factory most EVM chains have at DeployProxy (anvil ships it; elsewhere
// anyone deploys it with its one presigned transaction, Nick's method), so
// a contract's address depends only on its init code: the same deployer
// gets the same addresses on every chain, and a second run finds what the
// first deployed instead of deploying it again. On a chain where the proxy
// cannot be deployed (it refuses transactions without EIP-155 replay
// protection), the contracts are created from the deployer's account
// (CREATE), and a second run finds them among the deployer's earlier
// transactions' addresses.

// DeployProxy is the deterministic deployment proxy's address: a contract
// that CREATE2s its calldata's init code (after a 32-byte salt) and
// returns the address.
var DeployProxy = common.HexToAddress("0x4e59b44847b379578588920ca78fbf26c0b4956c")

var (
	// deployProxySigner is the one-time account of the proxy's presigned
	// deployment (no one holds its key), deployProxyTx that transaction
	// (pre-EIP-155, gas price 100 gwei, gas 100,000) and deployProxyFunding
	// what it costs: 0.01 ether.
	deployProxySigner  = common.HexToAddress("0x3fab184622dc19b6109349b94811493bf2a45362")
	deployProxyTx      = common.FromHex("0xf8a58085174876e800830186a08080b853604580600e600039806000f350fe7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf31ba02222222222222222222222222222222222222222222222222222222222222222a02222222222222222222222222222222222222222222222222222222222222222")
	deployProxyFunding = big.NewInt(10_000_000_000_000_000)
	deployProxyCode    = common.FromHex("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe03601600081602082378035828234f58015156039578182fd5b8082525050506014600cf3")
)

// DeployStep is one step of a deployment: a contract found or deployed, or
// a call made; in a dry run, what would be done.
type DeployStep struct {
	Name    string         `json:"name"`
	Address common.Address `json:"address"`
	// Action is "found" (already there, with the expected code),
	// "deployed", "set" (a call), in a dry run "would deploy" and "would
	// set"; for the deployment proxy also "unavailable" (the chain refused
	// it) and "unused" (DeployOptions.Create).
	Action string `json:"action"`
	// Gas is the gas used, or in a dry run estimated (0: not known); Fee
	// is gas × the effective gas price (estimated: the price the chain
	// suggests now), in wei.
	Gas  uint64      `json:"gas"`
	Fee  *big.Int    `json:"fee"`
	Tx   common.Hash `json:"tx,omitzero"`
	Note string      `json:"note,omitempty"`
}

// Deployment is what DeployAll found and did on one chain.
type Deployment struct {
	ChainID  uint64         `json:"chainId"`
	Deployer common.Address `json:"deployer"`
	// Deterministic: the contracts went through DeployProxy (CREATE2), so
	// the same deployer gets the same addresses on every chain.
	Deterministic bool           `json:"deterministic"`
	Factory       common.Address `json:"factory"`
	Market        common.Address `json:"market"`
	Challenges    common.Address `json:"challenges"`
	Steps         []DeployStep   `json:"steps"`
	Gas           uint64         `json:"gas"`
	Fee           *big.Int       `json:"fee"` // wei
	DryRun        bool           `json:"dryRun,omitempty"`
}

// DeployOptions are a deployment's choices.
type DeployOptions struct {
	// DryRun finds what exists and estimates the gas of the rest, sending
	// nothing.
	DryRun bool
	// Create deploys with CREATE from the deployer's account even where
	// the deployment proxy is (addresses of this chain only).
	Create bool
	// NetworkFeeBps is the market's network fee, paid to the deployer (its
	// admin may change both later). It is part of the market's init code,
	// hence of its address.
	NetworkFeeBps uint16
	// Progress, when set, gets each step as it is done.
	Progress func(DeployStep)
}

// ErrDeployConflict is returned when an address DeployAll would deploy to
// holds other code.
var ErrDeployConflict = errors.New("chain: another contract is at the deployment address")

// DeployAll deploys, from key's account, every contract Rings needs that
// the chain does not have yet: the ring factory (with the Ring
// implementation it creates), the market (admin and fee recipient: the
// deployer) and the challenges (admin: the deployer), and points the
// market at the challenges. Contracts found with the committed artifacts'
// code are reused, never deployed twice.
func DeployAll(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, opts DeployOptions) (*Deployment, error) {
	c, err := newClient(ctx, backend, key)
	if err != nil {
		return nil, err
	}
	d := &deployer{c: c, key: key, opts: opts, out: &Deployment{ChainID: c.ChainID(), Deployer: c.from, Fee: new(big.Int), DryRun: opts.DryRun}}
	if d.price, err = backend.SuggestGasPrice(ctx); err != nil {
		return nil, fmt.Errorf("chain: reading the gas price: %w", err)
	}
	if err := d.proxy(ctx); err != nil {
		return nil, err
	}
	me := d.out.Deployer
	factory, err := d.contract(ctx, "RingFactory", nil, nil)
	if err != nil {
		return nil, err
	}
	market, err := d.contract(ctx, "Market", bindings.NewMarket().PackConstructor(factory, me, me, opts.NetworkFeeBps), nil)
	if err != nil {
		return nil, err
	}
	// The challenges' constructor checks that the market has code: in a
	// dry run where the market is not there yet, the estimate overrides it.
	marketArt, err := contracts.ReadArtifact("Market")
	if err != nil {
		return nil, err
	}
	challenges, err := d.contract(ctx, "Challenges", challengesABI.PackConstructor(market, me), map[common.Address][]byte{market: marketArt.DeployedBytecode})
	if err != nil {
		return nil, err
	}
	d.out.Factory, d.out.Market, d.out.Challenges = factory, market, challenges
	if err := d.wire(ctx, market, challenges); err != nil {
		return nil, err
	}
	return d.out, nil
}

type deployer struct {
	c     *Client
	key   *ecdsa.PrivateKey
	opts  DeployOptions
	price *big.Int
	out   *Deployment
	// planned counts the CREATEs a dry run would send, so that each
	// predicted address takes the next nonce.
	planned uint64
}

func (d *deployer) step(s DeployStep) {
	if s.Fee == nil {
		s.Fee = new(big.Int)
	}
	d.out.Steps = append(d.out.Steps, s)
	d.out.Gas += s.Gas
	d.out.Fee.Add(d.out.Fee, s.Fee)
	if d.opts.Progress != nil {
		d.opts.Progress(s)
	}
}

func (d *deployer) estimated(gas uint64) *big.Int {
	return new(big.Int).Mul(d.price, new(big.Int).SetUint64(gas))
}

// proxy makes sure DeployProxy is there: found, or deployed with its
// presigned transaction after funding its one-time signer. A chain that
// refuses that transaction gets CREATE deployments instead.
func (d *deployer) proxy(ctx context.Context) error {
	if d.opts.Create {
		d.step(DeployStep{Name: "deployment proxy", Address: DeployProxy, Action: "unused", Note: "Create: contracts are created from the deployer's account"})
		return nil
	}
	code, err := d.c.backend.CodeAt(ctx, DeployProxy, nil)
	if err != nil {
		return fmt.Errorf("chain: reading the deployment proxy's code: %w", err)
	}
	s := DeployStep{Name: "deployment proxy", Address: DeployProxy}
	switch {
	case bytes.Equal(code, deployProxyCode):
		d.out.Deterministic = true
		s.Action = "found"
		d.step(s)
		return nil
	case len(code) != 0:
		return fmt.Errorf("%w: %s (the deployment proxy's address) holds %d bytes of other code", ErrDeployConflict, DeployProxy.Hex(), len(code))
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(deployProxyTx); err != nil {
		return fmt.Errorf("chain: the deployment proxy's transaction: %w", err)
	}
	s.Gas, s.Fee = tx.Gas(), deployProxyFunding
	s.Note = "its one-time signer " + deployProxySigner.Hex() + " is funded with 0.01 ether for its presigned transaction"
	if d.opts.DryRun {
		d.out.Deterministic = true
		s.Action = "would deploy"
		d.step(s)
		return nil
	}
	var fund *Receipt
	if have, err := d.balance(ctx, deployProxySigner); err != nil || have.Cmp(deployProxyFunding) < 0 {
		if fund, _, err = d.c.sendAs(ctx, d.key, deployProxyFunding, d.transfer(ctx, deployProxySigner)); err != nil {
			return fmt.Errorf("chain: funding the deployment proxy's signer %s: %w", deployProxySigner.Hex(), err)
		}
	}
	if err := d.c.backend.SendTransaction(ctx, tx); err != nil {
		// Typically "only replay-protected (EIP-155) transactions allowed
		// over RPC": no CREATE2 here; create from the deployer instead.
		s.Action, s.Gas, s.Note = "unavailable", 0, "the chain refused its presigned transaction ("+err.Error()+"): contracts are created from the deployer's account, at addresses of this chain only"
		if fund != nil {
			s.Gas, s.Fee, s.Tx = fund.GasUsed, new(big.Int).Add(fund.Fee, deployProxyFunding), fund.TxHash
		}
		d.step(s)
		return nil
	}
	r, err := waitMined(ctx, d.c.backend, tx.Hash())
	if err != nil {
		return fmt.Errorf("chain: waiting for the deployment proxy's transaction %s: %w", tx.Hash().Hex(), err)
	}
	if code, err = d.c.backend.CodeAt(ctx, DeployProxy, nil); err != nil || !bytes.Equal(code, deployProxyCode) {
		return fmt.Errorf("chain: the deployment proxy's transaction %s left %d bytes at %s (%v)", tx.Hash().Hex(), len(code), DeployProxy.Hex(), err)
	}
	d.out.Deterministic = true
	s.Action, s.Tx, s.Gas = "deployed", tx.Hash(), r.GasUsed
	if fund != nil {
		s.Gas += fund.GasUsed
		s.Fee = new(big.Int).Add(deployProxyFunding, fund.Fee)
	}
	d.step(s)
	return nil
}

// transfer builds, signs and sends a plain transfer of opts.Value to `to`
// (bind's transactors take only contracts as targets).
func (d *deployer) transfer(ctx context.Context, to common.Address) func(*bind.TransactOpts) (*types.Transaction, error) {
	return func(opts *bind.TransactOpts) (*types.Transaction, error) {
		nonce, err := d.c.backend.PendingNonceAt(ctx, opts.From)
		if err != nil {
			return nil, err
		}
		tip, feeCap := opts.GasTipCap, opts.GasFeeCap
		if tip == nil || feeCap == nil {
			if tip, err = d.c.backend.SuggestGasTipCap(ctx); err != nil {
				return nil, err
			}
			head, err := d.c.backend.HeaderByNumber(ctx, nil)
			if err != nil {
				return nil, err
			}
			feeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
		}
		tx, err := opts.Signer(opts.From, types.NewTx(&types.DynamicFeeTx{ChainID: d.c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: 21_000, To: &to, Value: opts.Value}))
		if err != nil {
			return nil, err
		}
		return tx, d.c.backend.SendTransaction(ctx, tx)
	}
}

// balance is an account's balance, on a backend that reads balances.
func (d *deployer) balance(ctx context.Context, a common.Address) (*big.Int, error) {
	b, ok := d.c.backend.(interface {
		BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
	})
	if !ok {
		return nil, errors.New("the backend reads no balances")
	}
	return b.BalanceAt(ctx, a, nil)
}

// deploySalt is the CREATE2 salt of every contract: a version of the
// deployment scheme, not of the contracts (their init code is in the
// address already).
var deploySalt = crypto.Keccak256Hash([]byte("rings deployment v1"))

// contract finds or deploys the named contract of the committed artifacts
// with constructor arguments args, and returns its address. overrides are
// code to assume at addresses that a dry run has not deployed, for the
// estimate.
func (d *deployer) contract(ctx context.Context, name string, args []byte, overrides map[common.Address][]byte) (common.Address, error) {
	art, err := contracts.ReadArtifact(name)
	if err != nil {
		return common.Address{}, err
	}
	initCode := append(append([]byte{}, art.Bytecode...), args...)
	want := art.DeployedBytecode
	s := DeployStep{Name: name}
	if d.out.Deterministic {
		s.Address = crypto.CreateAddress2(DeployProxy, deploySalt, crypto.Keccak256(initCode))
		code, err := d.c.backend.CodeAt(ctx, s.Address, nil)
		if err != nil {
			return common.Address{}, fmt.Errorf("chain: reading %s's code at %s: %w", name, s.Address.Hex(), err)
		}
		switch {
		case bytes.Equal(code, want):
			s.Action = "found"
			d.step(s)
			return s.Address, nil
		case len(code) != 0:
			return common.Address{}, fmt.Errorf("%w: %s holds %d bytes that are not %s's", ErrDeployConflict, s.Address.Hex(), len(code), name)
		}
		data := append(deploySalt.Bytes(), initCode...)
		if d.opts.DryRun {
			s.Action = "would deploy"
			s.Gas = d.estimate(ctx, ethereum.CallMsg{From: d.out.Deployer, To: &DeployProxy, Data: data}, overrides)
			s.Fee = d.estimated(s.Gas)
			d.step(s)
			return s.Address, nil
		}
		r, _, err := d.c.sendAs(ctx, d.key, nil, func(opts *bind.TransactOpts) (*types.Transaction, error) {
			return bind.NewBoundContract(DeployProxy, abi.ABI{}, d.c.backend, d.c.backend, d.c.backend).RawTransact(opts, data)
		})
		if err != nil {
			return common.Address{}, fmt.Errorf("chain: deploying %s: %w", name, err)
		}
		if code, err := d.c.backend.CodeAt(ctx, s.Address, nil); err != nil || !bytes.Equal(code, want) {
			return common.Address{}, fmt.Errorf("chain: deploying %s (tx %s) left %d bytes of code at %s (%v)", name, r.TxHash.Hex(), len(code), s.Address.Hex(), err)
		}
		s.Action, s.Gas, s.Fee, s.Tx = "deployed", r.GasUsed, r.Fee, r.TxHash
		d.step(s)
		return s.Address, nil
	}
	// No proxy: an earlier CREATE of this deployer with this code, or a
	// new one.
	if addr, ok, err := d.created(ctx, want, args, name); err != nil || ok {
		if ok {
			s.Address, s.Action = addr, "found"
			d.step(s)
		}
		return addr, err
	}
	nonce, err := d.c.backend.PendingNonceAt(ctx, d.out.Deployer)
	if err != nil {
		return common.Address{}, err
	}
	s.Address = crypto.CreateAddress(d.out.Deployer, nonce+d.planned)
	if d.opts.DryRun {
		d.planned++
		s.Action = "would deploy"
		s.Gas = d.estimate(ctx, ethereum.CallMsg{From: d.out.Deployer, Data: initCode}, overrides)
		s.Fee = d.estimated(s.Gas)
		s.Note = "address of this chain only: from the deployer's nonce"
		d.step(s)
		return s.Address, nil
	}
	var addr common.Address
	r, _, err := d.c.sendAs(ctx, d.key, nil, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, err := bind.DeployContract(opts, art.Bytecode, d.c.backend, args)
		addr = a
		return tx, err
	})
	if err != nil {
		return common.Address{}, fmt.Errorf("chain: deploying %s: %w", name, err)
	}
	s.Address, s.Action, s.Gas, s.Fee, s.Tx = addr, "deployed", r.GasUsed, r.Fee, r.TxHash
	d.step(s)
	return addr, nil
}

// maxCreatedScan bounds how many of the deployer's earlier nonces created
// finds a contract among.
const maxCreatedScan = 256

// created looks for a contract with runtime code want that the deployer
// created (CREATE) with constructor arguments args, among the addresses of
// its last maxCreatedScan nonces; the arguments are checked by reading
// back what the constructors store.
func (d *deployer) created(ctx context.Context, want, args []byte, name string) (common.Address, bool, error) {
	nonce, err := d.c.backend.PendingNonceAt(ctx, d.out.Deployer)
	if err != nil {
		return common.Address{}, false, fmt.Errorf("chain: reading the deployer's nonce: %w", err)
	}
	for n := nonce; n > 0 && nonce-n < maxCreatedScan; n-- {
		a := crypto.CreateAddress(d.out.Deployer, n-1)
		code, err := d.c.backend.CodeAt(ctx, a, nil)
		if err != nil {
			return common.Address{}, false, err
		}
		if bytes.Equal(code, want) && d.sameArgs(ctx, name, a, args) {
			return a, true, nil
		}
	}
	return common.Address{}, false, nil
}

// sameArgs reports whether the contract at a was built with args, by what
// its constructor stored: the market's factory and fee, the challenges'
// market. (The factory takes none.)
func (d *deployer) sameArgs(ctx context.Context, name string, a common.Address, args []byte) bool {
	read := func(data []byte) []byte {
		out, err := d.c.backend.CallContract(ctx, ethereum.CallMsg{To: &a, Data: data}, nil)
		if err != nil {
			return nil
		}
		return out
	}
	switch name {
	case "Market":
		m := bindings.NewMarket()
		return len(args) >= 128 && bytes.Equal(read(m.PackFactory()), args[0:32]) && bytes.Equal(read(m.PackAdmin()), args[32:64]) &&
			bytes.Equal(read(m.PackNetworkFeeBps()), args[96:128])
	case "Challenges":
		return len(args) >= 64 && bytes.Equal(read(challengesABI.PackMarket()), args[0:32]) && bytes.Equal(read(challengesABI.PackAdmin()), args[32:64])
	}
	return true
}

// estimate is eth_estimateGas of msg with code assumed at the override
// addresses that hold none (through the backend's raw RPC client, when it
// has one); 0 when the chain cannot estimate it.
func (d *deployer) estimate(ctx context.Context, msg ethereum.CallMsg, overrides map[common.Address][]byte) uint64 {
	missing := map[common.Address]map[string]hexutil.Bytes{}
	for a, code := range overrides {
		if have, err := d.c.backend.CodeAt(ctx, a, nil); err == nil && len(have) == 0 {
			missing[a] = map[string]hexutil.Bytes{"code": code}
		}
	}
	if len(missing) == 0 {
		gas, err := d.c.backend.EstimateGas(ctx, msg)
		if err != nil {
			return 0
		}
		return gas
	}
	raw, ok := d.c.backend.(interface{ Client() *rpc.Client })
	if !ok {
		return 0
	}
	arg := map[string]any{"from": msg.From, "data": hexutil.Bytes(msg.Data)}
	if msg.To != nil {
		arg["to"] = msg.To
	}
	var gas hexutil.Uint64
	if err := raw.Client().CallContext(ctx, &gas, "eth_estimateGas", arg, "latest", missing); err != nil {
		return 0
	}
	return uint64(gas)
}

// wire points the market at the challenges (payment by record,
// amendments), unless it is already.
func (d *deployer) wire(ctx context.Context, market, challenges common.Address) error {
	s := DeployStep{Name: "Market.setChallenges", Address: market}
	m := bindings.NewMarket()
	if out, err := d.c.backend.CallContract(ctx, ethereum.CallMsg{To: &market, Data: m.PackChallenges()}, nil); err == nil {
		if got, err := m.UnpackChallenges(out); err == nil && got == challenges {
			s.Action = "found"
			s.Note = "the market reads the challenges already"
			d.step(s)
			return nil
		}
	}
	data := m.PackSetChallenges(challenges)
	if d.opts.DryRun {
		s.Action = "would set"
		if code, err := d.c.backend.CodeAt(ctx, challenges, nil); err == nil && len(code) != 0 {
			s.Gas = d.estimate(ctx, ethereum.CallMsg{From: d.out.Deployer, To: &market, Data: data}, nil)
		}
		s.Fee = d.estimated(s.Gas)
		d.step(s)
		return nil
	}
	r, _, err := d.c.sendAs(ctx, d.key, nil, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bind.NewBoundContract(market, m.GetABI(), d.c.backend, d.c.backend, d.c.backend).RawTransact(opts, data)
	})
	if err != nil {
		return fmt.Errorf("chain: pointing the market at the challenges: %w", marketErr(err))
	}
	s.Action, s.Gas, s.Fee, s.Tx = "set", r.GasUsed, r.Fee, r.TxHash
	d.step(s)
	return nil
}
