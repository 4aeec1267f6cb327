package registry

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// nodeLogs is one registry node's copy of the registry ring's logs: a real
// ringlog store over a real Kubo node, read as the plugin reads it (bodies
// opened with the ring's read key).
type nodeLogs struct {
	logs    *ringlog.Store
	members []common.Address
}

var _ AnchorLogs = (*nodeLogs)(nil)

func newNodeLogs(t testing.TB, members ...common.Address) *nodeLogs {
	t.Helper()
	node := kubotest.NewNode(t)
	logs := ringlog.New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning)
	t.Cleanup(func() { logs.Close() })
	return &nodeLogs{logs: logs, members: members}
}

// append appends ops to author's log here, one node each.
func (l *nodeLogs) append(t testing.TB, author account, ops ...Op) {
	t.Helper()
	for _, op := range ops {
		msg, err := Message(op)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := l.logs.Append(t.Context(), ringlog.Entry{Ring: journalRing, Chain: testChain, Author: author.key, ReadKey: journalKey, Message: msg}); err != nil {
			t.Fatal(err)
		}
	}
}

func (l *nodeLogs) head(t testing.TB, author common.Address) Head {
	t.Helper()
	h, ok, err := l.logs.Head(t.Context(), journalRing, author)
	if err != nil || !ok {
		t.Fatalf("no head of %s: %v", author.Hex(), err)
	}
	return Head{Author: author, Seq: h.Seq, CID: h.CID}
}

// copyTo imports author's log from seq from+1 up to seq to into dst, as
// background sync would: one segment.
func (l *nodeLogs) copyTo(t testing.TB, dst *nodeLogs, author common.Address, from, to uint64) {
	t.Helper()
	ctx := t.Context()
	src, ok, err := l.logs.Head(ctx, journalRing, author)
	if err != nil || !ok {
		t.Fatal("no log to copy", err)
	}
	var (
		blks        []blocks.Block
		prev, head  ringlog.Head
		hasPrev     = from > 0
		headVisited bool
	)
	err = l.logs.Walk(ctx, src.CID, func(c cid.Cid, n *schemas.LogNode) error {
		seq := uint64(n.Seq)
		switch {
		case seq > to:
			return nil
		case seq == from:
			prev = ringlog.Head{Ring: journalRing, Member: author, Seq: seq, CID: c}
			return ringlog.ErrStop
		}
		if !headVisited {
			head, headVisited = ringlog.Head{Ring: journalRing, Member: author, Seq: seq, CID: c}, true
		}
		data, err := l.logs.Block(ctx, c)
		if err != nil {
			return err
		}
		b, err := blocks.NewBlockWithCid(data, c)
		if err != nil {
			return err
		}
		blks = append(blks, b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := dst.logs.Import(ctx, prev, hasPrev, head, blks); err != nil {
		t.Fatal(err)
	}
}

func (l *nodeLogs) LogHeads(ctx context.Context) ([]Head, error) {
	heads, err := l.logs.Heads(ctx, journalRing)
	if err != nil {
		return nil, err
	}
	out := make([]Head, len(heads))
	for i, h := range heads {
		out[i] = Head{Author: h.Member, Seq: h.Seq, CID: h.CID}
	}
	return out, nil
}

func (l *nodeLogs) ReadTo(ctx context.Context, h Head) ([]Logged, error) {
	if _, err := l.logs.Get(ctx, h.CID); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMissingLog, err)
	}
	var out []Logged
	want := h.Seq
	err := l.logs.Walk(ctx, h.CID, func(_ cid.Cid, n *schemas.LogNode) error {
		if err := ringlog.CheckNode(n, journalRing, testChain, h.Author, want); err != nil {
			return err
		}
		want--
		pos := ringlog.Position{Ring: journalRing, Chain: testChain, Author: h.Author, Seq: uint64(n.Seq)}
		lg := Logged{Author: h.Author, Seq: uint64(n.Seq)}
		if plain, err := ringlog.Open(journalKey, pos, n.Body); err == nil {
			lg.Message, _ = schemas.DecodeMessage(plain)
		}
		out = append(out, lg)
		return nil
	})
	slices.Reverse(out)
	return out, err
}

func (l *nodeLogs) Members(context.Context) ([]common.Address, error) { return l.members, nil }

// sortedHeads returns the heads of the given authors, ascending by author.
func sortedHeads(t testing.TB, l *nodeLogs, authors ...common.Address) []Head {
	t.Helper()
	var heads []Head
	for _, a := range authors {
		heads = append(heads, l.head(t, a))
	}
	slices.SortFunc(heads, func(x, y Head) int { return x.Author.Cmp(y.Author) })
	return heads
}

// registryHistory is two registry nodes' logs: a appends the first half of
// ops, b the second half, so records often sit in another log than their
// resource.
func registryHistory(t testing.TB, l *nodeLogs, a, b account, ops []Op) {
	t.Helper()
	half := len(ops) / 2
	l.append(t, a, ops[:half]...)
	l.append(t, b, ops[half:]...)
}

// TestBuildFromHeadsIsDeterministic builds the snapshot of the same heads
// on two nodes whose logs arrived in different orders and segments (and
// where one already holds more than the heads): the roots and every block
// are byte-identical. Another time, or earlier heads, give another root.
func TestBuildFromHeadsIsDeterministic(t *testing.T) {
	t.Parallel()
	at := t0.Add(4 * time.Hour)
	ops, resources, host := snapshotOps(t, 40, at)
	a, b := newAccount(t), newAccount(t)
	members := []common.Address{a.addr, b.addr, host}

	one := newNodeLogs(t, members...)
	registryHistory(t, one, a, b, ops)
	heads := sortedHeads(t, one, a.addr, b.addr)

	// The second node gets b's log first, then a's in two segments, and
	// then one more node of a's that the heads do not name.
	two := newNodeLogs(t, members...)
	one.copyTo(t, two, b.addr, 0, heads[slices.IndexFunc(heads, func(h Head) bool { return h.Author == b.addr })].Seq)
	aSeq := one.head(t, a.addr).Seq
	one.copyTo(t, two, a.addr, 0, aSeq/2)
	one.copyTo(t, two, a.addr, aSeq/2, aSeq)
	later := newRecord(t, resources[1], newPeer(t), a, "later", at.Add(-time.Second))
	two.append(t, a, Op{Record: later})
	if got := two.head(t, a.addr).Seq; got != aSeq+1 {
		t.Fatalf("second node's head of a is %d, want %d", got, aSeq+1)
	}

	var rec1, rec2 recorder
	root1, st1, err := BuildFromHeads(t.Context(), one, heads, at, members, testChain, DefaultRules(), rec1.put)
	if err != nil {
		t.Fatal(err)
	}
	root2, st2, err := BuildFromHeads(t.Context(), two, heads, at.Add(999*time.Microsecond), reversed(members), testChain, DefaultRules(), rec2.put)
	if err != nil {
		t.Fatal(err)
	}
	if !root1.Equals(root2) || !maps.EqualFunc(rec1.blocks, rec2.blocks, bytes.Equal) {
		t.Fatalf("roots differ: %s (%d blocks) and %s (%d blocks)", root1, len(rec1.blocks), root2, len(rec2.blocks))
	}
	if st1 != st2 || st1.Resources != 40 || st1.Refused == 0 {
		t.Fatalf("stats %+v and %+v", st1, st2)
	}
	r, err := schemas.DecodeSnapshotRoot(rec1.blocks[root1])
	if err != nil {
		t.Fatal(err)
	}
	if !sameHeads(r.Heads, heads) || r.Time != at.UnixMilli() {
		t.Fatalf("root names heads %+v at %d, want %+v at %d", r.Heads, r.Time, heads, at.UnixMilli())
	}
	// The snapshot of these heads leaves out what came after them.
	get := func(_ context.Context, c cid.Cid) ([]byte, error) { return rec1.blocks[c], nil }
	l, err := LookupSnapshot(t.Context(), root1, resources[1].ID(), get)
	if err != nil {
		t.Fatal(err)
	}
	if slices.ContainsFunc(l.Providers, func(p Provider) bool { return p.Record.Value == "later" }) {
		t.Fatal("the snapshot holds a record appended after its heads")
	}

	for name, build := range map[string]func(put PutFunc) (cid.Cid, error){
		"a millisecond later": func(put PutFunc) (cid.Cid, error) {
			c, _, err := BuildFromHeads(t.Context(), one, heads, at.Add(time.Millisecond), members, testChain, DefaultRules(), put)
			return c, err
		},
		"with the later record": func(put PutFunc) (cid.Cid, error) {
			c, _, err := BuildFromHeads(t.Context(), two, sortedHeads(t, two, a.addr, b.addr), at, members, testChain, DefaultRules(), put)
			return c, err
		},
		"without a's log": func(put PutFunc) (cid.Cid, error) {
			c, _, err := BuildFromHeads(t.Context(), one, []Head{one.head(t, b.addr)}, at, members, testChain, DefaultRules(), put)
			return c, err
		},
	} {
		var rec recorder
		c, err := build(rec.put)
		if err != nil || c.Equals(root1) {
			t.Fatalf("%s: %s, %v; want another root than %s", name, c, err, root1)
		}
	}
}

func reversed[T any](s []T) []T {
	out := slices.Clone(s)
	slices.Reverse(out)
	return out
}

func TestBuildFromHeadsRefuses(t *testing.T) {
	t.Parallel()
	a, b := newAccount(t), newAccount(t)
	l := newNodeLogs(t, a.addr, b.addr)
	res := newResource(t, "chat", a, t0)
	l.append(t, a, Op{Resource: res})
	l.append(t, b, Op{Record: newRecord(t, res, newPeer(t), b, "x", t0)})
	ha, hb := l.head(t, a.addr), l.head(t, b.addr)
	if ha.Author.Cmp(hb.Author) > 0 {
		ha, hb = hb, ha
	}
	for _, tc := range []struct {
		name  string
		heads []Head
		want  error
	}{
		{"unsorted", []Head{hb, ha}, nil},
		{"twice", []Head{ha, ha}, nil},
		{"seq 0", []Head{{Author: ha.Author, CID: ha.CID}}, nil},
		{"beyond the log", []Head{{Author: ha.Author, Seq: 2, CID: schemas.CIDFromDigest([32]byte{1})}}, ErrMissingLog},
		{"wrong seq for the node", []Head{{Author: ha.Author, Seq: 2, CID: ha.CID}}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rec recorder
			_, _, err := BuildFromHeads(t.Context(), l, tc.heads, t0, nil, testChain, DefaultRules(), rec.put)
			if err == nil || (tc.want != nil && !errors.Is(err, tc.want)) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if len(rec.blocks) != 0 {
				t.Fatalf("%d blocks written", len(rec.blocks))
			}
		})
	}
}

// memBlocks is Blocks over a real in-memory blockstore; Get falls back to
// the network (another node's blockstore, as bitswap would). Write
// records the roots it keeps.
type memBlocks struct {
	bs      blockstore.Blockstore
	network blockstore.Blockstore

	mu   sync.Mutex
	kept []cid.Cid
}

var _ Blocks = (*memBlocks)(nil)

func newMemBlocks(t testing.TB, network *memBlocks) *memBlocks {
	bs, _, _ := newBlockstore(t)
	m := &memBlocks{bs: bs}
	if network != nil {
		m.network = network.bs
	}
	return m
}

func (m *memBlocks) Get(ctx context.Context, c cid.Cid) ([]byte, error) {
	b, err := m.bs.Get(ctx, c)
	if err != nil && m.network != nil {
		if b, err = m.network.Get(ctx, c); err == nil {
			err = m.bs.Put(ctx, b)
		}
	}
	if err != nil {
		return nil, err
	}
	return b.RawData(), nil
}

func (m *memBlocks) Write(ctx context.Context, write func(put PutFunc) (cid.Cid, error), keep ...cid.Cid) (cid.Cid, error) {
	root, err := write(m.bs.Put)
	if err != nil {
		return cid.Undef, err
	}
	m.mu.Lock()
	m.kept = append(slices.DeleteFunc(m.kept, func(c cid.Cid) bool { return !slices.Contains(keep, c) }), root)
	m.mu.Unlock()
	return root, nil
}

// chainEdge is the registry ring's output 0 on a chain: the network edge
// the tests fake. Register asks the voters first, as RegisterOutputs does
// through CheckOutputs and the vote protocol.
type chainEdge struct {
	mu     sync.Mutex
	output cid.Cid
	block  uint64
	voters []*Anchorer
	regs   int
}

func (c *chainEdge) Anchored(context.Context) (Anchored, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return Anchored{Root: c.output, Block: c.block}, nil
}

func (c *chainEdge) Register(ctx context.Context, root cid.Cid) error {
	for _, v := range c.voters {
		if err := v.Check(ctx, root); err != nil {
			return err
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.output, c.regs = root, c.regs+1
	c.block++
	return nil
}

func newAnchorer(t testing.TB, l AnchorLogs, chain *chainEdge, bl Blocks, now time.Time) *Anchorer {
	t.Helper()
	a, err := NewAnchorer(l, chain, bl, testChain, DefaultRules(), WithAnchorClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// TestAnchorerAnchorsWhenChanged: a registry node anchors the snapshot of
// the heads it holds (the other member, holding the same logs, votes for
// it); with no new log node it registers nothing; after one, it anchors
// again. The anchored root names the heads and the time.
func TestAnchorerAnchorsWhenChanged(t *testing.T) {
	t.Parallel()
	at := t0.Add(4 * time.Hour)
	ops, resources, _ := snapshotOps(t, 10, at)
	a, b := newAccount(t), newAccount(t)
	one, two := newNodeLogs(t, a.addr, b.addr), newNodeLogs(t, a.addr, b.addr)
	registryHistory(t, one, a, b, ops)
	one.copyTo(t, two, a.addr, 0, one.head(t, a.addr).Seq)
	one.copyTo(t, two, b.addr, 0, one.head(t, b.addr).Seq)

	chain := &chainEdge{}
	bl1 := newMemBlocks(t, nil)
	bl2 := newMemBlocks(t, bl1)
	chain.voters = []*Anchorer{newAnchorer(t, two, chain, bl2, at.Add(time.Second))}
	proposer := newAnchorer(t, one, chain, bl1, at)

	res, err := proposer.Anchor(t.Context())
	if err != nil || res.Unchanged || chain.regs != 1 || !chain.output.Equals(res.Root) {
		t.Fatalf("Anchor = %+v, %v; %d registrations", res, err, chain.regs)
	}
	if !res.Time.Equal(at) || len(res.Heads) != 2 || res.Stats.Resources != 10 {
		t.Fatalf("Anchor = %+v", res)
	}
	if !slices.Contains(bl1.kept, res.Root) || !slices.Contains(bl2.kept, res.Root) {
		t.Fatal("the anchored snapshot is not kept by both members")
	}
	if res, err := proposer.Anchor(t.Context()); err != nil || !res.Unchanged || chain.regs != 1 {
		t.Fatalf("second Anchor = %+v, %v; %d registrations", res, err, chain.regs)
	}

	// Anyone reads it back from the chain's output 0 and the blocks.
	reader := Reader{Head: chain, Get: newMemBlocks(t, bl1).Get}
	got, err := reader.Anchored(t.Context())
	if err != nil || !got.Root.Equals(res.Root) || got.Snapshot.Resources != 10 || len(got.Snapshot.Heads) != 2 {
		t.Fatalf("Reader.Anchored = %+v, %v", got, err)
	}
	if _, l, err := reader.Resolve(t.Context(), resources[2].ID()); err != nil || len(l.Providers) == 0 {
		t.Fatalf("Reader.Resolve = %+v, %v", l, err)
	}

	rec := newRecord(t, resources[2], newPeer(t), b, "new", at)
	one.append(t, b, Op{Record: rec})
	one.copyTo(t, two, b.addr, one.head(t, b.addr).Seq-1, one.head(t, b.addr).Seq)
	res2, err := proposer.Anchor(t.Context())
	if err != nil || res2.Unchanged || chain.regs != 2 || res2.Root.Equals(res.Root) {
		t.Fatalf("Anchor after a new record = %+v, %v; %d registrations", res2, err, chain.regs)
	}
}

func TestReaderNotAnchored(t *testing.T) {
	t.Parallel()
	reader := Reader{Head: &chainEdge{block: 7}, Get: newMemBlocks(t, nil).Get}
	if _, err := reader.Anchored(t.Context()); !errors.Is(err, ErrNotAnchored) {
		t.Fatalf("Anchored: %v, want ErrNotAnchored", err)
	}
	if _, _, err := reader.Resolve(t.Context(), [32]byte{1}); !errors.Is(err, ErrNotAnchored) {
		t.Fatalf("Resolve: %v, want ErrNotAnchored", err)
	}
}

// TestAnchorCheck is the vote check: a member votes for a proposed output
// 0 only if it rebuilds the same root from the heads and time the root
// names; otherwise it refuses with the error saying why, and keeps
// nothing.
func TestAnchorCheck(t *testing.T) {
	t.Parallel()
	at := t0.Add(4 * time.Hour)
	ops, resources, host := snapshotOps(t, 10, at)
	a, b := newAccount(t), newAccount(t)
	members := []common.Address{a.addr, b.addr}
	proposer := newNodeLogs(t, members...)
	registryHistory(t, proposer, a, b, ops)
	voter := newNodeLogs(t, members...)
	proposer.copyTo(t, voter, a.addr, 0, proposer.head(t, a.addr).Seq)
	proposer.copyTo(t, voter, b.addr, 0, proposer.head(t, b.addr).Seq)
	heads := sortedHeads(t, proposer, a.addr, b.addr)

	net := newMemBlocks(t, nil) // the proposer's blocks, reached over the network
	build := func(l LogReader, heads []Head, at time.Time, hosts []common.Address, rules Rules) cid.Cid {
		t.Helper()
		c, _, err := BuildFromHeads(t.Context(), l, heads, at, hosts, testChain, rules, net.bs.Put)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	// forged is a root naming the heads but built from other operations:
	// one resource (and so its records) left out.
	forged := func() cid.Cid {
		t.Helper()
		var hs []schemas.SnapshotHead
		for _, h := range heads {
			hs = append(hs, schemas.SnapshotHead{Author: h.Author.Bytes(), Seq: int64(h.Seq), Head: h.CID})
		}
		c, _, err := buildSnapshot(t.Context(), slices.Delete(slices.Clone(ops), 1, 2), hs, at, DefaultRules(), hostsOf(members...), testChain, net.bs.Put)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	short := DefaultRules()
	short.StaleAfter = time.Minute
	// ahead holds one more node of a's log than the voter.
	ahead := newNodeLogs(t, members...)
	proposer.copyTo(t, ahead, a.addr, 0, proposer.head(t, a.addr).Seq)
	proposer.copyTo(t, ahead, b.addr, 0, proposer.head(t, b.addr).Seq)
	ahead.append(t, a, Op{Record: newRecord(t, resources[0], newPeer(t), a, "unseen", at)})

	for _, tc := range []struct {
		name string
		root cid.Cid
		want error // nil: the voter votes
	}{
		{"same heads and time", build(proposer, heads, at, members, DefaultRules()), nil},
		{"within the skew", build(proposer, heads, at.Add(DefaultRules().MaxSkew), members, DefaultRules()), nil},
		{"other operations", forged(), ErrAnchorMismatch},
		{"other hosts", build(proposer, heads, at, append(slices.Clone(members), host), DefaultRules()), ErrAnchorMismatch},
		{"other rules", build(proposer, heads, at, members, short), ErrAnchorMismatch},
		{"in the future", build(proposer, heads, at.Add(DefaultRules().MaxSkew+time.Millisecond), members, DefaultRules()), ErrFuture},
		{"a log the voter lacks", build(ahead, sortedHeads(t, ahead, a.addr, b.addr), at, members, DefaultRules()), ErrMissingLog},
		{"not a snapshot", func() cid.Cid {
			blk, _ := schemas.Block([]byte{0xa0})
			_ = net.bs.Put(t.Context(), blk)
			return blk.Cid()
		}(), ErrSnapshot},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			bl := newMemBlocks(t, net)
			v := newAnchorer(t, voter, &chainEdge{}, bl, at)
			err := v.Check(t.Context(), tc.root)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("Check: %v, want a vote", err)
				}
				if !slices.Contains(bl.kept, tc.root) {
					t.Fatal("the voter does not keep the snapshot it voted for")
				}
				if _, err := bl.bs.Get(t.Context(), tc.root); err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("Check: %v, want %v", err, tc.want)
			}
			if len(bl.kept) != 0 {
				t.Fatalf("the voter keeps %v after refusing", bl.kept)
			}
			t.Logf("refused: %v", err)
		})
	}
}
