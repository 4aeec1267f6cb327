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

// RingLogsSession is an auto generated low-level Go binding around an user-defined struct.
type RingLogsSession struct {
	Key       common.Address
	NotBefore uint64
	Expiry    uint64
	Sig       []byte
}

// RingMetaData contains all meta data concerning the Ring contract.
var RingMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"AlreadyMember\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"BadEntryIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"got\",\"type\":\"bytes32\"}],\"name\":\"BadEntryPrev\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"BadSessionKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSessionWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignatureLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignatureV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ForkAlreadyReported\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"InvalidMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"have\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"need\",\"type\":\"uint256\"}],\"name\":\"NoMajority\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAFork\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotMember\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"peerIdSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"multiaddrsSize\",\"type\":\"uint256\"}],\"name\":\"PeerInfoTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"SeqNotIncreasing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"SessionExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"revokedAt\",\"type\":\"uint64\"}],\"name\":\"SessionKeyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"}],\"name\":\"SessionNotYetValid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"SignerMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"updated\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"stored\",\"type\":\"uint64\"}],\"name\":\"StalePeerInfo\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroHead\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"checkpoint\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"}],\"name\":\"CheckpointArchived\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"nodeA\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"nodeB\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"}],\"name\":\"ForkReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"LogHeadUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberEntered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"MemberExited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputsHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pin\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structRingLogs.Output[]\",\"name\":\"outputs\",\"type\":\"tuple[]\"}],\"name\":\"OutputsRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"}],\"name\":\"PeerInfoUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"}],\"name\":\"RingEntryCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"revokedAt\",\"type\":\"uint64\"}],\"name\":\"SessionRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHECKPOINT_FREQUENCY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FLUSH_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LOG_NODE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MULTIADDRS_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SESSION_TIME\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MEMBERSHIP_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OUTPUTS_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PEER_INFO_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_ENTRY_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_MAJORITY_DENOMINATOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RING_MAJORITY_NUMERATOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESSION_REVOCATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESSION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enter_\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"changeMembership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"checkpointCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"checkpoints\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cidPrefix\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"commitEntry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"enter\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"exit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.FlushRequest\",\"name\":\"f\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"flush\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.FlushRequest[]\",\"name\":\"fs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"flushMany\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.FlushRequest[]\",\"name\":\"fs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structRingLogs.Session[]\",\"name\":\"ss\",\"type\":\"tuple[]\"}],\"name\":\"flushManyWithSessions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.FlushRequest\",\"name\":\"f\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structRingLogs.Session\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"flushWithSession\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"forkReported\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getHeads\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.MemberHead[]\",\"name\":\"heads\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMembers\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"}],\"name\":\"getPeerInfo\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"updated\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRingLogs\",\"outputs\":[{\"internalType\":\"bytes32[100]\",\"name\":\"\",\"type\":\"bytes32[100]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getState\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.MemberHead[]\",\"name\":\"heads\",\"type\":\"tuple[]\"},{\"internalType\":\"uint64\",\"name\":\"entryCount_\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"ringNodeHead_\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structRingLogs.FlushRequest\",\"name\":\"f\",\"type\":\"tuple\"}],\"name\":\"hashFlush\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"refs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"internalType\":\"structRingLogs.LogNodeClaim\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"hashLogNode\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"enter\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"hashMembership\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pin\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"internalType\":\"structRingLogs.Output[]\",\"name\":\"outs\",\"type\":\"tuple[]\"}],\"name\":\"hashOutputs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"updated\",\"type\":\"uint64\"}],\"name\":\"hashPeerInfo\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"entry\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"}],\"name\":\"hashRingEntry\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"hashSession\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"hashSessionRevocation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"members_\",\"type\":\"address[]\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"logNodeHeads\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"head\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"memberCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"outputs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputsBlock\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"outputsNonce\",\"outputs\":[{\"internalType\":\"uint192\",\"name\":\"\",\"type\":\"uint192\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"peerIds\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"peerInfoUpdated\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"publicMultiaddresses\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pin\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"internalType\":\"structRingLogs.Output[]\",\"name\":\"outs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"registerOutputs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"refs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"internalType\":\"structRingLogs.LogNodeClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"refs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"internalType\":\"structRingLogs.LogNodeClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"reportFork\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"refs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"internalType\":\"structRingLogs.LogNodeClaim\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structRingLogs.Session\",\"name\":\"sa\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"seq\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prev\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"refs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"body\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"time\",\"type\":\"uint64\"}],\"internalType\":\"structRingLogs.LogNodeClaim\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"internalType\":\"structRingLogs.Session\",\"name\":\"sb\",\"type\":\"tuple\"}],\"name\":\"reportForkWithSessions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"revokeSession\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"revokeSessionFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"ringLogs\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ringNodeHead\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"sessionRevokedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"}],\"name\":\"setPeerInfo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"member\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"multiaddrs\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"updated\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"setPeerInfoFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Ring",
	Bin: "0x6080604052348015600e575f5ffd5b50606f805460ff60a01b1916600160a01b17905560015f819052606d6020527fbb98d58f7e9fdb81be27aecd01537329fa27413effec04afc2f01e87a038c2ba80546001600160a01b0319169091179055613d4c8061006c5f395ff3fe608060405234801561000f575f5ffd5b50600436106103bf575f3560e01c80639149bdf2116101f5578063be285bd711610114578063e476bab6116100a9578063f698da2511610079578063f698da25146109d2578063f751dc31146109da578063fbf338b914610a01578063fe36161614610a14575f5ffd5b8063e476bab614610987578063e732e46a1461099a578063eacdafba146109c1578063f1685e62146109c9575f5ffd5b8063c89406a4116100e4578063c89406a41461090e578063d014c01f14610939578063d1f981c21461094c578063df9a34601461095f575f5ffd5b8063be285bd714610880578063c0fa991d14610893578063c35eedfb1461089b578063c557ccde146108e7575f5ffd5b8063b0d571371161018a578063b7035f0f1161015a578063b7035f0f14610832578063b88ef69a14610845578063b8a2425214610853578063b8c55d4014610866575f5ffd5b8063b0d57137146107e4578063b2bdf7dd146107f9578063b42652e91461080c578063b59ce2211461081f575f5ffd5b8063a230c524116101c5578063a230c52414610782578063a3f9c24614610795578063ac981ed4146107bc578063af6ba979146107d1575f5ffd5b80639149bdf214610714578063946d9204146107335780639c74ec22146107465780639eab52531461076d575f5ffd5b80632eff9f88116102e15780636a41ef3b116102765780637ecebe00116102465780637ecebe001461067c57806387b61fdd1461069b5780638937b489146106c25780638da5cb5b146106e9575f5ffd5b80636a41ef3b146106065780636c37595514610643578063715183241461065657806372f8642b14610669575f5ffd5b80634293c6b4116102b15780634293c6b4146105af5780634530f0f0146105c25780634e8c819c146105cb57806360c6f91d146105d3575f5ffd5b80632eff9f881461054f578063346c38f61461056257806340c1d2dd146105755780634260781114610588575f5ffd5b8063172b4a81116103575780631fa5d6a4116103275780631fa5d6a4146104e057806320606b70146104f3578063262afeaf1461051a5780632bd5853a1461052d575f5ffd5b8063172b4a811461047e5780631865c57d146104ad5780631d0cd5a6146104c55780631f618cd2146104d8575f5ffd5b80630cc4a2ad116103925780630cc4a2ad1461043c57806311aee3801461044f578063129a7bcb1461045857806315911f6a1461046b575f5ffd5b806302c8287c146103c3578063035a098b146103e95780630bc61660146103fe5780630cbb0f8314610411575b5f5ffd5b6103d66103d1366004612ed5565b610a1c565b6040519081526020015b60405180910390f35b6103fc6103f7366004612f6a565b610aaa565b005b6103fc61040c366004612fd4565b610b33565b600354610424906001600160401b031681565b6040516001600160401b0390911681526020016103e0565b6103fc61044a36600461303e565b610bc0565b6103d6606e5481565b6103d6610466366004613163565b610c77565b6103d66104793660046131ba565b610ce2565b6104a0604051806040016040528060048152602001620b889160e51b81525081565b6040516103e09190613202565b6104b5610d8a565b6040516103e09493929190613283565b6103d66104d33660046132c2565b610dc4565b6068546103d6565b6103fc6104ee3660046132dc565b610e7f565b6103d67f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b6103d6610528366004613304565b610e8c565b61054061053b3660046132dc565b610ef1565b6040516103e093929190613343565b6103fc61055d366004613381565b611053565b6103d66105703660046133ea565b611139565b6103fc61058336600461341b565b611190565b6103d67f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec81565b6103fc6105bd366004613514565b6111c3565b6103d661040081565b6103d6606481565b6104246105e13660046133ea565b606c60209081525f92835260408084209091529082529020546001600160401b031681565b610633610614366004613572565b606b60209081525f928352604080842090915290825290205460ff1681565b60405190151581526020016103e0565b6103d661065136600461359a565b61125f565b6103fc610664366004613627565b611307565b6104a06106773660046132dc565b6114d5565b6103d661068a3660046132dc565b60016020525f908152604090205481565b6103d67ff660dfe46010058a447f02616cc1f8a71463e76a45841689712754fb928f963781565b6103d67f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca81565b606f546106fc906001600160a01b031681565b6040516001600160a01b0390911681526020016103e0565b6103d6610722366004613678565b60696020525f908152604090205481565b6103fc61074136600461368f565b61156c565b6103d67fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a8355181565b6107756116eb565b6040516103e091906136d0565b6106336107903660046132dc565b6117d7565b6103d67f259db388194799a7cb1463fb170e61b2eed5f9bdc10f060ad44d8a78098955be81565b6107c461180d565b6040516103e09190613710565b6104a06107df3660046132dc565b611849565b6107ec611861565b6040516103e09190613741565b6103d6610807366004613753565b611870565b6103fc61081a3660046132dc565b6118cd565b6103fc61082d366004613783565b611901565b6103d6610840366004613678565b611a49565b610424661fffffffffffff81565b6103d6610861366004613678565b611a5f565b606a5461042490600160c01b90046001600160401b031681565b6103fc61088e3660046137b7565b611a7e565b6103d6600281565b6108ca6108a93660046132dc565b5f60208190529081526040902080546001909101546001600160401b031682565b604080519283526001600160401b039091166020830152016103e0565b6103d67f312a3e404fca0ac48cad5652fbca13b1cf4e4a780c478448531f75288b25f38481565b606a54610921906001600160c01b031681565b6040516001600160c01b0390911681526020016103e0565b6103fc6109473660046132dc565b611a96565b6103fc61095a3660046137f9565b611aca565b61042461096d3660046132dc565b60726020525f90815260409020546001600160401b031681565b6103fc6109953660046138b6565b611bd2565b6103d67f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b7326081565b6103d6604081565b6103d660025481565b6103d6611c88565b6103d67ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f81565b6103fc610a0f366004613949565b611d2c565b6103d6600381565b604080517ff660dfe46010058a447f02616cc1f8a71463e76a45841689712754fb928f9637602082015230918101919091526001600160a01b038086166060830152841660808201526001600160401b0380841660a0830152821660c08201525f90610aa19060e0015b60405160208183030381529060405280519060200120611e11565b95945050505050565b610ab684848484611e57565b610abf336117d7565b610ae3576040516305b5850b60e21b81523360048201526024015b60405180910390fd5b335f818152607260205260409020546001600160401b03908116914291610b2b9190889088908890889087168810610b2557610b208860016139e7565b611e8f565b86611e8f565b505050505050565b5f610b48610b418686611139565b8484611f3c565b9050846001600160a01b0316816001600160a01b031614158015610b7e5750836001600160a01b0316816001600160a01b031614155b15610baf576040516377f0734360e11b81526001600160a01b03808316600483015286166024820152604401610ada565b610bb9858561206e565b5050505050565b610bcd60208501856132dc565b6001600160a01b0316610be360208a018a6132dc565b6001600160a01b0316141580610c295750610c046040850160208601613a06565b6001600160401b0316610c1d60408a0160208b01613a06565b6001600160401b031614155b15610c4757604051631137a6c960e01b815260040160405180910390fd5b5f610c5489898989612155565b9050610c6c8982610c6788888888612155565b61218b565b505050505050505050565b5f610cd87f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec3086610ca8878761230f565b6040805160208101959095526001600160a01b03909316928401929092526060830152608082015260a001610a86565b90505b9392505050565b5f610d847f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b7326030610d1560208601866132dc565b6020860135610d2a6060880160408901613a06565b6040805160208101969096526001600160a01b0394851690860152919092166060808501919091526080808501939093526001600160401b0390911660a084015285013560c083015284013560e082015261010001610a86565b92915050565b606f545f90606090829081906001600160a01b0316610da7612324565b60035460025492979196506001600160401b031694509092509050565b5f610d847fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a8355130610df760208601866132dc565b610e076040870160208801613a06565b604087013560608801356080890135610e2660c08b0160a08c01613a06565b6040805160208101999099526001600160a01b03978816908901529590941660608701526001600160401b03928316608087015260a086019190915260c085015260e08401919091521661010082015261012001610a86565b610e89338261206e565b50565b604080517f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca602082015230918101919091526001600160a01b0385166060820152831515608082015260a0810183905260c081018290525f90610aa19060e001610a86565b6001600160a01b0381165f908152607060209081526040808320607183528184206072909352908320548154606094859490939290916001600160401b03909116908390610f3e90613a1f565b80601f0160208091040260200160405190810160405280929190818152602001828054610f6a90613a1f565b8015610fb55780601f10610f8c57610100808354040283529160200191610fb5565b820191905f5260205f20905b815481529060010190602001808311610f9857829003601f168201915b50505050509250818054610fc890613a1f565b80601f0160208091040260200160405190810160405280929190818152602001828054610ff490613a1f565b801561103f5780601f106110165761010080835404028352916020019161103f565b820191905f5260205f20905b81548152906001019060200180831161102257829003601f168201915b505050505091509250925092509193909250565b8242111561107757604051637c06dd7560e11b815260048101849052602401610ada565b606f546001600160a01b03165f81815260016020526040812054906110a86110a18989858a610e8c565b8686611f3c565b9050826001600160a01b0316816001600160a01b0316146110ef576040516377f0734360e11b81526001600160a01b03808316600483015284166024820152604401610ada565b6110fa826001613a51565b6001600160a01b0384165f90815260016020526040902055861561112657611121886124ad565b61112f565b61112f8861255e565b5050505050505050565b604080517f312a3e404fca0ac48cad5652fbca13b1cf4e4a780c478448531f75288b25f384602082015230918101919091526001600160a01b038084166060830152821660808201525f90610cdb9060a001610a86565b6111bd8484846111b86111a660208501856132dc565b866111b3426103e8613a64565b612694565b61294b565b50505050565b8281146111e6576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610bb95761125785858381811061120557611205613a7b565b905060a0020184848481811061121d5761121d613a7b565b905060200281019061122f9190613a8f565b88888681811061124157611241613a7b565b6111b892602060a09092020190810191506132dc565b6001016111e8565b5f6112fc7f259db388194799a7cb1463fb170e61b2eed5f9bdc10f060ad44d8a78098955be30898989604051611296929190613ad1565b604051809103902088886040516112ae929190613ad1565b6040805191829003822060208301969096526001600160a01b0394851690820152929091166060830152608082015260a08101919091526001600160401b03841660c082015260e001610a86565b979650505050505050565b6003546001600160401b0386811691161461134c5760035460405163cf26be2960e01b81526001600160401b0391821660048201529086166024820152604401610ada565b600254831461137c5760025460405163bddb402d60e01b8152600481019190915260248101849052604401610ada565b61139161138a868686611870565b8383612c2f565b8360046113a860646001600160401b038916613af4565b606481106113b8576113b8613a7b565b015560028490556113ca8560016139e7565b6003805467ffffffffffffffff19166001600160401b039283161790556040805186815260208101869052918716917f06f6c5cabfa37c190a8f3aa87a9a7f75c1ce15a6a7fe6f6cc96388659c8dcbcc910160405180910390a2606461143a6001600160401b0387166001613a51565b6114449190613af4565b5f03610bb95760688054600181810183555f8390527fa2153420d844928b4421650203c77babc8b33d7f2e7b450e2966db0c22097753909101869055905461148c9190613b07565b604080516001600160401b0388168152602081018790527fd01693abf2117383e53d02506d1538f4216c1de665730f83fd1b39c72303d1e7910160405180910390a25050505050565b60716020525f9081526040902080546114ed90613a1f565b80601f016020809104026020016040519081016040528092919081815260200182805461151990613a1f565b80156115645780601f1061153b57610100808354040283529160200191611564565b820191905f5260205f20905b81548152906001019060200180831161154757829003601f168201915b505050505081565b606f54600160a01b900460ff16156115965760405162dc149f60e41b815260040160405180910390fd5b6001600160a01b0383166115bd576040516349e27cff60e01b815260040160405180910390fd5b606f80546001600160a01b0385166001600160a81b031990911617600160a01b17905560015f5b828110156116bc575f8484838181106115ff576115ff613a7b565b905060200201602081019061161491906132dc565b905061161f81612d45565b826001600160a01b0316816001600160a01b03160361165c57604051630268f92960e01b81526001600160a01b0382166004820152602401610ada565b6001600160a01b039283165f908152606d602052604080822080546001600160a01b0319169584169586179055519193849290917fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f591a2506001016115e4565b506001600160a01b03165f908152606d6020526040902080546001600160a01b0319166001179055606e555050565b6060606e546001600160401b0381111561170757611707613b1a565b604051908082528060200260200182016040528015611730578160200160208202803683370190505b5060015f908152606d6020527fbb98d58f7e9fdb81be27aecd01537329fa27413effec04afc2f01e87a038c2ba549192506001600160a01b03909116905b6001600160a01b0382166001146117d2578183828151811061179257611792613a7b565b6001600160a01b039283166020918202929092018101919091529281165f908152606d909352604090922054909116906117cb81613b2e565b905061176e565b505090565b5f6001600160a01b038216600114801590610d845750506001600160a01b039081165f908152606d602052604090205416151590565b611815612e38565b60408051610c808101918290529060049060649082845b81548152602001906001019080831161182c575050505050905090565b60706020525f9081526040902080546114ed90613a1f565b606061186b612324565b905090565b604080517ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f602082015230918101919091526001600160401b03841660608201526080810183905260a081018290525f90610cd89060c001610a86565b606f546001600160a01b031633146118f8576040516330cd747160e01b815260040160405180910390fd5b610e898161255e565b606a546001600160c01b03165f611918868661230f565b604080517f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec602082015230918101919091526001600160c01b03841660608201526080810182905290915061197a906119739060a001610a86565b8585612c2f565b5f5b858110156119d65786868281811061199657611996613a7b565b9050604002016020013560695f8989858181106119b5576119b5613a7b565b604090810292909201358352506020820192909252015f205560010161197c565b506119e2826001613b46565b6001600160401b034316600160c01b026001600160c01b0391821617606a55604051908316907f2098f3f3d27454d70d0b8ca17ce6cf64723eb563d7e9146dcdf5e16444b8e39790611a399084908a908a90613b65565b60405180910390a2505050505050565b60048160648110611a58575f80fd5b0154905081565b60688181548110611a6e575f80fd5b5f91825260209091200154905081565b611a918383836111b860208401846132dc565b505050565b606f546001600160a01b03163314611ac1576040516330cd747160e01b815260040160405180910390fd5b610e89816124ad565b611ad687878787611e57565b5f611ae8610b418a8a8a8a8a8a61125f565b9050886001600160a01b0316816001600160a01b031614611b2f576040516377f0734360e11b81526001600160a01b0380831660048301528a166024820152604401610ada565b611b38896117d7565b611b60576040516305b5850b60e21b81526001600160a01b038a166004820152602401610ada565b6001600160a01b0389165f908152607260205260409020546001600160401b039081169085168110611bb85760405163e21535b760e01b81526001600160401b03808716600483015282166024820152604401610ada565b611bc68a8a8a8a8a8a611e8f565b50505050505050505050565b611bdf60208401846132dc565b6001600160a01b0316611bf560208801886132dc565b6001600160a01b0316141580611c3b5750611c166040840160208501613a06565b6001600160401b0316611c2f6040880160208901613a06565b6001600160401b031614155b15611c5957604051631137a6c960e01b815260040160405180910390fd5b610b2b86611c75818888611c7060208401846132dc565b612dd0565b610c67868686611c7060208401846132dc565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fb447a1b2f137b25ce8385136029287092c348564afced1e05a89f9588b97cc17918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b8483141580611d3b5750848114155b15611d5c576040516001621398b960e31b0319815260040160405180910390fd5b5f611d69426103e8613a64565b90505f5b8681101561112f57611e09888883818110611d8a57611d8a613a7b565b905060a00201878784818110611da257611da2613a7b565b9050602002810190611db49190613a8f565b6111b88c8c87818110611dc957611dc9613a7b565b611ddf92602060a09092020190810191506132dc565b898988818110611df157611df1613a7b565b9050602002810190611e039190613bb1565b88612694565b600101611d6d565b5f611e1a611c88565b60405161190160f01b6020820152602281019190915260428101839052606201604051602081830303815290604052805190602001209050919050565b6040831180611e67575061040081115b156111bd576040516367cf570560e11b81526004810184905260248101829052604401610ada565b6001600160a01b0386165f908152607060205260409020611eb1858783613c1d565b506001600160a01b0386165f908152607160205260409020611ed4838583613c1d565b506001600160a01b0386165f8181526072602052604090819020805467ffffffffffffffff19166001600160401b038516179055517fb08d2da0e893c1660c55ae10981e15a1840fa4de4c4b2dd737211fbc6588bda790611a39908890889088908890613cfe565b5f60418214611f5e5760405163d7bad83f60e01b815260040160405180910390fd5b8235602084013560408501355f1a601b8114801590611f8157508060ff16601c14155b15611f9f576040516334e248bb60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115611fe0576040516363376d6d60e01b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015612030573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661206457604051635cd5d23360e01b815260040160405180910390fd5b5050509392505050565b6001600160a01b0381166120a057604051635d89b97760e01b81526001600160a01b0382166004820152602401610ada565b6001600160a01b038083165f908152606c60209081526040808320938516835292905220546001600160401b0316156120d7575050565b6001600160a01b038281165f818152606c6020908152604080832094861680845294825291829020805467ffffffffffffffff1916426001600160401b03811691821790925592519283529392917f2b95c1dc0daa020e119f75ff153d0aea139be9d08a62158074c10ae1a379bb38910160405180910390a3505050565b5f610aa1858585611c7061216c60208501856132dc565b8761217d60c08d0160a08e01613a06565b6001600160401b0316612694565b8082036121ab57604051631137a6c960e01b815260040160405180910390fd5b606b5f6121bb60208601866132dc565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8460200160208101906121ee9190613a06565b6001600160401b0316815260208101919091526040015f205460ff16156122285760405163eb3a7b3f60e01b815260040160405180910390fd5b6001606b5f61223a60208701876132dc565b6001600160a01b03166001600160a01b031681526020019081526020015f205f85602001602081019061226d9190613a06565b6001600160401b031681526020808201929092526040015f20805460ff1916921515929092179091556122a2908401846132dc565b6001600160a01b03167f4f10fe1b7a711d58356b2d654d7a6a42460d06cbb6d03e2903128f9ac9840fa36122dc6040860160208701613a06565b604080516001600160401b03909216825260208201869052810184905233606082015260800160405180910390a2505050565b5f604051604083028085833790209392505050565b60605f61232f6116eb565b905080516001600160401b0381111561234a5761234a613b1a565b60405190808252806020026020018201604052801561239a57816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f199092019101816123685790505b5091505f5b81518110156117d2575f5f5f8484815181106123bd576123bd613a7b565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f209050604051806080016040528084848151811061240357612403613a7b565b60200260200101516001600160a01b03168152602001825f01548152602001826001015f9054906101000a90046001600160401b03166001600160401b0316815260200160015f86868151811061245c5761245c613a7b565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205481525084838151811061249957612499613a7b565b60209081029190910101525060010161239f565b6124b681612d45565b606d6020527fbb98d58f7e9fdb81be27aecd01537329fa27413effec04afc2f01e87a038c2ba80546001600160a01b038381165f818152604081208054939094166001600160a01b03199384161790935560018352835490911617909155606e805490919061252490613b2e565b909155506040516001600160a01b038216907fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f5905f90a250565b612567816117d7565b61258f576040516305b5850b60e21b81526001600160a01b0382166004820152602401610ada565b60015b6001600160a01b038181165f908152606d60205260409020548116908316146125d4576001600160a01b039081165f908152606d602052604090205416612592565b6001600160a01b038281165f818152606d60209081526040808320805487871685528285208054919097166001600160a01b0319918216179096559383528354909416909255607090915290812061262b91612e57565b6001600160a01b0382165f90815260716020526040812061264b91612e57565b606e5f815461265990613d24565b909155506040516001600160a01b038316907f81df7148ed3a9aa51bafe04f44371e89b96f47294267fbf6ab28b7aa8c87b386905f90a25050565b5f806126a360208501856132dc565b90506001600160a01b0381166126bc5784915050610cdb565b6126cc6060850160408601613a06565b6001600160401b03166126e56040860160208701613a06565b6001600160401b031611806127185750661fffffffffffff61270d6060860160408701613a06565b6001600160401b0316115b15612736576040516384886b6760e01b815260040160405180910390fd5b846001600160a01b0316816001600160a01b03160361277357604051635d89b97760e01b81526001600160a01b0382166004820152602401610ada565b6127836040850160208601613a06565b612798906001600160401b03166103e8613a64565b8310156127d4576127af6040850160208601613a06565b6040516355f674cb60e11b81526001600160401b039091166004820152602401610ada565b6127e46060850160408601613a06565b6127f9906001600160401b03166103e8613a64565b831115612835576128106060850160408601613a06565b60405163150eb02360e31b81526001600160401b039091166004820152602401610ada565b6001600160a01b038086165f908152606c60209081526040808320938516835292905220546001600160401b0316801580159061288657506128826001600160401b0382166103e8613a64565b8410155b156128be5760405163b1076c1960e01b81526001600160a01b03831660048201526001600160401b0382166024820152604401610ada565b5f6128f96128e788856128d760408b0160208c01613a06565b6103d160608c0160408d01613a06565b6128f46060890189613a8f565b611f3c565b9050866001600160a01b0316816001600160a01b031614612940576040516377f0734360e11b81526001600160a01b03808316600483015288166024820152604401610ada565b509095945050505050565b836080013542111561297657604051637c06dd7560e11b815260808501356004820152602401610ada565b5f61298a61298386610ce2565b8585611f3c565b9050816001600160a01b0316816001600160a01b0316146129d1576040516377f0734360e11b81526001600160a01b03808316600483015283166024820152604401610ada565b6129e161079060208701876132dc565b612a17576129f260208601866132dc565b6040516305b5850b60e21b81526001600160a01b039091166004820152602401610ada565b5f600181612a2860208901896132dc565b6001600160a01b03166001600160a01b031681526020019081526020015f2054905080866060013514612a7b57604051633ddd513160e01b81526004810182905260608701356024820152604401610ada565b5f8080612a8b60208a018a6132dc565b6001600160a01b03168152602081019190915260409081015f2060018101549092506001600160401b031690612ac79060608a01908a01613a06565b6001600160401b031611612b1f5760018101546001600160401b0316612af36060890160408a01613a06565b604051636326c85f60e11b81526001600160401b03928316600482015291166024820152604401610ada565b6020870135612b4157604051632254e2a760e21b815260040160405180910390fd5b612b4c826001613a51565b60015f612b5c60208b018b6132dc565b6001600160a01b0316815260208082019290925260409081015f20929092558801358255612b909060608901908901613a06565b60018201805467ffffffffffffffff19166001600160401b0392909216919091179055612bc060208801886132dc565b6001600160a01b03167ff9e1804eed257dc0aa38e3016455e0dc97cf9f53b893f4b5e1ab0d3c6498f9f56020890135612bff60608b0160408c01613a06565b604080519283526001600160401b039091166020830152810185905260600160405180910390a250505050505050565b5f5f5b82811015612cd2575f612c6386868685818110612c5157612c51613a7b565b90506020028101906128f49190613a8f565b9050612c6e816117d7565b612c96576040516305b5850b60e21b81526001600160a01b0382166004820152602401610ada565b826001600160a01b0316816001600160a01b031611612cc85760405163af39015160e01b815260040160405180910390fd5b9150600101612c32565b505f6003600160036002612ce5606e5490565b612cef9190613a64565b612cf99190613a51565b612d039190613b07565b612d0d9190613d39565b9050805f03612d1a575060015b80831015610bb9576040516356159fd160e01b81526004810184905260248101829052604401610ada565b6001600160a01b0381161580612d6457506001600160a01b0381166001145b15612d8d576040516301b16f7d60e61b81526001600160a01b0382166004820152602401610ada565b6001600160a01b038181165f908152606d60205260409020541615610e8957604051630268f92960e01b81526001600160a01b0382166004820152602401610ada565b5f612dda85610dc4565b90505f612de8828686611f3c565b9050826001600160a01b0316816001600160a01b031614612e2f576040516377f0734360e11b81526001600160a01b03808316600483015284166024820152604401610ada565b50949350505050565b60405180610c8001604052806064906020820280368337509192915050565b508054612e6390613a1f565b5f825580601f10612e72575050565b601f0160209004905f5260205f2090612e8b9190612e8d565b565b5f5b80821115611a91575f81840155600101612e8f565b80356001600160a01b0381168114612eba575f5ffd5b919050565b80356001600160401b0381168114612eba575f5ffd5b5f5f5f5f60808587031215612ee8575f5ffd5b612ef185612ea4565b9350612eff60208601612ea4565b9250612f0d60408601612ebf565b9150612f1b60608601612ebf565b905092959194509250565b5f5f83601f840112612f36575f5ffd5b5081356001600160401b03811115612f4c575f5ffd5b602083019150836020828501011115612f63575f5ffd5b9250929050565b5f5f5f5f60408587031215612f7d575f5ffd5b84356001600160401b03811115612f92575f5ffd5b612f9e87828801612f26565b90955093505060208501356001600160401b03811115612fbc575f5ffd5b612fc887828801612f26565b95989497509550505050565b5f5f5f5f60608587031215612fe7575f5ffd5b612ff085612ea4565b9350612ffe60208601612ea4565b925060408501356001600160401b03811115612fbc575f5ffd5b5f60c08284031215613028575f5ffd5b50919050565b5f60808284031215613028575f5ffd5b5f5f5f5f5f5f5f5f610200898b031215613056575f5ffd5b6130608a8a613018565b975060c08901356001600160401b0381111561307a575f5ffd5b6130868b828c01612f26565b90985096505060e08901356001600160401b038111156130a4575f5ffd5b6130b08b828c0161302e565b9550506130c18a6101008b01613018565b93506101c08901356001600160401b038111156130dc575f5ffd5b6130e88b828c01612f26565b9094509250506101e08901356001600160401b03811115613107575f5ffd5b6131138b828c0161302e565b9150509295985092959890939650565b5f5f83601f840112613133575f5ffd5b5081356001600160401b03811115613149575f5ffd5b6020830191508360208260061b8501011115612f63575f5ffd5b5f5f5f60408486031215613175575f5ffd5b8335925060208401356001600160401b03811115613191575f5ffd5b61319d86828701613123565b9497909650939450505050565b5f60a08284031215613028575f5ffd5b5f60a082840312156131ca575f5ffd5b610cdb83836131aa565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610cdb60208301846131d4565b5f8151808452602084019350602083015f5b8281101561327957815180516001600160a01b03168752602080820151818901526040808301516001600160401b0316908901526060918201519188019190915260809096019590910190600101613226565b5093949350505050565b6001600160a01b03851681526080602082018190525f906132a690830186613214565b6001600160401b03949094166040830152506060015292915050565b5f60c082840312156132d2575f5ffd5b610cdb8383613018565b5f602082840312156132ec575f5ffd5b610cdb82612ea4565b80358015158114612eba575f5ffd5b5f5f5f5f60808587031215613317575f5ffd5b61332085612ea4565b935061332e602086016132f5565b93969395505050506040820135916060013590565b606081525f61335560608301866131d4565b828103602084015261336781866131d4565b9150506001600160401b0383166040830152949350505050565b5f5f5f5f5f60808688031215613395575f5ffd5b61339e86612ea4565b94506133ac602087016132f5565b93506040860135925060608601356001600160401b038111156133cd575f5ffd5b6133d988828901612f26565b969995985093965092949392505050565b5f5f604083850312156133fb575f5ffd5b61340483612ea4565b915061341260208401612ea4565b90509250929050565b5f5f5f5f60e0858703121561342e575f5ffd5b61343886866131aa565b935060a08501356001600160401b03811115613452575f5ffd5b61345e87828801612f26565b90945092505060c08501356001600160401b0381111561347c575f5ffd5b6134888782880161302e565b91505092959194509250565b5f5f83601f8401126134a4575f5ffd5b5081356001600160401b038111156134ba575f5ffd5b60208301915083602060a083028501011115612f63575f5ffd5b5f5f83601f8401126134e4575f5ffd5b5081356001600160401b038111156134fa575f5ffd5b6020830191508360208260051b8501011115612f63575f5ffd5b5f5f5f5f60408587031215613527575f5ffd5b84356001600160401b0381111561353c575f5ffd5b61354887828801613494565b90955093505060208501356001600160401b03811115613566575f5ffd5b612fc8878288016134d4565b5f5f60408385031215613583575f5ffd5b61358c83612ea4565b915061341260208401612ebf565b5f5f5f5f5f5f608087890312156135af575f5ffd5b6135b887612ea4565b955060208701356001600160401b038111156135d2575f5ffd5b6135de89828a01612f26565b90965094505060408701356001600160401b038111156135fc575f5ffd5b61360889828a01612f26565b909450925061361b905060608801612ebf565b90509295509295509295565b5f5f5f5f5f6080868803121561363b575f5ffd5b61364486612ebf565b9450602086013593506040860135925060608601356001600160401b0381111561366c575f5ffd5b6133d9888289016134d4565b5f60208284031215613688575f5ffd5b5035919050565b5f5f5f604084860312156136a1575f5ffd5b6136aa84612ea4565b925060208401356001600160401b038111156136c4575f5ffd5b61319d868287016134d4565b602080825282518282018190525f918401906040840190835b818110156129405783516001600160a01b03168352602093840193909201916001016136e9565b610c80810181835f5b6064811015613738578151835260209283019290910190600101613719565b50505092915050565b602081525f610cdb6020830184613214565b5f5f5f60608486031215613765575f5ffd5b61376e84612ebf565b95602085013595506040909401359392505050565b5f5f5f5f60408587031215613796575f5ffd5b84356001600160401b038111156137ab575f5ffd5b61354887828801613123565b5f5f5f60c084860312156137c9575f5ffd5b6137d385856131aa565b925060a08401356001600160401b038111156137ed575f5ffd5b61319d86828701612f26565b5f5f5f5f5f5f5f5f60a0898b031215613810575f5ffd5b61381989612ea4565b975060208901356001600160401b03811115613833575f5ffd5b61383f8b828c01612f26565b90985096505060408901356001600160401b0381111561385d575f5ffd5b6138698b828c01612f26565b909650945061387c905060608a01612ebf565b925060808901356001600160401b03811115613896575f5ffd5b6138a28b828c01612f26565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f6101c087890312156138cc575f5ffd5b6138d68888613018565b955060c08701356001600160401b038111156138f0575f5ffd5b6138fc89828a01612f26565b909650945061391090508860e08901613018565b92506101a08701356001600160401b0381111561392b575f5ffd5b61393789828a01612f26565b979a9699509497509295939492505050565b5f5f5f5f5f5f6060878903121561395e575f5ffd5b86356001600160401b03811115613973575f5ffd5b61397f89828a01613494565b90975095505060208701356001600160401b0381111561399d575f5ffd5b6139a989828a016134d4565b90955093505060408701356001600160401b038111156139c7575f5ffd5b61393789828a016134d4565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610d8457610d846139d3565b5f60208284031215613a16575f5ffd5b610cdb82612ebf565b600181811c90821680613a3357607f821691505b60208210810361302857634e487b7160e01b5f52602260045260245ffd5b80820180821115610d8457610d846139d3565b8082028115828204841417610d8457610d846139d3565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112613aa4575f5ffd5b8301803591506001600160401b03821115613abd575f5ffd5b602001915036819003821315612f63575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601260045260245ffd5b5f82613b0257613b02613ae0565b500690565b81810381811115610d8457610d846139d3565b634e487b7160e01b5f52604160045260245ffd5b5f60018201613b3f57613b3f6139d3565b5060010190565b6001600160c01b038181168382160190811115610d8457610d846139d3565b83815260406020820181905281018290525f8360608301825b85811015613ba657823582526020808401359083015260409283019290910190600101613b7e565b509695505050505050565b5f8235607e19833603018112613bc5575f5ffd5b9190910192915050565b601f821115611a915782821115611a9157805f5260205f20601f840160051c6020851015613bfa57505f5b90810190601f840160051c035f5b81811015610b2b575f83820155600101613c08565b6001600160401b03831115613c3457613c34613b1a565b613c4883613c428354613a1f565b83613bcf565b5f601f841160018114613c79575f8515613c625750838201355b5f19600387901b1c1916600186901b178355610bb9565b5f83815260208120601f198716915b82811015613ca85786850135825560209485019460019092019101613c88565b5086821015613cc4575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f613d11604083018688613cd6565b82810360208401526112fc818587613cd6565b5f81613d3257613d326139d3565b505f190190565b5f82613d4757613d47613ae0565b50049056",
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

// PackMAXSESSIONTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88ef69a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SESSION_TIME() view returns(uint64)
func (ring *Ring) PackMAXSESSIONTIME() []byte {
	enc, err := ring.abi.Pack("MAX_SESSION_TIME")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSESSIONTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88ef69a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SESSION_TIME() view returns(uint64)
func (ring *Ring) TryPackMAXSESSIONTIME() ([]byte, error) {
	return ring.abi.Pack("MAX_SESSION_TIME")
}

// UnpackMAXSESSIONTIME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb88ef69a.
//
// Solidity: function MAX_SESSION_TIME() view returns(uint64)
func (ring *Ring) UnpackMAXSESSIONTIME(data []byte) (uint64, error) {
	out, err := ring.abi.Unpack("MAX_SESSION_TIME", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// PackSESSIONREVOCATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc557ccde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SESSION_REVOCATION_TYPEHASH() view returns(bytes32)
func (ring *Ring) PackSESSIONREVOCATIONTYPEHASH() []byte {
	enc, err := ring.abi.Pack("SESSION_REVOCATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSESSIONREVOCATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc557ccde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SESSION_REVOCATION_TYPEHASH() view returns(bytes32)
func (ring *Ring) TryPackSESSIONREVOCATIONTYPEHASH() ([]byte, error) {
	return ring.abi.Pack("SESSION_REVOCATION_TYPEHASH")
}

// UnpackSESSIONREVOCATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc557ccde.
//
// Solidity: function SESSION_REVOCATION_TYPEHASH() view returns(bytes32)
func (ring *Ring) UnpackSESSIONREVOCATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("SESSION_REVOCATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSESSIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87b61fdd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SESSION_TYPEHASH() view returns(bytes32)
func (ring *Ring) PackSESSIONTYPEHASH() []byte {
	enc, err := ring.abi.Pack("SESSION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSESSIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87b61fdd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SESSION_TYPEHASH() view returns(bytes32)
func (ring *Ring) TryPackSESSIONTYPEHASH() ([]byte, error) {
	return ring.abi.Pack("SESSION_TYPEHASH")
}

// UnpackSESSIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87b61fdd.
//
// Solidity: function SESSION_TYPEHASH() view returns(bytes32)
func (ring *Ring) UnpackSESSIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("SESSION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackFlushManyWithSessions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbf338b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flushManyWithSessions((address,bytes32,uint64,uint256,uint256)[] fs, bytes[] sigs, (address,uint64,uint64,bytes)[] ss) returns()
func (ring *Ring) PackFlushManyWithSessions(fs []RingLogsFlushRequest, sigs [][]byte, ss []RingLogsSession) []byte {
	enc, err := ring.abi.Pack("flushManyWithSessions", fs, sigs, ss)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlushManyWithSessions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbf338b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flushManyWithSessions((address,bytes32,uint64,uint256,uint256)[] fs, bytes[] sigs, (address,uint64,uint64,bytes)[] ss) returns()
func (ring *Ring) TryPackFlushManyWithSessions(fs []RingLogsFlushRequest, sigs [][]byte, ss []RingLogsSession) ([]byte, error) {
	return ring.abi.Pack("flushManyWithSessions", fs, sigs, ss)
}

// PackFlushWithSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c1d2dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flushWithSession((address,bytes32,uint64,uint256,uint256) f, bytes sig, (address,uint64,uint64,bytes) s) returns()
func (ring *Ring) PackFlushWithSession(f RingLogsFlushRequest, sig []byte, s RingLogsSession) []byte {
	enc, err := ring.abi.Pack("flushWithSession", f, sig, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlushWithSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c1d2dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flushWithSession((address,bytes32,uint64,uint256,uint256) f, bytes sig, (address,uint64,uint64,bytes) s) returns()
func (ring *Ring) TryPackFlushWithSession(f RingLogsFlushRequest, sig []byte, s RingLogsSession) ([]byte, error) {
	return ring.abi.Pack("flushWithSession", f, sig, s)
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

// PackHashSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02c8287c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashSession(address author, address key, uint64 notBefore, uint64 expiry) view returns(bytes32)
func (ring *Ring) PackHashSession(author common.Address, key common.Address, notBefore uint64, expiry uint64) []byte {
	enc, err := ring.abi.Pack("hashSession", author, key, notBefore, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02c8287c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashSession(address author, address key, uint64 notBefore, uint64 expiry) view returns(bytes32)
func (ring *Ring) TryPackHashSession(author common.Address, key common.Address, notBefore uint64, expiry uint64) ([]byte, error) {
	return ring.abi.Pack("hashSession", author, key, notBefore, expiry)
}

// UnpackHashSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02c8287c.
//
// Solidity: function hashSession(address author, address key, uint64 notBefore, uint64 expiry) view returns(bytes32)
func (ring *Ring) UnpackHashSession(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("hashSession", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashSessionRevocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x346c38f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashSessionRevocation(address author, address key) view returns(bytes32)
func (ring *Ring) PackHashSessionRevocation(author common.Address, key common.Address) []byte {
	enc, err := ring.abi.Pack("hashSessionRevocation", author, key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashSessionRevocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x346c38f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashSessionRevocation(address author, address key) view returns(bytes32)
func (ring *Ring) TryPackHashSessionRevocation(author common.Address, key common.Address) ([]byte, error) {
	return ring.abi.Pack("hashSessionRevocation", author, key)
}

// UnpackHashSessionRevocation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x346c38f6.
//
// Solidity: function hashSessionRevocation(address author, address key) view returns(bytes32)
func (ring *Ring) UnpackHashSessionRevocation(data []byte) ([32]byte, error) {
	out, err := ring.abi.Unpack("hashSessionRevocation", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x946d9204.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_, address[] members_) returns()
func (ring *Ring) PackInitialize(owner common.Address, members []common.Address) []byte {
	enc, err := ring.abi.Pack("initialize", owner, members)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x946d9204.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner_, address[] members_) returns()
func (ring *Ring) TryPackInitialize(owner common.Address, members []common.Address) ([]byte, error) {
	return ring.abi.Pack("initialize", owner, members)
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

// PackReportForkWithSessions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cc4a2ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportForkWithSessions((address,uint64,bytes32,bytes32,bytes32,uint64) a, bytes sigA, (address,uint64,uint64,bytes) sa, (address,uint64,bytes32,bytes32,bytes32,uint64) b, bytes sigB, (address,uint64,uint64,bytes) sb) returns()
func (ring *Ring) PackReportForkWithSessions(a RingLogsLogNodeClaim, sigA []byte, sa RingLogsSession, b RingLogsLogNodeClaim, sigB []byte, sb RingLogsSession) []byte {
	enc, err := ring.abi.Pack("reportForkWithSessions", a, sigA, sa, b, sigB, sb)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportForkWithSessions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0cc4a2ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportForkWithSessions((address,uint64,bytes32,bytes32,bytes32,uint64) a, bytes sigA, (address,uint64,uint64,bytes) sa, (address,uint64,bytes32,bytes32,bytes32,uint64) b, bytes sigB, (address,uint64,uint64,bytes) sb) returns()
func (ring *Ring) TryPackReportForkWithSessions(a RingLogsLogNodeClaim, sigA []byte, sa RingLogsSession, b RingLogsLogNodeClaim, sigB []byte, sb RingLogsSession) ([]byte, error) {
	return ring.abi.Pack("reportForkWithSessions", a, sigA, sa, b, sigB, sb)
}

// PackRevokeSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fa5d6a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeSession(address key) returns()
func (ring *Ring) PackRevokeSession(key common.Address) []byte {
	enc, err := ring.abi.Pack("revokeSession", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1fa5d6a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeSession(address key) returns()
func (ring *Ring) TryPackRevokeSession(key common.Address) ([]byte, error) {
	return ring.abi.Pack("revokeSession", key)
}

// PackRevokeSessionFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bc61660.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeSessionFor(address author, address key, bytes sig) returns()
func (ring *Ring) PackRevokeSessionFor(author common.Address, key common.Address, sig []byte) []byte {
	enc, err := ring.abi.Pack("revokeSessionFor", author, key, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeSessionFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bc61660.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeSessionFor(address author, address key, bytes sig) returns()
func (ring *Ring) TryPackRevokeSessionFor(author common.Address, key common.Address, sig []byte) ([]byte, error) {
	return ring.abi.Pack("revokeSessionFor", author, key, sig)
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

// PackSessionRevokedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c6f91d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sessionRevokedAt(address , address ) view returns(uint64)
func (ring *Ring) PackSessionRevokedAt(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := ring.abi.Pack("sessionRevokedAt", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSessionRevokedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c6f91d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sessionRevokedAt(address , address ) view returns(uint64)
func (ring *Ring) TryPackSessionRevokedAt(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return ring.abi.Pack("sessionRevokedAt", arg0, arg1)
}

// UnpackSessionRevokedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60c6f91d.
//
// Solidity: function sessionRevokedAt(address , address ) view returns(uint64)
func (ring *Ring) UnpackSessionRevokedAt(data []byte) (uint64, error) {
	out, err := ring.abi.Unpack("sessionRevokedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
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

// RingSessionRevoked represents a SessionRevoked event raised by the Ring contract.
type RingSessionRevoked struct {
	Author    common.Address
	Key       common.Address
	RevokedAt uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const RingSessionRevokedEventName = "SessionRevoked"

// ContractEventName returns the user-defined event name.
func (RingSessionRevoked) ContractEventName() string {
	return RingSessionRevokedEventName
}

// UnpackSessionRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionRevoked(address indexed author, address indexed key, uint64 revokedAt)
func (ring *Ring) UnpackSessionRevokedEvent(log *types.Log) (*RingSessionRevoked, error) {
	event := "SessionRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != ring.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RingSessionRevoked)
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
	if bytes.Equal(raw[:4], ring.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return ring.UnpackAlreadyInitializedError(raw[4:])
	}
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
	if bytes.Equal(raw[:4], ring.abi.Errors["BadSessionKey"].ID.Bytes()[:4]) {
		return ring.UnpackBadSessionKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["BadSessionWindow"].ID.Bytes()[:4]) {
		return ring.UnpackBadSessionWindowError(raw[4:])
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
	if bytes.Equal(raw[:4], ring.abi.Errors["SessionExpired"].ID.Bytes()[:4]) {
		return ring.UnpackSessionExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["SessionKeyRevoked"].ID.Bytes()[:4]) {
		return ring.UnpackSessionKeyRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], ring.abi.Errors["SessionNotYetValid"].ID.Bytes()[:4]) {
		return ring.UnpackSessionNotYetValidError(raw[4:])
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

// RingAlreadyInitialized represents a AlreadyInitialized error raised by the Ring contract.
type RingAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func RingAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (ring *Ring) UnpackAlreadyInitializedError(raw []byte) (*RingAlreadyInitialized, error) {
	out := new(RingAlreadyInitialized)
	if err := ring.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
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

// RingBadSessionKey represents a BadSessionKey error raised by the Ring contract.
type RingBadSessionKey struct {
	Key common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSessionKey(address key)
func RingBadSessionKeyErrorID() common.Hash {
	return common.HexToHash("0x5d89b977c7e529c6a87375b826e40ef66c42469f8a4edc8e492e861c0f8cef8b")
}

// UnpackBadSessionKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSessionKey(address key)
func (ring *Ring) UnpackBadSessionKeyError(raw []byte) (*RingBadSessionKey, error) {
	out := new(RingBadSessionKey)
	if err := ring.abi.UnpackIntoInterface(out, "BadSessionKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingBadSessionWindow represents a BadSessionWindow error raised by the Ring contract.
type RingBadSessionWindow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSessionWindow()
func RingBadSessionWindowErrorID() common.Hash {
	return common.HexToHash("0x84886b6757f8c565859efbf95456ec2dffc55d597b06c355b4fd188a76535c91")
}

// UnpackBadSessionWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSessionWindow()
func (ring *Ring) UnpackBadSessionWindowError(raw []byte) (*RingBadSessionWindow, error) {
	out := new(RingBadSessionWindow)
	if err := ring.abi.UnpackIntoInterface(out, "BadSessionWindow", raw); err != nil {
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

// RingSessionExpired represents a SessionExpired error raised by the Ring contract.
type RingSessionExpired struct {
	Expiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionExpired(uint64 expiry)
func RingSessionExpiredErrorID() common.Hash {
	return common.HexToHash("0xa875811856fde1e2da92d87e2d7d916cd102fc333e5c11435424a9811f634423")
}

// UnpackSessionExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionExpired(uint64 expiry)
func (ring *Ring) UnpackSessionExpiredError(raw []byte) (*RingSessionExpired, error) {
	out := new(RingSessionExpired)
	if err := ring.abi.UnpackIntoInterface(out, "SessionExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingSessionKeyRevoked represents a SessionKeyRevoked error raised by the Ring contract.
type RingSessionKeyRevoked struct {
	Key       common.Address
	RevokedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionKeyRevoked(address key, uint64 revokedAt)
func RingSessionKeyRevokedErrorID() common.Hash {
	return common.HexToHash("0xb1076c198bdab97affd8e71ebc4bfa38afccab7fada7ed801f68cbe6195111b5")
}

// UnpackSessionKeyRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionKeyRevoked(address key, uint64 revokedAt)
func (ring *Ring) UnpackSessionKeyRevokedError(raw []byte) (*RingSessionKeyRevoked, error) {
	out := new(RingSessionKeyRevoked)
	if err := ring.abi.UnpackIntoInterface(out, "SessionKeyRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingSessionNotYetValid represents a SessionNotYetValid error raised by the Ring contract.
type RingSessionNotYetValid struct {
	NotBefore uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionNotYetValid(uint64 notBefore)
func RingSessionNotYetValidErrorID() common.Hash {
	return common.HexToHash("0xabece9961fea6bf40030d42b3d60ee96dda3de9b2772840ebbb0b71eb13c9bf0")
}

// UnpackSessionNotYetValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionNotYetValid(uint64 notBefore)
func (ring *Ring) UnpackSessionNotYetValidError(raw []byte) (*RingSessionNotYetValid, error) {
	out := new(RingSessionNotYetValid)
	if err := ring.abi.UnpackIntoInterface(out, "SessionNotYetValid", raw); err != nil {
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
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"FailedDeployment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"RingCreated\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"}],\"name\":\"createRing\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRings\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"implementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isRing\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ringCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"rings\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RingFactory",
	Bin: "0x6080604052348015600e575f5ffd5b506040516019906056565b604051809103905ff0801580156031573d5f5f3e3d5ffd5b50600280546001600160a01b0319166001600160a01b03929092169190911790556063565b613db88061057e83390190565b61050e806100705f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806327e57935146100645780635c60da1b1461009b578063c1ad599b146100c6578063d2371130146100d7578063f24dd6b6146100ec578063fb29885d146100ff575b5f5ffd5b61008661007236600461037d565b5f6020819052908152604090205460ff1681565b60405190151581526020015b60405180910390f35b6002546100ae906001600160a01b031681565b6040516001600160a01b039091168152602001610092565b600154604051908152602001610092565b6100df610112565b604051610092919061039d565b6100ae6100fa3660046103e8565b610172565b6100ae61010d366004610469565b610291565b6060600180548060200260200160405190810160405280929190818152602001828054801561016857602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161014a575b5050505050905090565b6002545f90610189906001600160a01b03166102b9565b60405163251b648160e21b81529091506001600160a01b0382169063946d9204906101bc908790879087906004016104c6565b5f604051808303815f87803b1580156101d3575f5ffd5b505af11580156101e5573d5f5f3e3d5ffd5b5050506001600160a01b038083165f81815260208190526040808220805460ff191660019081179091558054808201825592527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf690910180546001600160a01b03191683179055519187169250907f462ecd75638d4912e3a1f7098580ae0cfdab07d1bab96e9c6452c03c7307a3009061028290879087906104f3565b60405180910390a39392505050565b600181815481106102a0575f80fd5b5f918252602090912001546001600160a01b0316905081565b5f6102c4825f6102ca565b92915050565b5f814710156102f95760405163cf47918160e01b81524760048201526024810183905260440160405180910390fd5b763d602d80600a3d3981f3363d3d373d3d3d363d730000008360601b60e81c175f526e5af43d82803e903d91602b57fd5bf38360781b176020526037600983f090506001600160a01b0381166102c45760405163b06ebf3d60e01b815260040160405180910390fd5b80356001600160a01b0381168114610378575f5ffd5b919050565b5f6020828403121561038d575f5ffd5b61039682610362565b9392505050565b602080825282518282018190525f918401906040840190835b818110156103dd5783516001600160a01b03168352602093840193909201916001016103b6565b509095945050505050565b5f5f5f604084860312156103fa575f5ffd5b61040384610362565b9250602084013567ffffffffffffffff81111561041e575f5ffd5b8401601f8101861361042e575f5ffd5b803567ffffffffffffffff811115610444575f5ffd5b8660208260051b8401011115610458575f5ffd5b939660209190910195509293505050565b5f60208284031215610479575f5ffd5b5035919050565b8183526020830192505f815f5b848110156104bc576001600160a01b036104a683610362565b168652602095860195919091019060010161048d565b5093949350505050565b6001600160a01b03841681526040602082018190525f906104ea9083018486610480565b95945050505050565b602081525f610506602083018486610480565b949350505050566080604052348015600e575f5ffd5b50606f805460ff60a01b1916600160a01b17905560015f819052606d6020527fbb98d58f7e9fdb81be27aecd01537329fa27413effec04afc2f01e87a038c2ba80546001600160a01b0319169091179055613d4c8061006c5f395ff3fe608060405234801561000f575f5ffd5b50600436106103bf575f3560e01c80639149bdf2116101f5578063be285bd711610114578063e476bab6116100a9578063f698da2511610079578063f698da25146109d2578063f751dc31146109da578063fbf338b914610a01578063fe36161614610a14575f5ffd5b8063e476bab614610987578063e732e46a1461099a578063eacdafba146109c1578063f1685e62146109c9575f5ffd5b8063c89406a4116100e4578063c89406a41461090e578063d014c01f14610939578063d1f981c21461094c578063df9a34601461095f575f5ffd5b8063be285bd714610880578063c0fa991d14610893578063c35eedfb1461089b578063c557ccde146108e7575f5ffd5b8063b0d571371161018a578063b7035f0f1161015a578063b7035f0f14610832578063b88ef69a14610845578063b8a2425214610853578063b8c55d4014610866575f5ffd5b8063b0d57137146107e4578063b2bdf7dd146107f9578063b42652e91461080c578063b59ce2211461081f575f5ffd5b8063a230c524116101c5578063a230c52414610782578063a3f9c24614610795578063ac981ed4146107bc578063af6ba979146107d1575f5ffd5b80639149bdf214610714578063946d9204146107335780639c74ec22146107465780639eab52531461076d575f5ffd5b80632eff9f88116102e15780636a41ef3b116102765780637ecebe00116102465780637ecebe001461067c57806387b61fdd1461069b5780638937b489146106c25780638da5cb5b146106e9575f5ffd5b80636a41ef3b146106065780636c37595514610643578063715183241461065657806372f8642b14610669575f5ffd5b80634293c6b4116102b15780634293c6b4146105af5780634530f0f0146105c25780634e8c819c146105cb57806360c6f91d146105d3575f5ffd5b80632eff9f881461054f578063346c38f61461056257806340c1d2dd146105755780634260781114610588575f5ffd5b8063172b4a81116103575780631fa5d6a4116103275780631fa5d6a4146104e057806320606b70146104f3578063262afeaf1461051a5780632bd5853a1461052d575f5ffd5b8063172b4a811461047e5780631865c57d146104ad5780631d0cd5a6146104c55780631f618cd2146104d8575f5ffd5b80630cc4a2ad116103925780630cc4a2ad1461043c57806311aee3801461044f578063129a7bcb1461045857806315911f6a1461046b575f5ffd5b806302c8287c146103c3578063035a098b146103e95780630bc61660146103fe5780630cbb0f8314610411575b5f5ffd5b6103d66103d1366004612ed5565b610a1c565b6040519081526020015b60405180910390f35b6103fc6103f7366004612f6a565b610aaa565b005b6103fc61040c366004612fd4565b610b33565b600354610424906001600160401b031681565b6040516001600160401b0390911681526020016103e0565b6103fc61044a36600461303e565b610bc0565b6103d6606e5481565b6103d6610466366004613163565b610c77565b6103d66104793660046131ba565b610ce2565b6104a0604051806040016040528060048152602001620b889160e51b81525081565b6040516103e09190613202565b6104b5610d8a565b6040516103e09493929190613283565b6103d66104d33660046132c2565b610dc4565b6068546103d6565b6103fc6104ee3660046132dc565b610e7f565b6103d67f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b6103d6610528366004613304565b610e8c565b61054061053b3660046132dc565b610ef1565b6040516103e093929190613343565b6103fc61055d366004613381565b611053565b6103d66105703660046133ea565b611139565b6103fc61058336600461341b565b611190565b6103d67f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec81565b6103fc6105bd366004613514565b6111c3565b6103d661040081565b6103d6606481565b6104246105e13660046133ea565b606c60209081525f92835260408084209091529082529020546001600160401b031681565b610633610614366004613572565b606b60209081525f928352604080842090915290825290205460ff1681565b60405190151581526020016103e0565b6103d661065136600461359a565b61125f565b6103fc610664366004613627565b611307565b6104a06106773660046132dc565b6114d5565b6103d661068a3660046132dc565b60016020525f908152604090205481565b6103d67ff660dfe46010058a447f02616cc1f8a71463e76a45841689712754fb928f963781565b6103d67f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca81565b606f546106fc906001600160a01b031681565b6040516001600160a01b0390911681526020016103e0565b6103d6610722366004613678565b60696020525f908152604090205481565b6103fc61074136600461368f565b61156c565b6103d67fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a8355181565b6107756116eb565b6040516103e091906136d0565b6106336107903660046132dc565b6117d7565b6103d67f259db388194799a7cb1463fb170e61b2eed5f9bdc10f060ad44d8a78098955be81565b6107c461180d565b6040516103e09190613710565b6104a06107df3660046132dc565b611849565b6107ec611861565b6040516103e09190613741565b6103d6610807366004613753565b611870565b6103fc61081a3660046132dc565b6118cd565b6103fc61082d366004613783565b611901565b6103d6610840366004613678565b611a49565b610424661fffffffffffff81565b6103d6610861366004613678565b611a5f565b606a5461042490600160c01b90046001600160401b031681565b6103fc61088e3660046137b7565b611a7e565b6103d6600281565b6108ca6108a93660046132dc565b5f60208190529081526040902080546001909101546001600160401b031682565b604080519283526001600160401b039091166020830152016103e0565b6103d67f312a3e404fca0ac48cad5652fbca13b1cf4e4a780c478448531f75288b25f38481565b606a54610921906001600160c01b031681565b6040516001600160c01b0390911681526020016103e0565b6103fc6109473660046132dc565b611a96565b6103fc61095a3660046137f9565b611aca565b61042461096d3660046132dc565b60726020525f90815260409020546001600160401b031681565b6103fc6109953660046138b6565b611bd2565b6103d67f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b7326081565b6103d6604081565b6103d660025481565b6103d6611c88565b6103d67ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f81565b6103fc610a0f366004613949565b611d2c565b6103d6600381565b604080517ff660dfe46010058a447f02616cc1f8a71463e76a45841689712754fb928f9637602082015230918101919091526001600160a01b038086166060830152841660808201526001600160401b0380841660a0830152821660c08201525f90610aa19060e0015b60405160208183030381529060405280519060200120611e11565b95945050505050565b610ab684848484611e57565b610abf336117d7565b610ae3576040516305b5850b60e21b81523360048201526024015b60405180910390fd5b335f818152607260205260409020546001600160401b03908116914291610b2b9190889088908890889087168810610b2557610b208860016139e7565b611e8f565b86611e8f565b505050505050565b5f610b48610b418686611139565b8484611f3c565b9050846001600160a01b0316816001600160a01b031614158015610b7e5750836001600160a01b0316816001600160a01b031614155b15610baf576040516377f0734360e11b81526001600160a01b03808316600483015286166024820152604401610ada565b610bb9858561206e565b5050505050565b610bcd60208501856132dc565b6001600160a01b0316610be360208a018a6132dc565b6001600160a01b0316141580610c295750610c046040850160208601613a06565b6001600160401b0316610c1d60408a0160208b01613a06565b6001600160401b031614155b15610c4757604051631137a6c960e01b815260040160405180910390fd5b5f610c5489898989612155565b9050610c6c8982610c6788888888612155565b61218b565b505050505050505050565b5f610cd87f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec3086610ca8878761230f565b6040805160208101959095526001600160a01b03909316928401929092526060830152608082015260a001610a86565b90505b9392505050565b5f610d847f31a0f9b9fc0a2a16a8e669c96101873cb3fb1567d12cf49e1b916bc473b7326030610d1560208601866132dc565b6020860135610d2a6060880160408901613a06565b6040805160208101969096526001600160a01b0394851690860152919092166060808501919091526080808501939093526001600160401b0390911660a084015285013560c083015284013560e082015261010001610a86565b92915050565b606f545f90606090829081906001600160a01b0316610da7612324565b60035460025492979196506001600160401b031694509092509050565b5f610d847fe91fa56de7b993769fd82f049a32126cfecf7577f3d7ac9b513d21ca73a8355130610df760208601866132dc565b610e076040870160208801613a06565b604087013560608801356080890135610e2660c08b0160a08c01613a06565b6040805160208101999099526001600160a01b03978816908901529590941660608701526001600160401b03928316608087015260a086019190915260c085015260e08401919091521661010082015261012001610a86565b610e89338261206e565b50565b604080517f6f28befec8899b5942ba75516c20dce9ff19e7463210fa3c439ae2765e65caca602082015230918101919091526001600160a01b0385166060820152831515608082015260a0810183905260c081018290525f90610aa19060e001610a86565b6001600160a01b0381165f908152607060209081526040808320607183528184206072909352908320548154606094859490939290916001600160401b03909116908390610f3e90613a1f565b80601f0160208091040260200160405190810160405280929190818152602001828054610f6a90613a1f565b8015610fb55780601f10610f8c57610100808354040283529160200191610fb5565b820191905f5260205f20905b815481529060010190602001808311610f9857829003601f168201915b50505050509250818054610fc890613a1f565b80601f0160208091040260200160405190810160405280929190818152602001828054610ff490613a1f565b801561103f5780601f106110165761010080835404028352916020019161103f565b820191905f5260205f20905b81548152906001019060200180831161102257829003601f168201915b505050505091509250925092509193909250565b8242111561107757604051637c06dd7560e11b815260048101849052602401610ada565b606f546001600160a01b03165f81815260016020526040812054906110a86110a18989858a610e8c565b8686611f3c565b9050826001600160a01b0316816001600160a01b0316146110ef576040516377f0734360e11b81526001600160a01b03808316600483015284166024820152604401610ada565b6110fa826001613a51565b6001600160a01b0384165f90815260016020526040902055861561112657611121886124ad565b61112f565b61112f8861255e565b5050505050505050565b604080517f312a3e404fca0ac48cad5652fbca13b1cf4e4a780c478448531f75288b25f384602082015230918101919091526001600160a01b038084166060830152821660808201525f90610cdb9060a001610a86565b6111bd8484846111b86111a660208501856132dc565b866111b3426103e8613a64565b612694565b61294b565b50505050565b8281146111e6576040516001621398b960e31b0319815260040160405180910390fd5b5f5b83811015610bb95761125785858381811061120557611205613a7b565b905060a0020184848481811061121d5761121d613a7b565b905060200281019061122f9190613a8f565b88888681811061124157611241613a7b565b6111b892602060a09092020190810191506132dc565b6001016111e8565b5f6112fc7f259db388194799a7cb1463fb170e61b2eed5f9bdc10f060ad44d8a78098955be30898989604051611296929190613ad1565b604051809103902088886040516112ae929190613ad1565b6040805191829003822060208301969096526001600160a01b0394851690820152929091166060830152608082015260a08101919091526001600160401b03841660c082015260e001610a86565b979650505050505050565b6003546001600160401b0386811691161461134c5760035460405163cf26be2960e01b81526001600160401b0391821660048201529086166024820152604401610ada565b600254831461137c5760025460405163bddb402d60e01b8152600481019190915260248101849052604401610ada565b61139161138a868686611870565b8383612c2f565b8360046113a860646001600160401b038916613af4565b606481106113b8576113b8613a7b565b015560028490556113ca8560016139e7565b6003805467ffffffffffffffff19166001600160401b039283161790556040805186815260208101869052918716917f06f6c5cabfa37c190a8f3aa87a9a7f75c1ce15a6a7fe6f6cc96388659c8dcbcc910160405180910390a2606461143a6001600160401b0387166001613a51565b6114449190613af4565b5f03610bb95760688054600181810183555f8390527fa2153420d844928b4421650203c77babc8b33d7f2e7b450e2966db0c22097753909101869055905461148c9190613b07565b604080516001600160401b0388168152602081018790527fd01693abf2117383e53d02506d1538f4216c1de665730f83fd1b39c72303d1e7910160405180910390a25050505050565b60716020525f9081526040902080546114ed90613a1f565b80601f016020809104026020016040519081016040528092919081815260200182805461151990613a1f565b80156115645780601f1061153b57610100808354040283529160200191611564565b820191905f5260205f20905b81548152906001019060200180831161154757829003601f168201915b505050505081565b606f54600160a01b900460ff16156115965760405162dc149f60e41b815260040160405180910390fd5b6001600160a01b0383166115bd576040516349e27cff60e01b815260040160405180910390fd5b606f80546001600160a01b0385166001600160a81b031990911617600160a01b17905560015f5b828110156116bc575f8484838181106115ff576115ff613a7b565b905060200201602081019061161491906132dc565b905061161f81612d45565b826001600160a01b0316816001600160a01b03160361165c57604051630268f92960e01b81526001600160a01b0382166004820152602401610ada565b6001600160a01b039283165f908152606d602052604080822080546001600160a01b0319169584169586179055519193849290917fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f591a2506001016115e4565b506001600160a01b03165f908152606d6020526040902080546001600160a01b0319166001179055606e555050565b6060606e546001600160401b0381111561170757611707613b1a565b604051908082528060200260200182016040528015611730578160200160208202803683370190505b5060015f908152606d6020527fbb98d58f7e9fdb81be27aecd01537329fa27413effec04afc2f01e87a038c2ba549192506001600160a01b03909116905b6001600160a01b0382166001146117d2578183828151811061179257611792613a7b565b6001600160a01b039283166020918202929092018101919091529281165f908152606d909352604090922054909116906117cb81613b2e565b905061176e565b505090565b5f6001600160a01b038216600114801590610d845750506001600160a01b039081165f908152606d602052604090205416151590565b611815612e38565b60408051610c808101918290529060049060649082845b81548152602001906001019080831161182c575050505050905090565b60706020525f9081526040902080546114ed90613a1f565b606061186b612324565b905090565b604080517ff3954ac8687122df03e25cd2e7cb43edd18c50c3d67ae049a315948ba6641c5f602082015230918101919091526001600160401b03841660608201526080810183905260a081018290525f90610cd89060c001610a86565b606f546001600160a01b031633146118f8576040516330cd747160e01b815260040160405180910390fd5b610e898161255e565b606a546001600160c01b03165f611918868661230f565b604080517f4c666107e01c949e2792f459d387bdba4684e1458f8f4e071c9902f92a4d49ec602082015230918101919091526001600160c01b03841660608201526080810182905290915061197a906119739060a001610a86565b8585612c2f565b5f5b858110156119d65786868281811061199657611996613a7b565b9050604002016020013560695f8989858181106119b5576119b5613a7b565b604090810292909201358352506020820192909252015f205560010161197c565b506119e2826001613b46565b6001600160401b034316600160c01b026001600160c01b0391821617606a55604051908316907f2098f3f3d27454d70d0b8ca17ce6cf64723eb563d7e9146dcdf5e16444b8e39790611a399084908a908a90613b65565b60405180910390a2505050505050565b60048160648110611a58575f80fd5b0154905081565b60688181548110611a6e575f80fd5b5f91825260209091200154905081565b611a918383836111b860208401846132dc565b505050565b606f546001600160a01b03163314611ac1576040516330cd747160e01b815260040160405180910390fd5b610e89816124ad565b611ad687878787611e57565b5f611ae8610b418a8a8a8a8a8a61125f565b9050886001600160a01b0316816001600160a01b031614611b2f576040516377f0734360e11b81526001600160a01b0380831660048301528a166024820152604401610ada565b611b38896117d7565b611b60576040516305b5850b60e21b81526001600160a01b038a166004820152602401610ada565b6001600160a01b0389165f908152607260205260409020546001600160401b039081169085168110611bb85760405163e21535b760e01b81526001600160401b03808716600483015282166024820152604401610ada565b611bc68a8a8a8a8a8a611e8f565b50505050505050505050565b611bdf60208401846132dc565b6001600160a01b0316611bf560208801886132dc565b6001600160a01b0316141580611c3b5750611c166040840160208501613a06565b6001600160401b0316611c2f6040880160208901613a06565b6001600160401b031614155b15611c5957604051631137a6c960e01b815260040160405180910390fd5b610b2b86611c75818888611c7060208401846132dc565b612dd0565b610c67868686611c7060208401846132dc565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fb447a1b2f137b25ce8385136029287092c348564afced1e05a89f9588b97cc17918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b8483141580611d3b5750848114155b15611d5c576040516001621398b960e31b0319815260040160405180910390fd5b5f611d69426103e8613a64565b90505f5b8681101561112f57611e09888883818110611d8a57611d8a613a7b565b905060a00201878784818110611da257611da2613a7b565b9050602002810190611db49190613a8f565b6111b88c8c87818110611dc957611dc9613a7b565b611ddf92602060a09092020190810191506132dc565b898988818110611df157611df1613a7b565b9050602002810190611e039190613bb1565b88612694565b600101611d6d565b5f611e1a611c88565b60405161190160f01b6020820152602281019190915260428101839052606201604051602081830303815290604052805190602001209050919050565b6040831180611e67575061040081115b156111bd576040516367cf570560e11b81526004810184905260248101829052604401610ada565b6001600160a01b0386165f908152607060205260409020611eb1858783613c1d565b506001600160a01b0386165f908152607160205260409020611ed4838583613c1d565b506001600160a01b0386165f8181526072602052604090819020805467ffffffffffffffff19166001600160401b038516179055517fb08d2da0e893c1660c55ae10981e15a1840fa4de4c4b2dd737211fbc6588bda790611a39908890889088908890613cfe565b5f60418214611f5e5760405163d7bad83f60e01b815260040160405180910390fd5b8235602084013560408501355f1a601b8114801590611f8157508060ff16601c14155b15611f9f576040516334e248bb60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115611fe0576040516363376d6d60e01b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015612030573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661206457604051635cd5d23360e01b815260040160405180910390fd5b5050509392505050565b6001600160a01b0381166120a057604051635d89b97760e01b81526001600160a01b0382166004820152602401610ada565b6001600160a01b038083165f908152606c60209081526040808320938516835292905220546001600160401b0316156120d7575050565b6001600160a01b038281165f818152606c6020908152604080832094861680845294825291829020805467ffffffffffffffff1916426001600160401b03811691821790925592519283529392917f2b95c1dc0daa020e119f75ff153d0aea139be9d08a62158074c10ae1a379bb38910160405180910390a3505050565b5f610aa1858585611c7061216c60208501856132dc565b8761217d60c08d0160a08e01613a06565b6001600160401b0316612694565b8082036121ab57604051631137a6c960e01b815260040160405180910390fd5b606b5f6121bb60208601866132dc565b6001600160a01b03166001600160a01b031681526020019081526020015f205f8460200160208101906121ee9190613a06565b6001600160401b0316815260208101919091526040015f205460ff16156122285760405163eb3a7b3f60e01b815260040160405180910390fd5b6001606b5f61223a60208701876132dc565b6001600160a01b03166001600160a01b031681526020019081526020015f205f85602001602081019061226d9190613a06565b6001600160401b031681526020808201929092526040015f20805460ff1916921515929092179091556122a2908401846132dc565b6001600160a01b03167f4f10fe1b7a711d58356b2d654d7a6a42460d06cbb6d03e2903128f9ac9840fa36122dc6040860160208701613a06565b604080516001600160401b03909216825260208201869052810184905233606082015260800160405180910390a2505050565b5f604051604083028085833790209392505050565b60605f61232f6116eb565b905080516001600160401b0381111561234a5761234a613b1a565b60405190808252806020026020018201604052801561239a57816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f199092019101816123685790505b5091505f5b81518110156117d2575f5f5f8484815181106123bd576123bd613a7b565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f209050604051806080016040528084848151811061240357612403613a7b565b60200260200101516001600160a01b03168152602001825f01548152602001826001015f9054906101000a90046001600160401b03166001600160401b0316815260200160015f86868151811061245c5761245c613a7b565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205481525084838151811061249957612499613a7b565b60209081029190910101525060010161239f565b6124b681612d45565b606d6020527fbb98d58f7e9fdb81be27aecd01537329fa27413effec04afc2f01e87a038c2ba80546001600160a01b038381165f818152604081208054939094166001600160a01b03199384161790935560018352835490911617909155606e805490919061252490613b2e565b909155506040516001600160a01b038216907fa3f63c240cc464a647bc97c13a0ca7cdd964e4349e65605ac08cf0c0aae6c1f5905f90a250565b612567816117d7565b61258f576040516305b5850b60e21b81526001600160a01b0382166004820152602401610ada565b60015b6001600160a01b038181165f908152606d60205260409020548116908316146125d4576001600160a01b039081165f908152606d602052604090205416612592565b6001600160a01b038281165f818152606d60209081526040808320805487871685528285208054919097166001600160a01b0319918216179096559383528354909416909255607090915290812061262b91612e57565b6001600160a01b0382165f90815260716020526040812061264b91612e57565b606e5f815461265990613d24565b909155506040516001600160a01b038316907f81df7148ed3a9aa51bafe04f44371e89b96f47294267fbf6ab28b7aa8c87b386905f90a25050565b5f806126a360208501856132dc565b90506001600160a01b0381166126bc5784915050610cdb565b6126cc6060850160408601613a06565b6001600160401b03166126e56040860160208701613a06565b6001600160401b031611806127185750661fffffffffffff61270d6060860160408701613a06565b6001600160401b0316115b15612736576040516384886b6760e01b815260040160405180910390fd5b846001600160a01b0316816001600160a01b03160361277357604051635d89b97760e01b81526001600160a01b0382166004820152602401610ada565b6127836040850160208601613a06565b612798906001600160401b03166103e8613a64565b8310156127d4576127af6040850160208601613a06565b6040516355f674cb60e11b81526001600160401b039091166004820152602401610ada565b6127e46060850160408601613a06565b6127f9906001600160401b03166103e8613a64565b831115612835576128106060850160408601613a06565b60405163150eb02360e31b81526001600160401b039091166004820152602401610ada565b6001600160a01b038086165f908152606c60209081526040808320938516835292905220546001600160401b0316801580159061288657506128826001600160401b0382166103e8613a64565b8410155b156128be5760405163b1076c1960e01b81526001600160a01b03831660048201526001600160401b0382166024820152604401610ada565b5f6128f96128e788856128d760408b0160208c01613a06565b6103d160608c0160408d01613a06565b6128f46060890189613a8f565b611f3c565b9050866001600160a01b0316816001600160a01b031614612940576040516377f0734360e11b81526001600160a01b03808316600483015288166024820152604401610ada565b509095945050505050565b836080013542111561297657604051637c06dd7560e11b815260808501356004820152602401610ada565b5f61298a61298386610ce2565b8585611f3c565b9050816001600160a01b0316816001600160a01b0316146129d1576040516377f0734360e11b81526001600160a01b03808316600483015283166024820152604401610ada565b6129e161079060208701876132dc565b612a17576129f260208601866132dc565b6040516305b5850b60e21b81526001600160a01b039091166004820152602401610ada565b5f600181612a2860208901896132dc565b6001600160a01b03166001600160a01b031681526020019081526020015f2054905080866060013514612a7b57604051633ddd513160e01b81526004810182905260608701356024820152604401610ada565b5f8080612a8b60208a018a6132dc565b6001600160a01b03168152602081019190915260409081015f2060018101549092506001600160401b031690612ac79060608a01908a01613a06565b6001600160401b031611612b1f5760018101546001600160401b0316612af36060890160408a01613a06565b604051636326c85f60e11b81526001600160401b03928316600482015291166024820152604401610ada565b6020870135612b4157604051632254e2a760e21b815260040160405180910390fd5b612b4c826001613a51565b60015f612b5c60208b018b6132dc565b6001600160a01b0316815260208082019290925260409081015f20929092558801358255612b909060608901908901613a06565b60018201805467ffffffffffffffff19166001600160401b0392909216919091179055612bc060208801886132dc565b6001600160a01b03167ff9e1804eed257dc0aa38e3016455e0dc97cf9f53b893f4b5e1ab0d3c6498f9f56020890135612bff60608b0160408c01613a06565b604080519283526001600160401b039091166020830152810185905260600160405180910390a250505050505050565b5f5f5b82811015612cd2575f612c6386868685818110612c5157612c51613a7b565b90506020028101906128f49190613a8f565b9050612c6e816117d7565b612c96576040516305b5850b60e21b81526001600160a01b0382166004820152602401610ada565b826001600160a01b0316816001600160a01b031611612cc85760405163af39015160e01b815260040160405180910390fd5b9150600101612c32565b505f6003600160036002612ce5606e5490565b612cef9190613a64565b612cf99190613a51565b612d039190613b07565b612d0d9190613d39565b9050805f03612d1a575060015b80831015610bb9576040516356159fd160e01b81526004810184905260248101829052604401610ada565b6001600160a01b0381161580612d6457506001600160a01b0381166001145b15612d8d576040516301b16f7d60e61b81526001600160a01b0382166004820152602401610ada565b6001600160a01b038181165f908152606d60205260409020541615610e8957604051630268f92960e01b81526001600160a01b0382166004820152602401610ada565b5f612dda85610dc4565b90505f612de8828686611f3c565b9050826001600160a01b0316816001600160a01b031614612e2f576040516377f0734360e11b81526001600160a01b03808316600483015284166024820152604401610ada565b50949350505050565b60405180610c8001604052806064906020820280368337509192915050565b508054612e6390613a1f565b5f825580601f10612e72575050565b601f0160209004905f5260205f2090612e8b9190612e8d565b565b5f5b80821115611a91575f81840155600101612e8f565b80356001600160a01b0381168114612eba575f5ffd5b919050565b80356001600160401b0381168114612eba575f5ffd5b5f5f5f5f60808587031215612ee8575f5ffd5b612ef185612ea4565b9350612eff60208601612ea4565b9250612f0d60408601612ebf565b9150612f1b60608601612ebf565b905092959194509250565b5f5f83601f840112612f36575f5ffd5b5081356001600160401b03811115612f4c575f5ffd5b602083019150836020828501011115612f63575f5ffd5b9250929050565b5f5f5f5f60408587031215612f7d575f5ffd5b84356001600160401b03811115612f92575f5ffd5b612f9e87828801612f26565b90955093505060208501356001600160401b03811115612fbc575f5ffd5b612fc887828801612f26565b95989497509550505050565b5f5f5f5f60608587031215612fe7575f5ffd5b612ff085612ea4565b9350612ffe60208601612ea4565b925060408501356001600160401b03811115612fbc575f5ffd5b5f60c08284031215613028575f5ffd5b50919050565b5f60808284031215613028575f5ffd5b5f5f5f5f5f5f5f5f610200898b031215613056575f5ffd5b6130608a8a613018565b975060c08901356001600160401b0381111561307a575f5ffd5b6130868b828c01612f26565b90985096505060e08901356001600160401b038111156130a4575f5ffd5b6130b08b828c0161302e565b9550506130c18a6101008b01613018565b93506101c08901356001600160401b038111156130dc575f5ffd5b6130e88b828c01612f26565b9094509250506101e08901356001600160401b03811115613107575f5ffd5b6131138b828c0161302e565b9150509295985092959890939650565b5f5f83601f840112613133575f5ffd5b5081356001600160401b03811115613149575f5ffd5b6020830191508360208260061b8501011115612f63575f5ffd5b5f5f5f60408486031215613175575f5ffd5b8335925060208401356001600160401b03811115613191575f5ffd5b61319d86828701613123565b9497909650939450505050565b5f60a08284031215613028575f5ffd5b5f60a082840312156131ca575f5ffd5b610cdb83836131aa565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610cdb60208301846131d4565b5f8151808452602084019350602083015f5b8281101561327957815180516001600160a01b03168752602080820151818901526040808301516001600160401b0316908901526060918201519188019190915260809096019590910190600101613226565b5093949350505050565b6001600160a01b03851681526080602082018190525f906132a690830186613214565b6001600160401b03949094166040830152506060015292915050565b5f60c082840312156132d2575f5ffd5b610cdb8383613018565b5f602082840312156132ec575f5ffd5b610cdb82612ea4565b80358015158114612eba575f5ffd5b5f5f5f5f60808587031215613317575f5ffd5b61332085612ea4565b935061332e602086016132f5565b93969395505050506040820135916060013590565b606081525f61335560608301866131d4565b828103602084015261336781866131d4565b9150506001600160401b0383166040830152949350505050565b5f5f5f5f5f60808688031215613395575f5ffd5b61339e86612ea4565b94506133ac602087016132f5565b93506040860135925060608601356001600160401b038111156133cd575f5ffd5b6133d988828901612f26565b969995985093965092949392505050565b5f5f604083850312156133fb575f5ffd5b61340483612ea4565b915061341260208401612ea4565b90509250929050565b5f5f5f5f60e0858703121561342e575f5ffd5b61343886866131aa565b935060a08501356001600160401b03811115613452575f5ffd5b61345e87828801612f26565b90945092505060c08501356001600160401b0381111561347c575f5ffd5b6134888782880161302e565b91505092959194509250565b5f5f83601f8401126134a4575f5ffd5b5081356001600160401b038111156134ba575f5ffd5b60208301915083602060a083028501011115612f63575f5ffd5b5f5f83601f8401126134e4575f5ffd5b5081356001600160401b038111156134fa575f5ffd5b6020830191508360208260051b8501011115612f63575f5ffd5b5f5f5f5f60408587031215613527575f5ffd5b84356001600160401b0381111561353c575f5ffd5b61354887828801613494565b90955093505060208501356001600160401b03811115613566575f5ffd5b612fc8878288016134d4565b5f5f60408385031215613583575f5ffd5b61358c83612ea4565b915061341260208401612ebf565b5f5f5f5f5f5f608087890312156135af575f5ffd5b6135b887612ea4565b955060208701356001600160401b038111156135d2575f5ffd5b6135de89828a01612f26565b90965094505060408701356001600160401b038111156135fc575f5ffd5b61360889828a01612f26565b909450925061361b905060608801612ebf565b90509295509295509295565b5f5f5f5f5f6080868803121561363b575f5ffd5b61364486612ebf565b9450602086013593506040860135925060608601356001600160401b0381111561366c575f5ffd5b6133d9888289016134d4565b5f60208284031215613688575f5ffd5b5035919050565b5f5f5f604084860312156136a1575f5ffd5b6136aa84612ea4565b925060208401356001600160401b038111156136c4575f5ffd5b61319d868287016134d4565b602080825282518282018190525f918401906040840190835b818110156129405783516001600160a01b03168352602093840193909201916001016136e9565b610c80810181835f5b6064811015613738578151835260209283019290910190600101613719565b50505092915050565b602081525f610cdb6020830184613214565b5f5f5f60608486031215613765575f5ffd5b61376e84612ebf565b95602085013595506040909401359392505050565b5f5f5f5f60408587031215613796575f5ffd5b84356001600160401b038111156137ab575f5ffd5b61354887828801613123565b5f5f5f60c084860312156137c9575f5ffd5b6137d385856131aa565b925060a08401356001600160401b038111156137ed575f5ffd5b61319d86828701612f26565b5f5f5f5f5f5f5f5f60a0898b031215613810575f5ffd5b61381989612ea4565b975060208901356001600160401b03811115613833575f5ffd5b61383f8b828c01612f26565b90985096505060408901356001600160401b0381111561385d575f5ffd5b6138698b828c01612f26565b909650945061387c905060608a01612ebf565b925060808901356001600160401b03811115613896575f5ffd5b6138a28b828c01612f26565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f6101c087890312156138cc575f5ffd5b6138d68888613018565b955060c08701356001600160401b038111156138f0575f5ffd5b6138fc89828a01612f26565b909650945061391090508860e08901613018565b92506101a08701356001600160401b0381111561392b575f5ffd5b61393789828a01612f26565b979a9699509497509295939492505050565b5f5f5f5f5f5f6060878903121561395e575f5ffd5b86356001600160401b03811115613973575f5ffd5b61397f89828a01613494565b90975095505060208701356001600160401b0381111561399d575f5ffd5b6139a989828a016134d4565b90955093505060408701356001600160401b038111156139c7575f5ffd5b61393789828a016134d4565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115610d8457610d846139d3565b5f60208284031215613a16575f5ffd5b610cdb82612ebf565b600181811c90821680613a3357607f821691505b60208210810361302857634e487b7160e01b5f52602260045260245ffd5b80820180821115610d8457610d846139d3565b8082028115828204841417610d8457610d846139d3565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112613aa4575f5ffd5b8301803591506001600160401b03821115613abd575f5ffd5b602001915036819003821315612f63575f5ffd5b818382375f9101908152919050565b634e487b7160e01b5f52601260045260245ffd5b5f82613b0257613b02613ae0565b500690565b81810381811115610d8457610d846139d3565b634e487b7160e01b5f52604160045260245ffd5b5f60018201613b3f57613b3f6139d3565b5060010190565b6001600160c01b038181168382160190811115610d8457610d846139d3565b83815260406020820181905281018290525f8360608301825b85811015613ba657823582526020808401359083015260409283019290910190600101613b7e565b509695505050505050565b5f8235607e19833603018112613bc5575f5ffd5b9190910192915050565b601f821115611a915782821115611a9157805f5260205f20601f840160051c6020851015613bfa57505f5b90810190601f840160051c035f5b81811015610b2b575f83820155600101613c08565b6001600160401b03831115613c3457613c34613b1a565b613c4883613c428354613a1f565b83613bcf565b5f601f841160018114613c79575f8515613c625750838201355b5f19600387901b1c1916600186901b178355610bb9565b5f83815260208120601f198716915b82811015613ca85786850135825560209485019460019092019101613c88565b5086821015613cc4575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f613d11604083018688613cd6565b82810360208401526112fc818587613cd6565b5f81613d3257613d326139d3565b505f190190565b5f82613d4757613d47613ae0565b50049056",
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

// PackImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60da1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function implementation() view returns(address)
func (ringFactory *RingFactory) PackImplementation() []byte {
	enc, err := ringFactory.abi.Pack("implementation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60da1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function implementation() view returns(address)
func (ringFactory *RingFactory) TryPackImplementation() ([]byte, error) {
	return ringFactory.abi.Pack("implementation")
}

// UnpackImplementation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c60da1b.
//
// Solidity: function implementation() view returns(address)
func (ringFactory *RingFactory) UnpackImplementation(data []byte) (common.Address, error) {
	out, err := ringFactory.abi.Unpack("implementation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (ringFactory *RingFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], ringFactory.abi.Errors["FailedDeployment"].ID.Bytes()[:4]) {
		return ringFactory.UnpackFailedDeploymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], ringFactory.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return ringFactory.UnpackInsufficientBalanceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RingFactoryFailedDeployment represents a FailedDeployment error raised by the RingFactory contract.
type RingFactoryFailedDeployment struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedDeployment()
func RingFactoryFailedDeploymentErrorID() common.Hash {
	return common.HexToHash("0xb06ebf3d5067824a3fe5d5ba19471e035a7de6c88dac362c77b162830a5b9093")
}

// UnpackFailedDeploymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedDeployment()
func (ringFactory *RingFactory) UnpackFailedDeploymentError(raw []byte) (*RingFactoryFailedDeployment, error) {
	out := new(RingFactoryFailedDeployment)
	if err := ringFactory.abi.UnpackIntoInterface(out, "FailedDeployment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RingFactoryInsufficientBalance represents a InsufficientBalance error raised by the RingFactory contract.
type RingFactoryInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func RingFactoryInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (ringFactory *RingFactory) UnpackInsufficientBalanceError(raw []byte) (*RingFactoryInsufficientBalance, error) {
	out := new(RingFactoryInsufficientBalance)
	if err := ringFactory.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}
