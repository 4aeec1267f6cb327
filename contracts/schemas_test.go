package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/mosaic-rings/rings/contracts/bindings"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// TestGoSignaturesAreAcceptedOnChain signs LogNodes and a Flush with the
// ipld-schemas package (what the plugin uses) and has a deployed Ring accept
// them: the contract computes the same EIP-712 digests from the same bytes.
func TestGoSignaturesAreAcceptedOnChain(t *testing.T) {
	e := newEnv(t)
	ring := e.deployRing(2, 3)
	author, key := e.addr(2), e.keys[2]
	d := schemas.Domain{ChainID: e.chainID.Uint64(), Ring: ring}

	ref := schemas.CIDFromDigest(common.HexToHash("0x1234"))
	node := func(body string) (*schemas.LogNode, cid.Cid, bindings.RingLogsLogNodeClaim) {
		n := &schemas.LogNode{Ring: ring.Bytes(), Chain: e.chainID.Int64(), Author: author.Bytes(), Seq: 1,
			Refs: []cid.Cid{ref}, Body: []byte(body), Time: 1_700_000_000_000}
		if err := schemas.SignLogNode(n, key); err != nil {
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
		refDigest, _ := schemas.Digest(ref)
		claim := bindings.RingLogsLogNodeClaim{Author: author, Seq: 1, Refs: keccak(refDigest[:]), Body: keccak(n.Body), Time: uint64(n.Time)}
		return n, blk.Cid(), claim
	}
	a, aCID, claimA := node("sealed body A")
	b, _, claimB := node("sealed body B")

	// The contract's LogNode digest is the one Go signed.
	goDigest, err := schemas.LogNodeDigest(a)
	if err != nil {
		t.Fatal(err)
	}
	if onChain := call(e, ring, ringABI.PackHashLogNode(claimA), ringABI.UnpackHashLogNode); onChain != goDigest {
		t.Fatalf("hashLogNode = %x, Go LogNodeDigest = %x", onChain, goDigest)
	}

	// A Flush of node A's CID, signed in Go, is accepted.
	head, err := schemas.Digest(aCID)
	if err != nil {
		t.Fatal(err)
	}
	f := schemas.Flush{Ring: ring, Avatar: author, Head: head, Seq: 1, Nonce: big.NewInt(0), Deadline: farDeadline}
	fd, err := schemas.FlushDigest(d, f)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := schemas.Sign(fd, key)
	if err != nil {
		t.Fatal(err)
	}
	req := bindings.RingLogsFlushRequest{Avatar: author, Head: head, Seq: 1, Nonce: f.Nonce, Deadline: f.Deadline}
	e.send(e.relayer(), ring, ringABI.PackFlush(req, sig))
	got := call(e, ring, ringABI.PackLogNodeHeads(author), ringABI.UnpackLogNodeHeads)
	if got.Head != head || got.Seq != 1 {
		t.Fatalf("logNodeHeads = %x seq %d, want %x seq 1", got.Head, got.Seq, head)
	}
	if schemas.CIDFromDigest(got.Head) != aCID {
		t.Fatal("cidPrefix + the stored digest is not the log node's CID")
	}

	// Two Go-signed nodes for one seq are a fork the contract accepts as proof.
	e.send(e.relayer(), ring, ringABI.PackReportFork(claimA, a.Sig, claimB, b.Sig))
	if !call(e, ring, ringABI.PackForkReported(author, 1), ringABI.UnpackForkReported) {
		t.Fatal("fork not recorded")
	}
}

// TestGoPeerInfoIsAcceptedOnChain: the contract's hashPeerInfo is schemas.PeerInfoDigest (and
// so, by ipld-schemas' own test, go-ethereum's apitypes digest), at the size limits too, and
// a PeerInfo signed in Go is applied when relayed.
func TestGoPeerInfoIsAcceptedOnChain(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ring := e.deployRing(2, 3)
	d := schemas.Domain{ChainID: e.chainID.Uint64(), Ring: ring}
	for _, p := range []schemas.PeerInfo{
		{Member: e.addr(2)},
		{Member: e.addr(3), PeerID: []byte("peer"), Multiaddrs: []byte{4, 127, 0, 0, 1}, Updated: 1},
		{Member: e.addr(9), PeerID: bytes.Repeat([]byte{7}, schemas.MaxPeerInfoPeerIDSize),
			Multiaddrs: bytes.Repeat([]byte{8}, schemas.MaxPeerInfoMultiaddrsSize), Updated: 1<<64 - 1},
	} {
		want, err := schemas.PeerInfoDigest(d, p)
		if err != nil {
			t.Fatal(err)
		}
		if got := call(e, ring, ringABI.PackHashPeerInfo(p.Member, p.PeerID, p.Multiaddrs, p.Updated), ringABI.UnpackHashPeerInfo); got != want {
			t.Fatalf("hashPeerInfo(%x…) = %x, Go PeerInfoDigest = %x", p.PeerID, got, want)
		}
	}
	if got := call(e, ring, ringABI.PackPEERINFOTYPEHASH(), ringABI.UnpackPEERINFOTYPEHASH); got != keccak([]byte(schemas.PeerInfoType)) {
		t.Fatalf("PEER_INFO_TYPEHASH = %x, keccak(%q) = %x", got, schemas.PeerInfoType, keccak([]byte(schemas.PeerInfoType)))
	}
	for name, tc := range map[string]struct {
		pack   []byte
		unpack func([]byte) (*big.Int, error)
		want   int64
	}{
		"MAX_PEER_ID_SIZE":    {ringABI.PackMAXPEERIDSIZE(), ringABI.UnpackMAXPEERIDSIZE, schemas.MaxPeerInfoPeerIDSize},
		"MAX_MULTIADDRS_SIZE": {ringABI.PackMAXMULTIADDRSSIZE(), ringABI.UnpackMAXMULTIADDRSSIZE, schemas.MaxPeerInfoMultiaddrsSize},
	} {
		if got := call(e, ring, tc.pack, tc.unpack); got.Int64() != tc.want {
			t.Errorf("%s = %v, schemas says %d", name, got, tc.want)
		}
	}

	p := schemas.PeerInfo{Member: e.addr(2), PeerID: []byte("peer"), Multiaddrs: []byte("addrs"), Updated: 1_700_000_000}
	sig, err := schemas.SignPeerInfo(d, p, e.keys[2])
	if err != nil {
		t.Fatal(err)
	}
	e.send(e.relayer(), ring, ringABI.PackSetPeerInfoFor(p.Member, p.PeerID, p.Multiaddrs, p.Updated, sig))
	e.checkPeerInfo(ring, p.Member, p.PeerID, p.Multiaddrs, p.Updated)
}

func keccak(b []byte) [32]byte { return crypto.Keccak256Hash(b) }

// TestGoSessionsAreAcceptedOnChain: the contract's hashSession and hashSessionRevocation are
// schemas.SessionDigest and schemas.SessionRevocationDigest (and so, by ipld-schemas' own
// test, go-ethereum's apitypes digests), and a Session, a Flush, LogNodes and a revocation
// signed in Go are accepted by a deployed Ring.
func TestGoSessionsAreAcceptedOnChain(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	ring := e.deployRing(2, 3)
	author, authorKey := e.addr(2), e.keys[2]
	key, sessionKey := e.addr(12), e.keys[12]
	d := schemas.Domain{ChainID: e.chainID.Uint64(), Ring: ring}

	for _, s := range []*schemas.Session{
		{Key: key.Bytes()},
		{Key: key.Bytes(), NotBefore: 1_700_000_000, Expiry: 1_700_086_400},
		{Key: e.addr(9).Bytes(), NotBefore: schemas.MaxSessionTime, Expiry: schemas.MaxSessionTime},
	} {
		want, err := schemas.SessionDigest(d, author, s)
		if err != nil {
			t.Fatal(err)
		}
		got := call(e, ring, ringABI.PackHashSession(author, common.Address(s.Key), uint64(s.NotBefore), uint64(s.Expiry)), ringABI.UnpackHashSession)
		if got != want {
			t.Fatalf("hashSession(%x, %d, %d) = %x, Go SessionDigest = %x", s.Key, s.NotBefore, s.Expiry, got, want)
		}
	}
	if got, want := call(e, ring, ringABI.PackHashSessionRevocation(author, key), ringABI.UnpackHashSessionRevocation), schemas.SessionRevocationDigest(d, author, key); got != want {
		t.Fatalf("hashSessionRevocation = %x, Go SessionRevocationDigest = %x", got, want)
	}
	for _, th := range []struct {
		name string
		got  [32]byte
		typ  string
	}{
		{"SESSION_TYPEHASH", call(e, ring, ringABI.PackSESSIONTYPEHASH(), ringABI.UnpackSESSIONTYPEHASH), schemas.SessionType},
		{"SESSION_REVOCATION_TYPEHASH", call(e, ring, ringABI.PackSESSIONREVOCATIONTYPEHASH(), ringABI.UnpackSESSIONREVOCATIONTYPEHASH), schemas.SessionRevocationType},
	} {
		if th.got != keccak([]byte(th.typ)) {
			t.Errorf("%s = %x, keccak(%q) = %x", th.name, th.got, th.typ, keccak([]byte(th.typ)))
		}
	}
	if got := call(e, ring, ringABI.PackMAXSESSIONTIME(), ringABI.UnpackMAXSESSIONTIME); got != schemas.MaxSessionTime {
		t.Errorf("MAX_SESSION_TIME = %d, schemas says %d", got, int64(schemas.MaxSessionTime))
	}

	// A Session signed in Go, and a Flush its key signed, are accepted.
	now := int64(e.now())
	s := &schemas.Session{Key: key.Bytes(), NotBefore: now - 60, Expiry: now + 3600}
	if err := schemas.SignSession(d, author, s, authorKey); err != nil {
		t.Fatal(err)
	}
	if err := s.Verify(d, author, key); err != nil {
		t.Fatal(err)
	}
	f := schemas.Flush{Ring: ring, Avatar: author, Head: headHash(author, 1), Seq: 1, Nonce: big.NewInt(0), Deadline: farDeadline}
	fd, err := schemas.FlushDigest(d, f)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := schemas.Sign(fd, sessionKey)
	if err != nil {
		t.Fatal(err)
	}
	req := bindings.RingLogsFlushRequest{Avatar: author, Head: f.Head, Seq: 1, Nonce: f.Nonce, Deadline: f.Deadline}
	e.send(e.relayer(), ring, ringABI.PackFlushWithSession(req, sig, sessionOf(s)))
	if got := e.logHead(ring, author); got.Head != f.Head || got.Seq != 1 {
		t.Fatalf("logNodeHeads = %x seq %d, want %x seq 1", got.Head, got.Seq, f.Head)
	}

	// Two LogNodes the session key signed for one seq (one a second after the session began,
	// one at its end) are the author's fork.
	ref := schemas.CIDFromDigest(common.HexToHash("0x1234"))
	node := func(body string, ms int64) (*schemas.LogNode, bindings.RingLogsLogNodeClaim) {
		n := &schemas.LogNode{Ring: ring.Bytes(), Chain: e.chainID.Int64(), Author: author.Bytes(), Seq: 1,
			Refs: []cid.Cid{ref}, Body: []byte(body), Time: ms}
		if err := schemas.SignLogNodeWithSession(n, s, sessionKey); err != nil {
			t.Fatal(err)
		}
		if signer, err := schemas.VerifyLogNode(n); err != nil || signer != author {
			t.Fatalf("VerifyLogNode = %s, %v", signer, err)
		}
		c, err := schemas.ClaimOf(n)
		if err != nil {
			t.Fatal(err)
		}
		return n, bindings.RingLogsLogNodeClaim{Author: c.Author, Seq: c.Seq, Prev: c.Prev, Refs: c.Refs, Body: c.Body, Time: c.Time}
	}
	a, claimA := node("sealed body A", s.NotBefore*1000+1000)
	b, claimB := node("sealed body B", s.Expiry*1000)
	e.send(e.relayer(), ring, ringABI.PackReportForkWithSessions(claimA, a.Sig, sessionOf(a.Session), claimB, b.Sig, sessionOf(b.Session)))
	if !call(e, ring, ringABI.PackForkReported(author, 1), ringABI.UnpackForkReported) {
		t.Fatal("fork not recorded")
	}

	// A revocation the session key signed in Go is accepted.
	rsig, err := schemas.Sign(schemas.SessionRevocationDigest(d, author, key), sessionKey)
	if err != nil {
		t.Fatal(err)
	}
	e.send(e.relayer(), ring, ringABI.PackRevokeSessionFor(author, key, rsig))
	if e.revokedAt(ring, author, key) == 0 {
		t.Fatal("sessionRevokedAt = 0 after a Go-signed revocation")
	}
}

// sessionOf is s as the contract takes it.
func sessionOf(s *schemas.Session) bindings.RingLogsSession {
	return bindings.RingLogsSession{Key: common.Address(s.Key), NotBefore: uint64(s.NotBefore), Expiry: uint64(s.Expiry), Sig: s.Sig}
}
