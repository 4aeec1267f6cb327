// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// RingLogsFlushRequest is an auto generated low-level Go binding around an user-defined struct.
type RingLogsFlushRequest struct {
	Avatar   common.Address
	Head     [32]byte
	Seq      uint64
	Nonce    *big.Int
	Deadline *big.Int
}

// RingLogsLogNodeClaim is an auto generated low-level Go binding around an user-defined struct.
type RingLogsLogNodeClaim struct {
	Author common.Address
	Seq    uint64
	Prev   [32]byte
	Refs   [32]byte
	Body   [32]byte
	Time   uint64
}

// RingLogsMemberHead is an auto generated low-level Go binding around an user-defined struct.
type RingLogsMemberHead struct {
	Member common.Address
	Head   [32]byte
	Seq    uint64
	Nonce  *big.Int
}

// RingLogsOutput is an auto generated low-level Go binding around an user-defined struct.
type RingLogsOutput struct {
	Pin  *big.Int
	Data [32]byte
}

// RingMetaData contains all meta data concerning the Ring contract.
var RingMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"members_\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"BadEntryIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"BadEntryPrev\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignatureLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignatureV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ForkAlreadyReported\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"InvalidMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"NoMajority\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAFork\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"SeqNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"SignerMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHead\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"checkpoint\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"}],\"name\":\"CheckpointArchived\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"nodeA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"nodeB\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"ForkReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"LogHeadUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberEntered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberExited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pin\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structRingLogs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"}],\"name\":\"OutputsRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"}],\"name\":\"PeerInfoUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"}],\"name\":\"RingEntryCommitted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHECKPOINT_FREQUENCY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLUSH_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LOG_NODE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MEMBERSHIP_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OUTPUTS_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_ENTRY_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_MAJORITY_DENOMINATOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_MAJORITY_NUMERATOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enter_\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"changeMembership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"checkpointCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"checkpoints\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cidPrefix\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"commitEntry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"enter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"exit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.FlushRequest\",\"name\":\"f\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"flush\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.FlushRequest[]\",\"name\":\"fs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"flushMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"forkReported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getHeads\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.MemberHead[]\",\"name\":\"heads\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRingLogs\",\"outputs\":[{\"internalType\":\"bytes32[100]\",\"name\":\"\",\"type\":\"bytes32[100]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getState\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.MemberHead[]\",\"name\":\"heads\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64\",\"name\":\"entryCount_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"ringNodeHead_\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.FlushRequest\",\"name\":\"f\",\"type\":\"tuple\"}],\"name\":\"hashFlush\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"refs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"internalType\":\"structRingLogs.LogNodeClaim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"hashLogNode\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enter\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"hashMembership\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pin\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"internalType\":\"structRingLogs.Output[]\",\"name\":\"outs\",\"type\":\"tuple[]\"}],\"name\":\"hashOutputs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"}],\"name\":\"hashRingEntry\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"logNodeHeads\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"memberCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"outputs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputsNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"peerIds\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"publicMultiaddresses\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pin\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"internalType\":\"structRingLogs.Output[]\",\"name\":\"outs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"registerOutputs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"refs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"internalType\":\"structRingLogs.LogNodeClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"refs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"internalType\":\"structRingLogs.LogNodeClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"reportFork\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"ringLogs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ringNodeHead\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"}],\"name\":\"setPeerInfo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Ring",
	Bin: "0x608060405234801561000f575f5ffd5b50604051612bcf380380612bcf83398101604081905261002e9161023a565b6001600160a01b038216610055576040516349e27cff60e01b815260040160405180910390fd5b606e80546001600160a01b0319166001600160a01b03841617905560015f5b825181101561014b575f83828151811061009057610090610318565b602002602001015190506100a98161017d60201b60201c565b826001600160a01b0316816001600160a01b0316036100eb57604051630268f92960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6001600160a01b039283165f908152606c602052604080822080546001600160a01b0319169584169586179055519193849290917fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f591a250600101610074565b506001600160a01b03165f908152606c6020526040902080546001600160a01b031916600117905551606d555061032c565b6001600160a01b038116158061019c57506001600160a01b0381166001145b156101c5576040516301b16f7d60e61b81526001600160a01b03821660048201526024016100e2565b6001600160a01b038181165f908152606c6020526040902054161561020857604051630268f92960e01b81526001600160a01b03821660048201526024016100e2565b50565b80516001600160a01b0381168114610221575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561024b575f5ffd5b6102548361020b565b60208401519092506001600160401b0381111561026f575f5ffd5b8301601f8101851361027f575f5ffd5b80516001600160401b0381111561029857610298610226565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102c6576102c6610226565b6040529182526020818401810192908101888411156102e3575f5ffd5b6020850194505b83851015610309576102fb8561020b565b8152602094850194016102ea565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b612896806103395f395ff3fe608060405234801561000f575f5ffd5b506004361061026b575f3560e01c80639c74ec221161014b578063be285bd7116100bf578063e476bab611610084578063e476bab614610643578063e732e46a14610656578063f1685e621461067d578063f698da2514610686578063f751dc311461068e578063fe361616146106b5575f5ffd5b8063be285bd7146105c0578063c0fa991d146105d3578063c35eedfb146105db578063c89406a414610627578063d014c01f14610630575f5ffd5b8063b0d5713711610110578063b0d571371461054c578063b2bdf7dd14610561578063b42652e914610574578063b59ce22114610587578063b7035f0f1461059a578063b8a24252146105ad575f5ffd5b80639c74ec22146104d55780639eab5253146104fc578063a230c52414610511578063ac981ed414610524578063af6ba97914610539575f5ffd5b80632eff9f88116101e257806371518324116101a7578063715183241461041f57806372f8642b146104325780637ecebe00146104455780638937b489146104645780638da5cb5b1461048b5780639149bdf2146104b6575f5ffd5b80632eff9f881461038d57806342607811146103a05780634293c6b4146103c75780634e8c819c146103da5780636a41ef3b146103e2575f5ffd5b8063172b4a8111610233578063172b4a81146102f15780631865c57d146103205780631d0cd5a6146103385780631f618cd21461034b57806320606b7014610353578063262afeaf1461037a575f5ffd5b8063035a098b1461026f5780630cbb0f831461028457806311aee380146102b4578063129a7bcb146102cb57806315911f6a146102de575b5f5ffd5b61028261027d366004611ed6565b6106bd565b005b600354610297906001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b6102bd606d5481565b6040519081526020016102ab565b6102bd6102d9366004611f80565b61076b565b6102bd6102ec366004611fdd565b6107eb565b610313604051806040016040528060048152602001620b889160e51b81525081565b6040516102ab9190611ffe565b610328610893565b6040516102ab94939291906120a2565b6102bd6103463660046120f1565b6108cd565b6068546102bd565b6102bd7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b6102bd610388366004612135565b610988565b61028261039b366004612174565b6109f6565b6102bd7f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec81565b6102826103d536600461221d565b610adc565b6102bd606481565b61040f6103f03660046122bf565b606b60209081525f928352604080842090915290825290205460ff1681565b60405190151581526020016102ab565b61028261042d3660046122f0565b610b5c565b610313610440366004612341565b610d2a565b6102bd610453366004612341565b60016020525f908152604090205481565b6102bd7f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca81565b606e5461049e906001600160a01b031681565b6040516001600160a01b0390911681526020016102ab565b6102bd6104c436600461235a565b60696020525f908152604090205481565b6102bd7fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a8355181565b610504610dc1565b6040516102ab9190612371565b61040f61051f366004612341565b610ead565b61052c610ee3565b6040516102ab91906123bc565b610313610547366004612341565b610f1f565b610554610f37565b6040516102ab91906123ed565b6102bd61056f3660046123ff565b610f46565b610282610582366004612341565b610fa3565b61028261059536600461242f565b610fda565b6102bd6105a836600461235a565b6110f3565b6102bd6105bb36600461235a565b611109565b6102826105ce366004612481565b611128565b6102bd600281565b61060a6105e9366004612341565b5f60208190529081526040902080546001909101546001600160401b031682565b604080519283526001600160401b039091166020830152016102ab565b6102bd606a5481565b61028261063e366004612341565b611138565b6102826106513660046124c3565b61116c565b6102bd7f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b7326081565b6102bd60025481565b6102bd611398565b6102bd7ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f81565b6102bd600381565b6106c633610ead565b6106ea576040516305b5850b60e21b81523360048201526024015b60405180910390fd5b335f908152606f602052604090206107038486836125f2565b50335f90815260706020526040902061071d8284836125f2565b50336001600160a01b03167fb08d2da0e893c1660c55ae10981e15a1840fa4de4c4b2dd737211fbc6588bda78585858560405161075d94939291906126d3565b60405180910390a250505050565b5f6107e37f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec308661079c878761143c565b6040805160208101959095526001600160a01b03909316928401929092526060830152608082015260a0015b60405160208183030381529060405280519060200120611451565b949350505050565b5f61088d7f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b732603061081e6020860186612341565b60208601356108336060880160408901612704565b6040805160208101969096526001600160a01b0394851690860152919092166060808501919091526080808501939093526001600160401b0390911660a084015285013560c083015284013560e0820152610100016107c8565b92915050565b606e545f90606090829081906001600160a01b03166108b0611497565b60035460025492979196506001600160401b031694509092509050565b5f61088d7fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a83551306109006020860186612341565b6109106040870160208801612704565b60408701356060880135608089013561092f60c08b0160a08c01612704565b6040805160208101999099526001600160a01b03978816908901529590941660608701526001600160401b03928316608087015260a086019190915260c085015260e084019190915216610100820152610120016107c8565b604080517f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca602082015230918101919091526001600160a01b0385166060820152831515608082015260a0810183905260c081018290525f906109ed9060e0016107c8565b95945050505050565b82421115610a1a57604051637c06dd7560e11b8152600481018490526024016106e1565b606e546001600160a01b03165f8181526001602052604081205490610a4b610a448989858a610988565b8686611620565b9050826001600160a01b0316816001600160a01b031614610a92576040516377f0734360e11b81526001600160a01b038083166004830152841660248201526044016106e1565b610a9d826001612731565b6001600160a01b0384165f908152600160205260409020558615610ac957610ac488611752565b610ad2565b610ad288611803565b5050505050505050565b828114610aff576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610b5557610b4d858583818110610b1e57610b1e612744565b905060a00201848484818110610b3657610b36612744565b9050602002810190610b489190612758565b611939565b600101610b01565b5050505050565b6003546001600160401b03868116911614610ba15760035460405163cf26be2960e01b81526001600160401b03918216600482015290861660248201526044016106e1565b6002548314610bd15760025460405163bddb402d60e01b81526004810191909152602481018490526044016106e1565b610be6610bdf868686610f46565b8383611c2b565b836004610bfd60646001600160401b0389166127ae565b60648110610c0d57610c0d612744565b01556002849055610c1f8560016127c1565b6003805467ffffffffffffffff19166001600160401b039283161790556040805186815260208101869052918716917f06f6c5cabfa37c190a8f3aa87a9a7f75c1ce15a6a7fe6f6cc96388659c8dcbcc910160405180910390a26064610c8f6001600160401b0387166001612731565b610c9991906127ae565b5f03610b555760688054600181810183555f8390527fa2153420d844928b4421650203c77babc8b33d7f2e7b450e2966db0c220977539091018690559054610ce191906127e0565b604080516001600160401b0388168152602081018790527fd01693abf2117383e53d02506d1538f4216c1de665730f83fd1b39c72303d1e7910160405180910390a25050505050565b60706020525f908152604090208054610d429061256a565b80601f0160208091040260200160405190810160405280929190818152602001828054610d6e9061256a565b8015610db95780601f10610d9057610100808354040283529160200191610db9565b820191905f5260205f20905b815481529060010190602001808311610d9c57829003601f168201915b505050505081565b6060606d546001600160401b03811115610ddd57610ddd612556565b604051908082528060200260200182016040528015610e06578160200160208202803683370190505b5060015f908152606c6020527fdcf345d7f6a8deb7427d0fee62009fa15100353a1c666b51bb5387b25addcfa9549192506001600160a01b03909116905b6001600160a01b038216600114610ea85781838281518110610e6857610e68612744565b6001600160a01b039283166020918202929092018101919091529281165f908152606c90935260409092205490911690610ea1816127f3565b9050610e44565b505090565b5f6001600160a01b03821660011480159061088d5750506001600160a01b039081165f908152606c602052604090205416151590565b610eeb611e26565b60408051610c808101918290529060049060649082845b815481526020019060010190808311610f02575050505050905090565b606f6020525f908152604090208054610d429061256a565b6060610f41611497565b905090565b604080517ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f602082015230918101919091526001600160401b03841660608201526080810183905260a081018290525f906107e39060c0016107c8565b606e546001600160a01b03163314610fce576040516330cd747160e01b815260040160405180910390fd5b610fd781611803565b50565b606a545f610fe8868661143c565b604080517f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec6020820152309181019190915260608101849052608081018290529091506110429061103b9060a0016107c8565b8585611c2b565b5f5b8581101561109e5786868281811061105e5761105e612744565b9050604002016020013560695f89898581811061107d5761107d612744565b604090810292909201358352506020820192909252015f2055600101611044565b506110aa826001612731565b606a5560405182907f2098f3f3d27454d70d0b8ca17ce6cf64723eb563d7e9146dcdf5e16444b8e397906110e39084908a908a9061280b565b60405180910390a2505050505050565b60048160648110611102575f80fd5b0154905081565b60688181548110611118575f80fd5b5f91825260209091200154905081565b611133838383611939565b505050565b606e546001600160a01b03163314611163576040516330cd747160e01b815260040160405180910390fd5b610fd781611752565b6111796020840184612341565b6001600160a01b031661118f6020880188612341565b6001600160a01b03161415806111d557506111b06040840160208501612704565b6001600160401b03166111c96040880160208901612704565b6001600160401b031614155b156111f357604051631137a6c960e01b815260040160405180910390fd5b5f6111ff878787611d46565b90505f61120d858585611d46565b905080820361122f57604051631137a6c960e01b815260040160405180910390fd5b606b5f61123f60208b018b612341565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8960200160208101906112729190612704565b6001600160401b0316815260208101919091526040015f205460ff16156112ac5760405163eb3a7b3f60e01b815260040160405180910390fd5b6001606b5f6112be60208c018c612341565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8a60200160208101906112f19190612704565b6001600160401b031681526020808201929092526040015f20805460ff19169215159290921790915561132690890189612341565b6001600160a01b03167f4f10fe1b7a711d58356b2d654d7a6a42460d06cbb6d03e2903128f9ac9840fa361136060408b0160208c01612704565b604080516001600160401b03909216825260208201869052810184905233606082015260800160405180910390a25050505050505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fb447a1b2f137b25ce8385136029287092c348564afced1e05a89f9588b97cc17918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f604051604083028085833790209392505050565b5f61145a611398565b60405161190160f01b6020820152602281019190915260428101839052606201604051602081830303815290604052805190602001209050919050565b60605f6114a2610dc1565b905080516001600160401b038111156114bd576114bd612556565b60405190808252806020026020018201604052801561150d57816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f199092019101816114db5790505b5091505f5b8151811015610ea8575f5f5f84848151811061153057611530612744565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f209050604051806080016040528084848151811061157657611576612744565b60200260200101516001600160a01b03168152602001825f01548152602001826001015f9054906101000a90046001600160401b03166001600160401b0316815260200160015f8686815181106115cf576115cf612744565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205481525084838151811061160c5761160c612744565b602090810291909101015250600101611512565b5f604182146116425760405163d7bad83f60e01b815260040160405180910390fd5b8235602084013560408501355f1a601b811480159061166557508060ff16601c14155b15611683576040516334e248bb60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156116c4576040516363376d6d60e01b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611714573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661174857604051635cd5d23360e01b815260040160405180910390fd5b5050509392505050565b61175b81611d9b565b606c6020527fdcf345d7f6a8deb7427d0fee62009fa15100353a1c666b51bb5387b25addcfa980546001600160a01b038381165f818152604081208054939094166001600160a01b03199384161790935560018352835490911617909155606d80549091906117c9906127f3565b909155506040516001600160a01b038216907fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f5905f90a250565b61180c81610ead565b611834576040516305b5850b60e21b81526001600160a01b03821660048201526024016106e1565b60015b6001600160a01b038181165f908152606c6020526040902054811690831614611879576001600160a01b039081165f908152606c602052604090205416611837565b6001600160a01b038281165f818152606c60209081526040808320805487871685528285208054919097166001600160a01b0319918216179096559383528354909416909255606f9091529081206118d091611e45565b6001600160a01b0382165f9081526070602052604081206118f091611e45565b606d5f81546118fe90612857565b909155506040516001600160a01b038316907f81df7148ed3a9aa51bafe04f44371e89b96f47294267fbf6ab28b7aa8c87b386905f90a25050565b826080013542111561196457604051637c06dd7560e11b8152608084013560048201526024016106e1565b5f611978611971856107eb565b8484611620565b90506119876020850185612341565b6001600160a01b0316816001600160a01b0316146119d957806119ad6020860186612341565b6040516377f0734360e11b81526001600160a01b039283166004820152911660248201526044016106e1565b6119e961051f6020860186612341565b611a1f576119fa6020850185612341565b6040516305b5850b60e21b81526001600160a01b0390911660048201526024016106e1565b5f600181611a306020880188612341565b6001600160a01b03166001600160a01b031681526020019081526020015f2054905080856060013514611a8357604051633ddd513160e01b815260048101829052606086013560248201526044016106e1565b5f8080611a936020890189612341565b6001600160a01b03168152602081019190915260409081015f2060018101549092506001600160401b031690611acf9060608901908901612704565b6001600160401b031611611b275760018101546001600160401b0316611afb6060880160408901612704565b604051636326c85f60e11b81526001600160401b039283166004820152911660248201526044016106e1565b6020860135611b4957604051632254e2a760e21b815260040160405180910390fd5b611b54826001612731565b60015f611b6460208a018a612341565b6001600160a01b0316815260208082019290925260409081015f20929092558701358255611b989060608801908801612704565b60018201805467ffffffffffffffff19166001600160401b0392909216919091179055611bc86020870187612341565b6001600160a01b03167ff9e1804eed257dc0aa38e3016455e0dc97cf9f53b893f4b5e1ab0d3c6498f9f56020880135611c0760608a0160408b01612704565b604080519283526001600160401b03909116602083015281018590526060016110e3565b5f5f5b82811015611cd3575f611c6486868685818110611c4d57611c4d612744565b9050602002810190611c5f9190612758565b611620565b9050611c6f81610ead565b611c97576040516305b5850b60e21b81526001600160a01b03821660048201526024016106e1565b826001600160a01b0316816001600160a01b031611611cc95760405163af39015160e01b815260040160405180910390fd5b9150600101611c2e565b505f6003600160036002611ce6606d5490565b611cf0919061286c565b611cfa9190612731565b611d0491906127e0565b611d0e9190612883565b9050805f03611d1b575060015b80831015610b55576040516356159fd160e01b815260048101849052602481018290526044016106e1565b5f611d50846108cd565b90505f611d5e828585611620565b9050611d6d6020860186612341565b6001600160a01b0316816001600160a01b031614611d9357806119ad6020870187612341565b509392505050565b6001600160a01b0381161580611dba57506001600160a01b0381166001145b15611de3576040516301b16f7d60e61b81526001600160a01b03821660048201526024016106e1565b6001600160a01b038181165f908152606c60205260409020541615610fd757604051630268f92960e01b81526001600160a01b03821660048201526024016106e1565b60405180610c8001604052806064906020820280368337509192915050565b508054611e519061256a565b5f825580601f10611e60575050565b601f0160209004905f5260205f2090611e799190611e7b565b565b5f5b80821115611133575f81840155600101611e7d565b5f5f83601f840112611ea2575f5ffd5b5081356001600160401b03811115611eb8575f5ffd5b602083019150836020828501011115611ecf575f5ffd5b9250929050565b5f5f5f5f60408587031215611ee9575f5ffd5b84356001600160401b03811115611efe575f5ffd5b611f0a87828801611e92565b90955093505060208501356001600160401b03811115611f28575f5ffd5b611f3487828801611e92565b95989497509550505050565b5f5f83601f840112611f50575f5ffd5b5081356001600160401b03811115611f66575f5ffd5b6020830191508360208260061b8501011115611ecf575f5ffd5b5f5f5f60408486031215611f92575f5ffd5b8335925060208401356001600160401b03811115611fae575f5ffd5b611fba86828701611f40565b9497909650939450505050565b5f60a08284031215611fd7575f5ffd5b50919050565b5f60a08284031215611fed575f5ffd5b611ff78383611fc7565b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f8151808452602084019350602083015f5b8281101561209857815180516001600160a01b03168752602080820151818901526040808301516001600160401b0316908901526060918201519188019190915260809096019590910190600101612045565b5093949350505050565b6001600160a01b03851681526080602082018190525f906120c590830186612033565b6001600160401b03949094166040830152506060015292915050565b5f60c08284031215611fd7575f5ffd5b5f60c08284031215612101575f5ffd5b611ff783836120e1565b80356001600160a01b0381168114612121575f5ffd5b919050565b80358015158114612121575f5ffd5b5f5f5f5f60808587031215612148575f5ffd5b6121518561210b565b935061215f60208601612126565b93969395505050506040820135916060013590565b5f5f5f5f5f60808688031215612188575f5ffd5b6121918661210b565b945061219f60208701612126565b93506040860135925060608601356001600160401b038111156121c0575f5ffd5b6121cc88828901611e92565b969995985093965092949392505050565b5f5f83601f8401126121ed575f5ffd5b5081356001600160401b03811115612203575f5ffd5b6020830191508360208260051b8501011115611ecf575f5ffd5b5f5f5f5f60408587031215612230575f5ffd5b84356001600160401b03811115612245575f5ffd5b8501601f81018713612255575f5ffd5b80356001600160401b0381111561226a575f5ffd5b87602060a08302840101111561227e575f5ffd5b6020918201955093508501356001600160401b0381111561229d575f5ffd5b611f34878288016121dd565b80356001600160401b0381168114612121575f5ffd5b5f5f604083850312156122d0575f5ffd5b6122d98361210b565b91506122e7602084016122a9565b90509250929050565b5f5f5f5f5f60808688031215612304575f5ffd5b61230d866122a9565b9450602086013593506040860135925060608601356001600160401b03811115612335575f5ffd5b6121cc888289016121dd565b5f60208284031215612351575f5ffd5b611ff78261210b565b5f6020828403121561236a575f5ffd5b5035919050565b602080825282518282018190525f918401906040840190835b818110156123b15783516001600160a01b031683526020938401939092019160010161238a565b509095945050505050565b610c80810181835f5b60648110156123e45781518352602092830192909101906001016123c5565b50505092915050565b602081525f611ff76020830184612033565b5f5f5f60608486031215612411575f5ffd5b61241a846122a9565b95602085013595506040909401359392505050565b5f5f5f5f60408587031215612442575f5ffd5b84356001600160401b03811115612457575f5ffd5b61246387828801611f40565b90955093505060208501356001600160401b0381111561229d575f5ffd5b5f5f5f60c08486031215612493575f5ffd5b61249d8585611fc7565b925060a08401356001600160401b038111156124b7575f5ffd5b611fba86828701611e92565b5f5f5f5f5f5f6101c087890312156124d9575f5ffd5b6124e388886120e1565b955060c08701356001600160401b038111156124fd575f5ffd5b61250989828a01611e92565b909650945061251d90508860e089016120e1565b92506101a08701356001600160401b03811115612538575f5ffd5b61254489828a01611e92565b979a9699509497509295939492505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061257e57607f821691505b602082108103611fd757634e487b7160e01b5f52602260045260245ffd5b601f821115611133578282111561113357805f5260205f20601f840160051c60208510156125c757505f5b90810190601f840160051c035f5b818110156125ea575f838201556001016125d5565b505050505050565b6001600160401b0383111561260957612609612556565b61261d83612617835461256a565b8361259c565b5f601f84116001811461264e575f85156126375750838201355b5f19600387901b1c1916600186901b178355610b55565b5f83815260208120601f198716915b8281101561267d578685013582556020948501946001909201910161265d565b5086821015612699575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6126e66040830186886126ab565b82810360208401526126f98185876126ab565b979650505050505050565b5f60208284031215612714575f5ffd5b611ff7826122a9565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561088d5761088d61271d565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e1984360301811261276d575f5ffd5b8301803591506001600160401b03821115612786575f5ffd5b602001915036819003821315611ecf575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f826127bc576127bc61279a565b500690565b6001600160401b03818116838216019081111561088d5761088d61271d565b8181038181111561088d5761088d61271d565b5f600182016128045761280461271d565b5060010190565b83815260406020820181905281018290525f8360608301825b8581101561284c57823582526020808401359083015260409283019290910190600101612824565b509695505050505050565b5f816128655761286561271d565b505f190190565b808202811582820484141761088d5761088d61271d565b5f826128915761289161279a565b50049056",
}

// Ring is an auto generated Go binding around an Ethereum contract.
type Ring struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Ring) GetABI() abi.ABI {
	return c.abi
}

// NewRing creates a new instance of Ring.
func NewRing() *Ring {
	parsed, err := RingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Ring{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Ring) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, address[] members_) returns()
func (ring *Ring) PackConstructor(owner_ common.Address, members_ []common.Address) []byte {
	enc, err := ring.abi.Pack("", owner_, members_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCHECKPOINTFREQUENCY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8c819c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CHECKPOINT_FREQUENCY() view returns(uint256)
func (ring *Ring) PackCHECKPOINTFREQUENCY() []byte {
	enc, err := ring.abi.Pack("CHECKPOINT_FREQUENCY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCHECKPOINTFREQUENCY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e8c819c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CHECKPOINT_FREQUENCY() view returns(uint256)
func (ring *Ring) TryPackCHECKPOINTFREQUENCY() ([]byte, error) {
	return ring.abi.Pack("CHECKPOINT_FREQUENCY")
}

// UnpackCHECKPOINTFREQUENCY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e8c819c.
//
// Solidity: function CHECKPOINT_FREQUENCY() view returns(uint256)
func (ring *Ring) UnpackCHECKPOINTFREQUENCY(data []byte) (*big.Int, error) {
	out, err := ring.abi.Unpack("CHECKPOINT_FREQUENCY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (ring *Ring) PackDOMAINTYPEHASH() []byte {
	enc, err := ring.abi.Pack("DOMAIN_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (ring *Ring) TryPackDOMAINTYPEHASH() ([]byte, error) {
	return ring.abi.Pack("DOMAIN_TYPEHASH")
}

// UnpackDOMAINTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20606b70.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (ring *Ring) UnpackDOMAINTYPEHASH(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("DOMAIN_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFLUSHTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe732e46a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FLUSH_TYPEHASH() view returns(bytes32)
func (ring *Ring) PackFLUSHTYPEHASH() []byte {
	enc, err := ring.abi.Pack("FLUSH_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFLUSHTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe732e46a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FLUSH_TYPEHASH() view returns(bytes32)
func (ring *Ring) TryPackFLUSHTYPEHASH() ([]byte, error) {
	return ring.abi.Pack("FLUSH_TYPEHASH")
}

// UnpackFLUSHTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe732e46a.
//
// Solidity: function FLUSH_TYPEHASH() view returns(bytes32)
func (ring *Ring) UnpackFLUSHTYPEHASH(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("FLUSH_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLOGNODETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c74ec22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LOG_NODE_TYPEHASH() view returns(bytes32)
func (ring *Ring) PackLOGNODETYPEHASH() []byte {
	enc, err := ring.abi.Pack("LOG_NODE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLOGNODETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c74ec22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LOG_NODE_TYPEHASH() view returns(bytes32)
func (ring *Ring) TryPackLOGNODETYPEHASH() ([]byte, error) {
	return ring.abi.Pack("LOG_NODE_TYPEHASH")
}

// UnpackLOGNODETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9c74ec22.
//
// Solidity: function LOG_NODE_TYPEHASH() view returns(bytes32)
func (ring *Ring) UnpackLOGNODETYPEHASH(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("LOG_NODE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMEMBERSHIPTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8937b489.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MEMBERSHIP_TYPEHASH() view returns(bytes32)
func (ring *Ring) PackMEMBERSHIPTYPEHASH() []byte {
	enc, err := ring.abi.Pack("MEMBERSHIP_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMEMBERSHIPTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8937b489.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MEMBERSHIP_TYPEHASH() view returns(bytes32)
func (ring *Ring) TryPackMEMBERSHIPTYPEHASH() ([]byte, error) {
	return ring.abi.Pack("MEMBERSHIP_TYPEHASH")
}

// UnpackMEMBERSHIPTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8937b489.
//
// Solidity: function MEMBERSHIP_TYPEHASH() view returns(bytes32)
func (ring *Ring) UnpackMEMBERSHIPTYPEHASH(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("MEMBERSHIP_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOUTPUTSTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42607811.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OUTPUTS_TYPEHASH() view returns(bytes32)
func (ring *Ring) PackOUTPUTSTYPEHASH() []byte {
	enc, err := ring.abi.Pack("OUTPUTS_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOUTPUTSTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42607811.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OUTPUTS_TYPEHASH() view returns(bytes32)
func (ring *Ring) TryPackOUTPUTSTYPEHASH() ([]byte, error) {
	return ring.abi.Pack("OUTPUTS_TYPEHASH")
}

// UnpackOUTPUTSTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42607811.
//
// Solidity: function OUTPUTS_TYPEHASH() view returns(bytes32)
func (ring *Ring) UnpackOUTPUTSTYPEHASH(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("OUTPUTS_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRINGENTRYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf751dc31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RING_ENTRY_TYPEHASH() view returns(bytes32)
func (ring *Ring) PackRINGENTRYTYPEHASH() []byte {
	enc, err := ring.abi.Pack("RING_ENTRY_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRINGENTRYTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf751dc31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RING_ENTRY_TYPEHASH() view returns(bytes32)
func (ring *Ring) TryPackRINGENTRYTYPEHASH() ([]byte, error) {
	return ring.abi.Pack("RING_ENTRY_TYPEHASH")
}

// UnpackRINGENTRYTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf751dc31.
//
// Solidity: function RING_ENTRY_TYPEHASH() view returns(bytes32)
func (ring *Ring) UnpackRINGENTRYTYPEHASH(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("RING_ENTRY_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRINGMAJORITYDENOMINATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe361616.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RING_MAJORITY_DENOMINATOR() view returns(uint256)
func (ring *Ring) PackRINGMAJORITYDENOMINATOR() []byte {
	enc, err := ring.abi.Pack("RING_MAJORITY_DENOMINATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRINGMAJORITYDENOMINATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe361616.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RING_MAJORITY_DENOMINATOR() view returns(uint256)
func (ring *Ring) TryPackRINGMAJORITYDENOMINATOR() ([]byte, error) {
	return ring.abi.Pack("RING_MAJORITY_DENOMINATOR")
}

// UnpackRINGMAJORITYDENOMINATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe361616.
//
// Solidity: function RING_MAJORITY_DENOMINATOR() view returns(uint256)
func (ring *Ring) UnpackRINGMAJORITYDENOMINATOR(data []byte) (*big.Int, error) {
	out, err := ring.abi.Unpack("RING_MAJORITY_DENOMINATOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRINGMAJORITYNUMERATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0fa991d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RING_MAJORITY_NUMERATOR() view returns(uint256)
func (ring *Ring) PackRINGMAJORITYNUMERATOR() []byte {
	enc, err := ring.abi.Pack("RING_MAJORITY_NUMERATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRINGMAJORITYNUMERATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc0fa991d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RING_MAJORITY_NUMERATOR() view returns(uint256)
func (ring *Ring) TryPackRINGMAJORITYNUMERATOR() ([]byte, error) {
	return ring.abi.Pack("RING_MAJORITY_NUMERATOR")
}

// UnpackRINGMAJORITYNUMERATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc0fa991d.
//
// Solidity: function RING_MAJORITY_NUMERATOR() view returns(uint256)
func (ring *Ring) UnpackRINGMAJORITYNUMERATOR(data []byte) (*big.Int, error) {
	out, err := ring.abi.Unpack("RING_MAJORITY_NUMERATOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChangeMembership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eff9f88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeMembership(address member, bool enter_, uint256 deadline, bytes sig) returns()
func (ring *Ring) PackChangeMembership(member common.Address, enter bool, deadline *big.Int, sig []byte) []byte {
	enc, err := ring.abi.Pack("changeMembership", member, enter, deadline, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeMembership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2eff9f88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeMembership(address member, bool enter_, uint256 deadline, bytes sig) returns()
func (ring *Ring) TryPackChangeMembership(member common.Address, enter bool, deadline *big.Int, sig []byte) ([]byte, error) {
	return ring.abi.Pack("changeMembership", member, enter, deadline, sig)
}

// PackCheckpointCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f618cd2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpointCount() view returns(uint256)
func (ring *Ring) PackCheckpointCount() []byte {
	enc, err := ring.abi.Pack("checkpointCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpointCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f618cd2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpointCount() view returns(uint256)
func (ring *Ring) TryPackCheckpointCount() ([]byte, error) {
	return ring.abi.Pack("checkpointCount")
}

// UnpackCheckpointCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1f618cd2.
//
// Solidity: function checkpointCount() view returns(uint256)
func (ring *Ring) UnpackCheckpointCount(data []byte) (*big.Int, error) {
	out, err := ring.abi.Unpack("checkpointCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8a24252.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoints(uint256 ) view returns(bytes32)
func (ring *Ring) PackCheckpoints(arg0 *big.Int) []byte {
	enc, err := ring.abi.Pack("checkpoints", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8a24252.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(uint256 ) view returns(bytes32)
func (ring *Ring) TryPackCheckpoints(arg0 *big.Int) ([]byte, error) {
	return ring.abi.Pack("checkpoints", arg0)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8a24252.
//
// Solidity: function checkpoints(uint256 ) view returns(bytes32)
func (ring *Ring) UnpackCheckpoints(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCidPrefix is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x172b4a81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cidPrefix() view returns(bytes)
func (ring *Ring) PackCidPrefix() []byte {
	enc, err := ring.abi.Pack("cidPrefix")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCidPrefix is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x172b4a81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cidPrefix() view returns(bytes)
func (ring *Ring) TryPackCidPrefix() ([]byte, error) {
	return ring.abi.Pack("cidPrefix")
}

// UnpackCidPrefix is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x172b4a81.
//
// Solidity: function cidPrefix() view returns(bytes)
func (ring *Ring) UnpackCidPrefix(data []byte) ([]byte, error) {
	out, err := ring.abi.Unpack("cidPrefix", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackCommitEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71518324.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitEntry(uint64 index, bytes32 entry, bytes32 prev, bytes[] sigs) returns()
func (ring *Ring) PackCommitEntry(index uint64, entry [32]byte, prev [32]byte, sigs [][]byte) []byte {
	enc, err := ring.abi.Pack("commitEntry", index, entry, prev, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71518324.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitEntry(uint64 index, bytes32 entry, bytes32 prev, bytes[] sigs) returns()
func (ring *Ring) TryPackCommitEntry(index uint64, entry [32]byte, prev [32]byte, sigs [][]byte) ([]byte, error) {
	return ring.abi.Pack("commitEntry", index, entry, prev, sigs)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (ring *Ring) PackDomainSeparator() []byte {
	enc, err := ring.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (ring *Ring) TryPackDomainSeparator() ([]byte, error) {
	return ring.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (ring *Ring) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEnter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd014c01f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enter(address member) returns()
func (ring *Ring) PackEnter(member common.Address) []byte {
	enc, err := ring.abi.Pack("enter", member)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd014c01f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enter(address member) returns()
func (ring *Ring) TryPackEnter(member common.Address) ([]byte, error) {
	return ring.abi.Pack("enter", member)
}

// PackEntryCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cbb0f83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function entryCount() view returns(uint64)
func (ring *Ring) PackEntryCount() []byte {
	enc, err := ring.abi.Pack("entryCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEntryCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cbb0f83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function entryCount() view returns(uint64)
func (ring *Ring) TryPackEntryCount() ([]byte, error) {
	return ring.abi.Pack("entryCount")
}

// UnpackEntryCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0cbb0f83.
//
// Solidity: function entryCount() view returns(uint64)
func (ring *Ring) UnpackEntryCount(data []byte) (uint64, error) {
	out, err := ring.abi.Unpack("entryCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb42652e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exit(address member) returns()
func (ring *Ring) PackExit(member common.Address) []byte {
	enc, err := ring.abi.Pack("exit", member)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb42652e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exit(address member) returns()
func (ring *Ring) TryPackExit(member common.Address) ([]byte, error) {
	return ring.abi.Pack("exit", member)
}

// PackFlush is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe285bd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flush((address,bytes32,uint64,uint256,uint256) f, bytes sig) returns()
func (ring *Ring) PackFlush(f RingLogsFlushRequest, sig []byte) []byte {
	enc, err := ring.abi.Pack("flush", f, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlush is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe285bd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flush((address,bytes32,uint64,uint256,uint256) f, bytes sig) returns()
func (ring *Ring) TryPackFlush(f RingLogsFlushRequest, sig []byte) ([]byte, error) {
	return ring.abi.Pack("flush", f, sig)
}

// PackFlushMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4293c6b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flushMany((address,bytes32,uint64,uint256,uint256)[] fs, bytes[] sigs) returns()
func (ring *Ring) PackFlushMany(fs []RingLogsFlushRequest, sigs [][]byte) []byte {
	enc, err := ring.abi.Pack("flushMany", fs, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlushMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4293c6b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flushMany((address,bytes32,uint64,uint256,uint256)[] fs, bytes[] sigs) returns()
func (ring *Ring) TryPackFlushMany(fs []RingLogsFlushRequest, sigs [][]byte) ([]byte, error) {
	return ring.abi.Pack("flushMany", fs, sigs)
}

// PackForkReported is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a41ef3b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forkReported(address , uint64 ) view returns(bool)
func (ring *Ring) PackForkReported(arg0 common.Address, arg1 uint64) []byte {
	enc, err := ring.abi.Pack("forkReported", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForkReported is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a41ef3b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forkReported(address , uint64 ) view returns(bool)
func (ring *Ring) TryPackForkReported(arg0 common.Address, arg1 uint64) ([]byte, error) {
	return ring.abi.Pack("forkReported", arg0, arg1)
}

// UnpackForkReported is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a41ef3b.
//
// Solidity: function forkReported(address , uint64 ) view returns(bool)
func (ring *Ring) UnpackForkReported(data []byte) (bool, error) {
	out, err := ring.abi.Unpack("forkReported", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetHeads is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0d57137.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getHeads() view returns((address,bytes32,uint64,uint256)[] heads)
func (ring *Ring) PackGetHeads() []byte {
	enc, err := ring.abi.Pack("getHeads")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetHeads is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0d57137.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getHeads() view returns((address,bytes32,uint64,uint256)[] heads)
func (ring *Ring) TryPackGetHeads() ([]byte, error) {
	return ring.abi.Pack("getHeads")
}

// UnpackGetHeads is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0d57137.
//
// Solidity: function getHeads() view returns((address,bytes32,uint64,uint256)[] heads)
func (ring *Ring) UnpackGetHeads(data []byte) ([]RingLogsMemberHead, error) {
	out, err := ring.abi.Unpack("getHeads", data)
	if err != nil {
		return *new([]RingLogsMemberHead), err
	}
	out0 := *abi.ConvertType(out[0], new([]RingLogsMemberHead)).(*[]RingLogsMemberHead)
	return out0, nil
}

// PackGetMembers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9eab5253.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMembers() view returns(address[] list)
func (ring *Ring) PackGetMembers() []byte {
	enc, err := ring.abi.Pack("getMembers")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMembers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9eab5253.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMembers() view returns(address[] list)
func (ring *Ring) TryPackGetMembers() ([]byte, error) {
	return ring.abi.Pack("getMembers")
}

// UnpackGetMembers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9eab5253.
//
// Solidity: function getMembers() view returns(address[] list)
func (ring *Ring) UnpackGetMembers(data []byte) ([]common.Address, error) {
	out, err := ring.abi.Unpack("getMembers", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetRingLogs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac981ed4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRingLogs() view returns(bytes32[100])
func (ring *Ring) PackGetRingLogs() []byte {
	enc, err := ring.abi.Pack("getRingLogs")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRingLogs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac981ed4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRingLogs() view returns(bytes32[100])
func (ring *Ring) TryPackGetRingLogs() ([]byte, error) {
	return ring.abi.Pack("getRingLogs")
}

// UnpackGetRingLogs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac981ed4.
//
// Solidity: function getRingLogs() view returns(bytes32[100])
func (ring *Ring) UnpackGetRingLogs(data []byte) ([100][32]byte, error) {
	out, err := ring.abi.Unpack("getRingLogs", data)
	if err != nil {
		return *new([100][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([100][32]byte)).(*[100][32]byte)
	return out0, nil
}

// PackGetState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1865c57d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getState() view returns(address owner_, (address,bytes32,uint64,uint256)[] heads, uint64 entryCount_, bytes32 ringNodeHead_)
func (ring *Ring) PackGetState() []byte {
	enc, err := ring.abi.Pack("getState")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1865c57d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getState() view returns(address owner_, (address,bytes32,uint64,uint256)[] heads, uint64 entryCount_, bytes32 ringNodeHead_)
func (ring *Ring) TryPackGetState() ([]byte, error) {
	return ring.abi.Pack("getState")
}

// GetStateOutput serves as a container for the return parameters of contract
// method GetState.
type GetStateOutput struct {
	Owner        common.Address
	Heads        []RingLogsMemberHead
	EntryCount   uint64
	RingNodeHead [32]byte
}

// UnpackGetState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1865c57d.
//
// Solidity: function getState() view returns(address owner_, (address,bytes32,uint64,uint256)[] heads, uint64 entryCount_, bytes32 ringNodeHead_)
func (ring *Ring) UnpackGetState(data []byte) (GetStateOutput, error) {
	out, err := ring.abi.Unpack("getState", data)
	outstruct := new(GetStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Heads = *abi.ConvertType(out[1], new([]RingLogsMemberHead)).(*[]RingLogsMemberHead)
	outstruct.EntryCount = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.RingNodeHead = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackHashFlush is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15911f6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashFlush((address,bytes32,uint64,uint256,uint256) f) view returns(bytes32)
func (ring *Ring) PackHashFlush(f RingLogsFlushRequest) []byte {
	enc, err := ring.abi.Pack("hashFlush", f)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashFlush is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15911f6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashFlush((address,bytes32,uint64,uint256,uint256) f) view returns(bytes32)
func (ring *Ring) TryPackHashFlush(f RingLogsFlushRequest) ([]byte, error) {
	return ring.abi.Pack("hashFlush", f)
}

// UnpackHashFlush is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x15911f6a.
//
// Solidity: function hashFlush((address,bytes32,uint64,uint256,uint256) f) view returns(bytes32)
func (ring *Ring) UnpackHashFlush(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("hashFlush", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashLogNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d0cd5a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashLogNode((address,uint64,bytes32,bytes32,bytes32,uint64) c) view returns(bytes32)
func (ring *Ring) PackHashLogNode(c RingLogsLogNodeClaim) []byte {
	enc, err := ring.abi.Pack("hashLogNode", c)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashLogNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d0cd5a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashLogNode((address,uint64,bytes32,bytes32,bytes32,uint64) c) view returns(bytes32)
func (ring *Ring) TryPackHashLogNode(c RingLogsLogNodeClaim) ([]byte, error) {
	return ring.abi.Pack("hashLogNode", c)
}

// UnpackHashLogNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d0cd5a6.
//
// Solidity: function hashLogNode((address,uint64,bytes32,bytes32,bytes32,uint64) c) view returns(bytes32)
func (ring *Ring) UnpackHashLogNode(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("hashLogNode", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashMembership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x262afeaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashMembership(address member, bool enter, uint256 nonce, uint256 deadline) view returns(bytes32)
func (ring *Ring) PackHashMembership(member common.Address, enter bool, nonce *big.Int, deadline *big.Int) []byte {
	enc, err := ring.abi.Pack("hashMembership", member, enter, nonce, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashMembership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x262afeaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashMembership(address member, bool enter, uint256 nonce, uint256 deadline) view returns(bytes32)
func (ring *Ring) TryPackHashMembership(member common.Address, enter bool, nonce *big.Int, deadline *big.Int) ([]byte, error) {
	return ring.abi.Pack("hashMembership", member, enter, nonce, deadline)
}

// UnpackHashMembership is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x262afeaf.
//
// Solidity: function hashMembership(address member, bool enter, uint256 nonce, uint256 deadline) view returns(bytes32)
func (ring *Ring) UnpackHashMembership(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("hashMembership", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashOutputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x129a7bcb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOutputs(uint256 nonce, (uint256,bytes32)[] outs) view returns(bytes32)
func (ring *Ring) PackHashOutputs(nonce *big.Int, outs []RingLogsOutput) []byte {
	enc, err := ring.abi.Pack("hashOutputs", nonce, outs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOutputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x129a7bcb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOutputs(uint256 nonce, (uint256,bytes32)[] outs) view returns(bytes32)
func (ring *Ring) TryPackHashOutputs(nonce *big.Int, outs []RingLogsOutput) ([]byte, error) {
	return ring.abi.Pack("hashOutputs", nonce, outs)
}

// UnpackHashOutputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x129a7bcb.
//
// Solidity: function hashOutputs(uint256 nonce, (uint256,bytes32)[] outs) view returns(bytes32)
func (ring *Ring) UnpackHashOutputs(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("hashOutputs", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashRingEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2bdf7dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashRingEntry(uint64 index, bytes32 entry, bytes32 prev) view returns(bytes32)
func (ring *Ring) PackHashRingEntry(index uint64, entry [32]byte, prev [32]byte) []byte {
	enc, err := ring.abi.Pack("hashRingEntry", index, entry, prev)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashRingEntry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2bdf7dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashRingEntry(uint64 index, bytes32 entry, bytes32 prev) view returns(bytes32)
func (ring *Ring) TryPackHashRingEntry(index uint64, entry [32]byte, prev [32]byte) ([]byte, error) {
	return ring.abi.Pack("hashRingEntry", index, entry, prev)
}

// UnpackHashRingEntry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2bdf7dd.
//
// Solidity: function hashRingEntry(uint64 index, bytes32 entry, bytes32 prev) view returns(bytes32)
func (ring *Ring) UnpackHashRingEntry(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("hashRingEntry", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMember(address account) view returns(bool)
func (ring *Ring) PackIsMember(account common.Address) []byte {
	enc, err := ring.abi.Pack("isMember", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMember(address account) view returns(bool)
func (ring *Ring) TryPackIsMember(account common.Address) ([]byte, error) {
	return ring.abi.Pack("isMember", account)
}

// UnpackIsMember is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa230c524.
//
// Solidity: function isMember(address account) view returns(bool)
func (ring *Ring) UnpackIsMember(data []byte) (bool, error) {
	out, err := ring.abi.Unpack("isMember", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLogNodeHeads is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc35eedfb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function logNodeHeads(address ) view returns(bytes32 head, uint64 seq)
func (ring *Ring) PackLogNodeHeads(arg0 common.Address) []byte {
	enc, err := ring.abi.Pack("logNodeHeads", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLogNodeHeads is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc35eedfb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function logNodeHeads(address ) view returns(bytes32 head, uint64 seq)
func (ring *Ring) TryPackLogNodeHeads(arg0 common.Address) ([]byte, error) {
	return ring.abi.Pack("logNodeHeads", arg0)
}

// LogNodeHeadsOutput serves as a container for the return parameters of contract
// method LogNodeHeads.
type LogNodeHeadsOutput struct {
	Head [32]byte
	Seq  uint64
}

// UnpackLogNodeHeads is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc35eedfb.
//
// Solidity: function logNodeHeads(address ) view returns(bytes32 head, uint64 seq)
func (ring *Ring) UnpackLogNodeHeads(data []byte) (LogNodeHeadsOutput, error) {
	out, err := ring.abi.Unpack("logNodeHeads", data)
	outstruct := new(LogNodeHeadsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Head = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Seq = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackMemberCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11aee380.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function memberCount() view returns(uint256)
func (ring *Ring) PackMemberCount() []byte {
	enc, err := ring.abi.Pack("memberCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMemberCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x11aee380.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function memberCount() view returns(uint256)
func (ring *Ring) TryPackMemberCount() ([]byte, error) {
	return ring.abi.Pack("memberCount")
}

// UnpackMemberCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x11aee380.
//
// Solidity: function memberCount() view returns(uint256)
func (ring *Ring) UnpackMemberCount(data []byte) (*big.Int, error) {
	out, err := ring.abi.Unpack("memberCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address ) view returns(uint256)
func (ring *Ring) PackNonces(arg0 common.Address) []byte {
	enc, err := ring.abi.Pack("nonces", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address ) view returns(uint256)
func (ring *Ring) TryPackNonces(arg0 common.Address) ([]byte, error) {
	return ring.abi.Pack("nonces", arg0)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address ) view returns(uint256)
func (ring *Ring) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := ring.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOutputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9149bdf2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputs(uint256 ) view returns(bytes32)
func (ring *Ring) PackOutputs(arg0 *big.Int) []byte {
	enc, err := ring.abi.Pack("outputs", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9149bdf2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outputs(uint256 ) view returns(bytes32)
func (ring *Ring) TryPackOutputs(arg0 *big.Int) ([]byte, error) {
	return ring.abi.Pack("outputs", arg0)
}

// UnpackOutputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9149bdf2.
//
// Solidity: function outputs(uint256 ) view returns(bytes32)
func (ring *Ring) UnpackOutputs(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("outputs", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOutputsNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc89406a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputsNonce() view returns(uint256)
func (ring *Ring) PackOutputsNonce() []byte {
	enc, err := ring.abi.Pack("outputsNonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutputsNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc89406a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outputsNonce() view returns(uint256)
func (ring *Ring) TryPackOutputsNonce() ([]byte, error) {
	return ring.abi.Pack("outputsNonce")
}

// UnpackOutputsNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc89406a4.
//
// Solidity: function outputsNonce() view returns(uint256)
func (ring *Ring) UnpackOutputsNonce(data []byte) (*big.Int, error) {
	out, err := ring.abi.Unpack("outputsNonce", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (ring *Ring) PackOwner() []byte {
	enc, err := ring.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (ring *Ring) TryPackOwner() ([]byte, error) {
	return ring.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (ring *Ring) UnpackOwner(data []byte) (common.Address, error) {
	out, err := ring.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPeerIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6ba979.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function peerIds(address ) view returns(bytes)
func (ring *Ring) PackPeerIds(arg0 common.Address) []byte {
	enc, err := ring.abi.Pack("peerIds", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeerIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6ba979.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function peerIds(address ) view returns(bytes)
func (ring *Ring) TryPackPeerIds(arg0 common.Address) ([]byte, error) {
	return ring.abi.Pack("peerIds", arg0)
}

// UnpackPeerIds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf6ba979.
//
// Solidity: function peerIds(address ) view returns(bytes)
func (ring *Ring) UnpackPeerIds(data []byte) ([]byte, error) {
	out, err := ring.abi.Unpack("peerIds", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackPublicMultiaddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72f8642b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicMultiaddresses(address ) view returns(bytes)
func (ring *Ring) PackPublicMultiaddresses(arg0 common.Address) []byte {
	enc, err := ring.abi.Pack("publicMultiaddresses", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicMultiaddresses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72f8642b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicMultiaddresses(address ) view returns(bytes)
func (ring *Ring) TryPackPublicMultiaddresses(arg0 common.Address) ([]byte, error) {
	return ring.abi.Pack("publicMultiaddresses", arg0)
}

// UnpackPublicMultiaddresses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72f8642b.
//
// Solidity: function publicMultiaddresses(address ) view returns(bytes)
func (ring *Ring) UnpackPublicMultiaddresses(data []byte) ([]byte, error) {
	out, err := ring.abi.Unpack("publicMultiaddresses", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRegisterOutputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb59ce221.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerOutputs((uint256,bytes32)[] outs, bytes[] sigs) returns()
func (ring *Ring) PackRegisterOutputs(outs []RingLogsOutput, sigs [][]byte) []byte {
	enc, err := ring.abi.Pack("registerOutputs", outs, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterOutputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb59ce221.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerOutputs((uint256,bytes32)[] outs, bytes[] sigs) returns()
func (ring *Ring) TryPackRegisterOutputs(outs []RingLogsOutput, sigs [][]byte) ([]byte, error) {
	return ring.abi.Pack("registerOutputs", outs, sigs)
}

// PackReportFork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe476bab6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportFork((address,uint64,bytes32,bytes32,bytes32,uint64) a, bytes sigA, (address,uint64,bytes32,bytes32,bytes32,uint64) b, bytes sigB) returns()
func (ring *Ring) PackReportFork(a RingLogsLogNodeClaim, sigA []byte, b RingLogsLogNodeClaim, sigB []byte) []byte {
	enc, err := ring.abi.Pack("reportFork", a, sigA, b, sigB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportFork is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe476bab6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportFork((address,uint64,bytes32,bytes32,bytes32,uint64) a, bytes sigA, (address,uint64,bytes32,bytes32,bytes32,uint64) b, bytes sigB) returns()
func (ring *Ring) TryPackReportFork(a RingLogsLogNodeClaim, sigA []byte, b RingLogsLogNodeClaim, sigB []byte) ([]byte, error) {
	return ring.abi.Pack("reportFork", a, sigA, b, sigB)
}

// PackRingLogs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7035f0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ringLogs(uint256 ) view returns(bytes32)
func (ring *Ring) PackRingLogs(arg0 *big.Int) []byte {
	enc, err := ring.abi.Pack("ringLogs", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRingLogs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7035f0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ringLogs(uint256 ) view returns(bytes32)
func (ring *Ring) TryPackRingLogs(arg0 *big.Int) ([]byte, error) {
	return ring.abi.Pack("ringLogs", arg0)
}

// UnpackRingLogs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7035f0f.
//
// Solidity: function ringLogs(uint256 ) view returns(bytes32)
func (ring *Ring) UnpackRingLogs(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("ringLogs", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRingNodeHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1685e62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ringNodeHead() view returns(bytes32)
func (ring *Ring) PackRingNodeHead() []byte {
	enc, err := ring.abi.Pack("ringNodeHead")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRingNodeHead is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1685e62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ringNodeHead() view returns(bytes32)
func (ring *Ring) TryPackRingNodeHead() ([]byte, error) {
	return ring.abi.Pack("ringNodeHead")
}

// UnpackRingNodeHead is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1685e62.
//
// Solidity: function ringNodeHead() view returns(bytes32)
func (ring *Ring) UnpackRingNodeHead(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("ringNodeHead", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetPeerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x035a098b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPeerInfo(bytes peerId, bytes multiaddrs) returns()
func (ring *Ring) PackSetPeerInfo(peerId []byte, multiaddrs []byte) []byte {
	enc, err := ring.abi.Pack("setPeerInfo", peerId, multiaddrs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPeerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x035a098b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPeerInfo(bytes peerId, bytes multiaddrs) returns()
func (ring *Ring) TryPackSetPeerInfo(peerId []byte, multiaddrs []byte) ([]byte, error) {
	return ring.abi.Pack("setPeerInfo", peerId, multiaddrs)
}

// RingCheckpointArchived represents a CheckpointArchived event raised by the Ring contract.
type RingCheckpointArchived struct {
	Checkpoint *big.Int
	Index      uint64
	Entry      [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const RingCheckpointArchivedEventName = "CheckpointArchived"

// ContractEventName returns the user-defined event name.
func (RingCheckpointArchived) ContractEventName() string {
	return RingCheckpointArchivedEventName
}

// UnpackCheckpointArchivedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CheckpointArchived(uint256 indexed checkpoint, uint64 index, bytes32 entry)
func (ring *Ring) UnpackCheckpointArchivedEvent(log *types.Log) (*RingCheckpointArchived, error) {
	event := "CheckpointArchived"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ring.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RingCheckpointArchived)
	if len(log.Data) > 0 {
		if err := ring.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ring.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RingForkReported represents a ForkReported event raised by the Ring contract.
type RingForkReported struct {
	Author   common.Address
	Seq      uint64
	NodeA    [32]byte
	NodeB    [32]byte
	Reporter common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const RingForkReportedEventName = "ForkReported"

// ContractEventName returns the user-defined event name.
func (RingForkReported) ContractEventName() string {
	return RingForkReportedEventName
}

// UnpackForkReportedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForkReported(address indexed author, uint64 seq, bytes32 nodeA, bytes32 nodeB, address reporter)
func (ring *Ring) UnpackForkReportedEvent(log *types.Log) (*RingForkReported, error) {
	event := "ForkReported"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ring.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RingForkReported)
	if len(log.Data) > 0 {
		if err := ring.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ring.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RingLogHeadUpdated represents a LogHeadUpdated event raised by the Ring contract.
type RingLogHeadUpdated struct {
	Avatar common.Address
	Head   [32]byte
	Seq    uint64
	Nonce  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RingLogHeadUpdatedEventName = "LogHeadUpdated"

// ContractEventName returns the user-defined event name.
func (RingLogHeadUpdated) ContractEventName() string {
	return RingLogHeadUpdatedEventName
}

// UnpackLogHeadUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LogHeadUpdated(address indexed avatar, bytes32 head, uint64 seq, uint256 nonce)
func (ring *Ring) UnpackLogHeadUpdatedEvent(log *types.Log) (*RingLogHeadUpdated, error) {
	event := "LogHeadUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ring.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RingLogHeadUpdated)
	if len(log.Data) > 0 {
		if err := ring.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ring.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RingMemberEntered represents a MemberEntered event raised by the Ring contract.
type RingMemberEntered struct {
	Member common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const RingMemberEnteredEventName = "MemberEntered"

// ContractEventName returns the user-defined event name.
func (RingMemberEntered) ContractEventName() string {
	return RingMemberEnteredEventName
}

// UnpackMemberEnteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberEntered(address indexed member)
func (ring *Ring) UnpackMemberEnteredEvent(log *types.Log) (*RingMemberEntered, error) {
	event := "MemberEntered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ring.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RingMemberEntered)
	if len(log.Data) > 0 {
		if err := ring.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ring.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RingMemberExited represents a MemberExited event raised by the Ring contract.
type RingMemberExited struct {
	Member common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const RingMemberExitedEventName = "MemberExited"

// ContractEventName returns the user-defined event name.
func (RingMemberExited) ContractEventName() string {
	return RingMemberExitedEventName
}

// UnpackMemberExitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MemberExited(address indexed member)
func (ring *Ring) UnpackMemberExitedEvent(log *types.Log) (*RingMemberExited, error) {
	event := "MemberExited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ring.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RingMemberExited)
	if len(log.Data) > 0 {
		if err := ring.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ring.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RingOutputsRegistered represents a OutputsRegistered event raised by the Ring contract.
type RingOutputsRegistered struct {
	Nonce       *big.Int
	OutputsHash [32]byte
	Outputs     []RingLogsOutput
	Raw         *types.Log // Blockchain specific contextual infos
}

const RingOutputsRegisteredEventName = "OutputsRegistered"

// ContractEventName returns the user-defined event name.
func (RingOutputsRegistered) ContractEventName() string {
	return RingOutputsRegisteredEventName
}

// UnpackOutputsRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OutputsRegistered(uint256 indexed nonce, bytes32 outputsHash, (uint256,bytes32)[] outputs)
func (ring *Ring) UnpackOutputsRegisteredEvent(log *types.Log) (*RingOutputsRegistered, error) {
	event := "OutputsRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ring.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RingOutputsRegistered)
	if len(log.Data) > 0 {
		if err := ring.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ring.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RingPeerInfoUpdated represents a PeerInfoUpdated event raised by the Ring contract.
type RingPeerInfoUpdated struct {
	Member     common.Address
	PeerId     []byte
	Multiaddrs []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const RingPeerInfoUpdatedEventName = "PeerInfoUpdated"

// ContractEventName returns the user-defined event name.
func (RingPeerInfoUpdated) ContractEventName() string {
	return RingPeerInfoUpdatedEventName
}

// UnpackPeerInfoUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PeerInfoUpdated(address indexed member, bytes peerId, bytes multiaddrs)
func (ring *Ring) UnpackPeerInfoUpdatedEvent(log *types.Log) (*RingPeerInfoUpdated, error) {
	event := "PeerInfoUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ring.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RingPeerInfoUpdated)
	if len(log.Data) > 0 {
		if err := ring.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ring.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RingRingEntryCommitted represents a RingEntryCommitted event raised by the Ring contract.
type RingRingEntryCommitted struct {
	Index uint64
	Entry [32]byte
	Prev  [32]byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const RingRingEntryCommittedEventName = "RingEntryCommitted"

// ContractEventName returns the user-defined event name.
func (RingRingEntryCommitted) ContractEventName() string {
	return RingRingEntryCommittedEventName
}

// UnpackRingEntryCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RingEntryCommitted(uint64 indexed index, bytes32 entry, bytes32 prev)
func (ring *Ring) UnpackRingEntryCommittedEvent(log *types.Log) (*RingRingEntryCommitted, error) {
	event := "RingEntryCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ring.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RingRingEntryCommitted)
	if len(log.Data) > 0 {
		if err := ring.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ring.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (ring *Ring) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ring.abi.Errors["AlreadyMember"].ID.Bytes()[:4]) {
		return ring.UnpackAlreadyMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["BadEntryIndex"].ID.Bytes()[:4]) {
		return ring.UnpackBadEntryIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["BadEntryPrev"].ID.Bytes()[:4]) {
		return ring.UnpackBadEntryPrevError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["BadNonce"].ID.Bytes()[:4]) {
		return ring.UnpackBadNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return ring.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["BadSignatureLength"].ID.Bytes()[:4]) {
		return ring.UnpackBadSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["BadSignatureV"].ID.Bytes()[:4]) {
		return ring.UnpackBadSignatureVError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["Expired"].ID.Bytes()[:4]) {
		return ring.UnpackExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["ForkAlreadyReported"].ID.Bytes()[:4]) {
		return ring.UnpackForkAlreadyReportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["HighS"].ID.Bytes()[:4]) {
		return ring.UnpackHighSError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["InvalidMember"].ID.Bytes()[:4]) {
		return ring.UnpackInvalidMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["InvalidOwner"].ID.Bytes()[:4]) {
		return ring.UnpackInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return ring.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["NoMajority"].ID.Bytes()[:4]) {
		return ring.UnpackNoMajorityError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["NotAFork"].ID.Bytes()[:4]) {
		return ring.UnpackNotAForkError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["NotMember"].ID.Bytes()[:4]) {
		return ring.UnpackNotMemberError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return ring.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["SeqNotIncreasing"].ID.Bytes()[:4]) {
		return ring.UnpackSeqNotIncreasingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["SignerMismatch"].ID.Bytes()[:4]) {
		return ring.UnpackSignerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["SignersNotAscending"].ID.Bytes()[:4]) {
		return ring.UnpackSignersNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["ZeroHead"].ID.Bytes()[:4]) {
		return ring.UnpackZeroHeadError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RingAlreadyMember represents a AlreadyMember error raised by the Ring contract.
type RingAlreadyMember struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyMember(address member)
func RingAlreadyMemberErrorID() common.Hash {
	return common.HexToHash("0x0268f929b8e50dc801123bfb8b2a006b6c79575dd280e7d47371697a09340962")
}

// UnpackAlreadyMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyMember(address member)
func (ring *Ring) UnpackAlreadyMemberError(raw []byte) (*RingAlreadyMember, error) {
	out := new(RingAlreadyMember)
	if err := ring.abi.UnpackIntoInterface(out, "AlreadyMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingBadEntryIndex represents a BadEntryIndex error raised by the Ring contract.
type RingBadEntryIndex struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEntryIndex(uint64 expected, uint64 got)
func RingBadEntryIndexErrorID() common.Hash {
	return common.HexToHash("0xcf26be29afafdc40a79facff68901bd8305a9e2905d5a7906c819f283a457028")
}

// UnpackBadEntryIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEntryIndex(uint64 expected, uint64 got)
func (ring *Ring) UnpackBadEntryIndexError(raw []byte) (*RingBadEntryIndex, error) {
	out := new(RingBadEntryIndex)
	if err := ring.abi.UnpackIntoInterface(out, "BadEntryIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingBadEntryPrev represents a BadEntryPrev error raised by the Ring contract.
type RingBadEntryPrev struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadEntryPrev(bytes32 expected, bytes32 got)
func RingBadEntryPrevErrorID() common.Hash {
	return common.HexToHash("0xbddb402d5ea435831ac9ff22e072e9ada09f072f7e3c75be26ff982754699b04")
}

// UnpackBadEntryPrevError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadEntryPrev(bytes32 expected, bytes32 got)
func (ring *Ring) UnpackBadEntryPrevError(raw []byte) (*RingBadEntryPrev, error) {
	out := new(RingBadEntryPrev)
	if err := ring.abi.UnpackIntoInterface(out, "BadEntryPrev", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingBadNonce represents a BadNonce error raised by the Ring contract.
type RingBadNonce struct {
	Expected *big.Int
	Got      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadNonce(uint256 expected, uint256 got)
func RingBadNonceErrorID() common.Hash {
	return common.HexToHash("0x3ddd51314111c90577018740a511c19ebe7b3e9ce96ded0e15e8857b5f790895")
}

// UnpackBadNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadNonce(uint256 expected, uint256 got)
func (ring *Ring) UnpackBadNonceError(raw []byte) (*RingBadNonce, error) {
	out := new(RingBadNonce)
	if err := ring.abi.UnpackIntoInterface(out, "BadNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingBadSignature represents a BadSignature error raised by the Ring contract.
type RingBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func RingBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (ring *Ring) UnpackBadSignatureError(raw []byte) (*RingBadSignature, error) {
	out := new(RingBadSignature)
	if err := ring.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingBadSignatureLength represents a BadSignatureLength error raised by the Ring contract.
type RingBadSignatureLength struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignatureLength()
func RingBadSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xd7bad83f3c4fca9c0604d2e1ed3c970dfe5cb3aa7d26794855295586cdb176c1")
}

// UnpackBadSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignatureLength()
func (ring *Ring) UnpackBadSignatureLengthError(raw []byte) (*RingBadSignatureLength, error) {
	out := new(RingBadSignatureLength)
	if err := ring.abi.UnpackIntoInterface(out, "BadSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingBadSignatureV represents a BadSignatureV error raised by the Ring contract.
type RingBadSignatureV struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignatureV()
func RingBadSignatureVErrorID() common.Hash {
	return common.HexToHash("0xd38922ecae5fb110d0423fdae60fd43d72a48a017dc3d6edcc6b22949a874c91")
}

// UnpackBadSignatureVError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignatureV()
func (ring *Ring) UnpackBadSignatureVError(raw []byte) (*RingBadSignatureV, error) {
	out := new(RingBadSignatureV)
	if err := ring.abi.UnpackIntoInterface(out, "BadSignatureV", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingExpired represents a Expired error raised by the Ring contract.
type RingExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Expired(uint256 deadline)
func RingExpiredErrorID() common.Hash {
	return common.HexToHash("0xf80dbaea4785589e52984ca36a31de106adc77759539a5c7d92883bf49692fe9")
}

// UnpackExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Expired(uint256 deadline)
func (ring *Ring) UnpackExpiredError(raw []byte) (*RingExpired, error) {
	out := new(RingExpired)
	if err := ring.abi.UnpackIntoInterface(out, "Expired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingForkAlreadyReported represents a ForkAlreadyReported error raised by the Ring contract.
type RingForkAlreadyReported struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForkAlreadyReported()
func RingForkAlreadyReportedErrorID() common.Hash {
	return common.HexToHash("0xeb3a7b3fc1616e6864dd9fad8816d5c8b29178d65e0f4184aba3d1322de1bd73")
}

// UnpackForkAlreadyReportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForkAlreadyReported()
func (ring *Ring) UnpackForkAlreadyReportedError(raw []byte) (*RingForkAlreadyReported, error) {
	out := new(RingForkAlreadyReported)
	if err := ring.abi.UnpackIntoInterface(out, "ForkAlreadyReported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingHighS represents a HighS error raised by the Ring contract.
type RingHighS struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HighS()
func RingHighSErrorID() common.Hash {
	return common.HexToHash("0x63376d6dcca11f27c2ae283e44cc3c1ef722f4076ee719ac9b823f2e028fb55d")
}

// UnpackHighSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HighS()
func (ring *Ring) UnpackHighSError(raw []byte) (*RingHighS, error) {
	out := new(RingHighS)
	if err := ring.abi.UnpackIntoInterface(out, "HighS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingInvalidMember represents a InvalidMember error raised by the Ring contract.
type RingInvalidMember struct {
	Member common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMember(address member)
func RingInvalidMemberErrorID() common.Hash {
	return common.HexToHash("0x6c5bdf406d267684903a20ef80d1a90feaf9418b4263acb377e3f8dfef2e514a")
}

// UnpackInvalidMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMember(address member)
func (ring *Ring) UnpackInvalidMemberError(raw []byte) (*RingInvalidMember, error) {
	out := new(RingInvalidMember)
	if err := ring.abi.UnpackIntoInterface(out, "InvalidMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingInvalidOwner represents a InvalidOwner error raised by the Ring contract.
type RingInvalidOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidOwner()
func RingInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x49e27cffb37b1ca4a9bf5318243b2014d13f940af232b8552c208bdea15739da")
}

// UnpackInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidOwner()
func (ring *Ring) UnpackInvalidOwnerError(raw []byte) (*RingInvalidOwner, error) {
	out := new(RingInvalidOwner)
	if err := ring.abi.UnpackIntoInterface(out, "InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingLengthMismatch represents a LengthMismatch error raised by the Ring contract.
type RingLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func RingLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (ring *Ring) UnpackLengthMismatchError(raw []byte) (*RingLengthMismatch, error) {
	out := new(RingLengthMismatch)
	if err := ring.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingNoMajority represents a NoMajority error raised by the Ring contract.
type RingNoMajority struct {
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoMajority(uint256 have, uint256 need)
func RingNoMajorityErrorID() common.Hash {
	return common.HexToHash("0x56159fd102c7cdbe31f137f5ef86b2eaf71815c67b98008697de56815270d428")
}

// UnpackNoMajorityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoMajority(uint256 have, uint256 need)
func (ring *Ring) UnpackNoMajorityError(raw []byte) (*RingNoMajority, error) {
	out := new(RingNoMajority)
	if err := ring.abi.UnpackIntoInterface(out, "NoMajority", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingNotAFork represents a NotAFork error raised by the Ring contract.
type RingNotAFork struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAFork()
func RingNotAForkErrorID() common.Hash {
	return common.HexToHash("0x1137a6c9c87835bbff259409c5619867655c8bc1e00ec50bc68ca989b9de2a6c")
}

// UnpackNotAForkError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAFork()
func (ring *Ring) UnpackNotAForkError(raw []byte) (*RingNotAFork, error) {
	out := new(RingNotAFork)
	if err := ring.abi.UnpackIntoInterface(out, "NotAFork", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingNotMember represents a NotMember error raised by the Ring contract.
type RingNotMember struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMember(address account)
func RingNotMemberErrorID() common.Hash {
	return common.HexToHash("0x16d6142c051fd31eaf080eccdc319a6d11b659baa2266c1e4d7e444bd19c4a32")
}

// UnpackNotMemberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMember(address account)
func (ring *Ring) UnpackNotMemberError(raw []byte) (*RingNotMember, error) {
	out := new(RingNotMember)
	if err := ring.abi.UnpackIntoInterface(out, "NotMember", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingNotOwner represents a NotOwner error raised by the Ring contract.
type RingNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func RingNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (ring *Ring) UnpackNotOwnerError(raw []byte) (*RingNotOwner, error) {
	out := new(RingNotOwner)
	if err := ring.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingSeqNotIncreasing represents a SeqNotIncreasing error raised by the Ring contract.
type RingSeqNotIncreasing struct {
	Current uint64
	Got     uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeqNotIncreasing(uint64 current, uint64 got)
func RingSeqNotIncreasingErrorID() common.Hash {
	return common.HexToHash("0xc64d90bed26678d0c6b8a43b24c8ec592bde5d5accaf74625b0c8a18edd6943e")
}

// UnpackSeqNotIncreasingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeqNotIncreasing(uint64 current, uint64 got)
func (ring *Ring) UnpackSeqNotIncreasingError(raw []byte) (*RingSeqNotIncreasing, error) {
	out := new(RingSeqNotIncreasing)
	if err := ring.abi.UnpackIntoInterface(out, "SeqNotIncreasing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingSignerMismatch represents a SignerMismatch error raised by the Ring contract.
type RingSignerMismatch struct {
	Signer   common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerMismatch(address signer, address expected)
func RingSignerMismatchErrorID() common.Hash {
	return common.HexToHash("0xefe0e6862620775bf32b1f3d7ba9c8e34430d75ac4f0a4714339d91d9eb20966")
}

// UnpackSignerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerMismatch(address signer, address expected)
func (ring *Ring) UnpackSignerMismatchError(raw []byte) (*RingSignerMismatch, error) {
	out := new(RingSignerMismatch)
	if err := ring.abi.UnpackIntoInterface(out, "SignerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingSignersNotAscending represents a SignersNotAscending error raised by the Ring contract.
type RingSignersNotAscending struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotAscending()
func RingSignersNotAscendingErrorID() common.Hash {
	return common.HexToHash("0xaf390151c73b5ec7a799f9d6a3bc3ef13638ed328f158bb2acb6fae7d7a3e65f")
}

// UnpackSignersNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotAscending()
func (ring *Ring) UnpackSignersNotAscendingError(raw []byte) (*RingSignersNotAscending, error) {
	out := new(RingSignersNotAscending)
	if err := ring.abi.UnpackIntoInterface(out, "SignersNotAscending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingZeroHead represents a ZeroHead error raised by the Ring contract.
type RingZeroHead struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroHead()
func RingZeroHeadErrorID() common.Hash {
	return common.HexToHash("0x89538a9cff898eadaea791a25468401894e5b3eb0d71a3999b1bde0f49651f09")
}

// UnpackZeroHeadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroHead()
func (ring *Ring) UnpackZeroHeadError(raw []byte) (*RingZeroHead, error) {
	out := new(RingZeroHead)
	if err := ring.abi.UnpackIntoInterface(out, "ZeroHead", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingFactoryMetaData contains all meta data concerning the RingFactory contract.
var RingFactoryMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"RingCreated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"createRing\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRings\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isRing\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ringCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"rings\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RingFactory",
	Bin: "0x6080604052348015600e575f5ffd5b50612fe58061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806327e5793514610059578063c1ad599b14610090578063d2371130146100a1578063f24dd6b6146100b6578063fb29885d146100e1575b5f5ffd5b61007b610067366004610284565b5f6020819052908152604090205460ff1681565b60405190151581526020015b60405180910390f35b600154604051908152602001610087565b6100a96100f4565b60405161008791906102a4565b6100c96100c43660046102ef565b610154565b6040516001600160a01b039091168152602001610087565b6100c96100ef366004610370565b610234565b6060600180548060200260200160405190810160405280929190818152602001828054801561014a57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161012c575b5050505050905090565b5f8383836040516101649061025c565b610170939291906103cd565b604051809103905ff080158015610189573d5f5f3e3d5ffd5b506001600160a01b038082165f81815260208190526040808220805460ff191660019081179091558054808201825592527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf690910180546001600160a01b0319168317905551929350908616917f462ecd75638d4912e3a1f7098580ae0cfdab07d1bab96e9c6452c03c7307a3009061022590879087906103fa565b60405180910390a39392505050565b60018181548110610243575f80fd5b5f918252602090912001546001600160a01b0316905081565b612bcf8061041683390190565b80356001600160a01b038116811461027f575f5ffd5b919050565b5f60208284031215610294575f5ffd5b61029d82610269565b9392505050565b602080825282518282018190525f918401906040840190835b818110156102e45783516001600160a01b03168352602093840193909201916001016102bd565b509095945050505050565b5f5f5f60408486031215610301575f5ffd5b61030a84610269565b9250602084013567ffffffffffffffff811115610325575f5ffd5b8401601f81018613610335575f5ffd5b803567ffffffffffffffff81111561034b575f5ffd5b8660208260051b840101111561035f575f5ffd5b939660209190910195509293505050565b5f60208284031215610380575f5ffd5b5035919050565b8183526020830192505f815f5b848110156103c3576001600160a01b036103ad83610269565b1686526020958601959190910190600101610394565b5093949350505050565b6001600160a01b03841681526040602082018190525f906103f19083018486610387565b95945050505050565b602081525f61040d602083018486610387565b94935050505056fe608060405234801561000f575f5ffd5b50604051612bcf380380612bcf83398101604081905261002e9161023a565b6001600160a01b038216610055576040516349e27cff60e01b815260040160405180910390fd5b606e80546001600160a01b0319166001600160a01b03841617905560015f5b825181101561014b575f83828151811061009057610090610318565b602002602001015190506100a98161017d60201b60201c565b826001600160a01b0316816001600160a01b0316036100eb57604051630268f92960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6001600160a01b039283165f908152606c602052604080822080546001600160a01b0319169584169586179055519193849290917fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f591a250600101610074565b506001600160a01b03165f908152606c6020526040902080546001600160a01b031916600117905551606d555061032c565b6001600160a01b038116158061019c57506001600160a01b0381166001145b156101c5576040516301b16f7d60e61b81526001600160a01b03821660048201526024016100e2565b6001600160a01b038181165f908152606c6020526040902054161561020857604051630268f92960e01b81526001600160a01b03821660048201526024016100e2565b50565b80516001600160a01b0381168114610221575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561024b575f5ffd5b6102548361020b565b60208401519092506001600160401b0381111561026f575f5ffd5b8301601f8101851361027f575f5ffd5b80516001600160401b0381111561029857610298610226565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102c6576102c6610226565b6040529182526020818401810192908101888411156102e3575f5ffd5b6020850194505b83851015610309576102fb8561020b565b8152602094850194016102ea565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b612896806103395f395ff3fe608060405234801561000f575f5ffd5b506004361061026b575f3560e01c80639c74ec221161014b578063be285bd7116100bf578063e476bab611610084578063e476bab614610643578063e732e46a14610656578063f1685e621461067d578063f698da2514610686578063f751dc311461068e578063fe361616146106b5575f5ffd5b8063be285bd7146105c0578063c0fa991d146105d3578063c35eedfb146105db578063c89406a414610627578063d014c01f14610630575f5ffd5b8063b0d5713711610110578063b0d571371461054c578063b2bdf7dd14610561578063b42652e914610574578063b59ce22114610587578063b7035f0f1461059a578063b8a24252146105ad575f5ffd5b80639c74ec22146104d55780639eab5253146104fc578063a230c52414610511578063ac981ed414610524578063af6ba97914610539575f5ffd5b80632eff9f88116101e257806371518324116101a7578063715183241461041f57806372f8642b146104325780637ecebe00146104455780638937b489146104645780638da5cb5b1461048b5780639149bdf2146104b6575f5ffd5b80632eff9f881461038d57806342607811146103a05780634293c6b4146103c75780634e8c819c146103da5780636a41ef3b146103e2575f5ffd5b8063172b4a8111610233578063172b4a81146102f15780631865c57d146103205780631d0cd5a6146103385780631f618cd21461034b57806320606b7014610353578063262afeaf1461037a575f5ffd5b8063035a098b1461026f5780630cbb0f831461028457806311aee380146102b4578063129a7bcb146102cb57806315911f6a146102de575b5f5ffd5b61028261027d366004611ed6565b6106bd565b005b600354610297906001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b6102bd606d5481565b6040519081526020016102ab565b6102bd6102d9366004611f80565b61076b565b6102bd6102ec366004611fdd565b6107eb565b610313604051806040016040528060048152602001620b889160e51b81525081565b6040516102ab9190611ffe565b610328610893565b6040516102ab94939291906120a2565b6102bd6103463660046120f1565b6108cd565b6068546102bd565b6102bd7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b6102bd610388366004612135565b610988565b61028261039b366004612174565b6109f6565b6102bd7f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec81565b6102826103d536600461221d565b610adc565b6102bd606481565b61040f6103f03660046122bf565b606b60209081525f928352604080842090915290825290205460ff1681565b60405190151581526020016102ab565b61028261042d3660046122f0565b610b5c565b610313610440366004612341565b610d2a565b6102bd610453366004612341565b60016020525f908152604090205481565b6102bd7f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca81565b606e5461049e906001600160a01b031681565b6040516001600160a01b0390911681526020016102ab565b6102bd6104c436600461235a565b60696020525f908152604090205481565b6102bd7fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a8355181565b610504610dc1565b6040516102ab9190612371565b61040f61051f366004612341565b610ead565b61052c610ee3565b6040516102ab91906123bc565b610313610547366004612341565b610f1f565b610554610f37565b6040516102ab91906123ed565b6102bd61056f3660046123ff565b610f46565b610282610582366004612341565b610fa3565b61028261059536600461242f565b610fda565b6102bd6105a836600461235a565b6110f3565b6102bd6105bb36600461235a565b611109565b6102826105ce366004612481565b611128565b6102bd600281565b61060a6105e9366004612341565b5f60208190529081526040902080546001909101546001600160401b031682565b604080519283526001600160401b039091166020830152016102ab565b6102bd606a5481565b61028261063e366004612341565b611138565b6102826106513660046124c3565b61116c565b6102bd7f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b7326081565b6102bd60025481565b6102bd611398565b6102bd7ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f81565b6102bd600381565b6106c633610ead565b6106ea576040516305b5850b60e21b81523360048201526024015b60405180910390fd5b335f908152606f602052604090206107038486836125f2565b50335f90815260706020526040902061071d8284836125f2565b50336001600160a01b03167fb08d2da0e893c1660c55ae10981e15a1840fa4de4c4b2dd737211fbc6588bda78585858560405161075d94939291906126d3565b60405180910390a250505050565b5f6107e37f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec308661079c878761143c565b6040805160208101959095526001600160a01b03909316928401929092526060830152608082015260a0015b60405160208183030381529060405280519060200120611451565b949350505050565b5f61088d7f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b732603061081e6020860186612341565b60208601356108336060880160408901612704565b6040805160208101969096526001600160a01b0394851690860152919092166060808501919091526080808501939093526001600160401b0390911660a084015285013560c083015284013560e0820152610100016107c8565b92915050565b606e545f90606090829081906001600160a01b03166108b0611497565b60035460025492979196506001600160401b031694509092509050565b5f61088d7fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a83551306109006020860186612341565b6109106040870160208801612704565b60408701356060880135608089013561092f60c08b0160a08c01612704565b6040805160208101999099526001600160a01b03978816908901529590941660608701526001600160401b03928316608087015260a086019190915260c085015260e084019190915216610100820152610120016107c8565b604080517f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca602082015230918101919091526001600160a01b0385166060820152831515608082015260a0810183905260c081018290525f906109ed9060e0016107c8565b95945050505050565b82421115610a1a57604051637c06dd7560e11b8152600481018490526024016106e1565b606e546001600160a01b03165f8181526001602052604081205490610a4b610a448989858a610988565b8686611620565b9050826001600160a01b0316816001600160a01b031614610a92576040516377f0734360e11b81526001600160a01b038083166004830152841660248201526044016106e1565b610a9d826001612731565b6001600160a01b0384165f908152600160205260409020558615610ac957610ac488611752565b610ad2565b610ad288611803565b5050505050505050565b828114610aff576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610b5557610b4d858583818110610b1e57610b1e612744565b905060a00201848484818110610b3657610b36612744565b9050602002810190610b489190612758565b611939565b600101610b01565b5050505050565b6003546001600160401b03868116911614610ba15760035460405163cf26be2960e01b81526001600160401b03918216600482015290861660248201526044016106e1565b6002548314610bd15760025460405163bddb402d60e01b81526004810191909152602481018490526044016106e1565b610be6610bdf868686610f46565b8383611c2b565b836004610bfd60646001600160401b0389166127ae565b60648110610c0d57610c0d612744565b01556002849055610c1f8560016127c1565b6003805467ffffffffffffffff19166001600160401b039283161790556040805186815260208101869052918716917f06f6c5cabfa37c190a8f3aa87a9a7f75c1ce15a6a7fe6f6cc96388659c8dcbcc910160405180910390a26064610c8f6001600160401b0387166001612731565b610c9991906127ae565b5f03610b555760688054600181810183555f8390527fa2153420d844928b4421650203c77babc8b33d7f2e7b450e2966db0c220977539091018690559054610ce191906127e0565b604080516001600160401b0388168152602081018790527fd01693abf2117383e53d02506d1538f4216c1de665730f83fd1b39c72303d1e7910160405180910390a25050505050565b60706020525f908152604090208054610d429061256a565b80601f0160208091040260200160405190810160405280929190818152602001828054610d6e9061256a565b8015610db95780601f10610d9057610100808354040283529160200191610db9565b820191905f5260205f20905b815481529060010190602001808311610d9c57829003601f168201915b505050505081565b6060606d546001600160401b03811115610ddd57610ddd612556565b604051908082528060200260200182016040528015610e06578160200160208202803683370190505b5060015f908152606c6020527fdcf345d7f6a8deb7427d0fee62009fa15100353a1c666b51bb5387b25addcfa9549192506001600160a01b03909116905b6001600160a01b038216600114610ea85781838281518110610e6857610e68612744565b6001600160a01b039283166020918202929092018101919091529281165f908152606c90935260409092205490911690610ea1816127f3565b9050610e44565b505090565b5f6001600160a01b03821660011480159061088d5750506001600160a01b039081165f908152606c602052604090205416151590565b610eeb611e26565b60408051610c808101918290529060049060649082845b815481526020019060010190808311610f02575050505050905090565b606f6020525f908152604090208054610d429061256a565b6060610f41611497565b905090565b604080517ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f602082015230918101919091526001600160401b03841660608201526080810183905260a081018290525f906107e39060c0016107c8565b606e546001600160a01b03163314610fce576040516330cd747160e01b815260040160405180910390fd5b610fd781611803565b50565b606a545f610fe8868661143c565b604080517f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec6020820152309181019190915260608101849052608081018290529091506110429061103b9060a0016107c8565b8585611c2b565b5f5b8581101561109e5786868281811061105e5761105e612744565b9050604002016020013560695f89898581811061107d5761107d612744565b604090810292909201358352506020820192909252015f2055600101611044565b506110aa826001612731565b606a5560405182907f2098f3f3d27454d70d0b8ca17ce6cf64723eb563d7e9146dcdf5e16444b8e397906110e39084908a908a9061280b565b60405180910390a2505050505050565b60048160648110611102575f80fd5b0154905081565b60688181548110611118575f80fd5b5f91825260209091200154905081565b611133838383611939565b505050565b606e546001600160a01b03163314611163576040516330cd747160e01b815260040160405180910390fd5b610fd781611752565b6111796020840184612341565b6001600160a01b031661118f6020880188612341565b6001600160a01b03161415806111d557506111b06040840160208501612704565b6001600160401b03166111c96040880160208901612704565b6001600160401b031614155b156111f357604051631137a6c960e01b815260040160405180910390fd5b5f6111ff878787611d46565b90505f61120d858585611d46565b905080820361122f57604051631137a6c960e01b815260040160405180910390fd5b606b5f61123f60208b018b612341565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8960200160208101906112729190612704565b6001600160401b0316815260208101919091526040015f205460ff16156112ac5760405163eb3a7b3f60e01b815260040160405180910390fd5b6001606b5f6112be60208c018c612341565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8a60200160208101906112f19190612704565b6001600160401b031681526020808201929092526040015f20805460ff19169215159290921790915561132690890189612341565b6001600160a01b03167f4f10fe1b7a711d58356b2d654d7a6a42460d06cbb6d03e2903128f9ac9840fa361136060408b0160208c01612704565b604080516001600160401b03909216825260208201869052810184905233606082015260800160405180910390a25050505050505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fb447a1b2f137b25ce8385136029287092c348564afced1e05a89f9588b97cc17918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f604051604083028085833790209392505050565b5f61145a611398565b60405161190160f01b6020820152602281019190915260428101839052606201604051602081830303815290604052805190602001209050919050565b60605f6114a2610dc1565b905080516001600160401b038111156114bd576114bd612556565b60405190808252806020026020018201604052801561150d57816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f199092019101816114db5790505b5091505f5b8151811015610ea8575f5f5f84848151811061153057611530612744565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f209050604051806080016040528084848151811061157657611576612744565b60200260200101516001600160a01b03168152602001825f01548152602001826001015f9054906101000a90046001600160401b03166001600160401b0316815260200160015f8686815181106115cf576115cf612744565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205481525084838151811061160c5761160c612744565b602090810291909101015250600101611512565b5f604182146116425760405163d7bad83f60e01b815260040160405180910390fd5b8235602084013560408501355f1a601b811480159061166557508060ff16601c14155b15611683576040516334e248bb60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211156116c4576040516363376d6d60e01b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611714573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661174857604051635cd5d23360e01b815260040160405180910390fd5b5050509392505050565b61175b81611d9b565b606c6020527fdcf345d7f6a8deb7427d0fee62009fa15100353a1c666b51bb5387b25addcfa980546001600160a01b038381165f818152604081208054939094166001600160a01b03199384161790935560018352835490911617909155606d80549091906117c9906127f3565b909155506040516001600160a01b038216907fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f5905f90a250565b61180c81610ead565b611834576040516305b5850b60e21b81526001600160a01b03821660048201526024016106e1565b60015b6001600160a01b038181165f908152606c6020526040902054811690831614611879576001600160a01b039081165f908152606c602052604090205416611837565b6001600160a01b038281165f818152606c60209081526040808320805487871685528285208054919097166001600160a01b0319918216179096559383528354909416909255606f9091529081206118d091611e45565b6001600160a01b0382165f9081526070602052604081206118f091611e45565b606d5f81546118fe90612857565b909155506040516001600160a01b038316907f81df7148ed3a9aa51bafe04f44371e89b96f47294267fbf6ab28b7aa8c87b386905f90a25050565b826080013542111561196457604051637c06dd7560e11b8152608084013560048201526024016106e1565b5f611978611971856107eb565b8484611620565b90506119876020850185612341565b6001600160a01b0316816001600160a01b0316146119d957806119ad6020860186612341565b6040516377f0734360e11b81526001600160a01b039283166004820152911660248201526044016106e1565b6119e961051f6020860186612341565b611a1f576119fa6020850185612341565b6040516305b5850b60e21b81526001600160a01b0390911660048201526024016106e1565b5f600181611a306020880188612341565b6001600160a01b03166001600160a01b031681526020019081526020015f2054905080856060013514611a8357604051633ddd513160e01b815260048101829052606086013560248201526044016106e1565b5f8080611a936020890189612341565b6001600160a01b03168152602081019190915260409081015f2060018101549092506001600160401b031690611acf9060608901908901612704565b6001600160401b031611611b275760018101546001600160401b0316611afb6060880160408901612704565b604051636326c85f60e11b81526001600160401b039283166004820152911660248201526044016106e1565b6020860135611b4957604051632254e2a760e21b815260040160405180910390fd5b611b54826001612731565b60015f611b6460208a018a612341565b6001600160a01b0316815260208082019290925260409081015f20929092558701358255611b989060608801908801612704565b60018201805467ffffffffffffffff19166001600160401b0392909216919091179055611bc86020870187612341565b6001600160a01b03167ff9e1804eed257dc0aa38e3016455e0dc97cf9f53b893f4b5e1ab0d3c6498f9f56020880135611c0760608a0160408b01612704565b604080519283526001600160401b03909116602083015281018590526060016110e3565b5f5f5b82811015611cd3575f611c6486868685818110611c4d57611c4d612744565b9050602002810190611c5f9190612758565b611620565b9050611c6f81610ead565b611c97576040516305b5850b60e21b81526001600160a01b03821660048201526024016106e1565b826001600160a01b0316816001600160a01b031611611cc95760405163af39015160e01b815260040160405180910390fd5b9150600101611c2e565b505f6003600160036002611ce6606d5490565b611cf0919061286c565b611cfa9190612731565b611d0491906127e0565b611d0e9190612883565b9050805f03611d1b575060015b80831015610b55576040516356159fd160e01b815260048101849052602481018290526044016106e1565b5f611d50846108cd565b90505f611d5e828585611620565b9050611d6d6020860186612341565b6001600160a01b0316816001600160a01b031614611d9357806119ad6020870187612341565b509392505050565b6001600160a01b0381161580611dba57506001600160a01b0381166001145b15611de3576040516301b16f7d60e61b81526001600160a01b03821660048201526024016106e1565b6001600160a01b038181165f908152606c60205260409020541615610fd757604051630268f92960e01b81526001600160a01b03821660048201526024016106e1565b60405180610c8001604052806064906020820280368337509192915050565b508054611e519061256a565b5f825580601f10611e60575050565b601f0160209004905f5260205f2090611e799190611e7b565b565b5f5b80821115611133575f81840155600101611e7d565b5f5f83601f840112611ea2575f5ffd5b5081356001600160401b03811115611eb8575f5ffd5b602083019150836020828501011115611ecf575f5ffd5b9250929050565b5f5f5f5f60408587031215611ee9575f5ffd5b84356001600160401b03811115611efe575f5ffd5b611f0a87828801611e92565b90955093505060208501356001600160401b03811115611f28575f5ffd5b611f3487828801611e92565b95989497509550505050565b5f5f83601f840112611f50575f5ffd5b5081356001600160401b03811115611f66575f5ffd5b6020830191508360208260061b8501011115611ecf575f5ffd5b5f5f5f60408486031215611f92575f5ffd5b8335925060208401356001600160401b03811115611fae575f5ffd5b611fba86828701611f40565b9497909650939450505050565b5f60a08284031215611fd7575f5ffd5b50919050565b5f60a08284031215611fed575f5ffd5b611ff78383611fc7565b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f8151808452602084019350602083015f5b8281101561209857815180516001600160a01b03168752602080820151818901526040808301516001600160401b0316908901526060918201519188019190915260809096019590910190600101612045565b5093949350505050565b6001600160a01b03851681526080602082018190525f906120c590830186612033565b6001600160401b03949094166040830152506060015292915050565b5f60c08284031215611fd7575f5ffd5b5f60c08284031215612101575f5ffd5b611ff783836120e1565b80356001600160a01b0381168114612121575f5ffd5b919050565b80358015158114612121575f5ffd5b5f5f5f5f60808587031215612148575f5ffd5b6121518561210b565b935061215f60208601612126565b93969395505050506040820135916060013590565b5f5f5f5f5f60808688031215612188575f5ffd5b6121918661210b565b945061219f60208701612126565b93506040860135925060608601356001600160401b038111156121c0575f5ffd5b6121cc88828901611e92565b969995985093965092949392505050565b5f5f83601f8401126121ed575f5ffd5b5081356001600160401b03811115612203575f5ffd5b6020830191508360208260051b8501011115611ecf575f5ffd5b5f5f5f5f60408587031215612230575f5ffd5b84356001600160401b03811115612245575f5ffd5b8501601f81018713612255575f5ffd5b80356001600160401b0381111561226a575f5ffd5b87602060a08302840101111561227e575f5ffd5b6020918201955093508501356001600160401b0381111561229d575f5ffd5b611f34878288016121dd565b80356001600160401b0381168114612121575f5ffd5b5f5f604083850312156122d0575f5ffd5b6122d98361210b565b91506122e7602084016122a9565b90509250929050565b5f5f5f5f5f60808688031215612304575f5ffd5b61230d866122a9565b9450602086013593506040860135925060608601356001600160401b03811115612335575f5ffd5b6121cc888289016121dd565b5f60208284031215612351575f5ffd5b611ff78261210b565b5f6020828403121561236a575f5ffd5b5035919050565b602080825282518282018190525f918401906040840190835b818110156123b15783516001600160a01b031683526020938401939092019160010161238a565b509095945050505050565b610c80810181835f5b60648110156123e45781518352602092830192909101906001016123c5565b50505092915050565b602081525f611ff76020830184612033565b5f5f5f60608486031215612411575f5ffd5b61241a846122a9565b95602085013595506040909401359392505050565b5f5f5f5f60408587031215612442575f5ffd5b84356001600160401b03811115612457575f5ffd5b61246387828801611f40565b90955093505060208501356001600160401b0381111561229d575f5ffd5b5f5f5f60c08486031215612493575f5ffd5b61249d8585611fc7565b925060a08401356001600160401b038111156124b7575f5ffd5b611fba86828701611e92565b5f5f5f5f5f5f6101c087890312156124d9575f5ffd5b6124e388886120e1565b955060c08701356001600160401b038111156124fd575f5ffd5b61250989828a01611e92565b909650945061251d90508860e089016120e1565b92506101a08701356001600160401b03811115612538575f5ffd5b61254489828a01611e92565b979a9699509497509295939492505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061257e57607f821691505b602082108103611fd757634e487b7160e01b5f52602260045260245ffd5b601f821115611133578282111561113357805f5260205f20601f840160051c60208510156125c757505f5b90810190601f840160051c035f5b818110156125ea575f838201556001016125d5565b505050505050565b6001600160401b0383111561260957612609612556565b61261d83612617835461256a565b8361259c565b5f601f84116001811461264e575f85156126375750838201355b5f19600387901b1c1916600186901b178355610b55565b5f83815260208120601f198716915b8281101561267d578685013582556020948501946001909201910161265d565b5086821015612699575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6126e66040830186886126ab565b82810360208401526126f98185876126ab565b979650505050505050565b5f60208284031215612714575f5ffd5b611ff7826122a9565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561088d5761088d61271d565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e1984360301811261276d575f5ffd5b8301803591506001600160401b03821115612786575f5ffd5b602001915036819003821315611ecf575f5ffd5b634e487b7160e01b5f52601260045260245ffd5b5f826127bc576127bc61279a565b500690565b6001600160401b03818116838216019081111561088d5761088d61271d565b8181038181111561088d5761088d61271d565b5f600182016128045761280461271d565b5060010190565b83815260406020820181905281018290525f8360608301825b8581101561284c57823582526020808401359083015260409283019290910190600101612824565b509695505050505050565b5f816128655761286561271d565b505f190190565b808202811582820484141761088d5761088d61271d565b5f826128915761289161279a565b50049056",
}

// RingFactory is an auto generated Go binding around an Ethereum contract.
type RingFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RingFactory) GetABI() abi.ABI {
	return c.abi
}

// NewRingFactory creates a new instance of RingFactory.
func NewRingFactory() *RingFactory {
	parsed, err := RingFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RingFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RingFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCreateRing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf24dd6b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createRing(address owner, address[] members) returns(address ring)
func (ringFactory *RingFactory) PackCreateRing(owner common.Address, members []common.Address) []byte {
	enc, err := ringFactory.abi.Pack("createRing", owner, members)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateRing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf24dd6b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createRing(address owner, address[] members) returns(address ring)
func (ringFactory *RingFactory) TryPackCreateRing(owner common.Address, members []common.Address) ([]byte, error) {
	return ringFactory.abi.Pack("createRing", owner, members)
}

// UnpackCreateRing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf24dd6b6.
//
// Solidity: function createRing(address owner, address[] members) returns(address ring)
func (ringFactory *RingFactory) UnpackCreateRing(data []byte) (common.Address, error) {
	out, err := ringFactory.abi.Unpack("createRing", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetRings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2371130.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRings() view returns(address[])
func (ringFactory *RingFactory) PackGetRings() []byte {
	enc, err := ringFactory.abi.Pack("getRings")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2371130.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRings() view returns(address[])
func (ringFactory *RingFactory) TryPackGetRings() ([]byte, error) {
	return ringFactory.abi.Pack("getRings")
}

// UnpackGetRings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2371130.
//
// Solidity: function getRings() view returns(address[])
func (ringFactory *RingFactory) UnpackGetRings(data []byte) ([]common.Address, error) {
	out, err := ringFactory.abi.Unpack("getRings", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackIsRing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e57935.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRing(address ) view returns(bool)
func (ringFactory *RingFactory) PackIsRing(arg0 common.Address) []byte {
	enc, err := ringFactory.abi.Pack("isRing", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e57935.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRing(address ) view returns(bool)
func (ringFactory *RingFactory) TryPackIsRing(arg0 common.Address) ([]byte, error) {
	return ringFactory.abi.Pack("isRing", arg0)
}

// UnpackIsRing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e57935.
//
// Solidity: function isRing(address ) view returns(bool)
func (ringFactory *RingFactory) UnpackIsRing(data []byte) (bool, error) {
	out, err := ringFactory.abi.Unpack("isRing", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1ad599b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ringCount() view returns(uint256)
func (ringFactory *RingFactory) PackRingCount() []byte {
	enc, err := ringFactory.abi.Pack("ringCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRingCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1ad599b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ringCount() view returns(uint256)
func (ringFactory *RingFactory) TryPackRingCount() ([]byte, error) {
	return ringFactory.abi.Pack("ringCount")
}

// UnpackRingCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1ad599b.
//
// Solidity: function ringCount() view returns(uint256)
func (ringFactory *RingFactory) UnpackRingCount(data []byte) (*big.Int, error) {
	out, err := ringFactory.abi.Unpack("ringCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb29885d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rings(uint256 ) view returns(address)
func (ringFactory *RingFactory) PackRings(arg0 *big.Int) []byte {
	enc, err := ringFactory.abi.Pack("rings", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb29885d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rings(uint256 ) view returns(address)
func (ringFactory *RingFactory) TryPackRings(arg0 *big.Int) ([]byte, error) {
	return ringFactory.abi.Pack("rings", arg0)
}

// UnpackRings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb29885d.
//
// Solidity: function rings(uint256 ) view returns(address)
func (ringFactory *RingFactory) UnpackRings(data []byte) (common.Address, error) {
	out, err := ringFactory.abi.Unpack("rings", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// RingFactoryRingCreated represents a RingCreated event raised by the RingFactory contract.
type RingFactoryRingCreated struct {
	Ring    common.Address
	Owner   common.Address
	Members []common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RingFactoryRingCreatedEventName = "RingCreated"

// ContractEventName returns the user-defined event name.
func (RingFactoryRingCreated) ContractEventName() string {
	return RingFactoryRingCreatedEventName
}

// UnpackRingCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RingCreated(address indexed ring, address indexed owner, address[] members)
func (ringFactory *RingFactory) UnpackRingCreatedEvent(log *types.Log) (*RingFactoryRingCreated, error) {
	event := "RingCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ringFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RingFactoryRingCreated)
	if len(log.Data) > 0 {
		if err := ringFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range ringFactory.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
