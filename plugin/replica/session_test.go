package replica_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// sessionKey is a key a page holds, and a session an author signed for it.
type sessionKey struct {
	key     *ecdsa.PrivateKey
	addr    common.Address
	session *schemas.Session
}

// newSession is author's session for a fresh key, in domain d (the
// fixture's ring and chain unless told), valid from notBefore to expiry.
func (f *fixture) newSession(t *testing.T, author *member, signer *ecdsa.PrivateKey, d schemas.Domain, notBefore, expiry time.Time) sessionKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	sk := sessionKey{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
	sk.session = &schemas.Session{Key: sk.addr.Bytes(), NotBefore: notBefore.Unix(), Expiry: expiry.Unix()}
	digest, err := schemas.SessionDigest(d, author.addr, sk.session)
	if err != nil {
		t.Fatal(err)
	}
	if sk.session.Sig, err = schemas.Sign(digest, signer); err != nil {
		t.Fatal(err)
	}
	return sk
}

func (f *fixture) domain() schemas.Domain { return schemas.Domain{ChainID: f.chainID, Ring: f.ring} }

// sessionNodes are n of m's nodes after prev, signed by sk at now.
func (f *fixture) sessionNodes(t *testing.T, m *member, sk sessionKey, prev *logNode, n int) []logNode {
	t.Helper()
	var out []logNode
	for i := range n {
		seq := int64(1)
		if prev != nil {
			seq = prev.Seq + 1
		}
		nd := f.build(t, nodeSpec{author: m, signer: sk.key, session: sk.session, seq: seq, prev: prev, text: "from a page " + string(rune('a'+i))})
		out = append(out, nd)
		prev = &out[len(out)-1]
	}
	return out
}

// sessionFlush is m's flush of nodes (newest first), signed by sk, with
// sk's session beside it.
func (f *fixture) sessionFlush(t *testing.T, m *member, sk sessionKey, nonce *big.Int, nodes ...logNode) (*gateway.FlushToRingParams, schemas.Flush) {
	t.Helper()
	fl := mtx(t, f.ring, m, nodes[0], nonce)
	p := flushParams(m.addr, f.ring, fl, signMtx(t, fl, f.chainID, f.ring, sk.key), nodes...)
	p.Session = &gateway.Session{
		Key: sk.addr.Hex(), NotBefore: json.Number(big.NewInt(sk.session.NotBefore).String()),
		Expiry: json.Number(big.NewInt(sk.session.Expiry).String()), Sig: hexutil.Encode(sk.session.Sig),
	}
	return p, fl
}

// revoke revokes sk for author on chain, signed by the author.
func (f *fixture) revoke(t *testing.T, author *member, sk sessionKey) {
	t.Helper()
	sig, err := schemas.Sign(schemas.SessionRevocationDigest(f.domain(), author.addr, sk.addr), author.key)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.rep.RevokeSession(context.Background(), &gateway.RevokeSessionParams{
		Ring: f.ring.Hex(), Author: author.addr.Hex(), Key: sk.addr.Hex(), Sig: hexutil.Encode(sig)})
	if err != nil {
		t.Fatal(err)
	}
	if st.RevokedAt == 0 || st.TxHash == "" {
		t.Fatalf("RevokeSession = %+v, want a revocation time and a transaction", st)
	}
}

func TestSessionKeyFlushIsRelayedAsTheAuthors(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := time.Now()
	sk := f.newSession(t, f.alice, f.alice.key, f.domain(), now.Add(-time.Minute), now.Add(time.Hour))
	nodes := f.sessionNodes(t, f.alice, sk, nil, 2)
	p, fl := f.sessionFlush(t, f.alice, sk, big.NewInt(0), newestFirst(nodes...)...)
	st := f.flushRPC(t, p)
	if st.Status != "relayed" {
		st = f.waitRelayed(t, st.ID)
	}
	if st.ID != flushID(t, fl, f.chainID) || st.Seq != 2 || st.TxHash == "" {
		t.Fatalf("status %+v", st)
	}
	state, err := f.client.State(ctx, f.ring)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := state.Member(f.alice.addr)
	if want, _ := schemas.Digest(nodes[1].cid); h.Seq != 2 || h.Head != want {
		t.Fatalf("alice's head on chain = seq %d %x, want seq 2 %x", h.Seq, h.Head, want)
	}
	r, err := f.logs.Verify(ctx, f.ring, f.chainID, f.alice.addr, nodes[1].cid, 2)
	if err != nil || !r.OK() {
		t.Fatalf("the replica's copy of alice's log: %+v, %v", r, err)
	}

	// Revoked, the key can flush no more; the author's own key still can.
	f.revoke(t, f.alice, sk)
	more := f.sessionNodes(t, f.alice, sk, &nodes[1], 1)
	p2, _ := f.sessionFlush(t, f.alice, sk, big.NewInt(1), more...)
	checkRefused(t, f, p2, gateway.CodeSession, "session.revoked")
	own := f.next(t, f.alice, &nodes[1], "alice herself")
	p3, _ := f.validFlush(t, f.alice, own)
	if st := f.flushRPC(t, p3); st.Status != "relayed" {
		f.waitRelayed(t, st.ID)
	}
}

func TestSessionFlushRefusals(t *testing.T) {
	f := newFixture(t)
	now := time.Now()
	alice, bob, carol := f.alice, f.bob, f.carol
	d := f.domain()
	valid := func() sessionKey {
		return f.newSession(t, alice, alice.key, d, now.Add(-time.Minute), now.Add(time.Hour))
	}
	revoked := valid()
	f.revoke(t, alice, revoked)

	type tc struct {
		name   string
		params func() *gateway.FlushToRingParams
		code   int
		check  string
	}
	flushBy := func(sk sessionKey) *gateway.FlushToRingParams {
		nodes := f.sessionNodes(t, alice, sk, nil, 1)
		p, _ := f.sessionFlush(t, alice, sk, big.NewInt(0), nodes...)
		return p
	}
	cases := []tc{
		{name: "expired session", code: gateway.CodeSession, check: "session.expiry", params: func() *gateway.FlushToRingParams {
			sk := f.newSession(t, alice, alice.key, d, now.Add(-2*time.Hour), now.Add(-time.Hour))
			n := f.build(t, nodeSpec{author: alice, signer: sk.key, session: sk.session, seq: 1, text: "old", time: now.Add(-90 * time.Minute)})
			p, _ := f.sessionFlush(t, alice, sk, big.NewInt(0), n)
			return p
		}},
		{name: "session not yet valid", code: gateway.CodeSession, check: "session.notBefore", params: func() *gateway.FlushToRingParams {
			sk := f.newSession(t, alice, alice.key, d, now.Add(time.Hour), now.Add(2*time.Hour))
			n := f.build(t, nodeSpec{author: alice, signer: sk.key, session: sk.session, seq: 1, text: "early", time: now.Add(90 * time.Minute)})
			p, _ := f.sessionFlush(t, alice, sk, big.NewInt(0), n)
			return p
		}},
		{name: "session for another ring", code: gateway.CodeSession, check: "session.sig", params: func() *gateway.FlushToRingParams {
			return flushBy(f.newSession(t, alice, alice.key, schemas.Domain{ChainID: f.chainID, Ring: f.unreplicated}, now.Add(-time.Minute), now.Add(time.Hour)))
		}},
		{name: "session for another chain", code: gateway.CodeSession, check: "session.sig", params: func() *gateway.FlushToRingParams {
			return flushBy(f.newSession(t, alice, alice.key, schemas.Domain{ChainID: f.chainID + 1, Ring: f.ring}, now.Add(-time.Minute), now.Add(time.Hour)))
		}},
		{name: "revoked session", code: gateway.CodeSession, check: "session.revoked", params: func() *gateway.FlushToRingParams { return flushBy(revoked) }},
		{name: "session signed by another member", code: gateway.CodeSession, check: "session.sig", params: func() *gateway.FlushToRingParams {
			return flushBy(f.newSession(t, alice, bob.key, d, now.Add(-time.Minute), now.Add(time.Hour)))
		}},
		{name: "mtx signed by another key than the session's", code: gateway.CodeBadSignature, check: "mtx_sig", params: func() *gateway.FlushToRingParams {
			sk := valid()
			p := flushBy(sk)
			other := valid()
			p.Session.Key = other.addr.Hex()
			p.Session.Sig = hexutil.Encode(other.session.Sig)
			return p
		}},
		{name: "session of a non-member", code: gateway.CodeNotMember, check: "membership", params: func() *gateway.FlushToRingParams {
			sk := f.newSession(t, carol, carol.key, d, now.Add(-time.Minute), now.Add(time.Hour))
			nodes := f.sessionNodes(t, carol, sk, nil, 1)
			p, _ := f.sessionFlush(t, carol, sk, big.NewInt(0), nodes...)
			return p
		}},
		{name: "node signed outside its session's window", code: gateway.CodeInvalidLogNode, check: "logNodes[0].signature", params: func() *gateway.FlushToRingParams {
			sk := valid()
			n := f.build(t, nodeSpec{author: alice, signer: sk.key, session: sk.session, seq: 1, text: "late", time: now.Add(2 * time.Hour)})
			p, _ := f.validFlush(t, alice, n)
			return p
		}},
		{name: "node by a key revoked before the node", code: gateway.CodeSession, check: "logNodes[0].session", params: func() *gateway.FlushToRingParams {
			n := f.build(t, nodeSpec{author: alice, signer: revoked.key, session: revoked.session, seq: 1, text: "after revocation", time: now.Add(time.Minute)})
			p, _ := f.validFlush(t, alice, n)
			return p
		}},
	}
	// The replica's own flushes (its ReplicateRing record) go out in the
	// background: let them land before the snapshot.
	f.waitQueueEmpty(t)
	prev := f.snapshot(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkRefused(t, f, c.params(), c.code, c.check)
			cur := f.snapshot(t)
			if diff := prev.diff(cur); diff != "" {
				t.Errorf("the refused flush changed the replica:\n%s", diff)
			}
			prev = cur
		})
	}
}

// checkRefused sends p and wants error code with check.
func checkRefused(t *testing.T, f *fixture, p *gateway.FlushToRingParams, code int, check string) {
	t.Helper()
	status, body := post(t, f.url+"/ring/rpc", rpcBody(t, "FlushToRing", 1, p))
	var resp rpcResponse
	if err := json.Unmarshal(body, &resp); err != nil || status != http.StatusOK {
		t.Fatalf("HTTP %d %s (%v)", status, body, err)
	}
	if resp.Error == nil {
		t.Fatalf("accepted: %s", resp.Result)
	}
	if resp.Error.Code != code || resp.Error.Check() != check {
		t.Fatalf("error %d %q (check %q), want %d check %q", resp.Error.Code, resp.Error.Message, resp.Error.Check(), code, check)
	}
}
