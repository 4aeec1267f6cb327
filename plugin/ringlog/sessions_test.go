package ringlog

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/internal/kubotest"
)

// revokedAt is the chain's sessionRevokedAt, as a table: the contract's
// own tests cover the contract; these cover what the store does with its
// answer.
type revokedAt map[common.Address]uint64

func (r revokedAt) SessionRevokedAt(_ context.Context, ring, _, key common.Address) (uint64, error) {
	if ring != testRing {
		return 0, errors.New("asked about another ring")
	}
	return r[key], nil
}

// appendSessionNode stores, on top of prev, a node of author's log signed
// by a session key the author delegated to, at time at.
func appendSessionNode(t *testing.T, s *Store, prev Head, author, sessionKey *ecdsa.PrivateKey, at time.Time) Head {
	t.Helper()
	member := crypto.PubkeyToAddress(author.PublicKey)
	d := schemas.Domain{ChainID: testChain, Ring: testRing}
	sess := &schemas.Session{Key: crypto.PubkeyToAddress(sessionKey.PublicKey).Bytes(), NotBefore: at.Unix() - 60, Expiry: at.Unix() + 3600}
	if err := schemas.SignSession(d, member, sess, author); err != nil {
		t.Fatal(err)
	}
	p := prev.CID
	n := &schemas.LogNode{Ring: testRing.Bytes(), Chain: int64(testChain), Author: member.Bytes(), Seq: int64(prev.Seq + 1),
		Prev: &p, Refs: []cid.Cid{}, Body: []byte("sealed"), Time: at.UnixMilli()}
	if err := schemas.SignLogNodeWithSession(n, sess, sessionKey); err != nil {
		t.Fatal(err)
	}
	data, err := schemas.EncodeLogNode(n)
	if err != nil {
		t.Fatal(err)
	}
	blk, err := schemas.Block(data)
	if err != nil {
		t.Fatal(err)
	}
	h := Head{Ring: testRing, Member: member, Seq: uint64(n.Seq), CID: blk.Cid()}
	if err := s.Import(context.Background(), prev, true, h, []blocks.Block{blk}); err != nil {
		t.Fatal(err)
	}
	return h
}

func TestVerifyRefusesANodeByARevokedSessionKey(t *testing.T) {
	ctx := context.Background()
	at := time.Unix(1_800_000_000, 0)
	for _, tc := range []struct {
		name    string
		revoked uint64 // unix seconds, 0: not revoked
		ok      bool
	}{
		{"not revoked", 0, true},
		{"revoked after the node", uint64(at.Unix()) + 1, true},
		{"revoked before the node", uint64(at.Unix()) - 1, false},
		{"revoked in the node's second", uint64(at.Unix()), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			node := kubotest.NewNode(t)
			author, sessionKey := newKey(t), newKey(t)
			table := revokedAt{}
			if tc.revoked != 0 {
				table[crypto.PubkeyToAddress(sessionKey.PublicKey)] = tc.revoked
			}
			s := New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning, WithRevocations(table))
			t.Cleanup(func() { s.Close() })
			good := appendN(t, s, author, 2)
			h := appendSessionNode(t, s, good[1], author, sessionKey, at)
			r, err := s.Verify(ctx, testRing, testChain, h.Member, h.CID, h.Seq)
			if err != nil {
				t.Fatal(err)
			}
			if r.OK() != tc.ok {
				t.Fatalf("Verify OK = %v, want %v (%+v)", r.OK(), tc.ok, r.FirstBad)
			}
			if !tc.ok && (r.FirstBad.Seq != 3 || !strings.Contains(r.FirstBad.Reason, "revoked")) {
				t.Fatalf("bad node %+v, want seq 3, revoked", r.FirstBad)
			}
		})
	}
}

func TestFetchRefusesANodeByARevokedSessionKey(t *testing.T) {
	ctx := context.Background()
	at := time.Unix(1_800_000_000, 0)
	src := newStore(t, kubotest.NewNode(t))
	author, sessionKey := newKey(t), newKey(t)
	good := appendN(t, src, author, 2)
	h := appendSessionNode(t, src, good[1], author, sessionKey, at)

	// Without revocations the session-signed log verifies and is fetched.
	plain := newStore(t, kubotest.NewNode(t))
	if _, err := plain.Fetch(ctx, []Source{&storeSource{name: "src", s: src}}, testRing, testChain, h.Member, h.CID, h.Seq, nil); err != nil {
		t.Fatalf("Fetch of a session-signed log: %v", err)
	}
	checkFetchedLog(t, plain, h.Member, h)

	node := kubotest.NewNode(t)
	dst := New(node.Blockstore, namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring")), node.Pinning,
		WithRevocations(revokedAt{crypto.PubkeyToAddress(sessionKey.PublicKey): uint64(at.Unix()) - 10}))
	t.Cleanup(func() { dst.Close() })
	_, err := dst.Fetch(ctx, []Source{&storeSource{name: "src", s: src}}, testRing, testChain, h.Member, h.CID, h.Seq, nil)
	var bad *badNodeError
	if !errors.As(err, &bad) || bad.seq != 3 || !errors.Is(err, ErrSessionRevoked) {
		t.Fatalf("Fetch of a node by a revoked session key = %v; want a bad node at seq 3, ErrSessionRevoked", err)
	}
	if _, ok, _ := dst.Head(ctx, testRing, h.Member); ok {
		t.Fatal("a refused fetch recorded a head")
	}
}

func TestRecordForkRefusesOneClaimInTwoSessions(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, kubotest.NewNode(t))
	author, sessionKey := newKey(t), newKey(t)
	member := crypto.PubkeyToAddress(author.PublicKey)
	d := schemas.Domain{ChainID: testChain, Ring: testRing}
	node := func(expiry int64) blocks.Block {
		sess := &schemas.Session{Key: crypto.PubkeyToAddress(sessionKey.PublicKey).Bytes(), NotBefore: 1, Expiry: expiry}
		if err := schemas.SignSession(d, member, sess, author); err != nil {
			t.Fatal(err)
		}
		n := &schemas.LogNode{Ring: testRing.Bytes(), Chain: int64(testChain), Author: member.Bytes(), Seq: 1,
			Refs: []cid.Cid{}, Body: []byte("same"), Time: 5_000}
		if err := schemas.SignLogNodeWithSession(n, sess, sessionKey); err != nil {
			t.Fatal(err)
		}
		data, err := schemas.EncodeLogNode(n)
		if err != nil {
			t.Fatal(err)
		}
		blk, err := schemas.Block(data)
		if err != nil {
			t.Fatal(err)
		}
		return blk
	}
	a, b := node(100), node(200)
	if a.Cid() == b.Cid() {
		t.Fatal("the two wrappers have one CID")
	}
	if _, _, err := s.RecordFork(ctx, testRing, testChain, member, 1, a, b); err == nil || !strings.Contains(err.Error(), "not a fork") {
		t.Fatalf("RecordFork of one claim in two sessions = %v, want not a fork", err)
	}
	if forks, err := s.Forks(ctx, testRing); err != nil || len(forks) != 0 {
		t.Fatalf("forks recorded: %v, %v", forks, err)
	}
}
