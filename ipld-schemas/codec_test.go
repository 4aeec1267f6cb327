package schemas

import (
	"bytes"
	"errors"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/ipld/go-ipld-prime/codec/dagcbor"
	"github.com/ipld/go-ipld-prime/datamodel"
	"github.com/ipld/go-ipld-prime/fluent/qp"
	cidlink "github.com/ipld/go-ipld-prime/linking/cid"
	"github.com/ipld/go-ipld-prime/node/basicnode"
	"github.com/multiformats/go-multihash"
)

// kv is one map entry of a hand-made CBOR map: a key and its encoded value.
type kv struct {
	k string
	v cb
}

// sortedMap is cborMap with the entries in canonical order.
func sortedMap(kvs ...kv) []byte {
	kvs = append([]kv(nil), kvs...)
	sort.SliceStable(kvs, func(i, j int) bool {
		return compareKeys([]byte(kvs[i].k), []byte(kvs[j].k)) < 0
	})
	return cborMap(kvs...)
}

func cborMap(kvs ...kv) []byte {
	c := cb(nil).mapn(len(kvs))
	for _, e := range kvs {
		c = c.text(e.k)
		c = append(c, e.v...)
	}
	return c
}

func optLink(c *cid.Cid) cb {
	if c == nil {
		return cb(nil).null()
	}
	return cb(nil).link(*c)
}

// logNodeFields returns n's map entries in canonical order.
func logNodeFields(n *LogNode) []kv {
	refs := cb(nil).list(len(n.Refs))
	for _, r := range n.Refs {
		refs = refs.link(r)
	}
	return []kv{
		{"seq", cb(nil).uint(uint64(n.Seq))},
		{"sig", cb(nil).bytes(n.Sig)},
		{"body", cb(nil).bytes(n.Body)},
		{"prev", optLink(n.Prev)},
		{"refs", refs},
		{"ring", cb(nil).bytes(n.Ring)},
		{"time", cb(nil).uint(uint64(n.Time))},
		{"chain", cb(nil).uint(uint64(n.Chain))},
		{"author", cb(nil).bytes(n.Author)},
	}
}

// withField returns kvs with the entry for key replaced by v (or removed if
// v is nil).
func withField(kvs []kv, key string, v cb) []kv {
	out := make([]kv, 0, len(kvs))
	for _, e := range kvs {
		if e.k == key {
			if v == nil {
				continue
			}
			e.v = v
		}
		out = append(out, e)
	}
	return out
}

func swapped(kvs []kv, i, j int) []kv {
	out := append([]kv(nil), kvs...)
	out[i], out[j] = out[j], out[i]
	return out
}

func TestSchemaTypes(t *testing.T) {
	for _, name := range []string{"LogNode", "Message", "RingEntry", "HeadRef", "Output", "ForkProof"} {
		if TypeSystem.TypeByName(name) == nil {
			t.Errorf("TypeSystem has no %s", name)
		}
	}
	if !strings.Contains(SchemaDSL, "type LogNode struct") {
		t.Error("SchemaDSL does not hold the LogNode type")
	}
}

func TestHandMadeEncodingMatches(t *testing.T) {
	for _, n := range []*LogNode{testLogNode(t, 1, 0), testLogNode(t, 5, 3)} {
		got, err := EncodeLogNode(n)
		if err != nil {
			t.Fatal(err)
		}
		if want := cborMap(logNodeFields(n)...); !bytes.Equal(got, want) {
			t.Fatalf("EncodeLogNode = %x, hand-made canonical encoding = %x", got, want)
		}
	}
}

func TestLogNodeRoundTrip(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		n    *LogNode
	}{
		{"first", testLogNode(t, 1, 0)},
		{"with prev and refs", testLogNode(t, 42, 5)},
		{"max refs", testLogNode(t, 2, MaxRefs)},
		{"empty body", func() *LogNode {
			n := testLogNode(t, 1, 0)
			n.Body = nil
			if err := SignLogNode(n, testKey(t, 1)); err != nil {
				t.Fatal(err)
			}
			return n
		}()},
		{"max body", func() *LogNode {
			n := testLogNode(t, 3, MaxRefs)
			n.Body = bytes.Repeat([]byte{0x5a}, MaxBodySize)
			if err := SignLogNode(n, testKey(t, 1)); err != nil {
				t.Fatal(err)
			}
			return n
		}()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := EncodeLogNode(tc.n)
			if err != nil {
				t.Fatal(err)
			}
			got, err := DecodeLogNode(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.n) {
				t.Fatalf("round trip:\n got %#v\nwant %#v", got, tc.n)
			}
			if _, err := VerifyLogNode(got); err != nil {
				t.Fatalf("VerifyLogNode after round trip: %v", err)
			}
		})
	}
}

// TestLogNodeGoldenCID pins the encoding: a change of it changes every CID
// and breaks every stored log.
func TestLogNodeGoldenCID(t *testing.T) {
	sig := make([]byte, 65)
	for i := range sig {
		sig[i] = byte(i)
	}
	n := &LogNode{
		Ring:   addr(0xaa),
		Chain:  1,
		Author: addr(0xbb),
		Seq:    2,
		Prev:   ptr(testLink("prev")),
		Refs:   []cid.Cid{testLink("r1"), testLink("r2")},
		Body:   []byte("hello"),
		Time:   1_700_000_000_000,
		Sig:    sig,
	}
	b, err := EncodeLogNode(n)
	if err != nil {
		t.Fatal(err)
	}
	blk, err := Block(b)
	if err != nil {
		t.Fatal(err)
	}
	const golden = "bafyreie63x7yj6mo2tzjt2jgkh6jn2ymgfa2fyc35sexnfiys4q22hp3fy"
	if got := blk.Cid().String(); got != golden {
		t.Fatalf("CID = %s, want %s (encoding = %x)", got, golden, b)
	}
}

func TestMessageRoundTrip(t *testing.T) {
	t.Parallel()
	payload, err := qp.BuildMap(basicnode.Prototype.Any, -1, func(ma datamodel.MapAssembler) {
		qp.MapEntry(ma, "text", qp.String("hello, ring"))
		qp.MapEntry(ma, "n", qp.Int(-7))
		qp.MapEntry(ma, "f", qp.Float(1.5))
		qp.MapEntry(ma, "ok", qp.Bool(true))
		qp.MapEntry(ma, "file", qp.Link(cidlink.Link{Cid: otherCIDForPayload()}))
		qp.MapEntry(ma, "list", qp.List(-1, func(la datamodel.ListAssembler) {
			qp.ListEntry(la, qp.Bytes([]byte{1, 2, 3}))
			qp.ListEntry(la, qp.Null())
		}))
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		m    *Message
	}{
		{"no status", &Message{App: "rings", Domain: "GlobalAddressRing", Type: "chat.message", Payload: payload}},
		{"status", &Message{App: "rings", Domain: "d", Type: "FlushToRing", Status: ptr("received"), Payload: basicnode.NewString("x")}},
		{"null payload", &Message{App: "a", Domain: "d", Type: "t", Payload: datamodel.Null}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := EncodeMessage(tc.m)
			if err != nil {
				t.Fatal(err)
			}
			got, err := DecodeMessage(b)
			if err != nil {
				t.Fatal(err)
			}
			if !messagesEqual(t, got, tc.m) {
				t.Fatalf("round trip: got %+v, want %+v", got, tc.m)
			}
		})
	}
}

func otherCIDForPayload() cid.Cid {
	sum, _ := multihash.Sum([]byte("a unixfs file"), multihash.SHA2_256, -1)
	return cid.NewCidV1(cid.DagProtobuf, sum)
}

// messagesEqual compares payloads by their encodings: datamodel.DeepEqual
// would also compare map order, which canonical encoding changes.
func messagesEqual(tb testing.TB, a, b *Message) bool {
	if a.App != b.App || a.Domain != b.Domain || a.Type != b.Type {
		return false
	}
	if (a.Status == nil) != (b.Status == nil) || (a.Status != nil && *a.Status != *b.Status) {
		return false
	}
	return bytes.Equal(encodeNode(tb, a.Payload), encodeNode(tb, b.Payload))
}

func TestRingEntryRoundTrip(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		e    *RingEntry
	}{
		{"genesis", testRingEntry(0, 0, 0)},
		{"heads and outputs", testRingEntry(7, 5, 3)},
		{"max", testRingEntry(1, MaxHeads, MaxOutputs)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := EncodeRingEntry(tc.e)
			if err != nil {
				t.Fatal(err)
			}
			got, err := DecodeRingEntry(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.e) {
				t.Fatalf("round trip:\n got %+v\nwant %+v", got, tc.e)
			}
		})
	}
}

func TestForkProofRoundTrip(t *testing.T) {
	p := testForkProof()
	b, err := EncodeForkProof(p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeForkProof(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, p) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", got, p)
	}
}

func TestBlockAndDigest(t *testing.T) {
	b, err := EncodeLogNode(testLogNode(t, 1, 0))
	if err != nil {
		t.Fatal(err)
	}
	blk, err := Block(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(blk.RawData(), b) {
		t.Fatal("block data differs")
	}
	c := blk.Cid()
	if c.Prefix() != LinkPrefix {
		t.Fatalf("prefix %+v, want %+v", c.Prefix(), LinkPrefix)
	}
	d, err := Digest(c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(c.Bytes(), append([]byte{0x01, 0x71, 0x12, 0x20}, d[:]...)) {
		t.Fatalf("CID bytes %x are not 0x01711220 ++ digest %x", c.Bytes(), d)
	}
	if back := CIDFromDigest(d); back != c {
		t.Fatalf("CIDFromDigest = %s, want %s", back, c)
	}
	for name, bad := range map[string]cid.Cid{
		"undefined": cid.Undef,
		"v0":        otherCID(t, 0, 0, multihash.SHA2_256, "x"),
		"raw":       otherCID(t, 1, cid.Raw, multihash.SHA2_256, "x"),
		"sha3":      otherCID(t, 1, cid.DagCBOR, multihash.SHA3_256, "x"),
		"identity":  otherCID(t, 1, cid.DagCBOR, multihash.IDENTITY, "x"),
	} {
		if _, err := Digest(bad); !errors.Is(err, ErrInvalid) {
			t.Errorf("Digest(%s) error = %v, want ErrInvalid", name, err)
		}
	}
}

func TestEncodeRejectsInvalid(t *testing.T) {
	n := testLogNode(t, 1, 0)
	n.Sig = nil
	if _, err := EncodeLogNode(n); !errors.Is(err, ErrInvalid) {
		t.Errorf("EncodeLogNode(unsigned) = %v, want ErrInvalid", err)
	}
	if _, err := EncodeLogNode(nil); !errors.Is(err, ErrInvalid) {
		t.Errorf("EncodeLogNode(nil) = %v, want ErrInvalid", err)
	}
	if _, err := EncodeMessage(&Message{App: "a", Domain: "d", Type: "t"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("EncodeMessage(no payload) = %v, want ErrInvalid", err)
	}
	deep := datamodel.Node(basicnode.NewInt(1))
	for range MaxNesting + 1 {
		inner := deep
		deep, _ = qp.BuildList(basicnode.Prototype.Any, 1, func(la datamodel.ListAssembler) {
			qp.ListEntry(la, qp.Node(inner))
		})
	}
	if _, err := EncodeMessage(&Message{App: "a", Domain: "d", Type: "t", Payload: deep}); !errors.Is(err, ErrInvalid) {
		t.Errorf("EncodeMessage(too deep) = %v, want ErrInvalid", err)
	}
	big := basicnode.NewBytes(make([]byte, MaxMessageSize))
	if _, err := EncodeMessage(&Message{App: "a", Domain: "d", Type: "t", Payload: big}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("EncodeMessage(too large) = %v, want ErrTooLarge", err)
	}
	e := testRingEntry(1, 3, 0)
	e.Heads[0], e.Heads[1] = e.Heads[1], e.Heads[0]
	if _, err := EncodeRingEntry(e); !errors.Is(err, ErrInvalid) {
		t.Errorf("EncodeRingEntry(unsorted) = %v, want ErrInvalid", err)
	}
	p := testForkProof()
	p.B = p.A
	if _, err := EncodeForkProof(p); !errors.Is(err, ErrInvalid) {
		t.Errorf("EncodeForkProof(a == b) = %v, want ErrInvalid", err)
	}
}

// encodeUnchecked encodes v without validating it, to make invalid blocks.
func encodeUnchecked(tb testing.TB, v any) []byte {
	tb.Helper()
	var (
		b   []byte
		err error
	)
	switch v := v.(type) {
	case *LogNode:
		b, err = encode(v, Prototypes.LogNode, "LogNode", 1<<30, 0)
	case *Message:
		b, err = encode(v, Prototypes.Message, "Message", 1<<30, 0)
	case *RingEntry:
		b, err = encode(v, Prototypes.RingEntry, "RingEntry", 1<<30, 0)
	case *ForkProof:
		b, err = encode(v, Prototypes.ForkProof, "ForkProof", 1<<30, 0)
	case *Resource:
		b, err = encode(v, Prototypes.Resource, "Resource", 1<<30, 0)
	case *ProviderRecord:
		b, err = encode(v, Prototypes.ProviderRecord, "ProviderRecord", 1<<30, 0)
	case *Tombstone:
		b, err = encode(v, Prototypes.Tombstone, "Tombstone", 1<<30, 0)
	default:
		tb.Fatalf("encodeUnchecked(%T)", v)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func encodeNode(tb testing.TB, n datamodel.Node) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := dagcbor.Encode(n, &buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}
