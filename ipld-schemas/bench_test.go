package schemas

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// benchNode is a typical LogNode: a 512-byte sealed body and 3 refs.
func benchNode(b *testing.B) *LogNode {
	b.Helper()
	n := testLogNode(b, 12, 3)
	n.Body = bytes.Repeat([]byte{0x42}, 512)
	if err := SignLogNode(n, testKey(b, 1)); err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkVerifyLogNode and BenchmarkEcrecover measure the same signature:
// their ratio is the cost of everything VerifyLogNode does around ecrecover
// (validation, EIP-712 digest, address derivation).
func BenchmarkVerifyLogNode(b *testing.B) {
	n := benchNode(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := VerifyLogNode(n); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEcrecover(b *testing.B) {
	n := benchNode(b)
	digest, err := LogNodeDigest(n)
	if err != nil {
		b.Fatal(err)
	}
	sig := bytes.Clone(n.Sig)
	sig[64] -= 27
	b.ReportAllocs()
	for b.Loop() {
		if _, err := crypto.Ecrecover(digest[:], sig); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSigToPub is the other way to recover an address, for comparison
// with Recover's Ecrecover + keccak.
func BenchmarkSigToPub(b *testing.B) {
	n := benchNode(b)
	digest, _ := LogNodeDigest(n)
	sig := bytes.Clone(n.Sig)
	sig[64] -= 27
	b.ReportAllocs()
	for b.Loop() {
		pub, err := crypto.SigToPub(digest[:], sig)
		if err != nil {
			b.Fatal(err)
		}
		_ = crypto.PubkeyToAddress(*pub)
	}
}

func BenchmarkLogNodeDigest(b *testing.B) {
	n := benchNode(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LogNodeDigest(n); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeLogNode(b *testing.B) {
	data, err := EncodeLogNode(benchNode(b))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeLogNode(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeLogNode(b *testing.B) {
	n := benchNode(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := EncodeLogNode(n); err != nil {
			b.Fatal(err)
		}
	}
}
