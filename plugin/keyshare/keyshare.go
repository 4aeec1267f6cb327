// Package keyshare hands a ring's keys to a member that does not hold
// them, node to node: a replica added to a market cluster (by its manager,
// or by an amendment that replaced a failing node) is a member of the
// cluster's replica ring on chain, but nobody gave it the ring's read and
// replica keys. It asks the other members' nodes over the libp2p protocol
// /rings/keys/1.0.0 with a KeyRequest signed by its avatar; a node that
// holds the keys checks the signer's membership in the ring's contract
// state and answers with the keys sealed (ECIES, go-ethereum's) to the
// public key the signature recovers to. A captured request is of no use to
// anyone else: the answer opens only with the member's key.
//
// The asking node sends one JSON line, a Request; the answering node sends
// one JSON line, a Response.
package keyshare

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// ID is the protocol's libp2p ID.
const ID protocol.ID = "/rings/keys/1.0.0"

// MaxRequestSize bounds a Request line, newline included.
const MaxRequestSize = 512

// MaxValidity is how far in the future a request's deadline may be.
const MaxValidity = 10 * time.Minute

// IdleTimeout is how long either side waits for the other.
var IdleTimeout = 30 * time.Second

// Request asks for Ring's keys on behalf of Member, signed by Member
// (EIP-712 KeyRequest in the ring's domain).
type Request struct {
	Ring     string `json:"ring"`     // 0x address
	Chain    uint64 `json:"chain"`    // the ring's chain id
	Member   string `json:"member"`   // 0x address
	Deadline uint64 `json:"deadline"` // unix seconds
	Sig      string `json:"sig"`      // 0x, 65 bytes
}

// Response is the answer: the keys sealed to the member, or why not.
type Response struct {
	Box   string `json:"box,omitempty"` // 0x ECIES ciphertext of the keys' export JSON
	Error string `json:"error,omitempty"`
}

// Members is what the server asks of the chain.
type Members interface {
	IsMember(ctx context.Context, ring, who common.Address) (bool, error)
}

// Errors of a request, in DecodeRequest's and the server's words.
var (
	ErrMalformed = errors.New("keyshare: malformed request")
	ErrRefused   = errors.New("keyshare: refused")
)

// DecodeRequest parses a request line (without its newline) and checks
// its fields' shapes; the signature is checked by the server.
func DecodeRequest(line []byte) (*Request, error) {
	var r Request
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrMalformed)
	}
	for name, a := range map[string]string{"ring": r.Ring, "member": r.Member} {
		if !common.IsHexAddress(a) || !strings.HasPrefix(a, "0x") {
			return nil, fmt.Errorf("%w: %s %q is not a 0x address", ErrMalformed, name, a)
		}
	}
	if r.Chain == 0 {
		return nil, fmt.Errorf("%w: chain must be above zero", ErrMalformed)
	}
	if sig, err := hexutil.Decode(r.Sig); err != nil || len(sig) != 65 {
		return nil, fmt.Errorf("%w: sig must be 0x and 130 hex digits", ErrMalformed)
	}
	return &r, nil
}

// Server answers key requests for the rings whose keys this node holds.
type Server struct {
	host    host.Host
	keys    *ringkeys.Dir
	members Members
	chainID uint64
	now     func() time.Time
}

// Serve answers on h for the rings in keys (on chain chainID), checking
// membership with members.
func Serve(h host.Host, keys *ringkeys.Dir, chainID uint64, members Members, now func() time.Time) *Server {
	s := &Server{host: h, keys: keys, members: members, chainID: chainID, now: now}
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
	resp := Response{}
	box, err := s.answer(ctx, line[:len(line)-1])
	if err != nil {
		resp.Error = err.Error()
	} else {
		resp.Box = hexutil.Encode(box)
	}
	b, _ := json.Marshal(resp)
	if _, err := st.Write(append(b, '\n')); err != nil {
		_ = st.Reset()
	}
}

// answer checks a request and seals the ring's keys to its signer.
func (s *Server) answer(ctx context.Context, line []byte) ([]byte, error) {
	r, err := DecodeRequest(line)
	if err != nil {
		return nil, err
	}
	ring, member := common.HexToAddress(r.Ring), common.HexToAddress(r.Member)
	if r.Chain != s.chainID {
		return nil, fmt.Errorf("%w: this node is on chain %d, the request for chain %d", ErrRefused, s.chainID, r.Chain)
	}
	now := s.now()
	if dl := time.Unix(int64(min(r.Deadline, 1<<62)), 0); !dl.After(now) || dl.After(now.Add(MaxValidity)) {
		return nil, fmt.Errorf("%w: the deadline %d is not within the next %s", ErrRefused, r.Deadline, MaxValidity)
	}
	digest, err := schemas.KeyRequestDigest(schemas.Domain{ChainID: r.Chain, Ring: ring}, schemas.KeyRequest{Member: member, Deadline: new(big.Int).SetUint64(r.Deadline)})
	if err != nil {
		return nil, err
	}
	sig := hexutil.MustDecode(r.Sig)
	if _, err := schemas.Recover(digest, sig); err != nil {
		return nil, fmt.Errorf("%w: the signature: %w", ErrRefused, err)
	}
	rsv := append([]byte(nil), sig...)
	rsv[64] -= 27
	pub, err := crypto.SigToPub(digest[:], rsv)
	if err != nil || crypto.PubkeyToAddress(*pub) != member {
		return nil, fmt.Errorf("%w: the request is not signed by %s", ErrRefused, member.Hex())
	}
	k, err := s.keys.Get(ring)
	if err != nil || !k.HasReadKey() {
		return nil, fmt.Errorf("%w: this node does not hold ring %s's keys", ErrRefused, ring.Hex())
	}
	ok, err := s.members.IsMember(ctx, ring, member)
	if err != nil {
		return nil, fmt.Errorf("reading ring %s's members: %w", ring.Hex(), err)
	}
	if !ok {
		return nil, fmt.Errorf("%w: %s is not a member of ring %s", ErrRefused, member.Hex(), ring.Hex())
	}
	plain, err := json.Marshal(ringkeys.Keys{Ring: k.Ring, Chain: k.Chain, ReadKey: k.ReadKey, ReplicaKey: k.ReplicaKey})
	if err != nil {
		return nil, err
	}
	return ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), plain, nil, nil)
}

// Ask asks the node p for ring's keys as self, a member of the ring on
// chain chainID, and returns them (named name).
func Ask(ctx context.Context, h host.Host, p peer.ID, ring common.Address, chainID uint64, self *avatar.Avatar, name string, now time.Time) (ringkeys.Keys, error) {
	deadline := uint64(now.Add(MaxValidity / 2).Unix())
	digest, err := schemas.KeyRequestDigest(schemas.Domain{ChainID: chainID, Ring: ring}, schemas.KeyRequest{Member: self.Address, Deadline: new(big.Int).SetUint64(deadline)})
	if err != nil {
		return ringkeys.Keys{}, err
	}
	sig, err := schemas.Sign(digest, self.PrivateKey())
	if err != nil {
		return ringkeys.Keys{}, err
	}
	req, err := json.Marshal(Request{Ring: ring.Hex(), Chain: chainID, Member: self.Address.Hex(), Deadline: deadline, Sig: hexutil.Encode(sig)})
	if err != nil {
		return ringkeys.Keys{}, err
	}
	st, err := h.NewStream(ctx, p, ID)
	if err != nil {
		return ringkeys.Keys{}, err
	}
	defer st.Close()
	_ = st.SetDeadline(time.Now().Add(IdleTimeout))
	if _, err := st.Write(append(req, '\n')); err != nil {
		_ = st.Reset()
		return ringkeys.Keys{}, err
	}
	if err := st.CloseWrite(); err != nil {
		_ = st.Reset()
		return ringkeys.Keys{}, err
	}
	line, err := bufio.NewReaderSize(io.LimitReader(st, 4096), 4096).ReadSlice('\n')
	if err != nil {
		_ = st.Reset()
		return ringkeys.Keys{}, fmt.Errorf("reading the answer: %w", err)
	}
	var resp Response
	if err := json.Unmarshal(line, &resp); err != nil {
		return ringkeys.Keys{}, fmt.Errorf("malformed answer: %w", err)
	}
	if resp.Error != "" {
		return ringkeys.Keys{}, fmt.Errorf("%s refused: %s", p, resp.Error)
	}
	box, err := hexutil.Decode(resp.Box)
	if err != nil {
		return ringkeys.Keys{}, fmt.Errorf("malformed answer: %w", err)
	}
	plain, err := ecies.ImportECDSA(self.PrivateKey()).Decrypt(box, nil, nil)
	if err != nil {
		return ringkeys.Keys{}, fmt.Errorf("the answer does not open with %s's key: %w", self.Address.Hex(), err)
	}
	k, err := ringkeys.Parse(plain)
	if err != nil {
		return ringkeys.Keys{}, err
	}
	if k.Ring != ring || k.Chain != chainID || !k.HasReadKey() {
		return ringkeys.Keys{}, fmt.Errorf("%s answered keys of ring %s on chain %d, not of ring %s on chain %d", p, k.Ring.Hex(), k.Chain, ring.Hex(), chainID)
	}
	k.Name = name
	return k, nil
}
