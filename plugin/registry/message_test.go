package registry

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/ipld/go-ipld-prime/codec/dagcbor"
	"github.com/ipld/go-ipld-prime/datamodel"
	"github.com/ipld/go-ipld-prime/node/basicnode"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

func testOps(t testing.TB) []Op {
	owner, alice := newAccount(t), newAccount(t)
	res := newResource(t, "svc", owner, t0)
	p := newPeer(t)
	rec := newRecord(t, res, p, alice, "http://127.0.0.1:8090", t0.Add(time.Second))
	rec.Services = []string{"replica"}
	rec.Relays = [][]byte{newPeer(t)}
	rec.Sig = nil
	if err := schemas.SignProviderRecord(rec, alice.key); err != nil {
		t.Fatal(err)
	}
	return []Op{{Resource: res}, {Record: rec}, {Tombstone: newTombstone(t, res, p, alice, t0.Add(2*time.Second))}}
}

func TestMessageRoundTrip(t *testing.T) {
	for _, op := range testOps(t) {
		m, err := Message(op)
		if err != nil {
			t.Fatal(err)
		}
		// Through the bytes a log node's body holds.
		enc, err := schemas.EncodeMessage(m)
		if err != nil {
			t.Fatal(err)
		}
		dec, err := schemas.DecodeMessage(enc)
		if err != nil {
			t.Fatal(err)
		}
		ops, err := OpsOf(dec)
		if err != nil || len(ops) != 1 {
			t.Fatalf("%s: %d operations, %v", m.Type, len(ops), err)
		}
		got := ops[0]
		again, err := Message(got)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := again.Payload.AsBytes()
		b, _ := m.Payload.AsBytes()
		if again.Type != m.Type || !bytes.Equal(a, b) {
			t.Fatalf("%s: the operation changed on its way through a message", m.Type)
		}
		if _, err := verify(got); err != nil {
			t.Fatalf("%s: the decoded operation does not verify: %v", m.Type, err)
		}
	}
}

// TestBatchRoundTrip: several operations make one message whose payload
// holds every operation's block byte for byte; one operation makes the
// single-operation message.
func TestBatchRoundTrip(t *testing.T) {
	ops := testOps(t)
	m, err := Batch(ops)
	if err != nil {
		t.Fatal(err)
	}
	if m.Type != TypeBatch {
		t.Fatalf("type %q, want %q", m.Type, TypeBatch)
	}
	enc, err := schemas.EncodeMessage(m)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := schemas.DecodeMessage(enc)
	if err != nil {
		t.Fatal(err)
	}
	got, err := OpsOf(dec)
	if err != nil || len(got) != len(ops) {
		t.Fatalf("OpsOf: %d operations, %v; want %d", len(got), err, len(ops))
	}
	for i := range ops {
		_, want, _ := opBlock(ops[i])
		_, have, _ := opBlock(got[i])
		if !bytes.Equal(want, have) {
			t.Fatalf("operation %d changed on its way through a batch", i)
		}
		if _, err := verify(got[i]); err != nil {
			t.Fatalf("operation %d does not verify: %v", i, err)
		}
	}
	one, err := Batch(ops[:1])
	if err != nil || one.Type != TypeResource {
		t.Fatalf("a batch of one: %+v, %v; want the resource's own message", one, err)
	}
	if _, err := Batch(nil); !errors.Is(err, ErrOp) {
		t.Fatalf("an empty batch: %v", err)
	}
}

// TestBatchRefuses: a batch payload that is not a canonical list of 2 to
// MaxBatch [type, block] pairs of operations is refused whole.
func TestBatchRefuses(t *testing.T) {
	ops := testOps(t)
	good, err := Batch(ops)
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := good.Payload.AsBytes()
	_, recBlock, _ := opBlock(ops[1])
	list := func(items ...datamodel.Node) []byte {
		t.Helper()
		nb := basicnode.Prototype.List.NewBuilder()
		la, _ := nb.BeginList(int64(len(items)))
		for _, it := range items {
			if err := la.AssembleValue().AssignNode(it); err != nil {
				t.Fatal(err)
			}
		}
		if err := la.Finish(); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := dagcbor.Encode(nb.Build(), &buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	pair := func(typ string, block []byte) datamodel.Node {
		t.Helper()
		nb := basicnode.Prototype.List.NewBuilder()
		la, _ := nb.BeginList(2)
		_ = la.AssembleValue().AssignString(typ)
		_ = la.AssembleValue().AssignBytes(block)
		_ = la.Finish()
		return nb.Build()
	}
	rec := pair(TypeRecord, recBlock)
	nested, _ := Batch(ops)
	nestedBytes, _ := nested.Payload.AsBytes()
	for name, p := range map[string][]byte{
		"truncated":               payload[:len(payload)-1],
		"not a list":              list()[:0],
		"one pair":                list(rec),
		"a pair of three":         list(rec, basicnode.NewString("x")),
		"an unknown type":         list(rec, pair("registry.other", recBlock)),
		"a batch in a batch":      list(rec, pair(TypeBatch, nestedBytes)),
		"a block of another type": list(rec, pair(TypeResource, recBlock)),
		"trailing bytes":          append(append([]byte{}, payload...), 0),
	} {
		t.Run(name, func(t *testing.T) {
			m := *good
			m.Payload = basicnode.NewBytes(p)
			if _, err := OpsOf(&m); err == nil {
				t.Fatal("OpsOf took it")
			}
		})
	}
}

func TestOpsOfRefuses(t *testing.T) {
	good, err := Message(testOps(t)[1])
	if err != nil {
		t.Fatal(err)
	}
	block, _ := good.Payload.AsBytes()
	mutate := func(f func(m *schemas.Message)) *schemas.Message {
		m := *good
		f(&m)
		return &m
	}
	cases := []struct {
		name string
		msg  *schemas.Message
		want error
	}{
		{"another app", mutate(func(m *schemas.Message) { m.App = "chat" }), ErrNotRegistryMessage},
		{"another domain", mutate(func(m *schemas.Message) { m.Domain = "ring" }), ErrNotRegistryMessage},
		{"another type", mutate(func(m *schemas.Message) { m.Type = "registry.other" }), ErrNotRegistryMessage},
		{"a payload that is not bytes", mutate(func(m *schemas.Message) { m.Payload = basicnode.NewString("x") }), nil},
		{"no payload", mutate(func(m *schemas.Message) { m.Payload = nil }), nil},
		{"a record's block under the resource type", mutate(func(m *schemas.Message) { m.Type = TypeResource }), schemas.ErrMalformed},
		{"a truncated block", mutate(func(m *schemas.Message) { m.Payload = basicnode.NewBytes(block[:len(block)-1]) }), schemas.ErrMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := OpsOf(tc.msg)
			if err == nil {
				t.Fatal("OpsOf took it")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("OpsOf: %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := Message(Op{}); !errors.Is(err, ErrOp) {
		t.Fatalf("Message of an empty op: %v", err)
	}
}

// FuzzOpsOf feeds message bytes, as a registry node reads them from
// another member's log, through DecodeMessage and OpsOf: no panic, and
// what decodes encodes back to the same message.
func FuzzOpsOf(f *testing.F) {
	ops := testOps(f)
	for _, op := range ops {
		m, err := Message(op)
		if err != nil {
			f.Fatal(err)
		}
		enc, err := schemas.EncodeMessage(m)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(enc)
	}
	if m, err := Batch(ops); err == nil {
		if enc, err := schemas.EncodeMessage(m); err == nil {
			f.Add(enc)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := schemas.DecodeMessage(data)
		if err != nil {
			return
		}
		got, err := OpsOf(m)
		if err != nil {
			return
		}
		again, err := Batch(got)
		if err != nil {
			t.Fatalf("decoded operations do not encode: %v", err)
		}
		enc, err := schemas.EncodeMessage(again)
		if err != nil {
			t.Fatal(err)
		}
		if m.Status == nil && !bytes.Equal(enc, data) {
			t.Fatalf("round trip changed the message:\n%x\n%x", data, enc)
		}
	})
}
