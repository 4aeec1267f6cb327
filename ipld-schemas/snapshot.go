package schemas

import (
	"bytes"
	"fmt"

	"github.com/ipfs/go-cid"
)

// Registry snapshot limits (docs/registry.md, "Snapshot"). They are part of
// the format: the layout rule depends on them, so every member must use the
// same values to build the same blocks.
const (
	// SnapshotLeafEntries is the most entries a leaf shard holds. A set of
	// more entries is an inner node. 32 keeps a lookup at 4 blocks (root,
	// two inner nodes, a leaf) up to about a million resources, while a
	// leaf of entries with 4 small records each stays around 50 KiB.
	SnapshotLeafEntries = 32

	// MaxSnapshotShardSize is the largest encoded SnapshotShard: 256 KiB,
	// the default chunk size of IPFS (UnixFS) blocks. A set of entries
	// whose leaf would be larger is an inner node, so it bounds leaves as
	// well as decoding; an inner node of 256 children is about 14 KiB.
	MaxSnapshotShardSize = 256 << 10

	// MaxSnapshotProviders is the most providers of one SnapshotEntry. An
	// entry of this many records with every field at its limit is about
	// 170 KiB, so one entry always fits a leaf.
	MaxSnapshotProviders = 64

	// MaxSnapshotRootSize is the largest encoded SnapshotRoot: 128 KiB.
	// A root is about 115 bytes and 90 bytes per head, so MaxHeads heads
	// (one per member of the largest ring) fit.
	MaxSnapshotRootSize = 128 << 10

	// SnapshotFanout is the number of children an inner node may have: one
	// per value of a byte of the resource id.
	SnapshotFanout = 256
)

// SnapshotRoot is a registry snapshot (schema type SnapshotRoot): the block
// a registry ring anchors as output 0. Root is the trie's shard at depth 0.
type SnapshotRoot struct {
	Chain      int64   // EVM chain id of every object inside, > 0
	Time       int64   // unix milliseconds the view is taken at, 0..MaxCreated
	StaleAfter int64   // milliseconds: a record created before Time - StaleAfter is stale, 1..MaxCreated
	Resources  int64   // entries in the trie, >= 0
	Root       cid.Cid // &SnapshotShard
	// Heads are the registry ring's logs the snapshot was built from,
	// strictly ascending by Author, at most MaxHeads.
	Heads []SnapshotHead
}

// SnapshotHead is one log a snapshot was built from (schema type
// SnapshotHead): the operations of Author's log in the registry ring from
// seq 1 up to Seq, whose log node is Head.
type SnapshotHead struct {
	Author []byte  // 20-byte account
	Seq    int64   // >= 1
	Head   cid.Cid // &LogNode
}

// SnapshotShard is one node of a snapshot's trie (schema type
// SnapshotShard): a leaf (Entries) or an inner node (Children), never both.
// Only the root of an empty snapshot has neither.
type SnapshotShard struct {
	Entries  []SnapshotEntry // strictly ascending by resource id, at most SnapshotLeafEntries
	Children []SnapshotChild // strictly ascending by Index, at most SnapshotFanout
}

// SnapshotChild is the child of an inner node for the resource ids whose
// byte at the node's depth is Index.
type SnapshotChild struct {
	Index int64   // 0..255
	Shard cid.Cid // &SnapshotShard one level deeper
}

// SnapshotEntry is a resource and its providers at the snapshot's time, in
// the registry's order: Hosts host records first, then the others, newest
// first. Each object is exactly as signed: re-encoded alone
// (EncodeResource, EncodeProviderRecord) it is its own block.
type SnapshotEntry struct {
	Resource  Resource
	Hosts     int64            // 0..len(Providers)
	Providers []ProviderRecord // at most MaxSnapshotProviders
}

// IsLeaf reports whether s is a leaf: it has no children.
func (s *SnapshotShard) IsLeaf() bool { return len(s.Children) == 0 }

// Validate checks the rules of a SnapshotRoot: Chain > 0; Time is
// 0..MaxCreated; StaleAfter is 1..MaxCreated; Resources >= 0; Root has
// LinkPrefix; at most MaxHeads heads, strictly ascending by Author, each
// with a 20-byte Author, Seq >= 1 and a LinkPrefix Head. Errors are
// *InvalidError.
func (r *SnapshotRoot) Validate() error {
	const typ = "SnapshotRoot"
	if r == nil {
		return invalid(typ, "", "nil")
	}
	if err := checkChain(typ, r.Chain); err != nil {
		return err
	}
	if r.Time < 0 || r.Time > MaxCreated {
		return invalid(typ, "time", "%d, want 0..%d", r.Time, int64(MaxCreated))
	}
	if r.StaleAfter < 1 || r.StaleAfter > MaxCreated {
		return invalid(typ, "staleAfter", "%d, want 1..%d", r.StaleAfter, int64(MaxCreated))
	}
	if r.Resources < 0 {
		return invalid(typ, "resources", "%d, want >= 0", r.Resources)
	}
	if err := checkLink(r.Root); err != nil {
		return invalid(typ, "root", "%v", err)
	}
	if len(r.Heads) > MaxHeads {
		return invalid(typ, "heads", "%d heads, want at most %d", len(r.Heads), MaxHeads)
	}
	for i, h := range r.Heads {
		f := fmt.Sprintf("heads[%d]", i)
		if len(h.Author) != AddressSize {
			return invalid(typ, f+".author", "%d bytes, want %d", len(h.Author), AddressSize)
		}
		if i > 0 && bytes.Compare(r.Heads[i-1].Author, h.Author) >= 0 {
			return invalid(typ, f+".author", "not above heads[%d].author: heads must be strictly ascending by author", i-1)
		}
		if h.Seq < 1 {
			return invalid(typ, f+".seq", "%d, want >= 1", h.Seq)
		}
		if err := checkLink(h.Head); err != nil {
			return invalid(typ, f+".head", "%v", err)
		}
	}
	return nil
}

// Validate checks the rules of a SnapshotShard that need no other block:
// not both entries and children; at most SnapshotLeafEntries entries,
// strictly ascending by resource id, each valid (SnapshotEntry.Validate);
// at most SnapshotFanout children, indexes 0..255 strictly ascending, links
// with LinkPrefix. It checks no signature, nor that the entries belong at
// the shard's place in the trie (the reader knows the depth). Errors are
// *InvalidError.
func (s *SnapshotShard) Validate() error {
	const typ = "SnapshotShard"
	if s == nil {
		return invalid(typ, "", "nil")
	}
	if len(s.Entries) > 0 && len(s.Children) > 0 {
		return invalid(typ, "", "both entries and children")
	}
	if len(s.Entries) > SnapshotLeafEntries {
		return invalid(typ, "entries", "%d entries, want at most %d", len(s.Entries), SnapshotLeafEntries)
	}
	var prev [32]byte
	for i := range s.Entries {
		e := &s.Entries[i]
		if err := e.Validate(); err != nil {
			return nest(err, typ, fmt.Sprintf("entries[%d]", i))
		}
		id := e.Resource.ID()
		if i > 0 && bytes.Compare(prev[:], id[:]) >= 0 {
			return invalid(typ, fmt.Sprintf("entries[%d]", i), "resource id %x not above the previous entry's %x", id, prev)
		}
		prev = id
	}
	if len(s.Children) > SnapshotFanout {
		return invalid(typ, "children", "%d children, want at most %d", len(s.Children), SnapshotFanout)
	}
	for i, c := range s.Children {
		f := fmt.Sprintf("children[%d]", i)
		if c.Index < 0 || c.Index >= SnapshotFanout {
			return invalid(typ, f+".index", "%d, want 0..%d", c.Index, SnapshotFanout-1)
		}
		if i > 0 && c.Index <= s.Children[i-1].Index {
			return invalid(typ, f+".index", "%d not above the previous child's %d", c.Index, s.Children[i-1].Index)
		}
		if err := checkLink(c.Shard); err != nil {
			return invalid(typ, f+".shard", "%v", err)
		}
	}
	return nil
}

// nest renames an *InvalidError of a nested value as a field of typ:
// Resource.label inside entries[3] becomes SnapshotShard.entries[3].label.
// Other errors are returned as they are.
func nest(err error, typ, prefix string) error {
	if ie, ok := err.(*InvalidError); ok {
		field := prefix
		if ie.Field != "" {
			field += "." + ie.Field
		}
		return &InvalidError{Type: typ, Field: field, Reason: ie.Reason}
	}
	return err
}

// Validate checks the rules of a SnapshotEntry: the resource is valid
// (Resource.Validate); at most MaxSnapshotProviders providers, each valid
// (ProviderRecord.Validate), of the resource's chain and for its id, no two
// of one (peer, issuer); Hosts is 0..len(Providers). It checks no
// signature. Errors are *InvalidError.
func (e *SnapshotEntry) Validate() error {
	const typ = "SnapshotEntry"
	if e == nil {
		return invalid(typ, "", "nil")
	}
	if err := e.Resource.Validate(); err != nil {
		return nest(err, typ, "resource")
	}
	if len(e.Providers) > MaxSnapshotProviders {
		return invalid(typ, "providers", "%d providers, want at most %d", len(e.Providers), MaxSnapshotProviders)
	}
	if e.Hosts < 0 || e.Hosts > int64(len(e.Providers)) {
		return invalid(typ, "hosts", "%d, want 0..%d", e.Hosts, len(e.Providers))
	}
	id := e.Resource.ID()
	for i := range e.Providers {
		p := &e.Providers[i]
		f := fmt.Sprintf("providers[%d]", i)
		if err := p.Validate(); err != nil {
			return nest(err, typ, f)
		}
		if p.Chain != e.Resource.Chain {
			return invalid(typ, f+".chain", "%d, the resource's is %d", p.Chain, e.Resource.Chain)
		}
		if !bytes.Equal(p.Resource, id[:]) {
			return invalid(typ, f+".resource", "%x is another resource than the entry's %x", p.Resource, id)
		}
		for j := range i {
			if q := &e.Providers[j]; bytes.Equal(q.Peer, p.Peer) && bytes.Equal(q.Issuer, p.Issuer) {
				return invalid(typ, f, "same peer and issuer as providers[%d]", j)
			}
		}
	}
	return nil
}

// EncodeSnapshotRoot returns the canonical dag-cbor block of r, after
// checking r.Validate.
func EncodeSnapshotRoot(r *SnapshotRoot) ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return encode(r, Prototypes.SnapshotRoot, "SnapshotRoot", MaxSnapshotRootSize, 128+90*len(r.Heads))
}

// DecodeSnapshotRoot decodes a SnapshotRoot block. It fails with
// ErrTooLarge above MaxSnapshotRootSize bytes, ErrMalformed,
// ErrNonCanonical, or ErrInvalid (see SnapshotRoot.Validate), in that order
// of checks.
func DecodeSnapshotRoot(data []byte) (*SnapshotRoot, error) {
	r, err := decode[SnapshotRoot](data, Prototypes.SnapshotRoot, "SnapshotRoot", MaxSnapshotRootSize)
	if err != nil {
		return nil, err
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return r, nil
}

// EncodeSnapshotShard returns the canonical dag-cbor block of s, after
// checking s.Validate. It fails with ErrTooLarge above MaxSnapshotShardSize
// bytes: a snapshot builder then splits the leaf into an inner node.
func EncodeSnapshotShard(s *SnapshotShard) ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return encode(s, Prototypes.SnapshotShard, "SnapshotShard", MaxSnapshotShardSize, 64+1500*len(s.Entries)+42*len(s.Children))
}

// DecodeSnapshotShard decodes a SnapshotShard block. It fails with
// ErrTooLarge above MaxSnapshotShardSize bytes, ErrMalformed,
// ErrNonCanonical, or ErrInvalid (see SnapshotShard.Validate), in that
// order of checks. It checks no signature. Empty lists decode as nil.
func DecodeSnapshotShard(data []byte) (*SnapshotShard, error) {
	s, err := decode[SnapshotShard](data, Prototypes.SnapshotShard, "SnapshotShard", MaxSnapshotShardSize)
	if err != nil {
		return nil, err
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}
