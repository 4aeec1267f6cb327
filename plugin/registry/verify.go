package registry

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// ErrOp is an Op with none or more than one of its fields set.
var ErrOp = errors.New("registry: an operation holds exactly one resource, record or tombstone")

// verified is what Apply needs of an operation whose fields and signature
// checked out.
type verified struct {
	chain    int64
	resource [32]byte
	peer     []byte
	issuer   common.Address
	created  int64
	digest   [32]byte
}

// verify checks op's fields and that its issuer (a resource's owner)
// signed it.
func verify(op Op) (verified, error) {
	var (
		v   verified
		err error
	)
	switch {
	case op.Resource != nil && op.Record == nil && op.Tombstone == nil:
		r := op.Resource
		if _, err = schemas.VerifyResource(r); err == nil {
			v = verified{chain: r.Chain, resource: r.ID(), issuer: common.Address(r.Owner), created: r.Created}
			v.digest, err = schemas.ResourceDigest(r)
		}
	case op.Record != nil && op.Resource == nil && op.Tombstone == nil:
		p := op.Record
		if _, err = schemas.VerifyProviderRecord(p); err == nil {
			v = verified{chain: p.Chain, resource: [32]byte(p.Resource), peer: p.Peer, issuer: common.Address(p.Issuer), created: p.Created}
			v.digest, err = schemas.ProviderRecordDigest(p)
		}
	case op.Tombstone != nil && op.Resource == nil && op.Record == nil:
		t := op.Tombstone
		if _, err = schemas.VerifyTombstone(t); err == nil {
			v = verified{chain: t.Chain, resource: [32]byte(t.Resource), peer: t.Peer, issuer: common.Address(t.Issuer), created: t.Created}
			v.digest, err = schemas.TombstoneDigest(t)
		}
	default:
		return verified{}, ErrOp
	}
	if err != nil && !errors.Is(err, schemas.ErrInvalid) {
		// A signature that does not recover, or recovers to someone else.
		return verified{}, fmt.Errorf("%w: %w", ErrSigner, err)
	}
	return v, err
}
