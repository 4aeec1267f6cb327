package ring

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// OutputsResult is the result of RegisterOutputs.
type OutputsResult struct {
	Ring    common.Address   `json:"ring"`
	Nonce   uint64           `json:"nonce"`
	Outputs []schemas.Output `json:"outputs"`
	Members int              `json:"members"`
	Need    int              `json:"need"`
	Votes   []Vote           `json:"votes"`
	TxHash  string           `json:"txHash"`
	Block   uint64           `json:"block"`
}

// RegisterOutputs registers outputs (pin → DAG root) in a ring: it signs
// the Outputs vote with this node's member avatars, asks the other
// members' nodes for theirs, and once 2/3 of the members have signed
// relays registerOutputs. outs must be sorted by pin without repeats.
func (s *Service) RegisterOutputs(ctx context.Context, ringName string, outs []schemas.Output) (*OutputsResult, error) {
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	if err := checkOutputs(outs); err != nil {
		return nil, err
	}
	st, err := s.cachedState(ctx, k.Ring, false)
	if err != nil {
		return nil, err
	}
	nonce, err := s.chain.OutputsNonce(ctx, k.Ring)
	if err != nil {
		return nil, err
	}
	digest, err := schemas.OutputsDigest(schemas.Domain{ChainID: k.Chain, Ring: k.Ring}, nonce, outs)
	if err != nil {
		return nil, err
	}
	if err := s.checkOutputs(ctx, k.Ring, outs); err != nil {
		return nil, err
	}
	if err := s.haveOutputs(ctx, outs); err != nil {
		return nil, err
	}
	votes, err := s.signAsMembers(digest, st)
	if err != nil {
		return nil, err
	}
	if s.opts.Voters != nil {
		s.connect(ctx, k.Ring, memberAddrs(st))
		votes = append(votes, s.opts.Voters.OutputsVotes(ctx, k.Ring, nonce, outs)...)
	}
	votes = checkVotes(digest, votes, st)
	out := &OutputsResult{Ring: k.Ring, Nonce: nonce.Uint64(), Outputs: outs, Members: len(st.Members), Need: Majority(len(st.Members)), Votes: votes}
	if len(votes) < out.Need {
		return out, fmt.Errorf("%w: %d of %d members signed the outputs, %d needed; a member's node signs outputs whose DAG roots it has",
			ErrNoMajority, len(votes), len(st.Members), out.Need)
	}
	sigs := make([][]byte, len(votes))
	for i, v := range votes {
		sigs[i] = v.Sig
	}
	rc, err := s.chain.RegisterOutputs(ctx, k.Ring, outs, sigs)
	if err != nil {
		return out, err
	}
	out.TxHash, out.Block = rc.TxHash.Hex(), rc.Block
	return out, nil
}

func checkOutputs(outs []schemas.Output) error {
	if len(outs) == 0 {
		return fmt.Errorf("no outputs to register")
	}
	if len(outs) > schemas.MaxOutputs {
		return fmt.Errorf("%d outputs; at most %d per registration", len(outs), schemas.MaxOutputs)
	}
	if !slices.IsSortedFunc(outs, func(a, b schemas.Output) int { return cmp.Compare(a.Pin, b.Pin) }) {
		return fmt.Errorf("outputs must be sorted by pin")
	}
	for i := 1; i < len(outs); i++ {
		if outs[i].Pin == outs[i-1].Pin {
			return fmt.Errorf("pin %d appears twice", outs[i].Pin)
		}
	}
	_, err := schemas.OutputsHash(outs)
	return err
}

// VoteOutputs signs a proposal to register outs at nonce with every avatar
// of this node that is a member, if nonce is the ring's next outputs nonce
// and this node has every output's root block (a member vouches only for
// outputs it can serve).
func (s *Service) VoteOutputs(ctx context.Context, ring common.Address, nonce *big.Int, outs []schemas.Output) ([]Vote, error) {
	if err := checkOutputs(outs); err != nil {
		return nil, err
	}
	st, err := s.cachedState(ctx, ring, false)
	if err != nil {
		return nil, err
	}
	want, err := s.chain.OutputsNonce(ctx, ring)
	if err != nil {
		return nil, err
	}
	if nonce == nil || nonce.Cmp(want) != 0 {
		return nil, fmt.Errorf("the outputs are signed over nonce %v; the ring's next is %v", nonce, want)
	}
	if err := s.checkOutputs(ctx, ring, outs); err != nil {
		return nil, err
	}
	if err := s.haveOutputs(ctx, outs); err != nil {
		return nil, err
	}
	digest, err := schemas.OutputsDigest(schemas.Domain{ChainID: s.chain.ChainID(), Ring: ring}, nonce, outs)
	if err != nil {
		return nil, err
	}
	return s.signAsMembers(digest, st)
}

// checkOutputs asks Options.CheckOutputs, if set, whether this node may
// sign outs for ring.
func (s *Service) checkOutputs(ctx context.Context, ring common.Address, outs []schemas.Output) error {
	if s.opts.CheckOutputs == nil {
		return nil
	}
	return s.opts.CheckOutputs(ctx, ring, outs)
}

// haveOutputs checks that this node has every output's root block: a
// member vouches only for outputs it can serve.
func (s *Service) haveOutputs(ctx context.Context, outs []schemas.Output) error {
	for _, o := range outs {
		if _, err := s.logs.Block(ctx, o.Data); err != nil {
			return fmt.Errorf("output %d: this node does not have %s: %w", o.Pin, o.Data, err)
		}
	}
	return nil
}

// Registered is one registration of outputs, with CIDs.
type Registered struct {
	Nonce   uint64          `json:"nonce"`
	Block   uint64          `json:"block"`
	TxHash  string          `json:"txHash"`
	Outputs []RegisteredPin `json:"outputs"`
}

// RegisteredPin is one registered output.
type RegisteredPin struct {
	Pin  string  `json:"pin"` // uint256, decimal
	Data cid.Cid `json:"data"`
}

func registeredOf(r chain.Registered) Registered {
	rr := Registered{Nonce: r.Nonce, Block: r.Block, TxHash: r.TxHash.Hex(), Outputs: []RegisteredPin{}}
	for _, o := range r.Outputs {
		rr.Outputs = append(rr.Outputs, RegisteredPin{Pin: o.Pin.String(), Data: schemas.CIDFromDigest(o.Data)})
	}
	return rr
}

// LatestOutputs returns a ring's latest registration of outputs, nil if it
// has none, from contract state: one eth_call of outputsBlock, then a log
// query of that one block. It never scans the chain's history.
func (s *Service) LatestOutputs(ctx context.Context, ringName string) (*Registered, error) {
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	r, err := s.chain.LatestOutputs(ctx, k.Ring)
	if errors.Is(err, chain.ErrNoOutputsBlock) {
		return nil, fmt.Errorf("%w; list its registrations with `ipfs ring outputs %s --history`, which scans the chain's events", err, ringName)
	}
	if err != nil || r == nil {
		return nil, err
	}
	rr := registeredOf(*r)
	return &rr, nil
}

// OutputsHistory lists every registration of a ring's outputs, oldest
// first, from the chain's OutputsRegistered events: one log query from
// block 0 to the latest, a scan of the whole chain that a long chain or a
// public RPC endpoint may refuse. LatestOutputs and Output read without one.
func (s *Service) OutputsHistory(ctx context.Context, ringName string) ([]Registered, error) {
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	regs, err := s.chain.RegisteredOutputs(ctx, k.Ring, 0)
	if err != nil {
		return nil, err
	}
	out := []Registered{}
	for _, r := range regs {
		out = append(out, registeredOf(r))
	}
	return out, nil
}

// PinOutput is what a ring holds under one output pin.
type PinOutput struct {
	Ring common.Address `json:"ring"`
	Pin  string         `json:"pin"`  // uint256, decimal
	Data *cid.Cid       `json:"data"` // null when nothing is registered under the pin
}

// Output reads what a ring holds under pin: one eth_call of outputs(pin).
// A registry ring's head is its pin 0.
func (s *Service) Output(ctx context.Context, ringName string, pin *big.Int) (*PinOutput, error) {
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	if pin == nil || pin.Sign() < 0 || pin.BitLen() > 256 {
		return nil, fmt.Errorf("pin %v: want a number from 0 to 2^256-1", pin)
	}
	d, err := s.chain.Output(ctx, k.Ring, pin)
	if err != nil {
		return nil, err
	}
	out := &PinOutput{Ring: k.Ring, Pin: pin.String()}
	if d != ([32]byte{}) {
		c := schemas.CIDFromDigest(d)
		out.Data = &c
	}
	return out, nil
}
