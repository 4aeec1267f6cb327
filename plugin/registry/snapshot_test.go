package registry

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
	"github.com/ipld/go-ipld-prime"
	"github.com/ipld/go-ipld-prime/codec/dagcbor"
	"github.com/ipld/go-ipld-prime/node/bindnode"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// newBlockstore returns a real in-memory blockstore, and its put and get.
func newBlockstore(tb testing.TB) (blockstore.Blockstore, PutFunc, GetFunc) {
	tb.Helper()
	bs := blockstore.NewBlockstore(dssync.MutexWrap(datastore.NewMapDatastore()))
	get := func(ctx context.Context, c cid.Cid) ([]byte, error) {
		b, err := bs.Get(ctx, c)
		if err != nil {
			return nil, err
		}
		return b.RawData(), nil
	}
	return bs, bs.Put, get
}

// recorder is a PutFunc that keeps every block, to compare two builds.
type recorder struct {
	mu     sync.Mutex
	blocks map[cid.Cid][]byte
}

func (r *recorder) put(_ context.Context, b blocks.Block) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.blocks == nil {
		r.blocks = map[cid.Cid][]byte{}
	}
	r.blocks[b.Cid()] = b.RawData()
	return nil
}

// snapshotOps is a registry history of n resources: up to 3 providers
// each from a few issuers, an older record replaced by a newer one, a
// removed record, a resource signed again, one operation from the future
// and one that has expired at at, and every operation of the first
// resource twice. hosts is the registry node's account.
func snapshotOps(t testing.TB, n int, at time.Time) (ops []Op, resources []*schemas.Resource, host common.Address) {
	t.Helper()
	owners := []account{newAccount(t), newAccount(t)}
	issuers := []account{newAccount(t), newAccount(t), newAccount(t)}
	peers := [][]byte{newPeer(t), newPeer(t), newPeer(t)}
	start := at.Add(-3 * time.Hour)
	for i := range n {
		res := newResource(t, fmt.Sprintf("service-%d", i), owners[i%2], start)
		resources = append(resources, res)
		ops = append(ops, Op{Resource: res})
		for j := range i % 4 {
			created := start.Add(time.Duration(i+j) * time.Second)
			if j == 1 {
				created = at.Add(-time.Duration(i) * time.Second) // fresh
			}
			ops = append(ops, Op{Record: newRecord(t, res, peers[j], issuers[j], fmt.Sprintf("https://%d.example/%d", j, i), created)})
		}
	}
	r0, r3 := resources[0], resources[3]
	ops = append(ops,
		Op{Resource: newResource(t, r0.Label, owners[0], start.Add(time.Minute))}, // signed again, later
		Op{Record: newRecord(t, r3, peers[0], issuers[0], "older", start.Add(-time.Minute))},
		Op{Tombstone: newTombstone(t, r3, peers[2], issuers[2], at.Add(-time.Minute))},
		Op{Record: newRecord(t, r3, peers[1], issuers[2], "future", at.Add(time.Hour))},
		Op{Record: newRecord(t, r3, peers[2], issuers[1], "expired", at.Add(-25*time.Hour))},
	)
	ops = append(ops, ops[:1]...)
	return ops, resources, issuers[1].addr
}

func hostsOf(addrs ...common.Address) func(common.Address) bool {
	return func(a common.Address) bool { return slices.Contains(addrs, a) }
}

func TestSnapshotIsDeterministic(t *testing.T) {
	t.Parallel()
	at := t0.Add(48 * time.Hour)
	ops, _, host := snapshotOps(t, 120, at)
	var first *recorder
	var firstRoot cid.Cid
	for i := range 3 {
		shuffled := slices.Clone(ops)
		rand.New(rand.NewPCG(uint64(i), 9)).Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		rec := &recorder{}
		root, st, err := BuildSnapshot(t.Context(), shuffled, at, DefaultRules(), hostsOf(host), testChain, rec.put)
		if err != nil {
			t.Fatal(err)
		}
		if st.Refused != 2 || st.Resources != 120 || st.Blocks != len(rec.blocks) {
			t.Fatalf("stats %+v, want 2 refused (future, expired), 120 resources, %d blocks", st, len(rec.blocks))
		}
		if first == nil {
			first, firstRoot = rec, root
			continue
		}
		if root != firstRoot {
			t.Fatalf("order %d: root %s, want %s", i, root, firstRoot)
		}
		if !maps.EqualFunc(rec.blocks, first.blocks, bytes.Equal) {
			t.Fatalf("order %d: other blocks", i)
		}
	}
}

func TestSnapshotTime(t *testing.T) {
	t.Parallel()
	at := t0.Add(48 * time.Hour)
	ops, resources, host := snapshotOps(t, 40, at)
	// Without the operation from the future, which a later snapshot takes.
	ops = slices.DeleteFunc(ops, func(op Op) bool { return op.Record != nil && op.Record.Value == "future" })
	_, put, get := newBlockstore(t)
	build := func(at time.Time) (cid.Cid, *schemas.SnapshotRoot) {
		t.Helper()
		root, _, err := BuildSnapshot(t.Context(), ops, at, DefaultRules(), hostsOf(host), testChain, put)
		if err != nil {
			t.Fatal(err)
		}
		l, err := LookupSnapshot(t.Context(), root, resources[0].ID(), get)
		if err != nil {
			t.Fatal(err)
		}
		return root, l.Root
	}
	root, r := build(at)
	// Two hours later some records are stale: only the root's time moves,
	// and readers mark them.
	staleRoot, sr := build(at.Add(2 * time.Hour))
	if staleRoot == root || sr.Root != r.Root {
		t.Fatalf("two hours later: root %s (was %s), trie %s (was %s): want a new root over the same trie", staleRoot, root, sr.Root, r.Root)
	}
	// resources[6] has a host record created just before at, and an
	// older record.
	for _, tc := range []struct {
		root cid.Cid
		want []string
	}{
		{root, []string{"host", "stale"}},
		{staleRoot, []string{"host stale", "stale"}},
	} {
		l, err := LookupSnapshot(t.Context(), tc.root, resources[6].ID(), get)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range l.Providers {
			got = append(got, strings.TrimSpace(map[bool]string{true: "host"}[p.Host]+" "+map[bool]string{true: "stale"}[p.Stale]))
		}
		if !slices.Equal(got, tc.want) {
			t.Fatalf("providers %v, want %v", got, tc.want)
		}
	}
	// A day later the old records have expired: the trie changes.
	_, er := build(at.Add(22 * time.Hour))
	if er.Root == r.Root {
		t.Fatal("a day later, with records expired, the trie is the same")
	}
}

func TestSnapshotLookup(t *testing.T) {
	t.Parallel()
	const n = 600
	at := t0.Add(48 * time.Hour)
	ops, resources, host := snapshotOps(t, n, at)
	_, put, get := newBlockstore(t)
	root, st, err := BuildSnapshot(t.Context(), ops, at, DefaultRules(), hostsOf(host), testChain, put)
	if err != nil {
		t.Fatal(err)
	}
	s := newState(t, DefaultRules(), host)
	for _, op := range ops {
		_, _ = s.Apply(op, at)
	}
	// The depth bound: ids are uniform, so the shards at depth d hold
	// n/256^d entries on average, and one holding 4 times the average is
	// next to impossible. A shard of at most SnapshotLeafEntries/4 on
	// average is a leaf, so a lookup reads the root and at most
	// 1 + ceil(log256(4n/SnapshotLeafEntries)) shards.
	bound := 2 + int(math.Ceil(math.Log(4*n/float64(schemas.SnapshotLeafEntries))/math.Log(256)))
	if st.Depth+2 > bound {
		t.Fatalf("depth %d: a lookup reads %d blocks, bound %d", st.Depth, st.Depth+2, bound)
	}
	for _, res := range resources {
		l, err := LookupSnapshot(t.Context(), root, res.ID(), get)
		if err != nil {
			t.Fatalf("%s: %v", res.Label, err)
		}
		if l.Blocks > bound {
			t.Fatalf("%s: %d blocks, bound %d", res.Label, l.Blocks, bound)
		}
		want, _ := s.Resolve(res.ID(), at)
		if len(l.Providers) != len(want) {
			t.Fatalf("%s: %d providers, want %d", res.Label, len(l.Providers), len(want))
		}
		for i, p := range l.Providers {
			w := want[i]
			if p.Stale != w.Stale || p.Host != w.Host || !bytes.Equal(p.Record.Sig, w.Record.Sig) {
				t.Fatalf("%s: provider %d is %+v, want %+v", res.Label, i, p, w)
			}
		}
		if got, _ := s.Resource(res.ID()); !bytes.Equal(l.Resource.Sig, got.Sig) {
			t.Fatalf("%s: another version of the resource", res.Label)
		}
	}
	other := newResource(t, "nowhere", newAccount(t), at)
	if _, err := LookupSnapshot(t.Context(), root, other.ID(), get); !errors.Is(err, ErrUnknownResource) {
		t.Fatalf("lookup of a resource not in the snapshot: %v, want ErrUnknownResource", err)
	}
}

func TestSnapshotEmpty(t *testing.T) {
	t.Parallel()
	_, put, get := newBlockstore(t)
	root, st, err := BuildSnapshot(t.Context(), nil, t0, DefaultRules(), nil, testChain, put)
	if err != nil || st.Blocks != 2 {
		t.Fatalf("empty snapshot: %v, %+v", err, st)
	}
	l, err := LookupSnapshot(t.Context(), root, [32]byte{1}, get)
	if !errors.Is(err, ErrUnknownResource) || l.Blocks != 2 || l.Root.Resources != 0 {
		t.Fatalf("lookup in an empty snapshot: %v, %+v", err, l)
	}
}

// rewrite replaces the shard that lookups of id end at with what edit
// makes of it, encoded without checks, re-links its ancestors, and
// returns the new root.
func rewrite(t *testing.T, bs blockstore.Blockstore, root cid.Cid, id [32]byte, edit func(*schemas.SnapshotShard)) cid.Cid {
	t.Helper()
	ctx := t.Context()
	rb, err := bs.Get(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	r, err := schemas.DecodeSnapshotRoot(rb.RawData())
	if err != nil {
		t.Fatal(err)
	}
	var path []*schemas.SnapshotShard
	var childAt []int
	for c := r.Root; ; {
		b, err := bs.Get(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		s, err := schemas.DecodeSnapshotShard(b.RawData())
		if err != nil {
			t.Fatal(err)
		}
		path = append(path, s)
		if s.IsLeaf() {
			break
		}
		i := slices.IndexFunc(s.Children, func(ch schemas.SnapshotChild) bool { return ch.Index == int64(id[len(path)-1]) })
		childAt = append(childAt, i)
		c = s.Children[i].Shard
	}
	edit(path[len(path)-1])
	putShard := func(s *schemas.SnapshotShard) cid.Cid {
		data, err := ipld.Encode(bindnode.Wrap(s, schemas.Prototypes.SnapshotShard.Type()).Representation(), dagcbor.Encode)
		if err != nil {
			t.Fatal(err)
		}
		blk, err := schemas.Block(data)
		if err != nil {
			t.Fatal(err)
		}
		if err := bs.Put(ctx, blk); err != nil {
			t.Fatal(err)
		}
		return blk.Cid()
	}
	c := putShard(path[len(path)-1])
	for d := len(path) - 2; d >= 0; d-- {
		path[d].Children[childAt[d]].Shard = c
		c = putShard(path[d])
	}
	r.Root = c
	data, err := schemas.EncodeSnapshotRoot(r)
	if err != nil {
		t.Fatal(err)
	}
	blk, _ := schemas.Block(data)
	if err := bs.Put(ctx, blk); err != nil {
		t.Fatal(err)
	}
	return blk.Cid()
}

func TestSnapshotLookupRefusesTampering(t *testing.T) {
	t.Parallel()
	at := t0.Add(48 * time.Hour)
	ops, resources, host := snapshotOps(t, 100, at)
	bs, put, get := newBlockstore(t)
	root, _, err := BuildSnapshot(t.Context(), ops, at, DefaultRules(), hostsOf(host), testChain, put)
	if err != nil {
		t.Fatal(err)
	}
	target := resources[7] // 3 providers
	id := target.ID()
	entry := func(s *schemas.SnapshotShard) *schemas.SnapshotEntry {
		i := slices.IndexFunc(s.Entries, func(e schemas.SnapshotEntry) bool { return e.Resource.ID() == id })
		return &s.Entries[i]
	}
	otherRecord := newRecord(t, resources[8], newPeer(t), newAccount(t), "elsewhere", at)
	for _, tc := range []struct {
		name string
		edit func(*schemas.SnapshotShard)
		want error
	}{
		{"record of another resource", func(s *schemas.SnapshotShard) {
			entry(s).Providers[0] = *otherRecord
		}, schemas.ErrInvalid},
		{"forged record", func(s *schemas.SnapshotShard) {
			entry(s).Providers[1].Value += "/evil"
		}, schemas.ErrWrongSigner},
		{"forged resource", func(s *schemas.SnapshotShard) {
			entry(s).Resource.Created++
		}, schemas.ErrWrongSigner},
		{"entry in the wrong place", func(s *schemas.SnapshotShard) {
			// Replace the target's neighbour with a resource of another
			// prefix, keeping the order.
			i := slices.IndexFunc(s.Entries, func(e schemas.SnapshotEntry) bool { return e.Resource.ID() == id })
			for _, res := range resources {
				rid := res.ID()
				if rid[0] != id[0] && (i == 0 || bytes.Compare(rid[:], id[:]) > 0) == (i == 0) {
					e := schemas.SnapshotEntry{Resource: *res}
					if i == 0 {
						s.Entries = append(s.Entries, e)
					} else {
						s.Entries = append([]schemas.SnapshotEntry{e}, s.Entries...)
					}
					slices.SortFunc(s.Entries, func(a, b schemas.SnapshotEntry) int {
						ai, bi := a.Resource.ID(), b.Resource.ID()
						return bytes.Compare(ai[:], bi[:])
					})
					return
				}
			}
			t.Fatal("no resource of another prefix")
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := rewrite(t, bs, root, id, tc.edit)
			_, err := LookupSnapshot(t.Context(), bad, id, get)
			if !errors.Is(err, ErrSnapshot) || (tc.want != nil && !errors.Is(err, tc.want)) {
				t.Fatalf("lookup: %v, want ErrSnapshot and %v", err, tc.want)
			}
			t.Log(err)
		})
	}
	t.Run("bytes that are not the CID's", func(t *testing.T) {
		tampered := func(ctx context.Context, c cid.Cid) ([]byte, error) {
			b, err := get(ctx, c)
			if c != root && err == nil {
				b = append(bytes.Clone(b[:len(b)-1]), b[len(b)-1]^1)
			}
			return b, err
		}
		if _, err := LookupSnapshot(t.Context(), root, id, tampered); !errors.Is(err, ErrSnapshot) {
			t.Fatalf("lookup: %v, want ErrSnapshot", err)
		}
	})
	t.Run("missing block", func(t *testing.T) {
		var leaf cid.Cid
		spy := func(ctx context.Context, c cid.Cid) ([]byte, error) { leaf = c; return get(ctx, c) }
		if _, err := LookupSnapshot(t.Context(), root, id, spy); err != nil {
			t.Fatal(err)
		}
		bs2, _, get2 := newBlockstore(t)
		keys, err := bs.AllKeysChan(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		for k := range keys {
			if k.Hash().HexString() != leaf.Hash().HexString() { // the blockstore's keys are raw CIDs
				b, _ := bs.Get(t.Context(), k)
				_ = bs2.Put(t.Context(), b)
			}
		}
		l, err := LookupSnapshot(t.Context(), root, id, get2)
		var nf interface{ NotFound() bool }
		if errors.Is(err, ErrSnapshot) || !errors.As(err, &nf) || l.Blocks != 2 {
			t.Fatalf("lookup: %v after %d blocks, want the blockstore's not found after the root and one shard", err, l.Blocks)
		}
		t.Log(err)
	})
}
