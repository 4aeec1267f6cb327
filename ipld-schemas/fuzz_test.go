package schemas

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/ipld/go-ipld-prime/datamodel"
	"github.com/ipld/go-ipld-prime/fluent/qp"
	cidlink "github.com/ipld/go-ipld-prime/linking/cid"
	"github.com/ipld/go-ipld-prime/node/basicnode"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multihash"
)

// The decode fuzzers check, for any input: no panic; an error matches
// exactly one decode sentinel; a decoded value re-encodes to the input bytes
// and decodes again to an equal value.

// checkSentinel fails unless err matches exactly one decode sentinel.
func checkSentinel(t *testing.T, err error) {
	t.Helper()
	matched := 0
	for _, s := range sentinels {
		if errors.Is(err, s) {
			matched++
		}
	}
	if matched != 1 {
		t.Fatalf("error %q matches %d decode sentinels, want 1", err, matched)
	}
}

// seedVariants returns b and a few broken forms of it.
func seedVariants(b []byte) [][]byte {
	out := [][]byte{b, b[:len(b)/2], append(bytes.Clone(b), 0)}
	if len(b) > 1 && b[0]>>5 == 5 && b[0]&0x1f < 24 { // small map: make it indefinite
		out = append(out, append(append([]byte{0xbf}, b[1:]...), 0xff))
	}
	return out
}

func logNodeSeeds(tb testing.TB) [][]byte {
	var seeds [][]byte
	for _, n := range []*LogNode{testLogNode(tb, 1, 0), testLogNode(tb, 3, 2), testSessionLogNode(tb, 2)} {
		b, err := EncodeLogNode(n)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, seedVariants(b)...)
	}
	n := testLogNode(tb, 2, 1)
	n.Refs = append(n.Refs, n.Refs[0])
	seeds = append(seeds, encodeUnchecked(tb, n), nil, []byte{0xa0}, cborMap(kv{"seq", cb(nil).uint(1)}))
	return seeds
}

func FuzzDecodeLogNode(f *testing.F) {
	for _, s := range logNodeSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := DecodeLogNode(data)
		if err != nil {
			checkSentinel(t, err)
			return
		}
		out, err := EncodeLogNode(n)
		if err != nil {
			t.Fatalf("decoded node does not encode: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", data, out)
		}
		n2, err := DecodeLogNode(out)
		if err != nil || !reflect.DeepEqual(n, n2) {
			t.Fatalf("second decode: %v, %+v != %+v", err, n2, n)
		}
		_, _ = VerifyLogNode(n) // must not panic
	})
}

func messageSeeds(tb testing.TB) [][]byte {
	payload, err := qp.BuildMap(basicnode.Prototype.Any, -1, func(ma datamodel.MapAssembler) {
		qp.MapEntry(ma, "text", qp.String("hi"))
		qp.MapEntry(ma, "n", qp.Int(-3))
		qp.MapEntry(ma, "f", qp.Float(0.25))
		qp.MapEntry(ma, "l", qp.List(-1, func(la datamodel.ListAssembler) {
			qp.ListEntry(la, qp.Link(cidlink.Link{Cid: testLink("x")}))
			qp.ListEntry(la, qp.Bytes([]byte{1}))
			qp.ListEntry(la, qp.Null())
			qp.ListEntry(la, qp.Bool(false))
		}))
	})
	if err != nil {
		tb.Fatal(err)
	}
	var seeds [][]byte
	for _, m := range []*Message{
		{App: "rings", Domain: "GlobalAddressRing", Type: "chat.message", Payload: payload},
		{App: "a", Domain: "d", Type: "FlushToRing", Status: ptr("relayed"), Payload: datamodel.Null},
	} {
		b, err := EncodeMessage(m)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, seedVariants(b)...)
	}
	return append(seeds, nil, []byte{0xf9, 0x3c, 0x00})
}

func FuzzDecodeMessage(f *testing.F) {
	for _, s := range messageSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeMessage(data)
		if err != nil {
			checkSentinel(t, err)
			return
		}
		out, err := EncodeMessage(m)
		if err != nil {
			t.Fatalf("decoded message does not encode: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", data, out)
		}
		m2, err := DecodeMessage(out)
		if err != nil || !messagesEqual(t, m, m2) {
			t.Fatalf("second decode: %v", err)
		}
	})
}

func ringEntrySeeds(tb testing.TB) [][]byte {
	var seeds [][]byte
	for _, e := range []*RingEntry{testRingEntry(0, 0, 0), testRingEntry(2, 3, 2)} {
		b, err := EncodeRingEntry(e)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, seedVariants(b)...)
	}
	e := testRingEntry(2, 3, 0)
	e.Heads[0], e.Heads[1] = e.Heads[1], e.Heads[0]
	return append(seeds, encodeUnchecked(tb, e), nil)
}

func FuzzDecodeRingEntry(f *testing.F) {
	for _, s := range ringEntrySeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := DecodeRingEntry(data)
		if err != nil {
			checkSentinel(t, err)
			return
		}
		out, err := EncodeRingEntry(e)
		if err != nil {
			t.Fatalf("decoded entry does not encode: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", data, out)
		}
		e2, err := DecodeRingEntry(out)
		if err != nil || !reflect.DeepEqual(e, e2) {
			t.Fatalf("second decode: %v, %+v != %+v", err, e2, e)
		}
	})
}

func forkProofSeeds(tb testing.TB) [][]byte {
	b, err := EncodeForkProof(testForkProof())
	if err != nil {
		tb.Fatal(err)
	}
	p := testForkProof()
	p.B = p.A
	return append(seedVariants(b), encodeUnchecked(tb, p))
}

func FuzzDecodeForkProof(f *testing.F) {
	for _, s := range forkProofSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodeForkProof(data)
		if err != nil {
			checkSentinel(t, err)
			return
		}
		out, err := EncodeForkProof(p)
		if err != nil {
			t.Fatalf("decoded proof does not encode: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", data, out)
		}
		p2, err := DecodeForkProof(out)
		if err != nil || !reflect.DeepEqual(p, p2) {
			t.Fatalf("second decode: %v, %+v != %+v", err, p2, p)
		}
	})
}

func resourceSeeds(tb testing.TB) [][]byte {
	r := testResource(tb)
	b, err := EncodeResource(r)
	if err != nil {
		tb.Fatal(err)
	}
	bad := *r
	bad.Label = "a\nb"
	return append(seedVariants(b), encodeUnchecked(tb, &bad), nil)
}

func FuzzDecodeResource(f *testing.F) {
	for _, s := range resourceSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeResource(data)
		if err != nil {
			checkSentinel(t, err)
			return
		}
		out, err := EncodeResource(r)
		if err != nil {
			t.Fatalf("decoded resource does not encode: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", data, out)
		}
		r2, err := DecodeResource(out)
		if err != nil || !reflect.DeepEqual(r, r2) {
			t.Fatalf("second decode: %v, %+v != %+v", err, r2, r)
		}
		_, _ = VerifyResource(r) // must not panic
		_ = r.ID()
	})
}

func providerRecordSeeds(tb testing.TB) [][]byte {
	var seeds [][]byte
	for _, p := range []*ProviderRecord{testProviderRecord(tb, 0, 0), testProviderRecord(tb, 2, 3), maxProviderRecord(tb)} {
		b, err := EncodeProviderRecord(p)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, seedVariants(b)...)
	}
	dup := testProviderRecord(tb, 2, 2)
	dup.Relays[1] = dup.Relays[0]
	badPeer := testProviderRecord(tb, 0, 1)
	badPeer.Peer = []byte{multihash.SHA1, 20}
	return append(seeds, encodeUnchecked(tb, dup), encodeUnchecked(tb, badPeer), nil)
}

func FuzzDecodeProviderRecord(f *testing.F) {
	for _, s := range providerRecordSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := DecodeProviderRecord(data)
		if err != nil {
			checkSentinel(t, err)
			return
		}
		out, err := EncodeProviderRecord(p)
		if err != nil {
			t.Fatalf("decoded record does not encode: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", data, out)
		}
		p2, err := DecodeProviderRecord(out)
		if err != nil || !reflect.DeepEqual(p, p2) {
			t.Fatalf("second decode: %v, %+v != %+v", err, p2, p)
		}
		for _, id := range append([][]byte{p.Peer}, p.Relays...) {
			if _, err := peer.IDFromBytes(id); err != nil {
				t.Fatalf("accepted peer id %x is not a peer.ID: %v", id, err)
			}
		}
		_, _ = VerifyProviderRecord(p) // must not panic
	})
}

func tombstoneSeeds(tb testing.TB) [][]byte {
	b, err := EncodeTombstone(testTombstone(tb))
	if err != nil {
		tb.Fatal(err)
	}
	bad := testTombstone(tb)
	bad.Created = MaxCreated + 1
	return append(seedVariants(b), encodeUnchecked(tb, bad), nil)
}

func FuzzDecodeTombstone(f *testing.F) {
	for _, s := range tombstoneSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ts, err := DecodeTombstone(data)
		if err != nil {
			checkSentinel(t, err)
			return
		}
		out, err := EncodeTombstone(ts)
		if err != nil {
			t.Fatalf("decoded tombstone does not encode: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("re-encoding differs:\n in %x\nout %x", data, out)
		}
		ts2, err := DecodeTombstone(out)
		if err != nil || !reflect.DeepEqual(ts, ts2) {
			t.Fatalf("second decode: %v, %+v != %+v", err, ts2, ts)
		}
		if _, err := peer.IDFromBytes(ts.Peer); err != nil {
			t.Fatalf("accepted peer id %x is not a peer.ID: %v", ts.Peer, err)
		}
		_, _ = VerifyTombstone(ts) // must not panic
	})
}

// stricter reports whether err is a rule of scanDagCBOR that go-ipld-prime's
// decoder does not enforce.
func stricter(err error) bool {
	for _, e := range []error{errIntRange, errTooDeep, errUTF8} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// FuzzScanDagCBOR checks scanDagCBOR against go-ipld-prime's own strict
// dag-cbor decoder and encoder: what the scan accepts, the library decodes
// and re-encodes to the same bytes; what the library round-trips exactly,
// the scan accepts, unless it breaks one of the scan's stricter rules (text
// must be UTF-8, as the dag-cbor spec requires; integers must fit int64;
// nesting is limited).
func FuzzScanDagCBOR(f *testing.F) {
	for _, seeds := range [][][]byte{logNodeSeeds(f), messageSeeds(f), ringEntrySeeds(f), forkProofSeeds(f),
		resourceSeeds(f), providerRecordSeeds(f), tombstoneSeeds(f)} {
		for _, s := range seeds {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		scanErr := scanDagCBOR(data, MaxNesting)
		nb := basicnode.Prototype.Any.NewBuilder()
		decErr := decodeOptions.Decode(nb, bytes.NewReader(data))
		var roundTrips bool
		if decErr == nil {
			var buf bytes.Buffer
			if err := encodeOptions.Encode(nb.Build(), &buf); err == nil {
				roundTrips = bytes.Equal(buf.Bytes(), data)
			}
		}
		switch {
		case scanErr == nil && !roundTrips:
			t.Fatalf("scan accepts %x, but the library does not round-trip it (decode error %v)", data, decErr)
		case scanErr != nil && roundTrips && !stricter(scanErr):
			t.Fatalf("scan rejects %x (%v), but the library round-trips it", data, scanErr)
		case scanErr != nil && !errors.Is(scanErr, ErrMalformed) && !errors.Is(scanErr, ErrNonCanonical):
			t.Fatalf("scan error %v is neither malformed nor non-canonical", scanErr)
		}
	})
}
