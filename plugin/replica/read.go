package replica

import (
	"context"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/ipld/go-car/v2/storage"

	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// DefaultLogPage is how many log nodes Log returns when no limit is given,
// and MaxLogPage the most it returns.
const (
	DefaultLogPage = 100
	MaxLogPage     = 10000
)

func parseAddress(s, check string) (common.Address, error) {
	if !strings.HasPrefix(s, "0x") || !common.IsHexAddress(s) || len(s) != 42 {
		return common.Address{}, fail(gateway.CodeInvalidParams, check, "%q is not a 0x address", s)
	}
	return common.HexToAddress(s), nil
}

// RingInfoResult is the body of GET /ring/{ring}.
type RingInfoResult struct {
	Ring        string `json:"ring"`
	Chain       uint64 `json:"chain"`
	Block       uint64 `json:"block"`
	Owner       string `json:"owner"`
	Replicated  bool   `json:"replicated"`
	ReplicaRing string `json:"replicaRing,omitempty"`
	// Bucket is the market bucket that pays for the replication, if any;
	// Lapsed, when set, says why this replica suspended the ring (its
	// bucket no longer pays) and LapsedAt when.
	Bucket     uint64       `json:"bucket,omitempty"`
	Lapsed     string       `json:"lapsed,omitempty"`
	LapsedAt   *time.Time   `json:"lapsedAt,omitempty"`
	EntryCount uint64       `json:"entryCount"`
	EntryHead  string       `json:"entryHead,omitempty"`
	Members    []MemberHead `json:"members"`
}

// MemberHead is one member's heads on chain and at this node, and what
// the member's next FlushToRing to this node must carry.
type MemberHead struct {
	Member    string `json:"member"`
	ChainSeq  uint64 `json:"chainSeq"`
	ChainHead string `json:"chainHead,omitempty"`
	// ChainNonce is the contract's nonces(member): the nonce of the
	// member's next flush on chain (uint256, decimal).
	ChainNonce string `json:"chainNonce"`
	// NextNonce is the nonce this node expects in the member's next
	// FlushToRing: ChainNonce, or one past the last flush of the member
	// it accepted while that one waits to be relayed (decimal).
	NextNonce string `json:"nextNonce"`
	// AcceptedSeq is the highest seq of the member this node holds on
	// chain or queued for relaying; the next flush's seq must be above it.
	AcceptedSeq uint64 `json:"acceptedSeq"`
	LocalSeq    uint64 `json:"localSeq"`
	LocalHead   string `json:"localHead,omitempty"`
}

// RingInfo reads a ring's state from the chain and joins this node's heads.
func (r *Replica) RingInfo(ctx context.Context, ringStr string) (any, error) {
	ring, err := parseAddress(ringStr, "ring")
	if err != nil {
		return nil, err
	}
	st, _, err := r.state(ctx, ring)
	if err != nil {
		return nil, r.ringErr(err, ring, "ring")
	}
	out := &RingInfoResult{Ring: ring.Hex(), Chain: r.chainID, Block: st.Block, Owner: st.Owner.Hex(), EntryCount: st.EntryCount, Members: []MemberHead{}}
	if st.RingNodeHead != (common.Hash{}) {
		out.EntryHead = schemas.CIDFromDigest(st.RingNodeHead).String()
	}
	if rec, err := r.replication(ctx, ring); err != nil {
		return nil, err
	} else if rec != nil {
		out.Replicated, out.ReplicaRing = true, rec.ReplicaRing.Hex()
		out.Bucket, out.Lapsed, out.LapsedAt = rec.Bucket, rec.Lapsed, rec.LapsedAt
	}
	for _, m := range st.Members {
		next, seq := r.expected(ring, m)
		mh := MemberHead{Member: m.Member.Hex(), ChainSeq: m.Seq, ChainNonce: "0", NextNonce: next.String(), AcceptedSeq: seq}
		if m.Nonce != nil {
			mh.ChainNonce = m.Nonce.String()
		}
		if m.Head != (common.Hash{}) {
			mh.ChainHead = schemas.CIDFromDigest(m.Head).String()
		}
		if h, ok, err := r.logs.Head(ctx, ring, m.Member); err != nil {
			return nil, err
		} else if ok {
			mh.LocalSeq, mh.LocalHead = h.Seq, h.CID.String()
		}
		out.Members = append(out.Members, mh)
	}
	return out, nil
}

// LogResult is the JSON body of GET /ring/{ring}/log/{member}.
type LogResult struct {
	Ring    string     `json:"ring"`
	Member  string     `json:"member"`
	Head    string     `json:"head"`
	Seq     uint64     `json:"seq"`
	Entries []LogEntry `json:"entries"`
}

// LogEntry is one log node's envelope: the body stays sealed.
type LogEntry struct {
	Seq      uint64    `json:"seq"`
	CID      string    `json:"cid"`
	Prev     string    `json:"prev,omitempty"`
	Time     time.Time `json:"time"`
	Refs     []string  `json:"refs,omitempty"`
	BodySize int       `json:"bodySize"`
	// SessionKey is the session key that signed the node for its author;
	// empty when the author signed.
	SessionKey string `json:"sessionKey,omitempty"`
}

func (r *Replica) logPage(ctx context.Context, ringStr, memberStr string, since uint64, limit int, visit func(c cid.Cid, n *schemas.LogNode, raw []byte) error) (ringlog.Head, error) {
	ring, err := parseAddress(ringStr, "ring")
	if err != nil {
		return ringlog.Head{}, err
	}
	member, err := parseAddress(memberStr, "member")
	if err != nil {
		return ringlog.Head{}, err
	}
	if limit <= 0 {
		limit = DefaultLogPage
	}
	limit = min(limit, MaxLogPage)
	h, ok, err := r.logs.Head(ctx, ring, member)
	if err != nil {
		return ringlog.Head{}, err
	}
	if !ok {
		return ringlog.Head{}, fail(gateway.CodeNotFound, "member", "this node has no log of %s in ring %s", member.Hex(), ring.Hex())
	}
	n := 0
	err = r.logs.Walk(ctx, h.CID, func(c cid.Cid, node *schemas.LogNode) error {
		if uint64(node.Seq) <= since || n >= limit {
			return ringlog.ErrStop
		}
		n++
		raw, err := schemas.EncodeLogNode(node)
		if err != nil {
			return err
		}
		return visit(c, node, raw)
	})
	return h, err
}

// logEntry is the envelope of node n with CID c.
func logEntry(c cid.Cid, n *schemas.LogNode) LogEntry {
	e := LogEntry{Seq: uint64(n.Seq), CID: c.String(), Time: time.UnixMilli(n.Time).UTC(), BodySize: len(n.Body)}
	if n.Prev != nil {
		e.Prev = n.Prev.String()
	}
	for _, ref := range n.Refs {
		e.Refs = append(e.Refs, ref.String())
	}
	if n.Session != nil {
		e.SessionKey = common.Address(n.Session.Key).Hex()
	}
	return e
}

// Log lists a member's log nodes after since, newest first.
func (r *Replica) Log(ctx context.Context, ring, member string, since uint64, limit int) (any, error) {
	out := &LogResult{Entries: []LogEntry{}}
	h, err := r.logPage(ctx, ring, member, since, limit, func(c cid.Cid, n *schemas.LogNode, _ []byte) error {
		out.Entries = append(out.Entries, logEntry(c, n))
		return nil
	})
	if err != nil {
		return nil, err
	}
	out.Ring, out.Member, out.Head, out.Seq = h.Ring.Hex(), h.Member.Hex(), h.CID.String(), h.Seq
	return out, nil
}

// LogCAR writes the same nodes as a CARv1 rooted at the member's head.
func (r *Replica) LogCAR(ctx context.Context, ring, member string, since uint64, limit int, w io.Writer) error {
	ringAddr, err := parseAddress(ring, "ring")
	if err != nil {
		return err
	}
	memberAddr, err := parseAddress(member, "member")
	if err != nil {
		return err
	}
	h, ok, err := r.logs.Head(ctx, ringAddr, memberAddr)
	if err != nil {
		return err
	}
	if !ok {
		return fail(gateway.CodeNotFound, "member", "this node has no log of %s in ring %s", memberAddr.Hex(), ringAddr.Hex())
	}
	car, err := storage.NewWritable(w, []cid.Cid{h.CID}, carv2.WriteAsCarV1(true))
	if err != nil {
		return err
	}
	if _, err := r.logPage(ctx, ring, member, since, limit, func(c cid.Cid, _ *schemas.LogNode, raw []byte) error {
		return car.Put(ctx, c.KeyString(), raw)
	}); err != nil {
		return err
	}
	return car.Finalize()
}

// TimelineResult is the JSON body of GET /ring/{ring}/timeline.
type TimelineResult struct {
	Ring    string          `json:"ring"`
	Cursor  string          `json:"cursor"` // the cursor the page follows
	Next    string          `json:"next"`   // the cursor after this page
	More    bool            `json:"more"`   // this node held nodes after next when it read the page
	Entries []TimelineEntry `json:"entries"`
}

// TimelineEntry is one log node of a timeline: its author and envelope.
type TimelineEntry struct {
	Author string `json:"author"`
	LogEntry
}

// timelinePage reads the page of ring's timeline after cursor.
func (r *Replica) timelinePage(ctx context.Context, ringStr, cursor string, limit int) (common.Address, ringlog.Cursor, *ringlog.TimelinePage, error) {
	ring, err := parseAddress(ringStr, "ring")
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	after, err := ringlog.ParseCursor(cursor)
	if err != nil {
		return common.Address{}, nil, nil, failWith(gateway.CodeInvalidParams, "cursor", err, "the cursor is not one a timeline page gave")
	}
	if limit <= 0 {
		limit = DefaultLogPage
	}
	page, err := r.logs.Timeline(ctx, ring, after, min(limit, MaxLogPage))
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if len(page.Heads) == 0 {
		return common.Address{}, nil, nil, fail(gateway.CodeNotFound, "ring", "this node has no log of ring %s", ring.Hex())
	}
	return ring, after, page, nil
}

// Timeline lists the page of a ring's merged timeline after cursor.
func (r *Replica) Timeline(ctx context.Context, ring, cursor string, limit int) (any, error) {
	addr, after, page, err := r.timelinePage(ctx, ring, cursor, limit)
	if err != nil {
		return nil, err
	}
	out := &TimelineResult{Ring: addr.Hex(), Cursor: after.String(), Next: page.Next.String(), More: page.More, Entries: make([]TimelineEntry, 0, len(page.Nodes))}
	for _, tn := range page.Nodes {
		out.Entries = append(out.Entries, TimelineEntry{Author: common.BytesToAddress(tn.Node.Author).Hex(), LogEntry: logEntry(tn.CID, tn.Node)})
	}
	return out, nil
}

// TimelineCAR writes the same nodes, in timeline order, as a CARv1 rooted
// at the members' local heads.
func (r *Replica) TimelineCAR(ctx context.Context, ring, cursor string, limit int, w io.Writer) error {
	_, _, page, err := r.timelinePage(ctx, ring, cursor, limit)
	if err != nil {
		return err
	}
	roots := make([]cid.Cid, len(page.Heads))
	for i, h := range page.Heads {
		roots[i] = h.CID
	}
	car, err := storage.NewWritable(w, roots, carv2.WriteAsCarV1(true))
	if err != nil {
		return err
	}
	for _, tn := range page.Nodes {
		raw, err := schemas.EncodeLogNode(tn.Node)
		if err != nil {
			return err
		}
		if err := car.Put(ctx, tn.CID.KeyString(), raw); err != nil {
			return err
		}
	}
	return car.Finalize()
}

// Subscribe streams a ring's events: "head" when this node's copy of a
// log grows, "flush" when a flush's status changes.
func (r *Replica) Subscribe(ctx context.Context, ringStr string) (<-chan gateway.Event, error) {
	ring, err := parseAddress(ringStr, "ring")
	if err != nil {
		return nil, err
	}
	return r.events.subscribe(ctx, ring), nil
}

func headEvent(h ringlog.Head) map[string]any {
	return map[string]any{"member": h.Member.Hex(), "seq": h.Seq, "head": h.CID.String()}
}

// hub fans events out to subscribers; a slow subscriber misses events
// rather than slowing the replica.
type hub struct {
	mu   sync.Mutex
	subs map[common.Address]map[chan gateway.Event]struct{}
}

func newHub() *hub { return &hub{subs: map[common.Address]map[chan gateway.Event]struct{}{}} }

func (h *hub) subscribe(ctx context.Context, ring common.Address) <-chan gateway.Event {
	ch := make(chan gateway.Event, 64)
	h.mu.Lock()
	if h.subs[ring] == nil {
		h.subs[ring] = map[chan gateway.Event]struct{}{}
	}
	h.subs[ring][ch] = struct{}{}
	h.mu.Unlock()
	context.AfterFunc(ctx, func() {
		h.mu.Lock()
		delete(h.subs[ring], ch)
		close(ch)
		h.mu.Unlock()
	})
	return ch
}

func (h *hub) publish(ring common.Address, e gateway.Event) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs[ring] {
		select {
		case ch <- e:
		default:
		}
	}
}
