package schemas

import (
	"bytes"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// Registry limits (DESIGN §10, docs/registry.md). Decoders reject larger
// blocks with ErrTooLarge before parsing them, and Validate rejects values
// beyond the per-field limits with ErrInvalid.
const (
	// MaxLabelSize is the longest Resource label, in bytes of UTF-8.
	MaxLabelSize = 64

	// MaxValueSize is the longest ProviderRecord value (e.g. a URL), in
	// bytes of UTF-8.
	MaxValueSize = 1024

	// MaxRelays is the most relay peers a ProviderRecord may name.
	MaxRelays = 8

	// MaxServices is the most service ids a ProviderRecord may name.
	MaxServices = 16

	// MaxServiceSize is the longest service id, in bytes of UTF-8.
	MaxServiceSize = 64

	// MaxPeerIDSize is the longest peer id, in bytes: an identity multihash
	// of a 42-byte public key. libp2p inlines keys of at most 42 bytes
	// (Ed25519, secp256k1) and hashes longer ones (RSA) with sha2-256 into
	// 34 bytes, so every libp2p peer id fits.
	MaxPeerIDSize = 44

	// MaxCreated is the latest created time, in unix milliseconds: 2^53-1,
	// the largest integer a JavaScript number holds exactly, so that a web
	// client reads and signs the same value.
	MaxCreated = 1<<53 - 1

	// ResourceIDSize is the length of a resource id (ResourceID): a
	// keccak256 hash.
	ResourceIDSize = 32

	// MaxResourceSize is the largest encoded Resource (about 210 bytes at
	// MaxLabelSize).
	MaxResourceSize = 512

	// MaxProviderRecordSize is the largest encoded ProviderRecord (about
	// 2.7 KiB with every field at its limit).
	MaxProviderRecordSize = 4 << 10

	// MaxTombstoneSize is the largest encoded Tombstone (about 230 bytes).
	MaxTombstoneSize = 512
)

// maxArrayLen is the longest EIP-712 array of a registry type.
const maxArrayLen = max(MaxRelays, MaxServices)

// Resource is a label owned by an account: the thing providers register for
// (schema type Resource). Its id is ResourceID(Label, Owner). The owner
// signs it (SignResource) over ResourceDigest.
type Resource struct {
	Chain   int64  // EVM chain id of the EIP-712 domain, > 0
	Label   string // 1..MaxLabelSize bytes of UTF-8, no control characters
	Owner   []byte // 20-byte account
	Created int64  // unix milliseconds, 0..MaxCreated
	Sig     []byte // 65-byte signature r || s || v by Owner, v = 27 or 28
}

// ProviderRecord says that Peer provides the resource Resource (schema type
// ProviderRecord). Its issuer signs it (SignProviderRecord) over
// ProviderRecordDigest.
type ProviderRecord struct {
	Chain    int64    // EVM chain id of the EIP-712 domain, > 0
	Resource []byte   // 32-byte resource id (ResourceID)
	Value    string   // UTF-8, at most MaxValueSize bytes, may be empty: e.g. a URL
	Peer     []byte   // the provider's libp2p peer id, binary (see CheckPeerID)
	Relays   [][]byte // relay peer ids, at most MaxRelays, no duplicates
	Services []string // service ids, at most MaxServices, each 1..MaxServiceSize bytes, no duplicates
	Issuer   []byte   // 20-byte account that signs
	Created  int64    // unix milliseconds, 0..MaxCreated
	Sig      []byte   // 65-byte signature r || s || v by Issuer, v = 27 or 28
}

// Tombstone is an issuer's signed removal of its record for (Resource,
// Peer) (schema type Tombstone). It replaces any record of the same
// resource, peer and issuer created before it. The issuer signs it
// (SignTombstone) over TombstoneDigest.
type Tombstone struct {
	Chain    int64  // EVM chain id of the EIP-712 domain, > 0
	Resource []byte // 32-byte resource id
	Peer     []byte // the provider's libp2p peer id, binary (see CheckPeerID)
	Issuer   []byte // 20-byte account that signs
	Created  int64  // unix milliseconds, 0..MaxCreated
	Sig      []byte // 65-byte signature r || s || v by Issuer, v = 27 or 28
}

// ResourceID returns the id of the resource label owned by owner:
// keccak256(abi.encode(keccak256(bytes(label)), owner)), as Solidity
// computes it. Hashing the label first and encoding both in fixed-size
// words leaves no two (label, owner) pairs with one encoding (Fluence's id
// concatenates label and owner).
func ResourceID(label string, owner common.Address) [32]byte {
	h := getHasher()
	w := h.words(2)
	w[0] = h.hashString(label)
	putAddress(&w[1], owner)
	id := h.sum(2)
	putHasher(h)
	return id
}

// ResourceCID is the resource id as a CID, the key registry nodes provide
// on the IPFS DHT so that `ipfs routing findprovs` finds them: CIDv1,
// codec raw, multihash keccak-256 with the id as its digest (the id is a
// keccak-256 hash). No block has this CID; it names the resource only.
func ResourceCID(id [32]byte) cid.Cid {
	h, _ := multihash.Encode(id[:], multihash.KECCAK_256) // 32 bytes is keccak-256's length
	return cid.NewCidV1(cid.Raw, h)
}

// ID returns r's resource id, ResourceID(r.Label, r.Owner). r.Owner must be
// 20 bytes (Validate).
func (r *Resource) ID() [32]byte {
	return ResourceID(r.Label, common.BytesToAddress(r.Owner))
}

// Validate checks the rules of a signed Resource: Chain > 0; Label is
// 1..MaxLabelSize bytes of UTF-8 without control characters; Owner is 20
// bytes; Created is 0..MaxCreated; Sig is 65 bytes. It does not check the
// signature (see VerifyResource). Errors are *InvalidError.
func (r *Resource) Validate() error {
	if err := r.validateUnsigned(); err != nil {
		return err
	}
	return checkSigSize("Resource", r.Sig)
}

func (r *Resource) validateUnsigned() error {
	const typ = "Resource"
	if r == nil {
		return invalid(typ, "", "nil")
	}
	if err := checkChain(typ, r.Chain); err != nil {
		return err
	}
	if err := checkName(typ, "label", r.Label, MaxLabelSize); err != nil {
		return err
	}
	if len(r.Owner) != AddressSize {
		return invalid(typ, "owner", "%d bytes, want %d", len(r.Owner), AddressSize)
	}
	return checkCreated(typ, r.Created)
}

// Validate checks the rules of a signed ProviderRecord: Chain > 0; Resource
// is 32 bytes; Value is UTF-8 of at most MaxValueSize bytes; Peer and each
// relay pass CheckPeerID; at most MaxRelays relays, no two equal; at most
// MaxServices services, each 1..MaxServiceSize bytes of UTF-8 without
// control characters, no two equal; Issuer is 20 bytes; Created is
// 0..MaxCreated; Sig is 65 bytes. It does not check the signature (see
// VerifyProviderRecord). Errors are *InvalidError.
func (p *ProviderRecord) Validate() error {
	if err := p.validateUnsigned(); err != nil {
		return err
	}
	return checkSigSize("ProviderRecord", p.Sig)
}

func (p *ProviderRecord) validateUnsigned() error {
	const typ = "ProviderRecord"
	if p == nil {
		return invalid(typ, "", "nil")
	}
	if err := checkChain(typ, p.Chain); err != nil {
		return err
	}
	if len(p.Resource) != ResourceIDSize {
		return invalid(typ, "resource", "%d bytes, want %d", len(p.Resource), ResourceIDSize)
	}
	if len(p.Value) > MaxValueSize {
		return invalid(typ, "value", "%d bytes, want at most %d", len(p.Value), MaxValueSize)
	}
	if !utf8.ValidString(p.Value) {
		return invalid(typ, "value", "not UTF-8")
	}
	if err := CheckPeerID(p.Peer); err != nil {
		return invalid(typ, "peer", "%v", err)
	}
	if len(p.Relays) > MaxRelays {
		return invalid(typ, "relays", "%d relays, want at most %d", len(p.Relays), MaxRelays)
	}
	for i, r := range p.Relays {
		if err := CheckPeerID(r); err != nil {
			return invalid(typ, fmt.Sprintf("relays[%d]", i), "%v", err)
		}
		for j := range i {
			if bytes.Equal(p.Relays[j], r) {
				return invalid(typ, fmt.Sprintf("relays[%d]", i), "duplicate of relays[%d]", j)
			}
		}
	}
	if len(p.Services) > MaxServices {
		return invalid(typ, "services", "%d services, want at most %d", len(p.Services), MaxServices)
	}
	for i, s := range p.Services {
		if err := checkName(typ, "", s, MaxServiceSize); err != nil {
			// The field name is made only on failure: the loop does not
			// allocate.
			if ie, ok := err.(*InvalidError); ok {
				ie.Field = fmt.Sprintf("services[%d]", i)
			}
			return err
		}
		for j := range i {
			if p.Services[j] == s {
				return invalid(typ, fmt.Sprintf("services[%d]", i), "duplicate of services[%d]", j)
			}
		}
	}
	if len(p.Issuer) != AddressSize {
		return invalid(typ, "issuer", "%d bytes, want %d", len(p.Issuer), AddressSize)
	}
	return checkCreated(typ, p.Created)
}

// Validate checks the rules of a signed Tombstone: Chain > 0; Resource is
// 32 bytes; Peer passes CheckPeerID; Issuer is 20 bytes; Created is
// 0..MaxCreated; Sig is 65 bytes. It does not check the signature (see
// VerifyTombstone). Errors are *InvalidError.
func (t *Tombstone) Validate() error {
	if err := t.validateUnsigned(); err != nil {
		return err
	}
	return checkSigSize("Tombstone", t.Sig)
}

func (t *Tombstone) validateUnsigned() error {
	const typ = "Tombstone"
	if t == nil {
		return invalid(typ, "", "nil")
	}
	if err := checkChain(typ, t.Chain); err != nil {
		return err
	}
	if len(t.Resource) != ResourceIDSize {
		return invalid(typ, "resource", "%d bytes, want %d", len(t.Resource), ResourceIDSize)
	}
	if err := CheckPeerID(t.Peer); err != nil {
		return invalid(typ, "peer", "%v", err)
	}
	if len(t.Issuer) != AddressSize {
		return invalid(typ, "issuer", "%d bytes, want %d", len(t.Issuer), AddressSize)
	}
	return checkCreated(typ, t.Created)
}

// CheckPeerID checks that b is a libp2p peer id in binary form, as
// ProviderRecord.Peer, its relays and Tombstone.Peer must be: at most
// MaxPeerIDSize bytes, a multihash (what peer.IDFromBytes requires), and of
// one of the two kinds libp2p makes (peer.IDFromPublicKey): identity (an
// inlined public key of 1..42 bytes) or sha2-256 (32 bytes). peer.ID(b)
// is then the peer, and its String form parses back with peer.Decode.
func CheckPeerID(b []byte) error {
	switch {
	case len(b) == 0:
		return errors.New("empty peer id")
	case len(b) > MaxPeerIDSize:
		return fmt.Errorf("%d bytes, want a peer id of at most %d", len(b), MaxPeerIDSize)
	}
	// peer.IDFromBytes is this check plus a conversion to string, which
	// would allocate.
	if _, err := multihash.Cast(b); err != nil {
		return fmt.Errorf("not a peer id: %w", err)
	}
	// A valid multihash of at most 44 bytes has a one-byte length; the
	// codes of identity (0x00) and sha2-256 (0x12) are one-byte varints.
	switch {
	case b[0] == multihash.IDENTITY && b[1] > 0:
		return nil
	case b[0] == multihash.SHA2_256 && b[1] == 32:
		return nil
	}
	return errors.New("not a peer id: multihash is neither identity nor sha2-256/32")
}

func checkChain(typ string, chain int64) error {
	if chain <= 0 {
		return invalid(typ, "chain", "%d, want > 0", chain)
	}
	return nil
}

func checkCreated(typ string, created int64) error {
	if created < 0 || created > MaxCreated {
		return invalid(typ, "created", "%d, want 0..%d", created, int64(MaxCreated))
	}
	return nil
}

func checkSigSize(typ string, sig []byte) error {
	if len(sig) != SignatureSize {
		return invalid(typ, "sig", "%d bytes, want %d", len(sig), SignatureSize)
	}
	return nil
}

// checkName checks a label or service id: 1..max bytes of UTF-8 with no
// control characters (Unicode Cc: C0, DEL and C1).
func checkName(typ, field, s string, max int) error {
	if err := checkStringMax(typ, field, s, max); err != nil {
		return err
	}
	for i, r := range s {
		if unicode.IsControl(r) {
			return invalid(typ, field, "control character %U at byte %d", r, i)
		}
	}
	return nil
}

// EncodeResource returns the canonical dag-cbor block of r, after checking
// r.Validate (so r must be signed).
func EncodeResource(r *Resource) ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return encode(r, Prototypes.Resource, "Resource", MaxResourceSize, 224)
}

// DecodeResource decodes a Resource block. It fails with ErrTooLarge above
// MaxResourceSize bytes, ErrMalformed, ErrNonCanonical, or ErrInvalid (see
// Resource.Validate), in that order of checks. It does not verify the
// signature: see VerifyResource.
func DecodeResource(data []byte) (*Resource, error) {
	r, err := decode[Resource](data, Prototypes.Resource, "Resource", MaxResourceSize)
	if err != nil {
		return nil, err
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return r, nil
}

// EncodeProviderRecord returns the canonical dag-cbor block of p, after
// checking p.Validate (so p must be signed).
func EncodeProviderRecord(p *ProviderRecord) ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	size := 256 + len(p.Value) + len(p.Peer)
	for _, r := range p.Relays {
		size += 2 + len(r)
	}
	for _, s := range p.Services {
		size += 2 + len(s)
	}
	return encode(p, Prototypes.ProviderRecord, "ProviderRecord", MaxProviderRecordSize, size)
}

// DecodeProviderRecord decodes a ProviderRecord block. It fails with
// ErrTooLarge above MaxProviderRecordSize bytes, ErrMalformed,
// ErrNonCanonical, or ErrInvalid (see ProviderRecord.Validate), in that
// order of checks. It does not verify the signature: see
// VerifyProviderRecord. Empty lists decode as nil.
func DecodeProviderRecord(data []byte) (*ProviderRecord, error) {
	p, err := decode[ProviderRecord](data, Prototypes.ProviderRecord, "ProviderRecord", MaxProviderRecordSize)
	if err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

// EncodeTombstone returns the canonical dag-cbor block of t, after checking
// t.Validate (so t must be signed).
func EncodeTombstone(t *Tombstone) ([]byte, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return encode(t, Prototypes.Tombstone, "Tombstone", MaxTombstoneSize, 240)
}

// DecodeTombstone decodes a Tombstone block. It fails with ErrTooLarge above
// MaxTombstoneSize bytes, ErrMalformed, ErrNonCanonical, or ErrInvalid (see
// Tombstone.Validate), in that order of checks. It does not verify the
// signature: see VerifyTombstone.
func DecodeTombstone(data []byte) (*Tombstone, error) {
	t, err := decode[Tombstone](data, Prototypes.Tombstone, "Tombstone", MaxTombstoneSize)
	if err != nil {
		return nil, err
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}
