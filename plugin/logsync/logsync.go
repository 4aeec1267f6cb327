// Package logsync is the bulk path of ring sync: a libp2p protocol over
// which a node streams a member's log, newest first, as a CARv1, so that a
// node catching up gets a long log in one round trip instead of one bitswap
// round trip per node.
//
// The asking node sends one JSON line, a Request; the serving node answers
// with one JSON line, a Response, and, if it serves the log, a CARv1 whose
// root is the requested node, holding that node and its predecessors
// through prev links down to the node of seq Stop+1 (or fewer, if it has
// fewer). The asking node trusts nothing it receives: ringlog.Store.Fetch
// checks every block against the CID the newer node links to and checks
// its signature.
package logsync

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/ipld/go-car/v2/storage"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// ID is the protocol's libp2p ID.
const ID protocol.ID = "/rings/log/1.0.0"

// MaxRequestSize bounds a Request line, newline included.
const MaxRequestSize = 512

// IdleTimeout is how long either side waits for the other to send or read
// before giving up on a stream.
var IdleTimeout = 30 * time.Second

// Request asks for a member's log from the node From back to the node of
// seq Stop+1.
type Request struct {
	Ring   string `json:"ring"`   // 0x address
	Member string `json:"member"` // 0x address
	From   string `json:"from"`   // CID of a node of the log
	Stop   uint64 `json:"stop"`   // the last node sent has seq Stop+1
}

// Response is the serving node's answer line. An empty Error means a CAR
// follows.
type Response struct {
	Error string `json:"error,omitempty"`
}

// DecodeRequest parses a request line (without its newline) and checks its
// fields.
func DecodeRequest(line []byte) (ring, member common.Address, from cid.Cid, stop uint64, err error) {
	var r Request
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return ring, member, from, 0, fmt.Errorf("malformed request: %w", err)
	}
	if dec.More() {
		return ring, member, from, 0, errors.New("malformed request: trailing data")
	}
	if !common.IsHexAddress(r.Ring) || !strings.HasPrefix(r.Ring, "0x") {
		return ring, member, from, 0, fmt.Errorf("ring %q is not a 0x address", r.Ring)
	}
	if !common.IsHexAddress(r.Member) || !strings.HasPrefix(r.Member, "0x") {
		return ring, member, from, 0, fmt.Errorf("member %q is not a 0x address", r.Member)
	}
	from, err = cid.Decode(r.From)
	if err != nil {
		return ring, member, from, 0, fmt.Errorf("from %q is not a CID: %w", r.From, err)
	}
	return common.HexToAddress(r.Ring), common.HexToAddress(r.Member), from, r.Stop, nil
}

// Server serves the logs a Store holds.
type Server struct {
	host host.Host
	logs *ringlog.Store
}

// Serve registers the protocol's handler on h. Stop removes it.
func Serve(h host.Host, logs *ringlog.Store) *Server {
	s := &Server{host: h, logs: logs}
	h.SetStreamHandler(ID, s.handle)
	return s
}

// Stop removes the protocol's handler.
func (s *Server) Stop() { s.host.RemoveStreamHandler(ID) }

func (s *Server) handle(st network.Stream) {
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_ = st.SetReadDeadline(time.Now().Add(IdleTimeout))
	line, err := bufio.NewReaderSize(io.LimitReader(st, MaxRequestSize), MaxRequestSize).ReadSlice('\n')
	if err != nil {
		_ = st.Reset()
		return
	}
	w := bufio.NewWriterSize(st, 64<<10)
	if err := s.serve(ctx, st, w, line[:len(line)-1]); err != nil {
		_ = st.Reset()
		return
	}
	_ = w.Flush()
}

func (s *Server) serve(ctx context.Context, st network.Stream, w *bufio.Writer, line []byte) error {
	refuse := func(format string, args ...any) error {
		return writeResponse(w, Response{Error: fmt.Sprintf(format, args...)})
	}
	ring, member, from, stop, err := DecodeRequest(line)
	if err != nil {
		return refuse("%v", err)
	}
	if _, ok, err := s.logs.Head(ctx, ring, member); err != nil {
		return refuse("reading the log: %v", err)
	} else if !ok {
		return refuse("this node has no log of %s in ring %s", member.Hex(), ring.Hex())
	}
	raw, err := s.logs.Block(ctx, from)
	if err != nil {
		return refuse("%v", err)
	}
	n, err := schemas.DecodeLogNode(raw)
	if err != nil {
		return refuse("%s: %v", from, err)
	}
	if common.BytesToAddress(n.Author) != member || common.BytesToAddress(n.Ring) != ring {
		return refuse("%s is not a node of %s's log in ring %s", from, member.Hex(), ring.Hex())
	}
	if err := writeResponse(w, Response{}); err != nil {
		return err
	}
	car, err := storage.NewWritable(w, []cid.Cid{from}, carv2.WriteAsCarV1(true))
	if err != nil {
		return err
	}
	c := from
	for {
		_ = st.SetWriteDeadline(time.Now().Add(IdleTimeout))
		if err := car.Put(ctx, c.KeyString(), raw); err != nil {
			return err
		}
		if n.Prev == nil || uint64(n.Seq) <= stop+1 {
			return car.Finalize()
		}
		c = *n.Prev
		if raw, err = s.logs.Block(ctx, c); err != nil {
			if errors.Is(err, ringlog.ErrBlockMissing) {
				return car.Finalize() // what this node has; the asker goes on elsewhere
			}
			return err
		}
		// The asker checks every node; the server only follows the links,
		// and stops at a node it cannot read.
		if n, err = schemas.DecodeLogNode(raw); err != nil {
			return car.Finalize()
		}
	}
}

func writeResponse(w io.Writer, r Response) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// Source fetches logs from one peer over the protocol.
type Source struct {
	Host host.Host
	Peer peer.ID
}

// String implements ringlog.Source.
func (s Source) String() string { return "peer " + s.Peer.String() }

// Open implements ringlog.Source.
func (s Source) Open(ctx context.Context, ring, member common.Address, from cid.Cid, stop uint64) (ringlog.Stream, error) {
	st, err := s.Host.NewStream(ctx, s.Peer, ID)
	if err != nil {
		return nil, err
	}
	req, err := json.Marshal(Request{Ring: ring.Hex(), Member: member.Hex(), From: from.String(), Stop: stop})
	if err != nil {
		_ = st.Reset()
		return nil, err
	}
	_ = st.SetDeadline(time.Now().Add(IdleTimeout))
	if _, err := st.Write(append(req, '\n')); err != nil {
		_ = st.Reset()
		return nil, err
	}
	if err := st.CloseWrite(); err != nil {
		_ = st.Reset()
		return nil, err
	}
	r := bufio.NewReaderSize(st, 64<<10)
	line, err := r.ReadSlice('\n')
	if err != nil {
		_ = st.Reset()
		return nil, fmt.Errorf("reading the answer: %w", err)
	}
	var resp Response
	if err := json.Unmarshal(line, &resp); err != nil {
		_ = st.Reset()
		return nil, fmt.Errorf("malformed answer: %w", err)
	}
	if resp.Error != "" {
		_ = st.Close()
		return nil, errors.New(resp.Error)
	}
	br, err := carv2.NewBlockReader(r, carv2.MaxAllowedSectionSize(schemas.MaxLogNodeSize+64))
	if err != nil {
		_ = st.Reset()
		return nil, fmt.Errorf("reading the CAR: %w", err)
	}
	return &stream{st: st, br: br}, nil
}

type stream struct {
	st network.Stream
	br *carv2.BlockReader
}

func (s *stream) Next(ctx context.Context) (blocks.Block, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	_ = s.st.SetReadDeadline(time.Now().Add(IdleTimeout))
	return s.br.Next()
}

func (s *stream) Close() error { return s.st.Close() }

// Sources lists the peers a log can be fetched from, best first: the
// connected peers that speak the protocol.
func Sources(h host.Host) []ringlog.Source {
	var out []ringlog.Source
	for _, p := range h.Network().Peers() {
		if ok, _ := h.Peerstore().SupportsProtocols(p, ID); len(ok) > 0 {
			out = append(out, Source{Host: h, Peer: p})
		}
	}
	return out
}
