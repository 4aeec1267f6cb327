package registry

import (
	"bytes"
	"errors"
	"testing"
	"time"

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
		got, err := OpOf(dec)
		if err != nil {
			t.Fatalf("%s: %v", m.Type, err)
		}
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

func TestOpOfRefuses(t *testing.T) {
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
			_, err := OpOf(tc.msg)
			if err == nil {
				t.Fatal("OpOf took it")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("OpOf: %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := Message(Op{}); !errors.Is(err, ErrOp) {
		t.Fatalf("Message of an empty op: %v", err)
	}
}

// FuzzOpOf feeds message bytes, as a registry node reads them from another
// member's log, through DecodeMessage and OpOf: no panic, and what decodes
// encodes back to the same message.
func FuzzOpOf(f *testing.F) {
	for _, op := range testOps(f) {
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
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := schemas.DecodeMessage(data)
		if err != nil {
			return
		}
		op, err := OpOf(m)
		if err != nil {
			return
		}
		again, err := Message(op)
		if err != nil {
			t.Fatalf("a decoded operation does not encode: %v", err)
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
