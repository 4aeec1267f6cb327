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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"members_\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"BadEntryIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"BadEntryPrev\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignatureLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignatureV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ForkAlreadyReported\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"InvalidMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"NoMajority\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAFork\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"peerIdSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"multiaddrsSize\",\"type\":\"uint256\"}],\"name\":\"PeerInfoTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"SeqNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"SignerMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"updated\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stored\",\"type\":\"uint64\"}],\"name\":\"StalePeerInfo\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHead\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"checkpoint\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"}],\"name\":\"CheckpointArchived\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"nodeA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"nodeB\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"ForkReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"LogHeadUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberEntered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberExited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pin\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structRingLogs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"}],\"name\":\"OutputsRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"}],\"name\":\"PeerInfoUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"}],\"name\":\"RingEntryCommitted\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHECKPOINT_FREQUENCY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLUSH_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LOG_NODE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDRS_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MEMBERSHIP_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OUTPUTS_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PEER_INFO_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_ENTRY_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_MAJORITY_DENOMINATOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_MAJORITY_NUMERATOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enter_\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"changeMembership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"checkpointCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"checkpoints\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cidPrefix\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"commitEntry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"enter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"exit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.FlushRequest\",\"name\":\"f\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"flush\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.FlushRequest[]\",\"name\":\"fs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"flushMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"forkReported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getHeads\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.MemberHead[]\",\"name\":\"heads\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"getPeerInfo\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"updated\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRingLogs\",\"outputs\":[{\"internalType\":\"bytes32[100]\",\"name\":\"\",\"type\":\"bytes32[100]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getState\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.MemberHead[]\",\"name\":\"heads\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64\",\"name\":\"entryCount_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"ringNodeHead_\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.FlushRequest\",\"name\":\"f\",\"type\":\"tuple\"}],\"name\":\"hashFlush\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"refs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"internalType\":\"structRingLogs.LogNodeClaim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"hashLogNode\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enter\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"hashMembership\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pin\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"internalType\":\"structRingLogs.Output[]\",\"name\":\"outs\",\"type\":\"tuple[]\"}],\"name\":\"hashOutputs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"updated\",\"type\":\"uint64\"}],\"name\":\"hashPeerInfo\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"}],\"name\":\"hashRingEntry\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"logNodeHeads\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"memberCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"outputs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputsBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputsNonce\",\"outputs\":[{\"internalType\":\"uint192\",\"name\":\"\",\"type\":\"uint192\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"peerIds\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"peerInfoUpdated\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"publicMultiaddresses\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pin\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"internalType\":\"structRingLogs.Output[]\",\"name\":\"outs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"registerOutputs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"refs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"internalType\":\"structRingLogs.LogNodeClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"refs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"internalType\":\"structRingLogs.LogNodeClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"reportFork\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"ringLogs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ringNodeHead\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"}],\"name\":\"setPeerInfo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"updated\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"setPeerInfoFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Ring",
	Bin: "0x608060405234801561000f575f5ffd5b506040516132fc3803806132fc83398101604081905261002e9161023a565b6001600160a01b038216610055576040516349e27cff60e01b815260040160405180910390fd5b606e80546001600160a01b0319166001600160a01b03841617905560015f5b825181101561014b575f83828151811061009057610090610318565b602002602001015190506100a98161017d60201b60201c565b826001600160a01b0316816001600160a01b0316036100eb57604051630268f92960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6001600160a01b039283165f908152606c602052604080822080546001600160a01b0319169584169586179055519193849290917fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f591a250600101610074565b506001600160a01b03165f908152606c6020526040902080546001600160a01b031916600117905551606d555061032c565b6001600160a01b038116158061019c57506001600160a01b0381166001145b156101c5576040516301b16f7d60e61b81526001600160a01b03821660048201526024016100e2565b6001600160a01b038181165f908152606c6020526040902054161561020857604051630268f92960e01b81526001600160a01b03821660048201526024016100e2565b50565b80516001600160a01b0381168114610221575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561024b575f5ffd5b6102548361020b565b60208401519092506001600160401b0381111561026f575f5ffd5b8301601f8101851361027f575f5ffd5b80516001600160401b0381111561029857610298610226565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102c6576102c6610226565b6040529182526020818401810192908101888411156102e3575f5ffd5b6020850194505b83851015610309576102fb8561020b565b8152602094850194016102ea565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b612fc3806103395f395ff3fe608060405234801561000f575f5ffd5b50600436106102ff575f3560e01c80639eab525311610195578063c0fa991d116100e4578063e476bab61161009e578063f1685e6211610079578063f1685e62146107f5578063f698da25146107fe578063f751dc3114610806578063fe3616161461082d575f5ffd5b8063e476bab6146107b3578063e732e46a146107c6578063eacdafba146107ed575f5ffd5b8063c0fa991d146106e6578063c35eedfb146106ee578063c89406a41461073a578063d014c01f14610765578063d1f981c214610778578063df9a34601461078b575f5ffd5b8063b2bdf7dd1161014f578063b7035f0f1161012a578063b7035f0f14610693578063b8a24252146106a6578063b8c55d40146106b9578063be285bd7146106d3575f5ffd5b8063b2bdf7dd1461065a578063b42652e91461066d578063b59ce22114610680575f5ffd5b80639eab5253146105ce578063a230c524146105e3578063a3f9c246146105f6578063ac981ed41461061d578063af6ba97914610632578063b0d5713714610645575f5ffd5b80634260781111610251578063715183241161020b5780638937b489116101e65780638937b489146105365780638da5cb5b1461055d5780639149bdf2146105885780639c74ec22146105a7575f5ffd5b806371518324146104f157806372f8642b146105045780637ecebe0014610517575f5ffd5b806342607811146104565780634293c6b41461047d5780634530f0f0146104905780634e8c819c146104995780636a41ef3b146104a15780636c375955146104de575f5ffd5b80631865c57d116102bc57806320606b701161029757806320606b70146103e7578063262afeaf1461040e5780632bd5853a146104215780632eff9f8814610443575f5ffd5b80631865c57d146103b45780631d0cd5a6146103cc5780631f618cd2146103df575f5ffd5b8063035a098b146103035780630cbb0f831461031857806311aee38014610348578063129a7bcb1461035f57806315911f6a14610372578063172b4a8114610385575b5f5ffd5b610316610311366004612455565b610835565b005b60035461032b906001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b610351606d5481565b60405190815260200161033f565b61035161036d3660046124ff565b6108be565b61035161038036600461255c565b61093e565b6103a7604051806040016040528060048152602001620b889160e51b81525081565b60405161033f91906125ab565b6103bc6109e6565b60405161033f949392919061262c565b6103516103da36600461267b565b610a20565b606854610351565b6103517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b61035161041c3660046126bf565b610adb565b61043461042f3660046126fe565b610b49565b60405161033f93929190612717565b610316610451366004612755565b610cab565b6103517f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec81565b61031661048b3660046127fe565b610d91565b61035161040081565b610351606481565b6104ce6104af3660046128a0565b606b60209081525f928352604080842090915290825290205460ff1681565b604051901515815260200161033f565b6103516104ec3660046128d1565b610e11565b6103166104ff36600461295e565b610eb9565b6103a76105123660046126fe565b611087565b6103516105253660046126fe565b60016020525f908152604090205481565b6103517f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca81565b606e54610570906001600160a01b031681565b6040516001600160a01b03909116815260200161033f565b6103516105963660046129af565b60696020525f908152604090205481565b6103517fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a8355181565b6105d661111e565b60405161033f91906129c6565b6104ce6105f13660046126fe565b61120a565b6103517f259db388194799a7cb1463fb170e61b2eed5f9bdc10f060ad44d8a78098955be81565b610625611240565b60405161033f9190612a11565b6103a76106403660046126fe565b61127c565b61064d611294565b60405161033f9190612a42565b610351610668366004612a54565b6112a3565b61031661067b3660046126fe565b611300565b61031661068e366004612a84565b611337565b6103516106a13660046129af565b61147f565b6103516106b43660046129af565b611495565b606a5461032b90600160c01b90046001600160401b031681565b6103166106e1366004612ad6565b6114b4565b610351600281565b61071d6106fc3660046126fe565b5f60208190529081526040902080546001909101546001600160401b031682565b604080519283526001600160401b0390911660208301520161033f565b606a5461074d906001600160c01b031681565b6040516001600160c01b03909116815260200161033f565b6103166107733660046126fe565b6114c4565b610316610786366004612b18565b6114f8565b61032b6107993660046126fe565b60716020525f90815260409020546001600160401b031681565b6103166107c1366004612bd5565b611607565b6103517f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b7326081565b610351604081565b61035160025481565b610351611833565b6103517ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f81565b610351600381565b610841848484846118d7565b61084a3361120a565b61086e576040516305b5850b60e21b81523360048201526024015b60405180910390fd5b335f818152607160205260409020546001600160401b039081169142916108b691908890889088908890871688106108b0576108ab886001612c7c565b611915565b86611915565b505050505050565b5f6109367f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec30866108ef87876119c2565b6040805160208101959095526001600160a01b03909316928401929092526060830152608082015260a0015b604051602081830303815290604052805190602001206119d7565b949350505050565b5f6109e07f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b732603061097160208601866126fe565b60208601356109866060880160408901612c9b565b6040805160208101969096526001600160a01b0394851690860152919092166060808501919091526080808501939093526001600160401b0390911660a084015285013560c083015284013560e08201526101000161091b565b92915050565b606e545f90606090829081906001600160a01b0316610a03611a1d565b60035460025492979196506001600160401b031694509092509050565b5f6109e07fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a8355130610a5360208601866126fe565b610a636040870160208801612c9b565b604087013560608801356080890135610a8260c08b0160a08c01612c9b565b6040805160208101999099526001600160a01b03978816908901529590941660608701526001600160401b03928316608087015260a086019190915260c085015260e0840191909152166101008201526101200161091b565b604080517f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca602082015230918101919091526001600160a01b0385166060820152831515608082015260a0810183905260c081018290525f90610b409060e00161091b565b95945050505050565b6001600160a01b0381165f908152606f60209081526040808320607083528184206071909352908320548154606094859490939290916001600160401b03909116908390610b9690612cb4565b80601f0160208091040260200160405190810160405280929190818152602001828054610bc290612cb4565b8015610c0d5780601f10610be457610100808354040283529160200191610c0d565b820191905f5260205f20905b815481529060010190602001808311610bf057829003601f168201915b50505050509250818054610c2090612cb4565b80601f0160208091040260200160405190810160405280929190818152602001828054610c4c90612cb4565b8015610c975780601f10610c6e57610100808354040283529160200191610c97565b820191905f5260205f20905b815481529060010190602001808311610c7a57829003601f168201915b505050505091509250925092509193909250565b82421115610ccf57604051637c06dd7560e11b815260048101849052602401610865565b606e546001600160a01b03165f8181526001602052604081205490610d00610cf98989858a610adb565b8686611ba6565b9050826001600160a01b0316816001600160a01b031614610d47576040516377f0734360e11b81526001600160a01b03808316600483015284166024820152604401610865565b610d52826001612ce6565b6001600160a01b0384165f908152600160205260409020558615610d7e57610d7988611cd8565b610d87565b610d8788611d89565b5050505050505050565b828114610db4576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610e0a57610e02858583818110610dd357610dd3612cf9565b905060a00201848484818110610deb57610deb612cf9565b9050602002810190610dfd9190612d0d565b611ebf565b600101610db6565b5050505050565b5f610eae7f259db388194799a7cb1463fb170e61b2eed5f9bdc10f060ad44d8a78098955be30898989604051610e48929190612d4f565b60405180910390208888604051610e60929190612d4f565b6040805191829003822060208301969096526001600160a01b0394851690820152929091166060830152608082015260a08101919091526001600160401b03841660c082015260e00161091b565b979650505050505050565b6003546001600160401b03868116911614610efe5760035460405163cf26be2960e01b81526001600160401b0391821660048201529086166024820152604401610865565b6002548314610f2e5760025460405163bddb402d60e01b8152600481019190915260248101849052604401610865565b610f43610f3c8686866112a3565b83836121aa565b836004610f5a60646001600160401b038916612d72565b60648110610f6a57610f6a612cf9565b01556002849055610f7c856001612c7c565b6003805467ffffffffffffffff19166001600160401b039283161790556040805186815260208101869052918716917f06f6c5cabfa37c190a8f3aa87a9a7f75c1ce15a6a7fe6f6cc96388659c8dcbcc910160405180910390a26064610fec6001600160401b0387166001612ce6565b610ff69190612d72565b5f03610e0a5760688054600181810183555f8390527fa2153420d844928b4421650203c77babc8b33d7f2e7b450e2966db0c22097753909101869055905461103e9190612d85565b604080516001600160401b0388168152602081018790527fd01693abf2117383e53d02506d1538f4216c1de665730f83fd1b39c72303d1e7910160405180910390a25050505050565b60706020525f90815260409020805461109f90612cb4565b80601f01602080910402602001604051908101604052809291908181526020018280546110cb90612cb4565b80156111165780601f106110ed57610100808354040283529160200191611116565b820191905f5260205f20905b8154815290600101906020018083116110f957829003601f168201915b505050505081565b6060606d546001600160401b0381111561113a5761113a612d98565b604051908082528060200260200182016040528015611163578160200160208202803683370190505b5060015f908152606c6020527fdcf345d7f6a8deb7427d0fee62009fa15100353a1c666b51bb5387b25addcfa9549192506001600160a01b03909116905b6001600160a01b03821660011461120557818382815181106111c5576111c5612cf9565b6001600160a01b039283166020918202929092018101919091529281165f908152606c909352604090922054909116906111fe81612dac565b90506111a1565b505090565b5f6001600160a01b0382166001148015906109e05750506001600160a01b039081165f908152606c602052604090205416151590565b6112486123a5565b60408051610c808101918290529060049060649082845b81548152602001906001019080831161125f575050505050905090565b606f6020525f90815260409020805461109f90612cb4565b606061129e611a1d565b905090565b604080517ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f602082015230918101919091526001600160401b03841660608201526080810183905260a081018290525f906109369060c00161091b565b606e546001600160a01b0316331461132b576040516330cd747160e01b815260040160405180910390fd5b61133481611d89565b50565b606a546001600160c01b03165f61134e86866119c2565b604080517f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec602082015230918101919091526001600160c01b0384166060820152608081018290529091506113b0906113a99060a00161091b565b85856121aa565b5f5b8581101561140c578686828181106113cc576113cc612cf9565b9050604002016020013560695f8989858181106113eb576113eb612cf9565b604090810292909201358352506020820192909252015f20556001016113b2565b50611418826001612dc4565b6001600160401b034316600160c01b026001600160c01b0391821617606a55604051908316907f2098f3f3d27454d70d0b8ca17ce6cf64723eb563d7e9146dcdf5e16444b8e3979061146f9084908a908a90612de3565b60405180910390a2505050505050565b6004816064811061148e575f80fd5b0154905081565b606881815481106114a4575f80fd5b5f91825260209091200154905081565b6114bf838383611ebf565b505050565b606e546001600160a01b031633146114ef576040516330cd747160e01b815260040160405180910390fd5b61133481611cd8565b611504878787876118d7565b5f61151d6115168a8a8a8a8a8a610e11565b8484611ba6565b9050886001600160a01b0316816001600160a01b031614611564576040516377f0734360e11b81526001600160a01b0380831660048301528a166024820152604401610865565b61156d8961120a565b611595576040516305b5850b60e21b81526001600160a01b038a166004820152602401610865565b6001600160a01b0389165f908152607160205260409020546001600160401b0390811690851681106115ed5760405163e21535b760e01b81526001600160401b03808716600483015282166024820152604401610865565b6115fb8a8a8a8a8a8a611915565b50505050505050505050565b61161460208401846126fe565b6001600160a01b031661162a60208801886126fe565b6001600160a01b0316141580611670575061164b6040840160208501612c9b565b6001600160401b03166116646040880160208901612c9b565b6001600160401b031614155b1561168e57604051631137a6c960e01b815260040160405180910390fd5b5f61169a8787876122c5565b90505f6116a88585856122c5565b90508082036116ca57604051631137a6c960e01b815260040160405180910390fd5b606b5f6116da60208b018b6126fe565b6001600160a01b03166001600160a01b031681526020019081526020015f205f89602001602081019061170d9190612c9b565b6001600160401b0316815260208101919091526040015f205460ff16156117475760405163eb3a7b3f60e01b815260040160405180910390fd5b6001606b5f61175960208c018c6126fe565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8a602001602081019061178c9190612c9b565b6001600160401b031681526020808201929092526040015f20805460ff1916921515929092179091556117c1908901896126fe565b6001600160a01b03167f4f10fe1b7a711d58356b2d654d7a6a42460d06cbb6d03e2903128f9ac9840fa36117fb60408b0160208c01612c9b565b604080516001600160401b03909216825260208201869052810184905233606082015260800160405180910390a25050505050505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fb447a1b2f137b25ce8385136029287092c348564afced1e05a89f9588b97cc17918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60408311806118e7575061040081115b1561190f576040516367cf570560e11b81526004810184905260248101829052604401610865565b50505050565b6001600160a01b0386165f908152606f60205260409020611937858783612e7d565b506001600160a01b0386165f90815260706020526040902061195a838583612e7d565b506001600160a01b0386165f8181526071602052604090819020805467ffffffffffffffff19166001600160401b038516179055517fb08d2da0e893c1660c55ae10981e15a1840fa4de4c4b2dd737211fbc6588bda79061146f908890889088908890612f5e565b5f604051604083028085833790209392505050565b5f6119e0611833565b60405161190160f01b6020820152602281019190915260428101839052606201604051602081830303815290604052805190602001209050919050565b60605f611a2861111e565b905080516001600160401b03811115611a4357611a43612d98565b604051908082528060200260200182016040528015611a9357816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f19909201910181611a615790505b5091505f5b8151811015611205575f5f5f848481518110611ab657611ab6612cf9565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f2090506040518060800160405280848481518110611afc57611afc612cf9565b60200260200101516001600160a01b03168152602001825f01548152602001826001015f9054906101000a90046001600160401b03166001600160401b0316815260200160015f868681518110611b5557611b55612cf9565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f2054815250848381518110611b9257611b92612cf9565b602090810291909101015250600101611a98565b5f60418214611bc85760405163d7bad83f60e01b815260040160405180910390fd5b8235602084013560408501355f1a601b8114801590611beb57508060ff16601c14155b15611c09576040516334e248bb60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115611c4a576040516363376d6d60e01b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611c9a573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416611cce57604051635cd5d23360e01b815260040160405180910390fd5b5050509392505050565b611ce18161231a565b606c6020527fdcf345d7f6a8deb7427d0fee62009fa15100353a1c666b51bb5387b25addcfa980546001600160a01b038381165f818152604081208054939094166001600160a01b03199384161790935560018352835490911617909155606d8054909190611d4f90612dac565b909155506040516001600160a01b038216907fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f5905f90a250565b611d928161120a565b611dba576040516305b5850b60e21b81526001600160a01b0382166004820152602401610865565b60015b6001600160a01b038181165f908152606c6020526040902054811690831614611dff576001600160a01b039081165f908152606c602052604090205416611dbd565b6001600160a01b038281165f818152606c60209081526040808320805487871685528285208054919097166001600160a01b0319918216179096559383528354909416909255606f909152908120611e56916123c4565b6001600160a01b0382165f908152607060205260408120611e76916123c4565b606d5f8154611e8490612f84565b909155506040516001600160a01b038316907f81df7148ed3a9aa51bafe04f44371e89b96f47294267fbf6ab28b7aa8c87b386905f90a25050565b8260800135421115611eea57604051637c06dd7560e11b815260808401356004820152602401610865565b5f611ef76115168561093e565b9050611f0660208501856126fe565b6001600160a01b0316816001600160a01b031614611f585780611f2c60208601866126fe565b6040516377f0734360e11b81526001600160a01b03928316600482015291166024820152604401610865565b611f686105f160208601866126fe565b611f9e57611f7960208501856126fe565b6040516305b5850b60e21b81526001600160a01b039091166004820152602401610865565b5f600181611faf60208801886126fe565b6001600160a01b03166001600160a01b031681526020019081526020015f205490508085606001351461200257604051633ddd513160e01b81526004810182905260608601356024820152604401610865565b5f808061201260208901896126fe565b6001600160a01b03168152602081019190915260409081015f2060018101549092506001600160401b03169061204e9060608901908901612c9b565b6001600160401b0316116120a65760018101546001600160401b031661207a6060880160408901612c9b565b604051636326c85f60e11b81526001600160401b03928316600482015291166024820152604401610865565b60208601356120c857604051632254e2a760e21b815260040160405180910390fd5b6120d3826001612ce6565b60015f6120e360208a018a6126fe565b6001600160a01b0316815260208082019290925260409081015f209290925587013582556121179060608801908801612c9b565b60018201805467ffffffffffffffff19166001600160401b039290921691909117905561214760208701876126fe565b6001600160a01b03167ff9e1804eed257dc0aa38e3016455e0dc97cf9f53b893f4b5e1ab0d3c6498f9f5602088013561218660608a0160408b01612c9b565b604080519283526001600160401b039091166020830152810185905260600161146f565b5f5f5b82811015612252575f6121e3868686858181106121cc576121cc612cf9565b90506020028101906121de9190612d0d565b611ba6565b90506121ee8161120a565b612216576040516305b5850b60e21b81526001600160a01b0382166004820152602401610865565b826001600160a01b0316816001600160a01b0316116122485760405163af39015160e01b815260040160405180910390fd5b91506001016121ad565b505f6003600160036002612265606d5490565b61226f9190612f99565b6122799190612ce6565b6122839190612d85565b61228d9190612fb0565b9050805f0361229a575060015b80831015610e0a576040516356159fd160e01b81526004810184905260248101829052604401610865565b5f6122cf84610a20565b90505f6122dd828585611ba6565b90506122ec60208601866126fe565b6001600160a01b0316816001600160a01b0316146123125780611f2c60208701876126fe565b509392505050565b6001600160a01b038116158061233957506001600160a01b0381166001145b15612362576040516301b16f7d60e61b81526001600160a01b0382166004820152602401610865565b6001600160a01b038181165f908152606c6020526040902054161561133457604051630268f92960e01b81526001600160a01b0382166004820152602401610865565b60405180610c8001604052806064906020820280368337509192915050565b5080546123d090612cb4565b5f825580601f106123df575050565b601f0160209004905f5260205f20906123f891906123fa565b565b5f5b808211156114bf575f818401556001016123fc565b5f5f83601f840112612421575f5ffd5b5081356001600160401b03811115612437575f5ffd5b60208301915083602082850101111561244e575f5ffd5b9250929050565b5f5f5f5f60408587031215612468575f5ffd5b84356001600160401b0381111561247d575f5ffd5b61248987828801612411565b90955093505060208501356001600160401b038111156124a7575f5ffd5b6124b387828801612411565b95989497509550505050565b5f5f83601f8401126124cf575f5ffd5b5081356001600160401b038111156124e5575f5ffd5b6020830191508360208260061b850101111561244e575f5ffd5b5f5f5f60408486031215612511575f5ffd5b8335925060208401356001600160401b0381111561252d575f5ffd5b612539868287016124bf565b9497909650939450505050565b5f60a08284031215612556575f5ffd5b50919050565b5f60a0828403121561256c575f5ffd5b6125768383612546565b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f612576602083018461257d565b5f8151808452602084019350602083015f5b8281101561262257815180516001600160a01b03168752602080820151818901526040808301516001600160401b03169089015260609182015191880191909152608090960195909101906001016125cf565b5093949350505050565b6001600160a01b03851681526080602082018190525f9061264f908301866125bd565b6001600160401b03949094166040830152506060015292915050565b5f60c08284031215612556575f5ffd5b5f60c0828403121561268b575f5ffd5b612576838361266b565b80356001600160a01b03811681146126ab575f5ffd5b919050565b803580151581146126ab575f5ffd5b5f5f5f5f608085870312156126d2575f5ffd5b6126db85612695565b93506126e9602086016126b0565b93969395505050506040820135916060013590565b5f6020828403121561270e575f5ffd5b61257682612695565b606081525f612729606083018661257d565b828103602084015261273b818661257d565b9150506001600160401b0383166040830152949350505050565b5f5f5f5f5f60808688031215612769575f5ffd5b61277286612695565b9450612780602087016126b0565b93506040860135925060608601356001600160401b038111156127a1575f5ffd5b6127ad88828901612411565b969995985093965092949392505050565b5f5f83601f8401126127ce575f5ffd5b5081356001600160401b038111156127e4575f5ffd5b6020830191508360208260051b850101111561244e575f5ffd5b5f5f5f5f60408587031215612811575f5ffd5b84356001600160401b03811115612826575f5ffd5b8501601f81018713612836575f5ffd5b80356001600160401b0381111561284b575f5ffd5b87602060a08302840101111561285f575f5ffd5b6020918201955093508501356001600160401b0381111561287e575f5ffd5b6124b3878288016127be565b80356001600160401b03811681146126ab575f5ffd5b5f5f604083850312156128b1575f5ffd5b6128ba83612695565b91506128c86020840161288a565b90509250929050565b5f5f5f5f5f5f608087890312156128e6575f5ffd5b6128ef87612695565b955060208701356001600160401b03811115612909575f5ffd5b61291589828a01612411565b90965094505060408701356001600160401b03811115612933575f5ffd5b61293f89828a01612411565b909450925061295290506060880161288a565b90509295509295509295565b5f5f5f5f5f60808688031215612972575f5ffd5b61297b8661288a565b9450602086013593506040860135925060608601356001600160401b038111156129a3575f5ffd5b6127ad888289016127be565b5f602082840312156129bf575f5ffd5b5035919050565b602080825282518282018190525f918401906040840190835b81811015612a065783516001600160a01b03168352602093840193909201916001016129df565b509095945050505050565b610c80810181835f5b6064811015612a39578151835260209283019290910190600101612a1a565b50505092915050565b602081525f61257660208301846125bd565b5f5f5f60608486031215612a66575f5ffd5b612a6f8461288a565b95602085013595506040909401359392505050565b5f5f5f5f60408587031215612a97575f5ffd5b84356001600160401b03811115612aac575f5ffd5b612ab8878288016124bf565b90955093505060208501356001600160401b0381111561287e575f5ffd5b5f5f5f60c08486031215612ae8575f5ffd5b612af28585612546565b925060a08401356001600160401b03811115612b0c575f5ffd5b61253986828701612411565b5f5f5f5f5f5f5f5f60a0898b031215612b2f575f5ffd5b612b3889612695565b975060208901356001600160401b03811115612b52575f5ffd5b612b5e8b828c01612411565b90985096505060408901356001600160401b03811115612b7c575f5ffd5b612b888b828c01612411565b9096509450612b9b905060608a0161288a565b925060808901356001600160401b03811115612bb5575f5ffd5b612bc18b828c01612411565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f6101c08789031215612beb575f5ffd5b612bf5888861266b565b955060c08701356001600160401b03811115612c0f575f5ffd5b612c1b89828a01612411565b9096509450612c2f90508860e0890161266b565b92506101a08701356001600160401b03811115612c4a575f5ffd5b612c5689828a01612411565b979a9699509497509295939492505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156109e0576109e0612c68565b5f60208284031215612cab575f5ffd5b6125768261288a565b600181811c90821680612cc857607f821691505b60208210810361255657634e487b7160e01b5f52602260045260245ffd5b808201808211156109e0576109e0612c68565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112612d22575f5ffd5b8301803591506001600160401b03821115612d3b575f5ffd5b60200191503681900382131561244e575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601260045260245ffd5b5f82612d8057612d80612d5e565b500690565b818103818111156109e0576109e0612c68565b634e487b7160e01b5f52604160045260245ffd5b5f60018201612dbd57612dbd612c68565b5060010190565b6001600160c01b0381811683821601908111156109e0576109e0612c68565b83815260406020820181905281018290525f8360608301825b85811015612e2457823582526020808401359083015260409283019290910190600101612dfc565b509695505050505050565b601f8211156114bf57828211156114bf57805f5260205f20601f840160051c6020851015612e5a57505f5b90810190601f840160051c035f5b818110156108b6575f83820155600101612e68565b6001600160401b03831115612e9457612e94612d98565b612ea883612ea28354612cb4565b83612e2f565b5f601f841160018114612ed9575f8515612ec25750838201355b5f19600387901b1c1916600186901b178355610e0a565b5f83815260208120601f198716915b82811015612f085786850135825560209485019460019092019101612ee8565b5086821015612f24575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f612f71604083018688612f36565b8281036020840152610eae818587612f36565b5f81612f9257612f92612c68565b505f190190565b80820281158282048414176109e0576109e0612c68565b5f82612fbe57612fbe612d5e565b50049056",
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

// PackMAXMULTIADDRSSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4530f0f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MULTIADDRS_SIZE() view returns(uint256)
func (ring *Ring) PackMAXMULTIADDRSSIZE() []byte {
	enc, err := ring.abi.Pack("MAX_MULTIADDRS_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMULTIADDRSSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4530f0f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MULTIADDRS_SIZE() view returns(uint256)
func (ring *Ring) TryPackMAXMULTIADDRSSIZE() ([]byte, error) {
	return ring.abi.Pack("MAX_MULTIADDRS_SIZE")
}

// UnpackMAXMULTIADDRSSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4530f0f0.
//
// Solidity: function MAX_MULTIADDRS_SIZE() view returns(uint256)
func (ring *Ring) UnpackMAXMULTIADDRSSIZE(data []byte) (*big.Int, error) {
	out, err := ring.abi.Unpack("MAX_MULTIADDRS_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPEERIDSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeacdafba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PEER_ID_SIZE() view returns(uint256)
func (ring *Ring) PackMAXPEERIDSIZE() []byte {
	enc, err := ring.abi.Pack("MAX_PEER_ID_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPEERIDSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeacdafba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PEER_ID_SIZE() view returns(uint256)
func (ring *Ring) TryPackMAXPEERIDSIZE() ([]byte, error) {
	return ring.abi.Pack("MAX_PEER_ID_SIZE")
}

// UnpackMAXPEERIDSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeacdafba.
//
// Solidity: function MAX_PEER_ID_SIZE() view returns(uint256)
func (ring *Ring) UnpackMAXPEERIDSIZE(data []byte) (*big.Int, error) {
	out, err := ring.abi.Unpack("MAX_PEER_ID_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackPEERINFOTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3f9c246.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PEER_INFO_TYPEHASH() view returns(bytes32)
func (ring *Ring) PackPEERINFOTYPEHASH() []byte {
	enc, err := ring.abi.Pack("PEER_INFO_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPEERINFOTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3f9c246.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PEER_INFO_TYPEHASH() view returns(bytes32)
func (ring *Ring) TryPackPEERINFOTYPEHASH() ([]byte, error) {
	return ring.abi.Pack("PEER_INFO_TYPEHASH")
}

// UnpackPEERINFOTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3f9c246.
//
// Solidity: function PEER_INFO_TYPEHASH() view returns(bytes32)
func (ring *Ring) UnpackPEERINFOTYPEHASH(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("PEER_INFO_TYPEHASH", data)
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

// PackGetPeerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bd5853a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPeerInfo(address member) view returns(bytes peerId, bytes multiaddrs, uint64 updated)
func (ring *Ring) PackGetPeerInfo(member common.Address) []byte {
	enc, err := ring.abi.Pack("getPeerInfo", member)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPeerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bd5853a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPeerInfo(address member) view returns(bytes peerId, bytes multiaddrs, uint64 updated)
func (ring *Ring) TryPackGetPeerInfo(member common.Address) ([]byte, error) {
	return ring.abi.Pack("getPeerInfo", member)
}

// GetPeerInfoOutput serves as a container for the return parameters of contract
// method GetPeerInfo.
type GetPeerInfoOutput struct {
	PeerId     []byte
	Multiaddrs []byte
	Updated    uint64
}

// UnpackGetPeerInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2bd5853a.
//
// Solidity: function getPeerInfo(address member) view returns(bytes peerId, bytes multiaddrs, uint64 updated)
func (ring *Ring) UnpackGetPeerInfo(data []byte) (GetPeerInfoOutput, error) {
	out, err := ring.abi.Unpack("getPeerInfo", data)
	outstruct := new(GetPeerInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.PeerId = *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	outstruct.Multiaddrs = *abi.ConvertType(out[1], new([]byte)).(*[]byte)
	outstruct.Updated = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
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

// PackHashPeerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c375955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashPeerInfo(address member, bytes peerId, bytes multiaddrs, uint64 updated) view returns(bytes32)
func (ring *Ring) PackHashPeerInfo(member common.Address, peerId []byte, multiaddrs []byte, updated uint64) []byte {
	enc, err := ring.abi.Pack("hashPeerInfo", member, peerId, multiaddrs, updated)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashPeerInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c375955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashPeerInfo(address member, bytes peerId, bytes multiaddrs, uint64 updated) view returns(bytes32)
func (ring *Ring) TryPackHashPeerInfo(member common.Address, peerId []byte, multiaddrs []byte, updated uint64) ([]byte, error) {
	return ring.abi.Pack("hashPeerInfo", member, peerId, multiaddrs, updated)
}

// UnpackHashPeerInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c375955.
//
// Solidity: function hashPeerInfo(address member, bytes peerId, bytes multiaddrs, uint64 updated) view returns(bytes32)
func (ring *Ring) UnpackHashPeerInfo(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("hashPeerInfo", data)
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

// PackOutputsBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8c55d40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputsBlock() view returns(uint64)
func (ring *Ring) PackOutputsBlock() []byte {
	enc, err := ring.abi.Pack("outputsBlock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutputsBlock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8c55d40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outputsBlock() view returns(uint64)
func (ring *Ring) TryPackOutputsBlock() ([]byte, error) {
	return ring.abi.Pack("outputsBlock")
}

// UnpackOutputsBlock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8c55d40.
//
// Solidity: function outputsBlock() view returns(uint64)
func (ring *Ring) UnpackOutputsBlock(data []byte) (uint64, error) {
	out, err := ring.abi.Unpack("outputsBlock", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOutputsNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc89406a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outputsNonce() view returns(uint192)
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
// Solidity: function outputsNonce() view returns(uint192)
func (ring *Ring) TryPackOutputsNonce() ([]byte, error) {
	return ring.abi.Pack("outputsNonce")
}

// UnpackOutputsNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc89406a4.
//
// Solidity: function outputsNonce() view returns(uint192)
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

// PackPeerInfoUpdated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf9a3460.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function peerInfoUpdated(address ) view returns(uint64)
func (ring *Ring) PackPeerInfoUpdated(arg0 common.Address) []byte {
	enc, err := ring.abi.Pack("peerInfoUpdated", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeerInfoUpdated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf9a3460.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function peerInfoUpdated(address ) view returns(uint64)
func (ring *Ring) TryPackPeerInfoUpdated(arg0 common.Address) ([]byte, error) {
	return ring.abi.Pack("peerInfoUpdated", arg0)
}

// UnpackPeerInfoUpdated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf9a3460.
//
// Solidity: function peerInfoUpdated(address ) view returns(uint64)
func (ring *Ring) UnpackPeerInfoUpdated(data []byte) (uint64, error) {
	out, err := ring.abi.Unpack("peerInfoUpdated", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackSetPeerInfoFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1f981c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPeerInfoFor(address member, bytes peerId, bytes multiaddrs, uint64 updated, bytes sig) returns()
func (ring *Ring) PackSetPeerInfoFor(member common.Address, peerId []byte, multiaddrs []byte, updated uint64, sig []byte) []byte {
	enc, err := ring.abi.Pack("setPeerInfoFor", member, peerId, multiaddrs, updated, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPeerInfoFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1f981c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPeerInfoFor(address member, bytes peerId, bytes multiaddrs, uint64 updated, bytes sig) returns()
func (ring *Ring) TryPackSetPeerInfoFor(member common.Address, peerId []byte, multiaddrs []byte, updated uint64, sig []byte) ([]byte, error) {
	return ring.abi.Pack("setPeerInfoFor", member, peerId, multiaddrs, updated, sig)
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
	if bytes.Equal(raw[:4], ring.abi.Errors["PeerInfoTooLarge"].ID.Bytes()[:4]) {
		return ring.UnpackPeerInfoTooLargeError(raw[4:])
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
	if bytes.Equal(raw[:4], ring.abi.Errors["StalePeerInfo"].ID.Bytes()[:4]) {
		return ring.UnpackStalePeerInfoError(raw[4:])
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

// RingPeerInfoTooLarge represents a PeerInfoTooLarge error raised by the Ring contract.
type RingPeerInfoTooLarge struct {
	PeerIdSize     *big.Int
	MultiaddrsSize *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PeerInfoTooLarge(uint256 peerIdSize, uint256 multiaddrsSize)
func RingPeerInfoTooLargeErrorID() common.Hash {
	return common.HexToHash("0xcf9eae0a46d977ff6aa002a8a6937150ac30debeac72c0cda407110b77af32bf")
}

// UnpackPeerInfoTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PeerInfoTooLarge(uint256 peerIdSize, uint256 multiaddrsSize)
func (ring *Ring) UnpackPeerInfoTooLargeError(raw []byte) (*RingPeerInfoTooLarge, error) {
	out := new(RingPeerInfoTooLarge)
	if err := ring.abi.UnpackIntoInterface(out, "PeerInfoTooLarge", raw); err != nil {
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

// RingStalePeerInfo represents a StalePeerInfo error raised by the Ring contract.
type RingStalePeerInfo struct {
	Updated uint64
	Stored  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StalePeerInfo(uint64 updated, uint64 stored)
func RingStalePeerInfoErrorID() common.Hash {
	return common.HexToHash("0xe21535b7b97cffa1d694dc0d80f555de32acfa7ad31c280eef7aa2d3118b5054")
}

// UnpackStalePeerInfoError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StalePeerInfo(uint64 updated, uint64 stored)
func (ring *Ring) UnpackStalePeerInfoError(raw []byte) (*RingStalePeerInfo, error) {
	out := new(RingStalePeerInfo)
	if err := ring.abi.UnpackIntoInterface(out, "StalePeerInfo", raw); err != nil {
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
	Bin: "0x6080604052348015600e575f5ffd5b506137128061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806327e5793514610059578063c1ad599b14610090578063d2371130146100a1578063f24dd6b6146100b6578063fb29885d146100e1575b5f5ffd5b61007b610067366004610284565b5f6020819052908152604090205460ff1681565b60405190151581526020015b60405180910390f35b600154604051908152602001610087565b6100a96100f4565b60405161008791906102a4565b6100c96100c43660046102ef565b610154565b6040516001600160a01b039091168152602001610087565b6100c96100ef366004610370565b610234565b6060600180548060200260200160405190810160405280929190818152602001828054801561014a57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161012c575b5050505050905090565b5f8383836040516101649061025c565b610170939291906103cd565b604051809103905ff080158015610189573d5f5f3e3d5ffd5b506001600160a01b038082165f81815260208190526040808220805460ff191660019081179091558054808201825592527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf690910180546001600160a01b0319168317905551929350908616917f462ecd75638d4912e3a1f7098580ae0cfdab07d1bab96e9c6452c03c7307a3009061022590879087906103fa565b60405180910390a39392505050565b60018181548110610243575f80fd5b5f918252602090912001546001600160a01b0316905081565b6132fc8061041683390190565b80356001600160a01b038116811461027f575f5ffd5b919050565b5f60208284031215610294575f5ffd5b61029d82610269565b9392505050565b602080825282518282018190525f918401906040840190835b818110156102e45783516001600160a01b03168352602093840193909201916001016102bd565b509095945050505050565b5f5f5f60408486031215610301575f5ffd5b61030a84610269565b9250602084013567ffffffffffffffff811115610325575f5ffd5b8401601f81018613610335575f5ffd5b803567ffffffffffffffff81111561034b575f5ffd5b8660208260051b840101111561035f575f5ffd5b939660209190910195509293505050565b5f60208284031215610380575f5ffd5b5035919050565b8183526020830192505f815f5b848110156103c3576001600160a01b036103ad83610269565b1686526020958601959190910190600101610394565b5093949350505050565b6001600160a01b03841681526040602082018190525f906103f19083018486610387565b95945050505050565b602081525f61040d602083018486610387565b94935050505056fe608060405234801561000f575f5ffd5b506040516132fc3803806132fc83398101604081905261002e9161023a565b6001600160a01b038216610055576040516349e27cff60e01b815260040160405180910390fd5b606e80546001600160a01b0319166001600160a01b03841617905560015f5b825181101561014b575f83828151811061009057610090610318565b602002602001015190506100a98161017d60201b60201c565b826001600160a01b0316816001600160a01b0316036100eb57604051630268f92960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b6001600160a01b039283165f908152606c602052604080822080546001600160a01b0319169584169586179055519193849290917fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f591a250600101610074565b506001600160a01b03165f908152606c6020526040902080546001600160a01b031916600117905551606d555061032c565b6001600160a01b038116158061019c57506001600160a01b0381166001145b156101c5576040516301b16f7d60e61b81526001600160a01b03821660048201526024016100e2565b6001600160a01b038181165f908152606c6020526040902054161561020857604051630268f92960e01b81526001600160a01b03821660048201526024016100e2565b50565b80516001600160a01b0381168114610221575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f6040838503121561024b575f5ffd5b6102548361020b565b60208401519092506001600160401b0381111561026f575f5ffd5b8301601f8101851361027f575f5ffd5b80516001600160401b0381111561029857610298610226565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102c6576102c6610226565b6040529182526020818401810192908101888411156102e3575f5ffd5b6020850194505b83851015610309576102fb8561020b565b8152602094850194016102ea565b50809450505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b612fc3806103395f395ff3fe608060405234801561000f575f5ffd5b50600436106102ff575f3560e01c80639eab525311610195578063c0fa991d116100e4578063e476bab61161009e578063f1685e6211610079578063f1685e62146107f5578063f698da25146107fe578063f751dc3114610806578063fe3616161461082d575f5ffd5b8063e476bab6146107b3578063e732e46a146107c6578063eacdafba146107ed575f5ffd5b8063c0fa991d146106e6578063c35eedfb146106ee578063c89406a41461073a578063d014c01f14610765578063d1f981c214610778578063df9a34601461078b575f5ffd5b8063b2bdf7dd1161014f578063b7035f0f1161012a578063b7035f0f14610693578063b8a24252146106a6578063b8c55d40146106b9578063be285bd7146106d3575f5ffd5b8063b2bdf7dd1461065a578063b42652e91461066d578063b59ce22114610680575f5ffd5b80639eab5253146105ce578063a230c524146105e3578063a3f9c246146105f6578063ac981ed41461061d578063af6ba97914610632578063b0d5713714610645575f5ffd5b80634260781111610251578063715183241161020b5780638937b489116101e65780638937b489146105365780638da5cb5b1461055d5780639149bdf2146105885780639c74ec22146105a7575f5ffd5b806371518324146104f157806372f8642b146105045780637ecebe0014610517575f5ffd5b806342607811146104565780634293c6b41461047d5780634530f0f0146104905780634e8c819c146104995780636a41ef3b146104a15780636c375955146104de575f5ffd5b80631865c57d116102bc57806320606b701161029757806320606b70146103e7578063262afeaf1461040e5780632bd5853a146104215780632eff9f8814610443575f5ffd5b80631865c57d146103b45780631d0cd5a6146103cc5780631f618cd2146103df575f5ffd5b8063035a098b146103035780630cbb0f831461031857806311aee38014610348578063129a7bcb1461035f57806315911f6a14610372578063172b4a8114610385575b5f5ffd5b610316610311366004612455565b610835565b005b60035461032b906001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b610351606d5481565b60405190815260200161033f565b61035161036d3660046124ff565b6108be565b61035161038036600461255c565b61093e565b6103a7604051806040016040528060048152602001620b889160e51b81525081565b60405161033f91906125ab565b6103bc6109e6565b60405161033f949392919061262c565b6103516103da36600461267b565b610a20565b606854610351565b6103517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b61035161041c3660046126bf565b610adb565b61043461042f3660046126fe565b610b49565b60405161033f93929190612717565b610316610451366004612755565b610cab565b6103517f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec81565b61031661048b3660046127fe565b610d91565b61035161040081565b610351606481565b6104ce6104af3660046128a0565b606b60209081525f928352604080842090915290825290205460ff1681565b604051901515815260200161033f565b6103516104ec3660046128d1565b610e11565b6103166104ff36600461295e565b610eb9565b6103a76105123660046126fe565b611087565b6103516105253660046126fe565b60016020525f908152604090205481565b6103517f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca81565b606e54610570906001600160a01b031681565b6040516001600160a01b03909116815260200161033f565b6103516105963660046129af565b60696020525f908152604090205481565b6103517fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a8355181565b6105d661111e565b60405161033f91906129c6565b6104ce6105f13660046126fe565b61120a565b6103517f259db388194799a7cb1463fb170e61b2eed5f9bdc10f060ad44d8a78098955be81565b610625611240565b60405161033f9190612a11565b6103a76106403660046126fe565b61127c565b61064d611294565b60405161033f9190612a42565b610351610668366004612a54565b6112a3565b61031661067b3660046126fe565b611300565b61031661068e366004612a84565b611337565b6103516106a13660046129af565b61147f565b6103516106b43660046129af565b611495565b606a5461032b90600160c01b90046001600160401b031681565b6103166106e1366004612ad6565b6114b4565b610351600281565b61071d6106fc3660046126fe565b5f60208190529081526040902080546001909101546001600160401b031682565b604080519283526001600160401b0390911660208301520161033f565b606a5461074d906001600160c01b031681565b6040516001600160c01b03909116815260200161033f565b6103166107733660046126fe565b6114c4565b610316610786366004612b18565b6114f8565b61032b6107993660046126fe565b60716020525f90815260409020546001600160401b031681565b6103166107c1366004612bd5565b611607565b6103517f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b7326081565b610351604081565b61035160025481565b610351611833565b6103517ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f81565b610351600381565b610841848484846118d7565b61084a3361120a565b61086e576040516305b5850b60e21b81523360048201526024015b60405180910390fd5b335f818152607160205260409020546001600160401b039081169142916108b691908890889088908890871688106108b0576108ab886001612c7c565b611915565b86611915565b505050505050565b5f6109367f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec30866108ef87876119c2565b6040805160208101959095526001600160a01b03909316928401929092526060830152608082015260a0015b604051602081830303815290604052805190602001206119d7565b949350505050565b5f6109e07f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b732603061097160208601866126fe565b60208601356109866060880160408901612c9b565b6040805160208101969096526001600160a01b0394851690860152919092166060808501919091526080808501939093526001600160401b0390911660a084015285013560c083015284013560e08201526101000161091b565b92915050565b606e545f90606090829081906001600160a01b0316610a03611a1d565b60035460025492979196506001600160401b031694509092509050565b5f6109e07fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a8355130610a5360208601866126fe565b610a636040870160208801612c9b565b604087013560608801356080890135610a8260c08b0160a08c01612c9b565b6040805160208101999099526001600160a01b03978816908901529590941660608701526001600160401b03928316608087015260a086019190915260c085015260e0840191909152166101008201526101200161091b565b604080517f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca602082015230918101919091526001600160a01b0385166060820152831515608082015260a0810183905260c081018290525f90610b409060e00161091b565b95945050505050565b6001600160a01b0381165f908152606f60209081526040808320607083528184206071909352908320548154606094859490939290916001600160401b03909116908390610b9690612cb4565b80601f0160208091040260200160405190810160405280929190818152602001828054610bc290612cb4565b8015610c0d5780601f10610be457610100808354040283529160200191610c0d565b820191905f5260205f20905b815481529060010190602001808311610bf057829003601f168201915b50505050509250818054610c2090612cb4565b80601f0160208091040260200160405190810160405280929190818152602001828054610c4c90612cb4565b8015610c975780601f10610c6e57610100808354040283529160200191610c97565b820191905f5260205f20905b815481529060010190602001808311610c7a57829003601f168201915b505050505091509250925092509193909250565b82421115610ccf57604051637c06dd7560e11b815260048101849052602401610865565b606e546001600160a01b03165f8181526001602052604081205490610d00610cf98989858a610adb565b8686611ba6565b9050826001600160a01b0316816001600160a01b031614610d47576040516377f0734360e11b81526001600160a01b03808316600483015284166024820152604401610865565b610d52826001612ce6565b6001600160a01b0384165f908152600160205260409020558615610d7e57610d7988611cd8565b610d87565b610d8788611d89565b5050505050505050565b828114610db4576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610e0a57610e02858583818110610dd357610dd3612cf9565b905060a00201848484818110610deb57610deb612cf9565b9050602002810190610dfd9190612d0d565b611ebf565b600101610db6565b5050505050565b5f610eae7f259db388194799a7cb1463fb170e61b2eed5f9bdc10f060ad44d8a78098955be30898989604051610e48929190612d4f565b60405180910390208888604051610e60929190612d4f565b6040805191829003822060208301969096526001600160a01b0394851690820152929091166060830152608082015260a08101919091526001600160401b03841660c082015260e00161091b565b979650505050505050565b6003546001600160401b03868116911614610efe5760035460405163cf26be2960e01b81526001600160401b0391821660048201529086166024820152604401610865565b6002548314610f2e5760025460405163bddb402d60e01b8152600481019190915260248101849052604401610865565b610f43610f3c8686866112a3565b83836121aa565b836004610f5a60646001600160401b038916612d72565b60648110610f6a57610f6a612cf9565b01556002849055610f7c856001612c7c565b6003805467ffffffffffffffff19166001600160401b039283161790556040805186815260208101869052918716917f06f6c5cabfa37c190a8f3aa87a9a7f75c1ce15a6a7fe6f6cc96388659c8dcbcc910160405180910390a26064610fec6001600160401b0387166001612ce6565b610ff69190612d72565b5f03610e0a5760688054600181810183555f8390527fa2153420d844928b4421650203c77babc8b33d7f2e7b450e2966db0c22097753909101869055905461103e9190612d85565b604080516001600160401b0388168152602081018790527fd01693abf2117383e53d02506d1538f4216c1de665730f83fd1b39c72303d1e7910160405180910390a25050505050565b60706020525f90815260409020805461109f90612cb4565b80601f01602080910402602001604051908101604052809291908181526020018280546110cb90612cb4565b80156111165780601f106110ed57610100808354040283529160200191611116565b820191905f5260205f20905b8154815290600101906020018083116110f957829003601f168201915b505050505081565b6060606d546001600160401b0381111561113a5761113a612d98565b604051908082528060200260200182016040528015611163578160200160208202803683370190505b5060015f908152606c6020527fdcf345d7f6a8deb7427d0fee62009fa15100353a1c666b51bb5387b25addcfa9549192506001600160a01b03909116905b6001600160a01b03821660011461120557818382815181106111c5576111c5612cf9565b6001600160a01b039283166020918202929092018101919091529281165f908152606c909352604090922054909116906111fe81612dac565b90506111a1565b505090565b5f6001600160a01b0382166001148015906109e05750506001600160a01b039081165f908152606c602052604090205416151590565b6112486123a5565b60408051610c808101918290529060049060649082845b81548152602001906001019080831161125f575050505050905090565b606f6020525f90815260409020805461109f90612cb4565b606061129e611a1d565b905090565b604080517ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f602082015230918101919091526001600160401b03841660608201526080810183905260a081018290525f906109369060c00161091b565b606e546001600160a01b0316331461132b576040516330cd747160e01b815260040160405180910390fd5b61133481611d89565b50565b606a546001600160c01b03165f61134e86866119c2565b604080517f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec602082015230918101919091526001600160c01b0384166060820152608081018290529091506113b0906113a99060a00161091b565b85856121aa565b5f5b8581101561140c578686828181106113cc576113cc612cf9565b9050604002016020013560695f8989858181106113eb576113eb612cf9565b604090810292909201358352506020820192909252015f20556001016113b2565b50611418826001612dc4565b6001600160401b034316600160c01b026001600160c01b0391821617606a55604051908316907f2098f3f3d27454d70d0b8ca17ce6cf64723eb563d7e9146dcdf5e16444b8e3979061146f9084908a908a90612de3565b60405180910390a2505050505050565b6004816064811061148e575f80fd5b0154905081565b606881815481106114a4575f80fd5b5f91825260209091200154905081565b6114bf838383611ebf565b505050565b606e546001600160a01b031633146114ef576040516330cd747160e01b815260040160405180910390fd5b61133481611cd8565b611504878787876118d7565b5f61151d6115168a8a8a8a8a8a610e11565b8484611ba6565b9050886001600160a01b0316816001600160a01b031614611564576040516377f0734360e11b81526001600160a01b0380831660048301528a166024820152604401610865565b61156d8961120a565b611595576040516305b5850b60e21b81526001600160a01b038a166004820152602401610865565b6001600160a01b0389165f908152607160205260409020546001600160401b0390811690851681106115ed5760405163e21535b760e01b81526001600160401b03808716600483015282166024820152604401610865565b6115fb8a8a8a8a8a8a611915565b50505050505050505050565b61161460208401846126fe565b6001600160a01b031661162a60208801886126fe565b6001600160a01b0316141580611670575061164b6040840160208501612c9b565b6001600160401b03166116646040880160208901612c9b565b6001600160401b031614155b1561168e57604051631137a6c960e01b815260040160405180910390fd5b5f61169a8787876122c5565b90505f6116a88585856122c5565b90508082036116ca57604051631137a6c960e01b815260040160405180910390fd5b606b5f6116da60208b018b6126fe565b6001600160a01b03166001600160a01b031681526020019081526020015f205f89602001602081019061170d9190612c9b565b6001600160401b0316815260208101919091526040015f205460ff16156117475760405163eb3a7b3f60e01b815260040160405180910390fd5b6001606b5f61175960208c018c6126fe565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8a602001602081019061178c9190612c9b565b6001600160401b031681526020808201929092526040015f20805460ff1916921515929092179091556117c1908901896126fe565b6001600160a01b03167f4f10fe1b7a711d58356b2d654d7a6a42460d06cbb6d03e2903128f9ac9840fa36117fb60408b0160208c01612c9b565b604080516001600160401b03909216825260208201869052810184905233606082015260800160405180910390a25050505050505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fb447a1b2f137b25ce8385136029287092c348564afced1e05a89f9588b97cc17918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60408311806118e7575061040081115b1561190f576040516367cf570560e11b81526004810184905260248101829052604401610865565b50505050565b6001600160a01b0386165f908152606f60205260409020611937858783612e7d565b506001600160a01b0386165f90815260706020526040902061195a838583612e7d565b506001600160a01b0386165f8181526071602052604090819020805467ffffffffffffffff19166001600160401b038516179055517fb08d2da0e893c1660c55ae10981e15a1840fa4de4c4b2dd737211fbc6588bda79061146f908890889088908890612f5e565b5f604051604083028085833790209392505050565b5f6119e0611833565b60405161190160f01b6020820152602281019190915260428101839052606201604051602081830303815290604052805190602001209050919050565b60605f611a2861111e565b905080516001600160401b03811115611a4357611a43612d98565b604051908082528060200260200182016040528015611a9357816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f19909201910181611a615790505b5091505f5b8151811015611205575f5f5f848481518110611ab657611ab6612cf9565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f2090506040518060800160405280848481518110611afc57611afc612cf9565b60200260200101516001600160a01b03168152602001825f01548152602001826001015f9054906101000a90046001600160401b03166001600160401b0316815260200160015f868681518110611b5557611b55612cf9565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f2054815250848381518110611b9257611b92612cf9565b602090810291909101015250600101611a98565b5f60418214611bc85760405163d7bad83f60e01b815260040160405180910390fd5b8235602084013560408501355f1a601b8114801590611beb57508060ff16601c14155b15611c09576040516334e248bb60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115611c4a576040516363376d6d60e01b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015611c9a573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416611cce57604051635cd5d23360e01b815260040160405180910390fd5b5050509392505050565b611ce18161231a565b606c6020527fdcf345d7f6a8deb7427d0fee62009fa15100353a1c666b51bb5387b25addcfa980546001600160a01b038381165f818152604081208054939094166001600160a01b03199384161790935560018352835490911617909155606d8054909190611d4f90612dac565b909155506040516001600160a01b038216907fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f5905f90a250565b611d928161120a565b611dba576040516305b5850b60e21b81526001600160a01b0382166004820152602401610865565b60015b6001600160a01b038181165f908152606c6020526040902054811690831614611dff576001600160a01b039081165f908152606c602052604090205416611dbd565b6001600160a01b038281165f818152606c60209081526040808320805487871685528285208054919097166001600160a01b0319918216179096559383528354909416909255606f909152908120611e56916123c4565b6001600160a01b0382165f908152607060205260408120611e76916123c4565b606d5f8154611e8490612f84565b909155506040516001600160a01b038316907f81df7148ed3a9aa51bafe04f44371e89b96f47294267fbf6ab28b7aa8c87b386905f90a25050565b8260800135421115611eea57604051637c06dd7560e11b815260808401356004820152602401610865565b5f611ef76115168561093e565b9050611f0660208501856126fe565b6001600160a01b0316816001600160a01b031614611f585780611f2c60208601866126fe565b6040516377f0734360e11b81526001600160a01b03928316600482015291166024820152604401610865565b611f686105f160208601866126fe565b611f9e57611f7960208501856126fe565b6040516305b5850b60e21b81526001600160a01b039091166004820152602401610865565b5f600181611faf60208801886126fe565b6001600160a01b03166001600160a01b031681526020019081526020015f205490508085606001351461200257604051633ddd513160e01b81526004810182905260608601356024820152604401610865565b5f808061201260208901896126fe565b6001600160a01b03168152602081019190915260409081015f2060018101549092506001600160401b03169061204e9060608901908901612c9b565b6001600160401b0316116120a65760018101546001600160401b031661207a6060880160408901612c9b565b604051636326c85f60e11b81526001600160401b03928316600482015291166024820152604401610865565b60208601356120c857604051632254e2a760e21b815260040160405180910390fd5b6120d3826001612ce6565b60015f6120e360208a018a6126fe565b6001600160a01b0316815260208082019290925260409081015f209290925587013582556121179060608801908801612c9b565b60018201805467ffffffffffffffff19166001600160401b039290921691909117905561214760208701876126fe565b6001600160a01b03167ff9e1804eed257dc0aa38e3016455e0dc97cf9f53b893f4b5e1ab0d3c6498f9f5602088013561218660608a0160408b01612c9b565b604080519283526001600160401b039091166020830152810185905260600161146f565b5f5f5b82811015612252575f6121e3868686858181106121cc576121cc612cf9565b90506020028101906121de9190612d0d565b611ba6565b90506121ee8161120a565b612216576040516305b5850b60e21b81526001600160a01b0382166004820152602401610865565b826001600160a01b0316816001600160a01b0316116122485760405163af39015160e01b815260040160405180910390fd5b91506001016121ad565b505f6003600160036002612265606d5490565b61226f9190612f99565b6122799190612ce6565b6122839190612d85565b61228d9190612fb0565b9050805f0361229a575060015b80831015610e0a576040516356159fd160e01b81526004810184905260248101829052604401610865565b5f6122cf84610a20565b90505f6122dd828585611ba6565b90506122ec60208601866126fe565b6001600160a01b0316816001600160a01b0316146123125780611f2c60208701876126fe565b509392505050565b6001600160a01b038116158061233957506001600160a01b0381166001145b15612362576040516301b16f7d60e61b81526001600160a01b0382166004820152602401610865565b6001600160a01b038181165f908152606c6020526040902054161561133457604051630268f92960e01b81526001600160a01b0382166004820152602401610865565b60405180610c8001604052806064906020820280368337509192915050565b5080546123d090612cb4565b5f825580601f106123df575050565b601f0160209004905f5260205f20906123f891906123fa565b565b5f5b808211156114bf575f818401556001016123fc565b5f5f83601f840112612421575f5ffd5b5081356001600160401b03811115612437575f5ffd5b60208301915083602082850101111561244e575f5ffd5b9250929050565b5f5f5f5f60408587031215612468575f5ffd5b84356001600160401b0381111561247d575f5ffd5b61248987828801612411565b90955093505060208501356001600160401b038111156124a7575f5ffd5b6124b387828801612411565b95989497509550505050565b5f5f83601f8401126124cf575f5ffd5b5081356001600160401b038111156124e5575f5ffd5b6020830191508360208260061b850101111561244e575f5ffd5b5f5f5f60408486031215612511575f5ffd5b8335925060208401356001600160401b0381111561252d575f5ffd5b612539868287016124bf565b9497909650939450505050565b5f60a08284031215612556575f5ffd5b50919050565b5f60a0828403121561256c575f5ffd5b6125768383612546565b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f612576602083018461257d565b5f8151808452602084019350602083015f5b8281101561262257815180516001600160a01b03168752602080820151818901526040808301516001600160401b03169089015260609182015191880191909152608090960195909101906001016125cf565b5093949350505050565b6001600160a01b03851681526080602082018190525f9061264f908301866125bd565b6001600160401b03949094166040830152506060015292915050565b5f60c08284031215612556575f5ffd5b5f60c0828403121561268b575f5ffd5b612576838361266b565b80356001600160a01b03811681146126ab575f5ffd5b919050565b803580151581146126ab575f5ffd5b5f5f5f5f608085870312156126d2575f5ffd5b6126db85612695565b93506126e9602086016126b0565b93969395505050506040820135916060013590565b5f6020828403121561270e575f5ffd5b61257682612695565b606081525f612729606083018661257d565b828103602084015261273b818661257d565b9150506001600160401b0383166040830152949350505050565b5f5f5f5f5f60808688031215612769575f5ffd5b61277286612695565b9450612780602087016126b0565b93506040860135925060608601356001600160401b038111156127a1575f5ffd5b6127ad88828901612411565b969995985093965092949392505050565b5f5f83601f8401126127ce575f5ffd5b5081356001600160401b038111156127e4575f5ffd5b6020830191508360208260051b850101111561244e575f5ffd5b5f5f5f5f60408587031215612811575f5ffd5b84356001600160401b03811115612826575f5ffd5b8501601f81018713612836575f5ffd5b80356001600160401b0381111561284b575f5ffd5b87602060a08302840101111561285f575f5ffd5b6020918201955093508501356001600160401b0381111561287e575f5ffd5b6124b3878288016127be565b80356001600160401b03811681146126ab575f5ffd5b5f5f604083850312156128b1575f5ffd5b6128ba83612695565b91506128c86020840161288a565b90509250929050565b5f5f5f5f5f5f608087890312156128e6575f5ffd5b6128ef87612695565b955060208701356001600160401b03811115612909575f5ffd5b61291589828a01612411565b90965094505060408701356001600160401b03811115612933575f5ffd5b61293f89828a01612411565b909450925061295290506060880161288a565b90509295509295509295565b5f5f5f5f5f60808688031215612972575f5ffd5b61297b8661288a565b9450602086013593506040860135925060608601356001600160401b038111156129a3575f5ffd5b6127ad888289016127be565b5f602082840312156129bf575f5ffd5b5035919050565b602080825282518282018190525f918401906040840190835b81811015612a065783516001600160a01b03168352602093840193909201916001016129df565b509095945050505050565b610c80810181835f5b6064811015612a39578151835260209283019290910190600101612a1a565b50505092915050565b602081525f61257660208301846125bd565b5f5f5f60608486031215612a66575f5ffd5b612a6f8461288a565b95602085013595506040909401359392505050565b5f5f5f5f60408587031215612a97575f5ffd5b84356001600160401b03811115612aac575f5ffd5b612ab8878288016124bf565b90955093505060208501356001600160401b0381111561287e575f5ffd5b5f5f5f60c08486031215612ae8575f5ffd5b612af28585612546565b925060a08401356001600160401b03811115612b0c575f5ffd5b61253986828701612411565b5f5f5f5f5f5f5f5f60a0898b031215612b2f575f5ffd5b612b3889612695565b975060208901356001600160401b03811115612b52575f5ffd5b612b5e8b828c01612411565b90985096505060408901356001600160401b03811115612b7c575f5ffd5b612b888b828c01612411565b9096509450612b9b905060608a0161288a565b925060808901356001600160401b03811115612bb5575f5ffd5b612bc18b828c01612411565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f6101c08789031215612beb575f5ffd5b612bf5888861266b565b955060c08701356001600160401b03811115612c0f575f5ffd5b612c1b89828a01612411565b9096509450612c2f90508860e0890161266b565b92506101a08701356001600160401b03811115612c4a575f5ffd5b612c5689828a01612411565b979a9699509497509295939492505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156109e0576109e0612c68565b5f60208284031215612cab575f5ffd5b6125768261288a565b600181811c90821680612cc857607f821691505b60208210810361255657634e487b7160e01b5f52602260045260245ffd5b808201808211156109e0576109e0612c68565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112612d22575f5ffd5b8301803591506001600160401b03821115612d3b575f5ffd5b60200191503681900382131561244e575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601260045260245ffd5b5f82612d8057612d80612d5e565b500690565b818103818111156109e0576109e0612c68565b634e487b7160e01b5f52604160045260245ffd5b5f60018201612dbd57612dbd612c68565b5060010190565b6001600160c01b0381811683821601908111156109e0576109e0612c68565b83815260406020820181905281018290525f8360608301825b85811015612e2457823582526020808401359083015260409283019290910190600101612dfc565b509695505050505050565b601f8211156114bf57828211156114bf57805f5260205f20601f840160051c6020851015612e5a57505f5b90810190601f840160051c035f5b818110156108b6575f83820155600101612e68565b6001600160401b03831115612e9457612e94612d98565b612ea883612ea28354612cb4565b83612e2f565b5f601f841160018114612ed9575f8515612ec25750838201355b5f19600387901b1c1916600186901b178355610e0a565b5f83815260208120601f198716915b82811015612f085786850135825560209485019460019092019101612ee8565b5086821015612f24575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f612f71604083018688612f36565b8281036020840152610eae818587612f36565b5f81612f9257612f92612c68565b505f190190565b80820281158282048414176109e0576109e0612c68565b5f82612fbe57612fbe612d5e565b50049056",
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
