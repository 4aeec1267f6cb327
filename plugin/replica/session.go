package replica

import (
	"context"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mosaic-rings/rings/gateway"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
)

// checkFlushSession checks the session a flush carries: the mtx was signed
// by its key (signer), the avatar signed it for this ring and chain, it is
// valid now, and the avatar has not revoked the key on chain. The contract
// checks the same at the relay's block; this refuses at once what it would
// refuse.
func (r *Replica) checkFlushSession(ctx context.Context, ring, avatar, signer common.Address, p *gateway.Session) (*schemas.Session, error) {
	notBefore, err1 := strconv.ParseInt(p.NotBefore.String(), 10, 64)
	expiry, err2 := strconv.ParseInt(p.Expiry.String(), 10, 64)
	if err1 != nil || err2 != nil {
		return nil, fail(gateway.CodeSession, "session", "session.notBefore and session.expiry must be unix seconds")
	}
	s := &schemas.Session{Key: common.FromHex(p.Key), NotBefore: notBefore, Expiry: expiry, Sig: common.FromHex(p.Sig)}
	if signer != common.Address(s.Key) {
		return nil, fail(gateway.CodeBadSignature, "mtx_sig", "the mtx is signed by %s, not by the session key %s (or for another ring or chain than ring %s on chain %d)", signer.Hex(), common.Address(s.Key).Hex(), ring.Hex(), r.chainID)
	}
	if err := s.Verify(schemas.Domain{ChainID: r.chainID, Ring: ring}, avatar, signer); err != nil {
		return nil, failWith(gateway.CodeSession, "session.sig", err, "the session is not the avatar's for ring %s on chain %d: %s; sign a new session with the avatar's wallet", ring.Hex(), r.chainID, sigProblem(err))
	}
	now := r.opts.Now().Unix()
	if now < s.NotBefore {
		return nil, fail(gateway.CodeSession, "session.notBefore", "the session is valid from %d (unix seconds), it is now %d", s.NotBefore, now)
	}
	if now > s.Expiry {
		return nil, fail(gateway.CodeSession, "session.expiry", "the session expired at %d (unix seconds), it is now %d; sign a new session with the avatar's wallet", s.Expiry, now)
	}
	at, err := r.chain.SessionRevokedAt(ctx, ring, avatar, signer)
	if err != nil {
		return nil, err
	}
	if at != 0 {
		return nil, fail(gateway.CodeSession, "session.revoked", "the avatar revoked session key %s at %d (unix seconds); sign a new session with the avatar's wallet", signer.Hex(), at)
	}
	return s, nil
}

// checkNodeSession refuses a log node signed by a session key its author
// had revoked on chain before the node's time. Nodes the author signed
// itself pass. revoked caches the chain's answers for one flush, by key.
func (r *Replica) checkNodeSession(ctx context.Context, ring common.Address, n *schemas.LogNode, revoked map[common.Address]uint64) error {
	if n.Session == nil {
		return nil
	}
	key := common.Address(n.Session.Key)
	at, ok := revoked[key]
	if !ok {
		var err error
		if at, err = r.chain.SessionRevokedAt(ctx, ring, common.Address(n.Author), key); err != nil {
			return err
		}
		revoked[key] = at
	}
	if at != 0 && n.Time >= int64(at)*1000 {
		return fmt.Errorf("its session key %s was revoked at %d (unix seconds), before the node's time %d ms", common.Address(n.Session.Key).Hex(), at, n.Time)
	}
	return nil
}

// RevokeSession relays an author's revocation of a session key in a ring
// this node replicates, signed by the author or by the key itself, and
// answers once the chain holds it. A key revoked already answers its first
// revocation; nothing is sent.
func (r *Replica) RevokeSession(ctx context.Context, p *gateway.RevokeSessionParams) (*gateway.SessionStatus, error) {
	if r.self == nil {
		return nil, fail(gateway.CodeNotReplicaAdmin, "replica", "this node is not set up as a replica: set Replica.Avatar in the ring plugin config")
	}
	ring, author, key := common.HexToAddress(p.Ring), common.HexToAddress(p.Author), common.HexToAddress(p.Key)
	sig := common.FromHex(p.Sig)
	digest := schemas.SessionRevocationDigest(schemas.Domain{ChainID: r.chainID, Ring: ring}, author, key)
	signer, err := schemas.Recover(digest, sig)
	if err != nil {
		return nil, failWith(gateway.CodeBadSignature, "sig", err, "the revocation signature is not valid: %s", sigProblem(err))
	}
	if signer != author && signer != key {
		return nil, fail(gateway.CodeBadSignature, "sig", "the revocation is signed by %s, neither the author %s nor the session key %s (or for another ring or chain than ring %s on chain %d)", signer.Hex(), author.Hex(), key.Hex(), ring.Hex(), r.chainID)
	}
	rec, err := r.replication(ctx, ring)
	if err != nil {
		return nil, err
	}
	if rec == nil {
		return nil, fail(gateway.CodeUnknownRing, "ring", "this node does not replicate ring %s", ring.Hex())
	}
	st := &gateway.SessionStatus{Ring: ring.Hex(), Author: author.Hex(), Key: key.Hex()}
	if st.RevokedAt, err = r.chain.SessionRevokedAt(ctx, ring, author, key); err != nil || st.RevokedAt != 0 {
		return st, err
	}
	rcpt, err := r.chain.RevokeSession(ctx, ring, author, key, sig)
	if err != nil {
		return nil, err
	}
	st.TxHash = rcpt.TxHash.Hex()
	if st.RevokedAt, err = r.chain.SessionRevokedAt(ctx, ring, author, key); err != nil {
		return nil, err
	}
	return st, nil
}
