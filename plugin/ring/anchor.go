package ring

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/query"
)

// anchored is the last head this node flushed for one avatar in one ring,
// and saw mined.
type anchored struct {
	Ring   common.Address `json:"ring"`
	Avatar common.Address `json:"avatar"`
	Seq    uint64         `json:"seq"`
	Head   cid.Cid        `json:"head"`
}

func anchoredKey(ring, avatar common.Address) datastore.Key {
	return datastore.NewKey("/anchored/" + strings.ToLower(ring.Hex()[2:]) + "/" + strings.ToLower(avatar.Hex()[2:]))
}

// recordAnchored remembers a mined flush, for Reanchor.
func (s *Service) recordAnchored(ctx context.Context, f *Flushed) error {
	v, err := json.Marshal(anchored{Ring: f.Ring, Avatar: f.Avatar, Seq: f.Seq, Head: f.Head})
	if err != nil {
		return err
	}
	ds := s.logs.Datastore()
	if err := ds.Put(ctx, anchoredKey(f.Ring, f.Avatar), v); err != nil {
		return err
	}
	return ds.Sync(ctx, datastore.NewKey("/anchored"))
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
// current local head, which includes the lost one.
func (s *Service) Reanchor(ctx context.Context) ([]Reanchored, error) {
	res, err := s.logs.Datastore().Query(ctx, query.Query{Prefix: "/anchored"})
	if err != nil {
		return nil, err
	}
	var recs []anchored
	for r := range res.Next() {
		if r.Error != nil {
			res.Close()
			return nil, r.Error
		}
		var a anchored
		if err := json.Unmarshal(r.Value, &a); err != nil {
			res.Close()
			return nil, fmt.Errorf("corrupt anchor record %s: %w", r.Key, err)
		}
		recs = append(recs, a)
	}
	res.Close()
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
