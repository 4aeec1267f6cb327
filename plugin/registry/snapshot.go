package registry

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// PutFunc stores a block, e.g. a blockstore's Put.
type PutFunc func(ctx context.Context, b blocks.Block) error

// GetFunc returns the bytes of the block c, e.g. from a blockstore or over
// IPFS. LookupSnapshot checks that they hash to c.
type GetFunc func(ctx context.Context, c cid.Cid) ([]byte, error)

// ErrSnapshot means a snapshot block is not what a snapshot holds: it does
// not hash to its CID, does not decode (the error also matches the schemas
// sentinel), is not where the trie puts it, or carries a record whose
// signature does not verify. A missing block is the GetFunc's own error.
var ErrSnapshot = errors.New("registry: invalid snapshot")

// SnapshotStats says what BuildSnapshot or WriteSnapshot did.
type SnapshotStats struct {
	Resources  int // entries in the snapshot, resources with no provider included
	Providers  int // provider records in it
	Applied    int // operations that changed the state
	Duplicates int // operations the state already held (one operation in several logs)
	Refused    int // operations the rules refuse at the snapshot's time: left out
	Blocks     int // blocks written, the root included
	Bytes      int // their total size
	Depth      int // depth of the deepest shard: a lookup reads at most Depth + 2 blocks
}

// BuildSnapshot applies ops to a new State for chain with the given rules
// and hosts, as of at, and writes the snapshot of that state at at (see
// WriteSnapshot). It is a deterministic function of the set of operations
// (their order and repeats do not matter) and of at: every member that
// holds the same operations writes the same blocks and returns the same
// root.
//
// The operations are applied in one canonical order, resources first, then
// records and tombstones, each by created, then EIP-712 digest, then
// signature bytes (so that of two signatures of one object, every member
// keeps the same one). Every Apply runs with now = at: an operation the
// rules refuse at at (created beyond Rules.MaxSkew after at, expired, for
// an unknown resource, badly signed, of another chain) is left out and
// counted in SnapshotStats.Refused.
//
// The root names no heads: it is a snapshot of a set of operations. An
// anchored snapshot, which states the logs it was built from, is built by
// BuildFromHeads.
func BuildSnapshot(ctx context.Context, ops []Op, at time.Time, rules Rules, hosts func(common.Address) bool,
	chain uint64, put PutFunc) (cid.Cid, SnapshotStats, error) {
	return buildSnapshot(ctx, ops, nil, at, rules, hosts, chain, put)
}

// buildSnapshot is BuildSnapshot, writing heads into the root.
func buildSnapshot(ctx context.Context, ops []Op, heads []schemas.SnapshotHead, at time.Time, rules Rules, hosts func(common.Address) bool,
	chain uint64, put PutFunc) (cid.Cid, SnapshotStats, error) {
	s, err := NewState(chain, rules, hosts)
	if err != nil {
		return cid.Undef, SnapshotStats{}, err
	}
	if err := checkSnapshotRules(rules); err != nil {
		return cid.Undef, SnapshotStats{}, err
	}
	var st SnapshotStats
	sorted := make([]canonicalOp, 0, len(ops))
	for _, op := range ops {
		c, err := canonical(op)
		if err != nil {
			st.Refused++
			continue
		}
		sorted = append(sorted, c)
	}
	slices.SortFunc(sorted, canonicalOp.compare)
	for i, c := range sorted {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return cid.Undef, st, err
			}
		}
		switch res, err := s.Apply(c.op, at); {
		case err != nil:
			st.Refused++
		case res.Unchanged:
			st.Duplicates++
		default:
			st.Applied++
		}
	}
	root, w, err := writeSnapshot(ctx, s, heads, at, put)
	w.Applied, w.Duplicates, w.Refused = st.Applied, st.Duplicates, st.Refused
	return root, w, err
}

// canonicalOp is an operation with its sort key.
type canonicalOp struct {
	op      Op
	kind    int // 0 for a resource, 1 for a record or tombstone
	created int64
	digest  [32]byte
	sig     []byte
}

func (a canonicalOp) compare(b canonicalOp) int {
	if c := cmp.Compare(a.kind, b.kind); c != 0 {
		return c
	}
	if c := cmp.Compare(a.created, b.created); c != 0 {
		return c
	}
	if c := bytes.Compare(a.digest[:], b.digest[:]); c != 0 {
		return c
	}
	return bytes.Compare(a.sig, b.sig)
}

// canonical computes op's sort key, without checking its signature (Apply
// does).
func canonical(op Op) (canonicalOp, error) {
	c := canonicalOp{op: op, kind: 1}
	var err error
	switch {
	case op.Resource != nil && op.Record == nil && op.Tombstone == nil:
		c.kind, c.created, c.sig = 0, op.Resource.Created, op.Resource.Sig
		c.digest, err = schemas.ResourceDigest(op.Resource)
	case op.Record != nil && op.Resource == nil && op.Tombstone == nil:
		c.created, c.sig = op.Record.Created, op.Record.Sig
		c.digest, err = schemas.ProviderRecordDigest(op.Record)
	case op.Tombstone != nil && op.Resource == nil && op.Record == nil:
		c.created, c.sig = op.Tombstone.Created, op.Tombstone.Sig
		c.digest, err = schemas.TombstoneDigest(op.Tombstone)
	default:
		err = ErrOp
	}
	return c, err
}

func checkSnapshotRules(r Rules) error {
	if r.MaxProviders > schemas.MaxSnapshotProviders {
		return fmt.Errorf("registry: MaxProviders (%d) is above what a snapshot entry holds (%d)",
			r.MaxProviders, schemas.MaxSnapshotProviders)
	}
	return nil
}

// WriteSnapshot writes the snapshot of s at time at with put, and returns
// its root: a SnapshotRoot block whose trie holds, for every resource of s
// in id order (those with no provider too), the resource and what Resolve
// returns at at, hosts first, expired records left out. Stale records are
// in it unmarked: a reader marks them stale by comparing their created
// with the root's time and staleAfter, as LookupSnapshot does.
//
// The trie's layout depends only on the entries: a set of entries is a
// leaf when there are at most schemas.SnapshotLeafEntries of them and
// their leaf block fits schemas.MaxSnapshotShardSize; otherwise it is an
// inner node whose children hold the entries by the next byte of their
// ids. Blocks are written children first, the root last. The root names
// no heads.
func WriteSnapshot(ctx context.Context, s *State, at time.Time, put PutFunc) (cid.Cid, SnapshotStats, error) {
	return writeSnapshot(ctx, s, nil, at, put)
}

// writeSnapshot is WriteSnapshot, writing heads into the root.
func writeSnapshot(ctx context.Context, s *State, heads []schemas.SnapshotHead, at time.Time, put PutFunc) (cid.Cid, SnapshotStats, error) {
	var st SnapshotStats
	if err := checkSnapshotRules(s.rules); err != nil {
		return cid.Undef, st, err
	}
	ids := s.IDs()
	entries := make([]schemas.SnapshotEntry, len(ids))
	for i, id := range ids {
		res, ok := s.Resource(id)
		if !ok {
			return cid.Undef, st, fmt.Errorf("registry: resource %x vanished while writing a snapshot", id)
		}
		ps, _ := s.Resolve(id, at)
		e := &entries[i]
		e.Resource = *res
		e.Providers = make([]schemas.ProviderRecord, len(ps))
		for j, p := range ps {
			e.Providers[j] = *p.Record
			if p.Host {
				e.Hosts++
			}
		}
		st.Providers += len(ps)
	}
	st.Resources = len(entries)
	w := &snapshotWriter{put: put, stats: &st}
	trie, err := w.shard(ctx, entries, ids, 0)
	if err != nil {
		return cid.Undef, st, err
	}
	root := &schemas.SnapshotRoot{
		Chain:      int64(s.chain),
		Time:       at.UnixMilli(),
		StaleAfter: s.rules.StaleAfter.Milliseconds(),
		Resources:  int64(len(entries)),
		Root:       trie,
		Heads:      heads,
	}
	b, err := schemas.EncodeSnapshotRoot(root)
	if err != nil {
		return cid.Undef, st, fmt.Errorf("registry: snapshot root: %w", err)
	}
	c, err := w.write(ctx, b)
	return c, st, err
}

type snapshotWriter struct {
	put   PutFunc
	stats *SnapshotStats
}

// shard writes the trie of entries (ids are their ids, ascending) at
// depth, and returns its CID.
func (w *snapshotWriter) shard(ctx context.Context, entries []schemas.SnapshotEntry, ids [][32]byte, depth int) (cid.Cid, error) {
	if err := ctx.Err(); err != nil {
		return cid.Undef, err
	}
	w.stats.Depth = max(w.stats.Depth, depth)
	if len(entries) <= schemas.SnapshotLeafEntries {
		b, err := schemas.EncodeSnapshotShard(&schemas.SnapshotShard{Entries: entries})
		switch {
		case err == nil:
			return w.write(ctx, b)
		case !errors.Is(err, schemas.ErrTooLarge) || len(entries) == 1:
			return cid.Undef, fmt.Errorf("registry: snapshot leaf at depth %d: %w", depth, err)
		}
	}
	if depth >= schemas.ResourceIDSize {
		// Unreachable: ids are distinct, so they differ before depth 32.
		return cid.Undef, fmt.Errorf("registry: snapshot: %d entries share a 32-byte id", len(entries))
	}
	var children []schemas.SnapshotChild
	for i := 0; i < len(entries); {
		b := ids[i][depth]
		j := i + 1
		for j < len(entries) && ids[j][depth] == b {
			j++
		}
		c, err := w.shard(ctx, entries[i:j], ids[i:j], depth+1)
		if err != nil {
			return cid.Undef, err
		}
		children = append(children, schemas.SnapshotChild{Index: int64(b), Shard: c})
		i = j
	}
	b, err := schemas.EncodeSnapshotShard(&schemas.SnapshotShard{Children: children})
	if err != nil {
		return cid.Undef, fmt.Errorf("registry: snapshot inner node at depth %d: %w", depth, err)
	}
	return w.write(ctx, b)
}

func (w *snapshotWriter) write(ctx context.Context, data []byte) (cid.Cid, error) {
	blk, err := schemas.Block(data)
	if err != nil {
		return cid.Undef, err
	}
	if err := w.put(ctx, blk); err != nil {
		return cid.Undef, fmt.Errorf("registry: writing snapshot block %s: %w", blk.Cid(), err)
	}
	w.stats.Blocks++
	w.stats.Bytes += len(data)
	return blk.Cid(), nil
}

// SnapshotLookup is what LookupSnapshot found.
type SnapshotLookup struct {
	// Root is the snapshot's root block: its chain, time and size.
	Root *schemas.SnapshotRoot
	// Resource is the resource looked up, its owner's signature verified.
	Resource *schemas.Resource
	// Providers are its providers in the snapshot's order (hosts first),
	// each issuer's signature verified; Stale is relative to the
	// snapshot's time, Host comes from the entry's host count.
	Providers []Provider
	// Blocks is how many blocks the lookup read, the root included.
	Blocks int
}

// LookupSnapshot finds resource id in the snapshot root, reading blocks
// with get. It checks every block it reads: that it hashes to its CID,
// decodes strictly (schemas.DecodeSnapshotRoot, DecodeSnapshotShard), and
// sits where the trie puts it (every entry of a leaf at depth d shares the
// path's d bytes); and it verifies the signatures of the resource (by its
// owner, on the snapshot's chain) and of each of its provider records (by
// its issuer). Any failure is ErrSnapshot; a resource the snapshot does
// not hold is ErrUnknownResource; get's errors are returned wrapped. The
// result's Blocks is set in every case.
func LookupSnapshot(ctx context.Context, root cid.Cid, id [32]byte, get GetFunc) (SnapshotLookup, error) {
	var out SnapshotLookup
	fetch := func(c cid.Cid, what string) ([]byte, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if _, err := schemas.Digest(c); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrSnapshot, what, err)
		}
		data, err := get(ctx, c)
		if err != nil {
			return nil, fmt.Errorf("registry: snapshot %s %s: %w", what, c, err)
		}
		out.Blocks++
		if got, err := schemas.LinkPrefix.Sum(data); err != nil || !got.Equals(c) {
			return nil, fmt.Errorf("%w: %s %s: the block's bytes hash to %s", ErrSnapshot, what, c, got)
		}
		return data, nil
	}
	data, err := fetch(root, "root")
	if err != nil {
		return out, err
	}
	r, err := schemas.DecodeSnapshotRoot(data)
	if err != nil {
		return out, fmt.Errorf("%w: root %s: %w", ErrSnapshot, root, err)
	}
	out.Root = r
	next := r.Root
	for depth := 0; ; depth++ {
		what := fmt.Sprintf("shard at depth %d", depth)
		data, err := fetch(next, what)
		if err != nil {
			return out, err
		}
		s, err := schemas.DecodeSnapshotShard(data)
		if err != nil {
			return out, fmt.Errorf("%w: %s %s: %w", ErrSnapshot, what, next, err)
		}
		if !s.IsLeaf() {
			if depth >= schemas.ResourceIDSize {
				return out, fmt.Errorf("%w: %s %s: an inner node deeper than a resource id is long", ErrSnapshot, what, next)
			}
			i, found := slices.BinarySearchFunc(s.Children, int64(id[depth]), func(c schemas.SnapshotChild, b int64) int {
				return cmp.Compare(c.Index, b)
			})
			if !found {
				return out, fmt.Errorf("%w: %x is not in snapshot %s", ErrUnknownResource, id, root)
			}
			next = s.Children[i].Shard
			continue
		}
		if len(s.Entries) == 0 && (depth > 0 || r.Resources != 0) {
			return out, fmt.Errorf("%w: %s %s is empty", ErrSnapshot, what, next)
		}
		var found *schemas.SnapshotEntry
		for i := range s.Entries {
			e := &s.Entries[i]
			eid := e.Resource.ID()
			if !bytes.Equal(eid[:depth], id[:depth]) {
				return out, fmt.Errorf("%w: %s %s: entries[%d] is resource %x, which does not belong under %x",
					ErrSnapshot, what, next, i, eid, id[:depth])
			}
			if eid == id {
				found = e
			}
		}
		if found == nil {
			return out, fmt.Errorf("%w: %x is not in snapshot %s", ErrUnknownResource, id, root)
		}
		return out, verifyEntry(&out, found, r, fmt.Sprintf("%s %s", what, next))
	}
}

// verifyEntry checks e's signatures and fills out's resource and
// providers.
func verifyEntry(out *SnapshotLookup, e *schemas.SnapshotEntry, r *schemas.SnapshotRoot, where string) error {
	if e.Resource.Chain != r.Chain {
		return fmt.Errorf("%w: %s: resource of chain %d in a snapshot of chain %d", ErrSnapshot, where, e.Resource.Chain, r.Chain)
	}
	if _, err := schemas.VerifyResource(&e.Resource); err != nil {
		return fmt.Errorf("%w: %s: resource %q: %w", ErrSnapshot, where, e.Resource.Label, err)
	}
	stale := r.Time - r.StaleAfter
	providers := make([]Provider, len(e.Providers))
	for i := range e.Providers {
		p := &e.Providers[i]
		if _, err := schemas.VerifyProviderRecord(p); err != nil {
			return fmt.Errorf("%w: %s: providers[%d]: %w", ErrSnapshot, where, i, err)
		}
		providers[i] = Provider{Record: p, Stale: p.Created < stale, Host: int64(i) < e.Hosts}
	}
	out.Resource, out.Providers = &e.Resource, providers
	return nil
}
