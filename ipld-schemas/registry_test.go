package schemas

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multihash"
)

func TestRegistrySchemaTypes(t *testing.T) {
	for _, name := range []string{"Resource", "ProviderRecord", "Tombstone"} {
		if TypeSystem.TypeByName(name) == nil {
			t.Errorf("TypeSystem has no %s", name)
		}
	}
}

func TestRegistryHandMadeEncodingMatches(t *testing.T) {
	t.Parallel()
	r := testResource(t)
	if got, err := EncodeResource(r); err != nil || !bytes.Equal(got, sortedMap(resourceFields(r)...)) {
		t.Errorf("EncodeResource = %x, %v; hand-made canonical encoding = %x", got, err, sortedMap(resourceFields(r)...))
	}
	for _, p := range []*ProviderRecord{testProviderRecord(t, 0, 0), testProviderRecord(t, 3, 4), maxProviderRecord(t)} {
		if got, err := EncodeProviderRecord(p); err != nil || !bytes.Equal(got, sortedMap(providerRecordFields(p)...)) {
			t.Errorf("EncodeProviderRecord = %x, %v; hand-made canonical encoding = %x", got, err, sortedMap(providerRecordFields(p)...))
		}
	}
	ts := testTombstone(t)
	if got, err := EncodeTombstone(ts); err != nil || !bytes.Equal(got, sortedMap(tombstoneFields(ts)...)) {
		t.Errorf("EncodeTombstone = %x, %v; hand-made canonical encoding = %x", got, err, sortedMap(tombstoneFields(ts)...))
	}
}

func TestResourceRoundTrip(t *testing.T) {
	t.Parallel()
	sign := func(f func(r *Resource)) *Resource {
		r := testResource(t)
		f(r)
		if err := SignResource(r, testKey(t, 1)); err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, tc := range []struct {
		name string
		r    *Resource
	}{
		{"plain", testResource(t)},
		{"one byte label", sign(func(r *Resource) { r.Label = "x" })},
		{"max label", sign(func(r *Resource) { r.Label = strings.Repeat("é", MaxLabelSize/2) })},
		{"emoji and spaces", sign(func(r *Resource) { r.Label = "my service 😀 / v2" })},
		{"created 0", sign(func(r *Resource) { r.Created = 0 })},
		{"max created", sign(func(r *Resource) { r.Created = MaxCreated })},
		{"max chain", sign(func(r *Resource) { r.Chain = 1<<63 - 1 })},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := EncodeResource(tc.r)
			if err != nil {
				t.Fatal(err)
			}
			if len(b) > MaxResourceSize {
				t.Fatalf("%d bytes, above MaxResourceSize", len(b))
			}
			got, err := DecodeResource(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.r) {
				t.Fatalf("round trip:\n got %#v\nwant %#v", got, tc.r)
			}
			if signer, err := VerifyResource(got); err != nil || signer != common.Address(tc.r.Owner) {
				t.Fatalf("VerifyResource after round trip = %s, %v", signer, err)
			}
		})
	}
}

func TestProviderRecordRoundTrip(t *testing.T) {
	t.Parallel()
	sign := func(f func(p *ProviderRecord)) *ProviderRecord {
		p := testProviderRecord(t, 1, 1)
		f(p)
		signRecord(t, p)
		return p
	}
	for _, tc := range []struct {
		name string
		p    *ProviderRecord
	}{
		{"no relays or services", testProviderRecord(t, 0, 0)},
		{"some", testProviderRecord(t, 3, 5)},
		{"max", maxProviderRecord(t)},
		{"empty value", sign(func(p *ProviderRecord) { p.Value = "" })},
		{"value with newlines", sign(func(p *ProviderRecord) { p.Value = "{\n \"url\": \"x\"\n}" })},
		{"ed25519 peer", sign(func(p *ProviderRecord) { p.Peer = testPeer(t, 1) })},
		{"sha2-256 peer", sign(func(p *ProviderRecord) { p.Peer = hashedPeer(t, "rsa key") })},
		{"created 0", sign(func(p *ProviderRecord) { p.Created = 0 })},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := EncodeProviderRecord(tc.p)
			if err != nil {
				t.Fatal(err)
			}
			if len(b) > MaxProviderRecordSize {
				t.Fatalf("%d bytes, above MaxProviderRecordSize", len(b))
			}
			got, err := DecodeProviderRecord(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.p) {
				t.Fatalf("round trip:\n got %#v\nwant %#v", got, tc.p)
			}
			if signer, err := VerifyProviderRecord(got); err != nil || signer != common.Address(tc.p.Issuer) {
				t.Fatalf("VerifyProviderRecord after round trip = %s, %v", signer, err)
			}
		})
	}
}

func TestTombstoneRoundTrip(t *testing.T) {
	t.Parallel()
	ts := testTombstone(t)
	b, err := EncodeTombstone(ts)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeTombstone(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, ts) {
		t.Fatalf("round trip:\n got %#v\nwant %#v", got, ts)
	}
	if _, err := VerifyTombstone(got); err != nil {
		t.Fatal(err)
	}
	// The largest tombstone fits its limit.
	ts.Peer, ts.Created = maxPeer(1), MaxCreated
	if err := SignTombstone(ts, testKey(t, 2)); err != nil {
		t.Fatal(err)
	}
	if b, err := EncodeTombstone(ts); err != nil || len(b) > MaxTombstoneSize {
		t.Fatalf("largest tombstone: %d bytes, %v", len(b), err)
	}
	r := testResource(t)
	r.Label = strings.Repeat("x", MaxLabelSize)
	if err := SignResource(r, testKey(t, 1)); err != nil {
		t.Fatal(err)
	}
	if b, err := EncodeResource(r); err != nil || len(b) > MaxResourceSize {
		t.Fatalf("largest resource: %d bytes, %v", len(b), err)
	}
}

// TestRegistryGoldenCIDs pins the encodings: a change of them changes the
// CIDs of every stored record and every registry snapshot.
func TestRegistryGoldenCIDs(t *testing.T) {
	sig := make([]byte, 65)
	for i := range sig {
		sig[i] = byte(i)
	}
	id := ResourceID("golden", common.Address(addr(0xbb)))
	peerID := hashedPeer(t, "peer")
	for _, tc := range []struct {
		name   string
		encode func() ([]byte, error)
		golden string
	}{
		{"Resource", func() ([]byte, error) {
			return EncodeResource(&Resource{Chain: 1, Label: "golden", Owner: addr(0xbb), Created: 1_700_000_000_000, Sig: sig})
		}, "bafyreieyezj52ubt3in7jquxwojg4jvw2nb2fwi45ny6n4cuzmdctbjo2m"},
		{"ProviderRecord", func() ([]byte, error) {
			return EncodeProviderRecord(&ProviderRecord{
				Chain: 1, Resource: id[:], Value: "https://x.example", Peer: peerID,
				Relays: [][]byte{hashedPeer(t, "relay")}, Services: []string{"a", "b"},
				Issuer: addr(0xcc), Created: 1_700_000_000_001, Sig: sig,
			})
		}, "bafyreidlglnl6bqwxlr4k3yvmc576vexfffam23ja4kewo5gmtgzqgspae"},
		{"Tombstone", func() ([]byte, error) {
			return EncodeTombstone(&Tombstone{Chain: 1, Resource: id[:], Peer: peerID, Issuer: addr(0xcc), Created: 1_700_000_000_002, Sig: sig})
		}, "bafyreigpnxidfrmnvtwc5vq2vg6f3ocyb5z6viskl6i2sueiputq7sgpwa"},
	} {
		b, err := tc.encode()
		if err != nil {
			t.Fatal(err)
		}
		blk, err := Block(b)
		if err != nil {
			t.Fatal(err)
		}
		if got := blk.Cid().String(); got != tc.golden {
			t.Errorf("%s CID = %s, want %s (encoding = %x)", tc.name, got, tc.golden, b)
		}
	}
}

func TestCheckPeerID(t *testing.T) {
	t.Parallel()
	sha1, _ := multihash.Sum([]byte("x"), multihash.SHA1, -1)
	short := append([]byte{multihash.SHA2_256, 20}, make([]byte, 20)...)
	long := append([]byte{multihash.IDENTITY, MaxPeerIDSize - 1}, make([]byte, MaxPeerIDSize-1)...)
	for _, tc := range []struct {
		name string
		id   []byte
		ok   bool
	}{
		{"ed25519", testPeer(t, 1), true},
		{"secp256k1 avatar", avatarPeer(t, testKey(t, 1)), true},
		{"sha2-256", hashedPeer(t, "rsa"), true},
		{"identity of 42 bytes", maxPeer(7), true},
		{"empty", nil, false},
		{"one byte", []byte{0x12}, false},
		{"truncated", hashedPeer(t, "rsa")[:33], false},
		{"trailing byte", append(hashedPeer(t, "rsa"), 0), false},
		{"not a multihash", []byte("not a multihash at all"), false},
		{"identity of 43 bytes", long, false},
		{"identity of 0 bytes", []byte{multihash.IDENTITY, 0}, false},
		{"sha2-256 of 20 bytes", short, false},
		{"sha1", sha1, false},
		{"non-minimal varint code", append([]byte{0x92, 0x00, 32}, make([]byte, 32)...), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckPeerID(tc.id)
			if (err == nil) != tc.ok {
				t.Fatalf("CheckPeerID(%x) = %v, want ok %v", tc.id, err, tc.ok)
			}
			if err == nil {
				// Everything accepted is a peer.ID that libp2p prints and
				// parses back.
				id, perr := peer.IDFromBytes(tc.id)
				if perr != nil {
					t.Fatal(perr)
				}
				back, perr := peer.Decode(id.String())
				if perr != nil || back != id {
					t.Fatalf("peer.Decode(%s) = %v, %v", id, back, perr)
				}
			}
		})
	}
}

func TestDecodeResourceRejects(t *testing.T) {
	t.Parallel()
	base := testResource(t)
	fields := resourceFields(base)
	mutate := func(f func(r *Resource)) []byte {
		r := *base
		f(&r)
		return encodeUnchecked(t, &r)
	}
	label := func(s string) []byte { return mutate(func(r *Resource) { r.Label = s }) }
	for _, tc := range []struct {
		name string
		in   []byte
		want error // nil: accepted
	}{
		{"valid", sortedMap(fields...), nil},
		{"too large", make([]byte, MaxResourceSize+1), ErrTooLarge},
		{"too large valid prefix", append(sortedMap(fields...), make([]byte, MaxResourceSize)...), ErrTooLarge},

		{"empty", nil, ErrMalformed},
		{"not a map", cb(nil).list(0), ErrMalformed},
		{"missing owner", sortedMap(withField(fields, "owner", nil)...), ErrMalformed},
		{"extra field", sortedMap(append(fields, kv{"x", cb(nil).uint(1)})...), ErrMalformed},
		{"label is bytes", sortedMap(withField(fields, "label", cb(nil).bytes([]byte("x")))...), ErrMalformed},
		{"label not UTF-8", sortedMap(withField(fields, "label", cb(nil).text("\xff"))...), ErrMalformed},
		{"created above int64", sortedMap(withField(fields, "created", cb(nil).uint(1<<63))...), ErrMalformed},
		{"a LogNode", encodeUnchecked(t, testLogNode(t, 1, 0)), ErrMalformed},

		{"unsorted keys", cborMap(fields...), ErrNonCanonical},
		{"non-minimal chain", sortedMap(withField(fields, "chain", cb(nil).raw(0x1a, 0, 0, 0x7a, 0x69))...), ErrNonCanonical},
		{"trailing byte", append(sortedMap(fields...), 0), ErrNonCanonical},

		{"chain 0", mutate(func(r *Resource) { r.Chain = 0 }), ErrInvalid},
		{"chain negative", mutate(func(r *Resource) { r.Chain = -5 }), ErrInvalid},
		{"label at limit", label(strings.Repeat("l", MaxLabelSize)), nil},
		{"label above limit", label(strings.Repeat("l", MaxLabelSize+1)), ErrInvalid},
		{"multibyte label above limit", label(strings.Repeat("é", MaxLabelSize/2) + "x"), ErrInvalid},
		{"empty label", label(""), ErrInvalid},
		{"label with NUL", label("a\x00b"), ErrInvalid},
		{"label with newline", label("a\nb"), ErrInvalid},
		{"label with DEL", label("a\x7f"), ErrInvalid},
		{"label with C1 control", label("a\u0085"), ErrInvalid},
		{"owner 19 bytes", mutate(func(r *Resource) { r.Owner = r.Owner[:19] }), ErrInvalid},
		{"owner 21 bytes", mutate(func(r *Resource) { r.Owner = append(bytes.Clone(r.Owner), 0) }), ErrInvalid},
		{"created negative", mutate(func(r *Resource) { r.Created = -1 }), ErrInvalid},
		{"created at limit", mutate(func(r *Resource) { r.Created = MaxCreated }), nil},
		{"created above limit", mutate(func(r *Resource) { r.Created = MaxCreated + 1 }), ErrInvalid},
		{"sig 64 bytes", mutate(func(r *Resource) { r.Sig = r.Sig[:64] }), ErrInvalid},
		{"sig empty", mutate(func(r *Resource) { r.Sig = nil }), ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeResource(tc.in)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("DecodeResource = %v, want accepted", err)
				}
				return
			}
			checkDecodeErr(t, err, tc.want)
		})
	}
}

// cloneRecord returns a copy of p that shares no slice with it.
func cloneRecord(p *ProviderRecord) *ProviderRecord {
	c := *p
	c.Relays = slices.Clone(p.Relays)
	c.Services = slices.Clone(p.Services)
	return &c
}

func TestDecodeProviderRecordRejects(t *testing.T) {
	t.Parallel()
	base := testProviderRecord(t, 2, 2)
	fields := providerRecordFields(base)
	mutate := func(f func(p *ProviderRecord)) []byte {
		p := cloneRecord(base)
		f(p)
		return encodeUnchecked(t, p)
	}
	relays := func(n int) [][]byte {
		var out [][]byte
		for i := range n {
			out = append(out, testPeer(t, 200+i))
		}
		return out
	}
	services := func(n int) []string {
		var out []string
		for i := range n {
			out = append(out, strings.Repeat("s", i+1))
		}
		return out
	}
	garbage := []byte("not a multihash at all")
	for _, tc := range []struct {
		name string
		in   []byte
		want error // nil: accepted
	}{
		{"valid", sortedMap(fields...), nil},
		{"every field at its limit", encodeUnchecked(t, maxProviderRecord(t)), nil},
		{"too large", make([]byte, MaxProviderRecordSize+1), ErrTooLarge},
		{"too large valid prefix", append(sortedMap(fields...), make([]byte, MaxProviderRecordSize)...), ErrTooLarge},

		{"empty", nil, ErrMalformed},
		{"empty map", cborMap(), ErrMalformed},
		{"missing relays", sortedMap(withField(fields, "relays", nil)...), ErrMalformed},
		{"missing sig", sortedMap(withField(fields, "sig", nil)...), ErrMalformed},
		{"extra field", sortedMap(append(fields, kv{"zz", cb(nil).uint(1)})...), ErrMalformed},
		{"relays is bytes", sortedMap(withField(fields, "relays", cb(nil).bytes(base.Peer))...), ErrMalformed},
		{"relay is text", sortedMap(withField(fields, "relays", cb(nil).list(1).text("x"))...), ErrMalformed},
		{"relays null", sortedMap(withField(fields, "relays", cb(nil).null())...), ErrMalformed},
		{"service is bytes", sortedMap(withField(fields, "services", cb(nil).list(1).bytes([]byte("x")))...), ErrMalformed},
		{"value not UTF-8", sortedMap(withField(fields, "value", cb(nil).text("\xc3"))...), ErrMalformed},
		{"service not UTF-8", sortedMap(withField(fields, "services", cb(nil).list(1).text("\xc3"))...), ErrMalformed},
		{"created above int64", sortedMap(withField(fields, "created", cb(nil).uint(1<<63))...), ErrMalformed},
		{"a Tombstone", encodeUnchecked(t, testTombstone(t)), ErrMalformed},
		{"list longer than input", sortedMap(withField(fields, "relays", cb(nil).list(1000))...), ErrMalformed},

		{"unsorted keys", cborMap(fields...), ErrNonCanonical},
		{"non-minimal chain", sortedMap(withField(fields, "chain", cb(nil).raw(0x1a, 0, 0, 0x7a, 0x69))...), ErrNonCanonical},
		{"non-minimal list length", sortedMap(withField(fields, "services", append(cb(nil).raw(0x98, byte(len(base.Services))), providerRecordFields(base)[5].v[1:]...))...), ErrNonCanonical},
		{"indefinite list", sortedMap(withField(fields, "services", append(append(cb(nil).raw(0x9f), providerRecordFields(base)[5].v[1:]...), 0xff))...), ErrNonCanonical},
		{"trailing byte", append(sortedMap(fields...), 0), ErrNonCanonical},

		{"chain 0", mutate(func(p *ProviderRecord) { p.Chain = 0 }), ErrInvalid},
		{"resource 31 bytes", mutate(func(p *ProviderRecord) { p.Resource = p.Resource[:31] }), ErrInvalid},
		{"resource 33 bytes", mutate(func(p *ProviderRecord) { p.Resource = append(bytes.Clone(p.Resource), 0) }), ErrInvalid},
		{"resource empty", mutate(func(p *ProviderRecord) { p.Resource = nil }), ErrInvalid},
		{"value at limit", mutate(func(p *ProviderRecord) { p.Value = strings.Repeat("v", MaxValueSize) }), nil},
		{"value above limit", mutate(func(p *ProviderRecord) { p.Value = strings.Repeat("v", MaxValueSize+1) }), ErrInvalid},
		{"peer empty", mutate(func(p *ProviderRecord) { p.Peer = nil }), ErrInvalid},
		{"peer not a multihash", mutate(func(p *ProviderRecord) { p.Peer = garbage }), ErrInvalid},
		{"peer sha1", mutate(func(p *ProviderRecord) { p.Peer, _ = multihash.Sum([]byte("x"), multihash.SHA1, -1) }), ErrInvalid},
		{"peer at limit", mutate(func(p *ProviderRecord) { p.Peer = maxPeer(3) }), nil},
		{"peer above limit", mutate(func(p *ProviderRecord) {
			p.Peer = append([]byte{multihash.IDENTITY, MaxPeerIDSize - 1}, make([]byte, MaxPeerIDSize-1)...)
		}), ErrInvalid},
		{"relays at limit", mutate(func(p *ProviderRecord) { p.Relays = relays(MaxRelays) }), nil},
		{"relays above limit", mutate(func(p *ProviderRecord) { p.Relays = relays(MaxRelays + 1) }), ErrInvalid},
		{"relay duplicate", mutate(func(p *ProviderRecord) { p.Relays = append(p.Relays, p.Relays[0]) }), ErrInvalid},
		{"relay not a peer id", mutate(func(p *ProviderRecord) { p.Relays[1] = garbage }), ErrInvalid},
		{"relay empty", mutate(func(p *ProviderRecord) { p.Relays[0] = []byte{} }), ErrInvalid},
		{"services at limit", mutate(func(p *ProviderRecord) { p.Services = services(MaxServices) }), nil},
		{"services above limit", mutate(func(p *ProviderRecord) { p.Services = services(MaxServices + 1) }), ErrInvalid},
		{"service at limit", mutate(func(p *ProviderRecord) { p.Services[0] = strings.Repeat("x", MaxServiceSize) }), nil},
		{"service above limit", mutate(func(p *ProviderRecord) { p.Services[0] = strings.Repeat("x", MaxServiceSize+1) }), ErrInvalid},
		{"service empty", mutate(func(p *ProviderRecord) { p.Services[1] = "" }), ErrInvalid},
		{"service with tab", mutate(func(p *ProviderRecord) { p.Services[1] = "a\tb" }), ErrInvalid},
		{"service duplicate", mutate(func(p *ProviderRecord) { p.Services = append(p.Services, p.Services[1]) }), ErrInvalid},
		{"issuer 19 bytes", mutate(func(p *ProviderRecord) { p.Issuer = p.Issuer[:19] }), ErrInvalid},
		{"issuer 21 bytes", mutate(func(p *ProviderRecord) { p.Issuer = append(bytes.Clone(p.Issuer), 1) }), ErrInvalid},
		{"created negative", mutate(func(p *ProviderRecord) { p.Created = -1 }), ErrInvalid},
		{"created at limit", mutate(func(p *ProviderRecord) { p.Created = MaxCreated }), nil},
		{"created above limit", mutate(func(p *ProviderRecord) { p.Created = MaxCreated + 1 }), ErrInvalid},
		{"sig 66 bytes", mutate(func(p *ProviderRecord) { p.Sig = append(bytes.Clone(p.Sig), 0) }), ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeProviderRecord(tc.in)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("DecodeProviderRecord = %v, want accepted", err)
				}
				return
			}
			checkDecodeErr(t, err, tc.want)
		})
	}
}

func TestDecodeTombstoneRejects(t *testing.T) {
	t.Parallel()
	base := testTombstone(t)
	fields := tombstoneFields(base)
	mutate := func(f func(ts *Tombstone)) []byte {
		ts := *base
		f(&ts)
		return encodeUnchecked(t, &ts)
	}
	for _, tc := range []struct {
		name string
		in   []byte
		want error // nil: accepted
	}{
		{"valid", sortedMap(fields...), nil},
		{"too large", make([]byte, MaxTombstoneSize+1), ErrTooLarge},

		{"empty", nil, ErrMalformed},
		{"missing peer", sortedMap(withField(fields, "peer", nil)...), ErrMalformed},
		{"extra field", sortedMap(append(fields, kv{"value", cb(nil).text("x")})...), ErrMalformed},
		{"a ProviderRecord", encodeUnchecked(t, testProviderRecord(t, 0, 0)), ErrMalformed},
		{"peer is text", sortedMap(withField(fields, "peer", cb(nil).text("12D3KooW"))...), ErrMalformed},

		{"unsorted keys", cborMap(fields...), ErrNonCanonical},
		{"indefinite map", append(append([]byte{0xbf}, sortedMap(fields...)[1:]...), 0xff), ErrNonCanonical},

		{"chain negative", mutate(func(ts *Tombstone) { ts.Chain = -1 }), ErrInvalid},
		{"resource 20 bytes", mutate(func(ts *Tombstone) { ts.Resource = ts.Resource[:20] }), ErrInvalid},
		{"peer not a multihash", mutate(func(ts *Tombstone) { ts.Peer = []byte{1, 2, 3} }), ErrInvalid},
		{"peer at limit", mutate(func(ts *Tombstone) { ts.Peer = maxPeer(9) }), nil},
		{"peer above limit", mutate(func(ts *Tombstone) { ts.Peer = append(maxPeer(9), 0) }), ErrInvalid},
		{"issuer empty", mutate(func(ts *Tombstone) { ts.Issuer = nil }), ErrInvalid},
		{"created at limit", mutate(func(ts *Tombstone) { ts.Created = MaxCreated }), nil},
		{"created above limit", mutate(func(ts *Tombstone) { ts.Created = MaxCreated + 1 }), ErrInvalid},
		{"sig 64 bytes", mutate(func(ts *Tombstone) { ts.Sig = ts.Sig[:64] }), ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeTombstone(tc.in)
			if tc.want == nil {
				if err != nil {
					t.Fatalf("DecodeTombstone = %v, want accepted", err)
				}
				return
			}
			checkDecodeErr(t, err, tc.want)
		})
	}
}

// TestRegistryInvalidErrorsNameTheField checks that a rejected value says
// which field broke which rule.
func TestRegistryInvalidErrorsNameTheField(t *testing.T) {
	p := cloneRecord(testProviderRecord(t, 2, 3))
	p.Services[2] = p.Services[0]
	_, err := EncodeProviderRecord(p)
	var ie *InvalidError
	if !errors.As(err, &ie) || ie.Type != "ProviderRecord" || ie.Field != "services[2]" || !strings.Contains(ie.Reason, "services[0]") {
		t.Fatalf("error %v (%+v), want an *InvalidError on ProviderRecord.services[2] naming services[0]", err, ie)
	}
	p = cloneRecord(testProviderRecord(t, 0, 2))
	p.Services[1] = "a\tb"
	if _, err := EncodeProviderRecord(p); !errors.As(err, &ie) || ie.Field != "services[1]" || !strings.Contains(ie.Reason, "U+0009") {
		t.Fatalf("error %v, want an *InvalidError on ProviderRecord.services[1] naming the control character", err)
	}
	r := testResource(t)
	r.Label = strings.Repeat("x", MaxLabelSize+1)
	if _, err := EncodeResource(r); !errors.As(err, &ie) || ie.Field != "label" || !strings.Contains(ie.Reason, "64") {
		t.Fatalf("error %v, want an *InvalidError on Resource.label naming the limit", err)
	}
}

func TestRegistryEncodeRejectsInvalid(t *testing.T) {
	t.Parallel()
	r := testResource(t)
	r.Sig = nil
	p := testProviderRecord(t, 1, 1)
	p.Sig = nil
	ts := testTombstone(t)
	ts.Sig = nil
	badUTF8 := testProviderRecord(t, 0, 0)
	badUTF8.Value = "\xff"
	badLabel := testResource(t)
	badLabel.Label = "\xff"
	for name, err := range map[string]error{
		"unsigned resource":  func() error { _, err := EncodeResource(r); return err }(),
		"unsigned record":    func() error { _, err := EncodeProviderRecord(p); return err }(),
		"unsigned tombstone": func() error { _, err := EncodeTombstone(ts); return err }(),
		"nil resource":       func() error { _, err := EncodeResource(nil); return err }(),
		"nil record":         func() error { _, err := EncodeProviderRecord(nil); return err }(),
		"nil tombstone":      func() error { _, err := EncodeTombstone(nil); return err }(),
		"value not UTF-8":    func() error { _, err := EncodeProviderRecord(badUTF8); return err }(),
		"label not UTF-8":    func() error { _, err := EncodeResource(badLabel); return err }(),
	} {
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
}

// signedBy returns sig made by key over digest, whoever the record names.
func signedBy(tb testing.TB, digest [32]byte, key int) []byte {
	tb.Helper()
	sig, err := Sign(digest, testKey(tb, key))
	if err != nil {
		tb.Fatal(err)
	}
	return sig
}

func TestVerifyRegistryRejects(t *testing.T) {
	t.Parallel()
	r := testResource(t)
	p := testProviderRecord(t, 2, 2)
	ts := testTombstone(t)
	rd, _ := ResourceDigest(r)
	pd, _ := ProviderRecordDigest(p)
	td, _ := TombstoneDigest(ts)
	withSig := func(sig []byte) (func() (common.Address, error), func() (common.Address, error), func() (common.Address, error)) {
		r2, p2, t2 := *r, cloneRecord(p), *ts
		r2.Sig, p2.Sig, t2.Sig = sig, sig, sig
		return func() (common.Address, error) { return VerifyResource(&r2) },
			func() (common.Address, error) { return VerifyProviderRecord(p2) },
			func() (common.Address, error) { return VerifyTombstone(&t2) }
	}
	type verifier = func() (common.Address, error)
	cases := []struct {
		name string
		v    verifier
		want error
	}{}
	add := func(name string, want error, vs ...verifier) {
		for i, v := range vs {
			cases = append(cases, struct {
				name string
				v    verifier
				want error
			}{name + "/" + []string{"resource", "record", "tombstone"}[i], v, want})
		}
	}
	vr, _, _ := withSig(signedBy(t, rd, 3))
	_, vp, _ := withSig(signedBy(t, pd, 3))
	_, _, vt := withSig(signedBy(t, td, 3))
	add("signed by another key", ErrWrongSigner, vr, vp, vt)
	vr, _, _ = withSig(highS(r.Sig))
	_, vp, _ = withSig(highS(p.Sig))
	_, _, vt = withSig(highS(ts.Sig))
	add("high-s twin", ErrHighS, vr, vp, vt)
	vr, _, _ = withSig(func() []byte { s := bytes.Clone(r.Sig); s[64] -= 27; return s }())
	_, vp, _ = withSig(func() []byte { s := bytes.Clone(p.Sig); s[64] -= 27; return s }())
	_, _, vt = withSig(func() []byte { s := bytes.Clone(ts.Sig); s[64] -= 27; return s }())
	add("v 0 or 1", ErrSignatureV, vr, vp, vt)
	vr, vp, vt = withSig(make([]byte, 65))
	add("zero signature", ErrSignatureV, vr, vp, vt)
	vr, vp, vt = withSig(nil)
	add("no signature", ErrInvalid, vr, vp, vt)
	// Changing any signed field, the chain included, makes another signer.
	tampered := func(f func(r *Resource, p *ProviderRecord, ts *Tombstone)) (verifier, verifier, verifier) {
		r2, p2, t2 := *r, cloneRecord(p), *ts
		f(&r2, p2, &t2)
		return func() (common.Address, error) { return VerifyResource(&r2) },
			func() (common.Address, error) { return VerifyProviderRecord(p2) },
			func() (common.Address, error) { return VerifyTombstone(&t2) }
	}
	vr, vp, vt = tampered(func(r *Resource, p *ProviderRecord, ts *Tombstone) { r.Chain, p.Chain, ts.Chain = 1, 1, 1 })
	add("replayed on another chain", ErrWrongSigner, vr, vp, vt)
	vr, vp, vt = tampered(func(r *Resource, p *ProviderRecord, ts *Tombstone) { r.Created++; p.Created++; ts.Created++ })
	add("created changed", ErrWrongSigner, vr, vp, vt)
	_, vp, vt = tampered(func(_ *Resource, p *ProviderRecord, ts *Tombstone) { p.Peer, ts.Peer = testPeer(t, 9), testPeer(t, 9) })
	add("peer changed", ErrWrongSigner, vp, vt)
	_, vp, _ = tampered(func(_ *Resource, p *ProviderRecord, _ *Tombstone) { p.Relays = p.Relays[:1] })
	add("relay dropped", ErrWrongSigner, vp)
	_, vp, _ = tampered(func(_ *Resource, p *ProviderRecord, _ *Tombstone) {
		p.Services[0], p.Services[1] = p.Services[1], p.Services[0]
	})
	add("services reordered", ErrWrongSigner, vp)
	vr, _, _ = tampered(func(r *Resource, _ *ProviderRecord, _ *Tombstone) { r.Owner = addr(0x42) })
	add("owner changed", ErrWrongSigner, vr)

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := tc.v(); !errors.Is(err, tc.want) {
				t.Fatalf("verify = %v, want %v", err, tc.want)
			}
		})
	}

	var we *WrongSignerError
	p2 := cloneRecord(p)
	p2.Sig = signedBy(t, pd, 3)
	if _, err := VerifyProviderRecord(p2); !errors.As(err, &we) ||
		we.Got != crypto.PubkeyToAddress(testKey(t, 3).PublicKey) || we.Want != common.Address(p.Issuer) {
		t.Fatalf("VerifyProviderRecord(signed by key 3) = %v, want a *WrongSignerError naming both", err)
	}
}

func TestSignRegistryRejects(t *testing.T) {
	t.Parallel()
	r, p, ts := testResource(t), testProviderRecord(t, 1, 1), testTombstone(t)
	other := testKey(t, 7)
	for name, err := range map[string]error{
		"resource by another key":  SignResource(r, other),
		"record by another key":    SignProviderRecord(p, other),
		"tombstone by another key": SignTombstone(ts, other),
	} {
		if !errors.Is(err, ErrWrongSigner) {
			t.Errorf("%s: %v, want ErrWrongSigner", name, err)
		}
	}
	for name, err := range map[string]error{
		"resource":  SignResource(r, nil),
		"record":    SignProviderRecord(p, nil),
		"tombstone": SignTombstone(ts, nil),
	} {
		if err == nil {
			t.Errorf("sign %s with a nil key succeeded", name)
		}
	}
	bad := cloneRecord(p)
	bad.Relays = append(bad.Relays, bad.Relays[0])
	if err := SignProviderRecord(bad, testKey(t, 2)); !errors.Is(err, ErrInvalid) {
		t.Errorf("SignProviderRecord(duplicate relay) = %v, want ErrInvalid", err)
	}
	// A refused signing leaves the signature as it was.
	if !bytes.Equal(bad.Sig, p.Sig) {
		t.Error("a refused signing changed the signature")
	}
}

// TestResourceCID: the CID names the id exactly (keccak-256 multihash of
// the id as digest, raw codec), and round-trips through its string form.
func TestResourceCID(t *testing.T) {
	id := ResourceID("chat", common.HexToAddress("0x00000000000000000000000000000000000000a1"))
	c := ResourceCID(id)
	if c.Version() != 1 || c.Type() != cid.Raw {
		t.Fatalf("CID %s: version %d codec %x, want 1 and raw", c, c.Version(), c.Type())
	}
	dec, err := multihash.Decode(c.Hash())
	if err != nil || dec.Code != multihash.KECCAK_256 || !bytes.Equal(dec.Digest, id[:]) {
		t.Fatalf("multihash %+v, %v; want keccak-256 of digest %x", dec, err, id)
	}
	back, err := cid.Decode(c.String())
	if err != nil || !back.Equals(c) {
		t.Fatalf("%s decodes to %s, %v", c, back, err)
	}
	if other := ResourceCID(ResourceID("chat2", common.HexToAddress("0x00000000000000000000000000000000000000a1"))); other.Equals(c) {
		t.Fatal("two resources have one CID")
	}
}
