package ring

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Synced is one member's log after Sync.
type Synced struct {
	Member  common.Address `json:"member"`
	Seq     uint64         `json:"seq"`
	Head    *cid.Cid       `json:"head,omitempty"`
	Fetched int            `json:"fetched"`
	Error   string         `json:"error,omitempty"`
}

// SyncResult is the result of Sync.
type SyncResult struct {
	Ring    common.Address `json:"ring"`
	Block   uint64         `json:"block"`
	Members []Synced       `json:"members"`
}

// Sync resolves every member's head from the ring contract, fetches the
// part of each log this node lacks from the network, verifies it node by
// node and stores and pins it. A log that cannot be fetched or fails
// verification is reported and left as it was; the others still sync.
func (s *Service) Sync(ctx context.Context, ringName string) (*SyncResult, error) {
	if s.opts.Fetcher == nil {
		return nil, errors.New("sync needs the node's block service")
	}
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	st, err := s.chain.State(ctx, k.Ring)
	if err != nil {
		return nil, err
	}
	out := &SyncResult{Ring: k.Ring, Block: st.Block, Members: []Synced{}}
	for _, m := range st.Members {
		res := Synced{Member: m.Member}
		if m.Seq > 0 {
			target := schemas.CIDFromDigest(m.Head)
			h, n, err := s.logs.Fetch(ctx, s.opts.Fetcher, k.Ring, k.Chain, m.Member, target, m.Seq)
			if err != nil {
				res.Error = err.Error()
			} else {
				c := h.CID
				res.Seq, res.Head, res.Fetched = h.Seq, &c, n
			}
		}
		out.Members = append(out.Members, res)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("sync of %s interrupted: %w", k.Ring.Hex(), err)
	}
	return out, nil
}
