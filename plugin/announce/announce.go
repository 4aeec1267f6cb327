// Package announce is how members' nodes tell each other about the new
// head of a log the moment it is appended, before any flush to the chain:
// a libp2p protocol. The announcing node sends one JSON line, a Request;
// the receiving node answers one JSON line, a Response, and hands the
// announcement to its handler.
//
// The receiver trusts nothing in an announcement: its handler fetches the
// log from the announcing peer (the log sync protocol) and checks every
// node's hash links and signature as a sync does, and ignores logs it does
// not keep. The receiver coalesces: while its handler works on one log,
// later announcements of that log wait, and only the newest is handled
// next.
package announce

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// ID is the protocol's libp2p ID.
const ID protocol.ID = "/rings/heads/1.0.0"

// MaxRequestSize bounds a request line, newline included.
const MaxRequestSize = 512

// MaxQueued bounds the logs whose announcements wait for the handler;
// beyond it new ones are dropped (the chain's heads bring them later).
const MaxQueued = 4096

// Timeout bounds one exchange with a peer, and one run of the handler.
var Timeout = 10 * time.Second

// Announcement says that Member's log in Ring has the node Head, of seq
// Seq.
type Announcement struct {
	Ring   common.Address
	Member common.Address
	Head   cid.Cid
	Seq    uint64
}

// Request is an announcement on the wire.
type Request struct {
	Ring   string `json:"ring"`   // 0x address
	Member string `json:"member"` // 0x address
	Head   string `json:"head"`   // CID of the log node
	Seq    uint64 `json:"seq"`    // its seq, at least 1
}

// Response is the receiver's answer: empty when it took the announcement.
type Response struct {
	Error string `json:"error,omitempty"`
}

// DecodeRequest parses a request line (without its newline) and checks
// its fields.
func DecodeRequest(line []byte) (Announcement, error) {
	var r Request
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return Announcement{}, fmt.Errorf("malformed announcement: %w", err)
	}
	if dec.More() {
		return Announcement{}, errors.New("malformed announcement: trailing data")
	}
	if !common.IsHexAddress(r.Ring) || !strings.HasPrefix(r.Ring, "0x") {
		return Announcement{}, fmt.Errorf("ring %q is not a 0x address", r.Ring)
	}
	if !common.IsHexAddress(r.Member) || !strings.HasPrefix(r.Member, "0x") {
		return Announcement{}, fmt.Errorf("member %q is not a 0x address", r.Member)
	}
	head, err := cid.Decode(r.Head)
	if err != nil {
		return Announcement{}, fmt.Errorf("head %q is not a CID: %w", r.Head, err)
	}
	if r.Seq == 0 {
		return Announcement{}, errors.New("seq must be at least 1")
	}
	return Announcement{Ring: common.HexToAddress(r.Ring), Member: common.HexToAddress(r.Member), Head: head, Seq: r.Seq}, nil
}

// Handler acts on an announcement received from peer from. It runs on
// its own goroutine, one at a time per log, with a context that ends after
// Timeout or when the server stops.
type Handler func(ctx context.Context, from peer.ID, a Announcement)

// Server receives announcements and hands them to its handler.
type Server struct {
	host host.Host
	q    *coalescer[received]
}

type received struct {
	from peer.ID
	a    Announcement
}

// Serve registers the protocol's handler on h. Stop removes it.
func Serve(h host.Host, handle Handler) *Server {
	s := &Server{host: h}
	s.q = newCoalescer(func(ctx context.Context, r received) { handle(ctx, r.from, r.a) })
	h.SetStreamHandler(ID, s.serve)
	return s
}

// Stop removes the protocol's handler and waits for running handlers.
func (s *Server) Stop() {
	s.host.RemoveStreamHandler(ID)
	s.q.stop()
}

func (s *Server) serve(st network.Stream) {
	defer st.Close()
	_ = st.SetDeadline(time.Now().Add(Timeout))
	line, err := bufio.NewReaderSize(io.LimitReader(st, MaxRequestSize), MaxRequestSize).ReadSlice('\n')
	if err != nil {
		_ = st.Reset()
		return
	}
	a, err := DecodeRequest(line[:len(line)-1])
	resp := Response{}
	if err != nil {
		resp.Error = err.Error()
	} else if !s.q.add(a, received{from: st.Conn().RemotePeer(), a: a}) {
		resp.Error = "too many announcements waiting; try later"
	}
	b, _ := json.Marshal(resp)
	_, _ = st.Write(append(b, '\n'))
}

// Announcer announces this node's new heads in the background: it
// implements ring.Announcer. Announcements of one log are sent one at a
// time, the newest waiting one next.
type Announcer struct {
	q *coalescer[outgoing]
}

type outgoing struct {
	a       Announcement
	members []common.Address
}

// NewAnnouncer returns an Announcer that sends from h to the peers that
// connect returns for a ring's members (ringpeers.Peers.Connect), and
// reports the peers it could not reach to logf.
func NewAnnouncer(h host.Host, connect func(ctx context.Context, ring common.Address, members []common.Address) []peer.ID, logf func(string, ...any)) *Announcer {
	return &Announcer{q: newCoalescer(func(ctx context.Context, o outgoing) {
		to := connect(ctx, o.a.Ring, o.members)
		if _, errs := Send(ctx, h, to, o.a); len(errs) > 0 {
			logf("announcing the head %d of %s in ring %s: %v", o.a.Seq, o.a.Member.Hex(), o.a.Ring.Hex(), errors.Join(errs...))
		}
	})}
}

// Announce sends the announcement in the background.
func (n *Announcer) Announce(ring, member common.Address, head cid.Cid, seq uint64, members []common.Address) {
	a := Announcement{Ring: ring, Member: member, Head: head, Seq: seq}
	n.q.add(a, outgoing{a: a, members: members})
}

// Close stops sending and waits for what is being sent.
func (n *Announcer) Close() { n.q.stop() }

// coalescer runs work per log, one at a time: an item that comes while
// its log's work runs waits, replacing an older waiting one, and runs
// next.
type coalescer[T any] struct {
	work   func(context.Context, T)
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu      sync.Mutex
	busy    map[logKey]bool
	waiting map[logKey]pending[T]
}

type logKey struct{ ring, member common.Address }

type pending[T any] struct {
	seq  uint64
	item T
}

func newCoalescer[T any](work func(context.Context, T)) *coalescer[T] {
	ctx, cancel := context.WithCancel(context.Background())
	return &coalescer[T]{work: work, ctx: ctx, cancel: cancel, busy: map[logKey]bool{}, waiting: map[logKey]pending[T]{}}
}

// add runs item, the announcement a's work, or keeps it for when the work
// running for a's log ends. It reports false when item was dropped:
// stopped, or MaxQueued logs are busy.
func (c *coalescer[T]) add(a Announcement, item T) bool {
	k := logKey{a.Ring, a.Member}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ctx.Err() != nil {
		return false
	}
	if c.busy[k] {
		w, ok := c.waiting[k]
		if ok && w.seq > a.Seq {
			return true // an even newer one waits
		}
		if !ok && len(c.waiting) >= MaxQueued {
			return false
		}
		c.waiting[k] = pending[T]{a.Seq, item}
		return true
	}
	if len(c.busy) >= MaxQueued {
		return false
	}
	c.busy[k] = true
	c.wg.Go(func() { c.run(k, item) })
	return true
}

func (c *coalescer[T]) run(k logKey, item T) {
	for {
		ctx, cancel := context.WithTimeout(c.ctx, Timeout)
		c.work(ctx, item)
		cancel()
		c.mu.Lock()
		next, ok := c.waiting[k]
		delete(c.waiting, k)
		if !ok || c.ctx.Err() != nil {
			delete(c.busy, k)
			c.mu.Unlock()
			return
		}
		c.mu.Unlock()
		item = next.item
	}
}

// stop drops what waits and waits for the work running.
func (c *coalescer[T]) stop() {
	c.cancel()
	c.wg.Wait()
}

// Send announces a to each of peers that speaks the protocol, all at
// once, and returns how many took it; the errors are for the caller to
// log (a peer that does not answer is not an error of the announcing
// node).
func Send(ctx context.Context, h host.Host, peers []peer.ID, a Announcement) (took int, errs []error) {
	req, err := json.Marshal(Request{Ring: a.Ring.Hex(), Member: a.Member.Hex(), Head: a.Head.String(), Seq: a.Seq})
	if err != nil {
		return 0, []error{err}
	}
	req = append(req, '\n')
	var (
		mu sync.Mutex
		wg sync.WaitGroup
	)
	for _, p := range peers {
		wg.Go(func() {
			err := send(ctx, h, p, req)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, fmt.Errorf("announcing to %s: %w", p, err))
				return
			}
			took++
		})
	}
	wg.Wait()
	return took, errs
}

func send(ctx context.Context, h host.Host, p peer.ID, req []byte) error {
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	st, err := h.NewStream(ctx, p, ID)
	if err != nil {
		return err
	}
	defer st.Close()
	_ = st.SetDeadline(time.Now().Add(Timeout))
	if _, err := st.Write(req); err != nil {
		_ = st.Reset()
		return err
	}
	if err := st.CloseWrite(); err != nil {
		_ = st.Reset()
		return err
	}
	line, err := bufio.NewReaderSize(io.LimitReader(st, MaxRequestSize), MaxRequestSize).ReadSlice('\n')
	if err != nil {
		_ = st.Reset()
		return fmt.Errorf("reading the answer: %w", err)
	}
	var resp Response
	if err := json.Unmarshal(line, &resp); err != nil {
		return fmt.Errorf("malformed answer: %w", err)
	}
	if resp.Error != "" {
		return errors.New(resp.Error)
	}
	return nil
}
