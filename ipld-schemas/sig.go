package schemas

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// secp256k1 group order n and n/2, big-endian.
var (
	secp256k1N     = common.FromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	secp256k1HalfN = common.FromHex("0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0")
)

// Sign signs digest with key and returns the 65-byte signature r || s || v
// with v = 27 or 28 and low s, the form Recover, the contracts' ecrecover and
// wallets use.
func Sign(digest [32]byte, key *ecdsa.PrivateKey) ([]byte, error) {
	if key == nil {
		return nil, fmt.Errorf("schemas: sign: nil key")
	}
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("schemas: sign: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// Recover returns the address that made sig over digest. It fails with
// ErrSignatureLength unless sig is 65 bytes, ErrSignatureV unless v is 27 or
// 28, ErrHighS if s > secp256k1n/2, and ErrBadSignature if r or s is zero or
// not below secp256k1n, or no key recovers.
func Recover(digest [32]byte, sig []byte) (common.Address, error) {
	if len(sig) != SignatureSize {
		return common.Address{}, fmt.Errorf("schemas: recover: %w: %d bytes", ErrSignatureLength, len(sig))
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("schemas: recover: %w: v = %d", ErrSignatureV, v)
	}
	r, s := sig[:32], sig[32:64]
	if isZero(r) || bytes.Compare(r, secp256k1N) >= 0 {
		return common.Address{}, fmt.Errorf("schemas: recover: %w: r out of range", ErrBadSignature)
	}
	if isZero(s) {
		return common.Address{}, fmt.Errorf("schemas: recover: %w: s is zero", ErrBadSignature)
	}
	if bytes.Compare(s, secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("schemas: recover: %w", ErrHighS)
	}
	// crypto.Ecrecover wants v = 0 or 1; the pooled buffers keep its
	// arguments off the heap.
	h := getHasher()
	defer putHasher(h)
	copy(h.sig[:], sig)
	h.sig[64] = v - 27
	h.dig = digest
	pub, err := crypto.Ecrecover(h.dig[:], h.sig[:])
	if err != nil || len(pub) != 65 {
		return common.Address{}, fmt.Errorf("schemas: recover: %w: %v", ErrBadSignature, err)
	}
	sum := h.hash(pub[1:])
	return common.Address(sum[12:]), nil
}

func isZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// SignLogNode sets n.Sig to key's signature of LogNodeDigest(n). n must pass
// Validate but for its signature, have no Session (see
// SignLogNodeWithSession), and key must be n.Author's (else
// ErrWrongSigner).
func SignLogNode(n *LogNode, key *ecdsa.PrivateKey) error {
	if key == nil {
		return fmt.Errorf("schemas: sign: nil key")
	}
	if n != nil && n.Session != nil {
		return invalid("LogNode", "session", "set: a session key signs it (SignLogNodeWithSession)")
	}
	digest, err := LogNodeDigest(n)
	if err != nil {
		return err
	}
	sig, err := signAs(digest, key, common.Address(n.Author))
	if err != nil {
		return err
	}
	n.Sig = sig
	return nil
}

// VerifyLogNode checks n (Validate), recovers the signer of its
// LogNodeDigest and returns n.Author if n speaks for it: the author signed
// it, or n carries a Session that the author signed for the key that signed
// it, in n's ring and chain, whose window covers n.Time (ErrSessionWindow
// if not). Whether the session key was revoked only the chain knows: see
// Ring.sessionRevokedAt. It fails with ErrInvalid, a signature error (see
// Recover), a *WrongSignerError, or ErrSessionWindow.
func VerifyLogNode(n *LogNode) (common.Address, error) {
	if err := n.Validate(); err != nil {
		return common.Address{}, err
	}
	author := common.Address(n.Author)
	if n.Session == nil {
		return recoverAs(logNodeDigest(n), n.Sig, author)
	}
	signer, err := Recover(logNodeDigest(n), n.Sig)
	if err != nil {
		return common.Address{}, err
	}
	d := Domain{ChainID: uint64(n.Chain), Ring: common.Address(n.Ring)}
	if err := n.Session.Verify(d, author, signer); err != nil {
		return common.Address{}, err
	}
	if !n.Session.Covers(n.Time) {
		return common.Address{}, fmt.Errorf("schemas: LogNode session: %w: time %d ms, window %d..%d s",
			ErrSessionWindow, n.Time, n.Session.NotBefore, n.Session.Expiry)
	}
	return author, nil
}

// signAs signs digest with key, which must be want's (else a
// *WrongSignerError).
func signAs(digest [32]byte, key *ecdsa.PrivateKey, want common.Address) ([]byte, error) {
	if key == nil {
		return nil, fmt.Errorf("schemas: sign: nil key")
	}
	if got := crypto.PubkeyToAddress(key.PublicKey); got != want {
		return nil, &WrongSignerError{Got: got, Want: want}
	}
	return Sign(digest, key)
}

// recoverAs returns the signer of sig over digest if it is want. It fails
// as Recover does, or with a *WrongSignerError.
func recoverAs(digest [32]byte, sig []byte, want common.Address) (common.Address, error) {
	got, err := Recover(digest, sig)
	if err != nil {
		return common.Address{}, err
	}
	if got != want {
		return common.Address{}, &WrongSignerError{Got: got, Want: want}
	}
	return got, nil
}
