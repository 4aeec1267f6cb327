// Package votes is how members' nodes exchange their EIP-712 votes for
// ring entries and outputs: a libp2p request/response protocol. A node
// that wants a ring entry committed sends the proposal to its connected
// peers that speak the protocol; each checks it against the ring's state
// on chain and answers with the signatures of its avatars that are
// members. The asking node checks every signature itself.
//
// Request and response are one JSON line each.
package votes

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	logging "github.com/ipfs/go-log/v2"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ring"
)

var log = logging.Logger("ring/votes")

// ID is the protocol's libp2p ID.
const ID protocol.ID = "/rings/vote/1.0.0"

// MaxRequestSize bounds a request line: a RingEntry block of at most
// schemas.MaxRingEntrySize, in base64, with room for the rest.
const MaxRequestSize = schemas.MaxRingEntrySize*4/3 + 4096

// Timeout bounds one peer's answer.
var Timeout = 20 * time.Second

// Request asks for votes: Kind "entry" with Entry, a RingEntry block; or
// Kind "outputs" with Nonce and Outputs.
type Request struct {
	Kind    string   `json:"kind"`
	Ring    string   `json:"ring"`
	Entry   []byte   `json:"entry,omitempty"` // base64 in JSON
	Nonce   string   `json:"nonce,omitempty"` // uint256, decimal
	Outputs []Output `json:"outputs,omitempty"`
}

// Output is one proposed output.
type Output struct {
	Pin  int64  `json:"pin"`
	Data string `json:"data"` // CID
}

// Response is the answer: the votes, or why there are none.
type Response struct {
	Votes []ring.Vote `json:"votes,omitempty"`
	Error string      `json:"error,omitempty"`
}

// Voter is what a node votes with (ring.Service).
type Voter interface {
	VoteEntry(ctx context.Context, ring common.Address, raw []byte) ([]ring.Vote, error)
	VoteOutputs(ctx context.Context, ring common.Address, nonce *big.Int, outs []schemas.Output) ([]ring.Vote, error)
}

// proposal is a decoded Request.
type proposal struct {
	kind  string
	ring  common.Address
	entry []byte
	nonce *big.Int
	outs  []schemas.Output
}

// DecodeRequest parses and checks a request line (without its newline).
func DecodeRequest(line []byte) (kind string, ringAddr common.Address, entry []byte, nonce *big.Int, outs []schemas.Output, err error) {
	p, err := decodeRequest(line)
	if err != nil {
		return "", common.Address{}, nil, nil, nil, err
	}
	return p.kind, p.ring, p.entry, p.nonce, p.outs, nil
}

func decodeRequest(line []byte) (*proposal, error) {
	var r Request
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("malformed request: %w", err)
	}
	if dec.More() {
		return nil, errors.New("malformed request: trailing data")
	}
	if !common.IsHexAddress(r.Ring) || !strings.HasPrefix(r.Ring, "0x") {
		return nil, fmt.Errorf("ring %q is not a 0x address", r.Ring)
	}
	p := &proposal{kind: r.Kind, ring: common.HexToAddress(r.Ring)}
	switch r.Kind {
	case "entry":
		if len(r.Entry) == 0 || r.Nonce != "" || r.Outputs != nil {
			return nil, errors.New("an entry request carries the entry and nothing else")
		}
		if _, err := schemas.DecodeRingEntry(r.Entry); err != nil {
			return nil, fmt.Errorf("entry: %w", err)
		}
		p.entry = r.Entry
	case "outputs":
		if r.Entry != nil || len(r.Outputs) == 0 || len(r.Outputs) > schemas.MaxOutputs {
			return nil, fmt.Errorf("an outputs request carries the nonce and 1 to %d outputs", schemas.MaxOutputs)
		}
		n, ok := new(big.Int).SetString(r.Nonce, 10)
		if !ok || n.Sign() < 0 || n.BitLen() > 256 {
			return nil, fmt.Errorf("nonce %q is not a uint256", r.Nonce)
		}
		p.nonce = n
		for i, o := range r.Outputs {
			c, err := cid.Decode(o.Data)
			if err != nil {
				return nil, fmt.Errorf("outputs[%d].data: %w", i, err)
			}
			p.outs = append(p.outs, schemas.Output{Pin: o.Pin, Data: c})
		}
		if _, err := schemas.OutputsHash(p.outs); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("kind %q is neither \"entry\" nor \"outputs\"", r.Kind)
	}
	return p, nil
}

// Serve registers the protocol's handler on h, voting with v. The
// returned func removes it.
func Serve(h host.Host, v Voter) func() {
	h.SetStreamHandler(ID, func(st network.Stream) { handle(st, v) })
	return func() { h.RemoveStreamHandler(ID) }
}

func handle(st network.Stream, v Voter) {
	defer st.Close()
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	_ = st.SetDeadline(time.Now().Add(Timeout))
	// The asker closes its side after the request line.
	req, err := io.ReadAll(io.LimitReader(st, MaxRequestSize+1))
	var resp Response
	switch {
	case err != nil:
		_ = st.Reset()
		return
	case len(req) > MaxRequestSize:
		resp.Error = fmt.Sprintf("request larger than %d bytes", MaxRequestSize)
	default:
		resp = answer(ctx, v, []byte(strings.TrimSuffix(string(req), "\n")))
	}
	b, err := json.Marshal(resp)
	if err != nil {
		_ = st.Reset()
		return
	}
	_, _ = st.Write(append(b, '\n'))
}

// answer decodes a request and votes on it.
func answer(ctx context.Context, v Voter, line []byte) Response {
	p, err := decodeRequest(line)
	if err != nil {
		return Response{Error: err.Error()}
	}
	var votes []ring.Vote
	if p.kind == "entry" {
		votes, err = v.VoteEntry(ctx, p.ring, p.entry)
	} else {
		votes, err = v.VoteOutputs(ctx, p.ring, p.nonce, p.outs)
	}
	if err != nil {
		return Response{Error: err.Error()}
	}
	if len(votes) == 0 {
		return Response{Error: "this node holds no member's key of ring " + p.ring.Hex()}
	}
	return Response{Votes: votes}
}

// Client asks connected peers for votes. It implements ring.Voters.
type Client struct {
	Host host.Host
}

var _ ring.Voters = Client{}

// EntryVotes implements ring.Voters.
func (c Client) EntryVotes(ctx context.Context, ringAddr common.Address, entry []byte) []ring.Vote {
	return c.ask(ctx, Request{Kind: "entry", Ring: ringAddr.Hex(), Entry: entry})
}

// OutputsVotes implements ring.Voters.
func (c Client) OutputsVotes(ctx context.Context, ringAddr common.Address, nonce *big.Int, outs []schemas.Output) []ring.Vote {
	req := Request{Kind: "outputs", Ring: ringAddr.Hex(), Nonce: nonce.String()}
	for _, o := range outs {
		req.Outputs = append(req.Outputs, Output{Pin: o.Pin, Data: o.Data.String()})
	}
	return c.ask(ctx, req)
}

// ask sends req to every connected peer that speaks the protocol, at once,
// and gathers their votes.
func (c Client) ask(ctx context.Context, req Request) []ring.Vote {
	line, err := json.Marshal(req)
	if err != nil {
		return nil
	}
	line = append(line, '\n') // once: the askers share it
	var (
		mu    sync.Mutex
		votes []ring.Vote
		wg    sync.WaitGroup
	)
	for _, p := range c.Host.Network().Peers() {
		if ok, _ := c.Host.Peerstore().SupportsProtocols(p, ID); len(ok) == 0 {
			continue
		}
		wg.Go(func() {
			vs, err := c.askPeer(ctx, p, line)
			if err != nil {
				log.Infof("votes from %s: %v", p, err)
				return
			}
			mu.Lock()
			votes = append(votes, vs...)
			mu.Unlock()
		})
	}
	wg.Wait()
	return votes
}

func (c Client) askPeer(ctx context.Context, p peer.ID, line []byte) ([]ring.Vote, error) {
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	st, err := c.Host.NewStream(ctx, p, ID)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	_ = st.SetDeadline(time.Now().Add(Timeout))
	if _, err := st.Write(line); err != nil {
		_ = st.Reset()
		return nil, err
	}
	if err := st.CloseWrite(); err != nil {
		_ = st.Reset()
		return nil, err
	}
	var resp Response
	if err := json.NewDecoder(io.LimitReader(st, 1<<20)).Decode(&resp); err != nil {
		_ = st.Reset()
		return nil, fmt.Errorf("malformed answer: %w", err)
	}
	if resp.Error != "" {
		return nil, errors.New(resp.Error)
	}
	return resp.Votes, nil
}
