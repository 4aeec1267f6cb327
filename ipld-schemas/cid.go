package schemas

import (
	"fmt"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// LinkPrefix is the only kind of CID this package produces and accepts in a
// Link field: CIDv1, dag-cbor (0x71), sha2-256, 32-byte digest.
var LinkPrefix = cid.Prefix{
	Version:  1,
	Codec:    cid.DagCBOR,
	MhType:   multihash.SHA2_256,
	MhLength: 32,
}

// linkHeader is the binary form of LinkPrefix: the bytes that precede the
// digest in a CID's binary form (the contracts' cidPrefix, 0x01711220).
const linkHeader = "\x01\x71\x12\x20"

// linkSize is the length of a LinkPrefix CID's binary form.
const linkSize = len(linkHeader) + 32

// isLink reports whether c has LinkPrefix.
func isLink(c cid.Cid) bool {
	k := c.KeyString()
	return len(k) == linkSize && k[:len(linkHeader)] == linkHeader
}

// linkDigest returns the digest of a CID that isLink accepts.
func linkDigest(c cid.Cid) (d [32]byte) {
	copy(d[:], c.KeyString()[len(linkHeader):])
	return d
}

func checkLink(c cid.Cid) error {
	if isLink(c) {
		return nil
	}
	if !c.Defined() {
		return fmt.Errorf("undefined CID")
	}
	p := c.Prefix()
	return fmt.Errorf("CID %s is v%d codec 0x%x multihash 0x%x/%d, want v1 dag-cbor sha2-256/32",
		c, p.Version, p.Codec, p.MhType, p.MhLength)
}

// Block returns data as a block with its LinkPrefix CID. It does not check
// that data is a valid block of any type.
func Block(data []byte) (blocks.Block, error) {
	c, err := LinkPrefix.Sum(data)
	if err != nil {
		return nil, err
	}
	return blocks.NewBlockWithCid(data, c)
}

// Digest returns the 32-byte sha2-256 digest of c, the form contracts store
// as bytes32. It fails with an *InvalidError (ErrInvalid) unless c has
// LinkPrefix.
func Digest(c cid.Cid) ([32]byte, error) {
	if err := checkLink(c); err != nil {
		return [32]byte{}, &InvalidError{Type: "Link", Field: "cid", Reason: err.Error()}
	}
	return linkDigest(c), nil
}

// CIDFromDigest returns the LinkPrefix CID with digest d: the inverse of
// Digest. Its binary form is 0x01711220 followed by d.
func CIDFromDigest(d [32]byte) cid.Cid {
	var b [linkSize]byte
	copy(b[:], linkHeader)
	copy(b[len(linkHeader):], d[:])
	c, err := cid.Cast(b[:])
	if err != nil {
		panic("schemas: CIDFromDigest: " + err.Error()) // cannot happen: b is a valid CID
	}
	return c
}
