package registry

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ipld/go-ipld-prime/codec/dagcbor"
	"github.com/ipld/go-ipld-prime/datamodel"
	"github.com/ipld/go-ipld-prime/node/basicnode"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// A registry node keeps every operation it accepts as a message of its own
// log in the registry ring, from where the other registry nodes take it.
// The message's payload is the operation's block, byte for byte, so the
// signature inside stays checkable.
const (
	// MessageApp and MessageDomain are the app and domain of every
	// registry message.
	MessageApp    = "rings"
	MessageDomain = "registry"
	// The message types, one per kind of operation.
	TypeResource  = "registry.resource"
	TypeRecord    = "registry.record"
	TypeTombstone = "registry.tombstone"
	// TypeBatch is several operations in one message (see Batch).
	TypeBatch = "registry.batch"
)

// ErrNotRegistryMessage is a log message that is not a registry operation:
// another app, domain or type. Other messages may share the ring's logs.
var ErrNotRegistryMessage = errors.New("registry: not a registry message")

// Message returns op as the message a registry node appends to its log.
func Message(op Op) (*schemas.Message, error) {
	typ, block, err := opBlock(op)
	if err != nil {
		return nil, err
	}
	return &schemas.Message{App: MessageApp, Domain: MessageDomain, Type: typ, Payload: basicnode.NewBytes(block)}, nil
}

// Batch returns ops as one message, so that a commit of many operations
// is one log node: a single operation is Message's; more are a
// TypeBatch message whose payload is the dag-cbor list of [type, block]
// pairs, each as a single operation's message carries it (the blocks
// byte for byte, so every signature inside stays checkable). At most
// MaxBatch operations.
func Batch(ops []Op) (*schemas.Message, error) {
	switch {
	case len(ops) == 0:
		return nil, ErrOp
	case len(ops) == 1:
		return Message(ops[0])
	case len(ops) > MaxBatch:
		return nil, fmt.Errorf("registry: %d operations in one batch, at most %d", len(ops), MaxBatch)
	}
	nb := basicnode.Prototype.List.NewBuilder()
	la, err := nb.BeginList(int64(len(ops)))
	if err != nil {
		return nil, err
	}
	for _, op := range ops {
		typ, block, err := opBlock(op)
		if err != nil {
			return nil, err
		}
		pair, err := la.AssembleValue().BeginList(2)
		if err != nil {
			return nil, err
		}
		if err := pair.AssembleValue().AssignString(typ); err != nil {
			return nil, err
		}
		if err := pair.AssembleValue().AssignBytes(block); err != nil {
			return nil, err
		}
		if err := pair.Finish(); err != nil {
			return nil, err
		}
	}
	if err := la.Finish(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := dagcbor.Encode(nb.Build(), &buf); err != nil {
		return nil, err
	}
	return &schemas.Message{App: MessageApp, Domain: MessageDomain, Type: TypeBatch, Payload: basicnode.NewBytes(buf.Bytes())}, nil
}

// opBlock is op's message type and block.
func opBlock(op Op) (typ string, block []byte, err error) {
	switch {
	case op.Resource != nil && op.Record == nil && op.Tombstone == nil:
		typ = TypeResource
		block, err = schemas.EncodeResource(op.Resource)
	case op.Record != nil && op.Resource == nil && op.Tombstone == nil:
		typ = TypeRecord
		block, err = schemas.EncodeProviderRecord(op.Record)
	case op.Tombstone != nil && op.Resource == nil && op.Record == nil:
		typ = TypeTombstone
		block, err = schemas.EncodeTombstone(op.Tombstone)
	default:
		return "", nil, ErrOp
	}
	return typ, block, err
}

// opOfBlock decodes the block of an operation of message type typ with
// the strict codecs.
func opOfBlock(typ string, block []byte) (Op, error) {
	switch typ {
	case TypeResource:
		r, err := schemas.DecodeResource(block)
		return Op{Resource: r}, err
	case TypeRecord:
		r, err := schemas.DecodeProviderRecord(block)
		return Op{Record: r}, err
	case TypeTombstone:
		t, err := schemas.DecodeTombstone(block)
		return Op{Tombstone: t}, err
	}
	return Op{}, fmt.Errorf("%w: type %q", ErrNotRegistryMessage, typ)
}

// OpsOf returns the operations a registry message carries: one, or a
// batch's. It decodes every block with the strict codecs; it does not
// check the signatures (Apply does). A message of another app, domain or
// type is ErrNotRegistryMessage; a batch that is not canonical dag-cbor of
// 2 to MaxBatch [type, block] pairs of operations is refused whole.
func OpsOf(m *schemas.Message) ([]Op, error) {
	if m.App != MessageApp || m.Domain != MessageDomain {
		return nil, fmt.Errorf("%w: app %q, domain %q", ErrNotRegistryMessage, m.App, m.Domain)
	}
	if m.Payload == nil || m.Payload.Kind() != datamodel.Kind_Bytes {
		return nil, fmt.Errorf("registry: a %s message's payload must be bytes", m.Type)
	}
	payload, err := m.Payload.AsBytes()
	if err != nil {
		return nil, err
	}
	if m.Type != TypeBatch {
		op, err := opOfBlock(m.Type, payload)
		if err != nil {
			return nil, err
		}
		return []Op{op}, nil
	}
	return decodeBatch(payload)
}

// decodeBatch decodes a TypeBatch payload.
func decodeBatch(payload []byte) ([]Op, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("registry: a batch must be a dag-cbor list of 2 to %d [type, block] pairs: %s", MaxBatch, fmt.Sprintf(format, args...))
	}
	nb := basicnode.Prototype.Any.NewBuilder()
	if err := (dagcbor.DecodeOptions{MaxDepth: 3}).Decode(nb, bytes.NewReader(payload)); err != nil {
		return nil, bad("%v", err)
	}
	n := nb.Build()
	if n.Kind() != datamodel.Kind_List || n.Length() < 2 || n.Length() > MaxBatch {
		return nil, bad("a %s of length %d", n.Kind(), n.Length())
	}
	ops := make([]Op, 0, n.Length())
	for it := n.ListIterator(); !it.Done(); {
		i, pair, err := it.Next()
		if err != nil {
			return nil, bad("%v", err)
		}
		if pair.Kind() != datamodel.Kind_List || pair.Length() != 2 {
			return nil, bad("[%d] is a %s of length %d", i, pair.Kind(), pair.Length())
		}
		tn, _ := pair.LookupByIndex(0)
		bn, _ := pair.LookupByIndex(1)
		typ, err1 := tn.AsString()
		block, err2 := bn.AsBytes()
		if err1 != nil || err2 != nil || typ == TypeBatch {
			return nil, bad("[%d] is not a type and a block", i)
		}
		op, err := opOfBlock(typ, block)
		if err != nil {
			return nil, fmt.Errorf("registry: batch [%d]: %w", i, err)
		}
		ops = append(ops, op)
	}
	// Canonical: the bytes are what Batch writes for these operations.
	again, err := Batch(ops)
	if err != nil {
		return nil, err
	}
	if b, _ := again.Payload.AsBytes(); !bytes.Equal(b, payload) {
		return nil, bad("not canonical dag-cbor")
	}
	return ops, nil
}
