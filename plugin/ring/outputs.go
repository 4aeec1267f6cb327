package ring

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

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

// Outputs lists a ring's registered outputs from the chain's events,
// oldest first.
func (s *Service) Outputs(ctx context.Context, ringName string) ([]Registered, error) {
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
		rr := Registered{Nonce: r.Nonce, Block: r.Block, TxHash: r.TxHash.Hex(), Outputs: []RegisteredPin{}}
		for _, o := range r.Outputs {
			rr.Outputs = append(rr.Outputs, RegisteredPin{Pin: o.Pin.String(), Data: schemas.CIDFromDigest(o.Data)})
		}
		out = append(out, rr)
	}
	return out, nil
}
