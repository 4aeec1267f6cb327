package ring

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
)

// SessionRevocation is the state of an author's session key in a ring: when
// it was revoked (unix seconds, 0 if not), and the transaction that did it.
type SessionRevocation struct {
	Ring      common.Address `json:"ring"`
	Author    common.Address `json:"author"`
	Key       common.Address `json:"key"`
	RevokedAt uint64         `json:"revokedAt"`
	Tx        *chain.Receipt `json:"tx,omitempty"`
}

// RevokeSession revokes, on chain and for good, the sessions that the
// avatar authorName signed in a ring for key: nodes and flushes that key
// signs after now no longer count as the author's (see docs/protocol.md,
// "Session keys"). The avatar signs a SessionRevocation; the node's relayer
// pays. A key revoked already is left as it is.
func (s *Service) RevokeSession(ctx context.Context, ringName, authorName string, key common.Address) (*SessionRevocation, error) {
	k, err := s.resolveRing(ringName)
	if err != nil {
		return nil, err
	}
	author, err := avatar.Load(s.avatars, authorName)
	if err != nil {
		return nil, err
	}
	out := &SessionRevocation{Ring: k.Ring, Author: author.Address, Key: key}
	if out.RevokedAt, err = s.chain.SessionRevokedAt(ctx, k.Ring, author.Address, key); err != nil || out.RevokedAt != 0 {
		return out, err
	}
	digest := schemas.SessionRevocationDigest(schemas.Domain{ChainID: s.chain.ChainID(), Ring: k.Ring}, author.Address, key)
	sig, err := schemas.Sign(digest, author.PrivateKey())
	if err != nil {
		return nil, err
	}
	if out.Tx, err = s.chain.RevokeSession(ctx, k.Ring, author.Address, key, sig); err != nil {
		return nil, fmt.Errorf("revoking session key %s of %s in %s: %w", key.Hex(), s.accountLabel(author.Address), ringLabel(k), err)
	}
	if out.RevokedAt, err = s.chain.SessionRevokedAt(ctx, k.Ring, author.Address, key); err != nil {
		return nil, err
	}
	return out, nil
}

// SessionStatus reads when author revoked key in a ring (0: it did not).
func (s *Service) SessionStatus(ctx context.Context, ringName, authorName string, key common.Address) (*SessionRevocation, error) {
	k, err := s.resolveRing(ringName)
	if err != nil {
		return nil, err
	}
	author, err := s.resolveAccount(authorName)
	if err != nil {
		return nil, err
	}
	at, err := s.chain.SessionRevokedAt(ctx, k.Ring, author, key)
	if err != nil {
		return nil, err
	}
	return &SessionRevocation{Ring: k.Ring, Author: author, Key: key, RevokedAt: at}, nil
}
