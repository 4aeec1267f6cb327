package schemas

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// ReplicateRingType is the off-chain request of a ring's owner or member
// asking a replica to replicate the ring. The replica checks the signer
// against the ring's contract state; no contract verifies it.
const ReplicateRingType = "ReplicateRing(address ring,address replicaRing,bytes32 replicaKeyHash,uint256 deadline)"

var replicateRingTypeHash = keccak([]byte(ReplicateRingType))

// ReplicateRing is a signed request to replicate Ring into the replica
// ring ReplicaRing, handing over the replica key whose keccak256 is
// ReplicaKeyHash.
type ReplicateRing struct {
	Ring           common.Address
	ReplicaRing    common.Address
	ReplicaKeyHash [32]byte
	Deadline       *big.Int // uint256, unix seconds
}

// ReplicateRingDigest returns the EIP-712 digest of r in domain d (d.Ring
// should be r.Ring). It fails with ErrInvalid if Deadline is nil or not a
// uint256.
func ReplicateRingDigest(d Domain, r ReplicateRing) ([32]byte, error) {
	var deadline [32]byte
	if err := putUint256(&deadline, r.Deadline, "ReplicateRing", "deadline"); err != nil {
		return [32]byte{}, err
	}
	sep := d.Separator()
	h := getHasher()
	w := h.words(5)
	w[0] = replicateRingTypeHash
	putAddress(&w[1], r.Ring)
	putAddress(&w[2], r.ReplicaRing)
	w[3] = r.ReplicaKeyHash
	w[4] = deadline
	digest := h.typedDataHash(sep, h.sum(5))
	putHasher(h)
	return digest, nil
}

// ReplicateRingTypedData returns r's ReplicateRingDigest request as typed
// data, for eth_signTypedData_v4.
func ReplicateRingTypedData(d Domain, r ReplicateRing) (apitypes.TypedData, error) {
	var deadline [32]byte
	if err := putUint256(&deadline, r.Deadline, "ReplicateRing", "deadline"); err != nil {
		return apitypes.TypedData{}, err
	}
	return typedData(d, "ReplicateRing", ReplicateRingType, apitypes.TypedDataMessage{
		"ring":           r.Ring.Hex(),
		"replicaRing":    r.ReplicaRing.Hex(),
		"replicaKeyHash": hexutil.Encode(r.ReplicaKeyHash[:]),
		"deadline":       r.Deadline.String(),
	}), nil
}

// UnreplicateRingType is the ring owner's off-chain request that a replica
// stop replicating the ring.
const UnreplicateRingType = "UnreplicateRing(address ring,uint256 deadline)"

var unreplicateRingTypeHash = keccak([]byte(UnreplicateRingType))

// UnreplicateRingDigest returns the EIP-712 digest of the owner's request
// to stop replicating d.Ring, valid until deadline (unix seconds).
func UnreplicateRingDigest(d Domain, deadline *big.Int) ([32]byte, error) {
	var dl [32]byte
	if err := putUint256(&dl, deadline, "UnreplicateRing", "deadline"); err != nil {
		return [32]byte{}, err
	}
	sep := d.Separator()
	h := getHasher()
	w := h.words(3)
	w[0] = unreplicateRingTypeHash
	putAddress(&w[1], d.Ring)
	w[2] = dl
	digest := h.typedDataHash(sep, h.sum(3))
	putHasher(h)
	return digest, nil
}

// UnreplicateRingTypedData returns the UnreplicateRingDigest request as
// typed data, for eth_signTypedData_v4.
func UnreplicateRingTypedData(d Domain, deadline *big.Int) (apitypes.TypedData, error) {
	var dl [32]byte
	if err := putUint256(&dl, deadline, "UnreplicateRing", "deadline"); err != nil {
		return apitypes.TypedData{}, err
	}
	return typedData(d, "UnreplicateRing", UnreplicateRingType, apitypes.TypedDataMessage{
		"ring":     d.Ring.Hex(),
		"deadline": deadline.String(),
	}), nil
}
