package schemas

import (
	_ "embed"
	"fmt"

	"github.com/ipfs/go-cid"
	"github.com/ipld/go-ipld-prime"
	"github.com/ipld/go-ipld-prime/datamodel"
	"github.com/ipld/go-ipld-prime/node/bindnode"
	"github.com/ipld/go-ipld-prime/schema"
)

// SchemaDSL is the IPLD schema of every Rings block, in the schema DSL
// (rings.ipldsch).
//
//go:embed rings.ipldsch
var SchemaDSL string

// TypeSystem is SchemaDSL compiled.
var TypeSystem *schema.TypeSystem

// Prototypes binds each schema struct type to its Go type with bindnode, for
// callers that work with IPLD nodes (selectors, other codecs): build a node
// with Prototypes.LogNode.Representation().NewBuilder() and take the Go
// value with bindnode.Unwrap. The Encode and Decode functions are the way to
// make and read blocks.
var Prototypes struct {
	LogNode   schema.TypedPrototype
	Message   schema.TypedPrototype
	RingEntry schema.TypedPrototype
	HeadRef   schema.TypedPrototype
	Output    schema.TypedPrototype
	ForkProof schema.TypedPrototype

	Resource       schema.TypedPrototype
	ProviderRecord schema.TypedPrototype
	Tombstone      schema.TypedPrototype

	SnapshotRoot  schema.TypedPrototype
	SnapshotShard schema.TypedPrototype
	SnapshotChild schema.TypedPrototype
	SnapshotEntry schema.TypedPrototype
	SnapshotHead  schema.TypedPrototype
}

func init() {
	ts, err := ipld.LoadSchemaBytes([]byte(SchemaDSL))
	if err != nil {
		panic(fmt.Sprintf("schemas: rings.ipldsch: %v", err))
	}
	TypeSystem = ts
	bind := func(ptr any, name string) schema.TypedPrototype {
		t := ts.TypeByName(name)
		if t == nil {
			panic("schemas: rings.ipldsch has no type " + name)
		}
		return bindnode.Prototype(ptr, t, bindOptions...) // panics if the Go type does not fit
	}
	Prototypes.LogNode = bind((*LogNode)(nil), "LogNode")
	Prototypes.Message = bind((*Message)(nil), "Message")
	Prototypes.RingEntry = bind((*RingEntry)(nil), "RingEntry")
	Prototypes.HeadRef = bind((*HeadRef)(nil), "HeadRef")
	Prototypes.Output = bind((*Output)(nil), "Output")
	Prototypes.ForkProof = bind((*ForkProof)(nil), "ForkProof")
	Prototypes.Resource = bind((*Resource)(nil), "Resource")
	Prototypes.ProviderRecord = bind((*ProviderRecord)(nil), "ProviderRecord")
	Prototypes.Tombstone = bind((*Tombstone)(nil), "Tombstone")
	Prototypes.SnapshotRoot = bind((*SnapshotRoot)(nil), "SnapshotRoot")
	Prototypes.SnapshotShard = bind((*SnapshotShard)(nil), "SnapshotShard")
	Prototypes.SnapshotChild = bind((*SnapshotChild)(nil), "SnapshotChild")
	Prototypes.SnapshotEntry = bind((*SnapshotEntry)(nil), "SnapshotEntry")
	Prototypes.SnapshotHead = bind((*SnapshotHead)(nil), "SnapshotHead")
}

// bindOptions are the bindnode options of every Rings type. bindnode cannot
// assign null to an Any field (Message.payload) without a converter; this one
// stores every Any value, null included, as the datamodel.Node it is.
var bindOptions = []bindnode.Option{
	bindnode.NamedAnyConverter("Any",
		func(n datamodel.Node) (any, error) { return &n, nil },
		func(v any) (datamodel.Node, error) {
			p, ok := v.(*datamodel.Node)
			if !ok || p == nil || *p == nil {
				return nil, fmt.Errorf("no Any value")
			}
			return *p, nil
		}),
}

// Limits. Decoders reject larger input with ErrTooLarge before parsing it,
// and Validate rejects values beyond the per-field limits with ErrInvalid.
const (
	// MaxBodySize is the largest LogNode body (the sealed Message): 1 MiB.
	MaxBodySize = 1 << 20

	// MaxLogNodeSize is the largest encoded LogNode: MaxBodySize plus 16 KiB
	// for the other fields (at most MaxRefs links need about 2.5 KiB).
	MaxLogNodeSize = MaxBodySize + 16<<10

	// MaxRefs is the most refs a LogNode may carry.
	MaxRefs = 64

	// MaxMessageSize is the largest encoded Message: 1 KiB less than
	// MaxBodySize, leaving room for the seal's nonce, tag and framing, so a
	// Message of this size still fits a body once sealed.
	MaxMessageSize = MaxBodySize - 1<<10

	// MaxHeads is the most heads a RingEntry may carry (one per member).
	MaxHeads = 1024

	// MaxOutputs is the most outputs a RingEntry may carry.
	MaxOutputs = 1024

	// MaxRingEntrySize is the largest encoded RingEntry: 256 KiB, enough for
	// MaxHeads heads and MaxOutputs outputs (about 150 KiB).
	MaxRingEntrySize = 256 << 10

	// MaxForkProofSize is the largest encoded ForkProof.
	MaxForkProofSize = 1 << 10

	// MaxStringSize is the longest Message app, domain, type or status, in
	// bytes.
	MaxStringSize = 256

	// MaxNesting is the deepest nesting of lists and maps accepted in a
	// block, which bounds a Message payload.
	MaxNesting = 64

	// AddressSize is the length of the ring, author and member fields: an
	// Ethereum address.
	AddressSize = 20

	// SignatureSize is the length of a signature: r || s || v.
	SignatureSize = 65
)

// LogNode is one signed entry of a member's single-writer log (schema type
// LogNode). Its block is EncodeLogNode's output; its signature is over the
// EIP-712 LogNode digest (LogNodeDigest), not over the block.
type LogNode struct {
	Ring   []byte    // 20-byte ring contract address
	Chain  int64     // EVM chain id, > 0
	Author []byte    // 20-byte avatar address of the signer
	Seq    int64     // 1 for the first node, Prev's Seq + 1 after
	Prev   *cid.Cid  // previous node of this log; nil iff Seq == 1
	Refs   []cid.Cid // heads of other members' logs the author had seen, at most MaxRefs, no duplicates
	Body   []byte    // sealed Message, at most MaxBodySize
	Time   int64     // unix milliseconds, >= 0
	Sig    []byte    // 65-byte signature r || s || v, v = 27 or 28
	// Session, when set, is the author's delegation to the key that made
	// Sig (see Session); nil when the author signed.
	Session *Session
}

// Message is the plaintext inside a LogNode body (schema type Message).
type Message struct {
	App     string         // application domain separator
	Domain  string         // message domain separator, e.g. "GlobalAddressRing"
	Type    string         // "FlushToRing", "ReplicateRing", "chat.message", ...
	Status  *string        // optional: "received", "relayed", "failed", ...
	Payload datamodel.Node // any IPLD data, e.g. built with basicnode or fluent/qp; may hold Links
}

// RingEntry is one entry of a ring's multi-writer consensus log (schema type
// RingEntry).
type RingEntry struct {
	Ring    []byte    // 20-byte ring contract address
	Chain   int64     // EVM chain id, > 0
	Index   int64     // 0-based position in the ring log
	Prev    *cid.Cid  // previous entry; nil iff Index == 0
	Heads   []HeadRef // agreed member heads, strictly ascending by Member, at most MaxHeads
	Outputs []Output  // registered outputs, strictly ascending by Pin, at most MaxOutputs
	Time    int64     // unix milliseconds, >= 0
}

// HeadRef is one member's log head in a RingEntry.
type HeadRef struct {
	Member []byte  // 20-byte avatar address
	Seq    int64   // seq of Head, >= 1
	Head   cid.Cid // the member's head LogNode
}

// Output is one registered output of a RingEntry.
type Output struct {
	Pin  int64   // output slot, >= 0
	Data cid.Cid // root of the output's DAG
}

// ForkProof names two different LogNodes that one author signed for the same
// ring, chain and seq.
type ForkProof struct {
	Ring   []byte  // 20-byte ring contract address
	Chain  int64   // EVM chain id, > 0
	Author []byte  // 20-byte avatar address of the equivocating member
	Seq    int64   // the seq both nodes claim, >= 1
	A      cid.Cid // one node
	B      cid.Cid // the other node, != A
}
