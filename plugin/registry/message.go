package registry

import (
	"errors"
	"fmt"

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
)

// ErrNotRegistryMessage is a log message that is not a registry operation:
// another app, domain or type. Other messages may share the ring's logs.
var ErrNotRegistryMessage = errors.New("registry: not a registry message")

// Message returns op as the message a registry node appends to its log.
func Message(op Op) (*schemas.Message, error) {
	var (
		typ   string
		block []byte
		err   error
	)
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
		return nil, ErrOp
	}
	if err != nil {
		return nil, err
	}
	return &schemas.Message{App: MessageApp, Domain: MessageDomain, Type: typ, Payload: basicnode.NewBytes(block)}, nil
}

// OpOf returns the operation a registry message carries. It decodes the
// block with the strict codecs; it does not check the signature (Apply
// does). A message of another app, domain or type is
// ErrNotRegistryMessage.
func OpOf(m *schemas.Message) (Op, error) {
	if m.App != MessageApp || m.Domain != MessageDomain {
		return Op{}, fmt.Errorf("%w: app %q, domain %q", ErrNotRegistryMessage, m.App, m.Domain)
	}
	if m.Payload == nil || m.Payload.Kind() != datamodel.Kind_Bytes {
		return Op{}, fmt.Errorf("registry: a %s message's payload must be the operation's block as bytes", m.Type)
	}
	block, err := m.Payload.AsBytes()
	if err != nil {
		return Op{}, err
	}
	switch m.Type {
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
	return Op{}, fmt.Errorf("%w: type %q", ErrNotRegistryMessage, m.Type)
}
