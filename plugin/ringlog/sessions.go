package ringlog

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// Revocations says when an author revoked a session key in a ring: the
// ring contract's sessionRevokedAt, in unix seconds, or 0 if it has not.
// schemas.VerifyLogNode checks a session-signed node alone; only the chain
// knows whether its key was revoked.
type Revocations interface {
	SessionRevokedAt(ctx context.Context, ring, author, key common.Address) (uint64, error)
}

// WithRevocations makes Verify and Fetch refuse a node signed by a session
// key that its author revoked before the node's time (ErrSessionRevoked).
// Without it they check sessions as schemas.VerifyLogNode does, and no
// more.
func WithRevocations(r Revocations) Option {
	return func(s *Store) { s.revocations = r }
}

// ErrSessionRevoked means a node was signed by a session key that its
// author had revoked on chain before the node's time.
var ErrSessionRevoked = errors.New("session key revoked")

// revocationCheck checks the session keys of one walk of one log, asking
// the chain once per key.
type revocationCheck struct {
	src  Revocations
	ring common.Address
	at   map[common.Address]uint64
}

func (s *Store) revocationCheck(ring common.Address) *revocationCheck {
	return &revocationCheck{src: s.revocations, ring: ring, at: map[common.Address]uint64{}}
}

// check fails with ErrSessionRevoked if n's session key was revoked at or
// before n's time; a node without a session, or a Store without
// Revocations, passes.
func (c *revocationCheck) check(ctx context.Context, n *schemas.LogNode) error {
	if c.src == nil || n.Session == nil {
		return nil
	}
	key := common.Address(n.Session.Key)
	at, ok := c.at[key]
	if !ok {
		var err error
		if at, err = c.src.SessionRevokedAt(ctx, c.ring, common.Address(n.Author), key); err != nil {
			return fmt.Errorf("reading the revocation of session key %s: %w", key.Hex(), err)
		}
		c.at[key] = at
	}
	if at != 0 && n.Time >= int64(at)*1000 {
		return fmt.Errorf("%w: %s revoked session key %s at %d (unix seconds), before the node's time %d ms",
			ErrSessionRevoked, common.Address(n.Author).Hex(), key.Hex(), at, n.Time)
	}
	return nil
}
