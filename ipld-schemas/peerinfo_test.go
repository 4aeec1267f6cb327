package schemas

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"
)

// peerInfoTypedData is p as a wallet receives it, written out by hand (not
// with PeerInfoTypedData or the type string): an independent path to the
// digest.
func peerInfoTypedData(d Domain, p PeerInfo) apitypes.TypedData {
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {
				{Name: "name", Type: "string"},
				{Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"},
				{Name: "verifyingContract", Type: "address"},
			},
			"PeerInfo": {
				{Name: "ring", Type: "address"},
				{Name: "member", Type: "address"},
				{Name: "peerId", Type: "bytes"},
				{Name: "multiaddrs", Type: "bytes"},
				{Name: "updated", Type: "uint64"},
			},
		},
		PrimaryType: "PeerInfo",
		Domain: apitypes.TypedDataDomain{
			Name:              "Rings",
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(new(big.Int).SetUint64(d.ChainID)),
			VerifyingContract: d.Ring.Hex(),
		},
		Message: apitypes.TypedDataMessage{
			"ring":       d.Ring.Hex(),
			"member":     p.Member.Hex(),
			"peerId":     hexutil.Encode(p.PeerID),
			"multiaddrs": hexutil.Encode(p.Multiaddrs),
			"updated":    strconv.FormatUint(p.Updated, 10), // a JSON number would lose precision
		},
	}
}

func randomPeerInfo(r *rand.Rand, i int) PeerInfo {
	p := PeerInfo{Member: randomAddress(r), Updated: r.Uint64()}
	sizes := []int{0, 1, 38, MaxPeerInfoPeerIDSize}
	p.PeerID = make([]byte, sizes[i%len(sizes)])
	msizes := []int{0, 8, 40, 300, MaxPeerInfoMultiaddrsSize}
	p.Multiaddrs = make([]byte, msizes[i%len(msizes)])
	for _, b := range [][]byte{p.PeerID, p.Multiaddrs} {
		for j := range b {
			b[j] = byte(r.Uint32())
		}
	}
	if i%7 == 0 {
		p.Updated = 0
	}
	return p
}

func TestPeerInfoDigestMatchesOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for i := range 40 {
		d := randomDomain(r)
		p := randomPeerInfo(r, i)
		got, err := PeerInfoDigest(d, p)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, peerInfoTypedData(d, p)); got != want {
			t.Fatalf("peer info %d: PeerInfoDigest = %x, apitypes %x", i, got, want)
		}
		td, err := PeerInfoTypedData(d, p)
		if err != nil {
			t.Fatal(err)
		}
		if want := oracle(t, td); got != want {
			t.Fatalf("peer info %d: PeerInfoTypedData hashes to %x, PeerInfoDigest %x", i, want, got)
		}
	}
	td := peerInfoTypedData(Domain{ChainID: 1}, PeerInfo{})
	if got := td.TypeHash("PeerInfo"); !bytes.Equal(got, peerInfoTypeHash[:]) {
		t.Fatalf("PeerInfo typehash: apitypes %x (%s), ours %x", got, td.EncodeType("PeerInfo"), peerInfoTypeHash)
	}
}

// TestPeerInfoDigestBindsEveryField changes one field at a time: each
// gives another digest.
func TestPeerInfoDigestBindsEveryField(t *testing.T) {
	d := Domain{ChainID: 31337, Ring: common.HexToAddress("0x1234")}
	base := PeerInfo{Member: common.HexToAddress("0xabcd"), PeerID: []byte{1, 2}, Multiaddrs: []byte{3, 4}, Updated: 5}
	want, err := PeerInfoDigest(d, base)
	if err != nil {
		t.Fatal(err)
	}
	for name, change := range map[string]func(*Domain, *PeerInfo){
		"chain":      func(d *Domain, _ *PeerInfo) { d.ChainID++ },
		"ring":       func(d *Domain, _ *PeerInfo) { d.Ring[0] ^= 1 },
		"member":     func(_ *Domain, p *PeerInfo) { p.Member[19] ^= 1 },
		"peerId":     func(_ *Domain, p *PeerInfo) { p.PeerID = []byte{1, 2, 0} },
		"multiaddrs": func(_ *Domain, p *PeerInfo) { p.Multiaddrs = []byte{3} },
		"swapped":    func(_ *Domain, p *PeerInfo) { p.PeerID, p.Multiaddrs = p.Multiaddrs, p.PeerID },
		"updated":    func(_ *Domain, p *PeerInfo) { p.Updated++ },
	} {
		d2, p2 := d, base
		p2.PeerID, p2.Multiaddrs = slices.Clone(base.PeerID), slices.Clone(base.Multiaddrs)
		change(&d2, &p2)
		got, err := PeerInfoDigest(d2, p2)
		if err != nil {
			t.Fatal(err)
		}
		if got == want {
			t.Errorf("changing %s leaves the digest unchanged", name)
		}
	}
}

func TestSignPeerInfo(t *testing.T) {
	key := testKey(t, 1)
	d := Domain{ChainID: 31337, Ring: common.HexToAddress("0x77")}
	p := PeerInfo{Member: crypto.PubkeyToAddress(key.PublicKey), PeerID: []byte("peer"), Multiaddrs: []byte("addrs"), Updated: 1_800_000_000}
	sig, err := SignPeerInfo(d, p, key)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := VerifyPeerInfo(d, p, sig); err != nil || got != p.Member {
		t.Fatalf("VerifyPeerInfo = %s, %v", got.Hex(), err)
	}

	t.Run("another member's key", func(t *testing.T) {
		other := testKey(t, 2)
		var ws *WrongSignerError
		if _, err := SignPeerInfo(d, p, other); !errors.As(err, &ws) || ws.Got != crypto.PubkeyToAddress(other.PublicKey) {
			t.Fatalf("SignPeerInfo with another key: %v", err)
		}
	})
	t.Run("changed after signing", func(t *testing.T) {
		q := p
		q.Updated++
		if _, err := VerifyPeerInfo(d, q, sig); !errors.Is(err, ErrWrongSigner) {
			t.Fatalf("VerifyPeerInfo of a changed PeerInfo: %v", err)
		}
	})
	t.Run("another ring", func(t *testing.T) {
		d2 := d
		d2.Ring = common.HexToAddress("0x78")
		if _, err := VerifyPeerInfo(d2, p, sig); !errors.Is(err, ErrWrongSigner) {
			t.Fatalf("VerifyPeerInfo in another ring: %v", err)
		}
	})
	t.Run("high s", func(t *testing.T) {
		bad := slices.Clone(sig)
		s := new(big.Int).SetBytes(bad[32:64])
		s.Sub(crypto.S256().Params().N, s)
		s.FillBytes(bad[32:64])
		bad[64] = 27 + 28 - bad[64]
		if _, err := VerifyPeerInfo(d, p, bad); !errors.Is(err, ErrHighS) {
			t.Fatalf("VerifyPeerInfo with high s: %v", err)
		}
	})
}

func TestPeerInfoLimits(t *testing.T) {
	key := testKey(t, 1)
	d := Domain{ChainID: 1, Ring: common.HexToAddress("0x77")}
	member := crypto.PubkeyToAddress(key.PublicKey)
	for _, tc := range []struct {
		name  string
		p     PeerInfo
		field string
	}{
		{"peer id", PeerInfo{Member: member, PeerID: make([]byte, MaxPeerInfoPeerIDSize+1)}, "peerId"},
		{"multiaddrs", PeerInfo{Member: member, Multiaddrs: make([]byte, MaxPeerInfoMultiaddrsSize+1)}, "multiaddrs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ie *InvalidError
			if _, err := PeerInfoDigest(d, tc.p); !errors.As(err, &ie) || ie.Field != tc.field {
				t.Fatalf("PeerInfoDigest: %v, want ErrInvalid on %s", err, tc.field)
			}
			if _, err := SignPeerInfo(d, tc.p, key); !errors.Is(err, ErrInvalid) {
				t.Fatalf("SignPeerInfo: %v", err)
			}
			if _, err := PeerInfoTypedData(d, tc.p); !errors.Is(err, ErrInvalid) {
				t.Fatalf("PeerInfoTypedData: %v", err)
			}
			if _, err := VerifyPeerInfo(d, tc.p, make([]byte, SignatureSize)); !errors.Is(err, ErrInvalid) {
				t.Fatalf("VerifyPeerInfo: %v", err)
			}
		})
	}
}

func TestPackMultiaddrs(t *testing.T) {
	var addrs [][]byte
	for _, s := range []string{
		"/ip4/127.0.0.1/tcp/4001",
		"/ip6/::1/udp/4001/quic-v1",
		"/dns4/ring.example/tcp/443/wss",
		"/ip4/203.0.113.7/udp/4001/quic-v1/webtransport",
		"/ip4/198.51.100.1/tcp/4001/p2p/12D3KooWGzxzKZYveHXtpG6AsrUJBcWxHBFS2HsEoGTxrMLvKXtf/p2p-circuit",
	} {
		addrs = append(addrs, multiaddr.StringCast(s).Bytes())
	}
	packed, err := PackMultiaddrs(addrs)
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnpackMultiaddrs(packed)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != len(addrs) {
		t.Fatalf("unpacked %d addresses, packed %d", len(back), len(addrs))
	}
	for i := range addrs {
		if !bytes.Equal(back[i], addrs[i]) {
			t.Fatalf("address %d: %x, want %x", i, back[i], addrs[i])
		}
		if _, err := multiaddr.NewMultiaddrBytes(back[i]); err != nil {
			t.Fatalf("address %d does not parse: %v", i, err)
		}
	}
	if none, err := PackMultiaddrs(nil); err != nil || len(none) != 0 {
		t.Fatalf("PackMultiaddrs(nil) = %x, %v", none, err)
	}

	for _, tc := range []struct {
		name  string
		addrs [][]byte
	}{
		{"empty address", [][]byte{addrs[0], {}}},
		{"over the limit", [][]byte{make([]byte, MaxPeerInfoMultiaddrsSize)}},
	} {
		t.Run("pack/"+tc.name, func(t *testing.T) {
			if _, err := PackMultiaddrs(tc.addrs); !errors.Is(err, ErrInvalid) {
				t.Fatalf("PackMultiaddrs: %v", err)
			}
		})
	}
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"zero length", []byte{0}},
		{"truncated", packed[:len(packed)-1]},
		{"unterminated varint", []byte{0x80}},
		{"non-minimal varint", []byte{0x81, 0x00, 0x01}},
		{"huge length", []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x01}},
		{"over the limit", make([]byte, MaxPeerInfoMultiaddrsSize+1)},
	} {
		t.Run("unpack/"+tc.name, func(t *testing.T) {
			if got, err := UnpackMultiaddrs(tc.b); !errors.Is(err, ErrInvalid) {
				t.Fatalf("UnpackMultiaddrs(%x) = %x, %v", tc.b, got, err)
			}
		})
	}
}

// FuzzUnpackMultiaddrs: any input either fails with ErrInvalid or unpacks
// into non-empty addresses that pack back to exactly the input.
func FuzzUnpackMultiaddrs(f *testing.F) {
	a := multiaddr.StringCast("/ip4/127.0.0.1/tcp/4001").Bytes()
	b := multiaddr.StringCast("/ip6/::1/udp/4001/quic-v1").Bytes()
	for _, addrs := range [][][]byte{nil, {a}, {a, b}, {make([]byte, 200)}} {
		packed, err := PackMultiaddrs(addrs)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(packed)
		if len(packed) > 0 {
			f.Add(packed[:len(packed)-1])
		}
	}
	f.Add([]byte{0x81, 0x00, 0x01})
	f.Fuzz(func(t *testing.T, in []byte) {
		addrs, err := UnpackMultiaddrs(in)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v is not ErrInvalid", err)
			}
			return
		}
		for i, a := range addrs {
			if len(a) == 0 {
				t.Fatalf("address %d is empty", i)
			}
		}
		back, err := PackMultiaddrs(addrs)
		if err != nil {
			t.Fatalf("PackMultiaddrs of what UnpackMultiaddrs returned: %v", err)
		}
		if !bytes.Equal(back, in) {
			t.Fatalf("round trip: %x, want %x", back, in)
		}
	})
}

// ExamplePeerInfo is what a member's node signs to publish itself in a
// ring; the node's relayer sends it with Ring.setPeerInfoFor.
func ExamplePeerInfo() {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("member")))
	id, _ := peer.Decode("12D3KooWGzxzKZYveHXtpG6AsrUJBcWxHBFS2HsEoGTxrMLvKXtf")
	addrs, _ := PackMultiaddrs([][]byte{multiaddr.StringCast("/ip4/203.0.113.7/tcp/4001").Bytes()})
	d := Domain{ChainID: 1337, Ring: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	p := PeerInfo{Member: crypto.PubkeyToAddress(key.PublicKey), PeerID: []byte(id), Multiaddrs: addrs, Updated: 1_800_000_000}
	sig, err := SignPeerInfo(d, p, key)
	if err != nil {
		panic(err)
	}
	signer, err := VerifyPeerInfo(d, p, sig)
	fmt.Println(signer == p.Member, err, len(sig))
	// Output: true <nil> 65
}
