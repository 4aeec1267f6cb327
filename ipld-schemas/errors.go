package schemas

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Decoding errors. Decode functions check, in this order: size, dag-cbor
// well-formedness and schema shape, canonical form, then semantic validity,
// and return an error matching exactly one of these sentinels with errors.Is.
var (
	// ErrTooLarge means a block or value exceeds the size limit of its type
	// (MaxLogNodeSize, MaxMessageSize, MaxRingEntrySize, MaxForkProofSize,
	// MaxResourceSize, MaxProviderRecordSize, MaxTombstoneSize).
	ErrTooLarge = errors.New("too large")

	// ErrMalformed means the bytes are not well-formed dag-cbor, or are
	// dag-cbor of a different shape than the schema type.
	ErrMalformed = errors.New("malformed dag-cbor")

	// ErrNonCanonical means the bytes are well-formed dag-cbor of the right
	// shape but not in canonical form: they do not equal the re-encoding of
	// the value they decode to (unsorted map keys, non-minimal integers or
	// lengths, indefinite lengths, short floats, trailing bytes). Accepting
	// them would give one value two CIDs.
	ErrNonCanonical = errors.New("non-canonical dag-cbor")

	// ErrInvalid means a value has the schema's shape but breaks one of its
	// semantic rules (field lengths, ranges, ordering, link kinds). The error
	// is an *InvalidError naming the type, the field and the rule.
	ErrInvalid = errors.New("invalid")
)

// Signature errors, returned by Recover and the Verify functions.
var (
	// ErrSignatureLength means a signature is not 65 bytes r || s || v.
	ErrSignatureLength = errors.New("signature is not 65 bytes")

	// ErrSignatureV means a signature's recovery byte v is not 27 or 28.
	ErrSignatureV = errors.New("signature v is not 27 or 28")

	// ErrHighS means a signature's s is above secp256k1n/2. Every signature
	// has such a malleable twin; only the low-s form is accepted, as the
	// contracts do.
	ErrHighS = errors.New("signature s is in the upper half of the curve order")

	// ErrBadSignature means r or s is out of range, or no public key could be
	// recovered from the signature.
	ErrBadSignature = errors.New("bad signature")

	// ErrWrongSigner means a signature is valid but was made by another key
	// than the expected one. The error is a *WrongSignerError.
	ErrWrongSigner = errors.New("wrong signer")
)

// InvalidError reports the semantic rule a value breaks. It matches
// ErrInvalid with errors.Is.
type InvalidError struct {
	Type   string // schema type, e.g. "LogNode"
	Field  string // schema field name, e.g. "refs", or an element, e.g. "heads[3].member"; empty for the whole value
	Reason string // the broken rule, e.g. "19 bytes, want 20"
}

func (e *InvalidError) Error() string {
	name := e.Type
	if e.Field != "" {
		name += "." + e.Field
	}
	return "schemas: invalid " + name + ": " + e.Reason
}

// Is reports whether target is ErrInvalid.
func (e *InvalidError) Is(target error) bool { return target == ErrInvalid }

func invalid(typ, field, format string, args ...any) error {
	return &InvalidError{Type: typ, Field: field, Reason: fmt.Sprintf(format, args...)}
}

// WrongSignerError reports a valid signature by another key than the one
// expected. It matches ErrWrongSigner with errors.Is.
type WrongSignerError struct {
	Got  common.Address // address recovered from the signature
	Want common.Address // address that should have signed
}

func (e *WrongSignerError) Error() string {
	return "schemas: wrong signer: signed by " + e.Got.Hex() + ", want " + e.Want.Hex()
}

// Is reports whether target is ErrWrongSigner.
func (e *WrongSignerError) Is(target error) bool { return target == ErrWrongSigner }
