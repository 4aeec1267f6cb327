package ring

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// Synced is one member's log after Sync.
type Synced struct {
	Member  common.Address `json:"member"`
	Seq     uint64         `json:"seq"`
	Head    *cid.Cid       `json:"head,omitempty"`
	Fetched uint64         `json:"fetched"`
	Resumed bool           `json:"resumed,omitempty"` // it continued an interrupted sync
	Source  string         `json:"source,omitempty"`  // where the last nodes came from
	// Missing is the seq of the newest node that could not be had, when
	// the log could not be brought up to the chain's head (see Error).
	Missing uint64 `json:"missing,omitempty"`
	Error   string `json:"error,omitempty"`
	// Forks are the forks this sync caught in the log: the local copy was
	// on another branch than the chain's head, and was replaced.
	Forks []ringlog.Fork `json:"forks,omitempty"`
}

// SyncResult is the result of Sync.
type SyncResult struct {
	Ring    common.Address `json:"ring"`
	Block   uint64         `json:"block"`
	Members []Synced       `json:"members"`
}

// Sync resolves every member's head from the ring contract (the head
// cache's final view, see Options.Heads), fetches the
// part of each log this node lacks from the network (the log sync protocol
// from peers that serve it, bitswap as the fallback), verifies it node by
// node and stores and pins it. A log that cannot be fetched or fails
// verification is reported and left as it was; the others still sync.
// What was fetched of an unfinished log is kept, and the next Sync resumes
// from it. progress, if not nil, is called as nodes are stored.
func (s *Service) Sync(ctx context.Context, ringName string, progress func(ringlog.Progress)) (*SyncResult, error) {
	return s.sync(ctx, ringName, progress, true)
}

// sync is Sync; refresh false reads the head cache as it is (see
// readState).
func (s *Service) sync(ctx context.Context, ringName string, progress func(ringlog.Progress), refresh bool) (*SyncResult, error) {
	if s.opts.Sources == nil {
		return nil, errors.New("sync needs the node's network (run the daemon)")
	}
	k, err := s.resolveReadable(ringName)
	if err != nil {
		return nil, err
	}
	st, err := s.readState(ctx, k.Ring, true, refresh)
	if err != nil {
		return nil, err
	}
	out := &SyncResult{Ring: k.Ring, Block: st.Block, Members: []Synced{}}
	s.connect(ctx, k.Ring, memberAddrs(st))
	sources := s.opts.Sources()
	for _, m := range st.Members {
		res := Synced{Member: m.Member}
		if m.Seq > 0 {
			target := schemas.CIDFromDigest(m.Head)
			f, err := s.logs.Fetch(ctx, sources, k.Ring, k.Chain, m.Member, target, m.Seq, progress)
			res.Fetched, res.Resumed, res.Source, res.Forks = f.Fetched, f.Resumed, f.Source, f.Forks
			var ferr *ringlog.FetchError
			switch {
			case err == nil:
				c := f.Head.CID
				res.Seq, res.Head = f.Head.Seq, &c
			case errors.As(err, &ferr):
				res.Missing, res.Error = ferr.NextSeq, err.Error()
			default:
				res.Error = err.Error()
			}
		}
		out.Members = append(out.Members, res)
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("sync of %s interrupted: %w; run it again to resume", k.Ring.Hex(), err)
		}
	}
	return out, nil
}
