package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// MemberHead is one member of a ring with its log head as the contract
// holds it.
type MemberHead struct {
	Member common.Address `json:"member"`
	Head   common.Hash    `json:"head"` // digest of the head LogNode's CID; zero if never flushed
	Seq    uint64         `json:"seq"`
	Nonce  *big.Int       `json:"nonce"`
}

// RingState is a ring's contract state, read at one block.
type RingState struct {
	Ring         common.Address `json:"ring"`
	Block        uint64         `json:"block"`
	BlockHash    common.Hash    `json:"blockHash"`
	Owner        common.Address `json:"owner"`
	Members      []MemberHead   `json:"members"`
	EntryCount   uint64         `json:"entryCount"`
	RingNodeHead common.Hash    `json:"ringNodeHead"`
}

// Member returns the state of one member; ok is false for a non-member.
func (s *RingState) Member(a common.Address) (m MemberHead, ok bool) {
	for _, m := range s.Members {
		if m.Member == a {
			return m, true
		}
	}
	return MemberHead{}, false
}

// Receipt is what a relayed transaction cost and where it landed.
type Receipt struct {
	TxHash  common.Hash `json:"txHash"`
	Block   uint64      `json:"block"`
	GasUsed uint64      `json:"gasUsed"`
	Fee     *big.Int    `json:"fee"` // wei: gasUsed × effective gas price
}
