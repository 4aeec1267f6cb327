package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts"
)

// FlushGas is the gas a status check budgets per flush: a member's first
// flush on osaka rules (its steady-state flushes cost about half;
// docs/contracts.md, Gas).
const FlushGas = 105_000

// ChainCheck is one check of a chain a node is configured for.
type ChainCheck struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// ChainStatusInput is what a node's config says of its chain: the chain
// id (0: any), the contracts (zero: not configured), its relayer's account
// and how many flushes its balance must cover.
type ChainStatusInput struct {
	ChainID    uint64
	Factory    common.Address
	Market     common.Address
	Challenges common.Address
	Relayer    common.Address
	Flushes    uint64
}

// ChainStatus is the result of CheckChain.
type ChainStatus struct {
	ChainID  uint64       `json:"chainId"`
	Head     uint64       `json:"head"`
	GasPrice *big.Int     `json:"gasPrice"` // wei, what the chain suggests now
	Balance  *big.Int     `json:"balance"`  // the relayer's, wei
	Checks   []ChainCheck `json:"checks"`
	OK       bool         `json:"ok"`
}

// CheckChain checks a chain against what a node's config expects of it:
// the chain id, each configured contract's code against the committed
// artifact's, and whether the relayer's balance covers in.Flushes
// flushes of FlushGas at the current gas price. backend must read
// balances (an *ethclient.Client does). Only failing to reach the chain
// at all is an error; every other finding is a check.
func CheckChain(ctx context.Context, backend interface {
	Backend
	BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
}, in ChainStatusInput) (*ChainStatus, error) {
	id, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: the chain cannot be reached: %w", err)
	}
	head, err := backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: reading the latest block: %w", err)
	}
	st := &ChainStatus{ChainID: id.Uint64(), Head: head.Number.Uint64(), OK: true}
	add := func(name string, ok bool, format string, args ...any) {
		st.Checks = append(st.Checks, ChainCheck{Name: name, OK: ok, Detail: fmt.Sprintf(format, args...)})
		st.OK = st.OK && ok
	}
	add("reachable", true, "chain %d at block %d", st.ChainID, st.Head)
	if in.ChainID != 0 {
		add("chain id", in.ChainID == st.ChainID, "configured %d, the chain serves %d", in.ChainID, st.ChainID)
	}
	for _, c := range []struct {
		name string
		addr common.Address
	}{{"RingFactory", in.Factory}, {"Market", in.Market}, {"Challenges", in.Challenges}} {
		if c.addr == (common.Address{}) {
			continue
		}
		art, err := contracts.ReadArtifact(c.name)
		if err != nil {
			return nil, err
		}
		code, err := backend.CodeAt(ctx, c.addr, nil)
		switch {
		case err != nil:
			add(c.name, false, "reading the code at %s: %v", c.addr.Hex(), err)
		case len(code) == 0:
			add(c.name, false, "no contract at %s: deploy with `ipfs ring chain deploy`", c.addr.Hex())
		case !bytes.Equal(code, art.DeployedBytecode):
			add(c.name, false, "%s holds %d bytes that are not this version's %s (%d bytes): deploy this version with `ipfs ring chain deploy`", c.addr.Hex(), len(code), c.name, len(art.DeployedBytecode))
		default:
			add(c.name, true, "%s has this version's code", c.addr.Hex())
		}
	}
	if st.GasPrice, err = backend.SuggestGasPrice(ctx); err != nil {
		return nil, fmt.Errorf("chain: reading the gas price: %w", err)
	}
	if in.Relayer != (common.Address{}) {
		if st.Balance, err = backend.BalanceAt(ctx, in.Relayer, nil); err != nil {
			return nil, fmt.Errorf("chain: reading the relayer's balance: %w", err)
		}
		need := new(big.Int).Mul(st.GasPrice, new(big.Int).SetUint64(FlushGas*in.Flushes))
		covers := new(big.Int)
		if per := new(big.Int).Mul(st.GasPrice, big.NewInt(FlushGas)); per.Sign() > 0 {
			covers.Div(st.Balance, per)
		}
		add("relayer balance", st.Balance.Cmp(need) >= 0, "%s holds %s wei: about %s flushes at %s wei/gas (%d wanted)",
			in.Relayer.Hex(), st.Balance, covers, st.GasPrice, in.Flushes)
	}
	return st, nil
}
