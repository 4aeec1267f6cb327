package replica_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/internal/leakcheck"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/replica"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// hostileCase is one bad request and the answer it must get.
type hostileCase struct {
	name string
	url  string // default: the main gateway's /ring/rpc
	body []byte

	status int    // HTTP status; default 200
	code   int    // the JSON-RPC error code
	check  string // data.check; "" is not asserted
	// rest: the answer is {"error": …} (a REST alias), not a JSON-RPC
	// response.
	rest bool
	// batch: the answer is a batch; the codes of its responses in order,
	// 0 for a result.
	batch []int
	// fork: the request shows the avatar signed two nodes for one seq;
	// it is refused all the same, and the only change is the evidence: a
	// fork record, the ForkProof block and the node it brought.
	fork bool
}

// TestHostileRequestsChangeNothing sends a table of bad requests to a
// replica's gateway and checks that each gets the exact error code for
// the first check it fails (in the order of DESIGN §8: the replica holds
// the ring's replica key, the mtx signature, membership, the log nodes),
// and that none of them leaves a block, a head, a pin, a queue entry or
// flush record, a status message in the replica's log, ring keys, or a
// transaction on chain. No error message holds an address, a port, a Go
// package path, Go's or a library's error text (leakcheck), or says one
// thing twice.
func TestHostileRequestsChangeNothing(t *testing.T) {
	f := newFixture(t)
	alice, bob, carol := f.alice, f.bob, f.carol
	rpcURL, tightRPC := f.url+"/ring/rpc", f.tightURL+"/ring/rpc"
	flushURL, tightFlushURL, replicateURL := f.url+"/ring/FlushToRing", f.tightURL+"/ring/FlushToRing", f.url+"/ring/ReplicateRing"

	// One valid flush first: alice's seq 1 and 2 with nonce 0, relayed.
	first := f.chainAfter(t, alice, nil, 2)
	p1, fl1 := f.validFlush(t, alice, newestFirst(first...)...)
	st1 := f.flushRPC(t, p1)
	if st1.Status != "relayed" {
		st1 = f.waitRelayed(t, st1.ID)
	}
	if id := flushID(t, fl1, f.chainID); st1.ID != id || st1.Seq != 2 || st1.Stored != 2 {
		t.Fatalf("first flush: %+v, want id %s, seq 2, 2 stored", st1, id)
	}
	head := &first[1] // the replica's and the chain's head of alice's log
	next := f.nonce(t, alice, f.ring)
	if next.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("alice's next nonce is %s after one flush, want 1", next)
	}

	// Alice's valid next nodes, and the valid second flush sent at the end.
	more := f.chainAfter(t, alice, head, 5) // seq 3..7
	n3, n4, n5 := more[0], more[1], more[2]
	valid, validMtx := f.validFlush(t, alice, n3)

	// Nodes that break one rule each, otherwise valid.
	forkN2 := f.next(t, alice, &first[0], "another seq 2")                                          // a second seq 2
	forkN3 := f.next(t, alice, &forkN2, "seq 3 over the other seq 2")                               // continues it
	otherN3 := f.next(t, alice, head, "another seq 3")                                              // same seq as n3
	badSigN3 := f.build(t, nodeSpec{author: alice, signer: bob.key, seq: 3, prev: head, text: "x"}) // bob signs alice's node
	bobsN3 := f.build(t, nodeSpec{author: bob, seq: 3, prev: head, text: "bob's, in alice's flush"})
	otherRingN3 := f.build(t, nodeSpec{ring: f.unreplicated, author: alice, seq: 3, prev: head, text: "x"})
	otherChainN3 := f.build(t, nodeSpec{chain: f.chainID + 1, author: alice, seq: 3, prev: head, text: "x"})
	skipsN4 := f.build(t, nodeSpec{author: alice, seq: 4, prev: head, text: "seq 4 linking to seq 2"})
	overBadSig := f.next(t, alice, &badSigN3, "a good node over a badly signed one")
	carolsLog := f.chainAfter(t, carol, nil, 1)

	// Requests: flushOf is alice's flush of nodes (newest first) with mtx
	// fl signed by key in domain (chainID, domRing).
	flushOf := func(fl schemas.Flush, key *ecdsa.PrivateKey, chainID uint64, domRing common.Address, nodes ...logNode) *gateway.FlushToRingParams {
		return flushParams(alice.addr, f.ring, fl, signMtx(t, fl, chainID, domRing, key), nodes...)
	}
	// aliceFlush is alice's valid mtx for nodes[0] with nonce.
	aliceFlush := func(nonce int64, nodes ...logNode) *gateway.FlushToRingParams {
		fl := mtx(t, f.ring, alice, nodes[0], big.NewInt(nonce))
		return flushOf(fl, alice.key, f.chainID, f.ring, nodes...)
	}
	good := func(nodes ...logNode) *gateway.FlushToRingParams { return aliceFlush(next.Int64(), nodes...) }
	rpc := func(params any) []byte { return rpcBody(t, "FlushToRing", 1, params) }
	edit := func(params any, fn func(m map[string]any)) map[string]any {
		m := asMap(t, params)
		fn(m)
		return m
	}
	editMtx := func(params any, fn func(m map[string]any)) map[string]any {
		return edit(params, func(m map[string]any) { fn(m["mtx"].(map[string]any)) })
	}
	withSig := func(p *gateway.FlushToRingParams, sig []byte) *gateway.FlushToRingParams {
		q := *p
		q.MtxSig = hexutil.Encode(sig)
		return &q
	}
	withNodes := func(p *gateway.FlushToRingParams, raw ...[]byte) *gateway.FlushToRingParams {
		q := *p
		q.LogNodes = nil
		for _, b := range raw {
			q.LogNodes = append(q.LogNodes, base64.StdEncoding.EncodeToString(b))
		}
		if q.LogNodes == nil {
			q.LogNodes = []string{}
		}
		return &q
	}

	// Signatures of the valid flush's mtx, broken.
	validSig := common.FromHex(valid.MtxSig)
	sigV := func(v byte) []byte {
		s := bytes.Clone(validSig)
		s[64] = v
		return s
	}
	highS := bytes.Clone(validSig)
	{
		n := crypto.S256().Params().N
		s := new(big.Int).Sub(n, new(big.Int).SetBytes(highS[32:64]))
		s.FillBytes(highS[32:64])
		highS[64] = 27 + 28 - highS[64] // the same signer with s' = n - s
	}
	zeroR := bytes.Clone(validSig)
	clear(zeroR[:32])

	// Mtx variants of the valid flush.
	stale := validMtx
	stale.Nonce = big.NewInt(0) // the first flush's nonce, relayed already
	skipped := validMtx
	skipped.Nonce = new(big.Int).Add(next, big.NewInt(1))
	expired := validMtx
	expired.Deadline = big.NewInt(time.Now().Add(-time.Minute).Unix())
	wrongSeq := validMtx
	wrongSeq.Seq = 4 // n3's head with seq 4
	unknownRing := common.HexToAddress("0x00000000000000000000000000000000DeaDBeef")
	unknownMtx := mtx(t, unknownRing, alice, n3, next)
	notHereMtx := mtx(t, f.unreplicated, alice, n3, big.NewInt(0))
	rrMtx := mtx(t, f.replicaRing, alice, n3, big.NewInt(0)) // keys held, but not replicated
	carolMtx := mtx(t, f.ring, carol, carolsLog[0], big.NewInt(0))
	carolFlush := flushParams(carol.addr, f.ring, carolMtx, signMtx(t, carolMtx, f.chainID, f.ring, carol.key), carolsLog[0])
	carolForged := flushParams(carol.addr, f.ring, carolMtx, signMtx(t, carolMtx, f.chainID, f.ring, bob.key), carolsLog[0])

	// Bytes that are dag-cbor but no LogNode, or no dag-cbor at all.
	cborMap := []byte{0xa1, 0x61, 0x61, 0x01} // {"a": 1}
	cborInt := []byte{0x01}                   // 1
	truncated := n3.data[:len(n3.data)/2]

	// ReplicateRing requests; each would change state if it were accepted.
	otherKey := bytes.Repeat([]byte{7}, 32)
	replBy := func(m *member, ring common.Address, key []byte, ttl time.Duration) *gateway.ReplicateRingParams {
		return f.replicateParams(t, m, ring, key, ttl)
	}
	replCarol := replBy(carol, f.unreplicated, otherKey, time.Hour)
	replHashMismatch := replBy(alice, f.unreplicated, otherKey, time.Hour)
	replHashMismatch.ReplicaKey = hexutil.Encode(bytes.Repeat([]byte{8}, 32))
	replHighS := replBy(alice, f.unreplicated, otherKey, time.Hour)
	{
		sig := common.FromHex(replHighS.MtxSig)
		n := crypto.S256().Params().N
		new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64])).FillBytes(sig[32:64])
		sig[64] = 27 + 28 - sig[64]
		replHighS.MtxSig = hexutil.Encode(sig)
	}
	replIntoUnheld := f.replicateInto(t, alice, f.unreplicated, f.unreplicated, otherKey, time.Hour)

	validBody := rpc(valid)
	rawRPC := func(s string) []byte { return []byte(s) }
	const mpath = `{"jsonrpc":"2.0","id":1,"method":"FlushToRing","params":`

	cases := []hostileCase{
		// The envelope: answered by the gateway before the replica sees it.
		{name: "malformed JSON", body: rawRPC(`{"jsonrpc":"2.0","id":1,"method":"FlushToRing",`), code: gateway.CodeParseError, check: "parse"},
		{name: "trailing garbage", body: append(bytes.Clone(validBody), " x"...), code: gateway.CodeParseError, check: "parse"},
		{name: "two requests in a row", body: append(bytes.Clone(validBody), validBody...), code: gateway.CodeParseError, check: "parse"},
		{name: "empty body", body: nil, code: gateway.CodeParseError, check: "parse"},
		{name: "a JSON number", body: rawRPC(`42`), code: gateway.CodeInvalidRequest, check: "request"},
		{name: "a JSON string", body: rawRPC(`"FlushToRing"`), code: gateway.CodeInvalidRequest, check: "request"},
		{name: "JSON null", body: rawRPC(`null`), code: gateway.CodeInvalidRequest, check: "request"},
		{name: "empty batch", body: rawRPC(`[]`), code: gateway.CodeInvalidRequest, check: "batch"},
		{name: "jsonrpc 1.0", body: bytes.Replace(validBody, []byte(`"jsonrpc":"2.0"`), []byte(`"jsonrpc":"1.0"`), 1), code: gateway.CodeInvalidRequest, check: "jsonrpc"},
		{name: "jsonrpc a number", body: bytes.Replace(validBody, []byte(`"jsonrpc":"2.0"`), []byte(`"jsonrpc":2.0`), 1), code: gateway.CodeInvalidRequest, check: "jsonrpc"},
		{name: "jsonrpc missing", body: mustJSON(t, map[string]any{"id": 1, "method": "FlushToRing", "params": valid}), code: gateway.CodeInvalidRequest, check: "jsonrpc"},
		{name: "jsonrpc twice", body: bytes.Replace(validBody, []byte(`"jsonrpc":"2.0"`), []byte(`"jsonrpc":"2.0","jsonrpc":"2.0"`), 1), code: gateway.CodeInvalidRequest, check: "jsonrpc"},
		{name: "method a number", body: mustJSON(t, map[string]any{"jsonrpc": "2.0", "id": 1, "method": 42, "params": valid}), code: gateway.CodeInvalidRequest, check: "method"},
		{name: "method missing", body: mustJSON(t, map[string]any{"jsonrpc": "2.0", "id": 1, "params": valid}), code: gateway.CodeInvalidRequest, check: "method"},
		{name: "unknown method", body: rpcBody(t, "flushToRing", 1, valid), code: gateway.CodeMethodNotFound, check: "method"},
		{name: "id an object", body: rpcBody(t, "FlushToRing", map[string]any{"n": 1}, valid), code: gateway.CodeInvalidRequest, check: "id"},
		{name: "params a string", body: rawRPC(mpath + `"valid"}`), code: gateway.CodeInvalidRequest, check: "params"},
		{name: "params a number", body: rawRPC(mpath + `1}`), code: gateway.CodeInvalidRequest, check: "params"},
		{name: "params missing", body: mustJSON(t, map[string]any{"jsonrpc": "2.0", "id": 1, "method": "FlushToRing"}), code: gateway.CodeInvalidParams, check: "params"},
		{name: "params empty array", body: rpc([]any{}), code: gateway.CodeInvalidParams, check: "params"},
		{name: "params array of two", body: rpc([]any{valid, valid}), code: gateway.CodeInvalidParams, check: "params"},
		{name: "params array of a string", body: rpc([]any{"valid"}), code: gateway.CodeInvalidParams, check: "params"},

		// The params' shapes.
		{name: "unknown param", body: rpc(edit(valid, func(m map[string]any) { m["gasPrice"] = "1" })), code: gateway.CodeInvalidParams, check: "gasPrice"},
		{name: "unknown mtx field", body: rpc(editMtx(valid, func(m map[string]any) { m["value"] = "1" })), code: gateway.CodeInvalidParams, check: "mtx.value"},
		{name: "avatar missing", body: rpc(edit(valid, func(m map[string]any) { delete(m, "avatar") })), code: gateway.CodeInvalidParams, check: "avatar"},
		{name: "avatar null", body: rpc(edit(valid, func(m map[string]any) { m["avatar"] = nil })), code: gateway.CodeInvalidParams, check: "avatar"},
		{name: "ring missing", body: rpc(edit(valid, func(m map[string]any) { delete(m, "ring") })), code: gateway.CodeInvalidParams, check: "ring"},
		{name: "mtx missing", body: rpc(edit(valid, func(m map[string]any) { delete(m, "mtx") })), code: gateway.CodeInvalidParams, check: "mtx"},
		{name: "mtx_sig missing", body: rpc(edit(valid, func(m map[string]any) { delete(m, "mtx_sig") })), code: gateway.CodeInvalidParams, check: "mtx_sig"},
		{name: "logNodes missing", body: rpc(edit(valid, func(m map[string]any) { delete(m, "logNodes") })), code: gateway.CodeInvalidParams, check: "logNodes"},
		{name: "mtx.nonce missing", body: rpc(editMtx(valid, func(m map[string]any) { delete(m, "nonce") })), code: gateway.CodeInvalidParams, check: "mtx.nonce"},
		{name: "mtx a string", body: rpc(edit(valid, func(m map[string]any) { m["mtx"] = "0x00" })), code: gateway.CodeInvalidParams, check: "mtx"},
		{name: "avatar not hex", body: rpc(edit(valid, func(m map[string]any) { m["avatar"] = "0x" + strings.Repeat("zz", 20) })), code: gateway.CodeInvalidParams, check: "avatar"},
		{name: "ring without 0x", body: rpc(edit(valid, func(m map[string]any) { m["ring"] = f.ring.Hex()[2:] })), code: gateway.CodeInvalidParams, check: "ring"},
		{name: "mtx.avatar 19 bytes", body: rpc(editMtx(valid, func(m map[string]any) { m["avatar"] = alice.addr.Hex()[:40] })), code: gateway.CodeInvalidParams, check: "mtx.avatar"},
		{name: "mtx.head 31 bytes", body: rpc(editMtx(valid, func(m map[string]any) { m["head"] = valid.Mtx.Head[:64] })), code: gateway.CodeInvalidParams, check: "mtx.head"},
		{name: "mtx.seq negative", body: rpc(editMtx(valid, func(m map[string]any) { m["seq"] = json.Number("-3") })), code: gateway.CodeInvalidParams, check: "mtx.seq"},
		{name: "mtx.seq a fraction", body: rpc(editMtx(valid, func(m map[string]any) { m["seq"] = json.Number("3.0") })), code: gateway.CodeInvalidParams, check: "mtx.seq"},
		{name: "mtx.seq above uint64", body: rpc(editMtx(valid, func(m map[string]any) { m["seq"] = "18446744073709551616" })), code: gateway.CodeInvalidParams, check: "mtx.seq"},
		{name: "mtx.nonce with a leading zero", body: rpc(editMtx(valid, func(m map[string]any) { m["nonce"] = "01" })), code: gateway.CodeInvalidParams, check: "mtx.nonce"},
		{name: "mtx.deadline hex", body: rpc(editMtx(valid, func(m map[string]any) { m["deadline"] = "0xffffffff" })), code: gateway.CodeInvalidParams, check: "mtx.deadline"},
		{name: "mtx_sig not hex", body: rpc(edit(valid, func(m map[string]any) { m["mtx_sig"] = "0x" + strings.Repeat("g", 130) })), code: gateway.CodeInvalidParams, check: "mtx_sig"},
		{name: "mtx_sig 64 bytes", body: rpc(edit(valid, func(m map[string]any) { m["mtx_sig"] = valid.MtxSig[:130] })), code: gateway.CodeInvalidParams, check: "mtx_sig"},
		{name: "logNodes an object", body: rpc(edit(valid, func(m map[string]any) { m["logNodes"] = map[string]any{"0": valid.LogNodes[0]} })), code: gateway.CodeInvalidParams, check: "logNodes"},
		{name: "logNodes holding a number", body: rpc(edit(valid, func(m map[string]any) { m["logNodes"] = []any{3} })), code: gateway.CodeInvalidParams, check: "logNodes[0]"},
		{name: "invalid base64 node", body: rpc(edit(valid, func(m map[string]any) { m["logNodes"] = []any{"not base64!"} })), code: gateway.CodeInvalidParams, check: "logNodes[0]"},
		{name: "url-safe base64 node", body: rpc(edit(valid, func(m map[string]any) {
			m["logNodes"] = []any{base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xbf})}
		})), code: gateway.CodeInvalidParams, check: "logNodes[0]"},
		{name: "empty node", body: rpc(edit(valid, func(m map[string]any) { m["logNodes"] = []any{""} })), code: gateway.CodeInvalidParams, check: "logNodes[0]"},

		// The gateway's limits (the tight gateway over the same replica).
		{name: "oversized body", url: tightRPC, body: rpc(edit(valid, func(m map[string]any) { m["pad"] = strings.Repeat("x", tightMaxBytes) })), code: gateway.CodeInvalidRequest, check: "size"},
		{name: "more nodes than the gateway takes", url: tightRPC, body: rpc(good(newestFirst(more[:tightMaxLogNodes+1]...)...)), code: gateway.CodeTooDeep, check: "logNodes"},
		{name: "batch above the limit", url: tightRPC, body: mustJSON(t, []json.RawMessage{validBody, validBody, validBody}), code: gateway.CodeInvalidRequest, check: "batch"},

		// 1. The replica holds the ring's replica key (it replicates the ring).
		{name: "unknown ring", body: rpc(flushParams(alice.addr, unknownRing, unknownMtx, signMtx(t, unknownMtx, f.chainID, unknownRing, alice.key), n3)), code: gateway.CodeUnknownRing, check: "ring"},
		{name: "ring not replicated here", body: rpc(flushParams(alice.addr, f.unreplicated, notHereMtx, signMtx(t, notHereMtx, f.chainID, f.unreplicated, alice.key), otherRingN3)), code: gateway.CodeUnknownRing, check: "ring"},
		{name: "unknown ring before a forged signature", body: rpc(flushParams(alice.addr, unknownRing, unknownMtx, signMtx(t, unknownMtx, f.chainID, unknownRing, bob.key), n3)), code: gateway.CodeUnknownRing, check: "ring"},
		{name: "the replica's own ring", body: rpc(flushParams(alice.addr, f.replicaRing, rrMtx, signMtx(t, rrMtx, f.chainID, f.replicaRing, alice.key), n3)), code: gateway.CodeUnknownRing, check: "ring"},

		// 2. The mtx is this request's, and ecrecover(mtx, mtx_sig) == avatar.
		{name: "mtx for another ring", body: rpc(flushParams(alice.addr, f.ring, notHereMtx, signMtx(t, notHereMtx, f.chainID, f.unreplicated, alice.key), n3)), code: gateway.CodeMtxMismatch, check: "mtx.ring"},
		{name: "mtx for another avatar", body: rpc(flushParams(bob.addr, f.ring, validMtx, validSig, n3)), code: gateway.CodeMtxMismatch, check: "mtx.avatar"},
		{name: "mtx_sig v=0", body: rpc(withSig(valid, sigV(0))), code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "mtx_sig v=1", body: rpc(withSig(valid, sigV(1))), code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "mtx_sig high s", body: rpc(withSig(valid, highS)), code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "mtx_sig r=0", body: rpc(withSig(valid, zeroR)), code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "mtx_sig all zero", body: rpc(withSig(valid, make([]byte, 65))), code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "mtx signed by bob for alice", body: rpc(flushOf(validMtx, bob.key, f.chainID, f.ring, n3)), code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "mtx signed for another chain id", body: rpc(flushOf(validMtx, alice.key, f.chainID+1, f.ring, n3)), code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "mtx signed in another ring's domain", body: rpc(flushOf(validMtx, alice.key, f.chainID, f.unreplicated, n3)), code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "mtx changed after signing", body: rpc(editMtx(valid, func(m map[string]any) { m["deadline"] = json.Number("99999999999") })), code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "forged signature before membership", body: rpc(carolForged), code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "expired deadline", body: rpc(flushOf(expired, alice.key, f.chainID, f.ring, n3)), code: gateway.CodeExpired, check: "mtx.deadline"},

		// 3. The avatar is a member per contract state; the nonce and seq
		// follow the contract's.
		{name: "non-member", body: rpc(carolFlush), code: gateway.CodeNotMember, check: "membership"},
		{name: "non-member before bad log nodes", body: rpc(withNodes(carolFlush, cborMap)), code: gateway.CodeNotMember, check: "membership"},
		{name: "replayed nonce", body: rpc(flushOf(stale, alice.key, f.chainID, f.ring, n3)), code: gateway.CodeStaleNonce, check: "mtx.nonce"},
		{name: "skipped nonce", body: rpc(flushOf(skipped, alice.key, f.chainID, f.ring, n3)), code: gateway.CodeStaleNonce, check: "mtx.nonce"},
		{name: "stale nonce before bad log nodes", body: rpc(withNodes(flushOf(stale, alice.key, f.chainID, f.ring, n3), cborInt)), code: gateway.CodeStaleNonce, check: "mtx.nonce"},
		{name: "head already on chain", body: rpc(good(*head)), code: gateway.CodeAlreadyOnChain, check: "mtx.seq"},
		{name: "log restarted at seq 1", body: rpc(good(f.next(t, alice, nil, "a new seq 1"))), code: gateway.CodeAlreadyOnChain, check: "mtx.seq"},

		// 4. Every log node decodes, is the avatar's, and connects.
		{name: "no log nodes", body: rpc(withNodes(valid)), code: gateway.CodeIncomplete, check: "logNodes"},
		{name: "ancestry deeper than the replica's limit", body: rpc(good(newestFirst(more...)...)), code: gateway.CodeTooDeep, check: "logNodes"},
		{name: "dag-cbor map of other fields", body: rpc(withNodes(valid, cborMap)), code: gateway.CodeInvalidLogNode, check: "logNodes[0]"},
		{name: "dag-cbor integer", body: rpc(withNodes(valid, cborInt)), code: gateway.CodeInvalidLogNode, check: "logNodes[0]"},
		{name: "truncated log node", body: rpc(withNodes(valid, truncated)), code: gateway.CodeInvalidLogNode, check: "logNodes[0]"},
		{name: "log node with a trailing byte", body: rpc(withNodes(valid, append(bytes.Clone(n3.data), 0))), code: gateway.CodeInvalidLogNode, check: "logNodes[0]"},
		{name: "garbage below a good node", body: rpc(withNodes(good(n4, n3), n4.data, cborMap)), code: gateway.CodeInvalidLogNode, check: "logNodes[1]"},
		{name: "log node signed by bob", body: rpc(good(badSigN3)), code: gateway.CodeInvalidLogNode, check: "logNodes[0].signature"},
		{name: "badly signed node below a good one", body: rpc(good(overBadSig, badSigN3)), code: gateway.CodeInvalidLogNode, check: "logNodes[1].signature"},
		{name: "node authored by bob", body: rpc(good(bobsN3)), code: gateway.CodeInvalidLogNode, check: "logNodes[0].author"},
		{name: "node for another ring", body: rpc(good(otherRingN3)), code: gateway.CodeInvalidLogNode, check: "logNodes[0].ring"},
		{name: "node for another chain id", body: rpc(good(otherChainN3)), code: gateway.CodeInvalidLogNode, check: "logNodes[0].ring"},
		{name: "duplicated node", body: rpc(good(n3, n3)), code: gateway.CodeInvalidLogNode, check: "logNodes[1].duplicate"},
		{name: "mtx head is not the newest node", body: rpc(flushOf(mtx(t, f.ring, alice, n4, next), alice.key, f.chainID, f.ring, n3)), code: gateway.CodeMtxMismatch, check: "mtx.head"},
		{name: "mtx seq is not the newest seq", body: rpc(flushOf(wrongSeq, alice.key, f.chainID, f.ring, n3)), code: gateway.CodeMtxMismatch, check: "mtx.seq"},
		{name: "nodes oldest first", body: rpc(flushOf(mtx(t, f.ring, alice, n4, next), alice.key, f.chainID, f.ring, n3, n4)), code: gateway.CodeMtxMismatch, check: "mtx.head"},
		{name: "seq gap", body: rpc(good(n5, n3)), code: gateway.CodeIncomplete, check: "logNodes[1].seq"},
		{name: "prev does not connect", body: rpc(good(n4)), code: gateway.CodeIncomplete, check: "logNodes[0].prev"},
		{name: "prev link broken inside the request", body: rpc(good(skipsN4, n3)), code: gateway.CodeIncomplete, check: "logNodes[0].prev"},
		{name: "two nodes for one seq in the request", body: rpc(good(n3, otherN3)), code: gateway.CodeFork, check: "logNodes[1].seq", fork: true},
		{name: "fork against a stored node", body: rpc(good(forkN3, forkN2)), code: gateway.CodeFork, check: "logNodes[1]", fork: true},
		{name: "fork at the attach point", body: rpc(good(forkN3)), code: gateway.CodeFork, check: "logNodes[0].prev"},

		// A batch, notifications.
		{name: "batch with one bad call", body: mustJSON(t, []json.RawMessage{
			rpcBody(t, "FlushStatus", 1, map[string]any{"id": st1.ID}),
			rpcBody(t, "FlushToRing", 2, withSig(valid, highS)),
			rawRPC(`{"jsonrpc":"2.0","id":3}`),
		}), batch: []int{0, gateway.CodeBadSignature, gateway.CodeInvalidRequest}},
		{name: "batch of junk", body: rawRPC(`[1, "a", null]`), batch: []int{gateway.CodeInvalidRequest, gateway.CodeInvalidRequest, gateway.CodeInvalidRequest}},
		{name: "notification with bad params", body: rpcBody(t, "FlushToRing", nil, edit(valid, func(m map[string]any) { delete(m, "mtx") })), status: http.StatusNoContent},
		{name: "notification of a forged flush", body: rpcBody(t, "FlushToRing", nil, flushOf(validMtx, bob.key, f.chainID, f.ring, n3)), status: http.StatusNoContent},
		{name: "notification of a fork", body: rpcBody(t, "FlushToRing", nil, good(forkN3, forkN2)), status: http.StatusNoContent},

		// The REST aliases take the params object and answer HTTP errors.
		{name: "REST: malformed JSON", url: flushURL, body: rawRPC(`{"avatar":`), rest: true, status: http.StatusBadRequest, code: gateway.CodeParseError, check: "parse"},
		{name: "REST: a JSON-RPC request", url: flushURL, body: validBody, rest: true, status: http.StatusBadRequest, code: gateway.CodeInvalidParams, check: "id"},
		{name: "REST: mtx missing", url: flushURL, body: mustJSON(t, edit(valid, func(m map[string]any) { delete(m, "mtx") })), rest: true, status: http.StatusBadRequest, code: gateway.CodeInvalidParams, check: "mtx"},
		{name: "REST: oversized body", url: tightFlushURL, body: mustJSON(t, edit(valid, func(m map[string]any) { m["pad"] = strings.Repeat("x", tightMaxBytes) })), rest: true, status: http.StatusRequestEntityTooLarge, code: gateway.CodeInvalidRequest, check: "size"},
		{name: "REST: unknown ring", url: flushURL, body: mustJSON(t, flushParams(alice.addr, unknownRing, unknownMtx, signMtx(t, unknownMtx, f.chainID, unknownRing, alice.key), n3)), rest: true, status: http.StatusNotFound, code: gateway.CodeUnknownRing, check: "ring"},
		{name: "REST: high-s signature", url: flushURL, body: mustJSON(t, withSig(valid, highS)), rest: true, status: http.StatusForbidden, code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "REST: non-member", url: flushURL, body: mustJSON(t, carolFlush), rest: true, status: http.StatusForbidden, code: gateway.CodeNotMember, check: "membership"},
		{name: "REST: replayed nonce", url: flushURL, body: mustJSON(t, flushOf(stale, alice.key, f.chainID, f.ring, n3)), rest: true, status: http.StatusConflict, code: gateway.CodeStaleNonce, check: "mtx.nonce"},
		{name: "REST: bad log node", url: flushURL, body: mustJSON(t, good(bobsN3)), rest: true, status: http.StatusUnprocessableEntity, code: gateway.CodeInvalidLogNode, check: "logNodes[0].author"},
		{name: "REST: fork", url: flushURL, body: mustJSON(t, good(forkN3, forkN2)), rest: true, status: http.StatusConflict, code: gateway.CodeFork, check: "logNodes[1]"},

		// FlushStatus and ReplicateRing.
		{name: "FlushStatus of an unknown id", body: rpcBody(t, "FlushStatus", 1, map[string]any{"id": "0x" + strings.Repeat("ab", 32)}), code: gateway.CodeNotFound, check: "id"},
		{name: "FlushStatus of a malformed id", body: rpcBody(t, "FlushStatus", 1, map[string]any{"id": st1.ID[:40]}), code: gateway.CodeInvalidParams, check: "id"},
		{name: "ReplicateRing by a non-member", body: rpcBody(t, "ReplicateRing", 1, replCarol), code: gateway.CodeNotAuthorized, check: "mtx_sig"},
		{name: "ReplicateRing with a key that does not match the mtx", body: rpcBody(t, "ReplicateRing", 1, replHashMismatch), code: gateway.CodeMtxMismatch, check: "mtx.replicaKeyHash"},
		{name: "ReplicateRing with a high-s signature", body: rpcBody(t, "ReplicateRing", 1, replHighS), code: gateway.CodeBadSignature, check: "mtx_sig"},
		{name: "ReplicateRing expired", body: rpcBody(t, "ReplicateRing", 1, replBy(alice, f.unreplicated, otherKey, -time.Minute)), code: gateway.CodeExpired, check: "mtx.deadline"},
		{name: "ReplicateRing replacing the replica key", body: rpcBody(t, "ReplicateRing", 1, replBy(alice, f.ring, otherKey, time.Hour)), code: gateway.CodeNotAuthorized, check: "replica_key"},
		{name: "ReplicateRing of no ring", body: rpcBody(t, "ReplicateRing", 1, replBy(alice, unknownRing, otherKey, time.Hour)), code: gateway.CodeUnknownRing, check: "ring"},
		{name: "ReplicateRing into a replica ring this node is not in", body: rpcBody(t, "ReplicateRing", 1, replIntoUnheld), code: gateway.CodeNotReplicaAdmin, check: "replica_ring"},
		{name: "ReplicateRing with an unknown field", body: rpcBody(t, "ReplicateRing", 1, edit(replCarol, func(m map[string]any) { m["owner"] = carol.addr.Hex() })), code: gateway.CodeInvalidParams, check: "owner"},
		{name: "REST: ReplicateRing by a non-member", url: replicateURL, body: mustJSON(t, replCarol), rest: true, status: http.StatusForbidden, code: gateway.CodeNotAuthorized, check: "mtx_sig"},
	}

	// The cases run one after another, each comparing the replica's state
	// with the state before it, so that a change is reported by the case
	// that made it.
	// Background work must be done before "nothing changed" means
	// anything: the replica's own flushes (it anchors its records after
	// ReplicateRing) are relayed asynchronously.
	f.waitQueueEmpty(t)
	before := f.snapshot(t)
	prev := before
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			url := tc.url
			if url == "" {
				url = rpcURL
			}
			status, body := post(t, url, tc.body)
			tc.assert(t, status, body)
			cur := f.snapshot(t)
			if d := prev.diff(cur); tc.fork {
				checkForkEvidenceOnly(t, d)
			} else if d != "" {
				t.Errorf("the request changed the replica:\n%s", d)
			}
			prev = cur
		})
	}
	if t.Failed() {
		return
	}

	// The fixture accepts a valid flush: alice's seq 3 with nonce 1.
	st2 := f.flushRPC(t, valid)
	if st2.Status != "relayed" {
		st2 = f.waitRelayed(t, st2.ID)
	}
	if id := flushID(t, validMtx, f.chainID); st2.ID != id || st2.Seq != 3 || st2.Stored != 1 || st2.TxHash == "" {
		t.Fatalf("second flush: %+v, want id %s, seq 3, 1 stored, a tx", st2, id)
	}
	after := f.snapshot(t)
	if after.ChainBlock <= before.ChainBlock {
		t.Errorf("the valid flush was relayed in no new block: height %d -> %d", before.ChainBlock, after.ChainBlock)
	}
	if before.diff(after) == "" {
		t.Error("the valid flush changed nothing")
	}

	// The same request again: the same flush, nothing new.
	again := f.flushRPC(t, valid)
	if again.ID != st2.ID || again.Status != "relayed" || again.TxHash != st2.TxHash {
		t.Errorf("the flush sent again: %+v, want %+v", again, st2)
	}
	if d := after.diff(f.snapshot(t)); d != "" {
		t.Errorf("sending the flush again changed the replica:\n%s", d)
	}
}

// unreachableChain is the chain's RPC endpoint gone: every call fails as
// an HTTP JSON-RPC client's does, with the endpoint's URL (and the API key
// in it) and the address it dialled.
type unreachableChain struct{ replica.Chain }

var chainDown = &url.Error{Op: "Post", URL: "https://eth.example.org/v3/0123456789abcdef", Err: &net.OpError{
	Op: "dial", Net: "tcp4", Addr: &net.TCPAddr{IP: net.IPv4(10, 0, 0, 7), Port: 443}, Err: errors.New("connection refused")}}

func (unreachableChain) State(context.Context, common.Address) (*chain.RingState, error) {
	return nil, chainDown
}

func (unreachableChain) FlushMany(context.Context, common.Address, []schemas.Flush, [][]byte) (*chain.Receipt, error) {
	return nil, chainDown
}

// TestUnreachableChainStaysInTheLog checks that a flush to a replica that
// cannot reach the chain, and has no earlier state of the ring, gets
// -32000 (check "chain") saying only that, while the node's log has the
// chain's error, URL and address included, at warn level.
func TestUnreachableChainStaysInTheLog(t *testing.T) {
	f := newFixture(t)
	p, _ := f.validFlush(t, f.alice, f.chainAfter(t, f.alice, nil, 1)...)

	// The same replica, restarted with the chain gone: it forgets the
	// ring's state it read.
	if err := f.rep.Close(); err != nil {
		t.Fatal(err)
	}
	rep, err := replica.New(unreachableChain{f.client}, f.logs, f.keys,
		func() []ringlog.Source { return []ringlog.Source{ringlog.BlockSource{Fetcher: f.node.Blocks}} }, f.self,
		replica.Options{RelayWait: 5 * time.Second, FollowInterval: time.Hour, MaxLogNodes: fixtureMaxLogNodes})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rep.Close() })
	var logs bytes.Buffer
	var mu sync.Mutex
	cfg := gateway.DefaultConfig()
	cfg.Address = "/ip4/127.0.0.1/tcp/0"
	srv, err := gateway.NewServer(cfg, rep, gateway.WithRegisterer(prometheus.NewRegistry()),
		gateway.WithLogger(slog.New(slog.NewTextHandler(&lockedWriter{&mu, &logs}, &slog.HandlerOptions{Level: slog.LevelDebug}))))
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Close(ctx); err != nil {
			t.Error(err)
		}
	})

	status, body := post(t, "http://"+srv.Addr()+"/ring/rpc", rpcBody(t, "FlushToRing", 1, p))
	tc := hostileCase{code: gateway.CodeServer, check: "chain"}
	tc.assert(t, status, body)

	mu.Lock()
	defer mu.Unlock()
	var line string
	for _, l := range strings.Split(logs.String(), "\n") {
		if strings.Contains(l, "request failed") {
			line = l
		}
	}
	if !strings.Contains(line, "level=WARN") || !strings.Contains(line, chainDown.URL) || !strings.Contains(line, "10.0.0.7:443") {
		t.Errorf("want a warning with the chain's error %q, got %q in the log:\n%s", chainDown, line, logs.String())
	}
}

// lockedWriter serialises writes to w.
type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// checkForkEvidenceOnly checks that a snapshot diff is one fork record and
// its blocks: the ForkProof and the nodes this node lacked.
func checkForkEvidenceOnly(t *testing.T, d string) {
	t.Helper()
	records, blocks := 0, 0
	for _, line := range strings.Split(d, "\n") {
		switch {
		case strings.HasPrefix(line, "new datastore entry /ring/forks/"):
			records++
		case strings.HasPrefix(line, "new block "):
			blocks++
		default:
			t.Errorf("the request changed more than the fork evidence: %s\nwhole diff:\n%s", line, d)
		}
	}
	if records != 1 || blocks < 1 || blocks > 3 {
		t.Errorf("fork evidence: %d records, %d blocks; want 1 record and the proof with at most two nodes:\n%s", records, blocks, d)
	}
}

// assert checks one answer against the case.
func (tc *hostileCase) assert(t testing.TB, status int, body []byte) {
	t.Helper()
	want := tc.status
	if want == 0 {
		want = http.StatusOK
	}
	if status != want {
		t.Fatalf("HTTP %d, want %d: %s", status, want, body)
	}
	switch {
	case status == http.StatusNoContent:
		if len(body) != 0 {
			t.Errorf("a notification got a body: %s", body)
		}
	case tc.rest:
		var resp struct {
			Error *gateway.Error `json:"error"`
		}
		if err := json.Unmarshal(body, &resp); err != nil || resp.Error == nil {
			t.Fatalf("not an error answer (%v): %s", err, body)
		}
		tc.assertError(t, resp.Error)
	case tc.batch != nil:
		var resps []rpcResponse
		if err := json.Unmarshal(body, &resps); err != nil {
			t.Fatalf("not a batch answer (%v): %s", err, body)
		}
		if len(resps) != len(tc.batch) {
			t.Fatalf("%d responses, want %d: %s", len(resps), len(tc.batch), body)
		}
		for i, r := range resps {
			switch {
			case tc.batch[i] == 0 && (r.Error != nil || r.Result == nil):
				t.Errorf("response %d: want a result, got %s", i, mustJSON(t, r))
			case tc.batch[i] != 0 && (r.Error == nil || r.Error.Code != tc.batch[i] || r.Result != nil):
				t.Errorf("response %d: want error %d, got %s", i, tc.batch[i], mustJSON(t, r))
			}
			if r.Error != nil {
				leakcheck.Check(t, fmt.Sprintf("response %d: error %d", i, r.Error.Code), r.Error.Message)
			}
		}
	default:
		var resp rpcResponse
		if err := json.Unmarshal(body, &resp); err != nil {
			t.Fatalf("not a JSON-RPC answer (%v): %s", err, body)
		}
		if resp.JSONRPC != "2.0" || resp.Error == nil || resp.Result != nil {
			t.Fatalf("want a JSON-RPC 2.0 error, got %s", body)
		}
		tc.assertError(t, resp.Error)
	}
}

func (tc *hostileCase) assertError(t testing.TB, e *gateway.Error) {
	t.Helper()
	if e.Code != tc.code || (tc.check != "" && e.Check() != tc.check) {
		t.Errorf("error %d %q (check %q), want %d (check %q)", e.Code, e.Message, e.Check(), tc.code, tc.check)
	}
	if e.Message == "" {
		t.Error("the error has no message")
	}
	leakcheck.Check(t, fmt.Sprintf("error %d", e.Code), e.Message)
}
