package e2e

import (
	"context"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/kubo/test/cli/harness"
	"github.com/ipld/go-ipld-prime/node/basicnode"

	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// wallet is a member whose key lives outside every node, as in a browser
// wallet, writing through a session key it delegated to.
type wallet struct {
	key        *ecdsa.PrivateKey
	addr       common.Address
	sessionKey *ecdsa.PrivateKey
	session    *schemas.Session
	ring       common.Address
	chain      uint64
	readKey    []byte
	head       *cid.Cid
	seq        int64
}

func newWallet(t *testing.T, ring common.Address, chainID uint64, readKey []byte) *wallet {
	t.Helper()
	w := &wallet{ring: ring, chain: chainID, readKey: readKey}
	var err error
	if w.key, err = crypto.GenerateKey(); err != nil {
		t.Fatal(err)
	}
	w.addr = crypto.PubkeyToAddress(w.key.PublicKey)
	w.newSession(t)
	return w
}

func (w *wallet) domain() schemas.Domain { return schemas.Domain{ChainID: w.chain, Ring: w.ring} }

// newSession makes a fresh session key and has the wallet sign a session
// for it, valid for an hour.
func (w *wallet) newSession(t *testing.T) {
	t.Helper()
	var err error
	if w.sessionKey, err = crypto.GenerateKey(); err != nil {
		t.Fatal(err)
	}
	now := time.Now().Unix()
	w.session = &schemas.Session{Key: crypto.PubkeyToAddress(w.sessionKey.PublicKey).Bytes(), NotBefore: now - 60, Expiry: now + 3600}
	if err := schemas.SignSession(w.domain(), w.addr, w.session, w.key); err != nil {
		t.Fatal(err)
	}
}

// write builds the next node of the wallet's log, with text as the CLI's
// text message, signed by the session key.
func (w *wallet) write(t *testing.T, text string) []byte {
	t.Helper()
	w.seq++
	plain, err := schemas.EncodeMessage(&schemas.Message{App: "ipfs-ring", Domain: "ring", Type: "text", Payload: basicnode.NewString(text)})
	if err != nil {
		t.Fatal(err)
	}
	body, err := ringlog.Seal(w.readKey, ringlog.Position{Ring: w.ring, Chain: w.chain, Author: w.addr, Seq: uint64(w.seq)}, plain)
	if err != nil {
		t.Fatal(err)
	}
	n := &schemas.LogNode{Ring: w.ring.Bytes(), Chain: int64(w.chain), Author: w.addr.Bytes(), Seq: w.seq, Prev: w.head,
		Refs: []cid.Cid{}, Body: body, Time: time.Now().UnixMilli()}
	if err := schemas.SignLogNodeWithSession(n, w.session, w.sessionKey); err != nil {
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
	c := blk.Cid()
	w.head = &c
	return data
}

// flush is the FlushToRing params of nodes (newest first), signed by the
// session key, with the session beside it.
func (w *wallet) flush(t *testing.T, nonce int64, nodes ...[]byte) *gateway.FlushToRingParams {
	t.Helper()
	hd, _ := schemas.Digest(*w.head)
	f := schemas.Flush{Ring: w.ring, Avatar: w.addr, Head: hd, Seq: uint64(w.seq), Nonce: big.NewInt(nonce), Deadline: big.NewInt(time.Now().Add(time.Hour).Unix())}
	d, err := schemas.FlushDigest(w.domain(), f)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := schemas.Sign(d, w.sessionKey)
	if err != nil {
		t.Fatal(err)
	}
	p := &gateway.FlushToRingParams{
		Avatar: w.addr.Hex(), Ring: w.ring.Hex(), MtxSig: hexutil.Encode(sig),
		Mtx: gateway.Mtx{Ring: w.ring.Hex(), Avatar: w.addr.Hex(), Head: hexutil.Encode(hd[:]), Seq: json.Number(fmt.Sprint(f.Seq)),
			Nonce: json.Number(f.Nonce.String()), Deadline: json.Number(f.Deadline.String())},
		Session: &gateway.Session{Key: common.Address(w.session.Key).Hex(), NotBefore: json.Number(fmt.Sprint(w.session.NotBefore)),
			Expiry: json.Number(fmt.Sprint(w.session.Expiry)), Sig: hexutil.Encode(w.session.Sig)},
	}
	for _, n := range nodes {
		p.LogNodes = append(p.LogNodes, base64.StdEncoding.EncodeToString(n))
	}
	return p
}

// rpcCall posts a JSON-RPC call and returns its result or error.
func rpcCall(t *testing.T, url, method string, params any) (json.RawMessage, *gateway.Error) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	resp, err := http.Post(url+"/ring/rpc", "application/json", strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out struct {
		Result json.RawMessage `json:"result"`
		Error  *gateway.Error  `json:"error"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s: %s", method, raw)
	}
	return out.Result, out.Error
}

// TestSessionKeysThroughDaemons: a member whose wallet key no node holds
// writes through a session key via a replica; the member node syncs,
// verifies and reads the log; the session key revokes itself through the
// replica, and an author revokes another with `ipfs ring session revoke`.
func TestSessionKeysThroughDaemons(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real daemons")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	sc := newSharedChain(t)
	h := harness.NewT(t, func(h *harness.Harness) { h.IPFSBin = ipfsBin })
	s := setupReplica(t, sc, h, nil)
	var keys ringkeys.Keys
	if err := json.Unmarshal(s.member.IPFS("ring", "keys", "export", "club").Stdout.Bytes(), &keys); err != nil {
		t.Fatal(err)
	}
	w := newWallet(t, s.club, keys.Chain, keys.ReadKey[:])
	ipfsJSON[ring.Membership](t, s.member, "ring", "enter", "club", w.addr.Hex(), "--from", "alice")

	// Two messages through the replica, signed by the session key only.
	n1 := w.write(t, "hello from a page")
	n2 := w.write(t, "and again")
	// The replica reads membership at most Replica.FollowInterval ago:
	// until it sees the wallet enter, it answers -32003.
	var res json.RawMessage
	var rerr *gateway.Error
	pollUntil(ctx, t, time.Minute, "the replica accepting the session flush", func() (bool, string) {
		res, rerr = rpcCall(t, s.replicaURL, "FlushToRing", w.flush(t, 0, n2, n1))
		if rerr != nil && rerr.Code != gateway.CodeNotMember {
			t.Fatalf("FlushToRing with a session: %d %s (%s)", rerr.Code, rerr.Message, rerr.Check())
		}
		return rerr == nil, fmt.Sprint(rerr)
	})
	var st gateway.FlushStatus
	if err := json.Unmarshal(res, &st); err != nil {
		t.Fatal(err)
	}
	if st.Status != "relayed" {
		st = waitFlush(t, s.replicaURL, st.ID, "relayed")
	}
	want, _ := schemas.Digest(*w.head)
	if m, ok := sc.state(s.club).Member(w.addr); !ok || m.Seq != 2 || m.Head != want {
		t.Fatalf("chain holds %+v for the wallet, want seq 2", m)
	}

	// The member node syncs the wallet's log, verifies it, and reads it.
	pollUntil(ctx, t, time.Minute, "the wallet's log on the member node", func() (bool, string) {
		res := s.member.RunIPFS("ring", "sync", "club")
		log := s.member.RunIPFS("ring", "log", "club", "--member", w.addr.Hex(), "--enc=json")
		var out commands.LogOutput
		if log.Err != nil || json.Unmarshal(log.Stdout.Bytes(), &out) != nil {
			return false, res.Stderr.String() + log.Stderr.String()
		}
		return len(out.Entries) == 2 && out.Entries[0].Text != nil && *out.Entries[0].Text == "and again", log.Stdout.String()
	})
	verify := ipfsJSON[commands.VerifyOutput](t, s.member, "ring", "verify", "club")
	if !verify.OK {
		t.Fatalf("ring verify of a session-signed log: %+v", verify)
	}

	// The session key revokes itself through the replica (no wallet prompt).
	sessionAddr := common.Address(w.session.Key)
	sig, err := schemas.Sign(schemas.SessionRevocationDigest(w.domain(), w.addr, sessionAddr), w.sessionKey)
	if err != nil {
		t.Fatal(err)
	}
	res, rerr = rpcCall(t, s.replicaURL, "RevokeSession", gateway.RevokeSessionParams{Ring: s.club.Hex(), Author: w.addr.Hex(), Key: sessionAddr.Hex(), Sig: hexutil.Encode(sig)})
	if rerr != nil {
		t.Fatalf("RevokeSession: %s", rerr.Message)
	}
	var revoked gateway.SessionStatus
	if err := json.Unmarshal(res, &revoked); err != nil || revoked.RevokedAt == 0 || revoked.TxHash == "" {
		t.Fatalf("RevokeSession: %s, %v", res, err)
	}
	status := ipfsJSON[ring.SessionRevocation](t, s.member, "ring", "session", "status", "club", sessionAddr.Hex(), "--author", w.addr.Hex())
	if status.RevokedAt != revoked.RevokedAt {
		t.Fatalf("session status on the member node: %+v, want revoked at %d", status, revoked.RevokedAt)
	}
	n3 := w.write(t, "after the revocation")
	if _, rerr := rpcCall(t, s.replicaURL, "FlushToRing", w.flush(t, 1, n3)); rerr == nil || rerr.Code != gateway.CodeSession || rerr.Check() != "session.revoked" {
		t.Fatalf("a flush by a revoked session key: %+v", rerr)
	}
	// The node before the revocation still verifies.
	if v := ipfsJSON[commands.VerifyOutput](t, s.member, "ring", "verify", "club"); !v.OK {
		t.Fatalf("ring verify after the revocation: %+v", v)
	}

	// An author on a node revokes a key with the CLI.
	key2, _ := crypto.GenerateKey()
	addr2 := crypto.PubkeyToAddress(key2.PublicKey)
	out := ipfsJSON[ring.SessionRevocation](t, s.member, "ring", "session", "revoke", "club", addr2.Hex(), "--from", "alice")
	if out.RevokedAt == 0 || out.Tx == nil {
		t.Fatalf("ring session revoke: %+v", out)
	}
	text := s.member.IPFS("ring", "session", "status", "club", addr2.Hex(), "--author", "alice").Stdout.String()
	mustContain(t, text, "revoked at")
	mustContain(t, ipfsFails(t, s.member, "ring", "session", "revoke", "club", "0x1234", "--from", "alice"), "not a 0x address")
}
