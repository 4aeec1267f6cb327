package schemas

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/ipld/go-ipld-prime/codec"
	"github.com/ipld/go-ipld-prime/codec/dagcbor"
	"github.com/ipld/go-ipld-prime/datamodel"
	"github.com/ipld/go-ipld-prime/node/basicnode"
	"github.com/ipld/go-ipld-prime/node/bindnode"
	"github.com/ipld/go-ipld-prime/schema"
)

var (
	encodeOptions = dagcbor.EncodeOptions{
		AllowLinks:  true,
		MapSortMode: codec.MapSortMode_RFC7049,
	}
	// Strict: the decoder rejects every non-canonical form it can see;
	// scanDagCBOR has classified those before it runs.
	decodeOptions = dagcbor.DecodeOptions{
		AllowLinks: true,
		MaxDepth:   MaxNesting + 1,
	}
)

// EncodeLogNode returns the canonical dag-cbor block of n, after checking
// n.Validate (so n must be signed). Its CID is Block's.
func EncodeLogNode(n *LogNode) ([]byte, error) {
	if err := n.Validate(); err != nil {
		return nil, err
	}
	return encode(n, Prototypes.LogNode, "LogNode", MaxLogNodeSize, 160+len(n.Body)+40*len(n.Refs))
}

// DecodeLogNode decodes a LogNode block. It fails with ErrTooLarge above
// MaxLogNodeSize bytes, ErrMalformed, ErrNonCanonical, or ErrInvalid (see
// LogNode.Validate), in that order of checks. It does not verify the
// signature: see VerifyLogNode. Empty lists and byte strings decode as nil.
func DecodeLogNode(data []byte) (*LogNode, error) {
	n, err := decode[LogNode](data, Prototypes.LogNode, "LogNode", MaxLogNodeSize)
	if err != nil {
		return nil, err
	}
	if err := n.Validate(); err != nil {
		return nil, err
	}
	return n, nil
}

// EncodeMessage returns the canonical dag-cbor encoding of m, after checking
// m.Validate. It fails with ErrTooLarge above MaxMessageSize bytes, and with
// ErrInvalid if m.Payload cannot be encoded as dag-cbor that DecodeMessage
// accepts (for example nested deeper than MaxNesting).
func EncodeMessage(m *Message) ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	b, err := encode(m, Prototypes.Message, "Message", MaxMessageSize, 256)
	if err != nil {
		return nil, err
	}
	if err := scanDagCBOR(b, MaxNesting); err != nil {
		return nil, invalid("Message", "payload", "%v", err)
	}
	return b, nil
}

// DecodeMessage decodes a Message. It fails with ErrTooLarge above
// MaxMessageSize bytes, ErrMalformed, ErrNonCanonical, or ErrInvalid (see
// Message.Validate), in that order of checks. The payload is built with
// basicnode.
func DecodeMessage(data []byte) (*Message, error) {
	m, err := decode[Message](data, Prototypes.Message, "Message", MaxMessageSize)
	if err != nil {
		return nil, err
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// EncodeRingEntry returns the canonical dag-cbor block of e, after checking
// e.Validate. Its CID is Block's, and that CID's Digest is the entry a
// RingEntry vote signs (RingEntryDigest).
func EncodeRingEntry(e *RingEntry) ([]byte, error) {
	if err := e.Validate(); err != nil {
		return nil, err
	}
	return encode(e, Prototypes.RingEntry, "RingEntry", MaxRingEntrySize, 160+90*len(e.Heads)+60*len(e.Outputs))
}

// DecodeRingEntry decodes a RingEntry block. It fails with ErrTooLarge above
// MaxRingEntrySize bytes, ErrMalformed, ErrNonCanonical, or ErrInvalid (see
// RingEntry.Validate), in that order of checks. Empty lists decode as nil.
func DecodeRingEntry(data []byte) (*RingEntry, error) {
	e, err := decode[RingEntry](data, Prototypes.RingEntry, "RingEntry", MaxRingEntrySize)
	if err != nil {
		return nil, err
	}
	if err := e.Validate(); err != nil {
		return nil, err
	}
	return e, nil
}

// EncodeForkProof returns the canonical dag-cbor block of p, after checking
// p.Validate.
func EncodeForkProof(p *ForkProof) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return encode(p, Prototypes.ForkProof, "ForkProof", MaxForkProofSize, 192)
}

// DecodeForkProof decodes a ForkProof block. It fails with ErrTooLarge above
// MaxForkProofSize bytes, ErrMalformed, ErrNonCanonical, or ErrInvalid (see
// ForkProof.Validate), in that order of checks.
func DecodeForkProof(data []byte) (*ForkProof, error) {
	p, err := decode[ForkProof](data, Prototypes.ForkProof, "ForkProof", MaxForkProofSize)
	if err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

// encode encodes *v, bound to proto, as dag-cbor. A panic in the encoder (a
// caller's datamodel.Node in a Message payload may misbehave) is an error.
func encode(v any, proto schema.TypedPrototype, typ string, limit, sizeHint int) (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, invalid(typ, "", "cannot encode: %v", r)
		}
	}()
	var buf bytes.Buffer
	buf.Grow(sizeHint)
	if err := encodeOptions.Encode(bindnode.Wrap(v, proto.Type(), bindOptions...).Representation(), &buf); err != nil {
		return nil, invalid(typ, "", "cannot encode: %v", err)
	}
	if buf.Len() > limit {
		return nil, fmt.Errorf("schemas: encode %s: %w: %d bytes, limit %d", typ, ErrTooLarge, buf.Len(), limit)
	}
	return buf.Bytes(), nil
}

// decode decodes data into a new T bound to proto, and checks that data is
// canonical. It does not validate the result.
func decode[T any](data []byte, proto schema.TypedPrototype, typ string, limit int) (*T, error) {
	if len(data) > limit {
		return nil, fmt.Errorf("schemas: decode %s: %w: %d bytes, limit %d", typ, ErrTooLarge, len(data), limit)
	}
	if err := scanDagCBOR(data, MaxNesting); err != nil {
		return nil, fmt.Errorf("schemas: decode %s: %w", typ, err)
	}
	nb := proto.Representation().NewBuilder()
	if err := decodeOptions.Decode(nb, bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("schemas: decode %s: %w: %w", typ, ErrMalformed, misfitError(proto.Type(), data, err))
	}
	v, ok := bindnode.Unwrap(nb.Build()).(*T)
	if !ok {
		return nil, fmt.Errorf("schemas: decode %s: %w: unexpected node", typ, ErrMalformed)
	}
	// scanDagCBOR and the strict decoder leave little to catch here, but
	// canonical means exactly this: the bytes are the encoding of the value.
	// (Re-encode the Go value, as the Encode functions do: bindnode's built
	// node would encode an absent optional field as null.)
	var buf bytes.Buffer
	buf.Grow(len(data))
	if err := encodeOptions.Encode(bindnode.Wrap(v, proto.Type(), bindOptions...).Representation(), &buf); err != nil {
		return nil, fmt.Errorf("schemas: decode %s: %w: %w", typ, ErrMalformed, hidden{errors.New("does not re-encode"), err})
	}
	if !bytes.Equal(buf.Bytes(), data) {
		return nil, fmt.Errorf("schemas: decode %s: %w: re-encodes to other bytes", typ, ErrNonCanonical)
	}
	return v, nil
}

// hidden is an error in our words with a library's error behind it. Its
// text is msg's alone, so that a client may be shown it (bindnode's and
// go-cid's texts are their internals: "bindnode TODO: …", "func called on
// wrong kind: …"); errors.Is, errors.As and errors.Unwrap reach both, for
// logs and tests.
type hidden struct{ msg, err error }

func (h hidden) Error() string   { return h.msg.Error() }
func (h hidden) Unwrap() []error { return []error{h.msg, h.err} }

// misfitError words err, the schema decoder's refusal of data (well-formed
// dag-cbor, as scanDagCBOR has checked), as ours: it decodes data again
// without a schema and names the first place where it departs from t, and
// which way (see misfit). It runs only on the decoder's failure.
func misfitError(t schema.Type, data []byte, err error) error {
	nb := basicnode.Prototype.Any.NewBuilder()
	if decodeOptions.Decode(nb, bytes.NewReader(data)) == nil {
		if msg, ok := misfit(t, nb.Build(), ""); ok {
			return hidden{errors.New(msg), err}
		}
	}
	return hidden{fmt.Errorf("does not fit the %s schema", t.Name()), err}
}

// misfit returns where n, at path (a field path as InvalidError names
// them, "" for the whole value), departs from the schema type t: a value of
// the wrong kind, a field the type does not have, or required fields
// missing. It knows what the schema uses: structs with map
// representations, lists, maps, scalars, links, Any.
func misfit(t schema.Type, n datamodel.Node, path string) (string, bool) {
	want := t.RepresentationBehavior()
	if want == datamodel.Kind_Invalid { // Any
		return "", false
	}
	if n.Kind() != want {
		return fmt.Sprintf("%s is %s, want %s", describe(t, path), kindName(n.Kind()), kindName(want)), true
	}
	switch t := t.(type) {
	case *schema.TypeStruct:
		rs, ok := t.RepresentationStrategy().(schema.StructRepresentation_Map)
		if !ok {
			return "", false
		}
		byKey := make(map[string]schema.StructField, len(t.Fields()))
		for _, f := range t.Fields() {
			byKey[rs.GetFieldKey(f)] = f
		}
		seen := map[string]bool{}
		for it := n.MapIterator(); !it.Done(); {
			k, v, err := it.Next()
			if err != nil {
				return "", false
			}
			key, err := k.AsString()
			if err != nil {
				return "", false
			}
			f, ok := byKey[key]
			if !ok {
				// %.40q: the key is the client's, of any length.
				return fmt.Sprintf("%s has no field %.40q", describe(t, path), key), true
			}
			seen[key] = true
			if v.IsNull() && f.IsNullable() {
				continue
			}
			if msg, ok := misfit(f.Type(), v, joinField(path, f.Name())); ok {
				return msg, true
			}
		}
		var missing []string
		for _, f := range t.Fields() {
			if !seen[rs.GetFieldKey(f)] && !f.IsOptional() {
				missing = append(missing, f.Name())
			}
		}
		if len(missing) > 0 {
			return fmt.Sprintf("%s lacks the field(s) %s", describe(t, path), strings.Join(missing, ", ")), true
		}
	case *schema.TypeList:
		for it := n.ListIterator(); !it.Done(); {
			i, v, err := it.Next()
			if err != nil {
				return "", false
			}
			if v.IsNull() && t.ValueIsNullable() {
				continue
			}
			if msg, ok := misfit(t.ValueType(), v, fmt.Sprintf("%s[%d]", path, i)); ok {
				return msg, true
			}
		}
	case *schema.TypeMap:
		for it := n.MapIterator(); !it.Done(); {
			k, v, err := it.Next()
			if err != nil {
				return "", false
			}
			key, _ := k.AsString()
			if v.IsNull() && t.ValueIsNullable() {
				continue
			}
			if msg, ok := misfit(t.ValueType(), v, fmt.Sprintf("%s[%.40q]", path, key)); ok {
				return msg, true
			}
		}
	}
	return "", false
}

// describe names the value at path of type t for misfit: the field path,
// or the type for the whole value.
func describe(t schema.Type, path string) string {
	if path == "" {
		return "the " + t.Name()
	}
	return path
}

func joinField(path, field string) string {
	if path == "" {
		return field
	}
	return path + "." + field
}

// kindName is a data model kind with its article: "a map", "an int".
func kindName(k datamodel.Kind) string {
	switch k {
	case datamodel.Kind_Int:
		return "an int"
	case datamodel.Kind_Bytes:
		return "a byte string"
	case datamodel.Kind_Null:
		return "null"
	default:
		return "a " + k.String()
	}
}
