package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mosaic-rings/rings/contracts/bindings"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// CheckpointFrequency is the contract's CHECKPOINT_FREQUENCY: it keeps the
// most recent this many entries, and archives every this-many-th for good.
const CheckpointFrequency = 100

// CommitEntry relays commitEntry: entry index of the ring's consensus log,
// the digest of its RingEntry block, the previous entry's digest (zero for
// index 0), and the members' RingEntry signatures, ordered by signer
// address, ascending.
func (c *Client) CommitEntry(ctx context.Context, ring common.Address, index uint64, entry, prev [32]byte, sigs [][]byte) (*Receipt, error) {
	rc := c.ring.Instance(c.backend, ring)
	data := c.ring.PackCommitEntry(index, entry, prev, sigs)
	return c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bind.Transact(rc, opts, data)
	})
}

// RegisterOutputs relays registerOutputs: outs with the members' Outputs
// signatures over the ring's current outputs nonce, ordered by signer
// address, ascending.
func (c *Client) RegisterOutputs(ctx context.Context, ring common.Address, outs []schemas.Output, sigs [][]byte) (*Receipt, error) {
	bo := make([]bindings.RingLogsOutput, len(outs))
	for i, o := range outs {
		d, err := schemas.Digest(o.Data)
		if err != nil {
			return nil, fmt.Errorf("chain: output %d: %w", o.Pin, err)
		}
		bo[i] = bindings.RingLogsOutput{Pin: big.NewInt(o.Pin), Data: d}
	}
	rc := c.ring.Instance(c.backend, ring)
	data := c.ring.PackRegisterOutputs(bo, sigs)
	return c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bind.Transact(rc, opts, data)
	})
}

// OutputsNonce is the nonce the next registerOutputs must be signed over.
func (c *Client) OutputsNonce(ctx context.Context, ring common.Address) (*big.Int, error) {
	rc := c.ring.Instance(c.backend, ring)
	n, err := bind.Call(rc, &bind.CallOpts{Context: ctx}, c.ring.PackOutputsNonce(), c.ring.UnpackOutputsNonce)
	if err != nil {
		return nil, c.ringCallErr(ring, "outputsNonce", err)
	}
	return n, nil
}

// EntryRef is one committed entry of a ring's consensus log: its index and
// the digest of its RingEntry block's CID.
type EntryRef struct {
	Index uint64      `json:"index"`
	Entry common.Hash `json:"entry"`
}

// Entries is a ring's consensus log as the contract keeps it, read at one
// block: the most recent CheckpointFrequency entries and every archived
// checkpoint (entries 99, 199, ...), oldest first.
type Entries struct {
	Block       uint64     `json:"block"`
	Count       uint64     `json:"count"`
	Recent      []EntryRef `json:"recent"`
	Checkpoints []EntryRef `json:"checkpoints"`
}

// Entries reads a ring's consensus log at the latest block (pinned by its
// hash): three calls and one per checkpoint.
func (c *Client) Entries(ctx context.Context, ring common.Address) (*Entries, error) {
	hdr, err := c.header(ctx)
	if err != nil {
		return nil, err
	}
	rc := c.ring.Instance(c.backend, ring)
	opts := &bind.CallOpts{Context: ctx, BlockHash: hdr.Hash()}
	count, err := bind.Call(rc, opts, c.ring.PackEntryCount(), c.ring.UnpackEntryCount)
	if err != nil {
		return nil, c.ringCallErr(ring, "entryCount", err)
	}
	buf, err := bind.Call(rc, opts, c.ring.PackGetRingLogs(), c.ring.UnpackGetRingLogs)
	if err != nil {
		return nil, c.ringCallErr(ring, "getRingLogs", err)
	}
	nck, err := bind.Call(rc, opts, c.ring.PackCheckpointCount(), c.ring.UnpackCheckpointCount)
	if err != nil {
		return nil, c.ringCallErr(ring, "checkpointCount", err)
	}
	out := &Entries{Block: hdr.Number.Uint64(), Count: count, Recent: []EntryRef{}, Checkpoints: []EntryRef{}}
	first := uint64(0)
	if count > CheckpointFrequency {
		first = count - CheckpointFrequency
	}
	for i := first; i < count; i++ {
		out.Recent = append(out.Recent, EntryRef{Index: i, Entry: buf[i%CheckpointFrequency]})
	}
	for k := int64(0); k < nck.Int64(); k++ {
		e, err := bind.Call(rc, opts, c.ring.PackCheckpoints(big.NewInt(k)), c.ring.UnpackCheckpoints)
		if err != nil {
			return nil, c.ringCallErr(ring, "checkpoints", err)
		}
		out.Checkpoints = append(out.Checkpoints, EntryRef{Index: uint64(k)*CheckpointFrequency + CheckpointFrequency - 1, Entry: e})
	}
	return out, nil
}

// Registered is one registerOutputs the ring accepted.
type Registered struct {
	Nonce   uint64         `json:"nonce"`
	Block   uint64         `json:"block"`
	TxHash  common.Hash    `json:"txHash"`
	Outputs []OutputDigest `json:"outputs"`
}

// OutputDigest is one registered output: a pin and the digest of its CID.
type OutputDigest struct {
	Pin  *big.Int    `json:"pin"`
	Data common.Hash `json:"data"`
}

// Output reads outputs(pin) at the latest block: the digest of the CID
// registered under pin, zero if none. One eth_call.
func (c *Client) Output(ctx context.Context, ring common.Address, pin *big.Int) ([32]byte, error) {
	rc := c.ring.Instance(c.backend, ring)
	d, err := bind.Call(rc, &bind.CallOpts{Context: ctx}, c.ring.PackOutputs(pin), c.ring.UnpackOutputs)
	if err != nil {
		return [32]byte{}, c.ringCallErr(ring, "outputs", err)
	}
	return d, nil
}

// ErrNoOutputsBlock is returned by LatestOutputs for a ring whose contract
// predates outputsBlock: its registrations are found only by scanning its
// events (RegisteredOutputs).
var ErrNoOutputsBlock = errors.New("chain: the ring contract has no outputsBlock (an older version)")

// LatestOutputs returns the ring's latest registration of outputs, nil if
// it has none: one outputsBlock call at the latest block, then one log
// query over that block alone. It never scans the chain's history.
func (c *Client) LatestOutputs(ctx context.Context, ring common.Address) (*Registered, error) {
	hdr, err := c.header(ctx)
	if err != nil {
		return nil, err
	}
	rc := c.ring.Instance(c.backend, ring)
	at, err := bind.Call(rc, &bind.CallOpts{Context: ctx, BlockHash: hdr.Hash()}, c.ring.PackOutputsBlock(), c.ring.UnpackOutputsBlock)
	if err != nil {
		var re *RevertError
		if err := c.ringCallErr(ring, "outputsBlock", err); !errors.As(err, &re) || len(re.Data) != 0 {
			return nil, err
		}
		// No such function: the call reverts without data.
		return nil, fmt.Errorf("%w: ring %s", ErrNoOutputsBlock, ring.Hex())
	}
	if at == 0 {
		return nil, nil
	}
	regs, err := c.registered(ctx, ring, at, &at)
	if err != nil {
		return nil, err
	}
	if len(regs) == 0 {
		return nil, fmt.Errorf("chain: ring %s says its latest outputs were registered in block %d, which holds no OutputsRegistered event: the chain reorganised; read again", ring.Hex(), at)
	}
	return &regs[len(regs)-1], nil
}

// RegisteredOutputs lists a ring's OutputsRegistered events since block
// from, oldest first: one log query from block from to the latest. From
// block 0 it scans the whole chain, which a long chain or a public RPC
// endpoint may refuse; LatestOutputs and Output read without a scan.
func (c *Client) RegisteredOutputs(ctx context.Context, ring common.Address, from uint64) ([]Registered, error) {
	return c.registered(ctx, ring, from, nil)
}

// registered lists ring's OutputsRegistered events in blocks from to *to
// (the latest if to is nil), oldest first.
func (c *Client) registered(ctx context.Context, ring common.Address, from uint64, to *uint64) ([]Registered, error) {
	ev := c.ring.GetABI().Events["OutputsRegistered"]
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{ring},
		Topics:    [][]common.Hash{{ev.ID}},
	}
	if to != nil {
		q.ToBlock = new(big.Int).SetUint64(*to)
	}
	logs, err := c.backend.FilterLogs(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("chain: reading OutputsRegistered events: %w", err)
	}
	out := []Registered{}
	for i := range logs {
		e, err := c.ring.UnpackOutputsRegisteredEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("chain: OutputsRegistered event in tx %s: %w", logs[i].TxHash.Hex(), err)
		}
		r := Registered{Nonce: e.Nonce.Uint64(), Block: logs[i].BlockNumber, TxHash: logs[i].TxHash, Outputs: []OutputDigest{}}
		for _, o := range e.Outputs {
			r.Outputs = append(r.Outputs, OutputDigest{Pin: o.Pin, Data: o.Data})
		}
		out = append(out, r)
	}
	return out, nil
}
