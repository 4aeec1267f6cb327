package ringlog

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
)

// tl builds timeline nodes by name for the order's unit tests: the CID is
// a hash of the name, so links are by name too.
type tl struct{ nodes map[string]TimelineNode }

func tlCID(name string) cid.Cid {
	h, _ := mh.Sum([]byte(name), mh.SHA2_256, -1)
	return cid.NewCidV1(cid.DagCBOR, h)
}

// add adds node name by author (one byte, as an address's last) at seq
// and time, after prev ("" none) and with refs.
func (t *tl) add(name string, author byte, seq, time int64, prev string, refs ...string) TimelineNode {
	if t.nodes == nil {
		t.nodes = map[string]TimelineNode{}
	}
	n := &schemas.LogNode{Author: common.BytesToAddress([]byte{author}).Bytes(), Seq: seq, Time: time, Refs: []cid.Cid{}}
	if prev != "" {
		p := tlCID(prev)
		n.Prev = &p
	}
	for _, r := range refs {
		n.Refs = append(n.Refs, tlCID(r))
	}
	tn := TimelineNode{CID: tlCID(name), Node: n}
	t.nodes[name] = tn
	return tn
}

func (t *tl) names(nodes []TimelineNode) string {
	byCID := map[cid.Cid]string{}
	for name, n := range t.nodes {
		byCID[n.CID] = name
	}
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = byCID[n.CID]
	}
	return strings.Join(out, " ")
}

func TestOrderTimeline(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		build func(t *tl) []TimelineNode
		want  string
	}{
		{
			name: "time orders unlinked logs",
			build: func(t *tl) []TimelineNode {
				return []TimelineNode{t.add("a1", 1, 1, 10, ""), t.add("a2", 1, 2, 30, "a1"), t.add("b1", 2, 1, 20, "")}
			},
			want: "a1 b1 a2",
		},
		{
			name: "equal times: the lower author first",
			build: func(t *tl) []TimelineNode {
				return []TimelineNode{t.add("b1", 2, 1, 10, ""), t.add("a1", 1, 1, 10, ""), t.add("c1", 3, 1, 10, "")}
			},
			want: "a1 b1 c1",
		},
		{
			name: "prev before a node with an earlier clock",
			build: func(t *tl) []TimelineNode {
				return []TimelineNode{t.add("a2", 1, 2, 5, "a1"), t.add("a1", 1, 1, 50, ""), t.add("b1", 2, 1, 20, "")}
			},
			want: "b1 a1 a2",
		},
		{
			name: "a ref across members beats time",
			build: func(t *tl) []TimelineNode {
				// b1 saw a2 (time 40) though b1's clock says 15.
				return []TimelineNode{t.add("a1", 1, 1, 10, ""), t.add("a2", 1, 2, 40, "a1"), t.add("b1", 2, 1, 15, "", "a2"), t.add("b2", 2, 2, 16, "b1")}
			},
			want: "a1 a2 b1 b2",
		},
		{
			name: "refs chain through three members",
			build: func(t *tl) []TimelineNode {
				return []TimelineNode{t.add("c1", 3, 1, 1, "", "b1"), t.add("b1", 2, 1, 2, "", "a1"), t.add("a1", 1, 1, 3, "")}
			},
			want: "a1 b1 c1",
		},
		{
			name: "a missing ref is ignored",
			build: func(t *tl) []TimelineNode {
				// b1 refers to a9, which is not in the set.
				return []TimelineNode{t.add("a1", 1, 1, 30, ""), t.add("b1", 2, 1, 10, "", "a9")}
			},
			want: "b1 a1",
		},
		{
			name: "a missing prev is ignored (the nodes below a cursor)",
			build: func(t *tl) []TimelineNode {
				return []TimelineNode{t.add("a5", 1, 5, 30, "a4"), t.add("a6", 1, 6, 31, "a5"), t.add("b1", 2, 1, 30, "")}
			},
			want: "a5 b1 a6",
		},
		{
			name: "a node listed twice appears once",
			build: func(t *tl) []TimelineNode {
				a1 := t.add("a1", 1, 1, 1, "")
				return []TimelineNode{a1, t.add("b1", 2, 1, 2, "", "a1", "a1"), a1}
			},
			want: "a1 b1",
		},
		{
			name: "equal time and author: the lower seq first",
			build: func(t *tl) []TimelineNode {
				// Two nodes of one author not linked (a fork's other branch
				// is never in one set, but the order stays total).
				return []TimelineNode{t.add("x", 1, 3, 7, ""), t.add("y", 1, 2, 7, "")}
			},
			want: "y x",
		},
		{
			name: "a link cycle still shows every node once",
			build: func(t *tl) []TimelineNode {
				return []TimelineNode{t.add("p", 1, 1, 2, "", "q"), t.add("q", 2, 1, 1, "", "p"), t.add("r", 3, 1, 0, "", "p")}
			},
			want: "r q p", // stuck: the first remaining node in the tie order (r) goes, then q, then p
		},
		{name: "empty", build: func(*tl) []TimelineNode { return nil }, want: ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			var b tl
			in := c.build(&b)
			if got := b.names(OrderTimeline(in)); got != c.want {
				t.Errorf("order %q, want %q", got, c.want)
			}
			// The order is the set's, not the input's.
			rev := slices.Clone(in)
			slices.Reverse(rev)
			if got := b.names(OrderTimeline(rev)); got != c.want {
				t.Errorf("reversed input: order %q, want %q", got, c.want)
			}
		})
	}
}

func TestCursorText(t *testing.T) {
	t.Parallel()
	a := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	b := common.HexToAddress("0x00000000000000000000000000000000000000bB")
	good := []struct{ in, want string }{
		{"", ""},
		{"0x00000000000000000000000000000000000000bb:7,0x00000000000000000000000000000000000000AA:3",
			a.Hex() + ":3," + b.Hex() + ":7"},
		{a.Hex() + ":0", ""},
		{a.Hex() + ":18446744073709551615", a.Hex() + ":18446744073709551615"},
	}
	for _, g := range good {
		c, err := ParseCursor(g.in)
		if err != nil {
			t.Errorf("ParseCursor(%q): %v", g.in, err)
			continue
		}
		if c.String() != g.want {
			t.Errorf("ParseCursor(%q) = %q, want %q", g.in, c.String(), g.want)
		}
	}
	bad := []string{
		",", a.Hex(), a.Hex() + ":", a.Hex() + ":01", a.Hex() + ":-1", a.Hex() + ":+1", a.Hex() + ":1.0",
		a.Hex() + ":18446744073709551616", "0x12:1", strings.TrimPrefix(a.Hex(), "0x") + "00:1",
		a.Hex() + ":1," + a.Hex() + ":2", a.Hex() + ":1,", " " + a.Hex() + ":1",
		strings.Repeat(a.Hex()+":1,", MaxCursorMembers) + b.Hex() + ":1",
	}
	for _, s := range bad {
		if _, err := ParseCursor(s); !errors.Is(err, ErrCursor) {
			t.Errorf("ParseCursor(%.60q): %v, want ErrCursor", s, err)
		}
	}
}

func FuzzParseCursor(f *testing.F) {
	f.Add("")
	f.Add("0x00000000000000000000000000000000000000aa:3,0x00000000000000000000000000000000000000bb:7")
	f.Add("0x00000000000000000000000000000000000000aa:0")
	f.Add("0x00000000000000000000000000000000000000aa:01")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCursor(s)
		if err != nil {
			if !errors.Is(err, ErrCursor) {
				t.Fatalf("error %v does not wrap ErrCursor", err)
			}
			return
		}
		again, err := ParseCursor(c.String())
		if err != nil {
			t.Fatalf("the text form %q of a parsed cursor does not parse: %v", c.String(), err)
		}
		if again.String() != c.String() || len(again) != len(c) {
			t.Fatalf("round trip %q -> %q", c.String(), again.String())
		}
	})
}

// Two members' real logs in a store: pages after a cursor cover the
// timeline once, in order, also when a node arrives between two pages.
func TestStoreTimelinePages(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s := newStore(t, kubotest.NewNode(t))
	alice, bob := newKey(t), newKey(t)
	aliceAddr, bobAddr := crypto.PubkeyToAddress(alice.PublicKey), crypto.PubkeyToAddress(bob.PublicKey)
	t0 := time.UnixMilli(1_700_000_000_000)
	appendAs := func(k *ecdsa.PrivateKey, msg string, at time.Duration, refs ...cid.Cid) Head {
		t.Helper()
		h, err := s.Append(ctx, Entry{Ring: testRing, Chain: testChain, Author: k, ReadKey: testKey, Message: text(msg), Refs: refs, Time: t0.Add(at)})
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	// Bob's clock is behind: each of his nodes says it is older than the
	// node of alice's it refers to.
	a1 := appendAs(alice, "a1", 10*time.Second)
	b1 := appendAs(bob, "b1", 5*time.Second, a1.CID)
	a2 := appendAs(alice, "a2", 20*time.Second, b1.CID)
	b2 := appendAs(bob, "b2", 6*time.Second, a2.CID)
	want := []cid.Cid{a1.CID, b1.CID, a2.CID}

	var got []cid.Cid
	cur := Cursor{}
	for range 10 {
		page, err := s.Timeline(ctx, testRing, cur, 3)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range page.Nodes {
			got = append(got, n.CID)
		}
		if len(got) == 3 && !page.More {
			t.Errorf("first page of 3 of 4 nodes: More is false")
		}
		if len(page.Nodes) == 0 {
			if page.More {
				t.Errorf("an empty page says More")
			}
			break
		}
		cur = page.Next
		if len(got) == 3 {
			// A node arrives between two pages: the next page has it.
			// a3's clock is the earliest and it links to a2 only, so it
			// goes before b2, which the first page left out.
			a3 := appendAs(alice, "a3", time.Second)
			want = append(want, a3.CID, b2.CID)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("pages gave %v, want %v", got, want)
	}
	if cur.String() != (Cursor{aliceAddr: 3, bobAddr: 2}).String() {
		t.Errorf("final cursor %s", cur)
	}
	if _, err := s.Timeline(ctx, common.HexToAddress("0xdead"), Cursor{}, 3); err != nil {
		t.Errorf("a ring with no logs: %v", err)
	}
}
