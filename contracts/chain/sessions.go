package chain

import (
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mosaic-rings/rings/contracts/bindings"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// FlushManyWithSessions is FlushMany for flushes that may be signed by
// session keys: sessions[i] is the author's Session for the key that made
// sigs[i], or nil when fs[i]'s avatar signed it. The contract checks each
// session (the author's signature, its window at the block's time, the key
// not revoked) and applies all flushes or none. When every session is nil
// it sends flushMany, so author-signed batches cost what they did.
func (c *Client) FlushManyWithSessions(ctx context.Context, ring common.Address, fs []schemas.Flush, sigs [][]byte, sessions []*schemas.Session) (*Receipt, error) {
	if len(fs) != len(sigs) || len(fs) != len(sessions) {
		return nil, fmt.Errorf("chain: %d flushes with %d signatures and %d sessions", len(fs), len(sigs), len(sessions))
	}
	if !slices.ContainsFunc(sessions, func(s *schemas.Session) bool { return s != nil }) {
		return c.FlushMany(ctx, ring, fs, sigs)
	}
	reqs := make([]bindings.RingLogsFlushRequest, len(fs))
	ss := make([]bindings.RingLogsSession, len(fs))
	for i, f := range fs {
		reqs[i] = flushBinding(f)
		s, err := sessionBinding(sessions[i])
		if err != nil {
			return nil, fmt.Errorf("chain: flush %d: %w", i, err)
		}
		ss[i] = s
	}
	rc := c.ring.Instance(c.backend, ring)
	data := c.ring.PackFlushManyWithSessions(reqs, sigs, ss)
	return c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bind.Transact(rc, opts, data)
	})
}

// RevokeSession relays revokeSessionFor: from its block on, key no longer
// signs for author in ring (no flush; a LogNode only if its time is before
// the block's second). sig is over schemas.SessionRevocationDigest, by the
// author or by the key itself. Revoking a revoked key changes nothing: the
// first revocation's time stays.
func (c *Client) RevokeSession(ctx context.Context, ring, author, key common.Address, sig []byte) (*Receipt, error) {
	rc := c.ring.Instance(c.backend, ring)
	data := c.ring.PackRevokeSessionFor(author, key, sig)
	return c.send(ctx, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		return bind.Transact(rc, opts, data)
	})
}

// SessionRevokedAt is when author's session key was revoked in ring (unix
// seconds), or 0 if it is not, at the latest block. A LogNode the key
// signed counts as the author's only if its time (unix ms) is before
// revokedAt*1000.
func (c *Client) SessionRevokedAt(ctx context.Context, ring, author, key common.Address) (uint64, error) {
	rc := c.ring.Instance(c.backend, ring)
	at, err := bind.Call(rc, &bind.CallOpts{Context: ctx}, c.ring.PackSessionRevokedAt(author, key), c.ring.UnpackSessionRevokedAt)
	if err != nil {
		return 0, c.ringCallErr(ring, "sessionRevokedAt", err)
	}
	return at, nil
}

func flushBinding(f schemas.Flush) bindings.RingLogsFlushRequest {
	return bindings.RingLogsFlushRequest{Avatar: f.Avatar, Head: f.Head, Seq: f.Seq, Nonce: f.Nonce, Deadline: f.Deadline}
}

// sessionBinding is s as the contract takes it; nil is the zero Session,
// which stands for "signed by the author".
func sessionBinding(s *schemas.Session) (bindings.RingLogsSession, error) {
	if s == nil {
		return bindings.RingLogsSession{}, nil
	}
	if len(s.Key) != common.AddressLength {
		return bindings.RingLogsSession{}, fmt.Errorf("session key is %d bytes, want %d", len(s.Key), common.AddressLength)
	}
	if s.NotBefore < 0 || s.Expiry < 0 {
		return bindings.RingLogsSession{}, fmt.Errorf("session window %d..%d is negative", s.NotBefore, s.Expiry)
	}
	return bindings.RingLogsSession{Key: common.Address(s.Key), NotBefore: uint64(s.NotBefore), Expiry: uint64(s.Expiry), Sig: s.Sig}, nil
}
