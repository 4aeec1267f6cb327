package schemas

import (
	"crypto/ecdsa"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// Session keys (DESIGN §11, docs/protocol.md "Session keys"): an author
// signs one EIP-712 Session that delegates its signing in one ring, on one
// chain, for a window of time, to a session key (a page's key, say). A
// LogNode signed by the session key carries the Session inline, and a Flush
// signed by it travels with the Session; both then verify as if the author
// had signed them.
const (
	SessionType           = "Session(address ring,address author,address key,uint64 notBefore,uint64 expiry)"
	SessionRevocationType = "SessionRevocation(address ring,address author,address key)"
)

var (
	sessionTypeHash           = keccak([]byte(SessionType))
	sessionRevocationTypeHash = keccak([]byte(SessionRevocationType))
)

// ErrSessionWindow means a session key signed outside its session's window:
// a LogNode's time (or, on chain, the block's) is before NotBefore or after
// Expiry.
var ErrSessionWindow = errors.New("outside the session's window")

// Session is an author's delegation to a session key (schema type Session).
// Inside a LogNode its ring, chain and author are the node's.
type Session struct {
	Key       []byte // 20-byte address of the session key
	NotBefore int64  // unix seconds, >= 0
	Expiry    int64  // unix seconds, >= NotBefore, at most MaxSessionTime
	Sig       []byte // 65-byte EIP-712 Session signature by the author
}

// MaxSessionTime is the largest NotBefore or Expiry: 2^53-1, so that a
// JavaScript number holds it exactly.
const MaxSessionTime = 1<<53 - 1

// validate checks s's rules but its signature's length: Key is 20 bytes and
// not the zero address nor author; 0 <= NotBefore <= Expiry <=
// MaxSessionTime.
func (s *Session) validate(typ string, author []byte) error {
	if s == nil {
		return invalid(typ, "session", "nil")
	}
	if len(s.Key) != AddressSize {
		return invalid(typ, "session.key", "%d bytes, want %d", len(s.Key), AddressSize)
	}
	if common.Address(s.Key) == (common.Address{}) {
		return invalid(typ, "session.key", "the zero address")
	}
	if string(s.Key) == string(author) {
		return invalid(typ, "session.key", "the author itself")
	}
	if s.NotBefore < 0 || s.NotBefore > MaxSessionTime {
		return invalid(typ, "session.notBefore", "%d, want 0 to %d", s.NotBefore, int64(MaxSessionTime))
	}
	if s.Expiry < s.NotBefore || s.Expiry > MaxSessionTime {
		return invalid(typ, "session.expiry", "%d, want %d to %d", s.Expiry, s.NotBefore, int64(MaxSessionTime))
	}
	return nil
}

// validateSigned is validate plus the signature's length.
func (s *Session) validateSigned(typ string, author []byte) error {
	if err := s.validate(typ, author); err != nil {
		return err
	}
	if len(s.Sig) != SignatureSize {
		return invalid(typ, "session.sig", "%d bytes, want %d", len(s.Sig), SignatureSize)
	}
	return nil
}

// Covers reports whether unixMillis is inside s's window: NotBefore*1000 <=
// unixMillis <= Expiry*1000, as the contract's reportForkWithSessions checks.
func (s *Session) Covers(unixMillis int64) bool {
	return unixMillis >= s.NotBefore*1000 && unixMillis <= s.Expiry*1000
}

// SessionDigest returns the EIP-712 digest author signs for s in domain d:
// Session(address ring,address author,address key,uint64 notBefore,uint64
// expiry) with ring = d.Ring (Ring.hashSession). s.Sig is ignored. It fails
// with ErrInvalid if s breaks a rule of Session.
func SessionDigest(d Domain, author common.Address, s *Session) ([32]byte, error) {
	if err := s.validate("Session", author[:]); err != nil {
		return [32]byte{}, err
	}
	sep := d.Separator()
	h := getHasher()
	w := h.words(6)
	w[0] = sessionTypeHash
	putAddress(&w[1], d.Ring)
	putAddress(&w[2], author)
	putAddress(&w[3], common.Address(s.Key))
	putUint64(&w[4], uint64(s.NotBefore))
	putUint64(&w[5], uint64(s.Expiry))
	digest := h.typedDataHash(sep, h.sum(6))
	putHasher(h)
	return digest, nil
}

// SessionTypedData returns SessionDigest's request as typed data: what a
// wallet signs with eth_signTypedData_v4. The wallet's active chain must be
// d.ChainID (MetaMask refuses another).
func SessionTypedData(d Domain, author common.Address, s *Session) (apitypes.TypedData, error) {
	if err := s.validate("Session", author[:]); err != nil {
		return apitypes.TypedData{}, err
	}
	return typedData(d, "Session", SessionType, apitypes.TypedDataMessage{
		"ring":      d.Ring.Hex(),
		"author":    author.Hex(),
		"key":       common.Address(s.Key).Hex(),
		"notBefore": uintString(uint64(s.NotBefore)),
		"expiry":    uintString(uint64(s.Expiry)),
	}), nil
}

// SignSession sets s.Sig to key's signature of SessionDigest(d, author, s);
// key must be author's (else a *WrongSignerError).
func SignSession(d Domain, author common.Address, s *Session, key *ecdsa.PrivateKey) error {
	digest, err := SessionDigest(d, author, s)
	if err != nil {
		return err
	}
	sig, err := signAs(digest, key, author)
	if err != nil {
		return err
	}
	s.Sig = sig
	return nil
}

// Verify checks that s is a session of author in domain d for the key that
// made a signature, signer: s.Key is signer and s.Sig is author's signature
// of SessionDigest. It does not check the window (see Covers) nor
// revocation, which only the chain knows (Ring.sessionRevokedAt). It fails
// with ErrInvalid, a signature error, or a *WrongSignerError.
func (s *Session) Verify(d Domain, author, signer common.Address) error {
	if err := s.validateSigned("Session", author[:]); err != nil {
		return err
	}
	if common.Address(s.Key) != signer {
		return &WrongSignerError{Got: signer, Want: common.Address(s.Key)}
	}
	digest, _ := SessionDigest(d, author, s)
	if _, err := recoverAs(digest, s.Sig, author); err != nil {
		return fmt.Errorf("session: %w", err)
	}
	return nil
}

// SessionRevocationDigest returns the EIP-712 digest of
// SessionRevocation(address ring,address author,address key) in domain d
// (Ring.hashSessionRevocation): signed by author, or by the key itself, it
// revokes key's sessions of author in d.Ring for good.
func SessionRevocationDigest(d Domain, author, key common.Address) [32]byte {
	sep := d.Separator()
	h := getHasher()
	w := h.words(4)
	w[0] = sessionRevocationTypeHash
	putAddress(&w[1], d.Ring)
	putAddress(&w[2], author)
	putAddress(&w[3], key)
	digest := h.typedDataHash(sep, h.sum(4))
	putHasher(h)
	return digest
}

// SessionRevocationTypedData returns SessionRevocationDigest's request as
// typed data.
func SessionRevocationTypedData(d Domain, author, key common.Address) apitypes.TypedData {
	return typedData(d, "SessionRevocation", SessionRevocationType, apitypes.TypedDataMessage{
		"ring":   d.Ring.Hex(),
		"author": author.Hex(),
		"key":    key.Hex(),
	})
}

// SignLogNodeWithSession attaches s to n and signs n with the session key
// sessionKey (s.Key's), as VerifyLogNode then accepts: n.Time must be in s's
// window. s must be signed by n.Author (SignSession).
func SignLogNodeWithSession(n *LogNode, s *Session, sessionKey *ecdsa.PrivateKey) error {
	if sessionKey == nil {
		return fmt.Errorf("schemas: sign: nil key")
	}
	n.Session = s
	digest, err := LogNodeDigest(n)
	if err != nil {
		return err
	}
	if !s.Covers(n.Time) {
		return fmt.Errorf("schemas: sign: %w: time %d, window %d..%d s", ErrSessionWindow, n.Time, s.NotBefore, s.Expiry)
	}
	sig, err := signAs(digest, sessionKey, common.Address(s.Key))
	if err != nil {
		return err
	}
	n.Sig = sig
	return nil
}
