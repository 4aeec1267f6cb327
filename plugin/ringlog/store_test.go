package ringlog

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	pin "github.com/ipfs/boxo/pinning/pinner"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	"github.com/ipfs/kubo/core"
	"github.com/ipfs/kubo/core/corerepo"
	"github.com/ipld/go-ipld-prime/node/basicnode"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
)

var (
	testRing  = common.HexToAddress("0x00000000000000000000000000000000000000a1")
	testChain = uint64(1337)
	testKey   = bytes.Repeat([]byte{7}, KeySize)
)

func newStore(tb testing.TB, node *core.IpfsNode) *Store {
	tb.Helper()
	s := New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning,
		WithBlockSync(func(ctx context.Context) error { return node.Repo.Datastore().Sync(ctx, datastore.NewKey("/blocks")) }))
	tb.Cleanup(func() { s.Close() })
	return s
}

func newKey(tb testing.TB) *ecdsa.PrivateKey {
	tb.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

func text(s string) *schemas.Message {
	return &schemas.Message{App: "test", Domain: "ring", Type: "text", Payload: basicnode.NewString(s)}
}

func appendN(tb testing.TB, s *Store, key *ecdsa.PrivateKey, n int) []Head {
	tb.Helper()
	var heads []Head
	for i := 0; i < n; i++ {
		h, err := s.Append(context.Background(), Entry{Ring: testRing, Chain: testChain, Author: key, ReadKey: testKey, Message: text(fmt.Sprint("message ", i+1))})
		if err != nil {
			tb.Fatal(err)
		}
		heads = append(heads, h)
	}
	return heads
}

func TestAppendWalkVerify(t *testing.T) {
	ctx := context.Background()
	node := kubotest.NewNode(t)
	s := newStore(t, node)
	key := newKey(t)
	member := crypto.PubkeyToAddress(key.PublicKey)
	heads := appendN(t, s, key, 5)

	head, ok, err := s.Head(ctx, testRing, member)
	if err != nil || !ok || head != heads[4] || head.Seq != 5 {
		t.Fatalf("Head = %+v, %v, %v; want %+v", head, ok, err, heads[4])
	}
	var seqs []int64
	err = s.Walk(ctx, head.CID, func(c cid.Cid, n *schemas.LogNode) error {
		seqs = append(seqs, n.Seq)
		pos := Position{Ring: testRing, Chain: testChain, Author: member, Seq: uint64(n.Seq)}
		plain, err := Open(testKey, pos, n.Body)
		if err != nil {
			return err
		}
		m, err := schemas.DecodeMessage(plain)
		if err != nil {
			return err
		}
		if got, _ := m.Payload.AsString(); got != fmt.Sprint("message ", n.Seq) {
			return fmt.Errorf("seq %d holds %q", n.Seq, got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(seqs) != "[5 4 3 2 1]" {
		t.Fatalf("walk visited %v", seqs)
	}
	r, err := s.Verify(ctx, testRing, testChain, member, head.CID, head.Seq)
	if err != nil || !r.OK() || r.Checked != 5 {
		t.Fatalf("Verify = %+v, %v", r, err)
	}

	// Kubo's own garbage collector keeps the whole log, even before the
	// pins have moved: it waits for the appends' pin locks.
	if err := corerepo.GarbageCollect(node, ctx); err != nil {
		t.Fatal(err)
	}
	for _, h := range heads {
		if has, err := node.Blockstore.Has(ctx, h.CID); err != nil || !has {
			t.Fatalf("gc removed log node seq %d", h.Seq)
		}
	}
	if err := s.WaitPinned(ctx); err != nil {
		t.Fatal(err)
	}
	// Only the newest head is pinned, recursively, under the log's name.
	ps, err := node.Pinning.CheckIfPinnedWithType(ctx, pin.Recursive, true, head.CID)
	if err != nil || len(ps) != 1 || ps[0].Mode != pin.Recursive {
		t.Fatalf("head not pinned recursively: %+v %v", ps, err)
	}
	if ps[0].Name != PinName(testRing, member) {
		t.Fatalf("pin name %q, want %q", ps[0].Name, PinName(testRing, member))
	}
	for _, h := range heads[:4] {
		if _, pinned, _ := node.Pinning.IsPinnedWithType(ctx, h.CID, pin.Recursive); pinned {
			t.Fatalf("the old head seq %d is still pinned", h.Seq)
		}
	}
}

func TestAppendIsDurableAcrossReopen(t *testing.T) {
	ctx := context.Background()
	dir := kubotest.InitRepo(t)
	node := kubotest.OpenNode(t, dir)
	key := newKey(t)
	s := newStore(t, node)
	heads := appendN(t, s, key, 3)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := node.Close(); err != nil {
		t.Fatal(err)
	}
	node = kubotest.OpenNode(t, dir)
	s = newStore(t, node)
	h, ok, err := s.Head(ctx, testRing, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil || !ok || h != heads[2] {
		t.Fatalf("after reopen, head %+v %v %v, want %+v", h, ok, err, heads[2])
	}
	if r, err := s.Verify(ctx, testRing, testChain, h.Member, h.CID, h.Seq); err != nil || !r.OK() {
		t.Fatalf("after reopen, verify %+v %v", r, err)
	}
	if _, pinned, _ := node.Pinning.IsPinnedWithType(ctx, h.CID, pin.Recursive); !pinned {
		t.Fatal("Close did not move the pin to the last head")
	}
}

// TestReconcilePinsHeadsACrashLeftUnpinned records a head without moving
// its pin, as a crash between an append and its pin move leaves it, and
// checks that Reconcile pins it and drops the stale pin.
func TestReconcilePinsHeadsACrashLeftUnpinned(t *testing.T) {
	ctx := context.Background()
	node := kubotest.NewNode(t)
	s := newStore(t, node)
	key := newKey(t)
	member := crypto.PubkeyToAddress(key.PublicKey)
	heads := appendN(t, s, key, 3)
	if err := s.WaitPinned(ctx); err != nil {
		t.Fatal(err)
	}
	orphan := forgeUnpinned(t, s, heads[2], member, key)

	n, err := s.Reconcile(ctx)
	if err != nil || n != 1 {
		t.Fatalf("Reconcile = %d, %v; want 1 head pinned", n, err)
	}
	if _, pinned, _ := node.Pinning.IsPinnedWithType(ctx, orphan.CID, pin.Recursive); !pinned {
		t.Fatal("the unpinned head is still unpinned")
	}
	if _, pinned, _ := node.Pinning.IsPinnedWithType(ctx, heads[2].CID, pin.Recursive); pinned {
		t.Fatal("the stale pin is still there")
	}
	if n, err := s.Reconcile(ctx); err != nil || n != 0 {
		t.Fatalf("a second Reconcile = %d, %v; want nothing to do", n, err)
	}
}

// forgeUnpinned stores a valid next node and records it as the head, but
// moves no pin.
func forgeUnpinned(t *testing.T, s *Store, prev Head, member common.Address, key *ecdsa.PrivateKey) Head {
	t.Helper()
	ctx := context.Background()
	p := prev.CID
	n := &schemas.LogNode{Ring: testRing.Bytes(), Chain: int64(testChain), Author: member.Bytes(), Seq: int64(prev.Seq + 1),
		Prev: &p, Refs: []cid.Cid{}, Body: []byte("opaque"), Time: 1}
	if err := schemas.SignLogNode(n, key); err != nil {
		t.Fatal(err)
	}
	data, err := schemas.EncodeLogNode(n)
	if err != nil {
		t.Fatal(err)
	}
	blk, err := schemas.Block(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.bs.Put(ctx, blk); err != nil {
		t.Fatal(err)
	}
	h := Head{Ring: testRing, Member: member, Seq: prev.Seq + 1, CID: blk.Cid()}
	rec := fmt.Sprintf(`{"seq":%d,"cid":%q}`, h.Seq, h.CID)
	if err := s.ds.Put(ctx, headKey(testRing, member), []byte(rec)); err != nil {
		t.Fatal(err)
	}
	return h
}

func TestAppendRefusesOversizedBody(t *testing.T) {
	ctx := context.Background()
	node := kubotest.NewNode(t)
	s := newStore(t, node)
	key := newKey(t)
	first := appendN(t, s, key, 1)[0]
	before := countBlocks(t, node)
	_, err := s.Append(ctx, Entry{Ring: testRing, Chain: testChain, Author: key, ReadKey: testKey,
		Message: text(strings.Repeat("x", schemas.MaxBodySize))})
	if !errors.Is(err, ErrBodyTooLarge) || !strings.Contains(err.Error(), "the limit is 1048576 bytes") {
		t.Fatalf("got %v, want ErrBodyTooLarge stating the limit", err)
	}
	if h, _, _ := s.Head(ctx, testRing, first.Member); h != first {
		t.Fatal("a refused append moved the head")
	}
	if after := countBlocks(t, node); after != before {
		t.Fatalf("a refused append stored blocks: %d -> %d", before, after)
	}
}

func countBlocks(t *testing.T, node *core.IpfsNode) int {
	t.Helper()
	ch, err := node.Blockstore.AllKeysChan(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for range ch {
		n++
	}
	return n
}

// forge stores a log node built by mutate (and signed by signer) on top of
// prev, and moves the member's head to it, bypassing Append's checks.
func forge(t *testing.T, s *Store, prev Head, member common.Address, signer *ecdsa.PrivateKey, mutate func(n *schemas.LogNode)) Head {
	t.Helper()
	ctx := context.Background()
	n := &schemas.LogNode{Ring: testRing.Bytes(), Chain: int64(testChain), Author: member.Bytes(), Seq: int64(prev.Seq + 1),
		Refs: []cid.Cid{}, Body: []byte("opaque"), Time: 1}
	if prev.Seq > 0 {
		p := prev.CID
		n.Prev = &p
	}
	if mutate != nil {
		mutate(n)
	}
	// SignLogNode only signs as the node's author: sign as signer, then
	// claim member again, as a forger would.
	author := n.Author
	n.Author = crypto.PubkeyToAddress(signer.PublicKey).Bytes()
	if err := schemas.SignLogNode(n, signer); err != nil {
		t.Fatal(err)
	}
	n.Author = author
	data, err := schemas.EncodeLogNode(n)
	if err != nil {
		t.Fatal(err)
	}
	blk, err := schemas.Block(data)
	if err != nil {
		t.Fatal(err)
	}
	h := Head{Ring: testRing, Member: member, Seq: uint64(n.Seq), CID: blk.Cid()}
	if err := s.Import(ctx, prev, prev.Seq > 0, h, []blocks.Block{blk}); err != nil {
		t.Fatal(err)
	}
	return h
}

func TestVerifyReportsTheFirstBadNode(t *testing.T) {
	ctx := context.Background()
	other := newKey(t)
	cases := []struct {
		name   string
		signer func(own *ecdsa.PrivateKey) *ecdsa.PrivateKey
		mutate func(n *schemas.LogNode)
		want   string
	}{
		{"signed by someone else", func(*ecdsa.PrivateKey) *ecdsa.PrivateKey { return other }, nil, "signer"},
		{"another ring", nil, func(n *schemas.LogNode) { n.Ring = common.HexToAddress("0x02").Bytes() }, "is for ring"},
		{"another chain", nil, func(n *schemas.LogNode) { n.Chain = 5 }, "is for chain 5"},
		{"seq gap", nil, func(n *schemas.LogNode) { n.Seq++ }, "where seq 3 was expected"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			node := kubotest.NewNode(t)
			s := newStore(t, node)
			key := newKey(t)
			member := crypto.PubkeyToAddress(key.PublicKey)
			good := appendN(t, s, key, 2)
			signer := key
			if tc.signer != nil {
				signer = tc.signer(key)
			}
			bad := forge(t, s, good[1], member, signer, tc.mutate)
			top := forge(t, s, bad, member, key, func(n *schemas.LogNode) { n.Seq = int64(bad.Seq + 1) })
			// The walk starts from the declared head seq: seq 4 for gap cases.
			r, err := s.Verify(ctx, testRing, testChain, member, top.CID, 4)
			if err != nil {
				t.Fatal(err)
			}
			if r.OK() || r.FirstBad.CID != bad.CID || r.FirstBad.Seq != 3 || !strings.Contains(r.FirstBad.Reason, tc.want) {
				t.Fatalf("report %+v, want the node at seq 3 (%s) with %q", r.FirstBad, bad.CID, tc.want)
			}
		})
	}

	t.Run("missing block", func(t *testing.T) {
		node := kubotest.NewNode(t)
		s := newStore(t, node)
		key := newKey(t)
		heads := appendN(t, s, key, 3)
		if err := node.Blockstore.DeleteBlock(ctx, heads[1].CID); err != nil {
			t.Fatal(err)
		}
		r, err := s.Verify(ctx, testRing, testChain, heads[2].Member, heads[2].CID, 3)
		if err != nil {
			t.Fatal(err)
		}
		if r.OK() || r.FirstBad.Seq != 2 || r.FirstBad.CID != heads[1].CID || !strings.Contains(r.FirstBad.Reason, "not in the blockstore") {
			t.Fatalf("report %+v, want seq 2 missing", r.FirstBad)
		}
	})
}

func TestSealOpensOnlyInPlace(t *testing.T) {
	pos := Position{Ring: testRing, Chain: testChain, Author: common.HexToAddress("0x05"), Seq: 3}
	body, err := Seal(testKey, pos, []byte("secret"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := Open(testKey, pos, body); err != nil || string(got) != "secret" {
		t.Fatalf("Open = %q, %v", got, err)
	}
	moved := pos
	moved.Seq = 4
	wrongKey := bytes.Repeat([]byte{8}, KeySize)
	for name, try := range map[string]func() error{
		"other seq": func() error { _, err := Open(testKey, moved, body); return err },
		"other key": func() error { _, err := Open(wrongKey, pos, body); return err },
		"truncated": func() error { _, err := Open(testKey, pos, body[:10]); return err },
	} {
		if err := try(); !errors.Is(err, ErrOpen) {
			t.Errorf("%s: got %v, want ErrOpen", name, err)
		}
	}
}

func TestImportSegment(t *testing.T) {
	ctx := context.Background()
	src := newStore(t, kubotest.NewNode(t))
	key := newKey(t)
	member := crypto.PubkeyToAddress(key.PublicKey)
	heads := appendN(t, src, key, 4)

	// Another node imports seqs 1-2, then 3-4.
	node := kubotest.NewNode(t)
	dst := newStore(t, node)
	segment := func(from, to int) []blocks.Block {
		var out []blocks.Block
		for i := to; i >= from; i-- {
			b, err := src.bs.Get(ctx, heads[i-1].CID)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, b)
		}
		return out
	}
	if err := dst.Import(ctx, Head{Ring: testRing, Member: member}, false, heads[1], segment(1, 2)); err != nil {
		t.Fatal(err)
	}
	if err := dst.Import(ctx, heads[0], true, heads[3], segment(3, 4)); !errors.Is(err, ErrHeadMoved) {
		t.Fatalf("import over a stale head: got %v, want ErrHeadMoved", err)
	}
	if err := dst.Import(ctx, heads[1], true, heads[3], segment(3, 4)); err != nil {
		t.Fatal(err)
	}
	h, ok, err := dst.Head(ctx, testRing, member)
	if err != nil || !ok || h != heads[3] {
		t.Fatalf("head after import %+v", h)
	}
	if r, err := dst.Verify(ctx, testRing, testChain, member, h.CID, h.Seq); err != nil || !r.OK() {
		t.Fatalf("verify after import: %+v %v", r, err)
	}
	if err := dst.WaitPinned(ctx); err != nil {
		t.Fatal(err)
	}
	if _, pinned, _ := node.Pinning.IsPinnedWithType(ctx, h.CID, pin.Recursive); !pinned {
		t.Fatal("imported head not pinned")
	}
}

func TestCommitManyIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	src := newStore(t, kubotest.NewNode(t))
	keyA, keyB := newKey(t), newKey(t)
	a, b := appendN(t, src, keyA, 2), appendN(t, src, keyB, 2)
	blockOf := func(h Head) blocks.Block {
		blk, err := src.bs.Get(ctx, h.CID)
		if err != nil {
			t.Fatal(err)
		}
		return blk
	}
	dst := newStore(t, kubotest.NewNode(t))
	fresh := func(h Head) Head { return Head{Ring: h.Ring, Member: h.Member} }

	// B's segment claims to continue a head dst does not have: nothing of
	// A's segment may land either.
	_, err := dst.CommitMany(ctx, []Segment{
		{Prev: fresh(a[0]), Head: a[1], Blocks: []blocks.Block{blockOf(a[1]), blockOf(a[0])}},
		{Prev: b[0], HasPrev: true, Head: b[1], Blocks: []blocks.Block{blockOf(b[1])}},
	}, nil, nil)
	if !errors.Is(err, ErrHeadMoved) {
		t.Fatalf("got %v, want ErrHeadMoved", err)
	}
	if _, ok, _ := dst.Head(ctx, testRing, a[1].Member); ok {
		t.Fatal("a refused CommitMany recorded a head")
	}
	if has, _ := dst.bs.Has(ctx, a[1].CID); has {
		t.Fatal("a refused CommitMany stored a block")
	}

	// Both new: both land, in one commit.
	if _, err := dst.CommitMany(ctx, []Segment{
		{Prev: fresh(a[0]), Head: a[1], Blocks: []blocks.Block{blockOf(a[1]), blockOf(a[0])}},
		{Prev: fresh(b[0]), Head: b[1], Blocks: []blocks.Block{blockOf(b[1]), blockOf(b[0])}},
	}, nil, nil); err != nil {
		t.Fatal(err)
	}
	for _, h := range []Head{a[1], b[1]} {
		got, ok, err := dst.Head(ctx, testRing, h.Member)
		if err != nil || !ok || got != h {
			t.Fatalf("head %+v, want %+v", got, h)
		}
		if r, err := dst.Verify(ctx, testRing, testChain, h.Member, h.CID, h.Seq); err != nil || !r.OK() {
			t.Fatalf("verify: %+v %v", r, err)
		}
	}
}

// TestReconcileDropsStalePins pins an older node of a log under the log's
// pin name, as a kill between pinning a new head and unpinning the old one
// leaves it, and checks that Reconcile removes it.
func TestReconcileDropsStalePins(t *testing.T) {
	ctx := context.Background()
	node := kubotest.NewNode(t)
	s := newStore(t, node)
	key := newKey(t)
	heads := appendN(t, s, key, 3)
	if err := s.WaitPinned(ctx); err != nil {
		t.Fatal(err)
	}
	if err := node.Pinning.PinWithMode(ctx, heads[0].CID, pin.Recursive, PinName(testRing, heads[0].Member)); err != nil {
		t.Fatal(err)
	}
	n, err := s.Reconcile(ctx)
	if err != nil || n != 1 {
		t.Fatalf("Reconcile = %d, %v; want 1 stale pin removed", n, err)
	}
	if _, pinned, _ := node.Pinning.IsPinnedWithType(ctx, heads[0].CID, pin.Recursive); pinned {
		t.Fatal("the stale pin is still there")
	}
	if _, pinned, _ := node.Pinning.IsPinnedWithType(ctx, heads[2].CID, pin.Recursive); !pinned {
		t.Fatal("Reconcile unpinned the head")
	}
}

// TestCommitManyAppendsSeveralNodesToOneLog: appends of one author in one
// commit continue each other (seq, prev) after the log's head, the head
// record and the pin end at the last, and a segment of a log that is also
// appended to is still refused.
func TestCommitManyAppendsSeveralNodesToOneLog(t *testing.T) {
	ctx := context.Background()
	node := kubotest.NewNode(t)
	s := newStore(t, node)
	keyA, keyB := newKey(t), newKey(t)
	first := appendN(t, s, keyA, 1)[0]
	entry := func(k *ecdsa.PrivateKey, msg string) Entry {
		return Entry{Ring: testRing, Chain: testChain, Author: k, ReadKey: testKey, Message: text(msg)}
	}
	heads, err := s.CommitMany(ctx, nil, []Entry{entry(keyA, "a2"), entry(keyB, "b1"), entry(keyA, "a3"), entry(keyA, "a4")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := []uint64{heads[0].Seq, heads[1].Seq, heads[2].Seq, heads[3].Seq}; !slices.Equal(got, []uint64{2, 1, 3, 4}) {
		t.Fatalf("seqs %v, want [2 1 3 4]", got)
	}
	a := first.Member
	head, ok, err := s.Head(ctx, testRing, a)
	if err != nil || !ok || head != heads[3] {
		t.Fatalf("A's head %+v, %v, %v; want %+v", head, ok, err, heads[3])
	}
	if r, err := s.Verify(ctx, testRing, testChain, a, head.CID, 4); err != nil || !r.OK() {
		t.Fatalf("verify A's log: %+v %v", r, err)
	}
	var prevs []string
	if err := s.Walk(ctx, head.CID, func(c cid.Cid, n *schemas.LogNode) error {
		prevs = append(prevs, c.String())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if want := []string{heads[3].CID.String(), heads[2].CID.String(), heads[0].CID.String(), first.CID.String()}; !slices.Equal(prevs, want) {
		t.Fatalf("A's log walks %v, want %v", prevs, want)
	}
	if err := s.WaitPinned(ctx); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Reconcile(ctx); err != nil || n != 0 {
		t.Fatalf("Reconcile after the commit: %d, %v; want the pins right already", n, err)
	}

	blk, err := s.bs.Get(ctx, head.CID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CommitMany(ctx, []Segment{{Prev: heads[2], HasPrev: true, Head: head, Blocks: []blocks.Block{blk}}}, []Entry{entry(keyA, "a5")}, nil); err == nil || !strings.Contains(err.Error(), "appears twice") {
		t.Fatalf("a segment and an append of one log: %v, want refused", err)
	}
}

// TestOnHeadSeesEveryCommit: a listener hears each log's new head after an
// append, a commit of several appends (once per log, its last head), and
// an import into another store.
func TestOnHeadSeesEveryCommit(t *testing.T) {
	ctx := context.Background()
	src := newStore(t, kubotest.NewNode(t))
	var heard []Head
	src.OnHead(func(h Head) { heard = append(heard, h) })
	keyA, keyB := newKey(t), newKey(t)
	first := appendN(t, src, keyA, 1)[0]
	entry := func(k *ecdsa.PrivateKey, msg string) Entry {
		return Entry{Ring: testRing, Chain: testChain, Author: k, ReadKey: testKey, Message: text(msg)}
	}
	heads, err := src.CommitMany(ctx, nil, []Entry{entry(keyA, "a2"), entry(keyB, "b1"), entry(keyA, "a3")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := []Head{first, heads[2], heads[1]}; !slices.Equal(heard, want) {
		t.Fatalf("heard %+v, want %+v", heard, want)
	}

	dst := newStore(t, kubotest.NewNode(t))
	var imported []Head
	dst.OnHead(func(h Head) { imported = append(imported, h) })
	var blks []blocks.Block
	for _, h := range []Head{heads[2], heads[0], first} {
		blk, err := src.bs.Get(ctx, h.CID)
		if err != nil {
			t.Fatal(err)
		}
		blks = append(blks, blk)
	}
	if err := dst.Import(ctx, Head{Ring: testRing, Member: first.Member}, false, heads[2], blks); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(imported, []Head{heads[2]}) {
		t.Fatalf("heard %+v after the import, want %+v", imported, heads[2])
	}
}
