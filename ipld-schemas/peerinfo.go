package schemas

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// PeerInfoType is the EIP-712 type a member signs to publish its node's
// libp2p peer ID and multiaddresses in a ring (Ring.setPeerInfoFor).
const PeerInfoType = "PeerInfo(address ring,address member,bytes peerId,bytes multiaddrs,uint64 updated)"

// Size limits of a PeerInfo, the Ring contract's MAX_PEER_ID_SIZE and
// MAX_MULTIADDRS_SIZE: it refuses larger ones (PeerInfoTooLarge).
const (
	MaxPeerInfoPeerIDSize     = 64   // bytes of a binary peer ID
	MaxPeerInfoMultiaddrsSize = 1024 // bytes of PackMultiaddrs' output
)

var peerInfoTypeHash = keccak([]byte(PeerInfoType))

// PeerInfo is a member's signed announcement of its node:
// PeerInfo(address ring,address member,bytes peerId,bytes multiaddrs,
// uint64 updated), with ring the Domain's. The contract applies it only if
// Updated is later than the one it holds (Ring.peerInfoUpdated), so an old
// one cannot be replayed.
type PeerInfo struct {
	Member     common.Address
	PeerID     []byte // binary libp2p peer ID (peer.ID's bytes), at most MaxPeerInfoPeerIDSize
	Multiaddrs []byte // PackMultiaddrs of the node's public multiaddresses, at most MaxPeerInfoMultiaddrsSize
	Updated    uint64 // unix seconds
}

// validate checks p's size limits.
func (p PeerInfo) validate() error {
	if len(p.PeerID) > MaxPeerInfoPeerIDSize {
		return invalid("PeerInfo", "peerId", "%d bytes, at most %d", len(p.PeerID), MaxPeerInfoPeerIDSize)
	}
	if len(p.Multiaddrs) > MaxPeerInfoMultiaddrsSize {
		return invalid("PeerInfo", "multiaddrs", "%d bytes, at most %d", len(p.Multiaddrs), MaxPeerInfoMultiaddrsSize)
	}
	return nil
}

// PeerInfoDigest returns the EIP-712 digest of p in domain d, which
// Ring.hashPeerInfo also returns. It fails with ErrInvalid if p is over
// the size limits.
func PeerInfoDigest(d Domain, p PeerInfo) ([32]byte, error) {
	if err := p.validate(); err != nil {
		return [32]byte{}, err
	}
	sep := d.Separator()
	h := getHasher()
	w := h.words(6)
	w[0] = peerInfoTypeHash
	putAddress(&w[1], d.Ring)
	putAddress(&w[2], p.Member)
	w[3] = h.hash(p.PeerID)
	w[4] = h.hash(p.Multiaddrs)
	putUint64(&w[5], p.Updated)
	digest := h.typedDataHash(sep, h.sum(6))
	putHasher(h)
	return digest, nil
}

// PeerInfoTypedData returns PeerInfoDigest's request as typed data, for
// eth_signTypedData_v4.
func PeerInfoTypedData(d Domain, p PeerInfo) (apitypes.TypedData, error) {
	if err := p.validate(); err != nil {
		return apitypes.TypedData{}, err
	}
	return typedData(d, "PeerInfo", PeerInfoType, apitypes.TypedDataMessage{
		"ring":       d.Ring.Hex(),
		"member":     p.Member.Hex(),
		"peerId":     hexutil.Encode(p.PeerID),
		"multiaddrs": hexutil.Encode(p.Multiaddrs),
		"updated":    uintString(p.Updated),
	}), nil
}

// SignPeerInfo returns key's signature of PeerInfoDigest(d, p). key must be
// p.Member's (else a *WrongSignerError).
func SignPeerInfo(d Domain, p PeerInfo, key *ecdsa.PrivateKey) ([]byte, error) {
	digest, err := PeerInfoDigest(d, p)
	if err != nil {
		return nil, err
	}
	return signAs(digest, key, p.Member)
}

// VerifyPeerInfo checks that sig is p.Member's signature of p in domain d
// and returns the signer. It fails with ErrInvalid, a signature error (see
// Recover), or a *WrongSignerError.
func VerifyPeerInfo(d Domain, p PeerInfo, sig []byte) (common.Address, error) {
	digest, err := PeerInfoDigest(d, p)
	if err != nil {
		return common.Address{}, err
	}
	return recoverAs(digest, sig, p.Member)
}

// PackMultiaddrs frames binary multiaddresses (multiaddr.Multiaddr's
// Bytes) for PeerInfo.Multiaddrs: each as its length (unsigned varint)
// followed by its bytes, in order. A binary multiaddress does not say where
// it ends, so plain concatenation would be ambiguous. It fails with
// ErrInvalid on an empty address or a result over MaxPeerInfoMultiaddrsSize.
func PackMultiaddrs(addrs [][]byte) ([]byte, error) {
	var out []byte
	for i, a := range addrs {
		if len(a) == 0 {
			return nil, invalid("PeerInfo", fmt.Sprintf("multiaddrs[%d]", i), "empty")
		}
		out = binary.AppendUvarint(out, uint64(len(a)))
		out = append(out, a...)
		if len(out) > MaxPeerInfoMultiaddrsSize {
			return nil, invalid("PeerInfo", "multiaddrs", "more than %d bytes packed", MaxPeerInfoMultiaddrsSize)
		}
	}
	return out, nil
}

// UnpackMultiaddrs splits PackMultiaddrs' output into the binary
// multiaddresses, which it does not parse: check each with multiaddr's
// NewMultiaddrBytes. It fails with ErrInvalid on input over
// MaxPeerInfoMultiaddrsSize, a bad, zero or non-minimal length, or a truncated address. The
// returned slices alias b.
func UnpackMultiaddrs(b []byte) ([][]byte, error) {
	if len(b) > MaxPeerInfoMultiaddrsSize {
		return nil, invalid("PeerInfo", "multiaddrs", "%d bytes, at most %d", len(b), MaxPeerInfoMultiaddrsSize)
	}
	var out [][]byte
	for off := 0; off < len(b); {
		n, k := binary.Uvarint(b[off:])
		if k <= 0 || n == 0 || k != uvarintSize(n) {
			return nil, invalid("PeerInfo", "multiaddrs", "bad length at byte %d", off)
		}
		off += k
		if n > uint64(len(b)-off) {
			return nil, invalid("PeerInfo", "multiaddrs", "address at byte %d needs %d bytes, %d left", off, n, len(b)-off)
		}
		out = append(out, b[off:off+int(n):off+int(n)])
		off += int(n)
	}
	return out, nil
}

// uvarintSize is the number of bytes of n's minimal unsigned varint.
func uvarintSize(n uint64) int {
	k := 1
	for ; n >= 0x80; n >>= 7 {
		k++
	}
	return k
}
