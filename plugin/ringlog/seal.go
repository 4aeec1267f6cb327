package ringlog

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/crypto/chacha20poly1305"
)

// KeySize is the size of a ring's read key.
const KeySize = chacha20poly1305.KeySize

// NonceSize is the size of the random nonce that starts a sealed body.
const NonceSize = chacha20poly1305.NonceSizeX

// SealOverhead is what sealing adds to a plaintext: the nonce and the tag.
const SealOverhead = chacha20poly1305.NonceSizeX + chacha20poly1305.Overhead

// ErrOpen is returned when a body does not open with the given key: the key
// is wrong, or the body was changed or moved to another node.
var ErrOpen = errors.New("ringlog: body does not open with this read key")

// Position names the place of a body in a ring's logs. It is authenticated
// with the body, so a sealed body only opens in the node it was sealed for.
type Position struct {
	Ring   common.Address
	Chain  uint64
	Author common.Address
	Seq    uint64
}

// AAD returns the additional data a body is sealed with: ring (20 bytes) ||
// chain (8 bytes, big-endian) || author (20 bytes) || seq (8 bytes,
// big-endian), 56 bytes in all.
func (p Position) AAD() []byte {
	b := make([]byte, 0, 20+8+20+8)
	b = append(b, p.Ring.Bytes()...)
	b = binary.BigEndian.AppendUint64(b, p.Chain)
	b = append(b, p.Author.Bytes()...)
	return binary.BigEndian.AppendUint64(b, p.Seq)
}

// Seal encrypts plaintext under readKey for the given position with
// XChaCha20-Poly1305 and a random nonce. The result is nonce (24 bytes) ||
// ciphertext || tag (16 bytes); the additional data is pos.AAD().
func Seal(readKey []byte, pos Position, plaintext []byte) ([]byte, error) {
	var nonce [NonceSize]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, err
	}
	return SealWithNonce(readKey, pos, nonce, plaintext)
}

// SealWithNonce is Seal with a nonce the caller chooses, for test vectors
// that other implementations must reproduce byte for byte. A nonce must
// never be used twice with one read key: everything else calls Seal.
func SealWithNonce(readKey []byte, pos Position, nonce [NonceSize]byte, plaintext []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(readKey)
	if err != nil {
		return nil, fmt.Errorf("ringlog: read key: %w", err)
	}
	out := make([]byte, NonceSize, SealOverhead+len(plaintext))
	copy(out, nonce[:])
	return aead.Seal(out, out, plaintext, pos.AAD()), nil
}

// Open decrypts a body sealed by Seal for the same position.
func Open(readKey []byte, pos Position, body []byte) ([]byte, error) {
	aead, err := chacha20poly1305.NewX(readKey)
	if err != nil {
		return nil, fmt.Errorf("ringlog: read key: %w", err)
	}
	if len(body) < SealOverhead {
		return nil, ErrOpen
	}
	nonce, ct := body[:chacha20poly1305.NonceSizeX], body[chacha20poly1305.NonceSizeX:]
	pt, err := aead.Open(nil, nonce, ct, pos.AAD())
	if err != nil {
		return nil, ErrOpen
	}
	return pt, nil
}
