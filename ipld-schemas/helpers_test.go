package schemas

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// testKey returns a fixed secp256k1 key derived from i.
func testKey(tb testing.TB, i int) *ecdsa.PrivateKey {
	tb.Helper()
	seed := sha256.Sum256(binary.BigEndian.AppendUint64([]byte("rings test key"), uint64(i)))
	k, err := crypto.ToECDSA(seed[:])
	if err != nil {
		tb.Fatal(err)
	}
	return k
}

// testLink returns a LinkPrefix CID derived from s.
func testLink(s string) cid.Cid {
	return CIDFromDigest(sha256.Sum256([]byte(s)))
}

// otherCID returns a CID of the given codec and multihash over s.
func otherCID(tb testing.TB, version uint64, codec uint64, mh uint64, s string) cid.Cid {
	tb.Helper()
	sum, err := multihash.Sum([]byte(s), mh, -1)
	if err != nil {
		tb.Fatal(err)
	}
	if version == 0 {
		return cid.NewCidV0(sum)
	}
	return cid.NewCidV1(codec, sum)
}

func addr(b byte) []byte {
	a := make([]byte, 20)
	for i := range a {
		a[i] = b
	}
	return a
}

func ptr[T any](v T) *T { return &v }

// testLogNode returns a valid, signed LogNode of author key 1.
func testLogNode(tb testing.TB, seq int64, refs int) *LogNode {
	tb.Helper()
	key := testKey(tb, 1)
	n := &LogNode{
		Ring:   addr(0xaa),
		Chain:  31337,
		Author: crypto.PubkeyToAddress(key.PublicKey).Bytes(),
		Seq:    seq,
		Body:   []byte("sealed body bytes"),
		Time:   1_700_000_000_000,
	}
	if seq > 1 {
		n.Prev = ptr(testLink("prev"))
	}
	for i := range refs {
		n.Refs = append(n.Refs, testLink(string(rune('a'+i))+"ref"))
	}
	if err := SignLogNode(n, key); err != nil {
		tb.Fatal(err)
	}
	return n
}

func testRingEntry(index int64, heads, outputs int) *RingEntry {
	e := &RingEntry{Ring: addr(0xaa), Chain: 31337, Index: index, Time: 1_700_000_000_000}
	if index > 0 {
		e.Prev = ptr(testLink("prev entry"))
	}
	for i := range heads {
		m := make([]byte, 20)
		binary.BigEndian.PutUint32(m[16:], uint32(i))
		e.Heads = append(e.Heads, HeadRef{Member: m, Seq: int64(i + 1), Head: testLink("head" + string(rune(i)))})
	}
	for i := range outputs {
		e.Outputs = append(e.Outputs, Output{Pin: int64(i * 3), Data: testLink("out" + string(rune(i)))})
	}
	return e
}

func testForkProof() *ForkProof {
	return &ForkProof{Ring: addr(0xaa), Chain: 31337, Author: addr(0x01), Seq: 7, A: testLink("a"), B: testLink("b")}
}

// randomBytes32 returns 32 bytes from r.
func randomBytes32(r *rand.Rand) (b [32]byte) {
	for i := 0; i < 32; i += 8 {
		binary.LittleEndian.PutUint64(b[i:], r.Uint64())
	}
	return b
}

func randomAddress(r *rand.Rand) common.Address {
	b := randomBytes32(r)
	return common.Address(b[:20])
}

// cb is a tiny CBOR writer for hand-made test inputs.
type cb []byte

func (c cb) head(major byte, arg uint64) cb {
	switch {
	case arg < 24:
		return append(c, major<<5|byte(arg))
	case arg <= 0xff:
		return append(c, major<<5|24, byte(arg))
	case arg <= 0xffff:
		return append(c, major<<5|25, byte(arg>>8), byte(arg))
	case arg <= 0xffffffff:
		return append(c, major<<5|26, byte(arg>>24), byte(arg>>16), byte(arg>>8), byte(arg))
	default:
		return binary.BigEndian.AppendUint64(append(c, major<<5|27), arg)
	}
}

func (c cb) uint(v uint64) cb  { return c.head(0, v) }
func (c cb) bytes(b []byte) cb { return append(c.head(2, uint64(len(b))), b...) }
func (c cb) text(s string) cb  { return append(c.head(3, uint64(len(s))), s...) }
func (c cb) list(n int) cb     { return c.head(4, uint64(n)) }
func (c cb) mapn(n int) cb     { return c.head(5, uint64(n)) }
func (c cb) null() cb          { return append(c, 0xf6) }
func (c cb) raw(b ...byte) cb  { return append(c, b...) }
func (c cb) link(l cid.Cid) cb { return c.head(6, 42).bytes(append([]byte{0}, l.Bytes()...)) }
func (c cb) neg(v uint64) cb   { return c.head(1, v) }
