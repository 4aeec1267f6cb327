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
