package web

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/boxo/blockstore"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
	"github.com/ipld/go-ipld-prime/datamodel"
	"github.com/ipld/go-ipld-prime/fluent/qp"
	"github.com/ipld/go-ipld-prime/node/basicnode"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

var update = flag.Bool("update", false, "rewrite testdata/vectors.json")

const vectorsPath = "testdata/vectors.json"

// TestVectors builds the vectors and compares them with the committed file.
func TestVectors(t *testing.T) {
	got := marshalVectors(t, buildVectors(t))
	if *update {
		if err := os.MkdirAll(filepath.Dir(vectorsPath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(vectorsPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", vectorsPath, len(got))
		return
	}
	want, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Fatalf("%v; run go test ./web -run TestVectors -update", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is not what the Go code builds (%d bytes, want %d); run go test ./web -run TestVectors -update and review the diff",
			vectorsPath, len(want), len(got))
	}
}

// TestVectorsDeterministic builds the vectors twice: nothing in them may
// depend on randomness or the clock.
func TestVectorsDeterministic(t *testing.T) {
	a, b := marshalVectors(t, buildVectors(t)), marshalVectors(t, buildVectors(t))
	if !bytes.Equal(a, b) {
		t.Fatal("two builds of the vectors differ")
	}
}

func marshalVectors(tb testing.TB, v *vectors) []byte {
	tb.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return append(b, '\n')
}

// The file's format; README.md describes each field. Bytes are 0x hex,
// CIDs are base32 strings, uint256 values decimal strings.
type vectors struct {
	About       string         `json:"about"`
	Keys        []keyVec       `json:"keys"`
	Ring        common.Address `json:"ring"`
	Chain       uint64         `json:"chain"`
	ReadKey     hexutil.Bytes  `json:"readKey"`
	Domains     []domainVec    `json:"domains"`
	Messages    []messageVec   `json:"messages"`
	Seals       []sealVec      `json:"seals"`
	LogNodes    []logNodeVec   `json:"logNodes"`
	Flushes     []flushVec     `json:"flushes"`
	RingEntries []ringEntryVec `json:"ringEntries"`
	Log         logVec         `json:"log"`
	Tampered    []tamperedVec  `json:"tampered"`

	// Session keys: alice's wallet delegates to the key "alice-session",
	// which signs alice's fourth node and a flush of it.
	Sessions        []sessionVec `json:"sessions"`
	SessionLogNodes []logNodeVec `json:"sessionLogNodes"`
	SessionFlushes  []flushVec   `json:"sessionFlushes"`
	SessionLog      logVec       `json:"sessionLog"`
}

type keyVec struct {
	Name    string         `json:"name"`
	Private hexutil.Bytes  `json:"private"`
	Address common.Address `json:"address"`
}

type domainVec struct {
	Name              string         `json:"name"`
	Version           string         `json:"version"`
	ChainID           uint64         `json:"chainId"`
	VerifyingContract common.Address `json:"verifyingContract"`
	Separator         hexutil.Bytes  `json:"separator"`
}

type payloadVec struct {
	Kind  string `json:"kind"`  // "string", "bytes" or "map" (of strings)
	Value any    `json:"value"` // string, 0x hex, or an object of strings
}

type messageVec struct {
	Name    string     `json:"name"`
	App     string     `json:"app"`
	Domain  string     `json:"domain"`
	Type    string     `json:"type"`
	Status  *string    `json:"status,omitempty"`
	Payload payloadVec `json:"payload"`
	// Encoded is the canonical dag-cbor of the message (a body's plaintext),
	// CID its CIDv1 dag-cbor sha2-256 as if it were a block.
	Encoded hexutil.Bytes `json:"encoded"`
	CID     string        `json:"cid"`
}

type positionVec struct {
	Ring   common.Address `json:"ring"`
	Chain  uint64         `json:"chain"`
	Author common.Address `json:"author"`
	Seq    uint64         `json:"seq"`
}

type sealVec struct {
	Name      string        `json:"name"`
	ReadKey   hexutil.Bytes `json:"readKey"`
	Position  positionVec   `json:"position"`
	Nonce     hexutil.Bytes `json:"nonce"`
	Plaintext hexutil.Bytes `json:"plaintext"`
	AAD       hexutil.Bytes `json:"aad"`
	Sealed    hexutil.Bytes `json:"sealed"`
}

type nodeVec struct {
	Ring   common.Address `json:"ring"`
	Chain  int64          `json:"chain"`
	Author common.Address `json:"author"`
	Seq    int64          `json:"seq"`
	Prev   *string        `json:"prev"`
	Refs   []string       `json:"refs"`
	Body   hexutil.Bytes  `json:"body"`
	Time   int64          `json:"time"`
	Sig    hexutil.Bytes  `json:"sig"`
	// Session is set on a node signed by a session key.
	Session *sessionFields `json:"session,omitempty"`
}

type sessionFields struct {
	Key       common.Address `json:"key"`
	NotBefore int64          `json:"notBefore"` // unix seconds
	Expiry    int64          `json:"expiry"`    // unix seconds
	Sig       hexutil.Bytes  `json:"sig"`       // the author's
}

type sessionVec struct {
	Name    string         `json:"name"`
	Author  string         `json:"author"` // a name in keys: who signs the session
	Key     string         `json:"key"`    // a name in keys: the session key
	ChainID uint64         `json:"chainId"`
	Ring    common.Address `json:"ring"`
	Session sessionFields  `json:"session"`
	// Digest is Session(ring, author, key, notBefore, expiry) in the ring's
	// domain, Session.Sig the author's signature of it; RevocationDigest is
	// SessionRevocation(ring, author, key).
	Digest           hexutil.Bytes `json:"digest"`
	RevocationDigest hexutil.Bytes `json:"revocationDigest"`
}

type claimVec struct {
	Prev hexutil.Bytes `json:"prev"`
	Refs hexutil.Bytes `json:"refs"`
	Body hexutil.Bytes `json:"body"`
}

type logNodeVec struct {
	Name    string        `json:"name"`
	Key     string        `json:"key"`     // the signer, a name in keys
	Message string        `json:"message"` // the body's plaintext, a name in messages
	Seal    string        `json:"seal"`    // the body, a name in seals
	Node    nodeVec       `json:"node"`
	Claim   claimVec      `json:"claim"` // the bytes32 fields of the EIP-712 struct
	Digest  hexutil.Bytes `json:"digest"`
	Block   hexutil.Bytes `json:"block"`
	CID     string        `json:"cid"`
}

type flushFields struct {
	Ring     common.Address `json:"ring"`
	Avatar   common.Address `json:"avatar"`
	Head     hexutil.Bytes  `json:"head"`
	Seq      uint64         `json:"seq"`
	Nonce    string         `json:"nonce"`
	Deadline string         `json:"deadline"`
}

type flushVec struct {
	Name    string         `json:"name"`
	Key     string         `json:"key"`
	ChainID uint64         `json:"chainId"`
	HeadCID string         `json:"headCid"`
	Flush   flushFields    `json:"flush"`
	Digest  hexutil.Bytes  `json:"digest"`
	Sig     hexutil.Bytes  `json:"sig"`
	Signer  common.Address `json:"signer"`
	// Session is set on a flush signed by a session key (Signer): it
	// travels beside the flush as FlushToRing's "session".
	Session *sessionFields `json:"session,omitempty"`
}

type headRefVec struct {
	Member common.Address `json:"member"`
	Seq    int64          `json:"seq"`
	Head   string         `json:"head"`
}

type outputVec struct {
	Pin  int64  `json:"pin"`
	Data string `json:"data"`
}

type ringEntryFields struct {
	Ring    common.Address `json:"ring"`
	Chain   int64          `json:"chain"`
	Index   int64          `json:"index"`
	Prev    *string        `json:"prev"`
	Heads   []headRefVec   `json:"heads"`
	Outputs []outputVec    `json:"outputs"`
	Time    int64          `json:"time"`
}

type ringEntryVec struct {
	Name  string          `json:"name"`
	Entry ringEntryFields `json:"entry"`
	Block hexutil.Bytes   `json:"block"`
	CID   string          `json:"cid"`
	// VoteDigest is RingEntry(ring, index, entry, prev) in the ring's
	// domain, VoteSig key's signature of it.
	Key        string        `json:"key"`
	VoteDigest hexutil.Bytes `json:"voteDigest"`
	VoteSig    hexutil.Bytes `json:"voteSig"`
}

type blockVec struct {
	CID   string        `json:"cid"`
	Block hexutil.Bytes `json:"block"`
}

type logVec struct {
	Ring   common.Address `json:"ring"`
	Chain  uint64         `json:"chain"`
	Member common.Address `json:"member"`
	Head   string         `json:"head"`
	Seq    uint64         `json:"seq"`
	Nodes  []blockVec     `json:"nodes"` // newest first
}

type tamperedVec struct {
	Name  string `json:"name"`
	About string `json:"about"`
	logVec
	// Check names the check that fails: "cid", "signature", "ring",
	// "chain", "author", "seq", "prev" or "missing". BadSeq is the seq the
	// verifier expected of the node where it failed (the oldest bad node);
	// GoError is what the Go verifier said.
	Check   string `json:"check"`
	BadSeq  uint64 `json:"badSeq"`
	GoError string `json:"goError"`
}

// The fixed inputs.
var (
	vecRing      = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	vecOtherRing = common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	vecChain     = uint64(1337)
	vecTime      = int64(1_700_000_000_000)
)

func vecKey(tb testing.TB, name string) (*ecdsa.PrivateKey, keyVec) {
	tb.Helper()
	seed := sha256.Sum256([]byte("rings web vectors: key " + name))
	k, err := crypto.ToECDSA(seed[:])
	if err != nil {
		tb.Fatal(err)
	}
	return k, keyVec{Name: name, Private: seed[:], Address: crypto.PubkeyToAddress(k.PublicKey)}
}

func fill(n int, label string) []byte {
	out := make([]byte, 0, n)
	for i := 0; len(out) < n; i++ {
		s := sha256.Sum256([]byte(label + string(rune('a'+i))))
		out = append(out, s[:]...)
	}
	return out[:n]
}

func ptr[T any](v T) *T { return &v }

func buildVectors(t *testing.T) *vectors {
	t.Helper()
	v := &vectors{
		About:   "Rings test vectors, built by web/vectors_test.go from the Go code; web/README.md describes the format. Regenerate with: go test ./web -run TestVectors -update",
		Ring:    vecRing,
		Chain:   vecChain,
		ReadKey: fill(ringlog.KeySize, "read key"),
	}
	keys := map[string]*ecdsa.PrivateKey{}
	for _, name := range []string{"alice", "bob", "mallory"} {
		k, kv := vecKey(t, name)
		keys[name] = k
		v.Keys = append(v.Keys, kv)
	}
	addr := func(name string) common.Address { return crypto.PubkeyToAddress(keys[name].PublicKey) }

	for _, d := range []schemas.Domain{{ChainID: vecChain, Ring: vecRing}, {ChainID: 1, Ring: vecOtherRing}} {
		sep := d.Separator()
		v.Domains = append(v.Domains, domainVec{schemas.DomainName, schemas.DomainVersion, d.ChainID, d.Ring, sep[:]})
	}

	// Messages: the CLI's text convention (string payload), bytes, a chat
	// map, one with a status.
	msgs := map[string]*schemas.Message{}
	addMessage := func(name, app, domain, typ string, status *string, p payloadVec) {
		var node datamodel.Node
		switch p.Kind {
		case "string":
			node = basicnode.NewString(p.Value.(string))
		case "bytes":
			node = basicnode.NewBytes(common.FromHex(p.Value.(string)))
		case "map":
			m := p.Value.(map[string]string)
			n, err := qp.BuildMap(basicnode.Prototype.Any, int64(len(m)), func(ma datamodel.MapAssembler) {
				for k, s := range m {
					qp.MapEntry(ma, k, qp.String(s))
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			node = n
		}
		m := &schemas.Message{App: app, Domain: domain, Type: typ, Status: status, Payload: node}
		enc, err := schemas.EncodeMessage(m)
		if err != nil {
			t.Fatalf("message %s: %v", name, err)
		}
		if back, err := schemas.DecodeMessage(enc); err != nil || back.Type != typ {
			t.Fatalf("message %s does not decode: %v", name, err)
		}
		blk, err := schemas.Block(enc)
		if err != nil {
			t.Fatal(err)
		}
		msgs[name] = m
		v.Messages = append(v.Messages, messageVec{Name: name, App: app, Domain: domain, Type: typ, Status: status, Payload: p, Encoded: enc, CID: blk.Cid().String()})
	}
	addMessage("text", "ipfs-ring", "ring", "text", nil, payloadVec{"string", "hello from alice"})
	addMessage("bytes", "ipfs-ring", "ring", "text", nil, payloadVec{"bytes", hexutil.Encode([]byte{0, 1, 2, 0xfe, 0xff})})
	addMessage("chat", "chat", "ring", "chat.message", nil, payloadVec{"map", map[string]string{"txt": "hi bob 👋"}})
	addMessage("status", "ipfs-ring", "replica", "FlushToRing", ptr("received"), payloadVec{"string", "ok"})
	addMessage("bob-text", "ipfs-ring", "ring", "text", nil, payloadVec{"string", "hello from bob"})
	addMessage("empty-string", "ipfs-ring", "ring", "text", nil, payloadVec{"string", ""})
	encodedOf := func(name string) []byte {
		for _, m := range v.Messages {
			if m.Name == name {
				return m.Encoded
			}
		}
		t.Fatalf("no message %s", name)
		return nil
	}

	// Seals: one per log node below, with nonces derived from its name.
	seal := func(name string, pos ringlog.Position, plain []byte) []byte {
		var nonce [ringlog.NonceSize]byte
		copy(nonce[:], fill(ringlog.NonceSize, "nonce "+name))
		sealed, err := ringlog.SealWithNonce(v.ReadKey, pos, nonce, plain)
		if err != nil {
			t.Fatal(err)
		}
		if back, err := ringlog.Open(v.ReadKey, pos, sealed); err != nil || !bytes.Equal(back, plain) {
			t.Fatalf("seal %s does not open: %v", name, err)
		}
		v.Seals = append(v.Seals, sealVec{Name: name, ReadKey: v.ReadKey, Nonce: nonce[:], Plaintext: plain, AAD: pos.AAD(), Sealed: sealed,
			Position: positionVec{pos.Ring, pos.Chain, pos.Author, pos.Seq}})
		return sealed
	}

	// Log nodes: bob's first node, then alice's three (the second refers to
	// bob's), each built the way ringlog builds them.
	nodes := map[string]built{}
	makeNode := func(name, key, msg string, ring common.Address, chain uint64, seq int64, prev *cid.Cid, refs []cid.Cid, tm int64, record bool) built {
		author := addr(key)
		pos := ringlog.Position{Ring: ring, Chain: chain, Author: author, Seq: uint64(seq)}
		sealName := name
		var body []byte
		if record {
			body = seal(sealName, pos, encodedOf(msg))
		} else {
			var nonce [ringlog.NonceSize]byte
			copy(nonce[:], fill(ringlog.NonceSize, "nonce "+name))
			b, err := ringlog.SealWithNonce(v.ReadKey, pos, nonce, encodedOf(msg))
			if err != nil {
				t.Fatal(err)
			}
			body = b
		}
		if refs == nil {
			refs = []cid.Cid{}
		}
		n := &schemas.LogNode{Ring: ring.Bytes(), Chain: int64(chain), Author: author.Bytes(), Seq: seq, Prev: prev, Refs: refs, Body: body, Time: tm}
		if err := schemas.SignLogNode(n, keys[key]); err != nil {
			t.Fatalf("node %s: %v", name, err)
		}
		enc, err := schemas.EncodeLogNode(n)
		if err != nil {
			t.Fatal(err)
		}
		blk, err := schemas.Block(enc)
		if err != nil {
			t.Fatal(err)
		}
		b := built{n, blk}
		nodes[name] = b
		if !record {
			return b
		}
		digest, err := schemas.LogNodeDigest(n)
		if err != nil {
			t.Fatal(err)
		}
		claim, err := schemas.ClaimOf(n)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := schemas.VerifyLogNode(n); err != nil || got != author {
			t.Fatalf("node %s does not verify: %v", name, err)
		}
		nv := nodeVec{Ring: ring, Chain: n.Chain, Author: author, Seq: seq, Refs: []string{}, Body: body, Time: tm, Sig: n.Sig}
		if prev != nil {
			nv.Prev = ptr(prev.String())
		}
		for _, r := range refs {
			nv.Refs = append(nv.Refs, r.String())
		}
		v.LogNodes = append(v.LogNodes, logNodeVec{Name: name, Key: key, Message: msg, Seal: sealName, Node: nv,
			Claim: claimVec{claim.Prev[:], claim.Refs[:], claim.Body[:]}, Digest: digest[:], Block: enc, CID: blk.Cid().String()})
		return b
	}
	bob1 := makeNode("bob-1", "bob", "bob-text", vecRing, vecChain, 1, nil, nil, vecTime, true)
	a1 := makeNode("alice-1", "alice", "text", vecRing, vecChain, 1, nil, nil, vecTime+1000, true)
	a2 := makeNode("alice-2", "alice", "bytes", vecRing, vecChain, 2, ptr(a1.block.Cid()), []cid.Cid{bob1.block.Cid()}, vecTime+2000, true)
	a3 := makeNode("alice-3", "alice", "chat", vecRing, vecChain, 3, ptr(a2.block.Cid()), nil, vecTime+3000, true)
	// A sealed empty string, for the smallest body.
	seal("empty", ringlog.Position{Ring: vecRing, Chain: vecChain, Author: addr("bob"), Seq: 7}, encodedOf("empty-string"))

	// Flushes: alice's head, and one with uint256 values beyond 64 bits.
	addFlush := func(name, key string, head blocks.Block, seq uint64, nonce, deadline *big.Int) {
		d := schemas.Domain{ChainID: vecChain, Ring: vecRing}
		hd, err := schemas.Digest(head.Cid())
		if err != nil {
			t.Fatal(err)
		}
		f := schemas.Flush{Ring: vecRing, Avatar: addr(key), Head: hd, Seq: seq, Nonce: nonce, Deadline: deadline}
		digest, err := schemas.FlushDigest(d, f)
		if err != nil {
			t.Fatal(err)
		}
		sig, err := schemas.Sign(digest, keys[key])
		if err != nil {
			t.Fatal(err)
		}
		if got, err := schemas.Recover(digest, sig); err != nil || got != addr(key) {
			t.Fatalf("flush %s: recovered %s, %v", name, got, err)
		}
		v.Flushes = append(v.Flushes, flushVec{Name: name, Key: key, ChainID: vecChain, HeadCID: head.Cid().String(),
			Flush: flushFields{vecRing, addr(key), hd[:], seq, nonce.String(), deadline.String()}, Digest: digest[:], Sig: sig, Signer: addr(key)})
	}
	addFlush("alice-head", "alice", a3.block, 3, big.NewInt(0), big.NewInt(1_700_000_600))
	big1 := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 64), big.NewInt(5))
	big2 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	addFlush("bob-big-numbers", "bob", bob1.block, 1, big1, big2)

	// Ring entries: index 0 with no outputs, index 1 with prev and outputs.
	var prevEntry *cid.Cid
	for i, e := range []*schemas.RingEntry{
		{Ring: vecRing.Bytes(), Chain: int64(vecChain), Index: 0, Time: vecTime + 5000,
			Heads: []schemas.HeadRef{{Member: addr("alice").Bytes(), Seq: 1, Head: a1.block.Cid()}}},
		{Ring: vecRing.Bytes(), Chain: int64(vecChain), Index: 1, Time: vecTime + 6000,
			Outputs: []schemas.Output{{Pin: 0, Data: bob1.block.Cid()}, {Pin: 7, Data: a2.block.Cid()}}},
	} {
		e.Prev = prevEntry
		heads := []schemas.HeadRef{{Member: addr("alice").Bytes(), Seq: 3, Head: a3.block.Cid()}, {Member: addr("bob").Bytes(), Seq: 1, Head: bob1.block.Cid()}}
		if i == 1 {
			if bytes.Compare(heads[0].Member, heads[1].Member) > 0 {
				heads[0], heads[1] = heads[1], heads[0]
			}
			e.Heads = heads
		}
		enc, err := schemas.EncodeRingEntry(e)
		if err != nil {
			t.Fatalf("ring entry %d: %v", i, err)
		}
		blk, err := schemas.Block(enc)
		if err != nil {
			t.Fatal(err)
		}
		entryDigest, _ := schemas.Digest(blk.Cid())
		var prevDigest [32]byte
		fields := ringEntryFields{Ring: vecRing, Chain: e.Chain, Index: e.Index, Heads: []headRefVec{}, Outputs: []outputVec{}, Time: e.Time}
		if e.Prev != nil {
			prevDigest, _ = schemas.Digest(*e.Prev)
			fields.Prev = ptr(e.Prev.String())
		}
		for _, h := range e.Heads {
			fields.Heads = append(fields.Heads, headRefVec{common.BytesToAddress(h.Member), h.Seq, h.Head.String()})
		}
		for _, o := range e.Outputs {
			fields.Outputs = append(fields.Outputs, outputVec{o.Pin, o.Data.String()})
		}
		digest := schemas.RingEntryDigest(schemas.Domain{ChainID: vecChain, Ring: vecRing}, uint64(e.Index), entryDigest, prevDigest)
		sig, err := schemas.Sign(digest, keys["alice"])
		if err != nil {
			t.Fatal(err)
		}
		v.RingEntries = append(v.RingEntries, ringEntryVec{Name: "entry-" + string(rune('0'+i)), Entry: fields, Block: enc, CID: blk.Cid().String(),
			Key: "alice", VoteDigest: digest[:], VoteSig: sig})
		c := blk.Cid()
		prevEntry = &c
	}

	// The whole log of alice, and tampered copies of it.
	alice := addr("alice")
	bv := func(bs ...built) []blockVec {
		out := make([]blockVec, len(bs))
		for i, b := range bs {
			out[i] = blockVec{b.block.Cid().String(), b.block.RawData()}
		}
		return out
	}
	v.Log = logVec{Ring: vecRing, Chain: vecChain, Member: alice, Head: a3.block.Cid().String(), Seq: 3, Nodes: bv(a3, a2, a1)}
	if failed, _, msg := goVerify(t, v.Log); failed {
		t.Fatalf("the good log fails verification: %s", msg)
	}

	// tamper records a log that must fail check at badSeq; Go's verifier
	// must fail it there too (a block whose hash is not its CID fails in
	// Go's blockstore, before the verifier sees a seq).
	tamper := func(name, about, check string, badSeq uint64, head built, seq uint64, nodes []blockVec) {
		l := logVec{Ring: vecRing, Chain: vecChain, Member: alice, Head: head.block.Cid().String(), Seq: seq, Nodes: nodes}
		failed, goSeq, msg := goVerify(t, l)
		if !failed {
			t.Fatalf("tampered log %s verifies in Go", name)
		}
		if goSeq != badSeq && (check != "cid" || goSeq != 0) {
			t.Fatalf("tampered log %s fails in Go at seq %d (%s), want seq %d", name, goSeq, msg, badSeq)
		}
		v.Tampered = append(v.Tampered, tamperedVec{Name: name, About: about, logVec: l, Check: check, BadSeq: badSeq, GoError: msg})
	}
	p2 := ptr(a2.block.Cid())

	// bad signature: alice's third node with one byte of s changed.
	badSig := *a3.node
	badSig.Sig = bytes.Clone(a3.node.Sig)
	badSig.Sig[40] ^= 0x01
	bs := rebuild(t, &badSig)
	tamper("bad-signature", "the head's signature has one bit of s flipped", "signature", 3, built{&badSig, bs}, 3,
		append([]blockVec{{bs.Cid().String(), bs.RawData()}}, bv(a2, a1)...))

	// signed by another key than the author's.
	forged := makeNode("forged-3", "alice", "chat", vecRing, vecChain, 3, p2, nil, vecTime+3000, false)
	forged.node.Sig, _ = schemas.Sign(mustDigest(t, forged.node), keys["mallory"])
	fb := rebuild(t, forged.node)
	tamper("wrong-signer", "the head names alice as author but mallory signed it", "signature", 3, built{forged.node, fb}, 3,
		append([]blockVec{{fb.Cid().String(), fb.RawData()}}, bv(a2, a1)...))

	// wrong prev: seq 3 linking straight to seq 1, so the node found where
	// seq 2 should be has seq 1.
	skip := makeNode("skip-3", "alice", "chat", vecRing, vecChain, 3, ptr(a1.block.Cid()), nil, vecTime+3000, false)
	tamper("wrong-prev", "the head (seq 3) links to seq 1, skipping seq 2", "prev", 2, skip, 3, bv(skip, a2, a1))

	// prev missing: the head links to a node nobody has.
	tamper("missing-prev", "the head's prev is not among the blocks", "missing", 2, a3, 3, bv(a3, a1))

	// another ring, another chain: valid signatures in the wrong domain.
	other := makeNode("other-ring-3", "alice", "chat", vecOtherRing, vecChain, 3, p2, nil, vecTime+3000, false)
	tamper("wrong-ring", "the head is signed for another ring", "ring", 3, other, 3, bv(other, a2, a1))
	chain1 := makeNode("other-chain-3", "alice", "chat", vecRing, 1, 3, p2, nil, vecTime+3000, false)
	tamper("wrong-chain", "the head is signed for chain 1", "chain", 3, chain1, 3, bv(chain1, a2, a1))

	// wrong seq: the head claims seq 4 after seq 2; and the chain head
	// says seq 3 for a node of seq 2.
	seq4 := makeNode("seq-4", "alice", "chat", vecRing, vecChain, 4, p2, nil, vecTime+3000, false)
	tamper("wrong-seq", "the head claims seq 4 but follows seq 2 (the log's head seq is 3)", "seq", 3, seq4, 3, bv(seq4, a2, a1))

	// a node by bob inside alice's log.
	bob2 := makeNode("bob-in-alice", "bob", "chat", vecRing, vecChain, 3, p2, nil, vecTime+3000, false)
	tamper("wrong-author", "the head is bob's, in alice's log", "author", 3, bob2, 3, bv(bob2, a2, a1))

	// a block that is not the block its CID names.
	swapped := bv(a3, a2, a1)
	swapped[1].Block = bv(forged)[0].Block
	tamper("cid-mismatch", "the block given for seq 2's CID is another block", "cid", 2, a3, 3, swapped)

	addSessionVectors(t, v, keys, nodes, seal, tamper)
	return v
}

// addSessionVectors adds the session key vectors: alice's session for the
// key "alice-session", alice's fourth node signed by that key, a flush of
// it, her whole four-node log, and logs whose fourth node breaks a session
// rule.
func addSessionVectors(t *testing.T, v *vectors, keys map[string]*ecdsa.PrivateKey, nodes map[string]built,
	seal func(string, ringlog.Position, []byte) []byte, tamper func(string, string, string, uint64, built, uint64, []blockVec)) {
	t.Helper()
	sk, skv := vecKey(t, "alice-session")
	keys["alice-session"] = sk
	v.Keys = append(v.Keys, skv)
	alice, sessionKey := crypto.PubkeyToAddress(keys["alice"].PublicKey), skv.Address
	d := schemas.Domain{ChainID: vecChain, Ring: vecRing}
	newSession := func(d schemas.Domain, signer *ecdsa.PrivateKey) *schemas.Session {
		s := &schemas.Session{Key: sessionKey.Bytes(), NotBefore: vecTime/1000 - 60, Expiry: vecTime/1000 + 86400}
		digest, err := schemas.SessionDigest(d, alice, s)
		if err != nil {
			t.Fatal(err)
		}
		if s.Sig, err = schemas.Sign(digest, signer); err != nil {
			t.Fatal(err)
		}
		return s
	}
	sess := newSession(d, keys["alice"])
	fieldsOf := func(s *schemas.Session) *sessionFields {
		return &sessionFields{common.Address(s.Key), s.NotBefore, s.Expiry, s.Sig}
	}
	digest, _ := schemas.SessionDigest(d, alice, sess)
	rev := schemas.SessionRevocationDigest(d, alice, sessionKey)
	v.Sessions = append(v.Sessions, sessionVec{Name: "alice-page", Author: "alice", Key: "alice-session", ChainID: vecChain, Ring: vecRing,
		Session: *fieldsOf(sess), Digest: digest[:], RevocationDigest: rev[:]})

	a1, a2, a3 := nodes["alice-1"], nodes["alice-2"], nodes["alice-3"]
	// node builds alice's seq 4 after a3, at time tm, with session s
	// signed by signer; only the good one is recorded as a vector.
	node := func(name string, s *schemas.Session, signer *ecdsa.PrivateKey, tm int64, record bool) built {
		pos := ringlog.Position{Ring: vecRing, Chain: vecChain, Author: alice, Seq: 4}
		plain := v.Messages[2].Encoded // "chat"
		var body []byte
		if record {
			body = seal(name, pos, plain)
		} else {
			var nonce [ringlog.NonceSize]byte
			copy(nonce[:], fill(ringlog.NonceSize, "nonce "+name))
			var err error
			if body, err = ringlog.SealWithNonce(v.ReadKey, pos, nonce, plain); err != nil {
				t.Fatal(err)
			}
		}
		prev := a3.block.Cid()
		n := &schemas.LogNode{Ring: vecRing.Bytes(), Chain: int64(vecChain), Author: alice.Bytes(), Seq: 4, Prev: &prev,
			Refs: []cid.Cid{}, Body: body, Time: tm, Session: s}
		var err error
		if n.Sig, err = schemas.Sign(mustDigest(t, n), signer); err != nil {
			t.Fatal(err)
		}
		blk := rebuild(t, n)
		if !record {
			return built{n, blk}
		}
		if got, err := schemas.VerifyLogNode(n); err != nil || got != alice {
			t.Fatalf("session node %s does not verify: %v", name, err)
		}
		claim, _ := schemas.ClaimOf(n)
		dg := mustDigest(t, n)
		nv := nodeVec{Ring: vecRing, Chain: n.Chain, Author: alice, Seq: 4, Prev: ptr(prev.String()), Refs: []string{}, Body: body,
			Time: tm, Sig: n.Sig, Session: fieldsOf(s)}
		v.SessionLogNodes = append(v.SessionLogNodes, logNodeVec{Name: name, Key: "alice-session", Message: "chat", Seal: name, Node: nv,
			Claim: claimVec{claim.Prev[:], claim.Refs[:], claim.Body[:]}, Digest: dg[:], Block: blk.RawData(), CID: blk.Cid().String()})
		return built{n, blk}
	}
	a4 := node("alice-4-session", sess, sk, vecTime+4000, true)

	hd, _ := schemas.Digest(a4.block.Cid())
	f := schemas.Flush{Ring: vecRing, Avatar: alice, Head: hd, Seq: 4, Nonce: big.NewInt(1), Deadline: big.NewInt(vecTime/1000 + 600)}
	fd, err := schemas.FlushDigest(d, f)
	if err != nil {
		t.Fatal(err)
	}
	fsig, err := schemas.Sign(fd, sk)
	if err != nil {
		t.Fatal(err)
	}
	v.SessionFlushes = append(v.SessionFlushes, flushVec{Name: "alice-session-flush", Key: "alice-session", ChainID: vecChain,
		HeadCID: a4.block.Cid().String(), Flush: flushFields{vecRing, alice, hd[:], 4, "1", f.Deadline.String()},
		Digest: fd[:], Sig: fsig, Signer: sessionKey, Session: fieldsOf(sess)})

	bv := func(bs ...built) []blockVec {
		out := make([]blockVec, len(bs))
		for i, b := range bs {
			out[i] = blockVec{b.block.Cid().String(), b.block.RawData()}
		}
		return out
	}
	v.SessionLog = logVec{Ring: vecRing, Chain: vecChain, Member: alice, Head: a4.block.Cid().String(), Seq: 4, Nodes: bv(a4, a3, a2, a1)}
	if failed, _, msg := goVerify(t, v.SessionLog); failed {
		t.Fatalf("the session log fails verification: %s", msg)
	}
	bad := func(name, about string, n built) {
		tamper(name, about, "session", 4, n, 4, bv(n, a3, a2, a1))
	}
	bad("session-expired", "the head is signed by alice's session key after the session expired",
		node("session-expired", sess, sk, (sess.Expiry+1)*1000, false))
	bad("session-not-yet-valid", "the head is signed by alice's session key before the session's notBefore",
		node("session-early", sess, sk, sess.NotBefore*1000-1, false))
	bad("session-other-ring", "the head's session was signed for another ring",
		node("session-other-ring", newSession(schemas.Domain{ChainID: vecChain, Ring: vecOtherRing}, keys["alice"]), sk, vecTime+4000, false))
	bad("session-other-chain", "the head's session was signed for chain 1",
		node("session-other-chain", newSession(schemas.Domain{ChainID: 1, Ring: vecRing}, keys["alice"]), sk, vecTime+4000, false))
	bad("session-by-non-author", "the head's session was signed by mallory, not by alice",
		node("session-by-mallory", newSession(d, keys["mallory"]), sk, vecTime+4000, false))
	bad("session-wrong-key", "the head carries alice's session but mallory's key signed it",
		node("session-wrong-key", sess, keys["mallory"], vecTime+4000, false))
}

// built is a log node and its block.
type built struct {
	node  *schemas.LogNode
	block blocks.Block
}

func mustDigest(tb testing.TB, n *schemas.LogNode) [32]byte {
	tb.Helper()
	d, err := schemas.LogNodeDigest(n)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func rebuild(tb testing.TB, n *schemas.LogNode) blocks.Block {
	tb.Helper()
	enc, err := schemas.EncodeLogNode(n)
	if err != nil {
		tb.Fatal(err)
	}
	blk, err := schemas.Block(enc)
	if err != nil {
		tb.Fatal(err)
	}
	return blk
}

// goVerify runs ringlog's verifier over l's blocks in a blockstore that
// checks hashes on read. It reports whether the log failed, the seq of the
// oldest bad node (0 if a block's hash is not its CID) and the reason.
func goVerify(t *testing.T, l logVec) (failed bool, badSeq uint64, msg string) {
	t.Helper()
	ctx := context.Background()
	ds := dssync.MutexWrap(datastore.NewMapDatastore())
	bs := &blockstore.ValidatingBlockstore{Blockstore: blockstore.NewBlockstore(ds, blockstore.NoPrefix())}
	for _, n := range l.Nodes {
		c, err := cid.Decode(n.CID)
		if err != nil {
			t.Fatal(err)
		}
		blk, err := blocks.NewBlockWithCid(n.Block, c)
		if err != nil {
			t.Fatal(err)
		}
		if err := bs.Put(ctx, blk); err != nil {
			t.Fatal(err)
		}
	}
	store := ringlog.New(blockstore.NewGCBlockstore(bs, blockstore.NewGCLocker()), ds, nil)
	defer store.Close()
	head, err := cid.Decode(l.Head)
	if err != nil {
		t.Fatal(err)
	}
	r, err := store.Verify(ctx, l.Ring, l.Chain, l.Member, head, l.Seq)
	if err != nil {
		// The only error a verifiable log can give: a block whose hash is
		// not its CID.
		if !errors.Is(err, blockstore.ErrHashMismatch) {
			t.Fatalf("verify: %v", err)
		}
		return true, 0, err.Error()
	}
	if !r.OK() {
		return true, r.FirstBad.Seq, r.FirstBad.Reason
	}
	return false, 0, ""
}
