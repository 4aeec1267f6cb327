package ringlog

import (
	"bytes"
	"container/heap"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// A ring's timeline is every member's log nodes merged into one causal
// order, oldest first: a node comes after every node it links to through
// prev and refs; among nodes that are free to go next, the one with the
// lower time goes first, then the lower author address (bytewise), then
// the lower seq, then the lower CID (bytewise). The order is a function of
// the set of nodes alone: every node that holds the same nodes shows them
// in the same order, whichever order it received them in.
//
// A link to a node that is not in the set is ignored: the node is ordered
// as if the link were absent. That is so for a node already shown (below a
// cursor), and for a ref to a node this node does not hold (another
// member's log not synced that far, or the branch of a fork the node did
// not keep). In the second case, when the missing node arrives later, it is
// shown later, after the node that refers to it: the order never holds a
// node back for a link that may never arrive.

// TimelineNode is one log node of a timeline.
type TimelineNode struct {
	CID  cid.Cid
	Node *schemas.LogNode
}

// timelineLess is the order of nodes free to go next.
func timelineLess(a, b TimelineNode) bool {
	if a.Node.Time != b.Node.Time {
		return a.Node.Time < b.Node.Time
	}
	if c := bytes.Compare(a.Node.Author, b.Node.Author); c != 0 {
		return c < 0
	}
	if a.Node.Seq != b.Node.Seq {
		return a.Node.Seq < b.Node.Seq
	}
	return bytes.Compare(a.CID.Bytes(), b.CID.Bytes()) < 0
}

// readyHeap holds the indexes of nodes whose links are all placed.
type readyHeap struct {
	idx   []int
	nodes []TimelineNode
}

func (h *readyHeap) Len() int           { return len(h.idx) }
func (h *readyHeap) Less(i, j int) bool { return timelineLess(h.nodes[h.idx[i]], h.nodes[h.idx[j]]) }
func (h *readyHeap) Swap(i, j int)      { h.idx[i], h.idx[j] = h.idx[j], h.idx[i] }
func (h *readyHeap) Push(x any)         { h.idx = append(h.idx, x.(int)) }
func (h *readyHeap) Pop() any {
	x := h.idx[len(h.idx)-1]
	h.idx = h.idx[:len(h.idx)-1]
	return x
}

// OrderTimeline returns nodes in timeline order (see above). Nodes listed
// twice (same CID) appear once. It does not change nodes.
func OrderTimeline(nodes []TimelineNode) []TimelineNode {
	// One entry per CID.
	at := make(map[cid.Cid]int, len(nodes))
	uniq := make([]TimelineNode, 0, len(nodes))
	for _, n := range nodes {
		if _, dup := at[n.CID]; !dup {
			at[n.CID] = len(uniq)
			uniq = append(uniq, n)
		}
	}
	// Edges from each node's links (in the set) to the node.
	waiting := make([]int, len(uniq)) // links not yet placed
	next := make([][]int, len(uniq))  // nodes waiting for this one
	for i, n := range uniq {
		seen := map[int]bool{}
		link := func(c cid.Cid) {
			if j, ok := at[c]; ok && j != i && !seen[j] {
				seen[j] = true
				waiting[i]++
				next[j] = append(next[j], i)
			}
		}
		if n.Node.Prev != nil {
			link(*n.Node.Prev)
		}
		for _, r := range n.Node.Refs {
			link(r)
		}
	}
	ready := &readyHeap{nodes: uniq}
	for i := range uniq {
		if waiting[i] == 0 {
			ready.idx = append(ready.idx, i)
		}
	}
	heap.Init(ready)
	placed := make([]bool, len(uniq))
	out := make([]TimelineNode, 0, len(uniq))
	for len(out) < len(uniq) {
		if ready.Len() == 0 {
			// A cycle of links, which content addressing rules out (a
			// node's CID covers its links); should one appear anyway, its
			// first node in the tie order goes first, so that the order
			// stays total and every node is shown.
			first := -1
			for i := range uniq {
				if !placed[i] && (first < 0 || timelineLess(uniq[i], uniq[first])) {
					first = i
				}
			}
			waiting[first] = 0
			heap.Push(ready, first)
		}
		i := heap.Pop(ready).(int)
		placed[i] = true
		out = append(out, uniq[i])
		for _, j := range next[i] {
			if placed[j] {
				continue
			}
			waiting[j]--
			if waiting[j] == 0 {
				heap.Push(ready, j)
			}
		}
	}
	return out
}

// MaxCursorMembers bounds the members a Cursor names.
const MaxCursorMembers = 1024

// ErrCursor is returned by ParseCursor for a malformed cursor.
var ErrCursor = errors.New("ringlog: malformed timeline cursor")

// Cursor is a place in a ring's timeline: for each member, the seq of its
// newest node already shown (members left out: none). The nodes before a
// cursor are the nodes at or below those seqs, so a page read after a
// cursor neither repeats nor skips a node, whatever arrived meanwhile.
//
// Its text form is "0x<member>:<seq>" pairs joined by ",", members in
// ascending order, seq 0 left out; "" is the start of the timeline.
type Cursor map[common.Address]uint64

// ParseCursor reads a cursor's text form. It takes members in any order
// and hex case and seqs of 0, and refuses a member named twice, more than
// MaxCursorMembers members, and numbers with signs or leading zeros.
func ParseCursor(s string) (Cursor, error) {
	c := Cursor{}
	if s == "" {
		return c, nil
	}
	parts := strings.Split(s, ",")
	if len(parts) > MaxCursorMembers {
		return nil, fmt.Errorf("%w: more than %d members", ErrCursor, MaxCursorMembers)
	}
	seen := make(map[common.Address]bool, len(parts))
	for _, p := range parts {
		addr, num, ok := strings.Cut(p, ":")
		if !ok || len(addr) != 42 || !strings.HasPrefix(addr, "0x") || !common.IsHexAddress(addr) {
			return nil, fmt.Errorf("%w: %q is not 0x<address>:<seq>", ErrCursor, p)
		}
		if num == "" || (len(num) > 1 && num[0] == '0') || strings.TrimLeft(num, "0123456789") != "" {
			return nil, fmt.Errorf("%w: seq %q is not a decimal number", ErrCursor, num)
		}
		seq, err := strconv.ParseUint(num, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%w: seq %q is out of range", ErrCursor, num)
		}
		a := common.HexToAddress(addr)
		if seen[a] {
			return nil, fmt.Errorf("%w: member %s named twice", ErrCursor, a.Hex())
		}
		seen[a] = true
		if seq > 0 {
			c[a] = seq
		}
	}
	return c, nil
}

// String is the cursor's text form.
func (c Cursor) String() string {
	members := make([]common.Address, 0, len(c))
	for a, seq := range c {
		if seq > 0 {
			members = append(members, a)
		}
	}
	slices.SortFunc(members, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	var b strings.Builder
	for i, a := range members {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(a.Hex())
		b.WriteByte(':')
		b.WriteString(strconv.FormatUint(c[a], 10))
	}
	return b.String()
}

// After is the cursor past c and the given nodes.
func (c Cursor) After(nodes []TimelineNode) Cursor {
	out := make(Cursor, len(c))
	for a, s := range c {
		out[a] = s
	}
	for _, n := range nodes {
		a := common.BytesToAddress(n.Node.Author)
		out[a] = max(out[a], uint64(n.Node.Seq))
	}
	return out
}

// TimelinePage is one page of a ring's timeline.
type TimelinePage struct {
	Nodes []TimelineNode // in timeline order
	Heads []Head         // the local heads the page was read from
	Next  Cursor         // the cursor after Nodes
	More  bool           // nodes after Next were already held when the page was read
}

// Timeline reads the page of ring's timeline after cursor: the first limit
// (> 0) nodes, in timeline order, of the local logs' nodes above the
// cursor. It reads every node above the cursor to order them.
func (s *Store) Timeline(ctx context.Context, ring common.Address, after Cursor, limit int) (*TimelinePage, error) {
	heads, err := s.Heads(ctx, ring)
	if err != nil {
		return nil, err
	}
	var all []TimelineNode
	for _, h := range heads {
		from := after[h.Member]
		err := s.Walk(ctx, h.CID, func(c cid.Cid, n *schemas.LogNode) error {
			if uint64(n.Seq) <= from {
				return ErrStop
			}
			all = append(all, TimelineNode{CID: c, Node: n})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	ordered := OrderTimeline(all)
	page := &TimelinePage{Heads: heads, Nodes: ordered, Next: after}
	if len(ordered) > limit {
		page.Nodes, page.More = ordered[:limit], true
	}
	page.Next = after.After(page.Nodes)
	return page, nil
}
