package ring

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/plugin/internal/anchor"
)

// recordAnchored remembers a mined flush this node signed, for Reanchor.
func (s *Service) recordAnchored(ctx context.Context, f *Flushed) error {
	return anchor.Put(ctx, s.logs.Datastore(), []anchor.Record{{Ring: f.Ring, Avatar: f.Avatar, Seq: f.Seq, Head: f.Head}}, nil)
}

// Reanchored is a head Reanchor flushed again.
type Reanchored struct {
	Ring     common.Address `json:"ring"`
	Avatar   common.Address `json:"avatar"`
	ChainSeq uint64         `json:"chainSeq"` // what the chain held
	Anchored uint64         `json:"anchored"` // what this node had seen mined
	Flushed  *Flushed       `json:"flushed,omitempty"`
	Error    string         `json:"error,omitempty"`
}

// Reanchor flushes again every head this node had flushed and seen mined
// that the chain no longer holds: the chain lost the block (the embedded
// chain after a crash, a reorg on another chain). It flushes the avatar's
// current local head, which includes the lost one. Heads this node relayed
// for members with their signed flushes are the replica's to send again
// (see package anchor); Reanchor leaves them alone.
func (s *Service) Reanchor(ctx context.Context) ([]Reanchored, error) {
	all, err := anchor.List(ctx, s.logs.Datastore())
	if err != nil {
		return nil, err
	}
	var recs []anchor.Record
	for _, a := range all {
		if len(a.Signed) == 0 {
			recs = append(recs, a)
		}
	}
	if len(recs) == 0 {
		return nil, nil
	}
	if err := s.refreshHeads(ctx); err != nil {
		return nil, err
	}
	var out []Reanchored
	for _, a := range recs {
		st, err := s.readState(ctx, a.Ring, false, false)
		if err != nil {
			out = append(out, Reanchored{Ring: a.Ring, Avatar: a.Avatar, Anchored: a.Seq, Error: err.Error()})
			continue
		}
		m, ok := st.Member(a.Avatar)
		if !ok || m.Seq >= a.Seq {
			continue // gone from the ring, or the chain has it (or more)
		}
		r := Reanchored{Ring: a.Ring, Avatar: a.Avatar, ChainSeq: m.Seq, Anchored: a.Seq}
		if r.Flushed, err = s.Flush(ctx, a.Ring.Hex(), a.Avatar.Hex()); err != nil {
			r.Error = err.Error()
		}
		out = append(out, r)
	}
	return out, nil
}
