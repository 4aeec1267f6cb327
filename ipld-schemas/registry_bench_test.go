package schemas

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

// BenchmarkVerifyProviderRecord and BenchmarkProviderRecordBareRecover
// (crypto.Ecrecover alone) measure the same signature of a typical record
// (2 relays, 2 services): their ratio is the cost of everything
// VerifyProviderRecord does around ecrecover (validation, peer id checks,
// EIP-712 digest with its arrays, address derivation). They are not in
// `make bench` (whose pattern they do not match); run them with
// go test -run '^$' -bench ProviderRecord ./ipld-schemas/
func BenchmarkVerifyProviderRecord(b *testing.B) {
	p := testProviderRecord(b, 2, 2)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := VerifyProviderRecord(p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProviderRecordBareRecover(b *testing.B) {
	p := testProviderRecord(b, 2, 2)
	digest, err := ProviderRecordDigest(p)
	if err != nil {
		b.Fatal(err)
	}
	sig := bytes.Clone(p.Sig)
	sig[64] -= 27
	b.ReportAllocs()
	for b.Loop() {
		if _, err := crypto.Ecrecover(digest[:], sig); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProviderRecordDigest(b *testing.B) {
	p := testProviderRecord(b, 2, 2)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ProviderRecordDigest(p); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeProviderRecord(b *testing.B) {
	data, err := EncodeProviderRecord(testProviderRecord(b, 2, 2))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DecodeProviderRecord(data); err != nil {
			b.Fatal(err)
		}
	}
}
