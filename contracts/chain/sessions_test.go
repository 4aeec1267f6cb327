package chain_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/chain/chaintest"
	"github.com/mosaic-rings/rings/contracts/devchain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// sessionRing is a ring of two fresh members on a dev chain, and a session
// key the first delegated to for the hour around now.
type sessionRing struct {
	dc        *devchain.Chain
	c         *chain.Client
	ring      common.Address
	d         schemas.Domain
	keys      [2]*ecdsa.PrivateKey
	members   [2]common.Address
	sk        *ecdsa.PrivateKey // the session key
	sessionOf *schemas.Session  // members[0]'s session for sk
}

func newSessionRing(t *testing.T) *sessionRing {
	t.Helper()
	dc, c := chaintest.Open(t)
	r := &sessionRing{dc: dc, c: c}
	for i := range r.keys {
		r.keys[i], _ = crypto.GenerateKey()
		r.members[i] = crypto.PubkeyToAddress(r.keys[i].PublicKey)
	}
	ring, _, err := c.CreateRing(context.Background(), c.Relayer(), r.members[:])
	if err != nil {
		t.Fatal(err)
	}
	r.ring = ring
	r.d = schemas.Domain{ChainID: c.ChainID(), Ring: ring}
	r.sk, _ = crypto.GenerateKey()
	now := time.Now().Unix()
	r.sessionOf = r.session(t, now-600, now+3600)
	return r
}

// session is members[0]'s session for r.sk from notBefore to expiry.
func (r *sessionRing) session(t *testing.T, notBefore, expiry int64) *schemas.Session {
	t.Helper()
	s := &schemas.Session{Key: crypto.PubkeyToAddress(r.sk.PublicKey).Bytes(), NotBefore: notBefore, Expiry: expiry}
	if err := schemas.SignSession(r.d, r.members[0], s, r.keys[0]); err != nil {
		t.Fatal(err)
	}
	return s
}

// flush is member i's flush to seq (nonce seq-1), signed by key.
func (r *sessionRing) flush(t *testing.T, i int, seq uint64, key *ecdsa.PrivateKey) (schemas.Flush, []byte) {
	t.Helper()
	f := schemas.Flush{Ring: r.ring, Avatar: r.members[i], Head: crypto.Keccak256Hash(r.members[i].Bytes(), []byte{byte(seq)}),
		Seq: seq, Nonce: new(big.Int).SetUint64(seq - 1), Deadline: big.NewInt(4102444800)}
	digest, err := schemas.FlushDigest(r.d, f)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := schemas.Sign(digest, key)
	if err != nil {
		t.Fatal(err)
	}
	return f, sig
}

// called returns the 4-byte selector of the transaction rcpt landed.
func (r *sessionRing) called(t *testing.T, rcpt *chain.Receipt) []byte {
	t.Helper()
	tx, _, err := r.dc.Client().TransactionByHash(context.Background(), rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	return tx.Data()[:4]
}

func (r *sessionRing) checkHead(t *testing.T, i int, f schemas.Flush) {
	t.Helper()
	st, err := r.c.State(context.Background(), r.ring)
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := st.Member(r.members[i]); !ok || m.Head != f.Head || m.Seq != f.Seq {
		t.Fatalf("member %d's head = %+v, want %x seq %d", i, m, f.Head, f.Seq)
	}
}

func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	var rev *chain.RevertError
	if !errors.As(err, &rev) || rev.Name != name {
		t.Fatalf("got %v, want the contract's %s", err, name)
	}
}

// selector is the 4-byte selector of the Ring method name.
func selector(name string) []byte { return bindings.NewRing().GetABI().Methods[name].ID }

func TestFlushManyWithSessions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newSessionRing(t)

	// Author-signed only: sent as flushMany, so its gas is unchanged.
	f0, sig0 := r.flush(t, 0, 1, r.keys[0])
	f1, sig1 := r.flush(t, 1, 1, r.keys[1])
	rcpt, err := r.c.FlushManyWithSessions(ctx, r.ring, []schemas.Flush{f0, f1}, [][]byte{sig0, sig1}, []*schemas.Session{nil, nil})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.called(t, rcpt); !bytes.Equal(got, selector("flushMany")) {
		t.Fatalf("sent selector %x, want flushMany's", got)
	}
	r.checkHead(t, 0, f0)
	r.checkHead(t, 1, f1)

	// Session-signed beside author-signed: flushManyWithSessions.
	f0, sig0 = r.flush(t, 0, 2, r.sk)
	f1, sig1 = r.flush(t, 1, 2, r.keys[1])
	rcpt, err = r.c.FlushManyWithSessions(ctx, r.ring, []schemas.Flush{f0, f1}, [][]byte{sig0, sig1}, []*schemas.Session{r.sessionOf, nil})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.called(t, rcpt); !bytes.Equal(got, selector("flushManyWithSessions")) {
		t.Fatalf("sent selector %x, want flushManyWithSessions'", got)
	}
	r.checkHead(t, 0, f0)
	r.checkHead(t, 1, f1)

	t.Run("an expired session is refused", func(t *testing.T) {
		f, sig := r.flush(t, 0, 3, r.sk)
		_, err := r.c.FlushManyWithSessions(ctx, r.ring, []schemas.Flush{f}, [][]byte{sig}, []*schemas.Session{r.session(t, 1_700_000_000, 1_700_003_600)})
		wantRevert(t, err, "SessionExpired")
	})
	t.Run("a session key's flush without its session is refused", func(t *testing.T) {
		f, sig := r.flush(t, 0, 3, r.sk)
		_, err := r.c.FlushManyWithSessions(ctx, r.ring, []schemas.Flush{f}, [][]byte{sig}, []*schemas.Session{nil})
		wantRevert(t, err, "SignerMismatch")
	})
	t.Run("lengths must match", func(t *testing.T) {
		f, sig := r.flush(t, 0, 3, r.sk)
		if _, err := r.c.FlushManyWithSessions(ctx, r.ring, []schemas.Flush{f}, [][]byte{sig}, nil); err == nil {
			t.Fatal("one flush with no session slot was sent")
		}
	})
	t.Run("a malformed session key is not sent", func(t *testing.T) {
		f, sig := r.flush(t, 0, 3, r.sk)
		bad := *r.sessionOf
		bad.Key = bad.Key[:19]
		if _, err := r.c.FlushManyWithSessions(ctx, r.ring, []schemas.Flush{f}, [][]byte{sig}, []*schemas.Session{&bad}); err == nil {
			t.Fatal("a 19-byte session key was sent")
		}
	})
}

func TestReportForkWithSessions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newSessionRing(t)
	prev := schemas.CIDFromDigest(common.HexToHash("0x01"))
	node := func(seq int64, body string, key *ecdsa.PrivateKey, s *schemas.Session) *schemas.LogNode {
		n := &schemas.LogNode{Ring: r.ring.Bytes(), Chain: int64(r.c.ChainID()), Author: r.members[0].Bytes(), Seq: seq,
			Prev: &prev, Refs: []cid.Cid{prev}, Body: []byte(body), Time: time.Now().UnixMilli()}
		var err error
		if s == nil {
			err = schemas.SignLogNode(n, key)
		} else {
			err = schemas.SignLogNodeWithSession(n, s, key)
		}
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for _, tc := range []struct {
		name string
		seq  int64
		a, b *schemas.LogNode
		sel  []byte
	}{
		{"both by the session key", 2, node(2, "one", r.sk, r.sessionOf), node(2, "two", r.sk, r.sessionOf), selector("reportForkWithSessions")},
		{"one by the author, one by the session key", 3, node(3, "one", r.keys[0], nil), node(3, "two", r.sk, r.sessionOf), selector("reportForkWithSessions")},
		{"both by the author", 4, node(4, "one", r.keys[0], nil), node(4, "two", r.keys[0], nil), selector("reportFork")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rcpt, err := r.c.ReportFork(ctx, r.ring, tc.a, tc.b)
			if err != nil {
				t.Fatal(err)
			}
			if got := r.called(t, rcpt); !bytes.Equal(got, tc.sel) {
				t.Fatalf("sent selector %x, want %x", got, tc.sel)
			}
			if ok, err := r.c.ForkReported(ctx, r.ring, r.members[0], uint64(tc.seq)); err != nil || !ok {
				t.Fatalf("ForkReported = %v, %v", ok, err)
			}
			_, err = r.c.ReportFork(ctx, r.ring, tc.b, tc.a)
			wantRevert(t, err, "ForkAlreadyReported")
		})
	}

	t.Run("a node outside its session's window is refused", func(t *testing.T) {
		a := node(5, "one", r.sk, r.sessionOf)
		b := node(5, "two", r.sk, r.sessionOf)
		b.Time = (r.sessionOf.Expiry + 1) * 1000 // re-signed below: the window is the contract's to check here
		digest, err := schemas.LogNodeDigest(b)
		if err != nil {
			t.Fatal(err)
		}
		if b.Sig, err = schemas.Sign(digest, r.sk); err != nil {
			t.Fatal(err)
		}
		_, err = r.c.ReportFork(ctx, r.ring, a, b)
		wantRevert(t, err, "SessionExpired")
	})
}

func TestRevokeSession(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newSessionRing(t)
	author, key := r.members[0], crypto.PubkeyToAddress(r.sk.PublicKey)
	revocation := func(signer *ecdsa.PrivateKey) []byte {
		sig, err := schemas.Sign(schemas.SessionRevocationDigest(r.d, author, key), signer)
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}

	if at, err := r.c.SessionRevokedAt(ctx, r.ring, author, key); err != nil || at != 0 {
		t.Fatalf("SessionRevokedAt before = %d, %v", at, err)
	}
	_, err := r.c.RevokeSession(ctx, r.ring, author, key, revocation(r.keys[1]))
	wantRevert(t, err, "SignerMismatch")

	rcpt, err := r.c.RevokeSession(ctx, r.ring, author, key, revocation(r.keys[0]))
	if err != nil {
		t.Fatal(err)
	}
	hdr, err := r.dc.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(rcpt.Block))
	if err != nil {
		t.Fatal(err)
	}
	at, err := r.c.SessionRevokedAt(ctx, r.ring, author, key)
	if err != nil || at != hdr.Time {
		t.Fatalf("SessionRevokedAt = %d, %v; want the block's time %d", at, err, hdr.Time)
	}

	// Again, signed by the key itself: accepted, and the first time stays.
	if _, err := r.c.RevokeSession(ctx, r.ring, author, key, revocation(r.sk)); err != nil {
		t.Fatal(err)
	}
	if again, err := r.c.SessionRevokedAt(ctx, r.ring, author, key); err != nil || again != at {
		t.Fatalf("SessionRevokedAt after a repeat = %d, %v; want %d", again, err, at)
	}

	// The key flushes no more.
	f, sig := r.flush(t, 0, 1, r.sk)
	_, err = r.c.FlushManyWithSessions(ctx, r.ring, []schemas.Flush{f}, [][]byte{sig}, []*schemas.Session{r.sessionOf})
	wantRevert(t, err, "SessionKeyRevoked")

	if _, err := r.c.SessionRevokedAt(ctx, common.HexToAddress("0xe1"), author, key); !errors.Is(err, chain.ErrNotARing) {
		t.Fatalf("SessionRevokedAt of no ring = %v, want ErrNotARing", err)
	}
}
