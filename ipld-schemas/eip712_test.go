package schemas

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/ipfs/go-cid"
)

// oracle returns go-ethereum's EIP-712 hash of td, after a JSON round trip,
// so the typed data is also what a wallet would be handed.
func oracle(t *testing.T, td apitypes.TypedData) [32]byte {
	t.Helper()
	js, err := json.Marshal(td)
	if err != nil {
		t.Fatal(err)
	}
	var back apitypes.TypedData
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	h, _, err := apitypes.TypedDataAndHash(back)
	if err != nil {
		t.Fatalf("TypedDataAndHash(%s): %v", js, err)
	}
	h2, _, err := apitypes.TypedDataAndHash(td)
	if err != nil || !bytes.Equal(h, h2) {
		t.Fatalf("hash of typed data differs after a JSON round trip: %x %x %v", h, h2, err)
	}
	return [32]byte(h)
}

func randomUint256(r *rand.Rand) *big.Int {
	b := randomBytes32(r)
	v := new(big.Int).SetBytes(b[:])
	switch r.IntN(4) {
	case 0:
		return v.Rsh(v, 200) // small
	case 1:
		return new(big.Int) // zero
	default:
		return v
	}
}

func randomDomain(r *rand.Rand) Domain {
	ids := []uint64{1, 10, 31337, 11155111, r.Uint64(), 1<<63 + 1}
	return Domain{ChainID: ids[r.IntN(len(ids))], Ring: randomAddress(r)}
}

func TestDomainSeparator(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		d := randomDomain(r)
		td := apitypes.TypedData{Types: apitypes.Types{"EIP712Domain": domainFields}, Domain: d.TypedDataDomain()}
		want, err := td.HashStruct("EIP712Domain", td.Domain.Map())
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Separator(); !bytes.Equal(got[:], want) {
			t.Fatalf("Separator(%+v) = %x, want %x", d, got, want)
		}
		if got := d.Separator(); !bytes.Equal(got[:], want) { // cached
			t.Fatalf("cached Separator(%+v) = %x, want %x", d, got, want)
		}
	}
}

func TestLogNodeDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 40 {
		n := &LogNode{
			Ring:   randomAddress(r).Bytes(),
			Chain:  int64(r.Uint64() >> 1),
			Author: randomAddress(r).Bytes(),
			Seq:    int64(r.Uint64()>>1) + 1,
			Time:   int64(r.Uint64() >> 1),
		}
		if n.Chain == 0 {
			n.Chain = 1
		}
		if i%5 == 0 {
			n.Seq = 1
		} else {
			n.Prev = ptr(CIDFromDigest(randomBytes32(r)))
		}
		// 0, 1, 8, 9 (across a batch), 64 refs.
		for range []int{0, 1, 8, 9, 17, MaxRefs}[i%6] {
			n.Refs = append(n.Refs, CIDFromDigest(randomBytes32(r)))
		}
		n.Body = make([]byte, r.IntN(3000))
		for j := range n.Body {
			n.Body[j] = byte(r.Uint32())
		}
		got, err := LogNodeDigest(n)
		if err != nil {
			t.Fatal(err)
		}
		td, err := LogNodeTypedData(n)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, td); got != want {
			t.Fatalf("node %d: LogNodeDigest = %x, oracle %x", i, got, want)
		}
	}
}

func TestFlushDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 30 {
		d := randomDomain(r)
		f := Flush{Ring: d.Ring, Avatar: randomAddress(r), Head: randomBytes32(r), Seq: r.Uint64(), Nonce: randomUint256(r), Deadline: randomUint256(r)}
		got, err := FlushDigest(d, f)
		if err != nil {
			t.Fatal(err)
		}
		td, err := FlushTypedData(d, f)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, td); got != want {
			t.Fatalf("flush %d: FlushDigest = %x, oracle %x", i, got, want)
		}
	}
}

func TestRingEntryDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for i := range 30 {
		d := randomDomain(r)
		index, entry, prev := r.Uint64(), randomBytes32(r), randomBytes32(r)
		if i%4 == 0 {
			index, prev = 0, [32]byte{}
		}
		got := RingEntryDigest(d, index, entry, prev)
		if want := oracle(t, RingEntryTypedData(d, index, entry, prev)); got != want {
			t.Fatalf("entry %d: RingEntryDigest = %x, oracle %x", i, got, want)
		}
	}
}

func TestOutputsDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for i := range 30 {
		d := randomDomain(r)
		nonce := randomUint256(r)
		var outs []Output
		for j := range []int{0, 1, 4, 5, 13, 100}[i%6] {
			outs = append(outs, Output{Pin: int64(j) + int64(r.Uint64()>>40), Data: CIDFromDigest(randomBytes32(r))})
		}
		got, err := OutputsDigest(d, nonce, outs)
		if err != nil {
			t.Fatal(err)
		}
		td, err := OutputsTypedData(d, nonce, outs)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, td); got != want {
			t.Fatalf("outputs %d: OutputsDigest = %x, oracle %x", i, got, want)
		}
		// outputsHash, computed the slow way.
		var cat []byte
		for _, o := range outs {
			cat = append(cat, common.LeftPadBytes(big.NewInt(o.Pin).Bytes(), 32)...)
			dg, _ := Digest(o.Data)
			cat = append(cat, dg[:]...)
		}
		if oh, _ := OutputsHash(outs); oh != [32]byte(crypto.Keccak256(cat)) {
			t.Fatalf("outputs %d: OutputsHash = %x, want %x", i, oh, crypto.Keccak256(cat))
		}
	}
}

func TestMembershipDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for i := range 30 {
		d := randomDomain(r)
		m := Membership{Ring: d.Ring, Member: randomAddress(r), Enter: i%2 == 0, Nonce: randomUint256(r), Deadline: randomUint256(r)}
		got, err := MembershipDigest(d, m)
		if err != nil {
			t.Fatal(err)
		}
		td, err := MembershipTypedData(d, m)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, td); got != want {
			t.Fatalf("membership %d: MembershipDigest = %x, oracle %x", i, got, want)
		}
	}
}

// TestTypeHashes pins the type strings, which the contracts hash too.
func TestTypeHashes(t *testing.T) {
	for _, tc := range []struct {
		typ, primary string
	}{
		{FlushType, "Flush"}, {LogNodeType, "LogNode"}, {RingEntryType, "RingEntry"},
		{OutputsType, "Outputs"}, {MembershipType, "Membership"}, {EIP712DomainType, "EIP712Domain"},
		{SessionType, "Session"}, {SessionRevocationType, "SessionRevocation"},
	} {
		td := apitypes.TypedData{Types: apitypes.Types{tc.primary: mustTypeFields(tc.typ)}}
		if got := string(td.EncodeType(tc.primary)); got != tc.typ {
			t.Errorf("type %s encodes as %q, want %q", tc.primary, got, tc.typ)
		}
	}
}

func TestDigestRejectsBadInput(t *testing.T) {
	d := Domain{ChainID: 1, Ring: common.Address{1}}
	tooBig := new(big.Int).Lsh(big.NewInt(1), 256)
	for name, v := range map[string]*big.Int{"nil": nil, "negative": big.NewInt(-1), "2^256": tooBig} {
		if _, err := FlushDigest(d, Flush{Nonce: v, Deadline: big.NewInt(1)}); !errors.Is(err, ErrInvalid) {
			t.Errorf("FlushDigest(nonce %s) = %v, want ErrInvalid", name, err)
		}
		if _, err := FlushDigest(d, Flush{Nonce: big.NewInt(1), Deadline: v}); !errors.Is(err, ErrInvalid) {
			t.Errorf("FlushDigest(deadline %s) = %v, want ErrInvalid", name, err)
		}
		if _, err := MembershipDigest(d, Membership{Nonce: v, Deadline: big.NewInt(1)}); !errors.Is(err, ErrInvalid) {
			t.Errorf("MembershipDigest(nonce %s) = %v, want ErrInvalid", name, err)
		}
		if _, err := OutputsDigest(d, v, nil); !errors.Is(err, ErrInvalid) {
			t.Errorf("OutputsDigest(nonce %s) = %v, want ErrInvalid", name, err)
		}
	}
	max := new(big.Int).Sub(tooBig, big.NewInt(1))
	if _, err := FlushDigest(d, Flush{Nonce: max, Deadline: max}); err != nil {
		t.Errorf("FlushDigest(2^256-1) = %v", err)
	}
	if _, err := OutputsDigest(d, big.NewInt(0), []Output{{Pin: -1, Data: testLink("x")}}); !errors.Is(err, ErrInvalid) {
		t.Errorf("OutputsDigest(negative pin) = %v, want ErrInvalid", err)
	}
	if _, err := OutputsDigest(d, big.NewInt(0), []Output{{Pin: 1, Data: cid.Undef}}); !errors.Is(err, ErrInvalid) {
		t.Errorf("OutputsDigest(undefined CID) = %v, want ErrInvalid", err)
	}
	n := testLogNode(t, 2, 1)
	n.Refs = append(n.Refs, n.Refs[0])
	if _, err := LogNodeDigest(n); !errors.Is(err, ErrInvalid) {
		t.Errorf("LogNodeDigest(duplicate refs) = %v, want ErrInvalid", err)
	}
	if _, err := LogNodeTypedData(n); !errors.Is(err, ErrInvalid) {
		t.Errorf("LogNodeTypedData(duplicate refs) = %v, want ErrInvalid", err)
	}
}

func TestLogNodeDigestIgnoresSig(t *testing.T) {
	n := testLogNode(t, 3, 2)
	d1, err := LogNodeDigest(n)
	if err != nil {
		t.Fatal(err)
	}
	n.Sig = nil
	d2, err := LogNodeDigest(n)
	if err != nil || d1 != d2 {
		t.Fatalf("digest changed without sig: %x %x %v", d1, d2, err)
	}
	// Every signed field changes the digest.
	for name, f := range map[string]func(n *LogNode){
		"ring":   func(n *LogNode) { n.Ring = addr(0x11) },
		"chain":  func(n *LogNode) { n.Chain++ },
		"author": func(n *LogNode) { n.Author = addr(0x22) },
		"seq":    func(n *LogNode) { n.Seq++ },
		"prev":   func(n *LogNode) { n.Prev = ptr(testLink("other")) },
		"refs":   func(n *LogNode) { n.Refs[0], n.Refs[1] = n.Refs[1], n.Refs[0] },
		"body":   func(n *LogNode) { n.Body = append(bytes.Clone(n.Body), 0) },
		"time":   func(n *LogNode) { n.Time++ },
	} {
		m := *n
		m.Refs = append([]cid.Cid(nil), n.Refs...)
		f(&m)
		if d, err := LogNodeDigest(&m); err != nil || d == d1 {
			t.Errorf("changing %s: digest %x, %v", name, d, err)
		}
	}
}
