package challenge

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/protocol"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// The receipt protocol: after an attester has verified what the hoster
// streamed over the log sync protocol, it asks the hoster, over this one,
// to countersign a Receipt(challenge, attester, data). The attester sends
// one JSON line, a ReceiptRequest; the hoster answers one JSON line, a
// ReceiptResponse. The hoster signs only for a challenge it hosts, open
// now, asked by one of its attesters from the peer that attester
// registered, and only for the data its own store gives.

// ID is the receipt protocol's libp2p ID.
const ID protocol.ID = "/rings/challenge/1.0.0"

// MaxRequestSize bounds a ReceiptRequest line, newline included.
const MaxRequestSize = 512

// IdleTimeout is how long either side waits for the other.
var IdleTimeout = 30 * time.Second

// ReceiptRequest asks the hoster to countersign the nodes an attester
// verified.
type ReceiptRequest struct {
	Challenge string `json:"challenge"` // decimal uint64
	Attester  string `json:"attester"`  // 0x address
	Data      string `json:"data"`      // 0x and 64 hex digits: chain.ChallengeDataHash of the nodes
}

// ReceiptResponse is the hoster's answer: the signature, or why not.
type ReceiptResponse struct {
	Sig   string `json:"sig,omitempty"` // 0x, 65 bytes
	Error string `json:"error,omitempty"`
}

// Chain is what this package needs of the Challenges contract.
type Chain interface {
	// Challenge reads an activated challenge.
	Challenge(ctx context.Context, id uint64) (*Challenge, error)
	// ReceiptDigest and ReportDigest are the EIP-712 digests the
	// contract checks.
	ReceiptDigest(id uint64, attester common.Address, data common.Hash) common.Hash
	ReportDigest(r Report) common.Hash
	// PerformanceDigest is the EIP-712 digest of an attester's
	// measurement.
	PerformanceDigest(r chain.PerformanceReport) common.Hash
}

// DecodeReceiptRequest parses a request line (without its newline).
func DecodeReceiptRequest(line []byte) (id uint64, attester common.Address, data common.Hash, err error) {
	var r ReceiptRequest
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return 0, attester, data, fmt.Errorf("malformed request: %w", err)
	}
	if dec.More() {
		return 0, attester, data, errors.New("malformed request: trailing data")
	}
	id, err = strconv.ParseUint(r.Challenge, 10, 64)
	if err != nil || id == 0 || r.Challenge != strconv.FormatUint(id, 10) {
		return 0, attester, data, fmt.Errorf("challenge %q is not a decimal uint64 above zero", r.Challenge)
	}
	if !common.IsHexAddress(r.Attester) || !strings.HasPrefix(r.Attester, "0x") {
		return 0, attester, data, fmt.Errorf("attester %q is not a 0x address", r.Attester)
	}
	b, err := hexutil.Decode(r.Data)
	if err != nil || len(b) != 32 {
		return 0, attester, data, fmt.Errorf("data %q is not 0x and 64 hex digits", r.Data)
	}
	return id, common.HexToAddress(r.Attester), common.BytesToHash(b), nil
}

// Server countersigns receipts for the challenges this node hosts.
type Server struct {
	host  host.Host
	logs  *ringlog.Store
	self  *avatar.Avatar
	chain Chain
	now   func() time.Time
}

// Serve answers receipt requests on h as self (the node's replica
// avatar), reading challenges from c and the challenged nodes from logs.
// now is the clock challenge deadlines are compared with (the chain's).
func Serve(h host.Host, logs *ringlog.Store, self *avatar.Avatar, c Chain, now func() time.Time) *Server {
	s := &Server{host: h, logs: logs, self: self, chain: c, now: now}
	h.SetStreamHandler(ID, s.handle)
	return s
}

// Stop removes the protocol's handler.
func (s *Server) Stop() { s.host.RemoveStreamHandler(ID) }

func (s *Server) handle(st network.Stream) {
	defer st.Close()
	ctx, cancel := context.WithTimeout(context.Background(), IdleTimeout)
	defer cancel()
	_ = st.SetDeadline(time.Now().Add(IdleTimeout))
	line, err := bufio.NewReaderSize(io.LimitReader(st, MaxRequestSize), MaxRequestSize).ReadSlice('\n')
	if err != nil {
		_ = st.Reset()
		return
	}
	sig, err := s.receipt(ctx, st, line[:len(line)-1])
	resp := ReceiptResponse{Sig: hexutil.Encode(sig)}
	if err != nil {
		resp = ReceiptResponse{Error: err.Error()}
	}
	b, _ := json.Marshal(resp)
	if _, err := st.Write(append(b, '\n')); err != nil {
		_ = st.Reset()
	}
}

// receipt checks a request and signs its receipt.
func (s *Server) receipt(ctx context.Context, st network.Stream, line []byte) ([]byte, error) {
	id, attester, data, err := DecodeReceiptRequest(line)
	if err != nil {
		return nil, err
	}
	c, err := s.chain.Challenge(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("reading challenge %d: %w", id, err)
	}
	switch {
	case c.Hoster != s.self.Address:
		return nil, fmt.Errorf("challenge %d is hosted by %s, not by this node's %s", id, c.Hoster.Hex(), s.self.Address.Hex())
	case c.Resolved:
		return nil, fmt.Errorf("challenge %d is resolved", id)
	case !s.now().Before(c.Deadline):
		return nil, fmt.Errorf("challenge %d closed at %s", id, c.Deadline.UTC().Format(time.RFC3339))
	case !c.Attests(attester):
		return nil, fmt.Errorf("%s is not an attester of challenge %d", attester.Hex(), id)
	case c.AttesterPeers[attester] != st.Conn().RemotePeer():
		return nil, fmt.Errorf("attester %s registered peer %s, and this request comes from %s", attester.Hex(), c.AttesterPeers[attester], st.Conn().RemotePeer())
	}
	held, err := Held(ctx, s.logs, c)
	if err != nil {
		return nil, fmt.Errorf("this node cannot read the challenged nodes: %w", err)
	}
	if mine := chain.ChallengeDataHash(held); mine != data {
		return nil, fmt.Errorf("this node's challenged nodes hash to %s, not %s", mine.Hex(), data.Hex())
	}
	return schemas.Sign(s.chain.ReceiptDigest(id, attester, data), s.self.PrivateKey())
}

// askReceipt asks the hoster of c for its countersignature of data, and
// checks that it is the hoster's.
func askReceipt(ctx context.Context, h host.Host, c *Challenge, attester common.Address, data common.Hash, digest common.Hash) ([]byte, error) {
	st, err := h.NewStream(ctx, c.HosterPeer, ID)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	req, err := json.Marshal(ReceiptRequest{Challenge: strconv.FormatUint(c.ID, 10), Attester: attester.Hex(), Data: data.Hex()})
	if err != nil {
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
	line, err := bufio.NewReaderSize(io.LimitReader(st, 1024), 1024).ReadSlice('\n')
	if err != nil {
		_ = st.Reset()
		return nil, fmt.Errorf("reading the answer: %w", err)
	}
	var resp ReceiptResponse
	if err := json.Unmarshal(line, &resp); err != nil {
		return nil, fmt.Errorf("malformed answer: %w", err)
	}
	if resp.Error != "" {
		return nil, fmt.Errorf("the hoster refused: %s", resp.Error)
	}
	sig, err := hexutil.Decode(resp.Sig)
	if err != nil {
		return nil, fmt.Errorf("malformed signature: %w", err)
	}
	if signer, err := schemas.Recover(digest, sig); err != nil || signer != c.Hoster {
		return nil, fmt.Errorf("the receipt is not signed by the hoster %s (%v)", c.Hoster.Hex(), err)
	}
	return sig, nil
}
