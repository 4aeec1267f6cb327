package schemas

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// testSession returns a session of key 1 (testLogNode's author) in its
// ring and chain for key 2, valid from 1_699_999_000 to 1_700_001_000 s.
func testSession(tb testing.TB, d Domain) *Session {
	tb.Helper()
	author := testKey(tb, 1)
	s := &Session{
		Key:       crypto.PubkeyToAddress(testKey(tb, 2).PublicKey).Bytes(),
		NotBefore: 1_699_999_000,
		Expiry:    1_700_001_000,
	}
	if err := SignSession(d, crypto.PubkeyToAddress(author.PublicKey), s, author); err != nil {
		tb.Fatal(err)
	}
	return s
}

var testSessionDomain = Domain{ChainID: 31337, Ring: common.Address(addr(0xaa))}

// testSessionLogNode returns testLogNode(seq) signed by session key 2.
func testSessionLogNode(tb testing.TB, seq int64) *LogNode {
	tb.Helper()
	n := testLogNode(tb, seq, 1)
	if err := SignLogNodeWithSession(n, testSession(tb, testSessionDomain), testKey(tb, 2)); err != nil {
		tb.Fatal(err)
	}
	return n
}

func TestSessionDigestMatchesOracle(t *testing.T) {
	s := testSession(t, testSessionDomain)
	author := crypto.PubkeyToAddress(testKey(t, 1).PublicKey)
	got, err := SessionDigest(testSessionDomain, author, s)
	if err != nil {
		t.Fatal(err)
	}
	td, err := SessionTypedData(testSessionDomain, author, s)
	if err != nil {
		t.Fatal(err)
	}
	if want := oracle(t, td); got != want {
		t.Errorf("SessionDigest = %x, go-ethereum's = %x", got, want)
	}
	key := common.Address(s.Key)
	if got, want := SessionRevocationDigest(testSessionDomain, author, key), oracle(t, SessionRevocationTypedData(testSessionDomain, author, key)); got != want {
		t.Errorf("SessionRevocationDigest = %x, go-ethereum's = %x", got, want)
	}
}

func TestSessionLogNodeVerifiesAsTheAuthor(t *testing.T) {
	n := testSessionLogNode(t, 2)
	got, err := VerifyLogNode(n)
	if err != nil {
		t.Fatal(err)
	}
	if got != common.Address(n.Author) {
		t.Errorf("VerifyLogNode = %s, want the author %x", got.Hex(), n.Author)
	}
	// The block round-trips with its session, and a node without one
	// encodes exactly as before sessions existed (no session key at all).
	b, err := EncodeLogNode(n)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeLogNode(b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyLogNode(back); err != nil {
		t.Errorf("decoded session node: %v", err)
	}
	plain, err := EncodeLogNode(testLogNode(t, 2, 1))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte("session")) {
		t.Errorf("a node without a session has a session key in its block")
	}
	// The session does not change what the signature covers.
	d1, _ := LogNodeDigest(n)
	n.Session = nil
	d2, _ := LogNodeDigest(n)
	if d1 != d2 {
		t.Errorf("LogNodeDigest depends on the session")
	}
}

func TestSessionLogNodeRejects(t *testing.T) {
	author := testKey(t, 1)
	authorAddr := crypto.PubkeyToAddress(author.PublicKey)
	sessionKey := testKey(t, 2)
	mallory := testKey(t, 3)
	for _, tc := range []struct {
		name string
		make func(n *LogNode) // from an unsigned node of author, time 1_700_000_000_000
		want error
	}{
		{"expired", func(n *LogNode) {
			n.Time = 1_700_001_000_001
			n.Session = testSession(t, testSessionDomain)
			signWith(t, n, sessionKey)
		}, ErrSessionWindow},
		{"not yet valid", func(n *LogNode) {
			n.Time = 1_699_998_999_999
			n.Session = testSession(t, testSessionDomain)
			signWith(t, n, sessionKey)
		}, ErrSessionWindow},
		{"session for another ring", func(n *LogNode) {
			n.Session = testSession(t, Domain{ChainID: 31337, Ring: common.Address(addr(0xbb))})
			signWith(t, n, sessionKey)
		}, ErrWrongSigner},
		{"session for another chain", func(n *LogNode) {
			n.Session = testSession(t, Domain{ChainID: 1, Ring: common.Address(addr(0xaa))})
			signWith(t, n, sessionKey)
		}, ErrWrongSigner},
		{"session signed by another account", func(n *LogNode) {
			s := &Session{Key: crypto.PubkeyToAddress(sessionKey.PublicKey).Bytes(), NotBefore: 1_699_999_000, Expiry: 1_700_001_000}
			digest, _ := SessionDigest(testSessionDomain, authorAddr, s)
			s.Sig, _ = Sign(digest, mallory)
			n.Session = s
			signWith(t, n, sessionKey)
		}, ErrWrongSigner},
		{"node signed by another key than the session's", func(n *LogNode) {
			n.Session = testSession(t, testSessionDomain)
			signWith(t, n, mallory)
		}, ErrWrongSigner},
		{"author signature with a session attached", func(n *LogNode) {
			n.Session = testSession(t, testSessionDomain)
			signWith(t, n, author)
		}, ErrWrongSigner},
		{"session key is the author", func(n *LogNode) {
			n.Session = testSession(t, testSessionDomain)
			n.Session.Key = authorAddr.Bytes()
			signWith(t, n, author)
		}, ErrInvalid},
		{"session window reversed", func(n *LogNode) {
			n.Session = testSession(t, testSessionDomain)
			n.Session.NotBefore, n.Session.Expiry = n.Session.Expiry, n.Session.NotBefore
			signWith(t, n, sessionKey)
		}, ErrInvalid},
		{"session sig too short", func(n *LogNode) {
			n.Session = testSession(t, testSessionDomain)
			n.Session.Sig = n.Session.Sig[:64]
			signWith(t, n, sessionKey)
		}, ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := testLogNode(t, 2, 0)
			n.Sig = nil
			tc.make(n)
			if _, err := VerifyLogNode(n); !errors.Is(err, tc.want) {
				t.Errorf("VerifyLogNode = %v, want %v", err, tc.want)
			}
		})
	}
}

// signWith signs n's digest with key, whoever that is.
func signWith(t *testing.T, n *LogNode, key *ecdsa.PrivateKey) {
	t.Helper()
	digest, err := LogNodeDigest(n)
	if err != nil {
		n.Sig = make([]byte, SignatureSize) // the node is invalid anyway
		return
	}
	sig, err := Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	n.Sig = sig
}

func TestSignLogNodeRefusesASessionNode(t *testing.T) {
	n := testSessionLogNode(t, 2)
	if err := SignLogNode(n, testKey(t, 1)); !errors.Is(err, ErrInvalid) {
		t.Errorf("SignLogNode of a node with a session = %v, want ErrInvalid", err)
	}
	n = testLogNode(t, 2, 0)
	n.Time = 1_800_000_000_000
	if err := SignLogNodeWithSession(n, testSession(t, testSessionDomain), testKey(t, 2)); !errors.Is(err, ErrSessionWindow) {
		t.Errorf("SignLogNodeWithSession outside the window = %v, want ErrSessionWindow", err)
	}
}
