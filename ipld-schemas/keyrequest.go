package schemas

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// KeyRequestType is a ring member's off-chain request for the ring's read
// and replica keys, from another member's node (plugin/keyshare): a node
// that joined a ring it did not create (a replica added to a cluster)
// asks the others. The answering node checks the signer against the
// ring's contract state and seals the keys to the signer's public key.
const KeyRequestType = "KeyRequest(address ring,address member,uint256 deadline)"

var keyRequestTypeHash = keccak([]byte(KeyRequestType))

// KeyRequest is a signed request by Member for d.Ring's keys, valid until
// Deadline (unix seconds).
type KeyRequest struct {
	Member   common.Address
	Deadline *big.Int
}

// KeyRequestDigest returns the EIP-712 digest of r in domain d. It fails
// with ErrInvalid if Deadline is nil or not a uint256.
func KeyRequestDigest(d Domain, r KeyRequest) ([32]byte, error) {
	var dl [32]byte
	if err := putUint256(&dl, r.Deadline, "KeyRequest", "deadline"); err != nil {
		return [32]byte{}, err
	}
	sep := d.Separator()
	h := getHasher()
	w := h.words(4)
	w[0] = keyRequestTypeHash
	putAddress(&w[1], d.Ring)
	putAddress(&w[2], r.Member)
	w[3] = dl
	digest := h.typedDataHash(sep, h.sum(4))
	putHasher(h)
	return digest, nil
}

// KeyRequestTypedData returns r as typed data, for eth_signTypedData_v4.
func KeyRequestTypedData(d Domain, r KeyRequest) (apitypes.TypedData, error) {
	var dl [32]byte
	if err := putUint256(&dl, r.Deadline, "KeyRequest", "deadline"); err != nil {
		return apitypes.TypedData{}, err
	}
	return typedData(d, "KeyRequest", KeyRequestType, apitypes.TypedDataMessage{
		"ring":     d.Ring.Hex(),
		"member":   r.Member.Hex(),
		"deadline": r.Deadline.String(),
	}), nil
}
