package schemas

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/ipld/go-ipld-prime/datamodel"
	"github.com/ipld/go-ipld-prime/fluent/qp"
	"github.com/ipld/go-ipld-prime/node/basicnode"
	"github.com/multiformats/go-multihash"

	"github.com/mosaic-rings/rings/internal/leakcheck"
)

// sentinels are the decode error classes; every decode error matches
// exactly one.
var sentinels = []error{ErrTooLarge, ErrMalformed, ErrNonCanonical, ErrInvalid}

// checkDecodeErr checks that err matches want and no other sentinel, and
// that its text is ours: a replica sends it to the client that sent the
// bytes, so it holds no library's internals (leakcheck).
func checkDecodeErr(t *testing.T, err, want error) {
	t.Helper()
	if err == nil {
		t.Fatalf("decoded without error, want %v", want)
	}
	leakcheck.Check(t, "decode error", err.Error())
	for _, s := range sentinels {
		if got := errors.Is(err, s); got != (s == want) {
			t.Fatalf("errors.Is(%q, %v) = %v", err, s, got)
		}
	}
	if want == ErrInvalid {
		var ie *InvalidError
		if !errors.As(err, &ie) {
			t.Fatalf("error %q is not an *InvalidError", err)
		}
	}
}

func TestDecodeLogNodeRejects(t *testing.T) {
	t.Parallel()
	n1 := testLogNode(t, 1, 0)
	n2 := testLogNode(t, 9, 3)
	f1, f2 := logNodeFields(n1), logNodeFields(n2)
	valid := cborMap(f2...)
	mutate := func(f func(n *LogNode)) []byte {
		n := *n2
		n.Refs = append([]cid.Cid(nil), n2.Refs...)
		f(&n)
		return encodeUnchecked(t, &n)
	}
	linksOf := func(cs ...cid.Cid) cb {
		c := cb(nil).list(len(cs))
		for _, l := range cs {
			c = c.link(l)
		}
		return c
	}
	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"too large", make([]byte, MaxLogNodeSize+1), ErrTooLarge},
		{"too large valid prefix", append(bytes.Clone(valid), make([]byte, MaxLogNodeSize)...), ErrTooLarge},

		{"empty", nil, ErrMalformed},
		{"truncated", valid[:len(valid)-1], ErrMalformed},
		{"truncated header", valid[:1], ErrMalformed},
		{"break alone", []byte{0xff}, ErrMalformed},
		{"reserved info", []byte{0x1c}, ErrMalformed},
		{"not a map", cb(nil).list(0), ErrMalformed},
		{"integer", cb(nil).uint(7), ErrMalformed},
		{"empty map", cborMap(), ErrMalformed},
		{"wrong fields", cborMap(kv{"a", cb(nil).uint(1)}, kv{"b", cb(nil).text("x")}), ErrMalformed},
		{"missing field", cborMap(withField(f2, "time", nil)...), ErrMalformed},
		{"missing prev", cborMap(withField(f1, "prev", nil)...), ErrMalformed},
		{"extra field", cborMap(append(f2, kv{"zzzzzzz", cb(nil).uint(1)})...), ErrMalformed},
		{"chain is text", cborMap(withField(f2, "chain", cb(nil).text("1"))...), ErrMalformed},
		{"ring is text", cborMap(withField(f2, "ring", cb(nil).text("aaaaaaaaaaaaaaaaaaaa"))...), ErrMalformed},
		{"prev is bytes", cborMap(withField(f2, "prev", cb(nil).bytes(make([]byte, 36)))...), ErrMalformed},
		{"refs is a map", cborMap(withField(f2, "refs", cb(nil).mapn(0))...), ErrMalformed},
		{"ref is null", cborMap(withField(f2, "refs", cb(nil).list(1).null())...), ErrMalformed},
		{"sig is null", cborMap(withField(f2, "sig", cb(nil).null())...), ErrMalformed},
		{"seq above int64", cborMap(withField(f2, "seq", cb(nil).uint(1<<63))...), ErrMalformed},
		{"seq below int64", cborMap(withField(f2, "seq", cb(nil).neg(1<<63))...), ErrMalformed},
		{"seq max uint64", cborMap(withField(f2, "seq", cb(nil).uint(1<<64-1))...), ErrMalformed},
		{"seq is float", cborMap(withField(f2, "seq", cb(nil).raw(0xfb, 0x40, 0x22, 0, 0, 0, 0, 0, 0))...), ErrMalformed},
		{"undefined", cborMap(withField(f1, "prev", cb(nil).raw(0xf7))...), ErrMalformed},
		{"simple value", cborMap(withField(f1, "prev", cb(nil).raw(0xf0))...), ErrMalformed},
		{"tag other than 42", cborMap(withField(f2, "body", cb(nil).head(6, 2).bytes([]byte{1}))...), ErrMalformed},
		{"tag 42 on text", cborMap(withField(f2, "prev", cb(nil).head(6, 42).text("x"))...), ErrMalformed},
		{"tag 42 without 0x00", cborMap(withField(f2, "prev", cb(nil).head(6, 42).bytes(n2.Prev.Bytes()))...), ErrMalformed},
		{"tag 42 garbage CID", cborMap(withField(f2, "prev", cb(nil).head(6, 42).bytes([]byte{0, 1, 2, 3}))...), ErrMalformed},
		{"CID with trailing bytes", cborMap(withField(f2, "prev", cb(nil).head(6, 42).bytes(append(append([]byte{0}, n2.Prev.Bytes()...), 0)))...), ErrMalformed},
		{"duplicate key", cborMap(append(f2[:1:1], f2...)...), ErrMalformed},
		{"integer map key", cb(nil).mapn(1).uint(1).uint(1), ErrMalformed},
		{"bad UTF-8 key", cborMap(kv{"\xff\xfe", cb(nil).uint(1)}), ErrMalformed},
		{"NaN", cborMap(withField(f2, "seq", cb(nil).raw(0xfb, 0x7f, 0xf8, 0, 0, 0, 0, 0, 0))...), ErrMalformed},
		{"collection longer than input", cb(nil).list(1000), ErrMalformed},
		{"too deep", append(bytes.Repeat([]byte{0x81}, MaxNesting+1), 0x01), ErrMalformed},

		{"trailing byte", append(bytes.Clone(valid), 0x00), ErrNonCanonical},
		{"trailing map", append(bytes.Clone(valid), valid...), ErrNonCanonical},
		{"unsorted keys", cborMap(swapped(f2, 0, 8)...), ErrNonCanonical},
		{"bytewise unsorted keys", cborMap(swapped(f2, 2, 3)...), ErrNonCanonical},
		{"non-minimal int", cborMap(withField(f2, "seq", cb(nil).raw(0x18, byte(n2.Seq)))...), ErrNonCanonical},
		{"non-minimal int 64", cborMap(withField(f2, "chain", cb(nil).raw(0x1b, 0, 0, 0, 0, 0, 0, 0x7a, 0x69))...), ErrNonCanonical},
		{"non-minimal length", cborMap(withField(f2, "body", cb(nil).raw(0x59, 0, byte(len(n2.Body))).raw(n2.Body...))...), ErrNonCanonical},
		{"non-minimal map length", append([]byte{0xb8, 9}, valid[1:]...), ErrNonCanonical},
		{"non-minimal tag", cborMap(withField(f2, "prev", cb(nil).raw(0xd9, 0, 42).bytes(append([]byte{0}, n2.Prev.Bytes()...)))...), ErrNonCanonical},
		{"indefinite map", append(append([]byte{0xbf}, valid[1:]...), 0xff), ErrNonCanonical},
		{"indefinite bytes", cborMap(withField(f2, "body", cb(nil).raw(0x5f).bytes(n2.Body[:3]).bytes(n2.Body[3:]).raw(0xff))...), ErrNonCanonical},
		{"indefinite list", cborMap(withField(f2, "refs", append(linksOf(n2.Refs...)[:0:0], append([]byte{0x9f}, append(linksOf(n2.Refs...)[1:], 0xff)...)...))...), ErrNonCanonical},
		{"half float", cborMap(withField(f2, "seq", cb(nil).raw(0xf9, 0x3c, 0x00))...), ErrNonCanonical},

		{"ring 19 bytes", mutate(func(n *LogNode) { n.Ring = n.Ring[:19] }), ErrInvalid},
		{"author 21 bytes", mutate(func(n *LogNode) { n.Author = append(bytes.Clone(n.Author), 0) }), ErrInvalid},
		{"chain 0", mutate(func(n *LogNode) { n.Chain = 0 }), ErrInvalid},
		{"chain negative", mutate(func(n *LogNode) { n.Chain = -1 }), ErrInvalid},
		{"seq 0", mutate(func(n *LogNode) { n.Seq = 0; n.Prev = nil }), ErrInvalid},
		{"seq 1 with prev", mutate(func(n *LogNode) { n.Seq = 1 }), ErrInvalid},
		{"seq 2 without prev", mutate(func(n *LogNode) { n.Seq = 2; n.Prev = nil }), ErrInvalid},
		{"prev CIDv0", mutate(func(n *LogNode) { n.Prev = ptr(otherCID(t, 0, 0, multihash.SHA2_256, "p")) }), ErrInvalid},
		{"prev raw codec", mutate(func(n *LogNode) { n.Prev = ptr(otherCID(t, 1, cid.Raw, multihash.SHA2_256, "p")) }), ErrInvalid},
		{"ref dag-pb codec", mutate(func(n *LogNode) { n.Refs[1] = otherCID(t, 1, cid.DagProtobuf, multihash.SHA2_256, "p") }), ErrInvalid},
		{"ref sha3", mutate(func(n *LogNode) { n.Refs[0] = otherCID(t, 1, cid.DagCBOR, multihash.SHA3_256, "p") }), ErrInvalid},
		{"ref identity hash", mutate(func(n *LogNode) { n.Refs[0] = otherCID(t, 1, cid.DagCBOR, multihash.IDENTITY, "p") }), ErrInvalid},
		{"duplicate refs", mutate(func(n *LogNode) { n.Refs[2] = n.Refs[0] }), ErrInvalid},
		{"too many refs", mutate(func(n *LogNode) {
			n.Refs = nil
			for i := range MaxRefs + 1 {
				n.Refs = append(n.Refs, testLink(strings.Repeat("r", i+1)))
			}
		}), ErrInvalid},
		{"body too large", mutate(func(n *LogNode) { n.Body = make([]byte, MaxBodySize+1) }), ErrInvalid},
		{"no sig", mutate(func(n *LogNode) { n.Sig = nil }), ErrInvalid},
		{"sig 64 bytes", mutate(func(n *LogNode) { n.Sig = n.Sig[:64] }), ErrInvalid},
		{"time negative", mutate(func(n *LogNode) { n.Time = -1 }), ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := DecodeLogNode(tc.in)
			checkDecodeErr(t, err, tc.want)
			if n != nil {
				t.Fatalf("returned a node with error %v", err)
			}
		})
	}
}

// TestDecodeMisfitWording checks the words of ErrMalformed for well-formed
// dag-cbor of another shape: the type, the field and the kinds, in our
// words, with the decoder's own error still behind it for logs.
func TestDecodeMisfitWording(t *testing.T) {
	t.Parallel()
	n2 := testLogNode(t, 9, 3)
	f2 := logNodeFields(n2)
	for _, tc := range []struct {
		name, in, want string
	}{
		{"integer", string(cb(nil).uint(7)), "the LogNode is an int, want a map"},
		{"list", string(cb(nil).list(0)), "the LogNode is a list, want a map"},
		{"unknown field", string(cborMap(kv{"a", cb(nil).uint(1)})), `the LogNode has no field "a"`},
		{"long unknown field", string(cborMap(kv{strings.Repeat("k", 100), cb(nil).uint(1)})), `the LogNode has no field "` + strings.Repeat("k", 40) + `"`},
		{"missing fields", string(cborMap(withField(withField(f2, "time", nil), "ring", nil)...)), "the LogNode lacks the field(s) ring, time"},
		{"wrong kind", string(cborMap(withField(f2, "chain", cb(nil).text("1"))...)), "chain is a string, want an int"},
		{"null", string(cborMap(withField(f2, "sig", cb(nil).null())...)), "sig is null, want a byte string"},
		{"list element", string(cborMap(withField(f2, "refs", cb(nil).list(1).uint(3))...)), "refs[0] is an int, want a link"},
		{"garbage CID", string(cborMap(withField(f2, "prev", cb(nil).head(6, 42).bytes([]byte{0, 1, 2, 3}))...)), "tag 42 holds no valid CID"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := DecodeLogNode([]byte(tc.in))
			checkDecodeErr(t, err, ErrMalformed)
			if want := "schemas: decode LogNode: malformed dag-cbor: " + tc.want; err.Error() != want {
				t.Errorf("error %q, want %q", err, want)
			}
			// Behind our words, the library's error, for logs.
			var h hidden
			if !errors.As(err, &h) || h.err == nil || strings.Contains(err.Error(), h.err.Error()) {
				t.Errorf("error %q: want the library's error behind it and not in its text, got %#v", err, h)
			}
		})
	}
}

func TestDecodeMessageRejects(t *testing.T) {
	t.Parallel()
	fields := func(app, domain, typ string, payload cb) []kv {
		return []kv{{"app", cb(nil).text(app)}, {"type", cb(nil).text(typ)}, {"domain", cb(nil).text(domain)}, {"payload", payload}}
	}
	ok := fields("a", "d", "t", cb(nil).uint(1))
	if _, err := DecodeMessage(cborMap(ok...)); err != nil {
		t.Fatalf("hand-made valid message: %v", err)
	}
	deep := append(bytes.Repeat([]byte{0x81}, MaxNesting), 0x01)
	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"too large", make([]byte, MaxMessageSize+1), ErrTooLarge},
		{"empty", nil, ErrMalformed},
		{"missing payload", cborMap(withField(ok, "payload", nil)...), ErrMalformed},
		{"null status", sortedMap(append(ok, kv{"status", cb(nil).null()})...), ErrMalformed},
		{"app is bytes", cborMap(withField(ok, "app", cb(nil).bytes([]byte("a")))...), ErrMalformed},
		{"bad UTF-8 app", cborMap(withField(ok, "app", cb(nil).text("\xc3\x28"))...), ErrMalformed},
		{"bad UTF-8 in payload", cborMap(withField(ok, "payload", cb(nil).text("ok\xff"))...), ErrMalformed},
		{"payload too deep", cborMap(withField(ok, "payload", deep)...), ErrMalformed},
		{"payload NaN", cborMap(withField(ok, "payload", cb(nil).raw(0xfb, 0x7f, 0xf8, 0, 0, 0, 0, 0, 1))...), ErrMalformed},
		{"payload infinity", cborMap(withField(ok, "payload", cb(nil).raw(0xfb, 0x7f, 0xf0, 0, 0, 0, 0, 0, 0))...), ErrMalformed},
		{"payload undefined", cborMap(withField(ok, "payload", cb(nil).raw(0xf7))...), ErrMalformed},
		{"payload int map key", cborMap(withField(ok, "payload", cb(nil).mapn(1).uint(1).uint(2))...), ErrMalformed},
		{"payload duplicate key", cborMap(withField(ok, "payload", cb(nil).mapn(2).text("a").uint(1).text("a").uint(2))...), ErrMalformed},
		{"payload odd indefinite map", cborMap(withField(ok, "payload", cb(nil).raw(0xbf).text("a").raw(0xff))...), ErrMalformed},

		{"unsorted keys", cborMap(swapped(ok, 0, 1)...), ErrNonCanonical},
		{"payload unsorted keys", cborMap(withField(ok, "payload", cb(nil).mapn(2).text("b").uint(1).text("a").uint(2))...), ErrNonCanonical},
		{"payload length-first order", cborMap(withField(ok, "payload", cb(nil).mapn(2).text("aa").uint(1).text("b").uint(2))...), ErrNonCanonical},
		{"payload single float", cborMap(withField(ok, "payload", cb(nil).raw(0xfa, 0x3f, 0x80, 0, 0))...), ErrNonCanonical},
		{"payload indefinite text", cborMap(withField(ok, "payload", cb(nil).raw(0x7f).text("a").text("b").raw(0xff))...), ErrNonCanonical},
		{"payload non-minimal negative", cborMap(withField(ok, "payload", cb(nil).raw(0x38, 0x01))...), ErrNonCanonical},

		{"empty app", cborMap(fields("", "d", "t", cb(nil).uint(1))...), ErrInvalid},
		{"empty type", cborMap(fields("a", "d", "", cb(nil).uint(1))...), ErrInvalid},
		{"long domain", cborMap(fields("a", strings.Repeat("d", MaxStringSize+1), "t", cb(nil).uint(1))...), ErrInvalid},
		{"empty status", sortedMap(append(ok, kv{"status", cb(nil).text("")})...), ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := DecodeMessage(tc.in)
			checkDecodeErr(t, err, tc.want)
			if m != nil {
				t.Fatalf("returned a message with error %v", err)
			}
		})
	}
}

func TestDecodeMessageLimits(t *testing.T) {
	// At the limits: the deepest payload and the longest strings decode.
	deep := datamodel.Node(basicnode.NewInt(1))
	for range MaxNesting - 1 {
		inner := deep
		deep, _ = qp.BuildList(basicnode.Prototype.Any, 1, func(la datamodel.ListAssembler) {
			qp.ListEntry(la, qp.Node(inner))
		})
	}
	s := strings.Repeat("x", MaxStringSize)
	m := &Message{App: s, Domain: s, Type: s, Status: &s, Payload: deep}
	b, err := EncodeMessage(m)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeMessage(b); err != nil {
		t.Fatal(err)
	}
	// Integers beyond int64 are malformed, in a payload too.
	for _, big := range []cb{cb(nil).uint(1 << 63), cb(nil).neg(1 << 63)} {
		in := sortedMap(kv{"app", cb(nil).text("a")}, kv{"type", cb(nil).text("t")}, kv{"domain", cb(nil).text("d")},
			kv{"payload", big})
		if _, err := DecodeMessage(in); !errors.Is(err, ErrMalformed) {
			t.Errorf("payload %x: %v, want ErrMalformed", big, err)
		}
	}
	// The int64 extremes decode.
	for _, v := range []int64{math.MaxInt64, math.MinInt64} {
		m := &Message{App: "a", Domain: "d", Type: "t", Payload: basicnode.NewInt(v)}
		b, err := EncodeMessage(m)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeMessage(b); err != nil {
			t.Errorf("payload %d: %v", v, err)
		}
	}
}

func TestDecodeRingEntryRejects(t *testing.T) {
	t.Parallel()
	base := testRingEntry(3, 4, 3)
	mutate := func(f func(e *RingEntry)) []byte {
		e := *base
		e.Heads = append([]HeadRef(nil), base.Heads...)
		e.Outputs = append([]Output(nil), base.Outputs...)
		f(&e)
		return encodeUnchecked(t, &e)
	}
	valid := encodeUnchecked(t, base)
	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"too large", make([]byte, MaxRingEntrySize+1), ErrTooLarge},
		{"empty", nil, ErrMalformed},
		{"log node", encodeUnchecked(t, testLogNode(t, 1, 0)), ErrMalformed},
		{"head missing seq", sortedMap(
			kv{"ring", cb(nil).bytes(base.Ring)}, kv{"time", cb(nil).uint(1)}, kv{"chain", cb(nil).uint(1)},
			kv{"heads", cb(nil).list(1).mapn(2).text("head").link(testLink("x")).text("member").bytes(addr(1))},
			kv{"index", cb(nil).uint(0)}, kv{"prev", cb(nil).null()}, kv{"outputs", cb(nil).list(0)}), ErrMalformed},
		{"trailing", append(bytes.Clone(valid), 0xf6), ErrNonCanonical},
		{"negative index", mutate(func(e *RingEntry) { e.Index = -1; e.Prev = nil }), ErrInvalid},
		{"index 0 with prev", mutate(func(e *RingEntry) { e.Index = 0 }), ErrInvalid},
		{"index 1 without prev", mutate(func(e *RingEntry) { e.Index = 1; e.Prev = nil }), ErrInvalid},
		{"prev raw codec", mutate(func(e *RingEntry) { e.Prev = ptr(otherCID(t, 1, cid.Raw, multihash.SHA2_256, "x")) }), ErrInvalid},
		{"chain 0", mutate(func(e *RingEntry) { e.Chain = 0 }), ErrInvalid},
		{"ring 21 bytes", mutate(func(e *RingEntry) { e.Ring = make([]byte, 21) }), ErrInvalid},
		{"time negative", mutate(func(e *RingEntry) { e.Time = -5 }), ErrInvalid},
		{"unsorted heads", mutate(func(e *RingEntry) { e.Heads[1], e.Heads[2] = e.Heads[2], e.Heads[1] }), ErrInvalid},
		{"duplicate head member", mutate(func(e *RingEntry) { e.Heads[2].Member = e.Heads[1].Member }), ErrInvalid},
		{"head member 19 bytes", mutate(func(e *RingEntry) { e.Heads[0].Member = e.Heads[0].Member[1:] }), ErrInvalid},
		{"head seq 0", mutate(func(e *RingEntry) { e.Heads[3].Seq = 0 }), ErrInvalid},
		{"head CIDv0", mutate(func(e *RingEntry) { e.Heads[0].Head = otherCID(t, 0, 0, multihash.SHA2_256, "x") }), ErrInvalid},
		{"too many heads", mutate(func(e *RingEntry) { e.Heads = testRingEntry(1, MaxHeads+1, 0).Heads }), ErrInvalid},
		{"unsorted outputs", mutate(func(e *RingEntry) { e.Outputs[0], e.Outputs[1] = e.Outputs[1], e.Outputs[0] }), ErrInvalid},
		{"duplicate output pin", mutate(func(e *RingEntry) { e.Outputs[1].Pin = e.Outputs[0].Pin }), ErrInvalid},
		{"negative pin", mutate(func(e *RingEntry) { e.Outputs[0].Pin = -1 }), ErrInvalid},
		{"output dag-pb", mutate(func(e *RingEntry) { e.Outputs[2].Data = otherCID(t, 1, cid.DagProtobuf, multihash.SHA2_256, "x") }), ErrInvalid},
		{"too many outputs", mutate(func(e *RingEntry) { e.Outputs = testRingEntry(1, 0, MaxOutputs+1).Outputs }), ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := DecodeRingEntry(tc.in)
			checkDecodeErr(t, err, tc.want)
			if e != nil {
				t.Fatalf("returned an entry with error %v", err)
			}
		})
	}
}

func TestDecodeForkProofRejects(t *testing.T) {
	t.Parallel()
	base := testForkProof()
	mutate := func(f func(p *ForkProof)) []byte {
		p := *base
		f(&p)
		return encodeUnchecked(t, &p)
	}
	for _, tc := range []struct {
		name string
		in   []byte
		want error
	}{
		{"too large", make([]byte, MaxForkProofSize+1), ErrTooLarge},
		{"garbage", []byte("not cbor at all"), ErrMalformed},
		{"trailing", append(encodeUnchecked(t, base), 0), ErrNonCanonical},
		{"same nodes", mutate(func(p *ForkProof) { p.B = p.A }), ErrInvalid},
		{"seq 0", mutate(func(p *ForkProof) { p.Seq = 0 }), ErrInvalid},
		{"author 0 bytes", mutate(func(p *ForkProof) { p.Author = nil }), ErrInvalid},
		{"a raw", mutate(func(p *ForkProof) { p.A = otherCID(t, 1, cid.Raw, multihash.SHA2_256, "x") }), ErrInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := DecodeForkProof(tc.in)
			checkDecodeErr(t, err, tc.want)
			if p != nil {
				t.Fatalf("returned a proof with error %v", err)
			}
		})
	}
}

func TestInvalidErrorNamesField(t *testing.T) {
	e := testRingEntry(1, 3, 0)
	e.Heads[2].Seq = 0
	err := e.Validate()
	var ie *InvalidError
	if !errors.As(err, &ie) || ie.Type != "RingEntry" || ie.Field != "heads[2].seq" {
		t.Fatalf("error = %#v, want RingEntry.heads[2].seq", err)
	}
	if !strings.Contains(err.Error(), "heads[2].seq") {
		t.Fatalf("message %q does not name the field", err)
	}
}
