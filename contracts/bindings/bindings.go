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

// ChallengesAttesterView is an auto generated low-level Go binding around an user-defined struct.
type ChallengesAttesterView struct {
	Account    common.Address
	Registered bool
	Index      uint32
	PeerId     []byte
	GatewayUrl string
}

// ChallengesChallengeView is an auto generated low-level Go binding around an user-defined struct.
type ChallengesChallengeView struct {
	Id        *big.Int
	BucketId  uint64
	RetryOf   *big.Int
	Status    uint8
	SeedBlock uint64
	Deadline  uint64
	Reports   uint8
	MaxAgree  uint8
	D         ChallengesDerivation
	Votes     []ChallengesVote
}

// ChallengesDerivation is an auto generated low-level Go binding around an user-defined struct.
type ChallengesDerivation struct {
	Ring          common.Address
	HosterNode    uint32
	Hoster        common.Address
	Attesters     []common.Address
	Members       []common.Address
	Seqs          []uint64
	Heads         [][32]byte
	HeadSeqs      []uint64
	PositionsHash [32]byte
}

// ChallengesGrade is an auto generated low-level Go binding around an user-defined struct.
type ChallengesGrade struct {
	Reports      uint8
	Graded       bool
	Votes        [3]uint8
	Availability bool
	Latency      bool
	Bandwidth    bool
	ScoreBps     uint16
}

// ChallengesParams is an auto generated low-level Go binding around an user-defined struct.
type ChallengesParams struct {
	Period       uint64
	SeedDelay    uint16
	Window       uint32
	Attesters    uint8
	Positions    uint8
	DecayBps     uint16
	ThresholdBps uint16
}

// ChallengesPerformance is an auto generated low-level Go binding around an user-defined struct.
type ChallengesPerformance struct {
	Challenge       *big.Int
	Hoster          common.Address
	AvailabilityBps uint16
	P50Ms           uint32
	Bandwidth       uint64
}

// ChallengesRecord is an auto generated low-level Go binding around an user-defined struct.
type ChallengesRecord struct {
	Passes      uint32
	Fails       uint32
	Timeouts    uint32
	Graded      uint32
	GradeSumBps uint64
}

// ChallengesReport is an auto generated low-level Go binding around an user-defined struct.
type ChallengesReport struct {
	Challenge *big.Int
	Hoster    common.Address
	Positions [32]byte
	Data      [32]byte
	Ok        bool
}

// ChallengesTerms is an auto generated low-level Go binding around an user-defined struct.
type ChallengesTerms struct {
	MinAvailabilityBps uint16
	MaxP50Ms           uint32
	MinBandwidth       uint64
}

// ChallengesVote is an auto generated low-level Go binding around an user-defined struct.
type ChallengesVote struct {
	Attester common.Address
	Reported bool
	Ok       bool
	Data     [32]byte
}

// MarketBaseAccountStatus is an auto generated low-level Go binding around an user-defined struct.
type MarketBaseAccountStatus struct {
	Deposit  *big.Int
	Rate     *big.Int
	Accrued  *big.Int
	Unlocked *big.Int
	Nonce    *big.Int
}

// MarketBaseBucketStatus is an auto generated low-level Go binding around an user-defined struct.
type MarketBaseBucketStatus struct {
	BucketId        uint64
	Owner           common.Address
	Ring            common.Address
	ClusterId       uint32
	ClusterRing     common.Address
	Resource        uint64
	Rate            *big.Int
	SettledUntil    uint64
	DebtSince       uint64
	Due             *big.Int
	PaidUntil       uint64
	InDebt          bool
	AccountDeposit  *big.Int
	AccountUnlocked *big.Int
	AccountRate     *big.Int
	Nodes           []MarketBaseNodeView
}

// MarketBaseClusterStatus is an auto generated low-level Go binding around an user-defined struct.
type MarketBaseClusterStatus struct {
	ClusterId         uint32
	Manager           common.Address
	Ring              common.Address
	ManagementFeeBps  uint16
	Vnodes            uint32
	ResourcePerVNode  uint64
	ResourceUsed      uint64
	RentPerUnit       *big.Int
	Revenues          *big.Int
	LastDistributedAt uint64
	Nodes             []MarketBaseNodeView
}

// MarketBaseNodeView is an auto generated low-level Go binding around an user-defined struct.
type MarketBaseNodeView struct {
	NodeId      uint32
	Provider    common.Address
	Avatar      common.Address
	ClusterId   uint32
	Vnodes      uint32
	Capacity    uint64
	Reserved    uint64
	RentPerUnit *big.Int
	PeerId      []byte
	GatewayUrl  string
	Idle        bool
}

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

// ChallengesMetaData contains all meta data concerning the Challenges contract.
var ChallengesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIChallengeMarket\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyGraded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"AlreadyMeasured\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"AlreadyReported\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumChallenges.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"AlreadyResolved\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignatureLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignatureV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"}],\"name\":\"BucketNotAllocated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nextAllowed\",\"type\":\"uint64\"}],\"name\":\"ChallengeTooSoon\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"}],\"name\":\"ClusterHasNoNodes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"InvalidAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"LateReport\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MissingReceipt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NoMeasurements\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAttester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotBucketOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"eligible\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"NotEnoughAttesters\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMarket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"enumChallenges.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotSelectedAttester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"}],\"name\":\"NothingToChallenge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"ParamOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"hoster\",\"type\":\"address\"}],\"name\":\"ReceiptSignerMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"members\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RingTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"SeedNotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"SeedNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"peerIdSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gatewayUrlSize\",\"type\":\"uint256\"}],\"name\":\"TooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"}],\"name\":\"UnknownBucket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownChallenge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"given\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"WrongHoster\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"}],\"name\":\"WrongPositions\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"}],\"name\":\"AttesterLeft\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"gatewayUrl\",\"type\":\"string\"}],\"name\":\"AttesterRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"gatewayUrl\",\"type\":\"string\"}],\"name\":\"AttesterUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"hosterNode\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"hoster\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"seqs\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"heads\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"headSeqs\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"positionsHash\",\"type\":\"bytes32\"}],\"indexed\":false,\"internalType\":\"structChallenges.Derivation\",\"name\":\"d\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ChallengeActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"retryOf\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"hosterNode\",\"type\":\"uint32\"}],\"name\":\"ChallengeCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"}],\"name\":\"ChallengeReseeded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"enumChallenges.Status\",\"name\":\"outcome\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"timedOut\",\"type\":\"bool\"}],\"name\":\"ChallengeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"contained\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"challenge\",\"type\":\"uint256\"}],\"name\":\"NodeContained\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"seedDelay\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"attesters\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"positions\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"decayBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"thresholdBps\",\"type\":\"uint16\"}],\"name\":\"ParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"met\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"scoreBps\",\"type\":\"uint16\"}],\"name\":\"PerformanceGraded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"p50Ms\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"bandwidth\",\"type\":\"uint64\"}],\"name\":\"PerformanceReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"name\":\"ReportSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"alpha\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"beta\",\"type\":\"uint128\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"scoreBps\",\"type\":\"uint256\"}],\"name\":\"ReputationUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"minAvailabilityBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"maxP50Ms\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"minBandwidth\",\"type\":\"uint64\"}],\"name\":\"TermsSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ATTESTERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GATEWAY_URL_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_POSITIONS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RING_MEMBERS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ONE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PERFORMANCE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REPORT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"activate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attesterCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attesterLeave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"gatewayUrl\",\"type\":\"string\"}],\"name\":\"attesterRegister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attesters\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"}],\"name\":\"challengeStorage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"derive\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"hosterNode\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"hoster\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"seqs\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"heads\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"headSeqs\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"positionsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structChallenges.Derivation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getAttester\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"gatewayUrl\",\"type\":\"string\"}],\"internalType\":\"structChallenges.AttesterView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getChallenge\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"retryOf\",\"type\":\"uint256\"},{\"internalType\":\"enumChallenges.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"seedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"reports\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"maxAgree\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"hosterNode\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"hoster\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"seqs\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"heads\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"headSeqs\",\"type\":\"uint64[]\"},{\"internalType\":\"bytes32\",\"name\":\"positionsHash\",\"type\":\"bytes32\"}],\"internalType\":\"structChallenges.Derivation\",\"name\":\"d\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"reported\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"internalType\":\"structChallenges.Vote[]\",\"name\":\"votes\",\"type\":\"tuple[]\"}],\"internalType\":\"structChallenges.ChallengeView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getGrade\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"reports\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"graded\",\"type\":\"bool\"},{\"internalType\":\"uint8[3]\",\"name\":\"votes\",\"type\":\"uint8[3]\"},{\"internalType\":\"bool\",\"name\":\"availability\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"latency\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"bandwidth\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"scoreBps\",\"type\":\"uint16\"}],\"internalType\":\"structChallenges.Grade\",\"name\":\"g\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"seedDelay\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"attesters\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"positions\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"decayBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"thresholdBps\",\"type\":\"uint16\"}],\"internalType\":\"structChallenges.Params\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"gradePerformance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"challenge\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"attester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"}],\"name\":\"hashReceipt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"challenge\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"hoster\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"positions\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"internalType\":\"structChallenges.Report\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"hashReport\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"name\":\"lastChallenged\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"name\":\"lastFailedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"name\":\"markPaid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"market\",\"outputs\":[{\"internalType\":\"contractIChallengeMarket\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"since\",\"type\":\"uint256\"}],\"name\":\"payWeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"weightBps\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"failedAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"performances\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"graded\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"lastScoreBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"unpaid\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"unpaidSumBps\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"periodIndex\",\"type\":\"uint64\"}],\"name\":\"record\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"passes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"fails\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"timeouts\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"graded\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"gradeSumBps\",\"type\":\"uint64\"}],\"internalType\":\"structChallenges.Record\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"name\":\"reputation\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"alpha\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"beta\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"scoreBps\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"contained\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"passes\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"fails\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"timeouts\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"reseed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"resolve\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"retryId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"period\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"seedDelay\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"window\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"attesters\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"positions\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"decayBps\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"thresholdBps\",\"type\":\"uint16\"}],\"internalType\":\"structChallenges.Params\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"setParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"minAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxP50Ms\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"minBandwidth\",\"type\":\"uint64\"}],\"internalType\":\"structChallenges.Terms\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"setTerms\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"name\":\"standing\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"below\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"scoreBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"outcomes\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"challenge\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"hoster\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"availabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"p50Ms\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"bandwidth\",\"type\":\"uint64\"}],\"internalType\":\"structChallenges.Performance\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"attesterSig\",\"type\":\"bytes\"}],\"name\":\"submitPerformance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"challenge\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"hoster\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"positions\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"data\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"internalType\":\"structChallenges.Report\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"attesterSig\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"hosterSig\",\"type\":\"bytes\"}],\"name\":\"submitReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"}],\"name\":\"terms\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"minAvailabilityBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"maxP50Ms\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"minBandwidth\",\"type\":\"uint64\"}],\"internalType\":\"structChallenges.Terms\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Challenges",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161636a38038061636a83398101604081905261002e916104d4565b816001600160a01b03163b5f03610068576040516325abcd9160e11b81526001600160a01b03831660048201526024015b60405180910390fd5b6001600160a01b03811661009a576040516325abcd9160e11b81526001600160a01b038216600482015260240161005f565b5f80546001600160a01b038085166001600160a01b03199283161783556001805491851691909216811790915560405190917f8fe72c3e0020beb3234e76ae6676fa576fbfcae600af1c4fea44784cf0db329c91a26040805160e0810182526201518081526002602082015261025891810191909152600360608201526004608082015261251c60a082015261177060c08201526101379061013e565b5050610556565b6040805180820190915260068152651c195c9a5bd960d21b6020820152815161017891906001600160401b0316610e106301e13380610484565b6101b5604051806040016040528060098152602001687365656444656c617960b81b815250826020015161ffff166001608061048460201b60201c565b604080518082018252600681526577696e646f7760d01b6020820152908201516101eb919063ffffffff16603c62093a80610484565b6102276040518060400160405280600981526020016861747465737465727360b81b815250826060015160ff166001600f61048460201b60201c565b61026360405180604001604052806009815260200168706f736974696f6e7360b81b815250826080015160ff166001601061048460201b60201c565b6102a160405180604001604052806008815260200167646563617942707360c01b8152508260a0015161ffff1661138861271061048460201b60201c565b6102e16040518060400160405280600c81526020016b7468726573686f6c6442707360a01b8152508260c0015161ffff165f61271061048460201b60201c565b8060025f820151815f015f6101000a8154816001600160401b0302191690836001600160401b031602179055506020820151815f0160086101000a81548161ffff021916908361ffff1602179055506040820151815f01600a6101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01600e6101000a81548160ff021916908360ff1602179055506080820151815f01600f6101000a81548160ff021916908360ff16021790555060a0820151815f0160106101000a81548161ffff021916908361ffff16021790555060c0820151815f0160126101000a81548161ffff021916908361ffff1602179055509050507fdc62b78a63c6f63eff41faaf0e7ff4fbe8ed2cef36b79c61c46e8fb2fbc4ea00815f015182602001518360400151846060015185608001518660a001518760c0015160405161047997969594939291906001600160401b0397909716875261ffff958616602088015263ffffffff94909416604087015260ff928316606087015291166080850152821660a08401521660c082015260e00190565b60405180910390a150565b8183108061049157508083115b156104b757838383836040516301f0b45760e71b815260040161005f949392919061050c565b50505050565b6001600160a01b03811681146104d1575f5ffd5b50565b5f5f604083850312156104e5575f5ffd5b82516104f0816104bd565b6020840151909250610501816104bd565b809150509250929050565b608081525f8551806080840152806020880160a085015e5f60a0828501015260a0601f19601f83011684010191505084602083015283604083015282606083015295945050505050565b615e07806105635f395ff3fe608060405234801561000f575f5ffd5b5060043610610280575f3560e01c806395850f5911610156578063e1e0485e116100ca578063ee1417fb11610084578063ee1417fb146108a9578063f698da25146108d0578063f74cccbf146108d8578063f7b24e08146108f8578063f851a44014610900578063fb84eda814610913575f5ffd5b8063e1e0485e14610774578063e25f9d4514610794578063e294a2f1146107f3578063e7f1138d1461087b578063e9c520811461088e578063eacdafba146108a1575f5ffd5b8063b260c42a1161011b578063b260c42a146106ea578063b3ba30af146106fd578063c2ee3a0814610705578063d26ecf5414610714578063d7106a6314610734578063da7717331461076c575f5ffd5b806395850f591461066c578063a2f0572514610693578063a92945b51461069c578063af0c4bb7146106af578063b1d7c0fa146106d7575f5ffd5b80634a882fc3116101f857806368e6d898116101b257806368e6d898146104cf578063704b6c02146104e257806372c1ad86146104f55780637b07832e1461056a57806380f55605146106125780638216a6631461063c575f5ffd5b80634a882fc3146103855780634f896d4f146103ac578063576dfbc8146103bf5780635e615a6b146103c85780635f3036191461048c57806365409a841461049f575f5ffd5b80631aac8407116102495780631aac8407146102fc5780631bdd4b741461030f57806320606b701461032f578063249d39e914610356578063310506251461035f57806333d07be014610372575f5ffd5b8062cfe24f14610284578063059acbb2146102a257806306040618146102b75780630b1635d6146102d75780631481103f146102ea575b5f5ffd5b61028c61091b565b6040516102999190614add565b60405180910390f35b6102b56102b0366004614b3c565b61097b565b005b6102bf610bc6565b6040516001600160401b039091168152602001610299565b6102b56102e5366004614bbb565b610bd4565b6004545b604051908152602001610299565b6102b561030a366004614bd2565b610cc1565b61032261031d366004614bbb565b610e21565b6040516102999190614e15565b6102ee7f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b6102ee61271081565b6102ee61036d366004614ef2565b61134d565b6102b5610380366004614f1e565b6114ab565b6102ee7fff22580a81f3e9dce7786bbd180db33068eecb24c206e70d6225bd8ea232462081565b6102ee6103ba366004614bbb565b611505565b6102ee61010081565b61047f6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506040805160e0810182526002546001600160401b038116825261ffff600160401b82048116602084015263ffffffff600160501b8304169383019390935260ff600160701b820481166060840152600160781b8204166080830152600160801b8104831660a0830152600160901b900490911660c082015290565b6040516102999190614f39565b6102ee61049a366004614fcb565b611742565b6104b26104ad366004615000565b6117b7565b604080519283526001600160401b03909116602083015201610299565b6102b56104dd36600461502a565b61182b565b6102b56104f0366004615043565b611870565b61050861050336600461505e565b611916565b60405161029991905f60a08201905063ffffffff835116825263ffffffff602084015116602083015263ffffffff604084015116604083015263ffffffff60608401511660608301526001600160401b03608084015116608083015292915050565b6105dd610578366004614ef2565b60408051606080820183525f80835260208084018290529284018190526001600160401b039485168152600a8352839020835191820184525461ffff8116825262010000810463ffffffff1692820192909252600160301b9091049092169082015290565b60408051825161ffff16815260208084015163ffffffff1690820152918101516001600160401b031690820152606001610299565b5f54610624906001600160a01b031681565b6040516001600160a01b039091168152602001610299565b61064f61064a366004614f1e565b6119c0565b604080519315158452602084019290925290820152606001610299565b6102ee7f52c56f2f7fd72a518247c7fb658f29fbaa5ef544630029ddf319921baecf36de81565b6102ee60035481565b6102b56106aa366004614bbb565b611a26565b6102bf6106bd366004614ef2565b60076020525f90815260409020546001600160401b031681565b6102b56106e5366004615095565b611b09565b6102b56106f8366004614bbb565b611c54565b6102b5611ffe565b6102ee670de0b6b3a764000081565b610727610722366004615043565b612171565b6040516102999190615101565b6102bf610742366004614f1e565b63ffffffff165f90815260086020526040902060010154600160681b90046001600160401b031690565b6102ee600f81565b610787610782366004614bbb565b612313565b6040516102999190615167565b6107a76107a2366004614f1e565b6123dd565b604080516001600160801b03988916815297909616602088015294860193909352901515606085015263ffffffff908116608085015290811660a08401521660c082015260e001610299565b610841610801366004614f1e565b600b6020525f908152604090205463ffffffff80821691640100000000810461ffff1691600160301b82041690600160501b90046001600160401b031684565b6040805163ffffffff958616815261ffff94909416602085015291909316908201526001600160401b039091166060820152608001610299565b6102ee6108893660046151ee565b61245c565b6102b561089c366004615208565b6124e8565b6102ee604081565b6102ee7f538ea8d24b217d50860dc3819acf44e8599bd63f623474f7267d6f8c754a69cf81565b6102ee6128bb565b6108eb6108e6366004614bbb565b61295f565b6040516102999190615257565b6102ee601081565b600154610624906001600160a01b031681565b6102ee608081565b6060600480548060200260200160405190810160405280929190818152602001828054801561097157602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610953575b5050505050905090565b84355f61098782612979565b8054909150600160801b90046001600160401b03164211156109dc5780546040516302cebe9960e31b815260048101849052600160801b9091046001600160401b031660248201526044015b60405180910390fd5b5f6109f06109e98961245c565b8888612a02565b90505f6109fe848484612b78565b60018401549091506001600160a01b031680610a2060408c0160208d01615043565b6001600160a01b031614610a6b57610a3e60408b0160208c01615043565b604051632278268d60e11b81526001600160a01b03918216600482015290821660248201526044016109d3565b83600301548a6040013514610aa657600384015460408051632e8f3b6960e21b8152908c0135600482015260248101919091526044016109d3565b610ab660a08b0160808c01615276565b15610b3f575f869003610adc576040516314147c7160e21b815260040160405180910390fd5b5f610af6610aef87868e60600135611742565b8989612a02565b9050816001600160a01b0316816001600160a01b031614610b3d576040516314c472b160e11b81526001600160a01b038083166004830152831660248201526044016109d3565b505b6001600160a01b038316857f49307ee720a6679fb242fe9d1dc69a5c6371423658ae69ffd8218a516a9b7eb0610b7b60a08e0160808f01615276565b60408051911515825260608f013560208301520160405180910390a3610bba8585848d6080016020810190610bb09190615276565b8e60600135612bcd565b50505050505050505050565b5f610bcf612d82565b905090565b5f610bde82612d9a565b8054909150600160801b90046001600160401b03165f819003610c175760405163392c4cbf60e11b8152600481018490526024016109d3565b806001600160401b03164211610c525760405163ec63058960e01b8152600481018490526001600160401b03821660248201526044016109d3565b60468201546301000000900460801615610c825760405163308d134d60e21b8152600481018490526024016109d3565b604682015462010000900460ff165f03610cb257604051639bc10f8560e01b8152600481018490526024016109d3565b610cbc8383612ddb565b505050565b6040831180610cd1575061010081115b15610cf95760405163677fd0e360e01b815260048101849052602481018290526044016109d3565b335f90815260056020526040902060018101610d1685878361532d565b5060028101610d2683858361532d565b50805463ffffffff1615610d8157336001600160a01b03167f6e6740c3aaa53fd3e06dbe7ef8a3a1b1ac0629a1d51fcfeb66b0bcf20f79086f86868686604051610d73949392919061540f565b60405180910390a250610e1b565b600480546001810182555f8290527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b018054336001600160a01b031990911681179091559054825463ffffffff191663ffffffff9091161782556040517f08ac8f63866ff286dd6f8c181db33c010205d693446bd556b6415fa4444000f390610e1190889088908890889061540f565b60405180910390a2505b50505050565b610e29614939565b5f610e3383612d9a565b83835280546001600160401b0380821660208601526002830154600160a01b90041660408501529091506060830190600160e01b900460ff166004811115610e7d57610e7d614c3c565b90816004811115610e9057610e90614c3c565b90525080546001600160401b03600160401b820481166080850152600160801b8204811660a0850152600183015460ff600160a01b8204811660c0870152600160a81b8204811660e08701526101008681015160028701546001600160a01b03908116825263ffffffff600160c01b880416602083015290931660408401526003860154908301529092600160e81b8104821692600160f01b909104909116908290811115610f4157610f41615291565b604051908082528060200260200182016040528015610f6a578160200160208202803683370190505b506060840152816001600160401b03811115610f8857610f88615291565b604051908082528060200260200182016040528015610fd857816020015b604080516080810182525f8082526020808301829052928201819052606082015282525f19909201910181610fa65790505b506101208601525f5b828110156110cc575f8560040182600f8110610fff57610fff615440565b0154606086015180516001600160a01b03909216925082918490811061102757611027615440565b6001600160a01b03928316602091820292909201810191909152604080516080810182529284168352600189810154600160b01b810491871b91821661ffff908116151594860194909452600160c01b900416909116151590820152606081016013880184600f811061109c5761109c615440565b015481525087610120015183815181106110b8576110b8615440565b602090810291909101015250600101610fe1565b50806001600160401b038111156110e5576110e5615291565b60405190808252806020026020018201604052801561110e578160200160208202803683370190505b506080840152806001600160401b0381111561112c5761112c615291565b604051908082528060200260200182016040528015611155578160200160208202803683370190505b5060a0840152806001600160401b0381111561117357611173615291565b60405190808252806020026020018201604052801561119c578160200160208202803683370190505b5060c0840152806001600160401b038111156111ba576111ba615291565b6040519080825280602002602001820160405280156111e3578160200160208202803683370190505b5060e08401525f5b81811015611343575f85602201826010811061120957611209615440565b018054608087015180519293506001600160a01b03909116918490811061123257611232615440565b60200260200101906001600160a01b031690816001600160a01b031681525050805f0160149054906101000a90046001600160401b03168560a00151838151811061127f5761127f615440565b60200260200101906001600160401b031690816001600160401b0316815250508560320182601081106112b4576112b4615440565b01548560c0015183815181106112cc576112cc615440565b6020026020010181815250508560420182601081106112ed576112ed615440565b600491828204019190066008029054906101000a90046001600160401b03168560e00151838151811061132257611322615440565b6001600160401b0390921660209283029190910190910152506001016111eb565b5050505050919050565b6001600160401b038082165f908152600760205260408120549091168015801590611390575060025461138d906001600160401b03908116908316615468565b42105b156113d95760025483906113ad906001600160401b03168361547b565b6040516324e5704760e01b81526001600160401b039283166004820152911660248201526044016109d3565b5f6113e38461307d565b90508060a001516001600160401b03165f0361141d5760405163078c644960e51b81526001600160401b03851660048201526024016109d3565b806101e00151515f03611451576060810151604051630e5b921b60e41b815263ffffffff90911660048201526024016109d3565b61145f848260400151613235565b50506001600160401b038481165f90815260076020526040808220805467ffffffffffffffff19164290941693909317909255908201516114a39186919080613401565b949350505050565b5f546001600160a01b031633146114d75760405163bfae38b360e01b81523360048201526024016109d3565b63ffffffff165f908152600b60205260409020805471ffffffffffffffffffffffff00000000000019169055565b5f5f61151083612979565b8054909150600160801b90046001600160401b0316421161155f57805460405163ec63058960e01b815260048101859052600160801b9091046001600160401b031660248201526044016109d3565b8054600160c01b900463ffffffff165f8181526008602052604090206002830154600160a01b90046001600160401b03161515806115a15750600181015460ff165b156115be576115b485845f806001613538565b505f949350505050565b825460ff60e01b1916600160e21b1783556001818101805460ff19169091178082556009906115f990600160481b900463ffffffff1661549a565b91906101000a81548163ffffffff021916908363ffffffff16021790555060095f8363ffffffff1663ffffffff1681526020019081526020015f205f61163d612d82565b6001600160401b0316815260208101919091526040015f20805460089061167090600160401b900463ffffffff1661549a565b91906101000a81548163ffffffff021916908363ffffffff1602179055508163ffffffff16857ff1de91e3b221b1cd82db515b99776bc4f30546418e2a0a5d591bdf0a908afa1d60045f5f6040516116ca939291906154be565b60405180910390a360408051600181526020810187905263ffffffff8416917ff82c238d2694713c56f9c9ec31cba27a23196628c8b0a8482f7c812c2d7cd0e1910160405180910390a282546002840154611739916001600160401b0316906001600160a01b03168785613401565b95945050505050565b604080517f52c56f2f7fd72a518247c7fb658f29fbaa5ef544630029ddf319921baecf36de60208201529081018490526001600160a01b0383166060820152608081018290525f906117ad9060a0015b604051602081830303815290604052805190602001206138d7565b90505b9392505050565b63ffffffff82165f908152600b6020526040812081906117d69061391d565b63ffffffff85165f90815260086020526040902060010154909250600160681b90046001600160401b03169050801580159061181b575082816001600160401b031610155b15611824575f91505b9250929050565b6001546001600160a01b0316331461185657604051637bfa4b9f60e01b815260040160405180910390fd5b61186d611868368390038301836155cc565b613973565b50565b6001546001600160a01b0316331461189b57604051637bfa4b9f60e01b815260040160405180910390fd5b6001600160a01b0381166118cd576040516325abcd9160e11b81526001600160a01b03821660048201526024016109d3565b600180546001600160a01b0319166001600160a01b0383169081179091556040517f8fe72c3e0020beb3234e76ae6676fa576fbfcae600af1c4fea44784cf0db329c905f90a250565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091525063ffffffff8083165f9081526009602090815260408083206001600160401b03808716855290835292819020815160a081018352905480861682526401000000008104861693820193909352600160401b8304851691810191909152600160601b82049093166060840152600160801b90041660808201525b92915050565b63ffffffff81165f908152600860205260408120819081906119e181613c9f565b6002546001830154600160901b90910461ffff1682109550909350611a1d9065010000000000810463ffffffff90811691610100900416615468565b93959294505050565b5f611a3082613cfc565b8054909150600160401b90046001600160401b03164381101580611a5d57506001600160401b0381164015155b15611a8657604051633870686d60e21b81526001600160401b03821660048201526024016109d3565b600254611a9e90600160401b900461ffff164361547b565b82546fffffffffffffffff00000000000000001916600160401b6001600160401b03831690810291909117845560405190815290915083907fea29076ea484578663f69ada8c1c47a0ed5c3ef9119816f4c99eee837b91e042906020015b60405180910390a2505050565b5f611b138361307d565b905080602001516001600160a01b0316336001600160a01b031614611b5c576040516301c5c04d60e01b81526001600160401b03841660048201523360248201526044016109d3565b611ba9604051806040016040528060128152602001716d696e417661696c6162696c69747942707360701b815250835f016020810190611b9c9190615666565b61ffff165f612710613d59565b6001600160401b0383165f908152600a602052604090208290611bcc8282615681565b50506001600160401b0383167f98f77a0aa2363dd0f4345039ecb7539c54ea5cdf3a84f13b1c1536fe6af6b17d611c066020850185615666565b611c166040860160208701614f1e565b611c266060870160408801614ef2565b6040805161ffff909416845263ffffffff90921660208401526001600160401b031690820152606001611afc565b5f611c5e82613cfc565b90505f611c6b8383613d8c565b60608101515160808201515160025492935090915f90611c9890600160501b900463ffffffff164261547b565b855460208681015160ff868116600160f01b0260ff60f01b19918916600160e81b029190911661ffff60e81b19600160e01b63ffffffff948516600160c01b0263ffffffff60c01b196001600160401b038a8116600160801b02919091166cffffffffffffffffffffffffff60801b19909916989098171717161717808a556040808a015160018c0180546001600160a01b039092166001600160a01b03199092169190911790556101008a015160038c01559084165f908152600a9093528220805460468b01805464010000000061ffff9093169290920265ffff00000000198316811782558354600160301b62010000909104909516850269ffffffff0000000000001990911669ffffffffffff000000001990931692909217919091178082558254600160501b9490049095169290920267ffffffffffffffff60501b19909416939093179055919250905b84811015611e495785606001518181518110611e0557611e05615440565b60200260200101518760040182600f8110611e2257611e22615440565b0180546001600160a01b0319166001600160a01b0392909216919091179055600101611de7565b505f5b83811015611faa57604051806040016040528087608001518381518110611e7557611e75615440565b60200260200101516001600160a01b031681526020018760a001518381518110611ea157611ea1615440565b60200260200101516001600160401b0316815250876022018260108110611eca57611eca615440565b8251910180546020909301516001600160401b0316600160a01b026001600160e01b03199093166001600160a01b039092169190911791909117905560c0860151805182908110611f1d57611f1d615440565b6020026020010151876032018260108110611f3a57611f3a615440565b015560e0860151805182908110611f5357611f53615440565b6020026020010151876042018260108110611f7057611f70615440565b600491828204019190066008026101000a8154816001600160401b0302191690836001600160401b03160217905550806001019050611e4c565b5085546040516001600160401b039091169088907f20bf1afc2d280de3b9b3d263ef6066f2ed914db0d177da8ce581ebf508147ab690611fed90899087906156ee565b60405180910390a350505050505050565b335f9081526005602052604081208054909163ffffffff9091169081900361203b576040516314817f2f60e01b81523360048201526024016109d3565b600480545f919061204e90600190615718565b8154811061205e5761205e615440565b5f918252602090912001546001600160a01b03169050806004612082600185615718565b8154811061209257612092615440565b5f91825260208083209190910180546001600160a01b0319166001600160a01b039485161790559183168152600590915260409020805463ffffffff191663ffffffff841617905560048054806120eb576120eb61572b565b5f828152602080822083015f1990810180546001600160a01b03191690559092019092553382526005905260408120805463ffffffff19168155906121336001830182614990565b612140600283015f614990565b505060405133907fba3cc632d45c59a0c79e1b5a508282dcca5bcfeef1e2e4e8f5dceec78825be31905f90a2505050565b6040805160a0810182525f8082526020808301828152838501839052606080850181905260808501526001600160a01b038616808452600590925293909120908252805463ffffffff1615801590935290916121e75780546121db9060019063ffffffff1661573f565b63ffffffff1660408301525b8060010180546121f6906152a5565b80601f0160208091040260200160405190810160405280929190818152602001828054612222906152a5565b801561226d5780601f106122445761010080835404028352916020019161226d565b820191905f5260205f20905b81548152906001019060200180831161225057829003601f168201915b50505050508260600181905250806002018054612289906152a5565b80601f01602080910402602001604051908101604052809291908181526020018280546122b5906152a5565b80156123005780601f106122d757610100808354040283529160200191612300565b820191905f5260205f20905b8154815290600101906020018083116122e357829003601f168201915b5050505050826080018190525050919050565b61231b6149c6565b5f61232583612d9a565b604681015460ff6201000082048116855263010000009091046080811615156020860152604080516060810191829052939450911691906047840190600390825f855b825461010083900a900460ff168152602060019283018181049485019490930390920291018084116123685750505050506040850191909152506001811615156060840152600281161515608084015260048116151560a08401526123cc816142fe565b61ffff1660c0840152509092915050565b63ffffffff81165f90815260086020526040812080548291829182918291829182916001600160801b0380821691600160801b90041661241c83613c9f565b60019390930154919b909a5091985060ff8116975063ffffffff61010082048116975065010000000000820481169650600160481b909104169350915050565b5f6119ba7fff22580a81f3e9dce7786bbd180db33068eecb24c206e70d6225bd8ea232462083356124936040860160208701615043565b604086013560608701356124ad60a0890160808a01615276565b6040805160208101979097528601949094526001600160a01b039092166060850152608084015260a0830152151560c082015260e001611792565b82355f6124f482612d9a565b8054909150600160801b90046001600160401b03165f81900361252d5760405163392c4cbf60e11b8152600481018490526024016109d3565b806001600160401b0316421115612569576040516302cebe9960e31b8152600481018490526001600160401b03821660248201526044016109d3565b5f61257d61257688614340565b8787612a02565b90505f61258b8585846143f3565b604685015490915061ffff808216916001841b1616156125d05760405163af36dad360e01b8152600481018790526001600160a01b03841660248201526044016109d3565b60018501546001600160a01b03166125ee60408b0160208c01615043565b6001600160a01b03161461263d5761260c60408a0160208b01615043565b6001860154604051632278268d60e11b81526001600160a01b039283166004820152911660248201526044016109d3565b604080518082018252600f81526e617661696c6162696c69747942707360881b602082015261267691611b9c9060608d01908d01615666565b60468501805461ffff19166001841b831761ffff9081169190911791829055640100000000909104166126af60608b0160408c01615666565b61ffff16106126e5576047850180545f906126cc9060ff1661575b565b91906101000a81548160ff021916908360ff1602179055505b6046850154600160301b900463ffffffff1680158061271f575063ffffffff811661271660808c0160608d01614f1e565b63ffffffff1611155b156127575760478601805460019061273e90610100900460ff1661575b565b91906101000a81548160ff021916908360ff1602179055505b6046860154600160501b90046001600160401b031661277c60a08c0160808d01614ef2565b6001600160401b0316106127be576047860180546002906127a59062010000900460ff1661575b565b91906101000a81548160ff021916908360ff1602179055505b60468601545f906127d99062010000900460ff166001615770565b9050808760460160026101000a81548160ff021916908360ff160217905550846001600160a01b0316887fdfd4dc941aa8d4ae4c5b1b3efc61d3004fa0467391d7b6da11d7fd153e7a107d8d60400160208101906128379190615666565b8e606001602081019061284a9190614f1e565b8f608001602081019061285d9190614ef2565b6040805161ffff909416845263ffffffff90921660208401526001600160401b03169082015260600160405180910390a3865460ff600160e81b9091048116908216036128ae576128ae8888612ddb565b5050505050505050505050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527fa1f4e93aba15e4ce191b302e8b03255251fa7d729393758ed5294e004c677229918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b612967614a05565b6119ba8261297484612d9a565b613d8c565b5f61298382612d9a565b8054909150600160e01b900460ff165f8160048111156129a5576129a5614c3c565b036129c65760405163392c4cbf60e11b8152600481018490526024016109d3565b60018160048111156129da576129da614c3c565b146129fc5782816040516350aa2d6f60e01b81526004016109d3929190615789565b50919050565b5f60418214612a245760405163d7bad83f60e01b815260040160405180910390fd5b5f612a32602082858761579d565b612a3b916157c4565b90505f612a4c60406020868861579d565b612a55916157c4565b90505f85856040818110612a6b57612a6b615440565b919091013560f81c915050601b8114801590612a8b57508060ff16601c14155b15612aa9576040516334e248bb60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821115612aea576040516363376d6d60e01b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015612b3a573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b038416612b6e57604051635cd5d23360e01b815260040160405180910390fd5b5050509392505050565b5f612b848484846143f3565b600184810154919250600160b01b90910490821b1661ffff16156117b057604051637a6a90d160e11b8152600481018590526001600160a01b03831660248201526044016109d3565b8354600185015460ff600160e81b909204821691600160a81b909104168315612c9f57600186810154600160c01b900461ffff16905f5b84811015612c52576001811b831661ffff1615801590612c395750858960130182600f8110612c3557612c35615440565b0154145b15612c4a57612c47826157e1565b91505b600101612c04565b50866001901b82178860010160186101000a81548161ffff021916908361ffff160217905550848860130188600f8110612c8e57612c8e615440565b015582811115612c9c578092505b50505b6001868101545f91612cbb91600160a01b900460ff1690615770565b6001888101805463ffff00ff60a01b198116600160b01b9182900461ffff908116948c1b16939093170260ff60a01b19169190911760ff928316600160a01b81029190911760ff60a81b1916600160a81b9386169390930292909217905590505f6003612d298560026157f9565b612d34906002615468565b612d3e9190615824565b9050808310612d5a57612d5589896001885f613538565b612d77565b80612d658484615718565b10612d7757612d7789895f8080613538565b505050505050505050565b6002545f90610bcf906001600160401b031642615824565b5f811580612da9575060035482115b15612dca576040516346bb1c0f60e01b8152600481018390526024016109d3565b505f90815260066020526040902090565b604681015462010000900460ff1660805f5b6003811015612e445782846047018260038110612e0c57612e0c615440565b602081049190910154612e2c91601f166101000a900460ff1660026157f9565b1115612e3c57806001901b821791505b600101612ded565b5060468301805463ff0000001916630100000060ff8416021790555f612e69826142fe565b845463ffffffff600160c01b90910481165f818152600b602052604081208054949550919391928392612e9c911661549a565b82546101009290920a63ffffffff818102199093169183160217909155815465ffff00000000191664010000000061ffff861602178083558291600691612eeb91600160301b9091041661549a565b91906101000a81548163ffffffff021916908363ffffffff1602179055508261ffff16815f01600a8282829054906101000a90046001600160401b0316612f32919061547b565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505f60095f8463ffffffff1663ffffffff1681526020019081526020015f205f612f7d612d82565b6001600160401b0316815260208101919091526040015f2080549091508190600c90612fb590600160601b900463ffffffff1661549a565b91906101000a81548163ffffffff021916908363ffffffff1602179055508361ffff16815f0160108282829054906101000a90046001600160401b0316612ffc919061547b565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508263ffffffff16887fb6934656a98f72f14a547417a7886767b5d5973eb9f85d1ecebe222c44591f64878760405161306b92919060ff92909216825261ffff16602082015260400190565b60405180910390a35050505050505050565b60408051610200810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820183905261012082018390526101408201839052610160820183905261018082018390526101a082018390526101c08201929092526101e08101919091526001600160401b038216158061319857505f5f9054906101000a90046001600160a01b03166001600160a01b031663c2f5673e6040518163ffffffff1660e01b8152600401602060405180830381865afa15801561315f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906131839190615842565b6001600160401b0316826001600160401b0316115b156131c157604051635daab3fd60e11b81526001600160401b03831660048201526024016109d3565b5f5460405163707617f760e01b81526001600160401b03841660048201526001600160a01b039091169063707617f7906024015f60405180830381865afa15801561320e573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526119ba9190810190615ac2565b60605f5f836001600160a01b03166311aee3806040518163ffffffff1660e01b8152600401602060405180830381865afa158015613275573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906132999190615c15565b905060808111156132d657604051636315e5d760e01b81526001600160a01b038516600482015260248101829052608060448201526064016109d3565b836001600160a01b031663b0d571376040518163ffffffff1660e01b81526004015f60405180830381865afa158015613311573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f191682016040526133389190810190615c2c565b92505f5b83518110156133be5783818151811061335757613357615440565b6020026020010151604001516001600160401b03165f146133b65783818151811061338457613384615440565b6020026020010151848480613398906157e1565b9550815181106133aa576133aa615440565b60200260200101819052505b60010161333c565b50815f036133f9576040516376690f1160e01b81526001600160401b03861660048201526001600160a01b03851660248201526044016109d3565b509250929050565b5f60035f8154613410906157e1565b91829055505f8181526006602052604081206002549293509161343e90600160401b900461ffff164361547b565b82546001600160401b03808316600160401b026fffffffffffffffffffffffffffffffff19909216908a16171783556002830180546001600160a01b0389166001600160a01b0319909116179055905084156134d85760028201805467ffffffffffffffff60a01b1916600160a01b6001600160401b03881602179055815463ffffffff60c01b1916600160c01b63ffffffff8616021782555b604080516001600160401b0383811682526020820188905263ffffffff87168284015291519189169185917f7d42f39864dda6c85dcd27347b01eabf853d344109592c4f664223795c7ff746919081900360600190a35050949350505050565b8354600160c01b900463ffffffff165f84613554576003613557565b60025b86549091508190879060ff60e01b1916600160e01b83600481111561357e5761357e614c3c565b021790555063ffffffff82165f90815260086020526040812060025481549192600160801b90910461ffff1691612710906135c39084906001600160801b03166157f9565b6135cd9190615824565b83549091505f90612710906135f3908590600160801b90046001600160801b03166157f9565b6135fd9190615824565b63ffffffff87165f908152600960205260408120919250908161361e612d82565b6001600160401b03166001600160401b031681526020019081526020015f20905089156136c657613657670de0b6b3a764000084615468565b600186810180549295509161367690610100900463ffffffff1661549a565b82546101009290920a63ffffffff818102199093169183160217909155815482915f916136a3911661549a565b91906101000a81548163ffffffff021916908363ffffffff16021790555061377f565b6136d8670de0b6b3a764000083615468565b915084600101600581819054906101000a900463ffffffff166136fa9061549a565b91906101000a81548163ffffffff021916908363ffffffff160217905550805f01600481819054906101000a900463ffffffff166137379061549a565b82546101009290920a63ffffffff81810219909316919092169190910217905560018501805467ffffffffffffffff60681b1916600160681b426001600160401b0316021790555b6001600160801b03828116600160801b0290841617855560405163ffffffff8816908d907ff1de91e3b221b1cd82db515b99776bc4f30546418e2a0a5d591bdf0a908afa1d906137d4908a908e908e906154be565b60405180910390a363ffffffff87167fd0bbeef694152c63b965060812d32af765e08b0944e2f211285b1b70ad77ccb284846138108183615468565b61381c612710896157f9565b6138269190615824565b604080516001600160801b0394851681529390921660208401529082015260600160405180910390a260028b0154600160a01b90046001600160401b0316158015906138765750600185015460ff165b156138c95760018501805460ff19169055604080515f8152602081018e905263ffffffff8916917ff82c238d2694713c56f9c9ec31cba27a23196628c8b0a8482f7c812c2d7cd0e1910160405180910390a25b505050505050505050505050565b5f6138e06128bb565b60405161190160f01b6020820152602281019190915260428101839052606201604051602081830303815290604052805190602001209050919050565b80545f90600160301b900463ffffffff161561396a57815461395c90600160301b810463ffffffff1690600160501b90046001600160401b0316615d07565b6001600160401b03166119ba565b61271092915050565b6139af604051806040016040528060068152602001651c195c9a5bd960d21b815250825f01516001600160401b0316610e106301e13380613d59565b6139e6604051806040016040528060098152602001687365656444656c617960b81b815250826020015161ffff1660016080613d59565b613a1e6040518060400160405280600681526020016577696e646f7760d01b815250826040015163ffffffff16603c62093a80613d59565b613a546040518060400160405280600981526020016861747465737465727360b81b815250826060015160ff166001600f613d59565b613a8a60405180604001604052806009815260200168706f736974696f6e7360b81b815250826080015160ff1660016010613d59565b613ac260405180604001604052806008815260200167646563617942707360c01b8152508260a0015161ffff16611388612710613d59565b613afc6040518060400160405280600c81526020016b7468726573686f6c6442707360a01b8152508260c0015161ffff165f612710613d59565b8060025f820151815f015f6101000a8154816001600160401b0302191690836001600160401b031602179055506020820151815f0160086101000a81548161ffff021916908361ffff1602179055506040820151815f01600a6101000a81548163ffffffff021916908363ffffffff1602179055506060820151815f01600e6101000a81548160ff021916908360ff1602179055506080820151815f01600f6101000a81548160ff021916908360ff16021790555060a0820151815f0160106101000a81548161ffff021916908361ffff16021790555060c0820151815f0160126101000a81548161ffff021916908361ffff1602179055509050507fdc62b78a63c6f63eff41faaf0e7ff4fbe8ed2cef36b79c61c46e8fb2fbc4ea00815f015182602001518360400151846060015185608001518660a001518760c00151604051613c9497969594939291906001600160401b0397909716875261ffff958616602088015263ffffffff94909416604087015260ff928316606087015291166080850152821660a08401521660c082015260e00190565b60405180910390a150565b80545f908190613cc1906001600160801b03600160801b820481169116615468565b90508015613cf25782548190613ce390612710906001600160801b03166157f9565b613ced9190615824565b6117b0565b6127109392505050565b5f613d0682612d9a565b90505f8154600160e01b900460ff166004811115613d2657613d26614c3c565b14613d545780546040516345945c7d60e11b81526109d3918491600160e01b90910460ff1690600401615789565b919050565b81831080613d6657508083115b15610e1b57838383836040516301f0b45760e71b81526004016109d39493929190615d34565b613d94614a05565b8154600160401b90046001600160401b0316438110613dd7576040516324271c8b60e11b81526001600160401b03821660048201524360248201526044016109d3565b6001600160401b038116405f819003613e0e576040516307da5fe760e21b81526001600160401b03831660048201526024016109d3565b835460408051602081018490529081018790526001600160401b0390911660608201819052905f906080016040516020818303038152906040528051906020012090505f613e5b8361307d565b6101e081015160408201516001600160a01b03168852600289015491925090600160a01b90046001600160401b03165f03613f1c5780515f03613ebf576060820151604051630e5b921b60e41b815263ffffffff90911660048201526024016109d3565b5f818251613ece865f5f614488565b613ed89190615d62565b81518110613ee857613ee8615440565b602090810291909101810151805163ffffffff16918a01919091526040908101516001600160a01b03169089015250613fb1565b8754600160c01b900463ffffffff16602088018190525f5460405163e06f876f60e01b815260048101929092526001600160a01b03169063e06f876f906024015f60405180830381865afa158015613f76573d5f5f3e3d5ffd5b505050506040513d5f823e601f3d908101601f19168201604052613f9d9190810190615d75565b6040908101516001600160a01b0316908801525b6040805160e0810182526002546001600160401b038116825261ffff600160401b82048116602084015263ffffffff600160501b8304168385015260ff600160701b8304811660608501819052600160781b84049091166080850152600160801b8304821660a0850152600160901b9092041660c083015291890151909161403d9186918591906144bf565b88606001819052505f5f614055878660400151613235565b6080850151919350915060ff16806001600160401b0381111561407a5761407a615291565b6040519080825280602002602001820160405280156140a3578160200160208202803683370190505b5060808c0152806001600160401b038111156140c1576140c1615291565b6040519080825280602002602001820160405280156140ea578160200160208202803683370190505b5060a08c0152806001600160401b0381111561410857614108615291565b604051908082528060200260200182016040528015614131578160200160208202803683370190505b5060c08c0152806001600160401b0381111561414f5761414f615291565b604051908082528060200260200182016040528015614178578160200160208202803683370190505b5060e08c01525f5b818110156142b3575f84846141978b600286614488565b6141a19190615d62565b815181106141b1576141b1615440565b60200260200101519050805f01518d6080015183815181106141d5576141d5615440565b60200260200101906001600160a01b031690816001600160a01b03168152505080604001516001600160401b031661420f8a600385614488565b6142199190615d62565b614224906001615468565b8d60a00151838151811061423a5761423a615440565b6001600160401b0390921660209283029190910182015281015160c08e015180518490811061426b5761426b615440565b60200260200101818152505080604001518d60e00151838151811061429257614292615440565b6001600160401b039092166020928302919091019091015250600101614180565b508a608001518b60a001516040516020016142cf929190615da6565b60408051601f1981840301815291905280516020909101206101008c015250989b9a5050505050505050505050565b5f60036127106001600285901c81169061431f9086811c8116908716615770565b6143299190615770565b60ff1661433691906157f9565b6119ba9190615824565b5f6119ba7f538ea8d24b217d50860dc3819acf44e8599bd63f623474f7267d6f8c754a69cf83356143776040860160208701615043565b6143876060870160408801615666565b6143976080880160608901614f1e565b6143a760a0890160808a01614ef2565b6040805160208101979097528601949094526001600160a01b03909216606085015261ffff16608084015263ffffffff1660a08301526001600160401b031660c082015260e001611792565b81545f90600160e81b900460ff165b80821080156144395750826001600160a01b03168460040183600f811061442b5761442b615440565b01546001600160a01b031614155b1561444e57614447826157e1565b9150614402565b8082036144805760405163614d4afd60e11b8152600481018690526001600160a01b03841660248201526044016109d3565b509392505050565b6040805160208082019590955280820193909352606080840192909252805180840390920182526080909201909152805191012090565b60605f6144cd8585856145fc565b600454909150836001600160401b038111156144eb576144eb615291565b604051908082528060200260200182016040528015614514578160200160208202803683370190505b5092505f5f5b858210156145f0575f600461455986846145348189615718565b6145408f600189614488565b61454a9190615d62565b6145549087615468565b6147dd565b8154811061456957614569615440565b5f918252602090912001546001600160a01b0390811691508816811480614595575061459589826148dc565b156145a057506145e0565b8086846145ac816157e1565b9550815181106145be576145be615440565b60200260200101906001600160a01b031690816001600160a01b031681525050505b6145e9816157e1565b905061451a565b50505050949350505050565b61461f604051806060016040528060608152602001606081526020015f81525090565b5f5f5f5b86518110156146a8575f87828151811061463f5761463f615440565b6020908102919091018101516040908101516001600160a01b0381165f908152600590935291205490915063ffffffff16156146815761467e846157e1565b93505b866001600160a01b0316816001600160a01b03160361469f57600192505b50600101614623565b50801580156146d357506001600160a01b0385165f9081526005602052604090205463ffffffff1615155b156146e4576146e1826157e1565b91505b6004545f906146f4908490615718565b9050848110156147215760405163273a60ff60e01b815260048101829052602481018690526044016109d3565b604051806060016040528084876147389190615468565b6001600160401b0381111561474f5761474f615291565b604051908082528060200260200182016040528015614778578160200160208202803683370190505b5081526020016147888588615468565b6001600160401b0381111561479f5761479f615291565b6040519080825280602002602001820160405280156147c8578160200160208202803683370190505b5081525f602090910152979650505050505050565b6040830151819083905f5b8660400151811015614870575f875f0151828151811061480a5761480a615440565b6020026020010151905085810361483f578760200151828151811061483157614831615440565b602002602001015194508192505b868103614867578760200151828151811061485c5761485c615440565b602002602001015193505b506001016147e8565b5083865f0151828151811061488757614887615440565b60200260200101818152505081866020015182815181106148aa576148aa615440565b602002602001018181525050856040015181036148d3578560400180516148d0906157e1565b90525b50509392505050565b5f5f5b835181101561493057826001600160a01b031684828151811061490457614904615440565b6020026020010151604001516001600160a01b0316036149285760019150506119ba565b6001016148df565b505f9392505050565b60408051610140810182525f8082526020820181905291810182905290606082019081525f602082018190526040820181905260608201819052608082015260a001614983614a05565b8152602001606081525090565b50805461499c906152a5565b5f825580601f106149ab575050565b601f0160209004905f5260205f20906149c49190614a65565b565b6040805160e0810182525f80825260208201529081016149e4614a7c565b81525f60208201819052604082018190526060820181905260809091015290565b6040518061012001604052805f6001600160a01b031681526020015f63ffffffff1681526020015f6001600160a01b0316815260200160608152602001606081526020016060815260200160608152602001606081526020015f81525090565b5f5b80821115610cbc575f81840155600101614a67565b60405180606001604052806003906020820280368337509192915050565b5f8151808452602084019350602083015f5b82811015614ad35781516001600160a01b0316865260209586019590910190600101614aac565b5093949350505050565b602081525f6117b06020830184614a9a565b5f60a082840312156129fc575f5ffd5b5f5f83601f840112614b0f575f5ffd5b5081356001600160401b03811115614b25575f5ffd5b602083019150836020828501011115611824575f5ffd5b5f5f5f5f5f60e08688031215614b50575f5ffd5b614b5a8787614aef565b945060a08601356001600160401b03811115614b74575f5ffd5b614b8088828901614aff565b90955093505060c08601356001600160401b03811115614b9e575f5ffd5b614baa88828901614aff565b969995985093965092949392505050565b5f60208284031215614bcb575f5ffd5b5035919050565b5f5f5f5f60408587031215614be5575f5ffd5b84356001600160401b03811115614bfa575f5ffd5b614c0687828801614aff565b90955093505060208501356001600160401b03811115614c24575f5ffd5b614c3087828801614aff565b95989497509550505050565b634e487b7160e01b5f52602160045260245ffd5b60058110614c6c57634e487b7160e01b5f52602160045260245ffd5b9052565b5f8151808452602084019350602083015f5b82811015614ad35781516001600160401b0316865260209586019590910190600101614c82565b5f8151808452602084019350602083015f5b82811015614ad3578151865260209586019590910190600101614cbb565b80516001600160a01b031682525f6020820151614cfe602085018263ffffffff169052565b506040820151614d1960408501826001600160a01b03169052565b5060608201516101206060850152614d35610120850182614a9a565b905060808301518482036080860152614d4e8282614a9a565b91505060a083015184820360a0860152614d688282614c70565b91505060c083015184820360c0860152614d828282614ca9565b91505060e083015184820360e0860152614d9c8282614c70565b9150506101008301516101008501528091505092915050565b5f8151808452602084019350602083015f5b82811015614ad357815180516001600160a01b031687526020808201511515818901526040808301511515908901526060918201519188019190915260809096019590910190600101614dc7565b60208152815160208201525f6020830151614e3b60408401826001600160401b03169052565b50604083015160608301526060830151614e586080840182614c50565b5060808301516001600160401b03811660a08401525060a08301516001600160401b03811660c08401525060c083015160ff811660e08401525060e083015160ff811661010084015250610100830151610140610120840152614ebf610160840182614cd9565b9050610120840151601f19848303016101408501526117398282614db5565b6001600160401b038116811461186d575f5ffd5b5f60208284031215614f02575f5ffd5b81356117b081614ede565b63ffffffff8116811461186d575f5ffd5b5f60208284031215614f2e575f5ffd5b81356117b081614f0d565b5f60e0820190506001600160401b03835116825261ffff602084015116602083015263ffffffff604084015116604083015260ff606084015116606083015260ff608084015116608083015260a0830151614f9a60a084018261ffff169052565b5060c0830151614fb060c084018261ffff169052565b5092915050565b6001600160a01b038116811461186d575f5ffd5b5f5f5f60608486031215614fdd575f5ffd5b833592506020840135614fef81614fb7565b929592945050506040919091013590565b5f5f60408385031215615011575f5ffd5b823561501c81614f0d565b946020939093013593505050565b5f60e082840312801561503b575f5ffd5b509092915050565b5f60208284031215615053575f5ffd5b81356117b081614fb7565b5f5f6040838503121561506f575f5ffd5b823561507a81614f0d565b9150602083013561508a81614ede565b809150509250929050565b5f5f82840360808112156150a7575f5ffd5b83356150b281614ede565b92506060601f19820112156150c5575f5ffd5b506020830190509250929050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6020815260018060a01b03825116602082015260208201511515604082015263ffffffff60408301511660608201525f606083015160a0608084015261514a60c08401826150d3565b90506080840151601f198483030160a085015261173982826150d3565b815160ff16815260208083015115159082015260408083015161012083019183015f5b60038110156151ac57825160ff1682526020928301929091019060010161518a565b505050606083015180151560a084015250608083015180151560c08401525060a083015180151560e08401525060c083015161ffff8116610100840152614fb0565b5f60a082840312156151fe575f5ffd5b6117b08383614aef565b5f5f5f60c0848603121561521a575f5ffd5b6152248585614aef565b925060a08401356001600160401b0381111561523e575f5ffd5b61524a86828701614aff565b9497909650939450505050565b602081525f6117b06020830184614cd9565b801515811461186d575f5ffd5b5f60208284031215615286575f5ffd5b81356117b081615269565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806152b957607f821691505b6020821081036129fc57634e487b7160e01b5f52602260045260245ffd5b601f821115610cbc5782821115610cbc57805f5260205f20601f840160051c602085101561530257505f5b90810190601f840160051c035f5b81811015615325575f83820155600101615310565b505050505050565b6001600160401b0383111561534457615344615291565b6153588361535283546152a5565b836152d7565b5f601f841160018114615389575f85156153725750838201355b5f19600387901b1c1916600186901b1783556153e0565b5f83815260208120601f198716915b828110156153b85786850135825560209485019460019092019101615398565b50868210156153d4575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6154226040830186886153e7565b82810360208401526154358185876153e7565b979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156119ba576119ba615454565b6001600160401b0381811683821601908111156119ba576119ba615454565b5f63ffffffff821663ffffffff81036154b5576154b5615454565b60010192915050565b606081016154cc8286614c50565b8360208301528215156040830152949350505050565b60405160e081016001600160401b038111828210171561550457615504615291565b60405290565b60405161016081016001600160401b038111828210171561550457615504615291565b60405161020081016001600160401b038111828210171561550457615504615291565b604051608081016001600160401b038111828210171561550457615504615291565b604051601f8201601f191681016001600160401b038111828210171561559a5761559a615291565b604052919050565b61ffff8116811461186d575f5ffd5b8035613d54816155a2565b803560ff81168114613d54575f5ffd5b5f60e08284031280156155dd575f5ffd5b506155e66154e2565b82356155f181614ede565b81526020830135615601816155a2565b6020820152604083013561561481614f0d565b6040820152615625606084016155bc565b6060820152615636608084016155bc565b608082015260a0830135615649816155a2565b60a082015261565a60c084016155b1565b60c08201529392505050565b5f60208284031215615676575f5ffd5b81356117b0816155a2565b813561568c816155a2565b8154602084013561569c81614f0d565b60408501356156aa81614ede565b6dffffffffffffffff0000000000008160301b1661ffff85166dffffffffffffffffffffffffffff1985161765ffffffff00008460101b1617178555505050505050565b604081525f6157006040830185614cd9565b90506001600160401b03831660208301529392505050565b818103818111156119ba576119ba615454565b634e487b7160e01b5f52603160045260245ffd5b63ffffffff82811682821603908111156119ba576119ba615454565b5f60ff821660ff81036154b5576154b5615454565b60ff81811683821601908111156119ba576119ba615454565b828152604081016117b06020830184614c50565b5f5f858511156157ab575f5ffd5b838611156157b7575f5ffd5b5050820193919092039150565b803560208310156119ba575f19602084900360031b1b1692915050565b5f600182016157f2576157f2615454565b5060010190565b80820281158282048414176119ba576119ba615454565b634e487b7160e01b5f52601260045260245ffd5b5f8261583257615832615810565b500490565b8051613d5481614ede565b5f60208284031215615852575f5ffd5b81516117b081614ede565b8051613d5481614fb7565b8051613d5481614f0d565b8051613d5481615269565b5f6001600160401b0382111561589657615896615291565b5060051b60200190565b80516001600160801b0381168114613d54575f5ffd5b5f82601f8301126158c5575f5ffd5b8151602083015f5f6001600160401b038411156158e4576158e4615291565b50601f8301601f19166020016158f981615572565b91505082815285838301111561590d575f5ffd5b8282602083015e5f92810160200192909252509392505050565b5f6101608284031215615938575f5ffd5b61594061550a565b905061594b82615868565b81526159596020830161585d565b602082015261596a6040830161585d565b604082015261597b60608301615868565b606082015261598c60808301615868565b608082015261599d60a08301615837565b60a08201526159ae60c08301615837565b60c08201526159bf60e083016158a0565b60e08201526101008201516001600160401b038111156159dd575f5ffd5b6159e9848285016158b6565b610100830152506101208201516001600160401b03811115615a09575f5ffd5b615a15848285016158b6565b61012083015250615a296101408301615873565b61014082015292915050565b5f82601f830112615a44575f5ffd5b8151615a57615a528261587e565b615572565b8082825260208201915060208360051b860101925085831115615a78575f5ffd5b602085015b83811015615ab85780516001600160401b03811115615a9a575f5ffd5b615aa9886020838a0101615927565b84525060209283019201615a7d565b5095945050505050565b5f60208284031215615ad2575f5ffd5b81516001600160401b03811115615ae7575f5ffd5b82016102008185031215615af9575f5ffd5b615b0161552d565b615b0a82615837565b8152615b186020830161585d565b6020820152615b296040830161585d565b6040820152615b3a60608301615868565b6060820152615b4b6080830161585d565b6080820152615b5c60a08301615837565b60a082015260c08281015190820152615b7760e08301615837565b60e0820152615b896101008301615837565b6101008201526101208281015190820152615ba76101408301615837565b610140820152615bba6101608301615873565b61016082015261018082810151908201526101a080830151908201526101c080830151908201526101e08201516001600160401b03811115615bfa575f5ffd5b615c0686828501615a35565b6101e083015250949350505050565b5f60208284031215615c25575f5ffd5b5051919050565b5f60208284031215615c3c575f5ffd5b81516001600160401b03811115615c51575f5ffd5b8201601f81018413615c61575f5ffd5b8051615c6f615a528261587e565b8082825260208201915060208360071b850101925086831115615c90575f5ffd5b6020840193505b82841015615cfd5760808488031215615cae575f5ffd5b615cb6615550565b8451615cc181614fb7565b8152602085810151908201526040850151615cdb81614ede565b6040820152606085810151908201528252608090930192602090910190615c97565b9695505050505050565b5f6001600160401b03831680615d1f57615d1f615810565b806001600160401b0384160491505092915050565b608081525f615d4660808301876150d3565b6020830195909552506040810192909252606090910152919050565b5f82615d7057615d70615810565b500690565b5f60208284031215615d85575f5ffd5b81516001600160401b03811115615d9a575f5ffd5b6114a384828501615927565b604081525f615db86040830185614a9a565b82810360208401528084518083526020830191506020860192505f5b81811015615dfb5783516001600160401b0316835260209384019390920191600101615dd4565b5090969550505050505056",
}

// Challenges is an auto generated Go binding around an Ethereum contract.
type Challenges struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Challenges) GetABI() abi.ABI {
	return c.abi
}

// NewChallenges creates a new instance of Challenges.
func NewChallenges() *Challenges {
	parsed, err := ChallengesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Challenges{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Challenges) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address market_, address admin_) returns()
func (challenges *Challenges) PackConstructor(market_ common.Address, admin_ common.Address) []byte {
	enc, err := challenges.abi.Pack("", market_, admin_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (challenges *Challenges) PackBPS() []byte {
	enc, err := challenges.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (challenges *Challenges) TryPackBPS() ([]byte, error) {
	return challenges.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (challenges *Challenges) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := challenges.abi.Unpack("BPS", data)
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
func (challenges *Challenges) PackDOMAINTYPEHASH() []byte {
	enc, err := challenges.abi.Pack("DOMAIN_TYPEHASH")
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
func (challenges *Challenges) TryPackDOMAINTYPEHASH() ([]byte, error) {
	return challenges.abi.Pack("DOMAIN_TYPEHASH")
}

// UnpackDOMAINTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20606b70.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (challenges *Challenges) UnpackDOMAINTYPEHASH(data []byte) ([32]byte, error) {
	out, err := challenges.abi.Unpack("DOMAIN_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXATTESTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda771733.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ATTESTERS() view returns(uint256)
func (challenges *Challenges) PackMAXATTESTERS() []byte {
	enc, err := challenges.abi.Pack("MAX_ATTESTERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXATTESTERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda771733.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ATTESTERS() view returns(uint256)
func (challenges *Challenges) TryPackMAXATTESTERS() ([]byte, error) {
	return challenges.abi.Pack("MAX_ATTESTERS")
}

// UnpackMAXATTESTERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda771733.
//
// Solidity: function MAX_ATTESTERS() view returns(uint256)
func (challenges *Challenges) UnpackMAXATTESTERS(data []byte) (*big.Int, error) {
	out, err := challenges.abi.Unpack("MAX_ATTESTERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXGATEWAYURLSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x576dfbc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_GATEWAY_URL_SIZE() view returns(uint256)
func (challenges *Challenges) PackMAXGATEWAYURLSIZE() []byte {
	enc, err := challenges.abi.Pack("MAX_GATEWAY_URL_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXGATEWAYURLSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x576dfbc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_GATEWAY_URL_SIZE() view returns(uint256)
func (challenges *Challenges) TryPackMAXGATEWAYURLSIZE() ([]byte, error) {
	return challenges.abi.Pack("MAX_GATEWAY_URL_SIZE")
}

// UnpackMAXGATEWAYURLSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x576dfbc8.
//
// Solidity: function MAX_GATEWAY_URL_SIZE() view returns(uint256)
func (challenges *Challenges) UnpackMAXGATEWAYURLSIZE(data []byte) (*big.Int, error) {
	out, err := challenges.abi.Unpack("MAX_GATEWAY_URL_SIZE", data)
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
func (challenges *Challenges) PackMAXPEERIDSIZE() []byte {
	enc, err := challenges.abi.Pack("MAX_PEER_ID_SIZE")
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
func (challenges *Challenges) TryPackMAXPEERIDSIZE() ([]byte, error) {
	return challenges.abi.Pack("MAX_PEER_ID_SIZE")
}

// UnpackMAXPEERIDSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeacdafba.
//
// Solidity: function MAX_PEER_ID_SIZE() view returns(uint256)
func (challenges *Challenges) UnpackMAXPEERIDSIZE(data []byte) (*big.Int, error) {
	out, err := challenges.abi.Unpack("MAX_PEER_ID_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPOSITIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7b24e08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_POSITIONS() view returns(uint256)
func (challenges *Challenges) PackMAXPOSITIONS() []byte {
	enc, err := challenges.abi.Pack("MAX_POSITIONS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPOSITIONS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7b24e08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_POSITIONS() view returns(uint256)
func (challenges *Challenges) TryPackMAXPOSITIONS() ([]byte, error) {
	return challenges.abi.Pack("MAX_POSITIONS")
}

// UnpackMAXPOSITIONS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7b24e08.
//
// Solidity: function MAX_POSITIONS() view returns(uint256)
func (challenges *Challenges) UnpackMAXPOSITIONS(data []byte) (*big.Int, error) {
	out, err := challenges.abi.Unpack("MAX_POSITIONS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXRINGMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb84eda8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RING_MEMBERS() view returns(uint256)
func (challenges *Challenges) PackMAXRINGMEMBERS() []byte {
	enc, err := challenges.abi.Pack("MAX_RING_MEMBERS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRINGMEMBERS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb84eda8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RING_MEMBERS() view returns(uint256)
func (challenges *Challenges) TryPackMAXRINGMEMBERS() ([]byte, error) {
	return challenges.abi.Pack("MAX_RING_MEMBERS")
}

// UnpackMAXRINGMEMBERS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb84eda8.
//
// Solidity: function MAX_RING_MEMBERS() view returns(uint256)
func (challenges *Challenges) UnpackMAXRINGMEMBERS(data []byte) (*big.Int, error) {
	out, err := challenges.abi.Unpack("MAX_RING_MEMBERS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ee3a08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ONE() view returns(uint256)
func (challenges *Challenges) PackONE() []byte {
	enc, err := challenges.abi.Pack("ONE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackONE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2ee3a08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ONE() view returns(uint256)
func (challenges *Challenges) TryPackONE() ([]byte, error) {
	return challenges.abi.Pack("ONE")
}

// UnpackONE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2ee3a08.
//
// Solidity: function ONE() view returns(uint256)
func (challenges *Challenges) UnpackONE(data []byte) (*big.Int, error) {
	out, err := challenges.abi.Unpack("ONE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPERFORMANCETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee1417fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PERFORMANCE_TYPEHASH() view returns(bytes32)
func (challenges *Challenges) PackPERFORMANCETYPEHASH() []byte {
	enc, err := challenges.abi.Pack("PERFORMANCE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPERFORMANCETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee1417fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PERFORMANCE_TYPEHASH() view returns(bytes32)
func (challenges *Challenges) TryPackPERFORMANCETYPEHASH() ([]byte, error) {
	return challenges.abi.Pack("PERFORMANCE_TYPEHASH")
}

// UnpackPERFORMANCETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee1417fb.
//
// Solidity: function PERFORMANCE_TYPEHASH() view returns(bytes32)
func (challenges *Challenges) UnpackPERFORMANCETYPEHASH(data []byte) ([32]byte, error) {
	out, err := challenges.abi.Unpack("PERFORMANCE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (challenges *Challenges) PackRECEIPTTYPEHASH() []byte {
	enc, err := challenges.abi.Pack("RECEIPT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (challenges *Challenges) TryPackRECEIPTTYPEHASH() ([]byte, error) {
	return challenges.abi.Pack("RECEIPT_TYPEHASH")
}

// UnpackRECEIPTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95850f59.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (challenges *Challenges) UnpackRECEIPTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := challenges.abi.Unpack("RECEIPT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a882fc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REPORT_TYPEHASH() view returns(bytes32)
func (challenges *Challenges) PackREPORTTYPEHASH() []byte {
	enc, err := challenges.abi.Pack("REPORT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREPORTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a882fc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REPORT_TYPEHASH() view returns(bytes32)
func (challenges *Challenges) TryPackREPORTTYPEHASH() ([]byte, error) {
	return challenges.abi.Pack("REPORT_TYPEHASH")
}

// UnpackREPORTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a882fc3.
//
// Solidity: function REPORT_TYPEHASH() view returns(bytes32)
func (challenges *Challenges) UnpackREPORTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := challenges.abi.Unpack("REPORT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackActivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb260c42a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activate(uint256 id) returns()
func (challenges *Challenges) PackActivate(id *big.Int) []byte {
	enc, err := challenges.abi.Pack("activate", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb260c42a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activate(uint256 id) returns()
func (challenges *Challenges) TryPackActivate(id *big.Int) ([]byte, error) {
	return challenges.abi.Pack("activate", id)
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (challenges *Challenges) PackAdmin() []byte {
	enc, err := challenges.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (challenges *Challenges) TryPackAdmin() ([]byte, error) {
	return challenges.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (challenges *Challenges) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := challenges.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAttesterCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1481103f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attesterCount() view returns(uint256)
func (challenges *Challenges) PackAttesterCount() []byte {
	enc, err := challenges.abi.Pack("attesterCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttesterCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1481103f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attesterCount() view returns(uint256)
func (challenges *Challenges) TryPackAttesterCount() ([]byte, error) {
	return challenges.abi.Pack("attesterCount")
}

// UnpackAttesterCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1481103f.
//
// Solidity: function attesterCount() view returns(uint256)
func (challenges *Challenges) UnpackAttesterCount(data []byte) (*big.Int, error) {
	out, err := challenges.abi.Unpack("attesterCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAttesterLeave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3ba30af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attesterLeave() returns()
func (challenges *Challenges) PackAttesterLeave() []byte {
	enc, err := challenges.abi.Pack("attesterLeave")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttesterLeave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3ba30af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attesterLeave() returns()
func (challenges *Challenges) TryPackAttesterLeave() ([]byte, error) {
	return challenges.abi.Pack("attesterLeave")
}

// PackAttesterRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aac8407.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attesterRegister(bytes peerId, string gatewayUrl) returns()
func (challenges *Challenges) PackAttesterRegister(peerId []byte, gatewayUrl string) []byte {
	enc, err := challenges.abi.Pack("attesterRegister", peerId, gatewayUrl)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttesterRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aac8407.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attesterRegister(bytes peerId, string gatewayUrl) returns()
func (challenges *Challenges) TryPackAttesterRegister(peerId []byte, gatewayUrl string) ([]byte, error) {
	return challenges.abi.Pack("attesterRegister", peerId, gatewayUrl)
}

// PackAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00cfe24f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attesters() view returns(address[])
func (challenges *Challenges) PackAttesters() []byte {
	enc, err := challenges.abi.Pack("attesters")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00cfe24f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attesters() view returns(address[])
func (challenges *Challenges) TryPackAttesters() ([]byte, error) {
	return challenges.abi.Pack("attesters")
}

// UnpackAttesters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00cfe24f.
//
// Solidity: function attesters() view returns(address[])
func (challenges *Challenges) UnpackAttesters(data []byte) ([]common.Address, error) {
	out, err := challenges.abi.Unpack("attesters", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f05725.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeCount() view returns(uint256)
func (challenges *Challenges) PackChallengeCount() []byte {
	enc, err := challenges.abi.Pack("challengeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa2f05725.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeCount() view returns(uint256)
func (challenges *Challenges) TryPackChallengeCount() ([]byte, error) {
	return challenges.abi.Pack("challengeCount")
}

// UnpackChallengeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa2f05725.
//
// Solidity: function challengeCount() view returns(uint256)
func (challenges *Challenges) UnpackChallengeCount(data []byte) (*big.Int, error) {
	out, err := challenges.abi.Unpack("challengeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackChallengeStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31050625.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeStorage(uint64 bucketId) returns(uint256 id)
func (challenges *Challenges) PackChallengeStorage(bucketId uint64) []byte {
	enc, err := challenges.abi.Pack("challengeStorage", bucketId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeStorage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31050625.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeStorage(uint64 bucketId) returns(uint256 id)
func (challenges *Challenges) TryPackChallengeStorage(bucketId uint64) ([]byte, error) {
	return challenges.abi.Pack("challengeStorage", bucketId)
}

// UnpackChallengeStorage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31050625.
//
// Solidity: function challengeStorage(uint64 bucketId) returns(uint256 id)
func (challenges *Challenges) UnpackChallengeStorage(data []byte) (*big.Int, error) {
	out, err := challenges.abi.Unpack("challengeStorage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCurrentPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06040618.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentPeriod() view returns(uint64)
func (challenges *Challenges) PackCurrentPeriod() []byte {
	enc, err := challenges.abi.Pack("currentPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06040618.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentPeriod() view returns(uint64)
func (challenges *Challenges) TryPackCurrentPeriod() ([]byte, error) {
	return challenges.abi.Pack("currentPeriod")
}

// UnpackCurrentPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06040618.
//
// Solidity: function currentPeriod() view returns(uint64)
func (challenges *Challenges) UnpackCurrentPeriod(data []byte) (uint64, error) {
	out, err := challenges.abi.Unpack("currentPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDerive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf74cccbf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function derive(uint256 id) view returns((address,uint32,address,address[],address[],uint64[],bytes32[],uint64[],bytes32))
func (challenges *Challenges) PackDerive(id *big.Int) []byte {
	enc, err := challenges.abi.Pack("derive", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDerive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf74cccbf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function derive(uint256 id) view returns((address,uint32,address,address[],address[],uint64[],bytes32[],uint64[],bytes32))
func (challenges *Challenges) TryPackDerive(id *big.Int) ([]byte, error) {
	return challenges.abi.Pack("derive", id)
}

// UnpackDerive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf74cccbf.
//
// Solidity: function derive(uint256 id) view returns((address,uint32,address,address[],address[],uint64[],bytes32[],uint64[],bytes32))
func (challenges *Challenges) UnpackDerive(data []byte) (ChallengesDerivation, error) {
	out, err := challenges.abi.Unpack("derive", data)
	if err != nil {
		return *new(ChallengesDerivation), err
	}
	out0 := *abi.ConvertType(out[0], new(ChallengesDerivation)).(*ChallengesDerivation)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (challenges *Challenges) PackDomainSeparator() []byte {
	enc, err := challenges.abi.Pack("domainSeparator")
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
func (challenges *Challenges) TryPackDomainSeparator() ([]byte, error) {
	return challenges.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (challenges *Challenges) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := challenges.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetAttester is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd26ecf54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAttester(address account) view returns((address,bool,uint32,bytes,string) v)
func (challenges *Challenges) PackGetAttester(account common.Address) []byte {
	enc, err := challenges.abi.Pack("getAttester", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAttester is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd26ecf54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAttester(address account) view returns((address,bool,uint32,bytes,string) v)
func (challenges *Challenges) TryPackGetAttester(account common.Address) ([]byte, error) {
	return challenges.abi.Pack("getAttester", account)
}

// UnpackGetAttester is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd26ecf54.
//
// Solidity: function getAttester(address account) view returns((address,bool,uint32,bytes,string) v)
func (challenges *Challenges) UnpackGetAttester(data []byte) (ChallengesAttesterView, error) {
	out, err := challenges.abi.Unpack("getAttester", data)
	if err != nil {
		return *new(ChallengesAttesterView), err
	}
	out0 := *abi.ConvertType(out[0], new(ChallengesAttesterView)).(*ChallengesAttesterView)
	return out0, nil
}

// PackGetChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bdd4b74.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getChallenge(uint256 id) view returns((uint256,uint64,uint256,uint8,uint64,uint64,uint8,uint8,(address,uint32,address,address[],address[],uint64[],bytes32[],uint64[],bytes32),(address,bool,bool,bytes32)[]) v)
func (challenges *Challenges) PackGetChallenge(id *big.Int) []byte {
	enc, err := challenges.abi.Pack("getChallenge", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetChallenge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bdd4b74.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getChallenge(uint256 id) view returns((uint256,uint64,uint256,uint8,uint64,uint64,uint8,uint8,(address,uint32,address,address[],address[],uint64[],bytes32[],uint64[],bytes32),(address,bool,bool,bytes32)[]) v)
func (challenges *Challenges) TryPackGetChallenge(id *big.Int) ([]byte, error) {
	return challenges.abi.Pack("getChallenge", id)
}

// UnpackGetChallenge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1bdd4b74.
//
// Solidity: function getChallenge(uint256 id) view returns((uint256,uint64,uint256,uint8,uint64,uint64,uint8,uint8,(address,uint32,address,address[],address[],uint64[],bytes32[],uint64[],bytes32),(address,bool,bool,bytes32)[]) v)
func (challenges *Challenges) UnpackGetChallenge(data []byte) (ChallengesChallengeView, error) {
	out, err := challenges.abi.Unpack("getChallenge", data)
	if err != nil {
		return *new(ChallengesChallengeView), err
	}
	out0 := *abi.ConvertType(out[0], new(ChallengesChallengeView)).(*ChallengesChallengeView)
	return out0, nil
}

// PackGetGrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1e0485e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getGrade(uint256 id) view returns((uint8,bool,uint8[3],bool,bool,bool,uint16) g)
func (challenges *Challenges) PackGetGrade(id *big.Int) []byte {
	enc, err := challenges.abi.Pack("getGrade", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetGrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1e0485e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getGrade(uint256 id) view returns((uint8,bool,uint8[3],bool,bool,bool,uint16) g)
func (challenges *Challenges) TryPackGetGrade(id *big.Int) ([]byte, error) {
	return challenges.abi.Pack("getGrade", id)
}

// UnpackGetGrade is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1e0485e.
//
// Solidity: function getGrade(uint256 id) view returns((uint8,bool,uint8[3],bool,bool,bool,uint16) g)
func (challenges *Challenges) UnpackGetGrade(data []byte) (ChallengesGrade, error) {
	out, err := challenges.abi.Unpack("getGrade", data)
	if err != nil {
		return *new(ChallengesGrade), err
	}
	out0 := *abi.ConvertType(out[0], new(ChallengesGrade)).(*ChallengesGrade)
	return out0, nil
}

// PackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e615a6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getParams() view returns((uint64,uint16,uint32,uint8,uint8,uint16,uint16))
func (challenges *Challenges) PackGetParams() []byte {
	enc, err := challenges.abi.Pack("getParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e615a6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getParams() view returns((uint64,uint16,uint32,uint8,uint8,uint16,uint16))
func (challenges *Challenges) TryPackGetParams() ([]byte, error) {
	return challenges.abi.Pack("getParams")
}

// UnpackGetParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e615a6b.
//
// Solidity: function getParams() view returns((uint64,uint16,uint32,uint8,uint8,uint16,uint16))
func (challenges *Challenges) UnpackGetParams(data []byte) (ChallengesParams, error) {
	out, err := challenges.abi.Unpack("getParams", data)
	if err != nil {
		return *new(ChallengesParams), err
	}
	out0 := *abi.ConvertType(out[0], new(ChallengesParams)).(*ChallengesParams)
	return out0, nil
}

// PackGradePerformance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b1635d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gradePerformance(uint256 id) returns()
func (challenges *Challenges) PackGradePerformance(id *big.Int) []byte {
	enc, err := challenges.abi.Pack("gradePerformance", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGradePerformance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b1635d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gradePerformance(uint256 id) returns()
func (challenges *Challenges) TryPackGradePerformance(id *big.Int) ([]byte, error) {
	return challenges.abi.Pack("gradePerformance", id)
}

// PackHashReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f303619.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashReceipt(uint256 challenge, address attester, bytes32 data) view returns(bytes32)
func (challenges *Challenges) PackHashReceipt(challenge *big.Int, attester common.Address, data [32]byte) []byte {
	enc, err := challenges.abi.Pack("hashReceipt", challenge, attester, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f303619.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashReceipt(uint256 challenge, address attester, bytes32 data) view returns(bytes32)
func (challenges *Challenges) TryPackHashReceipt(challenge *big.Int, attester common.Address, data [32]byte) ([]byte, error) {
	return challenges.abi.Pack("hashReceipt", challenge, attester, data)
}

// UnpackHashReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f303619.
//
// Solidity: function hashReceipt(uint256 challenge, address attester, bytes32 data) view returns(bytes32)
func (challenges *Challenges) UnpackHashReceipt(data []byte) ([32]byte, error) {
	out, err := challenges.abi.Unpack("hashReceipt", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7f1138d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashReport((uint256,address,bytes32,bytes32,bool) r) view returns(bytes32)
func (challenges *Challenges) PackHashReport(r ChallengesReport) []byte {
	enc, err := challenges.abi.Pack("hashReport", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7f1138d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashReport((uint256,address,bytes32,bytes32,bool) r) view returns(bytes32)
func (challenges *Challenges) TryPackHashReport(r ChallengesReport) ([]byte, error) {
	return challenges.abi.Pack("hashReport", r)
}

// UnpackHashReport is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7f1138d.
//
// Solidity: function hashReport((uint256,address,bytes32,bytes32,bool) r) view returns(bytes32)
func (challenges *Challenges) UnpackHashReport(data []byte) ([32]byte, error) {
	out, err := challenges.abi.Unpack("hashReport", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLastChallenged is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf0c4bb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastChallenged(uint64 ) view returns(uint64)
func (challenges *Challenges) PackLastChallenged(arg0 uint64) []byte {
	enc, err := challenges.abi.Pack("lastChallenged", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastChallenged is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf0c4bb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastChallenged(uint64 ) view returns(uint64)
func (challenges *Challenges) TryPackLastChallenged(arg0 uint64) ([]byte, error) {
	return challenges.abi.Pack("lastChallenged", arg0)
}

// UnpackLastChallenged is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf0c4bb7.
//
// Solidity: function lastChallenged(uint64 ) view returns(uint64)
func (challenges *Challenges) UnpackLastChallenged(data []byte) (uint64, error) {
	out, err := challenges.abi.Unpack("lastChallenged", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastFailedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7106a63.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastFailedAt(uint32 nodeId) view returns(uint64)
func (challenges *Challenges) PackLastFailedAt(nodeId uint32) []byte {
	enc, err := challenges.abi.Pack("lastFailedAt", nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastFailedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd7106a63.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastFailedAt(uint32 nodeId) view returns(uint64)
func (challenges *Challenges) TryPackLastFailedAt(nodeId uint32) ([]byte, error) {
	return challenges.abi.Pack("lastFailedAt", nodeId)
}

// UnpackLastFailedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd7106a63.
//
// Solidity: function lastFailedAt(uint32 nodeId) view returns(uint64)
func (challenges *Challenges) UnpackLastFailedAt(data []byte) (uint64, error) {
	out, err := challenges.abi.Unpack("lastFailedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackMarkPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33d07be0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function markPaid(uint32 nodeId) returns()
func (challenges *Challenges) PackMarkPaid(nodeId uint32) []byte {
	enc, err := challenges.abi.Pack("markPaid", nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarkPaid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33d07be0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function markPaid(uint32 nodeId) returns()
func (challenges *Challenges) TryPackMarkPaid(nodeId uint32) ([]byte, error) {
	return challenges.abi.Pack("markPaid", nodeId)
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (challenges *Challenges) PackMarket() []byte {
	enc, err := challenges.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (challenges *Challenges) TryPackMarket() ([]byte, error) {
	return challenges.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (challenges *Challenges) UnpackMarket(data []byte) (common.Address, error) {
	out, err := challenges.abi.Unpack("market", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPayWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65409a84.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payWeight(uint32 nodeId, uint256 since) view returns(uint256 weightBps, uint64 failedAt)
func (challenges *Challenges) PackPayWeight(nodeId uint32, since *big.Int) []byte {
	enc, err := challenges.abi.Pack("payWeight", nodeId, since)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayWeight is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65409a84.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payWeight(uint32 nodeId, uint256 since) view returns(uint256 weightBps, uint64 failedAt)
func (challenges *Challenges) TryPackPayWeight(nodeId uint32, since *big.Int) ([]byte, error) {
	return challenges.abi.Pack("payWeight", nodeId, since)
}

// PayWeightOutput serves as a container for the return parameters of contract
// method PayWeight.
type PayWeightOutput struct {
	WeightBps *big.Int
	FailedAt  uint64
}

// UnpackPayWeight is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65409a84.
//
// Solidity: function payWeight(uint32 nodeId, uint256 since) view returns(uint256 weightBps, uint64 failedAt)
func (challenges *Challenges) UnpackPayWeight(data []byte) (PayWeightOutput, error) {
	out, err := challenges.abi.Unpack("payWeight", data)
	outstruct := new(PayWeightOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.WeightBps = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.FailedAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackPerformances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe294a2f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function performances(uint32 ) view returns(uint32 graded, uint16 lastScoreBps, uint32 unpaid, uint64 unpaidSumBps)
func (challenges *Challenges) PackPerformances(arg0 uint32) []byte {
	enc, err := challenges.abi.Pack("performances", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPerformances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe294a2f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function performances(uint32 ) view returns(uint32 graded, uint16 lastScoreBps, uint32 unpaid, uint64 unpaidSumBps)
func (challenges *Challenges) TryPackPerformances(arg0 uint32) ([]byte, error) {
	return challenges.abi.Pack("performances", arg0)
}

// PerformancesOutput serves as a container for the return parameters of contract
// method Performances.
type PerformancesOutput struct {
	Graded       uint32
	LastScoreBps uint16
	Unpaid       uint32
	UnpaidSumBps uint64
}

// UnpackPerformances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe294a2f1.
//
// Solidity: function performances(uint32 ) view returns(uint32 graded, uint16 lastScoreBps, uint32 unpaid, uint64 unpaidSumBps)
func (challenges *Challenges) UnpackPerformances(data []byte) (PerformancesOutput, error) {
	out, err := challenges.abi.Unpack("performances", data)
	outstruct := new(PerformancesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Graded = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.LastScoreBps = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.Unpaid = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.UnpaidSumBps = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72c1ad86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function record(uint32 nodeId, uint64 periodIndex) view returns((uint32,uint32,uint32,uint32,uint64))
func (challenges *Challenges) PackRecord(nodeId uint32, periodIndex uint64) []byte {
	enc, err := challenges.abi.Pack("record", nodeId, periodIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72c1ad86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function record(uint32 nodeId, uint64 periodIndex) view returns((uint32,uint32,uint32,uint32,uint64))
func (challenges *Challenges) TryPackRecord(nodeId uint32, periodIndex uint64) ([]byte, error) {
	return challenges.abi.Pack("record", nodeId, periodIndex)
}

// UnpackRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72c1ad86.
//
// Solidity: function record(uint32 nodeId, uint64 periodIndex) view returns((uint32,uint32,uint32,uint32,uint64))
func (challenges *Challenges) UnpackRecord(data []byte) (ChallengesRecord, error) {
	out, err := challenges.abi.Unpack("record", data)
	if err != nil {
		return *new(ChallengesRecord), err
	}
	out0 := *abi.ConvertType(out[0], new(ChallengesRecord)).(*ChallengesRecord)
	return out0, nil
}

// PackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe25f9d45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputation(uint32 nodeId) view returns(uint128 alpha, uint128 beta, uint256 scoreBps, bool contained, uint32 passes, uint32 fails, uint32 timeouts)
func (challenges *Challenges) PackReputation(nodeId uint32) []byte {
	enc, err := challenges.abi.Pack("reputation", nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe25f9d45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputation(uint32 nodeId) view returns(uint128 alpha, uint128 beta, uint256 scoreBps, bool contained, uint32 passes, uint32 fails, uint32 timeouts)
func (challenges *Challenges) TryPackReputation(nodeId uint32) ([]byte, error) {
	return challenges.abi.Pack("reputation", nodeId)
}

// ReputationOutput serves as a container for the return parameters of contract
// method Reputation.
type ReputationOutput struct {
	Alpha     *big.Int
	Beta      *big.Int
	ScoreBps  *big.Int
	Contained bool
	Passes    uint32
	Fails     uint32
	Timeouts  uint32
}

// UnpackReputation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe25f9d45.
//
// Solidity: function reputation(uint32 nodeId) view returns(uint128 alpha, uint128 beta, uint256 scoreBps, bool contained, uint32 passes, uint32 fails, uint32 timeouts)
func (challenges *Challenges) UnpackReputation(data []byte) (ReputationOutput, error) {
	out, err := challenges.abi.Unpack("reputation", data)
	outstruct := new(ReputationOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Alpha = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Beta = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.ScoreBps = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Contained = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.Passes = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	outstruct.Fails = *abi.ConvertType(out[5], new(uint32)).(*uint32)
	outstruct.Timeouts = *abi.ConvertType(out[6], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackReseed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa92945b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reseed(uint256 id) returns()
func (challenges *Challenges) PackReseed(id *big.Int) []byte {
	enc, err := challenges.abi.Pack("reseed", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReseed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa92945b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reseed(uint256 id) returns()
func (challenges *Challenges) TryPackReseed(id *big.Int) ([]byte, error) {
	return challenges.abi.Pack("reseed", id)
}

// PackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f896d4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolve(uint256 id) returns(uint256 retryId)
func (challenges *Challenges) PackResolve(id *big.Int) []byte {
	enc, err := challenges.abi.Pack("resolve", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f896d4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolve(uint256 id) returns(uint256 retryId)
func (challenges *Challenges) TryPackResolve(id *big.Int) ([]byte, error) {
	return challenges.abi.Pack("resolve", id)
}

// UnpackResolve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f896d4f.
//
// Solidity: function resolve(uint256 id) returns(uint256 retryId)
func (challenges *Challenges) UnpackResolve(data []byte) (*big.Int, error) {
	out, err := challenges.abi.Unpack("resolve", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdmin(address admin_) returns()
func (challenges *Challenges) PackSetAdmin(admin common.Address) []byte {
	enc, err := challenges.abi.Pack("setAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdmin(address admin_) returns()
func (challenges *Challenges) TryPackSetAdmin(admin common.Address) ([]byte, error) {
	return challenges.abi.Pack("setAdmin", admin)
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68e6d898.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint64,uint16,uint32,uint8,uint8,uint16,uint16) p) returns()
func (challenges *Challenges) PackSetParams(p ChallengesParams) []byte {
	enc, err := challenges.abi.Pack("setParams", p)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68e6d898.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint64,uint16,uint32,uint8,uint8,uint16,uint16) p) returns()
func (challenges *Challenges) TryPackSetParams(p ChallengesParams) ([]byte, error) {
	return challenges.abi.Pack("setParams", p)
}

// PackSetTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1d7c0fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTerms(uint64 bucketId, (uint16,uint32,uint64) t) returns()
func (challenges *Challenges) PackSetTerms(bucketId uint64, t ChallengesTerms) []byte {
	enc, err := challenges.abi.Pack("setTerms", bucketId, t)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1d7c0fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTerms(uint64 bucketId, (uint16,uint32,uint64) t) returns()
func (challenges *Challenges) TryPackSetTerms(bucketId uint64, t ChallengesTerms) ([]byte, error) {
	return challenges.abi.Pack("setTerms", bucketId, t)
}

// PackStanding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8216a663.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function standing(uint32 nodeId) view returns(bool below, uint256 scoreBps, uint256 outcomes)
func (challenges *Challenges) PackStanding(nodeId uint32) []byte {
	enc, err := challenges.abi.Pack("standing", nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStanding is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8216a663.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function standing(uint32 nodeId) view returns(bool below, uint256 scoreBps, uint256 outcomes)
func (challenges *Challenges) TryPackStanding(nodeId uint32) ([]byte, error) {
	return challenges.abi.Pack("standing", nodeId)
}

// StandingOutput serves as a container for the return parameters of contract
// method Standing.
type StandingOutput struct {
	Below    bool
	ScoreBps *big.Int
	Outcomes *big.Int
}

// UnpackStanding is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8216a663.
//
// Solidity: function standing(uint32 nodeId) view returns(bool below, uint256 scoreBps, uint256 outcomes)
func (challenges *Challenges) UnpackStanding(data []byte) (StandingOutput, error) {
	out, err := challenges.abi.Unpack("standing", data)
	outstruct := new(StandingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Below = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.ScoreBps = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Outcomes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSubmitPerformance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9c52081.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitPerformance((uint256,address,uint16,uint32,uint64) p, bytes attesterSig) returns()
func (challenges *Challenges) PackSubmitPerformance(p ChallengesPerformance, attesterSig []byte) []byte {
	enc, err := challenges.abi.Pack("submitPerformance", p, attesterSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitPerformance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe9c52081.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitPerformance((uint256,address,uint16,uint32,uint64) p, bytes attesterSig) returns()
func (challenges *Challenges) TryPackSubmitPerformance(p ChallengesPerformance, attesterSig []byte) ([]byte, error) {
	return challenges.abi.Pack("submitPerformance", p, attesterSig)
}

// PackSubmitReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x059acbb2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitReport((uint256,address,bytes32,bytes32,bool) r, bytes attesterSig, bytes hosterSig) returns()
func (challenges *Challenges) PackSubmitReport(r ChallengesReport, attesterSig []byte, hosterSig []byte) []byte {
	enc, err := challenges.abi.Pack("submitReport", r, attesterSig, hosterSig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitReport is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x059acbb2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitReport((uint256,address,bytes32,bytes32,bool) r, bytes attesterSig, bytes hosterSig) returns()
func (challenges *Challenges) TryPackSubmitReport(r ChallengesReport, attesterSig []byte, hosterSig []byte) ([]byte, error) {
	return challenges.abi.Pack("submitReport", r, attesterSig, hosterSig)
}

// PackTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b07832e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function terms(uint64 bucketId) view returns((uint16,uint32,uint64))
func (challenges *Challenges) PackTerms(bucketId uint64) []byte {
	enc, err := challenges.abi.Pack("terms", bucketId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b07832e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function terms(uint64 bucketId) view returns((uint16,uint32,uint64))
func (challenges *Challenges) TryPackTerms(bucketId uint64) ([]byte, error) {
	return challenges.abi.Pack("terms", bucketId)
}

// UnpackTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b07832e.
//
// Solidity: function terms(uint64 bucketId) view returns((uint16,uint32,uint64))
func (challenges *Challenges) UnpackTerms(data []byte) (ChallengesTerms, error) {
	out, err := challenges.abi.Unpack("terms", data)
	if err != nil {
		return *new(ChallengesTerms), err
	}
	out0 := *abi.ConvertType(out[0], new(ChallengesTerms)).(*ChallengesTerms)
	return out0, nil
}

// ChallengesAdminSet represents a AdminSet event raised by the Challenges contract.
type ChallengesAdminSet struct {
	Admin common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const ChallengesAdminSetEventName = "AdminSet"

// ContractEventName returns the user-defined event name.
func (ChallengesAdminSet) ContractEventName() string {
	return ChallengesAdminSetEventName
}

// UnpackAdminSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminSet(address indexed admin)
func (challenges *Challenges) UnpackAdminSetEvent(log *types.Log) (*ChallengesAdminSet, error) {
	event := "AdminSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesAdminSet)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesAttesterLeft represents a AttesterLeft event raised by the Challenges contract.
type ChallengesAttesterLeft struct {
	Attester common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ChallengesAttesterLeftEventName = "AttesterLeft"

// ContractEventName returns the user-defined event name.
func (ChallengesAttesterLeft) ContractEventName() string {
	return ChallengesAttesterLeftEventName
}

// UnpackAttesterLeftEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttesterLeft(address indexed attester)
func (challenges *Challenges) UnpackAttesterLeftEvent(log *types.Log) (*ChallengesAttesterLeft, error) {
	event := "AttesterLeft"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesAttesterLeft)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesAttesterRegistered represents a AttesterRegistered event raised by the Challenges contract.
type ChallengesAttesterRegistered struct {
	Attester   common.Address
	PeerId     []byte
	GatewayUrl string
	Raw        *types.Log // Blockchain specific contextual infos
}

const ChallengesAttesterRegisteredEventName = "AttesterRegistered"

// ContractEventName returns the user-defined event name.
func (ChallengesAttesterRegistered) ContractEventName() string {
	return ChallengesAttesterRegisteredEventName
}

// UnpackAttesterRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttesterRegistered(address indexed attester, bytes peerId, string gatewayUrl)
func (challenges *Challenges) UnpackAttesterRegisteredEvent(log *types.Log) (*ChallengesAttesterRegistered, error) {
	event := "AttesterRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesAttesterRegistered)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesAttesterUpdated represents a AttesterUpdated event raised by the Challenges contract.
type ChallengesAttesterUpdated struct {
	Attester   common.Address
	PeerId     []byte
	GatewayUrl string
	Raw        *types.Log // Blockchain specific contextual infos
}

const ChallengesAttesterUpdatedEventName = "AttesterUpdated"

// ContractEventName returns the user-defined event name.
func (ChallengesAttesterUpdated) ContractEventName() string {
	return ChallengesAttesterUpdatedEventName
}

// UnpackAttesterUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttesterUpdated(address indexed attester, bytes peerId, string gatewayUrl)
func (challenges *Challenges) UnpackAttesterUpdatedEvent(log *types.Log) (*ChallengesAttesterUpdated, error) {
	event := "AttesterUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesAttesterUpdated)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesChallengeActivated represents a ChallengeActivated event raised by the Challenges contract.
type ChallengesChallengeActivated struct {
	Id       *big.Int
	BucketId uint64
	D        ChallengesDerivation
	Deadline uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const ChallengesChallengeActivatedEventName = "ChallengeActivated"

// ContractEventName returns the user-defined event name.
func (ChallengesChallengeActivated) ContractEventName() string {
	return ChallengesChallengeActivatedEventName
}

// UnpackChallengeActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeActivated(uint256 indexed id, uint64 indexed bucketId, (address,uint32,address,address[],address[],uint64[],bytes32[],uint64[],bytes32) d, uint64 deadline)
func (challenges *Challenges) UnpackChallengeActivatedEvent(log *types.Log) (*ChallengesChallengeActivated, error) {
	event := "ChallengeActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesChallengeActivated)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesChallengeCreated represents a ChallengeCreated event raised by the Challenges contract.
type ChallengesChallengeCreated struct {
	Id         *big.Int
	BucketId   uint64
	SeedBlock  uint64
	RetryOf    *big.Int
	HosterNode uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const ChallengesChallengeCreatedEventName = "ChallengeCreated"

// ContractEventName returns the user-defined event name.
func (ChallengesChallengeCreated) ContractEventName() string {
	return ChallengesChallengeCreatedEventName
}

// UnpackChallengeCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeCreated(uint256 indexed id, uint64 indexed bucketId, uint64 seedBlock, uint256 retryOf, uint32 hosterNode)
func (challenges *Challenges) UnpackChallengeCreatedEvent(log *types.Log) (*ChallengesChallengeCreated, error) {
	event := "ChallengeCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesChallengeCreated)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesChallengeReseeded represents a ChallengeReseeded event raised by the Challenges contract.
type ChallengesChallengeReseeded struct {
	Id        *big.Int
	SeedBlock uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const ChallengesChallengeReseededEventName = "ChallengeReseeded"

// ContractEventName returns the user-defined event name.
func (ChallengesChallengeReseeded) ContractEventName() string {
	return ChallengesChallengeReseededEventName
}

// UnpackChallengeReseededEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeReseeded(uint256 indexed id, uint64 seedBlock)
func (challenges *Challenges) UnpackChallengeReseededEvent(log *types.Log) (*ChallengesChallengeReseeded, error) {
	event := "ChallengeReseeded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesChallengeReseeded)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesChallengeResolved represents a ChallengeResolved event raised by the Challenges contract.
type ChallengesChallengeResolved struct {
	Id       *big.Int
	NodeId   uint32
	Outcome  uint8
	Data     [32]byte
	TimedOut bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ChallengesChallengeResolvedEventName = "ChallengeResolved"

// ContractEventName returns the user-defined event name.
func (ChallengesChallengeResolved) ContractEventName() string {
	return ChallengesChallengeResolvedEventName
}

// UnpackChallengeResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengeResolved(uint256 indexed id, uint32 indexed nodeId, uint8 outcome, bytes32 data, bool timedOut)
func (challenges *Challenges) UnpackChallengeResolvedEvent(log *types.Log) (*ChallengesChallengeResolved, error) {
	event := "ChallengeResolved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesChallengeResolved)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesNodeContained represents a NodeContained event raised by the Challenges contract.
type ChallengesNodeContained struct {
	NodeId    uint32
	Contained bool
	Challenge *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ChallengesNodeContainedEventName = "NodeContained"

// ContractEventName returns the user-defined event name.
func (ChallengesNodeContained) ContractEventName() string {
	return ChallengesNodeContainedEventName
}

// UnpackNodeContainedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeContained(uint32 indexed nodeId, bool contained, uint256 challenge)
func (challenges *Challenges) UnpackNodeContainedEvent(log *types.Log) (*ChallengesNodeContained, error) {
	event := "NodeContained"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesNodeContained)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesParamsSet represents a ParamsSet event raised by the Challenges contract.
type ChallengesParamsSet struct {
	Period       uint64
	SeedDelay    uint16
	Window       uint32
	Attesters    uint8
	Positions    uint8
	DecayBps     uint16
	ThresholdBps uint16
	Raw          *types.Log // Blockchain specific contextual infos
}

const ChallengesParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (ChallengesParamsSet) ContractEventName() string {
	return ChallengesParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet(uint64 period, uint16 seedDelay, uint32 window, uint8 attesters, uint8 positions, uint16 decayBps, uint16 thresholdBps)
func (challenges *Challenges) UnpackParamsSetEvent(log *types.Log) (*ChallengesParamsSet, error) {
	event := "ParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesParamsSet)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesPerformanceGraded represents a PerformanceGraded event raised by the Challenges contract.
type ChallengesPerformanceGraded struct {
	Id       *big.Int
	NodeId   uint32
	Met      uint8
	ScoreBps uint16
	Raw      *types.Log // Blockchain specific contextual infos
}

const ChallengesPerformanceGradedEventName = "PerformanceGraded"

// ContractEventName returns the user-defined event name.
func (ChallengesPerformanceGraded) ContractEventName() string {
	return ChallengesPerformanceGradedEventName
}

// UnpackPerformanceGradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PerformanceGraded(uint256 indexed id, uint32 indexed nodeId, uint8 met, uint16 scoreBps)
func (challenges *Challenges) UnpackPerformanceGradedEvent(log *types.Log) (*ChallengesPerformanceGraded, error) {
	event := "PerformanceGraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesPerformanceGraded)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesPerformanceReported represents a PerformanceReported event raised by the Challenges contract.
type ChallengesPerformanceReported struct {
	Id              *big.Int
	Attester        common.Address
	AvailabilityBps uint16
	P50Ms           uint32
	Bandwidth       uint64
	Raw             *types.Log // Blockchain specific contextual infos
}

const ChallengesPerformanceReportedEventName = "PerformanceReported"

// ContractEventName returns the user-defined event name.
func (ChallengesPerformanceReported) ContractEventName() string {
	return ChallengesPerformanceReportedEventName
}

// UnpackPerformanceReportedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PerformanceReported(uint256 indexed id, address indexed attester, uint16 availabilityBps, uint32 p50Ms, uint64 bandwidth)
func (challenges *Challenges) UnpackPerformanceReportedEvent(log *types.Log) (*ChallengesPerformanceReported, error) {
	event := "PerformanceReported"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesPerformanceReported)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesReportSubmitted represents a ReportSubmitted event raised by the Challenges contract.
type ChallengesReportSubmitted struct {
	Id       *big.Int
	Attester common.Address
	Ok       bool
	Data     [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const ChallengesReportSubmittedEventName = "ReportSubmitted"

// ContractEventName returns the user-defined event name.
func (ChallengesReportSubmitted) ContractEventName() string {
	return ChallengesReportSubmittedEventName
}

// UnpackReportSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReportSubmitted(uint256 indexed id, address indexed attester, bool ok, bytes32 data)
func (challenges *Challenges) UnpackReportSubmittedEvent(log *types.Log) (*ChallengesReportSubmitted, error) {
	event := "ReportSubmitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesReportSubmitted)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesReputationUpdated represents a ReputationUpdated event raised by the Challenges contract.
type ChallengesReputationUpdated struct {
	NodeId   uint32
	Alpha    *big.Int
	Beta     *big.Int
	ScoreBps *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ChallengesReputationUpdatedEventName = "ReputationUpdated"

// ContractEventName returns the user-defined event name.
func (ChallengesReputationUpdated) ContractEventName() string {
	return ChallengesReputationUpdatedEventName
}

// UnpackReputationUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReputationUpdated(uint32 indexed nodeId, uint128 alpha, uint128 beta, uint256 scoreBps)
func (challenges *Challenges) UnpackReputationUpdatedEvent(log *types.Log) (*ChallengesReputationUpdated, error) {
	event := "ReputationUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesReputationUpdated)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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

// ChallengesTermsSet represents a TermsSet event raised by the Challenges contract.
type ChallengesTermsSet struct {
	BucketId           uint64
	MinAvailabilityBps uint16
	MaxP50Ms           uint32
	MinBandwidth       uint64
	Raw                *types.Log // Blockchain specific contextual infos
}

const ChallengesTermsSetEventName = "TermsSet"

// ContractEventName returns the user-defined event name.
func (ChallengesTermsSet) ContractEventName() string {
	return ChallengesTermsSetEventName
}

// UnpackTermsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TermsSet(uint64 indexed bucketId, uint16 minAvailabilityBps, uint32 maxP50Ms, uint64 minBandwidth)
func (challenges *Challenges) UnpackTermsSetEvent(log *types.Log) (*ChallengesTermsSet, error) {
	event := "TermsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != challenges.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ChallengesTermsSet)
	if len(log.Data) > 0 {
		if err := challenges.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range challenges.abi.Events[event].Inputs {
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
func (challenges *Challenges) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], challenges.abi.Errors["AlreadyGraded"].ID.Bytes()[:4]) {
		return challenges.UnpackAlreadyGradedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["AlreadyMeasured"].ID.Bytes()[:4]) {
		return challenges.UnpackAlreadyMeasuredError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["AlreadyReported"].ID.Bytes()[:4]) {
		return challenges.UnpackAlreadyReportedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["AlreadyResolved"].ID.Bytes()[:4]) {
		return challenges.UnpackAlreadyResolvedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return challenges.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["BadSignatureLength"].ID.Bytes()[:4]) {
		return challenges.UnpackBadSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["BadSignatureV"].ID.Bytes()[:4]) {
		return challenges.UnpackBadSignatureVError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["BucketNotAllocated"].ID.Bytes()[:4]) {
		return challenges.UnpackBucketNotAllocatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["ChallengeTooSoon"].ID.Bytes()[:4]) {
		return challenges.UnpackChallengeTooSoonError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["ClusterHasNoNodes"].ID.Bytes()[:4]) {
		return challenges.UnpackClusterHasNoNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["DeadlineNotPassed"].ID.Bytes()[:4]) {
		return challenges.UnpackDeadlineNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["HighS"].ID.Bytes()[:4]) {
		return challenges.UnpackHighSError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["InvalidAccount"].ID.Bytes()[:4]) {
		return challenges.UnpackInvalidAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["LateReport"].ID.Bytes()[:4]) {
		return challenges.UnpackLateReportError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["MissingReceipt"].ID.Bytes()[:4]) {
		return challenges.UnpackMissingReceiptError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["NoMeasurements"].ID.Bytes()[:4]) {
		return challenges.UnpackNoMeasurementsError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["NotActive"].ID.Bytes()[:4]) {
		return challenges.UnpackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["NotAdmin"].ID.Bytes()[:4]) {
		return challenges.UnpackNotAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["NotAttester"].ID.Bytes()[:4]) {
		return challenges.UnpackNotAttesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["NotBucketOwner"].ID.Bytes()[:4]) {
		return challenges.UnpackNotBucketOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["NotEnoughAttesters"].ID.Bytes()[:4]) {
		return challenges.UnpackNotEnoughAttestersError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["NotMarket"].ID.Bytes()[:4]) {
		return challenges.UnpackNotMarketError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return challenges.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["NotSelectedAttester"].ID.Bytes()[:4]) {
		return challenges.UnpackNotSelectedAttesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["NothingToChallenge"].ID.Bytes()[:4]) {
		return challenges.UnpackNothingToChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["ParamOutOfRange"].ID.Bytes()[:4]) {
		return challenges.UnpackParamOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["ReceiptSignerMismatch"].ID.Bytes()[:4]) {
		return challenges.UnpackReceiptSignerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["RingTooLarge"].ID.Bytes()[:4]) {
		return challenges.UnpackRingTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["SeedExpired"].ID.Bytes()[:4]) {
		return challenges.UnpackSeedExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["SeedNotExpired"].ID.Bytes()[:4]) {
		return challenges.UnpackSeedNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["SeedNotReady"].ID.Bytes()[:4]) {
		return challenges.UnpackSeedNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["TooLarge"].ID.Bytes()[:4]) {
		return challenges.UnpackTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["UnknownBucket"].ID.Bytes()[:4]) {
		return challenges.UnpackUnknownBucketError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["UnknownChallenge"].ID.Bytes()[:4]) {
		return challenges.UnpackUnknownChallengeError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["WrongHoster"].ID.Bytes()[:4]) {
		return challenges.UnpackWrongHosterError(raw[4:])
	}
	if bytes.Equal(raw[:4], challenges.abi.Errors["WrongPositions"].ID.Bytes()[:4]) {
		return challenges.UnpackWrongPositionsError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ChallengesAlreadyGraded represents a AlreadyGraded error raised by the Challenges contract.
type ChallengesAlreadyGraded struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyGraded(uint256 id)
func ChallengesAlreadyGradedErrorID() common.Hash {
	return common.HexToHash("0xc2344d3438718afeba75dd81c765edecfa18fb12f465411c792174e1b8c8f2e0")
}

// UnpackAlreadyGradedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyGraded(uint256 id)
func (challenges *Challenges) UnpackAlreadyGradedError(raw []byte) (*ChallengesAlreadyGraded, error) {
	out := new(ChallengesAlreadyGraded)
	if err := challenges.abi.UnpackIntoInterface(out, "AlreadyGraded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesAlreadyMeasured represents a AlreadyMeasured error raised by the Challenges contract.
type ChallengesAlreadyMeasured struct {
	Id       *big.Int
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyMeasured(uint256 id, address attester)
func ChallengesAlreadyMeasuredErrorID() common.Hash {
	return common.HexToHash("0xaf36dad342a43270a6ad13787213704383a37c39a22e2862063516515ed2df59")
}

// UnpackAlreadyMeasuredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyMeasured(uint256 id, address attester)
func (challenges *Challenges) UnpackAlreadyMeasuredError(raw []byte) (*ChallengesAlreadyMeasured, error) {
	out := new(ChallengesAlreadyMeasured)
	if err := challenges.abi.UnpackIntoInterface(out, "AlreadyMeasured", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesAlreadyReported represents a AlreadyReported error raised by the Challenges contract.
type ChallengesAlreadyReported struct {
	Id       *big.Int
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyReported(uint256 id, address attester)
func ChallengesAlreadyReportedErrorID() common.Hash {
	return common.HexToHash("0xf4d521a2ce59526afbbf10e2d14156c9999cbd6c83b816a464ef9b6196da9329")
}

// UnpackAlreadyReportedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyReported(uint256 id, address attester)
func (challenges *Challenges) UnpackAlreadyReportedError(raw []byte) (*ChallengesAlreadyReported, error) {
	out := new(ChallengesAlreadyReported)
	if err := challenges.abi.UnpackIntoInterface(out, "AlreadyReported", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesAlreadyResolved represents a AlreadyResolved error raised by the Challenges contract.
type ChallengesAlreadyResolved struct {
	Id     *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyResolved(uint256 id, uint8 status)
func ChallengesAlreadyResolvedErrorID() common.Hash {
	return common.HexToHash("0x50aa2d6f29dad075652b60db11065daddaadc7a700a5c30dd4bc151fbf3735d0")
}

// UnpackAlreadyResolvedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyResolved(uint256 id, uint8 status)
func (challenges *Challenges) UnpackAlreadyResolvedError(raw []byte) (*ChallengesAlreadyResolved, error) {
	out := new(ChallengesAlreadyResolved)
	if err := challenges.abi.UnpackIntoInterface(out, "AlreadyResolved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesBadSignature represents a BadSignature error raised by the Challenges contract.
type ChallengesBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func ChallengesBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (challenges *Challenges) UnpackBadSignatureError(raw []byte) (*ChallengesBadSignature, error) {
	out := new(ChallengesBadSignature)
	if err := challenges.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesBadSignatureLength represents a BadSignatureLength error raised by the Challenges contract.
type ChallengesBadSignatureLength struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignatureLength()
func ChallengesBadSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xd7bad83f3c4fca9c0604d2e1ed3c970dfe5cb3aa7d26794855295586cdb176c1")
}

// UnpackBadSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignatureLength()
func (challenges *Challenges) UnpackBadSignatureLengthError(raw []byte) (*ChallengesBadSignatureLength, error) {
	out := new(ChallengesBadSignatureLength)
	if err := challenges.abi.UnpackIntoInterface(out, "BadSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesBadSignatureV represents a BadSignatureV error raised by the Challenges contract.
type ChallengesBadSignatureV struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignatureV()
func ChallengesBadSignatureVErrorID() common.Hash {
	return common.HexToHash("0xd38922ecae5fb110d0423fdae60fd43d72a48a017dc3d6edcc6b22949a874c91")
}

// UnpackBadSignatureVError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignatureV()
func (challenges *Challenges) UnpackBadSignatureVError(raw []byte) (*ChallengesBadSignatureV, error) {
	out := new(ChallengesBadSignatureV)
	if err := challenges.abi.UnpackIntoInterface(out, "BadSignatureV", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesBucketNotAllocated represents a BucketNotAllocated error raised by the Challenges contract.
type ChallengesBucketNotAllocated struct {
	BucketId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BucketNotAllocated(uint64 bucketId)
func ChallengesBucketNotAllocatedErrorID() common.Hash {
	return common.HexToHash("0xf18c8920feff37b5c2dfca8e6264940274d173a1f382dedc37a9980bcd5e8ae5")
}

// UnpackBucketNotAllocatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BucketNotAllocated(uint64 bucketId)
func (challenges *Challenges) UnpackBucketNotAllocatedError(raw []byte) (*ChallengesBucketNotAllocated, error) {
	out := new(ChallengesBucketNotAllocated)
	if err := challenges.abi.UnpackIntoInterface(out, "BucketNotAllocated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesChallengeTooSoon represents a ChallengeTooSoon error raised by the Challenges contract.
type ChallengesChallengeTooSoon struct {
	BucketId    uint64
	NextAllowed uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChallengeTooSoon(uint64 bucketId, uint64 nextAllowed)
func ChallengesChallengeTooSoonErrorID() common.Hash {
	return common.HexToHash("0x24e570477fd41b556cd083c6bad555ae779dcf8708fdc88d0d6ba5a9b42a6b6c")
}

// UnpackChallengeTooSoonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChallengeTooSoon(uint64 bucketId, uint64 nextAllowed)
func (challenges *Challenges) UnpackChallengeTooSoonError(raw []byte) (*ChallengesChallengeTooSoon, error) {
	out := new(ChallengesChallengeTooSoon)
	if err := challenges.abi.UnpackIntoInterface(out, "ChallengeTooSoon", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesClusterHasNoNodes represents a ClusterHasNoNodes error raised by the Challenges contract.
type ChallengesClusterHasNoNodes struct {
	ClusterId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClusterHasNoNodes(uint32 clusterId)
func ChallengesClusterHasNoNodesErrorID() common.Hash {
	return common.HexToHash("0xe5b921b0a08bc159db6bcb7b1f2919421ed31f171079d40e01ab64a7dd834797")
}

// UnpackClusterHasNoNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClusterHasNoNodes(uint32 clusterId)
func (challenges *Challenges) UnpackClusterHasNoNodesError(raw []byte) (*ChallengesClusterHasNoNodes, error) {
	out := new(ChallengesClusterHasNoNodes)
	if err := challenges.abi.UnpackIntoInterface(out, "ClusterHasNoNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesDeadlineNotPassed represents a DeadlineNotPassed error raised by the Challenges contract.
type ChallengesDeadlineNotPassed struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotPassed(uint256 id, uint64 deadline)
func ChallengesDeadlineNotPassedErrorID() common.Hash {
	return common.HexToHash("0xec630589a1c3f69fda3aa249b33ac448a11f7b73951520572dac9ea8d25ec817")
}

// UnpackDeadlineNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotPassed(uint256 id, uint64 deadline)
func (challenges *Challenges) UnpackDeadlineNotPassedError(raw []byte) (*ChallengesDeadlineNotPassed, error) {
	out := new(ChallengesDeadlineNotPassed)
	if err := challenges.abi.UnpackIntoInterface(out, "DeadlineNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesHighS represents a HighS error raised by the Challenges contract.
type ChallengesHighS struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HighS()
func ChallengesHighSErrorID() common.Hash {
	return common.HexToHash("0x63376d6dcca11f27c2ae283e44cc3c1ef722f4076ee719ac9b823f2e028fb55d")
}

// UnpackHighSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HighS()
func (challenges *Challenges) UnpackHighSError(raw []byte) (*ChallengesHighS, error) {
	out := new(ChallengesHighS)
	if err := challenges.abi.UnpackIntoInterface(out, "HighS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesInvalidAccount represents a InvalidAccount error raised by the Challenges contract.
type ChallengesInvalidAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccount(address account)
func ChallengesInvalidAccountErrorID() common.Hash {
	return common.HexToHash("0x4b579b22e022e11cee66389621a34a221cd142e5babf720ff2b1144e612dffac")
}

// UnpackInvalidAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccount(address account)
func (challenges *Challenges) UnpackInvalidAccountError(raw []byte) (*ChallengesInvalidAccount, error) {
	out := new(ChallengesInvalidAccount)
	if err := challenges.abi.UnpackIntoInterface(out, "InvalidAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesLateReport represents a LateReport error raised by the Challenges contract.
type ChallengesLateReport struct {
	Id       *big.Int
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LateReport(uint256 id, uint64 deadline)
func ChallengesLateReportErrorID() common.Hash {
	return common.HexToHash("0x1675f4c86f8c4cce0d0a066f3e5a56c6fe62deb42d6aa3fff0c78fd80b019461")
}

// UnpackLateReportError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LateReport(uint256 id, uint64 deadline)
func (challenges *Challenges) UnpackLateReportError(raw []byte) (*ChallengesLateReport, error) {
	out := new(ChallengesLateReport)
	if err := challenges.abi.UnpackIntoInterface(out, "LateReport", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesMissingReceipt represents a MissingReceipt error raised by the Challenges contract.
type ChallengesMissingReceipt struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingReceipt()
func ChallengesMissingReceiptErrorID() common.Hash {
	return common.HexToHash("0x5051f1c4ff1a78a357fd3c200fc6131850914caaa8d477f7b476aed912f36aab")
}

// UnpackMissingReceiptError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingReceipt()
func (challenges *Challenges) UnpackMissingReceiptError(raw []byte) (*ChallengesMissingReceipt, error) {
	out := new(ChallengesMissingReceipt)
	if err := challenges.abi.UnpackIntoInterface(out, "MissingReceipt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesNoMeasurements represents a NoMeasurements error raised by the Challenges contract.
type ChallengesNoMeasurements struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoMeasurements(uint256 id)
func ChallengesNoMeasurementsErrorID() common.Hash {
	return common.HexToHash("0x9bc10f852ab04db9df025e5f16c2bd6a5250e7e49fd5d0a0a18717e67af65971")
}

// UnpackNoMeasurementsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoMeasurements(uint256 id)
func (challenges *Challenges) UnpackNoMeasurementsError(raw []byte) (*ChallengesNoMeasurements, error) {
	out := new(ChallengesNoMeasurements)
	if err := challenges.abi.UnpackIntoInterface(out, "NoMeasurements", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesNotActive represents a NotActive error raised by the Challenges contract.
type ChallengesNotActive struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotActive(uint256 id)
func ChallengesNotActiveErrorID() common.Hash {
	return common.HexToHash("0x7258997ed4d3c208deacb96f7ddfc88494f9e0475d17ecc2f8e068049ab7d2af")
}

// UnpackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotActive(uint256 id)
func (challenges *Challenges) UnpackNotActiveError(raw []byte) (*ChallengesNotActive, error) {
	out := new(ChallengesNotActive)
	if err := challenges.abi.UnpackIntoInterface(out, "NotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesNotAdmin represents a NotAdmin error raised by the Challenges contract.
type ChallengesNotAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAdmin()
func ChallengesNotAdminErrorID() common.Hash {
	return common.HexToHash("0x7bfa4b9fb0cd3687c1f539f384b3f3f258f2c9aa9186353d0815413b508ed97d")
}

// UnpackNotAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAdmin()
func (challenges *Challenges) UnpackNotAdminError(raw []byte) (*ChallengesNotAdmin, error) {
	out := new(ChallengesNotAdmin)
	if err := challenges.abi.UnpackIntoInterface(out, "NotAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesNotAttester represents a NotAttester error raised by the Challenges contract.
type ChallengesNotAttester struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAttester(address account)
func ChallengesNotAttesterErrorID() common.Hash {
	return common.HexToHash("0x14817f2f584570953b41dcf787fe5799176797b67ea0429f314f3bca83b3274a")
}

// UnpackNotAttesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAttester(address account)
func (challenges *Challenges) UnpackNotAttesterError(raw []byte) (*ChallengesNotAttester, error) {
	out := new(ChallengesNotAttester)
	if err := challenges.abi.UnpackIntoInterface(out, "NotAttester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesNotBucketOwner represents a NotBucketOwner error raised by the Challenges contract.
type ChallengesNotBucketOwner struct {
	BucketId uint64
	Caller   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBucketOwner(uint64 bucketId, address caller)
func ChallengesNotBucketOwnerErrorID() common.Hash {
	return common.HexToHash("0x01c5c04d69a42f860e1965946400441b70a04ac056122a184cc6a9f269e7b494")
}

// UnpackNotBucketOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBucketOwner(uint64 bucketId, address caller)
func (challenges *Challenges) UnpackNotBucketOwnerError(raw []byte) (*ChallengesNotBucketOwner, error) {
	out := new(ChallengesNotBucketOwner)
	if err := challenges.abi.UnpackIntoInterface(out, "NotBucketOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesNotEnoughAttesters represents a NotEnoughAttesters error raised by the Challenges contract.
type ChallengesNotEnoughAttesters struct {
	Eligible *big.Int
	Needed   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughAttesters(uint256 eligible, uint256 needed)
func ChallengesNotEnoughAttestersErrorID() common.Hash {
	return common.HexToHash("0x273a60ff5d75931d5e41756f2908c1c6f5eb2be96931b7122e65e190813043bd")
}

// UnpackNotEnoughAttestersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughAttesters(uint256 eligible, uint256 needed)
func (challenges *Challenges) UnpackNotEnoughAttestersError(raw []byte) (*ChallengesNotEnoughAttesters, error) {
	out := new(ChallengesNotEnoughAttesters)
	if err := challenges.abi.UnpackIntoInterface(out, "NotEnoughAttesters", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesNotMarket represents a NotMarket error raised by the Challenges contract.
type ChallengesNotMarket struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotMarket(address caller)
func ChallengesNotMarketErrorID() common.Hash {
	return common.HexToHash("0xbfae38b33907467ea3651d4564b66c7df27bbd52b3924e47aa461b118ab3c8a3")
}

// UnpackNotMarketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotMarket(address caller)
func (challenges *Challenges) UnpackNotMarketError(raw []byte) (*ChallengesNotMarket, error) {
	out := new(ChallengesNotMarket)
	if err := challenges.abi.UnpackIntoInterface(out, "NotMarket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesNotPending represents a NotPending error raised by the Challenges contract.
type ChallengesNotPending struct {
	Id     *big.Int
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 id, uint8 status)
func ChallengesNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 id, uint8 status)
func (challenges *Challenges) UnpackNotPendingError(raw []byte) (*ChallengesNotPending, error) {
	out := new(ChallengesNotPending)
	if err := challenges.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesNotSelectedAttester represents a NotSelectedAttester error raised by the Challenges contract.
type ChallengesNotSelectedAttester struct {
	Id     *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSelectedAttester(uint256 id, address signer)
func ChallengesNotSelectedAttesterErrorID() common.Hash {
	return common.HexToHash("0xc29a95fa75d147b23f9a953b843183144a1d6489e008d3ae37bc00c25ea27242")
}

// UnpackNotSelectedAttesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSelectedAttester(uint256 id, address signer)
func (challenges *Challenges) UnpackNotSelectedAttesterError(raw []byte) (*ChallengesNotSelectedAttester, error) {
	out := new(ChallengesNotSelectedAttester)
	if err := challenges.abi.UnpackIntoInterface(out, "NotSelectedAttester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesNothingToChallenge represents a NothingToChallenge error raised by the Challenges contract.
type ChallengesNothingToChallenge struct {
	BucketId uint64
	Ring     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToChallenge(uint64 bucketId, address ring)
func ChallengesNothingToChallengeErrorID() common.Hash {
	return common.HexToHash("0x76690f113a3a7e02f06a1ab861306609cf920a6f99a8ab6db1bf2e6a3369417d")
}

// UnpackNothingToChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToChallenge(uint64 bucketId, address ring)
func (challenges *Challenges) UnpackNothingToChallengeError(raw []byte) (*ChallengesNothingToChallenge, error) {
	out := new(ChallengesNothingToChallenge)
	if err := challenges.abi.UnpackIntoInterface(out, "NothingToChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesParamOutOfRange represents a ParamOutOfRange error raised by the Challenges contract.
type ChallengesParamOutOfRange struct {
	Name  string
	Value *big.Int
	Min   *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ParamOutOfRange(string name, uint256 value, uint256 min, uint256 max)
func ChallengesParamOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xf85a2b801ca995608ddad77ae02fa2e540e67829789ba31b31f79cfd2cebce47")
}

// UnpackParamOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ParamOutOfRange(string name, uint256 value, uint256 min, uint256 max)
func (challenges *Challenges) UnpackParamOutOfRangeError(raw []byte) (*ChallengesParamOutOfRange, error) {
	out := new(ChallengesParamOutOfRange)
	if err := challenges.abi.UnpackIntoInterface(out, "ParamOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesReceiptSignerMismatch represents a ReceiptSignerMismatch error raised by the Challenges contract.
type ChallengesReceiptSignerMismatch struct {
	Signer common.Address
	Hoster common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReceiptSignerMismatch(address signer, address hoster)
func ChallengesReceiptSignerMismatchErrorID() common.Hash {
	return common.HexToHash("0x2988e562770b1d660252dacb42c43be94bbe0416e17cd284c4ed39042980fdc5")
}

// UnpackReceiptSignerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReceiptSignerMismatch(address signer, address hoster)
func (challenges *Challenges) UnpackReceiptSignerMismatchError(raw []byte) (*ChallengesReceiptSignerMismatch, error) {
	out := new(ChallengesReceiptSignerMismatch)
	if err := challenges.abi.UnpackIntoInterface(out, "ReceiptSignerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesRingTooLarge represents a RingTooLarge error raised by the Challenges contract.
type ChallengesRingTooLarge struct {
	Ring    common.Address
	Members *big.Int
	Max     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RingTooLarge(address ring, uint256 members, uint256 max)
func ChallengesRingTooLargeErrorID() common.Hash {
	return common.HexToHash("0x6315e5d7ad1075f60650b3dab5890d08639ae044ce34849a402ec01acc48c5da")
}

// UnpackRingTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RingTooLarge(address ring, uint256 members, uint256 max)
func (challenges *Challenges) UnpackRingTooLargeError(raw []byte) (*ChallengesRingTooLarge, error) {
	out := new(ChallengesRingTooLarge)
	if err := challenges.abi.UnpackIntoInterface(out, "RingTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesSeedExpired represents a SeedExpired error raised by the Challenges contract.
type ChallengesSeedExpired struct {
	SeedBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedExpired(uint64 seedBlock)
func ChallengesSeedExpiredErrorID() common.Hash {
	return common.HexToHash("0x1f697f9cca754ba0d8d9b4dd848757b6b962e788ff2ae4d69b3ecc524d0ac39f")
}

// UnpackSeedExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedExpired(uint64 seedBlock)
func (challenges *Challenges) UnpackSeedExpiredError(raw []byte) (*ChallengesSeedExpired, error) {
	out := new(ChallengesSeedExpired)
	if err := challenges.abi.UnpackIntoInterface(out, "SeedExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesSeedNotExpired represents a SeedNotExpired error raised by the Challenges contract.
type ChallengesSeedNotExpired struct {
	SeedBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedNotExpired(uint64 seedBlock)
func ChallengesSeedNotExpiredErrorID() common.Hash {
	return common.HexToHash("0xe1c1a1b42aed9dd87897d09cb5b1a00db5ba985ba2d98bd12d46c5eac544a093")
}

// UnpackSeedNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedNotExpired(uint64 seedBlock)
func (challenges *Challenges) UnpackSeedNotExpiredError(raw []byte) (*ChallengesSeedNotExpired, error) {
	out := new(ChallengesSeedNotExpired)
	if err := challenges.abi.UnpackIntoInterface(out, "SeedNotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesSeedNotReady represents a SeedNotReady error raised by the Challenges contract.
type ChallengesSeedNotReady struct {
	SeedBlock   uint64
	BlockNumber *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeedNotReady(uint64 seedBlock, uint256 blockNumber)
func ChallengesSeedNotReadyErrorID() common.Hash {
	return common.HexToHash("0x484e391672faaac4235acecc06d2ebac87c73fdee30a3ea1051ddddffb088356")
}

// UnpackSeedNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeedNotReady(uint64 seedBlock, uint256 blockNumber)
func (challenges *Challenges) UnpackSeedNotReadyError(raw []byte) (*ChallengesSeedNotReady, error) {
	out := new(ChallengesSeedNotReady)
	if err := challenges.abi.UnpackIntoInterface(out, "SeedNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesTooLarge represents a TooLarge error raised by the Challenges contract.
type ChallengesTooLarge struct {
	PeerIdSize     *big.Int
	GatewayUrlSize *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLarge(uint256 peerIdSize, uint256 gatewayUrlSize)
func ChallengesTooLargeErrorID() common.Hash {
	return common.HexToHash("0x677fd0e3f4f83d4759a1f945b4c645d6c03436adaaeb7ec379e4cbef2765483b")
}

// UnpackTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLarge(uint256 peerIdSize, uint256 gatewayUrlSize)
func (challenges *Challenges) UnpackTooLargeError(raw []byte) (*ChallengesTooLarge, error) {
	out := new(ChallengesTooLarge)
	if err := challenges.abi.UnpackIntoInterface(out, "TooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesUnknownBucket represents a UnknownBucket error raised by the Challenges contract.
type ChallengesUnknownBucket struct {
	BucketId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBucket(uint64 bucketId)
func ChallengesUnknownBucketErrorID() common.Hash {
	return common.HexToHash("0xbb5567fa96fbf32034995bcdfdee5aaf29ca5bf1eacd6e41f71c1254942eb154")
}

// UnpackUnknownBucketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBucket(uint64 bucketId)
func (challenges *Challenges) UnpackUnknownBucketError(raw []byte) (*ChallengesUnknownBucket, error) {
	out := new(ChallengesUnknownBucket)
	if err := challenges.abi.UnpackIntoInterface(out, "UnknownBucket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesUnknownChallenge represents a UnknownChallenge error raised by the Challenges contract.
type ChallengesUnknownChallenge struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownChallenge(uint256 id)
func ChallengesUnknownChallengeErrorID() common.Hash {
	return common.HexToHash("0x46bb1c0f4790c0b24b44b0dc7530da26afbb67040b0afbca9973d723a06707b5")
}

// UnpackUnknownChallengeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownChallenge(uint256 id)
func (challenges *Challenges) UnpackUnknownChallengeError(raw []byte) (*ChallengesUnknownChallenge, error) {
	out := new(ChallengesUnknownChallenge)
	if err := challenges.abi.UnpackIntoInterface(out, "UnknownChallenge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesWrongHoster represents a WrongHoster error raised by the Challenges contract.
type ChallengesWrongHoster struct {
	Given    common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongHoster(address given, address expected)
func ChallengesWrongHosterErrorID() common.Hash {
	return common.HexToHash("0x44f04d1a9097cda1adab099104c55827ba68ffffba6a8feb3d7645f574db4460")
}

// UnpackWrongHosterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongHoster(address given, address expected)
func (challenges *Challenges) UnpackWrongHosterError(raw []byte) (*ChallengesWrongHoster, error) {
	out := new(ChallengesWrongHoster)
	if err := challenges.abi.UnpackIntoInterface(out, "WrongHoster", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChallengesWrongPositions represents a WrongPositions error raised by the Challenges contract.
type ChallengesWrongPositions struct {
	Given    [32]byte
	Expected [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPositions(bytes32 given, bytes32 expected)
func ChallengesWrongPositionsErrorID() common.Hash {
	return common.HexToHash("0xba3ceda4ce29d7499f6c21cb78febe7a01265669316faab4e6edd3a84e70e547")
}

// UnpackWrongPositionsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPositions(bytes32 given, bytes32 expected)
func (challenges *Challenges) UnpackWrongPositionsError(raw []byte) (*ChallengesWrongPositions, error) {
	out := new(ChallengesWrongPositions)
	if err := challenges.abi.UnpackIntoInterface(out, "WrongPositions", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketMetaData contains all meta data concerning the Market contract.
var MarketMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIMarketRingFactory\",\"name\":\"factory_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"networkFeeBps_\",\"type\":\"uint16\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"name\":\"AvatarTaken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignatureLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignatureV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"vnodes\",\"type\":\"uint256\"}],\"name\":\"BadVNodes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"debtSince\",\"type\":\"uint64\"}],\"name\":\"BucketInDebt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"}],\"name\":\"BucketNotInDebt\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reserved\",\"type\":\"uint64\"}],\"name\":\"CapacityBelowReserved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"free\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"CapacityExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"}],\"name\":\"ClusterHasNoNodes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"available\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"requested\",\"type\":\"uint64\"}],\"name\":\"ClusterResourceExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"used\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"resourcePerVNode\",\"type\":\"uint64\"}],\"name\":\"ClusterResourceInUse\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"name\":\"DuplicateNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unlocked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientUnlocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"InvalidAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"}],\"name\":\"InvalidAvatar\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"}],\"name\":\"ManagerNotTrusted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoChallenges\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"scanned\",\"type\":\"uint256\"}],\"name\":\"NoReplacement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"}],\"name\":\"NodeInCluster\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"}],\"name\":\"NodeNotInCluster\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"scoreBps\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"outcomes\",\"type\":\"uint256\"}],\"name\":\"NotBelowThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotBucketOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotClusterManager\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotRingOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rate\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxRate\",\"type\":\"uint256\"}],\"name\":\"RateAboveConsent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"rent\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"RentTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"SignerMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"peerIdSize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gatewayUrlSize\",\"type\":\"uint256\"}],\"name\":\"TooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyNodes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"}],\"name\":\"UnknownBucket\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"}],\"name\":\"UnknownCluster\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"name\":\"UnknownNode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"}],\"name\":\"UnknownRing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"challenges\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"}],\"name\":\"WrongChallenges\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroCapacity\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"AdminSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"resource\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"rate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byManager\",\"type\":\"bool\"}],\"name\":\"BucketAllocated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"}],\"name\":\"BucketCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"forgiven\",\"type\":\"uint256\"}],\"name\":\"BucketEvicted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"settledUntil\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"debtSince\",\"type\":\"uint64\"}],\"name\":\"BucketSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenges\",\"type\":\"address\"}],\"name\":\"ChallengesSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeOut\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeIn\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"vnodes\",\"type\":\"uint32\"}],\"name\":\"ClusterAmended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"resourcePerVNode\",\"type\":\"uint64\"}],\"name\":\"ClusterCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"ClusterManagementFeeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"vnodes\",\"type\":\"uint32\"}],\"name\":\"ClusterNodeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"name\":\"ClusterNodeRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"resourcePerVNode\",\"type\":\"uint64\"}],\"name\":\"ClusterResourceReserved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"FeeRecipientSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"ManagerTrusted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"NetworkFeeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"gatewayUrl\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"rentPerUnit\",\"type\":\"uint128\"}],\"name\":\"NodeCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"idle\",\"type\":\"bool\"}],\"name\":\"NodeIdleSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"gatewayUrl\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint128\",\"name\":\"rentPerUnit\",\"type\":\"uint128\"}],\"name\":\"NodeParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"ProviderPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"failedAt\",\"type\":\"uint64\"}],\"name\":\"ProviderSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"networkFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"managementFee\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"providers\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"remainder\",\"type\":\"uint256\"}],\"name\":\"RevenuesDistributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BUCKET_ALLOC_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_GATEWAY_URL_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_IDLE_SCAN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_MANAGEMENT_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NETWORK_FEE_BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_NODES_PER_CLUSTER\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PEER_ID_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_RENT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VNODES_PER_NODE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_AMEND_OUTCOMES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accountDeposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"accountDepositFor\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"accountWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"name\":\"amendCluster\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"newNodeId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"avatarNode\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"resource\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxRate\",\"type\":\"uint256\"}],\"name\":\"bucketAllocIntoCluster\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"resource\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxRate\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"bucketAllocIntoClusterFor\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bucketCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"}],\"name\":\"bucketCreate\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"}],\"name\":\"bucketEvict\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"}],\"name\":\"bucketSettlePayment\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challenges\",\"outputs\":[{\"internalType\":\"contractIMarketChallenges\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vnodes\",\"type\":\"uint32\"}],\"name\":\"clusterAddNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clusterCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32[]\",\"name\":\"nodeIds\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32[]\",\"name\":\"vnodes\",\"type\":\"uint32[]\"},{\"internalType\":\"uint64\",\"name\":\"resourcePerVNode\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"managementFeeBps\",\"type\":\"uint16\"}],\"name\":\"clusterCreate\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"}],\"name\":\"clusterDistributeRevenues\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"name\":\"clusterRemoveNode\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"resourcePerVNode\",\"type\":\"uint64\"}],\"name\":\"clusterReserveResource\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"clusterSetManagementFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"factory\",\"outputs\":[{\"internalType\":\"contractIMarketRingFactory\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"getAccount\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rate\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accrued\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unlocked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"internalType\":\"structMarketBase.AccountStatus\",\"name\":\"s\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"}],\"name\":\"getBucket\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"clusterRing\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"resource\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"rate\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"settledUntil\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"debtSince\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"paidUntil\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"inDebt\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"accountDeposit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accountUnlocked\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accountRate\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vnodes\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reserved\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"rentPerUnit\",\"type\":\"uint128\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"gatewayUrl\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"idle\",\"type\":\"bool\"}],\"internalType\":\"structMarketBase.NodeView[]\",\"name\":\"nodes\",\"type\":\"tuple[]\"}],\"internalType\":\"structMarketBase.BucketStatus\",\"name\":\"s\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"}],\"name\":\"getCluster\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"ring\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"managementFeeBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"vnodes\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"resourcePerVNode\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"resourceUsed\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"rentPerUnit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"revenues\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"lastDistributedAt\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vnodes\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reserved\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"rentPerUnit\",\"type\":\"uint128\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"gatewayUrl\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"idle\",\"type\":\"bool\"}],\"internalType\":\"structMarketBase.NodeView[]\",\"name\":\"nodes\",\"type\":\"tuple[]\"}],\"internalType\":\"structMarketBase.ClusterStatus\",\"name\":\"s\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"name\":\"getNode\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"clusterId\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"vnodes\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reserved\",\"type\":\"uint64\"},{\"internalType\":\"uint128\",\"name\":\"rentPerUnit\",\"type\":\"uint128\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"gatewayUrl\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"idle\",\"type\":\"bool\"}],\"internalType\":\"structMarketBase.NodeView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"bucketId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"resource\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"maxRate\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"hashBucketAlloc\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"idleCursor\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"idleNodes\",\"outputs\":[{\"internalType\":\"uint32[]\",\"name\":\"\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"networkFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"avatar\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"peerId\",\"type\":\"bytes\"},{\"internalType\":\"string\",\"name\":\"gatewayUrl\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"rentPerUnit\",\"type\":\"uint256\"}],\"name\":\"nodeCreate\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"idle\",\"type\":\"bool\"}],\"name\":\"nodeSetIdle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nodeId\",\"type\":\"uint32\"},{\"internalType\":\"string\",\"name\":\"gatewayUrl\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"capacity\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"rentPerUnit\",\"type\":\"uint256\"}],\"name\":\"nodeSetParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"}],\"name\":\"nodeTrustManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"manager\",\"type\":\"address\"}],\"name\":\"nodeUntrustManager\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"}],\"name\":\"setAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"challenges_\",\"type\":\"address\"}],\"name\":\"setChallenges\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"bps\",\"type\":\"uint16\"}],\"name\":\"setNetworkFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalDeposits\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalOwed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalRevenues\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"trusts\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Market",
	Bin: "0x608060405234801561000f575f5ffd5b50604051615d97380380615d9783398101604081905261002e91610201565b838383836001600160a01b038416610060576040516325abcd9160e11b81525f60048201526024015b60405180910390fd5b6001600160a01b038316610092576040516325abcd9160e11b81526001600160a01b0384166004820152602401610057565b6001600160a01b0382166100c4576040516325abcd9160e11b81526001600160a01b0383166004820152602401610057565b6103e88161ffff1611156100f9576040516373ab893560e11b815261ffff821660048201526103e86024820152604401610057565b5f80546001600160a01b038087166001600160a01b0319928316178355600180548783169316831790556002805461ffff8616600160a01b026001600160b01b03199091169287169290921791909117905560405190917f8fe72c3e0020beb3234e76ae6676fa576fbfcae600af1c4fea44784cf0db329c91a26040516001600160a01b038316907fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb323905f90a260405161ffff821681527f1e55191b24edb891678336c3519bc19256828bf55ed3e075309504cbe2c6e6529060200160405180910390a15050505050505050610263565b6001600160a01b03811681146101fe575f5ffd5b50565b5f5f5f5f60808587031215610214575f5ffd5b845161021f816101ea565b6020860151909450610230816101ea565b6040860151909350610241816101ea565b606086015190925061ffff81168114610258575f5ffd5b939692955090935050565b615b27806102705f395ff3fe608060405260043610610371575f3560e01c806382334c72116101c8578063cc51d47d116100fd578063e5998f0b1161009d578063f698da251161006d578063f698da2514610a5e578063f851a44014610a72578063fbcbc0f114610a91578063fee5bbcc14610af1575f5ffd5b8063e5998f0b146109f8578063e74b981b14610a17578063e7fa9f7d14610a36578063eacdafba14610a4a575f5ffd5b8063d36b09d2116100d8578063d36b09d214610962578063d3c8262314610981578063d91e3d2a146109ad578063e06f876f146109cc575f5ffd5b8063cc51d47d1461090d578063cea9bebd1461092c578063d2dae1841461094f575f5ffd5b8063b0878fa311610168578063bcd78fa611610143578063bcd78fa614610896578063c2f5673e146108aa578063c45a0155146108d0578063c8685fe9146108ee575f5ffd5b8063b0878fa31461085b578063bb3847401461087a578063bb6b44cb14610882575f5ffd5b8063a5ab83f6116101a3578063a5ab83f614610808578063a67e835814610827578063a6f5773d1461083c578063a8610c881461069f575f5ffd5b806382334c721461077f5780638f91091c146107a057806397c59b9f146107bf575f5ffd5b806346904840116102a95780635f87c34311610249578063704b6c0211610219578063704b6c02146106f4578063707617f7146107135780637d8820971461073f5780637ecebe0014610754575f5ffd5b80635f87c343146106805780636ce9e9b11461069f5780636da49b83146106b4578063702f45f3146106d0575f5ffd5b806354068f351161028457806354068f35146105e5578063551f8b2114610618578063576dfbc81461064c5780635975a13a14610661575f5ffd5b8063469048401461057057806351fb72171461058f57806352890424146105c6575f5ffd5b8063249d39e9116103145780632ff8a083116102ef5780632ff8a083146105095780633326ab9e1461051d57806334585e71146105325780633d620fd814610551575f5ffd5b8063249d39e91461048f578063267ecfc0146104a4578063277bf0fa146104ea575f5ffd5b8063118f51f01161034f578063118f51f0146103f15780631de8e8dd146104105780631f6276de1461042f57806320606b701461044e575f5ffd5b806309af4fe6146103755780630aa2640f146103b157806310214f9d146103d2575b5f5ffd5b348015610380575f5ffd5b50600d54610394906001600160a01b031681565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156103bc575f5ffd5b506103d06103cb366004614cdb565b610b08565b005b3480156103dd575f5ffd5b506103d06103ec366004614d2f565b610c3e565b3480156103fc575f5ffd5b506103d061040b366004614d65565b610ca0565b34801561041b575f5ffd5b506103d061042a366004614dc4565b610eba565b34801561043a575f5ffd5b506103d0610449366004614e2c565b6110a1565b348015610459575f5ffd5b506104817f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f81565b6040519081526020016103a8565b34801561049a575f5ffd5b5061048161271081565b3480156104af575f5ffd5b506104d56104be366004614d2f565b60086020525f908152604090205463ffffffff1681565b60405163ffffffff90911681526020016103a8565b3480156104f5575f5ffd5b506103d0610504366004614d2f565b6110fc565b348015610514575f5ffd5b50610481601081565b348015610528575f5ffd5b5061048161138881565b34801561053d575f5ffd5b506103d061054c366004614e7b565b611255565b34801561055c575f5ffd5b506103d061056b366004614eac565b6112f4565b34801561057b575f5ffd5b50600254610394906001600160a01b031681565b34801561059a575f5ffd5b506105ae6105a9366004614ec3565b611423565b6040516001600160401b0390911681526020016103a8565b3480156105d1575f5ffd5b506103d06105e0366004614eed565b61166b565b3480156105f0575f5ffd5b506104817fcdd6d6b9e53c94d64970014a7090aacb6f661747924bbc18c225722437aba8ae81565b348015610623575f5ffd5b5060025461063990600160a01b900461ffff1681565b60405161ffff90911681526020016103a8565b348015610657575f5ffd5b5061048161010081565b34801561066c575f5ffd5b506103d061067b366004614d65565b611721565b34801561068b575f5ffd5b506104d561069a366004614f06565b611736565b3480156106aa575f5ffd5b506104816103e881565b3480156106bf575f5ffd5b506007546104d59063ffffffff1681565b3480156106db575f5ffd5b506007546104d590640100000000900463ffffffff1681565b3480156106ff575f5ffd5b506103d061070e366004614d2f565b611c33565b34801561071e575f5ffd5b5061073261072d366004614d65565b611cd9565b6040516103a891906150c2565b34801561074a575f5ffd5b50610481600b5481565b34801561075f575f5ffd5b5061048161076e366004614d2f565b600a6020525f908152604090205481565b34801561078a575f5ffd5b50610793611ee7565b6040516103a891906151fe565b3480156107ab575f5ffd5b506104d56107ba366004615286565b611f68565b3480156107ca575f5ffd5b506107f86107d9366004615314565b600960209081525f928352604080842090915290825290205460ff1681565b60405190151581526020016103a8565b348015610813575f5ffd5b506103d061082236600461534b565b6123cd565b348015610832575f5ffd5b50610481600c5481565b348015610847575f5ffd5b506104d5610856366004615375565b612621565b348015610866575f5ffd5b506103d0610875366004615412565b61284e565b6103d061297f565b34801561088d575f5ffd5b50610481606481565b3480156108a1575f5ffd5b50610481600381565b3480156108b5575f5ffd5b506007546105ae90600160401b90046001600160401b031681565b3480156108db575f5ffd5b505f54610394906001600160a01b031681565b3480156108f9575f5ffd5b506103d0610908366004614f06565b61298a565b348015610918575f5ffd5b506103d0610927366004614d2f565b612d12565b348015610937575f5ffd5b50600d546104d590600160a01b900463ffffffff1681565b6103d061095d366004614d2f565b612da7565b34801561096d575f5ffd5b506103d061097c366004615488565b612de2565b34801561098c575f5ffd5b506109a061099b366004615488565b612fd8565b6040516103a891906154a1565b3480156109b8575f5ffd5b506104816109c7366004615584565b6130e1565b3480156109d7575f5ffd5b506109eb6109e6366004615488565b61319e565b6040516103a891906155d1565b348015610a03575f5ffd5b506103d0610a123660046155f0565b613389565b348015610a22575f5ffd5b506103d0610a31366004614d2f565b6134ef565b348015610a41575f5ffd5b50610481613595565b348015610a55575f5ffd5b50610481604081565b348015610a69575f5ffd5b506104816135ab565b348015610a7d575f5ffd5b50600154610394906001600160a01b031681565b348015610a9c575f5ffd5b50610ab0610aab366004614d2f565b61364f565b6040516103a891905f60a082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015292915050565b348015610afc575f5ffd5b50610481600160601b81565b5f610b12846136e4565b6005810154909150606411610b5a576005810154610b3190600161562e565b604051631a62fe1360e31b81526004810191909152606460248201526044015b60405180910390fd5b5f610b68828686865f613724565b600183015460405163d014c01f60e01b81526001600160a01b03808416600483015292935091169063d014c01f906024015f604051808303815f87803b158015610bb0575f5ffd5b505af1158015610bc2573d5f5f3e3d5ffd5b505060405163ffffffff86811682528088169350881691507ff7b771253106bf6c467f5b286a84e9faae4b36821a7cad09a54ebf0ffc3dcaf19060200160405180910390a360405163ffffffff8481168252808616915f918816905f516020615b075f395f51905f529060200160405180910390a45050505050565b335f8181526009602090815260408083206001600160a01b038616808552908352818420805460ff19169055905192835292917fc85db2de0628a7bafb336c017af49671ed56630b0e5aac828f7a16e75e68940e91015b60405180910390a350565b5f610caa82613a6e565b80549091505f90610cc790600160a01b900463ffffffff166136e4565b9050610cd38383613ab8565b60028201546001600160401b03165f03610d0b5760405163542ec2f560e11b81526001600160401b0384166004820152602401610b51565b60038201548254600160c01b90046001600160401b03165f610d2d8242615641565b610d379084615654565b85546001600160a01b03165f9081526006602052604081206001810180549394509092869290610d68908490615641565b90915550610d8190506001600160401b03841685615654565b816002015f828254610d939190615641565b909155505060018601546002860180546001600160401b03600160a01b9093048316925f91610dc49185911661566b565b82546101009290920a6001600160401b038181021990931691831602179091555f600389015560018801805467ffffffffffffffff60a01b1916905560028801805467ffffffffffffffff1916905587546001600160c01b0316600160c01b4283160217885560405184815290891691507f5db6999174ce23f58854087c9e72d58dc67820410837ff057ca3525ec4c7e8ca9060200160405180910390a2604080515f80825260208201526001918101919091526001600160401b038816907fa39890df96f6e3177960a37362811ac29c396973fc93d6e3ec585a9866e95542906060015b60405180910390a250505050505050565b5f610ec486613d18565b80549091506001600160a01b03163314610ef557853360405163e7debdff60e01b8152600401610b5192919061568a565b610100841115610f215760405163677fd0e360e01b81525f600482015260248101859052604401610b51565b610f2b8383613d5c565b60028101546001600160401b039081169084161015610f7657600281015460405163464adc1560e11b81526001600160401b0380861660048301529091166024820152604401610b51565b8054600160a01b900463ffffffff1680156110065763ffffffff8082165f90815260046020526040902083549091610fb8918691600160c01b90910416615654565b60028401548454610fe691600160401b90046001600160801b031690600160c01b900463ffffffff16615654565b8260030154610ff59190615641565b610fff919061562e565b6003909101555b6004820161101586888361574b565b5060018201805467ffffffffffffffff60a01b1916600160a01b6001600160401b03871602179055600282018054600160401b600160c01b031916600160401b6001600160801b0386160217905560405163ffffffff8816907f4e64384ffc3f24c05d69fc570481a108749f5e0bdb20ce660d29b2093fbe904090610ea990899089908990899061582c565b5f6110ab84613a6e565b80549091506001600160a01b031633146110e9576040516301c5c04d60e01b81526001600160401b0385166004820152336024820152604401610b51565b6110f6848285855f613dbb565b50505050565b6001546001600160a01b0316331461112757604051637bfa4b9f60e01b815260040160405180910390fd5b6001600160a01b0381161561120c57806001600160a01b03163b5f0361116b576040516325abcd9160e11b81526001600160a01b0382166004820152602401610b51565b5f816001600160a01b03166380f556056040518163ffffffff1660e01b8152600401602060405180830381865afa1580156111a8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111cc9190615868565b90506001600160a01b038116301461120a5760405163750a951560e01b81526001600160a01b03808416600483015282166024820152604401610b51565b505b600d80546001600160a01b0319166001600160a01b0383169081179091556040517fb6b1a10bb1170155d3e9cbffc78aec08eca75e140883b8add4e3b51373c8eae6905f90a250565b5f61125f836136e4565b90506113888261ffff161115611296576040516373ab893560e11b815261ffff831660048201526113886024820152604401610b51565b805461ffff60a01b1916600160a01b61ffff841690810291909117825560405190815263ffffffff8416907f655988a45f7cd2ecb9cb869335835dc8919604c1e5656f3aed35d785d0655735906020015b60405180910390a2505050565b805f0361131457604051631f2a200560e01b815260040160405180910390fd5b335f9081526006602052604081209061132c82614018565b9050808311156113595760405163516c4f4960e11b81526004810182905260248101849052604401610b51565b82825f015f82825461136b9190615641565b9250508190555082600b5f8282546113839190615641565b909155505060405183815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339085908381818185875af1925050503d805f81146113fc576040519150601f19603f3d011682016040523d82523d5f602084013e611401565b606091505b50509050806110f6576040516312171d8360e31b815260040160405180910390fd5b5f61142d82614047565b505f546040516327e5793560e01b81526001600160a01b038581166004830152909116906327e5793590602401602060405180830381865afa158015611475573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114999190615883565b6114c157604051632466b56360e11b81526001600160a01b0384166004820152602401610b51565b5f836001600160a01b0316638da5cb5b6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156114fe573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115229190615868565b90506001600160a01b038116331461156057604051635be379a760e11b81526001600160a01b03808616600483015282166024820152604401610b51565b6007805460089061158090600160401b90046001600160401b031661589e565b82546001600160401b038083166101009490940a84810290820219909216919091179093555f828152600560205260409081902080546001820180546001600160a01b038c166001600160a01b031991909116811790915542909616600160c01b026001600160c01b0363ffffffff8b16600160a01b0263ffffffff60a01b19339081166001600160c01b03199095169490941717161782559151929650939290917f9fac03a3bf0723c113ffd62d70fae0c8cafcd0d8157495d5ad2aeb1524308ea49061165b90899063ffffffff91909116815260200190565b60405180910390a4505092915050565b6001546001600160a01b0316331461169657604051637bfa4b9f60e01b815260040160405180910390fd5b6103e88161ffff1611156116cb576040516373ab893560e11b815261ffff821660048201526103e86024820152604401610b51565b6002805461ffff60a01b1916600160a01b61ffff8416908102919091179091556040519081527f1e55191b24edb891678336c3519bc19256828bf55ed3e075309504cbe2c6e6529060200160405180910390a150565b6117338161172e83613a6e565b613ab8565b50565b600d545f906001600160a01b03168061176257604051630d869bd560e31b815260040160405180910390fd5b5f61176c85614047565b90505f61177885613d18565b805490915063ffffffff878116600160a01b90920416146117bc576040516321ad664360e11b815263ffffffff808716600483015287166024820152604401610b51565b5f5f5f6117c9868961408b565b925092509250826118035760405163c92280cf60e01b815263ffffffff891660048201526024810183905260448101829052606401610b51565b83546001860154600160c01b90910463ffffffff16905f9061183590600160a01b90046001600160401b031683615654565b87549091505f90611851908a906001600160a01b03168461411e565b909a50905063ffffffff8a165f036118935760405163e55d4a2560e01b815263ffffffff808e1660048301528c16602482015260448101829052606401610b51565b63ffffffff8a81165f908152600360205260409020600281015490916118cb91600160401b90046001600160801b0316908616615654565b60028901546118f090600160401b90046001600160801b031663ffffffff8716615654565b8a600301546118ff9190615641565b611909919061562e565b60038a0155875460058a018054600160e01b90920463ffffffff16918d919083908110611938576119386158c8565b905f5260205f2090600891828204019190066004026101000a81548163ffffffff021916908363ffffffff16021790555083896002015f8282829054906101000a90046001600160401b031661198e919061566b565b82546101009290920a6001600160401b038181021990931691831602179091558a546001600160a01b03168b5560028401805487935090915f916119d4918591166158dc565b92506101000a8154816001600160401b0302191690836001600160401b031602179055508d825f0160146101000a81548163ffffffff021916908363ffffffff16021790555084825f0160186101000a81548163ffffffff021916908363ffffffff16021790555080825f01601c6101000a81548163ffffffff021916908363ffffffff160217905550896001015f9054906101000a90046001600160a01b03166001600160a01b031663b42652e98a6001015f9054906101000a90046001600160a01b03166040518263ffffffff1660e01b8152600401611ac591906001600160a01b0391909116815260200190565b5f604051808303815f87803b158015611adc575f5ffd5b505af1158015611aee573d5f5f3e3d5ffd5b5050505060018a8101549083015460405163d014c01f60e01b81526001600160a01b03918216600482015291169063d014c01f906024015f604051808303815f87803b158015611b3c575f5ffd5b505af1158015611b4e573d5f5f3e3d5ffd5b505050508c63ffffffff168e63ffffffff167ff0b1d97c1ebeeaff1a91f9e09bdeb3d861b087a6a6384554c891aad5c37135ef60405160405180910390a38b63ffffffff168e63ffffffff167ff7b771253106bf6c467f5b286a84e9faae4b36821a7cad09a54ebf0ffc3dcaf187604051611bd5919063ffffffff91909116815260200190565b60405180910390a38b63ffffffff168d63ffffffff168f63ffffffff165f516020615b075f395f51905f5288604051611c1a919063ffffffff91909116815260200190565b60405180910390a4505050505050505050505092915050565b6001546001600160a01b03163314611c5e57604051637bfa4b9f60e01b815260040160405180910390fd5b6001600160a01b038116611c90576040516325abcd9160e11b81526001600160a01b0382166004820152602401610b51565b600180546001600160a01b0319166001600160a01b0383169081179091556040517f8fe72c3e0020beb3234e76ae6676fa576fbfcae600af1c4fea44784cf0db329c905f90a250565b60408051610200810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820183905261012082018390526101408201839052610160820183905261018082018390526101a082018390526101c082018390526101e082015290611d6183613a6e565b8054600160a01b80820463ffffffff165f8181526004602090815260408083206001600160a01b0380881680865260068552948390206001600160401b038d81168d52948c01959095526001808a0154808316948d019490945260608c01969096529481015490941660808a015293909304831660a0880152600385015460c0880152600160c01b909304821660e087018190526002850154909216610100870152929350611e109042615641565b8360030154611e1f9190615654565b610120850181905281541061016085015260038301545f9015611e525760038401548254611e4d919061590f565b611e5b565b6001600160401b035b84549091505f90611e7d908390600160c01b90046001600160401b031661562e565b90506001600160401b038111611e935780611e9c565b6001600160401b035b6001600160401b03166101408701528254610180870152611ebc83614018565b6101a087015260018301546101c0870152611ed684614291565b6101e0870152509395945050505050565b6060600e805480602002602001604051908101604052809291908181526020018280548015611f5e57602002820191905f5260205f20905f905b82829054906101000a900463ffffffff1663ffffffff1681526020019060040190602082600301049283019260010382029150808411611f215790505b5050505050905090565b5f858414611f8c576040516001621398b960e31b0319815260040160405180910390fd5b6064861115611fb857604051631a62fe1360e31b81526004810187905260646024820152604401610b51565b6113888261ffff161115611fed576040516373ab893560e11b815261ffff831660048201526113886024820152604401610b51565b6007805460049061200b90640100000000900463ffffffff16615922565b82546101009290920a63ffffffff81810219909316928216908102929092179092555f90815260046020526040812080546001600160b01b0319163361ffff60a01b191617600160a01b61ffff87168102919091176001600160d01b0316600160d01b4265ffffffffffff160217825560018201805467ffffffffffffffff60a01b19166001600160401b038981169093021790559293509188908111156120b5576120b56156a9565b6040519080825280602002602001820160405280156120de578160200160208202803683370190505b5090505f5b888110156121775761214583858c8c85818110612102576121026158c8565b90506020020160208101906121179190615488565b8b8b86818110612129576121296158c8565b905060200201602081019061213e9190615488565b6001613724565b828281518110612157576121576158c8565b6001600160a01b03909216602092830291909101909101526001016120e3565b505f8054604051637926eb5b60e11b81526001600160a01b039091169063f24dd6b6906121aa903090869060040161593d565b6020604051808303815f875af11580156121c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121ea9190615868565b6001840180546001600160a01b0319166001600160a01b038316908117909155604080519182526001600160401b0389166020830152919250339163ffffffff8716917f6ea56207d67c5521f36be5e00a031bc7917b2694e033a8eb3d363d3723879de4910160405180910390a360405161ffff8616815263ffffffff8516907f655988a45f7cd2ecb9cb869335835dc8919604c1e5656f3aed35d785d06557359060200160405180910390a25f5b898110156123bf578a8a828181106122b3576122b36158c8565b90506020020160208101906122c89190615488565b63ffffffff168563ffffffff167ff7b771253106bf6c467f5b286a84e9faae4b36821a7cad09a54ebf0ffc3dcaf18b8b85818110612308576123086158c8565b905060200201602081019061231d9190615488565b60405163ffffffff909116815260200160405180910390a38a8a82818110612347576123476158c8565b905060200201602081019061235c9190615488565b63ffffffff165f8663ffffffff165f516020615b075f395f51905f528c8c8681811061238a5761238a6158c8565b905060200201602081019061239f9190615488565b60405163ffffffff909116815260200160405180910390a4600101612299565b505050509695505050505050565b5f6123d7836136e4565b60028101549091506001600160401b0390811690831610156124255760028101546040516313a367e560e31b81526001600160401b0391821660048201529083166024820152604401610b51565b60018101546005820154600160a01b9091046001600160401b0316905f5b818110156125b1575f846005018281548110612461576124616158c8565b5f918252602080832060088304015460079092166004026101000a90910463ffffffff908116808452600390925260408320805492945092916124b6916001600160401b03891691600160c01b900416615654565b60028301546124ce91906001600160401b0316615641565b82549091505f906124f6906001600160401b038b1690600160c01b900463ffffffff16615654565b6001840154909150600160a01b90046001600160401b0316612518828461562e565b11156125775760018301548490612540908490600160a01b90046001600160401b0316615641565b604051630cccdac560e01b815263ffffffff90921660048301526001600160401b0316602482015260448101829052606401610b51565b612581818361562e565b600293909301805467ffffffffffffffff19166001600160401b0390941693909317909255505050600101612443565b5060018301805467ffffffffffffffff60a01b1916600160a01b6001600160401b0387169081029190911790915560405190815263ffffffff8616907f4005dd42e438d20e022162396c06da593d7653f9ad02f639c83abfb56908521b9060200160405180910390a25050505050565b5f6001600160a01b038816158061264157506001600160a01b0388166001145b1561266a576040516317c4dcdd60e01b81526001600160a01b0389166004820152602401610b51565b6001600160a01b0388165f9081526008602052604090205463ffffffff1680156126be57604051634626371760e01b81526001600160a01b038a16600482015263ffffffff82166024820152604401610b51565b60408711806126ce575061010085115b156126f65760405163677fd0e360e01b81526004810188905260248101869052604401610b51565b6127008484613d5c565b600780545f906127159063ffffffff16615922565b825463ffffffff8083166101009490940a848102910219909116179092555f90815260036020819052604090912080546001600160a01b031916331781556001810180546001600160401b038916600160a01b026001600160e01b03199091166001600160a01b038f16171790556002810180546001600160801b038816600160401b02600160401b600160c01b031990911617905591935081016127bb898b8361574b565b50600481016127cb87898361574b565b506001600160a01b038a165f9081526008602052604090819020805463ffffffff191663ffffffff861690811790915590513391907fea0ae605baa2e5d60d7c8e040d312e58f602820436d1ea36b1dd8e56c12ca09690612839908e908e908e908e908e908e908e9061598f565b60405180910390a35050979650505050505050565b5f61285887613a6e565b8054600160a01b900463ffffffff165f81815260046020526040902054919250906001600160a01b031633146128a557803360405163f10eb86f60e01b8152600401610b5192919061568a565b844211156128c957604051637c06dd7560e11b815260048101869052602401610b51565b81546001600160a01b03165f818152600a6020526040812054906128fa6128f38c8c8c868d6130e1565b8888614364565b9050826001600160a01b0316816001600160a01b031614612941576040516377f0734360e11b81526001600160a01b03808316600483015284166024820152604401610b51565b61294c82600161562e565b6001600160a01b0384165f908152600a60205260409020556129728b868c8c6001613dbb565b5050505050505050505050565b612988336144da565b565b5f61299483614047565b90505f6129a083613d18565b82549091506001600160a01b031633148015906129c7575080546001600160a01b03163314155b156129e957833360405163f10eb86f60e01b8152600401610b5192919061568a565b805463ffffffff858116600160a01b9092041614612a2a576040516321ad664360e11b815263ffffffff808516600483015285166024820152604401610b51565b80546002820154600160c01b90910463ffffffff1690612a5a90600160401b90046001600160801b031682615654565b836003015f828254612a6c9190615641565b9091555050825481908490601690612a92908490600160b01b900463ffffffff166159f3565b92506101000a81548163ffffffff021916908363ffffffff1602179055508260010160149054906101000a90046001600160401b03166001600160401b03168163ffffffff16612ae29190615654565b6002830180545f90612afe9084906001600160401b031661566b565b82546101009290920a6001600160401b03818102199093169190921691909102179055508154600584018054600160e01b90920463ffffffff16915f9190612b4890600190615641565b81548110612b5857612b586158c8565b905f5260205f2090600891828204019190066004029054906101000a900463ffffffff16905080856005018363ffffffff1681548110612b9a57612b9a6158c8565b5f91825260208083206008830401805460079093166004026101000a63ffffffff818102199094169584160294909417909355838116825260039092526040902080546001600160e01b0316600160e01b9285169290920291909117905560058501805480612c0b57612c0b615a0f565b5f8281526020902060085f19929092019182040180546007831660049081026101000a63ffffffff0219909116909155915584546001600160a01b0390811686556001878101549087015460405163b42652e960e01b815290831693810193909352169063b42652e9906024015f604051808303815f87803b158015612c8f575f5ffd5b505af1158015612ca1573d5f5f3e3d5ffd5b505060405163ffffffff808a1693508a1691507ff0b1d97c1ebeeaff1a91f9e09bdeb3d861b087a6a6384554c891aad5c37135ef905f90a360405163ffffffff84811682525f91818916918a16905f516020615b075f395f51905f529060200160405180910390a450505050505050565b6001600160a01b038116612d44576040516325abcd9160e11b81526001600160a01b0382166004820152602401610b51565b335f8181526009602090815260408083206001600160a01b03861680855290835292819020805460ff1916600190811790915590519081529192917fc85db2de0628a7bafb336c017af49671ed56630b0e5aac828f7a16e75e68940e9101610c95565b6001600160a01b038116612dd9576040516325abcd9160e11b81526001600160a01b0382166004820152602401610b51565b611733816144da565b5f612dec82614047565b60058101549091505f819003612e1d57604051630e5b921b60e41b815263ffffffff84166004820152602401610b51565b60048201546002545f9061271090612e4090600160a01b900461ffff1684615654565b612e4a919061590f565b84549091505f9061271090612e6a90600160a01b900461ffff1685615654565b612e74919061590f565b90505f81612e828486615641565b612e8c9190615641565b90505f612e9b8789888561457b565b90508315612ed2576002546001600160a01b03165f9081526006602052604081208054869290612ecc90849061562e565b90915550505b8215612f065786546001600160a01b03165f9081526006602052604081208054859290612f0090849061562e565b90915550505b5f612f118284615641565b90505f612f1e8288615641565b60048a0183905589546001600160d01b0316600160d01b4265ffffffffffff1602178a55600c805491925082915f90612f58908490615641565b9250508190555080600b5f828254612f70919061562e565b90915550506040805188815260208101889052908101869052606081018490526080810183905263ffffffff8b16907f511044f660cb3e261674330817261738facbbca340c6823ae14e63925e383c149060a00160405180910390a250505050505050505050565b60408051610160810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820183905261012082018390526101408201529061303883614047565b63ffffffff848116845281546001600160a01b03808216602087015260018401549081166040870152600160a01b80830461ffff166060880152600160b01b83049093166080870152919091046001600160401b0390811660a086015260028301541660c0850152600382015460e08501526004820154610100850152600160d01b900465ffffffffffff1661012084015290506130d581614291565b61014083015250919050565b604080517fcdd6d6b9e53c94d64970014a7090aacb6f661747924bbc18c225722437aba8ae6020808301919091526001600160401b0388811683850152871660608301526080820186905260a0820185905260c08083018590528351808403909101815260e090920190925280519101205f9061315c6135ab565b60405161190160f01b60208201526022810191909152604281018290526062016040516020818303038152906040528051906020012091505095945050505050565b6131a6614c6e565b5f6131b083613d18565b604080516101608101825263ffffffff868116825283546001600160a01b038082166020850152600186015490811694840194909452600160a01b80820483166060850152600160c01b90910490911660808301529091046001600160401b0390811660a0830152600283015490811660c0830152600160401b90046001600160801b031660e0820152600382018054929350909161010083019190613255906156bd565b80601f0160208091040260200160405190810160405280929190818152602001828054613281906156bd565b80156132cc5780601f106132a3576101008083540402835291602001916132cc565b820191905f5260205f20905b8154815290600101906020018083116132af57829003601f168201915b505050505081526020018260040180546132e5906156bd565b80601f0160208091040260200160405190810160405280929190818152602001828054613311906156bd565b801561335c5780601f106133335761010080835404028352916020019161335c565b820191905f5260205f20905b81548152906001019060200180831161333f57829003601f168201915b505050918352505060019092015463ffffffff600160e01b90910416151560209092019190915292915050565b5f61339383613d18565b80549091506001600160a01b031633146133c457823360405163e7debdff60e01b8152600401610b5192919061568a565b6001810154821515600160e01b90910463ffffffff161515036133e657505050565b816133fa576133f58184614801565b505050565b8054600160a01b900463ffffffff1615613442578054604051632fbb3b8160e21b815263ffffffff8086166004830152600160a01b9092049091166024820152604401610b51565b600e8054600180820183555f8390527fbb7b4a454dc3493923482f07822329ed19e8244eff582cc204f8554c3620c3fd6008830401805460079093166004026101000a63ffffffff8181021990941688851691820217909155925484820180546001600160e01b0316600160e01b9290941691909102929092179091556040519081527f5912888ec3715fc0d1b7d793da8e08febc0bbe6f1e5b7f404ee5dce68bafdedf906020016112e7565b6001546001600160a01b0316331461351a57604051637bfa4b9f60e01b815260040160405180910390fd5b6001600160a01b03811661354c576040516325abcd9160e11b81526001600160a01b0382166004820152602401610b51565b600280546001600160a01b0319166001600160a01b0383169081179091556040517fbf9a9534339a9d6b81696e05dcfb614b7dc518a31d48be3cfb757988381fb323905f90a250565b5f600c54600b546135a6919061562e565b905090565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f9f598baaca7bd702908bbb9ff6270491c20627092f1b4e4eb18e42871bf4f534918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b61367c6040518060a001604052805f81526020015f81526020015f81526020015f81526020015f81525090565b6001600160a01b0382165f908152600660209081526040909120805483526001810154918301919091526136af81614988565b60408301526136bd81614018565b6060830152506001600160a01b039091165f908152600a6020526040902054608082015290565b5f6136ee82614047565b80549091506001600160a01b0316331461371f57813360405163f10eb86f60e01b8152600401610b5192919061568a565b919050565b5f5f61372f85613d18565b8054909150600160a01b900463ffffffff1680156137ae5783801561375f57508663ffffffff168163ffffffff16145b1561378557604051637c3531f360e01b815263ffffffff87166004820152602401610b51565b604051632fbb3b8160e21b815263ffffffff808816600483015282166024820152604401610b51565b81546001600160a01b03165f90815260096020908152604080832033845290915290205460ff166137f65785336040516320888ff560e01b8152600401610b5192919061568a565b63ffffffff8516158061381057506103e88563ffffffff16115b1561383e5760405163e83304f760e01b815263ffffffff808816600483015286166024820152604401610b51565b60018801545f9061386590600160a01b90046001600160401b031663ffffffff8816615654565b600284015460018501549192505f91613891916001600160401b0390811691600160a01b90041661566b565b9050806001600160401b03168211156138db57604051630cccdac560e01b815263ffffffff891660048201526001600160401b038216602482015260448101839052606401610b51565b6001840154600160e01b900463ffffffff16156138fc576138fc8489614801565b6002840180548391905f9061391b9084906001600160401b03166158dc565b82546001600160401b0391821661010093840a9081029202191617909155855463ffffffff8a8116600160c01b0263ffffffff60c01b19828f16600160a01b021667ffffffffffffffff60a01b19909316929092179190911780885560058e0180548316600160e01b026001600160e01b0390921691909117885580546001810182555f9182526020909120600882040180548d8416600460079094169390930290940a91820291830219909316179091558b548992508c916016916139ea918591600160b01b900416615a23565b92506101000a81548163ffffffff021916908363ffffffff1602179055508360020160089054906101000a90046001600160801b03166001600160801b03168763ffffffff16613a3a9190615654565b8a6003015f828254613a4c919061562e565b9091555050506001909201546001600160a01b03169250505095945050505050565b6001600160401b0381165f90815260056020526040902080546001600160a01b031661371f57604051635daab3fd60e11b81526001600160401b0383166004820152602401610b51565b60038101548154600160c01b90046001600160401b0316425f839003613b4357806001600160401b0316826001600160401b0316141580613b05575060028401546001600160401b031615155b15613b3c5783546001600160c01b0316600160c01b6001600160401b0383160217845560028401805467ffffffffffffffff191690555b5050505050565b806001600160401b0316826001600160401b031603613b63575050505050565b83546001600160a01b03165f90815260066020526040812090613b86848461566b565b613b99906001600160401b031686615654565b82549091505f8080848410613bb357849250869150613bdd565b5f613bbe8a8661590f565b9050613bca8a82615654565b9350613bd6818a6158dc565b9250829150505b613be78385615641565b86556002860180548491905f90613bff90849061562e565b909155505089546001600160c01b0316600160c01b6001600160401b0384811691909102919091178b5560028b01805467ffffffffffffffff19169183169190911790558215613cac5782600b5f828254613c5a9190615641565b9250508190555082600c5f828254613c72919061562e565b90915550508954600160a01b900463ffffffff165f9081526004602081905260408220018054859290613ca690849061562e565b90915550505b8a6001600160401b03167f869803ecfb28c71f6ce394181ff08730a3ba5c0dcdb430efc17f50118c174275848484604051613d03939291909283526001600160401b03918216602084015216604082015260600190565b60405180910390a25050505050505050505050565b63ffffffff81165f90815260036020526040902080546001600160a01b031661371f576040516310cbf9a960e21b815263ffffffff83166004820152602401610b51565b816001600160401b03165f03613d85576040516302f2d9e160e21b815260040160405180910390fd5b600160601b811115613db757604051633e28bd2560e01b815260048101829052600160601b6024820152604401610b51565b5050565b613dc58585613ab8565b60028401546001600160401b031615613e0a5760028401546040516306ae62b560e41b81526001600160401b0380881660048301529091166024820152604401610b51565b8354600160a01b900463ffffffff165f9081526004602052604081206003810154909190613e41906001600160401b038716615654565b905083811115613e6e576040516322227ea960e21b81526004810182905260248101859052604401610b51565b600186015460028301545f91613e97916001600160401b03600160a01b9092048216911661566b565b60018401549091505f90613ebc908390600160a01b90046001600160401b031661566b565b9050806001600160401b0316876001600160401b03161115613f04576040516306b4a12760e11b81526001600160401b03808316600483015288166024820152604401610b51565b613f0e87836158dc565b60028501805467ffffffffffffffff19166001600160401b039290921691909117905587546001600160a01b03165f908152600660205260409020600389015460018201548590613f60908390615641565b613f6a919061562e565b6001830155613f794286615654565b613f834283615654565b8360020154613f929190615641565b613f9c919061562e565b600283015560038a0185905560018a01805467ffffffffffffffff60a01b1916600160a01b6001600160401b038c8116918202929092179092556040805192835260208301889052891515908301528c16907fa39890df96f6e3177960a37362811ac29c396973fc93d6e3ec585a9866e9554290606001613d03565b80545f908161402684614988565b9050808211614035575f61403f565b61403f8183615641565b949350505050565b63ffffffff81165f90815260046020526040902080546001600160a01b031661371f57604051631c929ac960e21b815263ffffffff83166004820152602401610b51565b604051638216a66360e01b815263ffffffff821660048201525f908190819081906001600160a01b03871690638216a66390602401606060405180830381865afa1580156140db573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906140ff9190615a3f565b90945092509050808015614114575060038210155b9350509250925092565b600e545f908190808203614138575f5f9250925050614289565b600d545f90614155908390600160a01b900463ffffffff16615a73565b90505f60108310614167576010614169565b825b90505b80841015614285575f600e8381548110614188576141886158c8565b5f918252602080832060088304015460079092166004026101000a90910463ffffffff16808352600390915260409091209091506141c586615a86565b81546001600160a01b039081165f908152600960209081526040808320938e168352929052205490965060ff16801561421257506001810154600160a01b90046001600160401b03168811155b15614268575f6142228b8461408b565b5050905080614266576142358284614801565b5050600d805463ffffffff909416600160a01b0263ffffffff60a01b19909416939093179092555092506142899050565b505b8461427285615a86565b9450840361427e575f93505b505061416c565b5050505b935093915050565b6005810154606090806001600160401b038111156142b1576142b16156a9565b6040519080825280602002602001820160405280156142ea57816020015b6142d7614c6e565b8152602001906001900390816142cf5790505b5091505f5b8181101561435d5761433884600501828154811061430f5761430f6158c8565b905f5260205f2090600891828204019190066004029054906101000a900463ffffffff1661319e565b83828151811061434a5761434a6158c8565b60209081029190910101526001016142ef565b5050919050565b5f604182146143865760405163d7bad83f60e01b815260040160405180910390fd5b5f6143946020828587615a9e565b61439d91615ac5565b90505f6143ae604060208688615a9e565b6143b791615ac5565b90505f858560408181106143cd576143cd6158c8565b919091013560f81c915050601b81148015906143ed57508060ff16601c14155b1561440b576040516334e248bb60e21b815260040160405180910390fd5b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082111561444c576040516363376d6d60e01b815260040160405180910390fd5b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa15801561449c573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b0384166144d057604051635cd5d23360e01b815260040160405180910390fd5b5050509392505050565b345f036144fa57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0381165f908152600660205260408120805434929061452190849061562e565b9250508190555034600b5f828254614539919061562e565b909155505060405134815233906001600160a01b038316907f8752a472e571a816aea92eec8dae9baf628e840f4929fbcc2d155e6233ff68a790602001610c95565b5f5f6145888686866149ae565b90505f5f5f5b8681101561469a575f60035f8b60050184815481106145af576145af6158c8565b905f5260205f2090600891828204019190066004029054906101000a900463ffffffff1663ffffffff1663ffffffff1681526020019081526020015f209050848281518110614600576146006158c8565b60209081029190910101516002820154825461463991600160401b90046001600160801b031690600160c01b900463ffffffff16615654565b6146439190615654565b61464d908561562e565b9350848281518110614661576146616158c8565b602090810291909101015181546146859190600160c01b900463ffffffff16615654565b61468f908461562e565b92505060010161458e565b50805f036146ad575f935050505061403f565b8115155f816146bc57826146be565b835b90505f5b888110156147f3578581815181106146dc576146dc6158c8565b60200260200101515f03156147eb575f8b6005018281548110614701576147016158c8565b5f918252602080832060088304015460079092166004026101000a90910463ffffffff168083526003909152604082208951919350919085908a908690811061474c5761474c6158c8565b60200260200101518761476d578354600160c01b900463ffffffff1661479b565b6002840154845461479b91600160401b90046001600160801b031690600160c01b900463ffffffff16615654565b6147a5908e615654565b6147af9190615654565b6147b9919061590f565b905080156147e75781546147da908e9085906001600160a01b031684614b7c565b6147e4818b61562e565b99505b5050505b6001016146c2565b505050505050949350505050565b6001828101545f9161481f91600160e01b900463ffffffff166159f3565b63ffffffff1690505f600e6001600e8054905061483c9190615641565b8154811061484c5761484c6158c8565b905f5260205f2090600891828204019190066004029054906101000a900463ffffffff16905080600e8381548110614886576148866158c8565b905f5260205f2090600891828204019190066004026101000a81548163ffffffff021916908363ffffffff1602179055508160016148c4919061562e565b63ffffffff8281165f90815260036020526040902060010180546001600160e01b0316600160e01b9390921692909202179055600e80548061490857614908615a0f565b5f828152602080822060085f199490940193840401805463ffffffff600460078716026101000a810219909116909155929093556001870180546001600160e01b03169055604051908152908516917f5912888ec3715fc0d1b7d793da8e08febc0bbe6f1e5b7f404ee5dce68bafdedf910160405180910390a250505050565b5f816002015442836001015461499e9190615654565b6149a89190615641565b92915050565b6060816001600160401b038111156149c8576149c86156a9565b6040519080825280602002602001820160405280156149f1578160200160208202803683370190505b50600d5485549192506001600160a01b031690600160d01b900465ffffffffffff165f5b848110156144d0576001600160a01b038316614a5157612710848281518110614a4057614a406158c8565b602002602001018181525050614b74565b5f876005018281548110614a6757614a676158c8565b5f9182526020822060088204015460405163195026a160e21b8152600790921660049081026101000a90910463ffffffff1690820181905260248201869052925081906001600160a01b038716906365409a84906044016040805180830381865afa158015614ad8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190614afc9190615ae2565b9150915081878581518110614b1357614b136158c8565b602002602001018181525050815f03614b70576040516001600160401b038216815263ffffffff80851691908b16907f2aae1dbd198f96d21f52f3bbc3ebeedc537a96c093679008483277bbea154f3b9060200160405180910390a35b5050505b600101614a15565b6001600160a01b0382165f9081526006602052604081208054839290614ba390849061562e565b92505081905550816001600160a01b03168363ffffffff168563ffffffff167f7284b98e7221d68feebf1d7d8deffed0a6eb3fa0802505fcba680f9cb063f03f84604051614bf391815260200190565b60405180910390a4600d546001600160a01b03168015613b3c5760405163019e83df60e51b815263ffffffff851660048201526001600160a01b038216906333d07be0906024015f604051808303815f87803b158015614c51575f5ffd5b505af1158015614c63573d5f5f3e3d5ffd5b505050505050505050565b60408051610160810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820181905261012082015261014081019190915290565b803563ffffffff8116811461371f575f5ffd5b5f5f5f60608486031215614ced575f5ffd5b614cf684614cc8565b9250614d0460208501614cc8565b9150614d1260408501614cc8565b90509250925092565b6001600160a01b0381168114611733575f5ffd5b5f60208284031215614d3f575f5ffd5b8135614d4a81614d1b565b9392505050565b6001600160401b0381168114611733575f5ffd5b5f60208284031215614d75575f5ffd5b8135614d4a81614d51565b5f5f83601f840112614d90575f5ffd5b5081356001600160401b03811115614da6575f5ffd5b602083019150836020828501011115614dbd575f5ffd5b9250929050565b5f5f5f5f5f60808688031215614dd8575f5ffd5b614de186614cc8565b945060208601356001600160401b03811115614dfb575f5ffd5b614e0788828901614d80565b9095509350506040860135614e1b81614d51565b949793965091946060013592915050565b5f5f5f60608486031215614e3e575f5ffd5b8335614e4981614d51565b92506020840135614e5981614d51565b929592945050506040919091013590565b803561ffff8116811461371f575f5ffd5b5f5f60408385031215614e8c575f5ffd5b614e9583614cc8565b9150614ea360208401614e6a565b90509250929050565b5f60208284031215614ebc575f5ffd5b5035919050565b5f5f60408385031215614ed4575f5ffd5b8235614edf81614d1b565b9150614ea360208401614cc8565b5f60208284031215614efd575f5ffd5b614d4a82614e6a565b5f5f60408385031215614f17575f5ffd5b614edf83614cc8565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b805163ffffffff1682525f6020820151614f7360208501826001600160a01b03169052565b506040820151614f8e60408501826001600160a01b03169052565b506060820151614fa6606085018263ffffffff169052565b506080820151614fbe608085018263ffffffff169052565b5060a0820151614fd960a08501826001600160401b03169052565b5060c0820151614ff460c08501826001600160401b03169052565b5060e082015161500f60e08501826001600160801b03169052565b5061010082015161016061010085015261502d610160850182614f20565b90506101208301518482036101208601526150488282614f20565b91505061014083015161506061014086018215159052565b509392505050565b5f82825180855260208501945060208160051b830101602085015f5b838110156150b657601f198584030188526150a0838351614f4e565b6020988901989093509190910190600101615084565b50909695505050505050565b602081526150dc6020820183516001600160401b03169052565b5f60208301516150f760408401826001600160a01b03169052565b5060408301516001600160a01b038116606084015250606083015163ffffffff811660808401525060808301516001600160a01b03811660a08401525060a08301516001600160401b03811660c08401525060c083015160e083015260e083015161516e6101008401826001600160401b03169052565b506101008301516001600160401b038116610120840152506101208301516101408301526101408301516151ae6101608401826001600160401b03169052565b50610160830151801515610180840152506101808301516101a08301526101a08301516101c08301526101c08301516101e08301526101e08301516102008084015261403f610220840182615068565b602080825282518282018190525f918401906040840190835b8181101561523b57835163ffffffff16835260209384019390920191600101615217565b509095945050505050565b5f5f83601f840112615256575f5ffd5b5081356001600160401b0381111561526c575f5ffd5b6020830191508360208260051b8501011115614dbd575f5ffd5b5f5f5f5f5f5f6080878903121561529b575f5ffd5b86356001600160401b038111156152b0575f5ffd5b6152bc89828a01615246565b90975095505060208701356001600160401b038111156152da575f5ffd5b6152e689828a01615246565b90955093505060408701356152fa81614d51565b915061530860608801614e6a565b90509295509295509295565b5f5f60408385031215615325575f5ffd5b823561533081614d1b565b9150602083013561534081614d1b565b809150509250929050565b5f5f6040838503121561535c575f5ffd5b61536583614cc8565b9150602083013561534081614d51565b5f5f5f5f5f5f5f60a0888a03121561538b575f5ffd5b873561539681614d1b565b965060208801356001600160401b038111156153b0575f5ffd5b6153bc8a828b01614d80565b90975095505060408801356001600160401b038111156153da575f5ffd5b6153e68a828b01614d80565b90955093505060608801356153fa81614d51565b96999598509396929591949193505060809091013590565b5f5f5f5f5f5f60a08789031215615427575f5ffd5b863561543281614d51565b9550602087013561544281614d51565b9450604087013593506060870135925060808701356001600160401b0381111561546a575f5ffd5b61547689828a01614d80565b979a9699509497509295939492505050565b5f60208284031215615498575f5ffd5b614d4a82614cc8565b602081526154b860208201835163ffffffff169052565b5f60208301516154d360408401826001600160a01b03169052565b5060408301516001600160a01b038116606084015250606083015161ffff8116608084015250608083015163ffffffff811660a08401525060a08301516001600160401b03811660c08401525060c08301516001600160401b03811660e08401525060e08301516101008301526101008301516101208301526101208301516155686101408401826001600160401b03169052565b506101408301516101608084015261403f610180840182615068565b5f5f5f5f5f60a08688031215615598575f5ffd5b85356155a381614d51565b945060208601356155b381614d51565b94979496505050506040830135926060810135926080909101359150565b602081525f614d4a6020830184614f4e565b8015158114611733575f5ffd5b5f5f60408385031215615601575f5ffd5b61560a83614cc8565b91506020830135615340816155e3565b634e487b7160e01b5f52601160045260245ffd5b808201808211156149a8576149a861561a565b818103818111156149a8576149a861561a565b80820281158282048414176149a8576149a861561a565b6001600160401b0382811682821603908111156149a8576149a861561a565b63ffffffff9290921682526001600160a01b0316602082015260400190565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806156d157607f821691505b6020821081036156ef57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156133f557828211156133f557805f5260205f20601f840160051c602085101561572057505f5b90810190601f840160051c035f5b81811015615743575f8382015560010161572e565b505050505050565b6001600160401b03831115615762576157626156a9565b6157768361577083546156bd565b836156f5565b5f601f8411600181146157a7575f85156157905750838201355b5f19600387901b1c1916600186901b178355613b3c565b5f83815260208120601f198716915b828110156157d657868501358255602094850194600190920191016157b6565b50868210156157f2575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f61583f606083018688615804565b90506001600160401b03841660208301526001600160801b038316604083015295945050505050565b5f60208284031215615878575f5ffd5b8151614d4a81614d1b565b5f60208284031215615893575f5ffd5b8151614d4a816155e3565b5f6001600160401b0382166001600160401b0381036158bf576158bf61561a565b60010192915050565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b0381811683821601908111156149a8576149a861561a565b634e487b7160e01b5f52601260045260245ffd5b5f8261591d5761591d6158fb565b500490565b5f63ffffffff821663ffffffff81036158bf576158bf61561a565b6001600160a01b03831681526040602080830182905283519183018290525f91908401906060840190835b818110156150b65783516001600160a01b0316835260209384019390920191600101615968565b6001600160a01b038816815260a0602082018190525f906159b3908301888a615804565b82810360408401526159c6818789615804565b9150506001600160401b03841660608301526001600160801b038316608083015298975050505050505050565b63ffffffff82811682821603908111156149a8576149a861561a565b634e487b7160e01b5f52603160045260245ffd5b63ffffffff81811683821601908111156149a8576149a861561a565b5f5f5f60608486031215615a51575f5ffd5b8351615a5c816155e3565b602085015160409095015190969495509392505050565b5f82615a8157615a816158fb565b500690565b5f60018201615a9757615a9761561a565b5060010190565b5f5f85851115615aac575f5ffd5b83861115615ab8575f5ffd5b5050820193919092039150565b803560208310156149a8575f19602084900360031b1b1692915050565b5f5f60408385031215615af3575f5ffd5b8251602084015190925061534081614d5156fe4344777eaf578af754e1058aa64c541318aa17095f787abd52b11ff3d2343bfe",
}

// Market is an auto generated Go binding around an Ethereum contract.
type Market struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Market) GetABI() abi.ABI {
	return c.abi
}

// NewMarket creates a new instance of Market.
func NewMarket() *Market {
	parsed, err := MarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Market{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Market) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address factory_, address admin_, address feeRecipient_, uint16 networkFeeBps_) returns()
func (market *Market) PackConstructor(factory_ common.Address, admin_ common.Address, feeRecipient_ common.Address, networkFeeBps_ uint16) []byte {
	enc, err := market.abi.Pack("", factory_, admin_, feeRecipient_, networkFeeBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (market *Market) PackBPS() []byte {
	enc, err := market.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (market *Market) TryPackBPS() ([]byte, error) {
	return market.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (market *Market) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBUCKETALLOCTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54068f35.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BUCKET_ALLOC_TYPEHASH() view returns(bytes32)
func (market *Market) PackBUCKETALLOCTYPEHASH() []byte {
	enc, err := market.abi.Pack("BUCKET_ALLOC_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBUCKETALLOCTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54068f35.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BUCKET_ALLOC_TYPEHASH() view returns(bytes32)
func (market *Market) TryPackBUCKETALLOCTYPEHASH() ([]byte, error) {
	return market.abi.Pack("BUCKET_ALLOC_TYPEHASH")
}

// UnpackBUCKETALLOCTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54068f35.
//
// Solidity: function BUCKET_ALLOC_TYPEHASH() view returns(bytes32)
func (market *Market) UnpackBUCKETALLOCTYPEHASH(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("BUCKET_ALLOC_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDOMAINTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20606b70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (market *Market) PackDOMAINTYPEHASH() []byte {
	enc, err := market.abi.Pack("DOMAIN_TYPEHASH")
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
func (market *Market) TryPackDOMAINTYPEHASH() ([]byte, error) {
	return market.abi.Pack("DOMAIN_TYPEHASH")
}

// UnpackDOMAINTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20606b70.
//
// Solidity: function DOMAIN_TYPEHASH() view returns(bytes32)
func (market *Market) UnpackDOMAINTYPEHASH(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("DOMAIN_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXGATEWAYURLSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x576dfbc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_GATEWAY_URL_SIZE() view returns(uint256)
func (market *Market) PackMAXGATEWAYURLSIZE() []byte {
	enc, err := market.abi.Pack("MAX_GATEWAY_URL_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXGATEWAYURLSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x576dfbc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_GATEWAY_URL_SIZE() view returns(uint256)
func (market *Market) TryPackMAXGATEWAYURLSIZE() ([]byte, error) {
	return market.abi.Pack("MAX_GATEWAY_URL_SIZE")
}

// UnpackMAXGATEWAYURLSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x576dfbc8.
//
// Solidity: function MAX_GATEWAY_URL_SIZE() view returns(uint256)
func (market *Market) UnpackMAXGATEWAYURLSIZE(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_GATEWAY_URL_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXIDLESCAN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ff8a083.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_IDLE_SCAN() view returns(uint256)
func (market *Market) PackMAXIDLESCAN() []byte {
	enc, err := market.abi.Pack("MAX_IDLE_SCAN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXIDLESCAN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ff8a083.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_IDLE_SCAN() view returns(uint256)
func (market *Market) TryPackMAXIDLESCAN() ([]byte, error) {
	return market.abi.Pack("MAX_IDLE_SCAN")
}

// UnpackMAXIDLESCAN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ff8a083.
//
// Solidity: function MAX_IDLE_SCAN() view returns(uint256)
func (market *Market) UnpackMAXIDLESCAN(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_IDLE_SCAN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXMANAGEMENTFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3326ab9e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_MANAGEMENT_FEE_BPS() view returns(uint256)
func (market *Market) PackMAXMANAGEMENTFEEBPS() []byte {
	enc, err := market.abi.Pack("MAX_MANAGEMENT_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXMANAGEMENTFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3326ab9e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_MANAGEMENT_FEE_BPS() view returns(uint256)
func (market *Market) TryPackMAXMANAGEMENTFEEBPS() ([]byte, error) {
	return market.abi.Pack("MAX_MANAGEMENT_FEE_BPS")
}

// UnpackMAXMANAGEMENTFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3326ab9e.
//
// Solidity: function MAX_MANAGEMENT_FEE_BPS() view returns(uint256)
func (market *Market) UnpackMAXMANAGEMENTFEEBPS(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_MANAGEMENT_FEE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXNETWORKFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ce9e9b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_NETWORK_FEE_BPS() view returns(uint256)
func (market *Market) PackMAXNETWORKFEEBPS() []byte {
	enc, err := market.abi.Pack("MAX_NETWORK_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXNETWORKFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6ce9e9b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_NETWORK_FEE_BPS() view returns(uint256)
func (market *Market) TryPackMAXNETWORKFEEBPS() ([]byte, error) {
	return market.abi.Pack("MAX_NETWORK_FEE_BPS")
}

// UnpackMAXNETWORKFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6ce9e9b1.
//
// Solidity: function MAX_NETWORK_FEE_BPS() view returns(uint256)
func (market *Market) UnpackMAXNETWORKFEEBPS(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_NETWORK_FEE_BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXNODESPERCLUSTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb6b44cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_NODES_PER_CLUSTER() view returns(uint256)
func (market *Market) PackMAXNODESPERCLUSTER() []byte {
	enc, err := market.abi.Pack("MAX_NODES_PER_CLUSTER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXNODESPERCLUSTER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb6b44cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_NODES_PER_CLUSTER() view returns(uint256)
func (market *Market) TryPackMAXNODESPERCLUSTER() ([]byte, error) {
	return market.abi.Pack("MAX_NODES_PER_CLUSTER")
}

// UnpackMAXNODESPERCLUSTER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb6b44cb.
//
// Solidity: function MAX_NODES_PER_CLUSTER() view returns(uint256)
func (market *Market) UnpackMAXNODESPERCLUSTER(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_NODES_PER_CLUSTER", data)
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
func (market *Market) PackMAXPEERIDSIZE() []byte {
	enc, err := market.abi.Pack("MAX_PEER_ID_SIZE")
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
func (market *Market) TryPackMAXPEERIDSIZE() ([]byte, error) {
	return market.abi.Pack("MAX_PEER_ID_SIZE")
}

// UnpackMAXPEERIDSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeacdafba.
//
// Solidity: function MAX_PEER_ID_SIZE() view returns(uint256)
func (market *Market) UnpackMAXPEERIDSIZE(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_PEER_ID_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXRENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfee5bbcc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_RENT() view returns(uint256)
func (market *Market) PackMAXRENT() []byte {
	enc, err := market.abi.Pack("MAX_RENT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXRENT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfee5bbcc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_RENT() view returns(uint256)
func (market *Market) TryPackMAXRENT() ([]byte, error) {
	return market.abi.Pack("MAX_RENT")
}

// UnpackMAXRENT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfee5bbcc.
//
// Solidity: function MAX_RENT() view returns(uint256)
func (market *Market) UnpackMAXRENT(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_RENT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXVNODESPERNODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8610c88.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VNODES_PER_NODE() view returns(uint256)
func (market *Market) PackMAXVNODESPERNODE() []byte {
	enc, err := market.abi.Pack("MAX_VNODES_PER_NODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVNODESPERNODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8610c88.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VNODES_PER_NODE() view returns(uint256)
func (market *Market) TryPackMAXVNODESPERNODE() ([]byte, error) {
	return market.abi.Pack("MAX_VNODES_PER_NODE")
}

// UnpackMAXVNODESPERNODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8610c88.
//
// Solidity: function MAX_VNODES_PER_NODE() view returns(uint256)
func (market *Market) UnpackMAXVNODESPERNODE(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MAX_VNODES_PER_NODE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMINAMENDOUTCOMES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcd78fa6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_AMEND_OUTCOMES() view returns(uint256)
func (market *Market) PackMINAMENDOUTCOMES() []byte {
	enc, err := market.abi.Pack("MIN_AMEND_OUTCOMES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINAMENDOUTCOMES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcd78fa6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_AMEND_OUTCOMES() view returns(uint256)
func (market *Market) TryPackMINAMENDOUTCOMES() ([]byte, error) {
	return market.abi.Pack("MIN_AMEND_OUTCOMES")
}

// UnpackMINAMENDOUTCOMES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbcd78fa6.
//
// Solidity: function MIN_AMEND_OUTCOMES() view returns(uint256)
func (market *Market) UnpackMINAMENDOUTCOMES(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("MIN_AMEND_OUTCOMES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccountDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb384740.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountDeposit() payable returns()
func (market *Market) PackAccountDeposit() []byte {
	enc, err := market.abi.Pack("accountDeposit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb384740.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountDeposit() payable returns()
func (market *Market) TryPackAccountDeposit() ([]byte, error) {
	return market.abi.Pack("accountDeposit")
}

// PackAccountDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2dae184.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountDepositFor(address account) payable returns()
func (market *Market) PackAccountDepositFor(account common.Address) []byte {
	enc, err := market.abi.Pack("accountDepositFor", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2dae184.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountDepositFor(address account) payable returns()
func (market *Market) TryPackAccountDepositFor(account common.Address) ([]byte, error) {
	return market.abi.Pack("accountDepositFor", account)
}

// PackAccountWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d620fd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountWithdraw(uint256 amount) returns()
func (market *Market) PackAccountWithdraw(amount *big.Int) []byte {
	enc, err := market.abi.Pack("accountWithdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d620fd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountWithdraw(uint256 amount) returns()
func (market *Market) TryPackAccountWithdraw(amount *big.Int) ([]byte, error) {
	return market.abi.Pack("accountWithdraw", amount)
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (market *Market) PackAdmin() []byte {
	enc, err := market.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (market *Market) TryPackAdmin() ([]byte, error) {
	return market.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (market *Market) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAmendCluster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f87c343.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function amendCluster(uint32 clusterId, uint32 nodeId) returns(uint32 newNodeId)
func (market *Market) PackAmendCluster(clusterId uint32, nodeId uint32) []byte {
	enc, err := market.abi.Pack("amendCluster", clusterId, nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAmendCluster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f87c343.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function amendCluster(uint32 clusterId, uint32 nodeId) returns(uint32 newNodeId)
func (market *Market) TryPackAmendCluster(clusterId uint32, nodeId uint32) ([]byte, error) {
	return market.abi.Pack("amendCluster", clusterId, nodeId)
}

// UnpackAmendCluster is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f87c343.
//
// Solidity: function amendCluster(uint32 clusterId, uint32 nodeId) returns(uint32 newNodeId)
func (market *Market) UnpackAmendCluster(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("amendCluster", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAvatarNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x267ecfc0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function avatarNode(address ) view returns(uint32)
func (market *Market) PackAvatarNode(arg0 common.Address) []byte {
	enc, err := market.abi.Pack("avatarNode", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAvatarNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x267ecfc0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function avatarNode(address ) view returns(uint32)
func (market *Market) TryPackAvatarNode(arg0 common.Address) ([]byte, error) {
	return market.abi.Pack("avatarNode", arg0)
}

// UnpackAvatarNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x267ecfc0.
//
// Solidity: function avatarNode(address ) view returns(uint32)
func (market *Market) UnpackAvatarNode(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("avatarNode", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackBucketAllocIntoCluster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f6276de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bucketAllocIntoCluster(uint64 bucketId, uint64 resource, uint256 maxRate) returns()
func (market *Market) PackBucketAllocIntoCluster(bucketId uint64, resource uint64, maxRate *big.Int) []byte {
	enc, err := market.abi.Pack("bucketAllocIntoCluster", bucketId, resource, maxRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBucketAllocIntoCluster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1f6276de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bucketAllocIntoCluster(uint64 bucketId, uint64 resource, uint256 maxRate) returns()
func (market *Market) TryPackBucketAllocIntoCluster(bucketId uint64, resource uint64, maxRate *big.Int) ([]byte, error) {
	return market.abi.Pack("bucketAllocIntoCluster", bucketId, resource, maxRate)
}

// PackBucketAllocIntoClusterFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0878fa3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bucketAllocIntoClusterFor(uint64 bucketId, uint64 resource, uint256 maxRate, uint256 deadline, bytes sig) returns()
func (market *Market) PackBucketAllocIntoClusterFor(bucketId uint64, resource uint64, maxRate *big.Int, deadline *big.Int, sig []byte) []byte {
	enc, err := market.abi.Pack("bucketAllocIntoClusterFor", bucketId, resource, maxRate, deadline, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBucketAllocIntoClusterFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0878fa3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bucketAllocIntoClusterFor(uint64 bucketId, uint64 resource, uint256 maxRate, uint256 deadline, bytes sig) returns()
func (market *Market) TryPackBucketAllocIntoClusterFor(bucketId uint64, resource uint64, maxRate *big.Int, deadline *big.Int, sig []byte) ([]byte, error) {
	return market.abi.Pack("bucketAllocIntoClusterFor", bucketId, resource, maxRate, deadline, sig)
}

// PackBucketCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f5673e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bucketCount() view returns(uint64)
func (market *Market) PackBucketCount() []byte {
	enc, err := market.abi.Pack("bucketCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBucketCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f5673e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bucketCount() view returns(uint64)
func (market *Market) TryPackBucketCount() ([]byte, error) {
	return market.abi.Pack("bucketCount")
}

// UnpackBucketCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f5673e.
//
// Solidity: function bucketCount() view returns(uint64)
func (market *Market) UnpackBucketCount(data []byte) (uint64, error) {
	out, err := market.abi.Unpack("bucketCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBucketCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51fb7217.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bucketCreate(address ring, uint32 clusterId) returns(uint64 bucketId)
func (market *Market) PackBucketCreate(ring common.Address, clusterId uint32) []byte {
	enc, err := market.abi.Pack("bucketCreate", ring, clusterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBucketCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51fb7217.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bucketCreate(address ring, uint32 clusterId) returns(uint64 bucketId)
func (market *Market) TryPackBucketCreate(ring common.Address, clusterId uint32) ([]byte, error) {
	return market.abi.Pack("bucketCreate", ring, clusterId)
}

// UnpackBucketCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51fb7217.
//
// Solidity: function bucketCreate(address ring, uint32 clusterId) returns(uint64 bucketId)
func (market *Market) UnpackBucketCreate(data []byte) (uint64, error) {
	out, err := market.abi.Unpack("bucketCreate", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackBucketEvict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x118f51f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bucketEvict(uint64 bucketId) returns()
func (market *Market) PackBucketEvict(bucketId uint64) []byte {
	enc, err := market.abi.Pack("bucketEvict", bucketId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBucketEvict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x118f51f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bucketEvict(uint64 bucketId) returns()
func (market *Market) TryPackBucketEvict(bucketId uint64) ([]byte, error) {
	return market.abi.Pack("bucketEvict", bucketId)
}

// PackBucketSettlePayment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5975a13a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bucketSettlePayment(uint64 bucketId) returns()
func (market *Market) PackBucketSettlePayment(bucketId uint64) []byte {
	enc, err := market.abi.Pack("bucketSettlePayment", bucketId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBucketSettlePayment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5975a13a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bucketSettlePayment(uint64 bucketId) returns()
func (market *Market) TryPackBucketSettlePayment(bucketId uint64) ([]byte, error) {
	return market.abi.Pack("bucketSettlePayment", bucketId)
}

// PackChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09af4fe6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challenges() view returns(address)
func (market *Market) PackChallenges() []byte {
	enc, err := market.abi.Pack("challenges")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09af4fe6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challenges() view returns(address)
func (market *Market) TryPackChallenges() ([]byte, error) {
	return market.abi.Pack("challenges")
}

// UnpackChallenges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x09af4fe6.
//
// Solidity: function challenges() view returns(address)
func (market *Market) UnpackChallenges(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("challenges", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClusterAddNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa2640f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clusterAddNode(uint32 clusterId, uint32 nodeId, uint32 vnodes) returns()
func (market *Market) PackClusterAddNode(clusterId uint32, nodeId uint32, vnodes uint32) []byte {
	enc, err := market.abi.Pack("clusterAddNode", clusterId, nodeId, vnodes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClusterAddNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa2640f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clusterAddNode(uint32 clusterId, uint32 nodeId, uint32 vnodes) returns()
func (market *Market) TryPackClusterAddNode(clusterId uint32, nodeId uint32, vnodes uint32) ([]byte, error) {
	return market.abi.Pack("clusterAddNode", clusterId, nodeId, vnodes)
}

// PackClusterCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x702f45f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clusterCount() view returns(uint32)
func (market *Market) PackClusterCount() []byte {
	enc, err := market.abi.Pack("clusterCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClusterCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x702f45f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clusterCount() view returns(uint32)
func (market *Market) TryPackClusterCount() ([]byte, error) {
	return market.abi.Pack("clusterCount")
}

// UnpackClusterCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x702f45f3.
//
// Solidity: function clusterCount() view returns(uint32)
func (market *Market) UnpackClusterCount(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("clusterCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackClusterCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f91091c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clusterCreate(uint32[] nodeIds, uint32[] vnodes, uint64 resourcePerVNode, uint16 managementFeeBps) returns(uint32 clusterId)
func (market *Market) PackClusterCreate(nodeIds []uint32, vnodes []uint32, resourcePerVNode uint64, managementFeeBps uint16) []byte {
	enc, err := market.abi.Pack("clusterCreate", nodeIds, vnodes, resourcePerVNode, managementFeeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClusterCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f91091c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clusterCreate(uint32[] nodeIds, uint32[] vnodes, uint64 resourcePerVNode, uint16 managementFeeBps) returns(uint32 clusterId)
func (market *Market) TryPackClusterCreate(nodeIds []uint32, vnodes []uint32, resourcePerVNode uint64, managementFeeBps uint16) ([]byte, error) {
	return market.abi.Pack("clusterCreate", nodeIds, vnodes, resourcePerVNode, managementFeeBps)
}

// UnpackClusterCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f91091c.
//
// Solidity: function clusterCreate(uint32[] nodeIds, uint32[] vnodes, uint64 resourcePerVNode, uint16 managementFeeBps) returns(uint32 clusterId)
func (market *Market) UnpackClusterCreate(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("clusterCreate", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackClusterDistributeRevenues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd36b09d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clusterDistributeRevenues(uint32 clusterId) returns()
func (market *Market) PackClusterDistributeRevenues(clusterId uint32) []byte {
	enc, err := market.abi.Pack("clusterDistributeRevenues", clusterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClusterDistributeRevenues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd36b09d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clusterDistributeRevenues(uint32 clusterId) returns()
func (market *Market) TryPackClusterDistributeRevenues(clusterId uint32) ([]byte, error) {
	return market.abi.Pack("clusterDistributeRevenues", clusterId)
}

// PackClusterRemoveNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8685fe9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clusterRemoveNode(uint32 clusterId, uint32 nodeId) returns()
func (market *Market) PackClusterRemoveNode(clusterId uint32, nodeId uint32) []byte {
	enc, err := market.abi.Pack("clusterRemoveNode", clusterId, nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClusterRemoveNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8685fe9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clusterRemoveNode(uint32 clusterId, uint32 nodeId) returns()
func (market *Market) TryPackClusterRemoveNode(clusterId uint32, nodeId uint32) ([]byte, error) {
	return market.abi.Pack("clusterRemoveNode", clusterId, nodeId)
}

// PackClusterReserveResource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5ab83f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clusterReserveResource(uint32 clusterId, uint64 resourcePerVNode) returns()
func (market *Market) PackClusterReserveResource(clusterId uint32, resourcePerVNode uint64) []byte {
	enc, err := market.abi.Pack("clusterReserveResource", clusterId, resourcePerVNode)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClusterReserveResource is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5ab83f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clusterReserveResource(uint32 clusterId, uint64 resourcePerVNode) returns()
func (market *Market) TryPackClusterReserveResource(clusterId uint32, resourcePerVNode uint64) ([]byte, error) {
	return market.abi.Pack("clusterReserveResource", clusterId, resourcePerVNode)
}

// PackClusterSetManagementFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34585e71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clusterSetManagementFee(uint32 clusterId, uint16 bps) returns()
func (market *Market) PackClusterSetManagementFee(clusterId uint32, bps uint16) []byte {
	enc, err := market.abi.Pack("clusterSetManagementFee", clusterId, bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClusterSetManagementFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34585e71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clusterSetManagementFee(uint32 clusterId, uint16 bps) returns()
func (market *Market) TryPackClusterSetManagementFee(clusterId uint32, bps uint16) ([]byte, error) {
	return market.abi.Pack("clusterSetManagementFee", clusterId, bps)
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (market *Market) PackDomainSeparator() []byte {
	enc, err := market.abi.Pack("domainSeparator")
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
func (market *Market) TryPackDomainSeparator() ([]byte, error) {
	return market.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (market *Market) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function factory() view returns(address)
func (market *Market) PackFactory() []byte {
	enc, err := market.abi.Pack("factory")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFactory is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc45a0155.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function factory() view returns(address)
func (market *Market) TryPackFactory() ([]byte, error) {
	return market.abi.Pack("factory")
}

// UnpackFactory is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc45a0155.
//
// Solidity: function factory() view returns(address)
func (market *Market) UnpackFactory(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("factory", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (market *Market) PackFeeRecipient() []byte {
	enc, err := market.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (market *Market) TryPackFeeRecipient() ([]byte, error) {
	return market.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (market *Market) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := market.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbcbc0f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAccount(address account) view returns((uint256,uint256,uint256,uint256,uint256) s)
func (market *Market) PackGetAccount(account common.Address) []byte {
	enc, err := market.abi.Pack("getAccount", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbcbc0f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAccount(address account) view returns((uint256,uint256,uint256,uint256,uint256) s)
func (market *Market) TryPackGetAccount(account common.Address) ([]byte, error) {
	return market.abi.Pack("getAccount", account)
}

// UnpackGetAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbcbc0f1.
//
// Solidity: function getAccount(address account) view returns((uint256,uint256,uint256,uint256,uint256) s)
func (market *Market) UnpackGetAccount(data []byte) (MarketBaseAccountStatus, error) {
	out, err := market.abi.Unpack("getAccount", data)
	if err != nil {
		return *new(MarketBaseAccountStatus), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketBaseAccountStatus)).(*MarketBaseAccountStatus)
	return out0, nil
}

// PackGetBucket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x707617f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBucket(uint64 bucketId) view returns((uint64,address,address,uint32,address,uint64,uint256,uint64,uint64,uint256,uint64,bool,uint256,uint256,uint256,(uint32,address,address,uint32,uint32,uint64,uint64,uint128,bytes,string,bool)[]) s)
func (market *Market) PackGetBucket(bucketId uint64) []byte {
	enc, err := market.abi.Pack("getBucket", bucketId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBucket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x707617f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBucket(uint64 bucketId) view returns((uint64,address,address,uint32,address,uint64,uint256,uint64,uint64,uint256,uint64,bool,uint256,uint256,uint256,(uint32,address,address,uint32,uint32,uint64,uint64,uint128,bytes,string,bool)[]) s)
func (market *Market) TryPackGetBucket(bucketId uint64) ([]byte, error) {
	return market.abi.Pack("getBucket", bucketId)
}

// UnpackGetBucket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x707617f7.
//
// Solidity: function getBucket(uint64 bucketId) view returns((uint64,address,address,uint32,address,uint64,uint256,uint64,uint64,uint256,uint64,bool,uint256,uint256,uint256,(uint32,address,address,uint32,uint32,uint64,uint64,uint128,bytes,string,bool)[]) s)
func (market *Market) UnpackGetBucket(data []byte) (MarketBaseBucketStatus, error) {
	out, err := market.abi.Unpack("getBucket", data)
	if err != nil {
		return *new(MarketBaseBucketStatus), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketBaseBucketStatus)).(*MarketBaseBucketStatus)
	return out0, nil
}

// PackGetCluster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3c82623.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCluster(uint32 clusterId) view returns((uint32,address,address,uint16,uint32,uint64,uint64,uint256,uint256,uint64,(uint32,address,address,uint32,uint32,uint64,uint64,uint128,bytes,string,bool)[]) s)
func (market *Market) PackGetCluster(clusterId uint32) []byte {
	enc, err := market.abi.Pack("getCluster", clusterId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCluster is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3c82623.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCluster(uint32 clusterId) view returns((uint32,address,address,uint16,uint32,uint64,uint64,uint256,uint256,uint64,(uint32,address,address,uint32,uint32,uint64,uint64,uint128,bytes,string,bool)[]) s)
func (market *Market) TryPackGetCluster(clusterId uint32) ([]byte, error) {
	return market.abi.Pack("getCluster", clusterId)
}

// UnpackGetCluster is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd3c82623.
//
// Solidity: function getCluster(uint32 clusterId) view returns((uint32,address,address,uint16,uint32,uint64,uint64,uint256,uint256,uint64,(uint32,address,address,uint32,uint32,uint64,uint64,uint128,bytes,string,bool)[]) s)
func (market *Market) UnpackGetCluster(data []byte) (MarketBaseClusterStatus, error) {
	out, err := market.abi.Unpack("getCluster", data)
	if err != nil {
		return *new(MarketBaseClusterStatus), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketBaseClusterStatus)).(*MarketBaseClusterStatus)
	return out0, nil
}

// PackGetNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe06f876f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getNode(uint32 nodeId) view returns((uint32,address,address,uint32,uint32,uint64,uint64,uint128,bytes,string,bool) v)
func (market *Market) PackGetNode(nodeId uint32) []byte {
	enc, err := market.abi.Pack("getNode", nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe06f876f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getNode(uint32 nodeId) view returns((uint32,address,address,uint32,uint32,uint64,uint64,uint128,bytes,string,bool) v)
func (market *Market) TryPackGetNode(nodeId uint32) ([]byte, error) {
	return market.abi.Pack("getNode", nodeId)
}

// UnpackGetNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe06f876f.
//
// Solidity: function getNode(uint32 nodeId) view returns((uint32,address,address,uint32,uint32,uint64,uint64,uint128,bytes,string,bool) v)
func (market *Market) UnpackGetNode(data []byte) (MarketBaseNodeView, error) {
	out, err := market.abi.Unpack("getNode", data)
	if err != nil {
		return *new(MarketBaseNodeView), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketBaseNodeView)).(*MarketBaseNodeView)
	return out0, nil
}

// PackHashBucketAlloc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd91e3d2a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashBucketAlloc(uint64 bucketId, uint64 resource, uint256 maxRate, uint256 nonce, uint256 deadline) view returns(bytes32)
func (market *Market) PackHashBucketAlloc(bucketId uint64, resource uint64, maxRate *big.Int, nonce *big.Int, deadline *big.Int) []byte {
	enc, err := market.abi.Pack("hashBucketAlloc", bucketId, resource, maxRate, nonce, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashBucketAlloc is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd91e3d2a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashBucketAlloc(uint64 bucketId, uint64 resource, uint256 maxRate, uint256 nonce, uint256 deadline) view returns(bytes32)
func (market *Market) TryPackHashBucketAlloc(bucketId uint64, resource uint64, maxRate *big.Int, nonce *big.Int, deadline *big.Int) ([]byte, error) {
	return market.abi.Pack("hashBucketAlloc", bucketId, resource, maxRate, nonce, deadline)
}

// UnpackHashBucketAlloc is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd91e3d2a.
//
// Solidity: function hashBucketAlloc(uint64 bucketId, uint64 resource, uint256 maxRate, uint256 nonce, uint256 deadline) view returns(bytes32)
func (market *Market) UnpackHashBucketAlloc(data []byte) ([32]byte, error) {
	out, err := market.abi.Unpack("hashBucketAlloc", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIdleCursor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcea9bebd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function idleCursor() view returns(uint32)
func (market *Market) PackIdleCursor() []byte {
	enc, err := market.abi.Pack("idleCursor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdleCursor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcea9bebd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function idleCursor() view returns(uint32)
func (market *Market) TryPackIdleCursor() ([]byte, error) {
	return market.abi.Pack("idleCursor")
}

// UnpackIdleCursor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcea9bebd.
//
// Solidity: function idleCursor() view returns(uint32)
func (market *Market) UnpackIdleCursor(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("idleCursor", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackIdleNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82334c72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function idleNodes() view returns(uint32[])
func (market *Market) PackIdleNodes() []byte {
	enc, err := market.abi.Pack("idleNodes")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdleNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82334c72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function idleNodes() view returns(uint32[])
func (market *Market) TryPackIdleNodes() ([]byte, error) {
	return market.abi.Pack("idleNodes")
}

// UnpackIdleNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82334c72.
//
// Solidity: function idleNodes() view returns(uint32[])
func (market *Market) UnpackIdleNodes(data []byte) ([]uint32, error) {
	out, err := market.abi.Unpack("idleNodes", data)
	if err != nil {
		return *new([]uint32), err
	}
	out0 := *abi.ConvertType(out[0], new([]uint32)).(*[]uint32)
	return out0, nil
}

// PackNetworkFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x551f8b21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function networkFeeBps() view returns(uint16)
func (market *Market) PackNetworkFeeBps() []byte {
	enc, err := market.abi.Pack("networkFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNetworkFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x551f8b21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function networkFeeBps() view returns(uint16)
func (market *Market) TryPackNetworkFeeBps() ([]byte, error) {
	return market.abi.Pack("networkFeeBps")
}

// UnpackNetworkFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x551f8b21.
//
// Solidity: function networkFeeBps() view returns(uint16)
func (market *Market) UnpackNetworkFeeBps(data []byte) (uint16, error) {
	out, err := market.abi.Unpack("networkFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeCount() view returns(uint32)
func (market *Market) PackNodeCount() []byte {
	enc, err := market.abi.Pack("nodeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeCount() view returns(uint32)
func (market *Market) TryPackNodeCount() ([]byte, error) {
	return market.abi.Pack("nodeCount")
}

// UnpackNodeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint32)
func (market *Market) UnpackNodeCount(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("nodeCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackNodeCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6f5773d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeCreate(address avatar, bytes peerId, string gatewayUrl, uint64 capacity, uint256 rentPerUnit) returns(uint32 nodeId)
func (market *Market) PackNodeCreate(avatar common.Address, peerId []byte, gatewayUrl string, capacity uint64, rentPerUnit *big.Int) []byte {
	enc, err := market.abi.Pack("nodeCreate", avatar, peerId, gatewayUrl, capacity, rentPerUnit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeCreate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6f5773d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeCreate(address avatar, bytes peerId, string gatewayUrl, uint64 capacity, uint256 rentPerUnit) returns(uint32 nodeId)
func (market *Market) TryPackNodeCreate(avatar common.Address, peerId []byte, gatewayUrl string, capacity uint64, rentPerUnit *big.Int) ([]byte, error) {
	return market.abi.Pack("nodeCreate", avatar, peerId, gatewayUrl, capacity, rentPerUnit)
}

// UnpackNodeCreate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6f5773d.
//
// Solidity: function nodeCreate(address avatar, bytes peerId, string gatewayUrl, uint64 capacity, uint256 rentPerUnit) returns(uint32 nodeId)
func (market *Market) UnpackNodeCreate(data []byte) (uint32, error) {
	out, err := market.abi.Unpack("nodeCreate", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackNodeSetIdle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5998f0b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeSetIdle(uint32 nodeId, bool idle) returns()
func (market *Market) PackNodeSetIdle(nodeId uint32, idle bool) []byte {
	enc, err := market.abi.Pack("nodeSetIdle", nodeId, idle)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeSetIdle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5998f0b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeSetIdle(uint32 nodeId, bool idle) returns()
func (market *Market) TryPackNodeSetIdle(nodeId uint32, idle bool) ([]byte, error) {
	return market.abi.Pack("nodeSetIdle", nodeId, idle)
}

// PackNodeSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1de8e8dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeSetParams(uint32 nodeId, string gatewayUrl, uint64 capacity, uint256 rentPerUnit) returns()
func (market *Market) PackNodeSetParams(nodeId uint32, gatewayUrl string, capacity uint64, rentPerUnit *big.Int) []byte {
	enc, err := market.abi.Pack("nodeSetParams", nodeId, gatewayUrl, capacity, rentPerUnit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1de8e8dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeSetParams(uint32 nodeId, string gatewayUrl, uint64 capacity, uint256 rentPerUnit) returns()
func (market *Market) TryPackNodeSetParams(nodeId uint32, gatewayUrl string, capacity uint64, rentPerUnit *big.Int) ([]byte, error) {
	return market.abi.Pack("nodeSetParams", nodeId, gatewayUrl, capacity, rentPerUnit)
}

// PackNodeTrustManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc51d47d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeTrustManager(address manager) returns()
func (market *Market) PackNodeTrustManager(manager common.Address) []byte {
	enc, err := market.abi.Pack("nodeTrustManager", manager)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeTrustManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc51d47d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeTrustManager(address manager) returns()
func (market *Market) TryPackNodeTrustManager(manager common.Address) ([]byte, error) {
	return market.abi.Pack("nodeTrustManager", manager)
}

// PackNodeUntrustManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10214f9d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeUntrustManager(address manager) returns()
func (market *Market) PackNodeUntrustManager(manager common.Address) []byte {
	enc, err := market.abi.Pack("nodeUntrustManager", manager)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeUntrustManager is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10214f9d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeUntrustManager(address manager) returns()
func (market *Market) TryPackNodeUntrustManager(manager common.Address) ([]byte, error) {
	return market.abi.Pack("nodeUntrustManager", manager)
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address ) view returns(uint256)
func (market *Market) PackNonces(arg0 common.Address) []byte {
	enc, err := market.abi.Pack("nonces", arg0)
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
func (market *Market) TryPackNonces(arg0 common.Address) ([]byte, error) {
	return market.abi.Pack("nonces", arg0)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address ) view returns(uint256)
func (market *Market) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAdmin(address admin_) returns()
func (market *Market) PackSetAdmin(admin common.Address) []byte {
	enc, err := market.abi.Pack("setAdmin", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x704b6c02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAdmin(address admin_) returns()
func (market *Market) TryPackSetAdmin(admin common.Address) ([]byte, error) {
	return market.abi.Pack("setAdmin", admin)
}

// PackSetChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x277bf0fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setChallenges(address challenges_) returns()
func (market *Market) PackSetChallenges(challenges common.Address) []byte {
	enc, err := market.abi.Pack("setChallenges", challenges)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetChallenges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x277bf0fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setChallenges(address challenges_) returns()
func (market *Market) TryPackSetChallenges(challenges common.Address) ([]byte, error) {
	return market.abi.Pack("setChallenges", challenges)
}

// PackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRecipient(address recipient) returns()
func (market *Market) PackSetFeeRecipient(recipient common.Address) []byte {
	enc, err := market.abi.Pack("setFeeRecipient", recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRecipient(address recipient) returns()
func (market *Market) TryPackSetFeeRecipient(recipient common.Address) ([]byte, error) {
	return market.abi.Pack("setFeeRecipient", recipient)
}

// PackSetNetworkFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52890424.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setNetworkFee(uint16 bps) returns()
func (market *Market) PackSetNetworkFee(bps uint16) []byte {
	enc, err := market.abi.Pack("setNetworkFee", bps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetNetworkFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52890424.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setNetworkFee(uint16 bps) returns()
func (market *Market) TryPackSetNetworkFee(bps uint16) ([]byte, error) {
	return market.abi.Pack("setNetworkFee", bps)
}

// PackTotalDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d882097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalDeposits() view returns(uint256)
func (market *Market) PackTotalDeposits() []byte {
	enc, err := market.abi.Pack("totalDeposits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d882097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalDeposits() view returns(uint256)
func (market *Market) TryPackTotalDeposits() ([]byte, error) {
	return market.abi.Pack("totalDeposits")
}

// UnpackTotalDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d882097.
//
// Solidity: function totalDeposits() view returns(uint256)
func (market *Market) UnpackTotalDeposits(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("totalDeposits", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalOwed() view returns(uint256)
func (market *Market) PackTotalOwed() []byte {
	enc, err := market.abi.Pack("totalOwed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7fa9f7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalOwed() view returns(uint256)
func (market *Market) TryPackTotalOwed() ([]byte, error) {
	return market.abi.Pack("totalOwed")
}

// UnpackTotalOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7fa9f7d.
//
// Solidity: function totalOwed() view returns(uint256)
func (market *Market) UnpackTotalOwed(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("totalOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalRevenues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa67e8358.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalRevenues() view returns(uint256)
func (market *Market) PackTotalRevenues() []byte {
	enc, err := market.abi.Pack("totalRevenues")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalRevenues is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa67e8358.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalRevenues() view returns(uint256)
func (market *Market) TryPackTotalRevenues() ([]byte, error) {
	return market.abi.Pack("totalRevenues")
}

// UnpackTotalRevenues is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa67e8358.
//
// Solidity: function totalRevenues() view returns(uint256)
func (market *Market) UnpackTotalRevenues(data []byte) (*big.Int, error) {
	out, err := market.abi.Unpack("totalRevenues", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTrusts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c59b9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trusts(address , address ) view returns(bool)
func (market *Market) PackTrusts(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := market.abi.Pack("trusts", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrusts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c59b9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trusts(address , address ) view returns(bool)
func (market *Market) TryPackTrusts(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return market.abi.Pack("trusts", arg0, arg1)
}

// UnpackTrusts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c59b9f.
//
// Solidity: function trusts(address , address ) view returns(bool)
func (market *Market) UnpackTrusts(data []byte) (bool, error) {
	out, err := market.abi.Unpack("trusts", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// MarketAdminSet represents a AdminSet event raised by the Market contract.
type MarketAdminSet struct {
	Admin common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const MarketAdminSetEventName = "AdminSet"

// ContractEventName returns the user-defined event name.
func (MarketAdminSet) ContractEventName() string {
	return MarketAdminSetEventName
}

// UnpackAdminSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminSet(address indexed admin)
func (market *Market) UnpackAdminSetEvent(log *types.Log) (*MarketAdminSet, error) {
	event := "AdminSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketAdminSet)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketBucketAllocated represents a BucketAllocated event raised by the Market contract.
type MarketBucketAllocated struct {
	BucketId  uint64
	Resource  uint64
	Rate      *big.Int
	ByManager bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketBucketAllocatedEventName = "BucketAllocated"

// ContractEventName returns the user-defined event name.
func (MarketBucketAllocated) ContractEventName() string {
	return MarketBucketAllocatedEventName
}

// UnpackBucketAllocatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BucketAllocated(uint64 indexed bucketId, uint64 resource, uint256 rate, bool byManager)
func (market *Market) UnpackBucketAllocatedEvent(log *types.Log) (*MarketBucketAllocated, error) {
	event := "BucketAllocated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketBucketAllocated)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketBucketCreated represents a BucketCreated event raised by the Market contract.
type MarketBucketCreated struct {
	BucketId  uint64
	Owner     common.Address
	Ring      common.Address
	ClusterId uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketBucketCreatedEventName = "BucketCreated"

// ContractEventName returns the user-defined event name.
func (MarketBucketCreated) ContractEventName() string {
	return MarketBucketCreatedEventName
}

// UnpackBucketCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BucketCreated(uint64 indexed bucketId, address indexed owner, address indexed ring, uint32 clusterId)
func (market *Market) UnpackBucketCreatedEvent(log *types.Log) (*MarketBucketCreated, error) {
	event := "BucketCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketBucketCreated)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketBucketEvicted represents a BucketEvicted event raised by the Market contract.
type MarketBucketEvicted struct {
	BucketId uint64
	Forgiven *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketBucketEvictedEventName = "BucketEvicted"

// ContractEventName returns the user-defined event name.
func (MarketBucketEvicted) ContractEventName() string {
	return MarketBucketEvictedEventName
}

// UnpackBucketEvictedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BucketEvicted(uint64 indexed bucketId, uint256 forgiven)
func (market *Market) UnpackBucketEvictedEvent(log *types.Log) (*MarketBucketEvicted, error) {
	event := "BucketEvicted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketBucketEvicted)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketBucketSettled represents a BucketSettled event raised by the Market contract.
type MarketBucketSettled struct {
	BucketId     uint64
	Paid         *big.Int
	SettledUntil uint64
	DebtSince    uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const MarketBucketSettledEventName = "BucketSettled"

// ContractEventName returns the user-defined event name.
func (MarketBucketSettled) ContractEventName() string {
	return MarketBucketSettledEventName
}

// UnpackBucketSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BucketSettled(uint64 indexed bucketId, uint256 paid, uint64 settledUntil, uint64 debtSince)
func (market *Market) UnpackBucketSettledEvent(log *types.Log) (*MarketBucketSettled, error) {
	event := "BucketSettled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketBucketSettled)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketChallengesSet represents a ChallengesSet event raised by the Market contract.
type MarketChallengesSet struct {
	Challenges common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const MarketChallengesSetEventName = "ChallengesSet"

// ContractEventName returns the user-defined event name.
func (MarketChallengesSet) ContractEventName() string {
	return MarketChallengesSetEventName
}

// UnpackChallengesSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChallengesSet(address indexed challenges)
func (market *Market) UnpackChallengesSetEvent(log *types.Log) (*MarketChallengesSet, error) {
	event := "ChallengesSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketChallengesSet)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketClusterAmended represents a ClusterAmended event raised by the Market contract.
type MarketClusterAmended struct {
	ClusterId uint32
	NodeOut   uint32
	NodeIn    uint32
	Vnodes    uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketClusterAmendedEventName = "ClusterAmended"

// ContractEventName returns the user-defined event name.
func (MarketClusterAmended) ContractEventName() string {
	return MarketClusterAmendedEventName
}

// UnpackClusterAmendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClusterAmended(uint32 indexed clusterId, uint32 indexed nodeOut, uint32 indexed nodeIn, uint32 vnodes)
func (market *Market) UnpackClusterAmendedEvent(log *types.Log) (*MarketClusterAmended, error) {
	event := "ClusterAmended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketClusterAmended)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketClusterCreated represents a ClusterCreated event raised by the Market contract.
type MarketClusterCreated struct {
	ClusterId        uint32
	Manager          common.Address
	Ring             common.Address
	ResourcePerVNode uint64
	Raw              *types.Log // Blockchain specific contextual infos
}

const MarketClusterCreatedEventName = "ClusterCreated"

// ContractEventName returns the user-defined event name.
func (MarketClusterCreated) ContractEventName() string {
	return MarketClusterCreatedEventName
}

// UnpackClusterCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClusterCreated(uint32 indexed clusterId, address indexed manager, address ring, uint64 resourcePerVNode)
func (market *Market) UnpackClusterCreatedEvent(log *types.Log) (*MarketClusterCreated, error) {
	event := "ClusterCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketClusterCreated)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketClusterManagementFeeSet represents a ClusterManagementFeeSet event raised by the Market contract.
type MarketClusterManagementFeeSet struct {
	ClusterId uint32
	Bps       uint16
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketClusterManagementFeeSetEventName = "ClusterManagementFeeSet"

// ContractEventName returns the user-defined event name.
func (MarketClusterManagementFeeSet) ContractEventName() string {
	return MarketClusterManagementFeeSetEventName
}

// UnpackClusterManagementFeeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClusterManagementFeeSet(uint32 indexed clusterId, uint16 bps)
func (market *Market) UnpackClusterManagementFeeSetEvent(log *types.Log) (*MarketClusterManagementFeeSet, error) {
	event := "ClusterManagementFeeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketClusterManagementFeeSet)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketClusterNodeAdded represents a ClusterNodeAdded event raised by the Market contract.
type MarketClusterNodeAdded struct {
	ClusterId uint32
	NodeId    uint32
	Vnodes    uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketClusterNodeAddedEventName = "ClusterNodeAdded"

// ContractEventName returns the user-defined event name.
func (MarketClusterNodeAdded) ContractEventName() string {
	return MarketClusterNodeAddedEventName
}

// UnpackClusterNodeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClusterNodeAdded(uint32 indexed clusterId, uint32 indexed nodeId, uint32 vnodes)
func (market *Market) UnpackClusterNodeAddedEvent(log *types.Log) (*MarketClusterNodeAdded, error) {
	event := "ClusterNodeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketClusterNodeAdded)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketClusterNodeRemoved represents a ClusterNodeRemoved event raised by the Market contract.
type MarketClusterNodeRemoved struct {
	ClusterId uint32
	NodeId    uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketClusterNodeRemovedEventName = "ClusterNodeRemoved"

// ContractEventName returns the user-defined event name.
func (MarketClusterNodeRemoved) ContractEventName() string {
	return MarketClusterNodeRemovedEventName
}

// UnpackClusterNodeRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClusterNodeRemoved(uint32 indexed clusterId, uint32 indexed nodeId)
func (market *Market) UnpackClusterNodeRemovedEvent(log *types.Log) (*MarketClusterNodeRemoved, error) {
	event := "ClusterNodeRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketClusterNodeRemoved)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketClusterResourceReserved represents a ClusterResourceReserved event raised by the Market contract.
type MarketClusterResourceReserved struct {
	ClusterId        uint32
	ResourcePerVNode uint64
	Raw              *types.Log // Blockchain specific contextual infos
}

const MarketClusterResourceReservedEventName = "ClusterResourceReserved"

// ContractEventName returns the user-defined event name.
func (MarketClusterResourceReserved) ContractEventName() string {
	return MarketClusterResourceReservedEventName
}

// UnpackClusterResourceReservedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ClusterResourceReserved(uint32 indexed clusterId, uint64 resourcePerVNode)
func (market *Market) UnpackClusterResourceReservedEvent(log *types.Log) (*MarketClusterResourceReserved, error) {
	event := "ClusterResourceReserved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketClusterResourceReserved)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketDeposited represents a Deposited event raised by the Market contract.
type MarketDeposited struct {
	Account common.Address
	From    common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (MarketDeposited) ContractEventName() string {
	return MarketDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed account, address indexed from, uint256 amount)
func (market *Market) UnpackDepositedEvent(log *types.Log) (*MarketDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketDeposited)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketFeeRecipientSet represents a FeeRecipientSet event raised by the Market contract.
type MarketFeeRecipientSet struct {
	Recipient common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketFeeRecipientSetEventName = "FeeRecipientSet"

// ContractEventName returns the user-defined event name.
func (MarketFeeRecipientSet) ContractEventName() string {
	return MarketFeeRecipientSetEventName
}

// UnpackFeeRecipientSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeRecipientSet(address indexed recipient)
func (market *Market) UnpackFeeRecipientSetEvent(log *types.Log) (*MarketFeeRecipientSet, error) {
	event := "FeeRecipientSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketFeeRecipientSet)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketManagerTrusted represents a ManagerTrusted event raised by the Market contract.
type MarketManagerTrusted struct {
	Provider common.Address
	Manager  common.Address
	Trusted  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketManagerTrustedEventName = "ManagerTrusted"

// ContractEventName returns the user-defined event name.
func (MarketManagerTrusted) ContractEventName() string {
	return MarketManagerTrustedEventName
}

// UnpackManagerTrustedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ManagerTrusted(address indexed provider, address indexed manager, bool trusted)
func (market *Market) UnpackManagerTrustedEvent(log *types.Log) (*MarketManagerTrusted, error) {
	event := "ManagerTrusted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketManagerTrusted)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketNetworkFeeSet represents a NetworkFeeSet event raised by the Market contract.
type MarketNetworkFeeSet struct {
	Bps uint16
	Raw *types.Log // Blockchain specific contextual infos
}

const MarketNetworkFeeSetEventName = "NetworkFeeSet"

// ContractEventName returns the user-defined event name.
func (MarketNetworkFeeSet) ContractEventName() string {
	return MarketNetworkFeeSetEventName
}

// UnpackNetworkFeeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NetworkFeeSet(uint16 bps)
func (market *Market) UnpackNetworkFeeSetEvent(log *types.Log) (*MarketNetworkFeeSet, error) {
	event := "NetworkFeeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketNetworkFeeSet)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketNodeCreated represents a NodeCreated event raised by the Market contract.
type MarketNodeCreated struct {
	NodeId      uint32
	Provider    common.Address
	Avatar      common.Address
	PeerId      []byte
	GatewayUrl  string
	Capacity    uint64
	RentPerUnit *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketNodeCreatedEventName = "NodeCreated"

// ContractEventName returns the user-defined event name.
func (MarketNodeCreated) ContractEventName() string {
	return MarketNodeCreatedEventName
}

// UnpackNodeCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeCreated(uint32 indexed nodeId, address indexed provider, address avatar, bytes peerId, string gatewayUrl, uint64 capacity, uint128 rentPerUnit)
func (market *Market) UnpackNodeCreatedEvent(log *types.Log) (*MarketNodeCreated, error) {
	event := "NodeCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketNodeCreated)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketNodeIdleSet represents a NodeIdleSet event raised by the Market contract.
type MarketNodeIdleSet struct {
	NodeId uint32
	Idle   bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketNodeIdleSetEventName = "NodeIdleSet"

// ContractEventName returns the user-defined event name.
func (MarketNodeIdleSet) ContractEventName() string {
	return MarketNodeIdleSetEventName
}

// UnpackNodeIdleSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeIdleSet(uint32 indexed nodeId, bool idle)
func (market *Market) UnpackNodeIdleSetEvent(log *types.Log) (*MarketNodeIdleSet, error) {
	event := "NodeIdleSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketNodeIdleSet)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketNodeParamsSet represents a NodeParamsSet event raised by the Market contract.
type MarketNodeParamsSet struct {
	NodeId      uint32
	GatewayUrl  string
	Capacity    uint64
	RentPerUnit *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MarketNodeParamsSetEventName = "NodeParamsSet"

// ContractEventName returns the user-defined event name.
func (MarketNodeParamsSet) ContractEventName() string {
	return MarketNodeParamsSetEventName
}

// UnpackNodeParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeParamsSet(uint32 indexed nodeId, string gatewayUrl, uint64 capacity, uint128 rentPerUnit)
func (market *Market) UnpackNodeParamsSetEvent(log *types.Log) (*MarketNodeParamsSet, error) {
	event := "NodeParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketNodeParamsSet)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketProviderPaid represents a ProviderPaid event raised by the Market contract.
type MarketProviderPaid struct {
	ClusterId uint32
	NodeId    uint32
	Provider  common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketProviderPaidEventName = "ProviderPaid"

// ContractEventName returns the user-defined event name.
func (MarketProviderPaid) ContractEventName() string {
	return MarketProviderPaidEventName
}

// UnpackProviderPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderPaid(uint32 indexed clusterId, uint32 indexed nodeId, address indexed provider, uint256 amount)
func (market *Market) UnpackProviderPaidEvent(log *types.Log) (*MarketProviderPaid, error) {
	event := "ProviderPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketProviderPaid)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketProviderSkipped represents a ProviderSkipped event raised by the Market contract.
type MarketProviderSkipped struct {
	ClusterId uint32
	NodeId    uint32
	FailedAt  uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketProviderSkippedEventName = "ProviderSkipped"

// ContractEventName returns the user-defined event name.
func (MarketProviderSkipped) ContractEventName() string {
	return MarketProviderSkippedEventName
}

// UnpackProviderSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderSkipped(uint32 indexed clusterId, uint32 indexed nodeId, uint64 failedAt)
func (market *Market) UnpackProviderSkippedEvent(log *types.Log) (*MarketProviderSkipped, error) {
	event := "ProviderSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketProviderSkipped)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketRevenuesDistributed represents a RevenuesDistributed event raised by the Market contract.
type MarketRevenuesDistributed struct {
	ClusterId     uint32
	Total         *big.Int
	NetworkFee    *big.Int
	ManagementFee *big.Int
	Providers     *big.Int
	Remainder     *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const MarketRevenuesDistributedEventName = "RevenuesDistributed"

// ContractEventName returns the user-defined event name.
func (MarketRevenuesDistributed) ContractEventName() string {
	return MarketRevenuesDistributedEventName
}

// UnpackRevenuesDistributedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RevenuesDistributed(uint32 indexed clusterId, uint256 total, uint256 networkFee, uint256 managementFee, uint256 providers, uint256 remainder)
func (market *Market) UnpackRevenuesDistributedEvent(log *types.Log) (*MarketRevenuesDistributed, error) {
	event := "RevenuesDistributed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketRevenuesDistributed)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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

// MarketWithdrawn represents a Withdrawn event raised by the Market contract.
type MarketWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (MarketWithdrawn) ContractEventName() string {
	return MarketWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (market *Market) UnpackWithdrawnEvent(log *types.Log) (*MarketWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != market.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketWithdrawn)
	if len(log.Data) > 0 {
		if err := market.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range market.abi.Events[event].Inputs {
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
func (market *Market) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], market.abi.Errors["AvatarTaken"].ID.Bytes()[:4]) {
		return market.UnpackAvatarTakenError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return market.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BadSignatureLength"].ID.Bytes()[:4]) {
		return market.UnpackBadSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BadSignatureV"].ID.Bytes()[:4]) {
		return market.UnpackBadSignatureVError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BadVNodes"].ID.Bytes()[:4]) {
		return market.UnpackBadVNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BucketInDebt"].ID.Bytes()[:4]) {
		return market.UnpackBucketInDebtError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["BucketNotInDebt"].ID.Bytes()[:4]) {
		return market.UnpackBucketNotInDebtError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["CapacityBelowReserved"].ID.Bytes()[:4]) {
		return market.UnpackCapacityBelowReservedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["CapacityExceeded"].ID.Bytes()[:4]) {
		return market.UnpackCapacityExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ClusterHasNoNodes"].ID.Bytes()[:4]) {
		return market.UnpackClusterHasNoNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ClusterResourceExceeded"].ID.Bytes()[:4]) {
		return market.UnpackClusterResourceExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ClusterResourceInUse"].ID.Bytes()[:4]) {
		return market.UnpackClusterResourceInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["DuplicateNode"].ID.Bytes()[:4]) {
		return market.UnpackDuplicateNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["Expired"].ID.Bytes()[:4]) {
		return market.UnpackExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return market.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["HighS"].ID.Bytes()[:4]) {
		return market.UnpackHighSError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["InsufficientUnlocked"].ID.Bytes()[:4]) {
		return market.UnpackInsufficientUnlockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["InvalidAccount"].ID.Bytes()[:4]) {
		return market.UnpackInvalidAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["InvalidAvatar"].ID.Bytes()[:4]) {
		return market.UnpackInvalidAvatarError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return market.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ManagerNotTrusted"].ID.Bytes()[:4]) {
		return market.UnpackManagerNotTrustedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NoChallenges"].ID.Bytes()[:4]) {
		return market.UnpackNoChallengesError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NoReplacement"].ID.Bytes()[:4]) {
		return market.UnpackNoReplacementError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NodeInCluster"].ID.Bytes()[:4]) {
		return market.UnpackNodeInClusterError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NodeNotInCluster"].ID.Bytes()[:4]) {
		return market.UnpackNodeNotInClusterError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotAdmin"].ID.Bytes()[:4]) {
		return market.UnpackNotAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotBelowThreshold"].ID.Bytes()[:4]) {
		return market.UnpackNotBelowThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotBucketOwner"].ID.Bytes()[:4]) {
		return market.UnpackNotBucketOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotClusterManager"].ID.Bytes()[:4]) {
		return market.UnpackNotClusterManagerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotProvider"].ID.Bytes()[:4]) {
		return market.UnpackNotProviderError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["NotRingOwner"].ID.Bytes()[:4]) {
		return market.UnpackNotRingOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["RateAboveConsent"].ID.Bytes()[:4]) {
		return market.UnpackRateAboveConsentError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["RentTooHigh"].ID.Bytes()[:4]) {
		return market.UnpackRentTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["SignerMismatch"].ID.Bytes()[:4]) {
		return market.UnpackSignerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["TooLarge"].ID.Bytes()[:4]) {
		return market.UnpackTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["TooManyNodes"].ID.Bytes()[:4]) {
		return market.UnpackTooManyNodesError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return market.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["UnknownBucket"].ID.Bytes()[:4]) {
		return market.UnpackUnknownBucketError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["UnknownCluster"].ID.Bytes()[:4]) {
		return market.UnpackUnknownClusterError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["UnknownNode"].ID.Bytes()[:4]) {
		return market.UnpackUnknownNodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["UnknownRing"].ID.Bytes()[:4]) {
		return market.UnpackUnknownRingError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["WrongChallenges"].ID.Bytes()[:4]) {
		return market.UnpackWrongChallengesError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return market.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], market.abi.Errors["ZeroCapacity"].ID.Bytes()[:4]) {
		return market.UnpackZeroCapacityError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketAvatarTaken represents a AvatarTaken error raised by the Market contract.
type MarketAvatarTaken struct {
	Avatar common.Address
	NodeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AvatarTaken(address avatar, uint32 nodeId)
func MarketAvatarTakenErrorID() common.Hash {
	return common.HexToHash("0x4626371709632dbded6aa1d5ca1d28157efaac5d27a64058e8e164a751d6ba40")
}

// UnpackAvatarTakenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AvatarTaken(address avatar, uint32 nodeId)
func (market *Market) UnpackAvatarTakenError(raw []byte) (*MarketAvatarTaken, error) {
	out := new(MarketAvatarTaken)
	if err := market.abi.UnpackIntoInterface(out, "AvatarTaken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBadSignature represents a BadSignature error raised by the Market contract.
type MarketBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func MarketBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (market *Market) UnpackBadSignatureError(raw []byte) (*MarketBadSignature, error) {
	out := new(MarketBadSignature)
	if err := market.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBadSignatureLength represents a BadSignatureLength error raised by the Market contract.
type MarketBadSignatureLength struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignatureLength()
func MarketBadSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xd7bad83f3c4fca9c0604d2e1ed3c970dfe5cb3aa7d26794855295586cdb176c1")
}

// UnpackBadSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignatureLength()
func (market *Market) UnpackBadSignatureLengthError(raw []byte) (*MarketBadSignatureLength, error) {
	out := new(MarketBadSignatureLength)
	if err := market.abi.UnpackIntoInterface(out, "BadSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBadSignatureV represents a BadSignatureV error raised by the Market contract.
type MarketBadSignatureV struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignatureV()
func MarketBadSignatureVErrorID() common.Hash {
	return common.HexToHash("0xd38922ecae5fb110d0423fdae60fd43d72a48a017dc3d6edcc6b22949a874c91")
}

// UnpackBadSignatureVError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignatureV()
func (market *Market) UnpackBadSignatureVError(raw []byte) (*MarketBadSignatureV, error) {
	out := new(MarketBadSignatureV)
	if err := market.abi.UnpackIntoInterface(out, "BadSignatureV", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBadVNodes represents a BadVNodes error raised by the Market contract.
type MarketBadVNodes struct {
	NodeId uint32
	Vnodes *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadVNodes(uint32 nodeId, uint256 vnodes)
func MarketBadVNodesErrorID() common.Hash {
	return common.HexToHash("0xe83304f78b2943c27dd983bd8ef1ca75f81150a1c07aa3a4454426ee12fb5d4f")
}

// UnpackBadVNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadVNodes(uint32 nodeId, uint256 vnodes)
func (market *Market) UnpackBadVNodesError(raw []byte) (*MarketBadVNodes, error) {
	out := new(MarketBadVNodes)
	if err := market.abi.UnpackIntoInterface(out, "BadVNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBucketInDebt represents a BucketInDebt error raised by the Market contract.
type MarketBucketInDebt struct {
	BucketId  uint64
	DebtSince uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BucketInDebt(uint64 bucketId, uint64 debtSince)
func MarketBucketInDebtErrorID() common.Hash {
	return common.HexToHash("0x6ae62b50ca74779857600395703eb13238bd698e8525ef97f52012256235e2bc")
}

// UnpackBucketInDebtError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BucketInDebt(uint64 bucketId, uint64 debtSince)
func (market *Market) UnpackBucketInDebtError(raw []byte) (*MarketBucketInDebt, error) {
	out := new(MarketBucketInDebt)
	if err := market.abi.UnpackIntoInterface(out, "BucketInDebt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketBucketNotInDebt represents a BucketNotInDebt error raised by the Market contract.
type MarketBucketNotInDebt struct {
	BucketId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BucketNotInDebt(uint64 bucketId)
func MarketBucketNotInDebtErrorID() common.Hash {
	return common.HexToHash("0xa85d85ea462e54593f3486567cd93c911dc3fcddd6a1244bde02a5fefcf4b005")
}

// UnpackBucketNotInDebtError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BucketNotInDebt(uint64 bucketId)
func (market *Market) UnpackBucketNotInDebtError(raw []byte) (*MarketBucketNotInDebt, error) {
	out := new(MarketBucketNotInDebt)
	if err := market.abi.UnpackIntoInterface(out, "BucketNotInDebt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketCapacityBelowReserved represents a CapacityBelowReserved error raised by the Market contract.
type MarketCapacityBelowReserved struct {
	Capacity uint64
	Reserved uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapacityBelowReserved(uint64 capacity, uint64 reserved)
func MarketCapacityBelowReservedErrorID() common.Hash {
	return common.HexToHash("0x8c95b82a28667ce32c8690429628fcf8c88dfeb95b091abcaa87bf5dd767452d")
}

// UnpackCapacityBelowReservedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapacityBelowReserved(uint64 capacity, uint64 reserved)
func (market *Market) UnpackCapacityBelowReservedError(raw []byte) (*MarketCapacityBelowReserved, error) {
	out := new(MarketCapacityBelowReserved)
	if err := market.abi.UnpackIntoInterface(out, "CapacityBelowReserved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketCapacityExceeded represents a CapacityExceeded error raised by the Market contract.
type MarketCapacityExceeded struct {
	NodeId uint32
	Free   uint64
	Needed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CapacityExceeded(uint32 nodeId, uint64 free, uint256 needed)
func MarketCapacityExceededErrorID() common.Hash {
	return common.HexToHash("0x0cccdac51221648ed2d0953cde02c8740d76e20bac07a0a7f68cf69ad2c49e01")
}

// UnpackCapacityExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CapacityExceeded(uint32 nodeId, uint64 free, uint256 needed)
func (market *Market) UnpackCapacityExceededError(raw []byte) (*MarketCapacityExceeded, error) {
	out := new(MarketCapacityExceeded)
	if err := market.abi.UnpackIntoInterface(out, "CapacityExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketClusterHasNoNodes represents a ClusterHasNoNodes error raised by the Market contract.
type MarketClusterHasNoNodes struct {
	ClusterId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClusterHasNoNodes(uint32 clusterId)
func MarketClusterHasNoNodesErrorID() common.Hash {
	return common.HexToHash("0xe5b921b0a08bc159db6bcb7b1f2919421ed31f171079d40e01ab64a7dd834797")
}

// UnpackClusterHasNoNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClusterHasNoNodes(uint32 clusterId)
func (market *Market) UnpackClusterHasNoNodesError(raw []byte) (*MarketClusterHasNoNodes, error) {
	out := new(MarketClusterHasNoNodes)
	if err := market.abi.UnpackIntoInterface(out, "ClusterHasNoNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketClusterResourceExceeded represents a ClusterResourceExceeded error raised by the Market contract.
type MarketClusterResourceExceeded struct {
	Available uint64
	Requested uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClusterResourceExceeded(uint64 available, uint64 requested)
func MarketClusterResourceExceededErrorID() common.Hash {
	return common.HexToHash("0x0d69424e80429b48c4c1a70d0b225fceb11b58b910a7ab4e6973cf05c4c484d5")
}

// UnpackClusterResourceExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClusterResourceExceeded(uint64 available, uint64 requested)
func (market *Market) UnpackClusterResourceExceededError(raw []byte) (*MarketClusterResourceExceeded, error) {
	out := new(MarketClusterResourceExceeded)
	if err := market.abi.UnpackIntoInterface(out, "ClusterResourceExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketClusterResourceInUse represents a ClusterResourceInUse error raised by the Market contract.
type MarketClusterResourceInUse struct {
	Used             uint64
	ResourcePerVNode uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClusterResourceInUse(uint64 used, uint64 resourcePerVNode)
func MarketClusterResourceInUseErrorID() common.Hash {
	return common.HexToHash("0x9d1b3f28308c03ef878530f167536b49201440437402682d5f460b2fa29b51ef")
}

// UnpackClusterResourceInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClusterResourceInUse(uint64 used, uint64 resourcePerVNode)
func (market *Market) UnpackClusterResourceInUseError(raw []byte) (*MarketClusterResourceInUse, error) {
	out := new(MarketClusterResourceInUse)
	if err := market.abi.UnpackIntoInterface(out, "ClusterResourceInUse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketDuplicateNode represents a DuplicateNode error raised by the Market contract.
type MarketDuplicateNode struct {
	NodeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateNode(uint32 nodeId)
func MarketDuplicateNodeErrorID() common.Hash {
	return common.HexToHash("0x7c3531f3ffe15a9d324c5b51f27a7ebca8cee7f07daaac078b57b36c34df8ee8")
}

// UnpackDuplicateNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateNode(uint32 nodeId)
func (market *Market) UnpackDuplicateNodeError(raw []byte) (*MarketDuplicateNode, error) {
	out := new(MarketDuplicateNode)
	if err := market.abi.UnpackIntoInterface(out, "DuplicateNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketExpired represents a Expired error raised by the Market contract.
type MarketExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Expired(uint256 deadline)
func MarketExpiredErrorID() common.Hash {
	return common.HexToHash("0xf80dbaea4785589e52984ca36a31de106adc77759539a5c7d92883bf49692fe9")
}

// UnpackExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Expired(uint256 deadline)
func (market *Market) UnpackExpiredError(raw []byte) (*MarketExpired, error) {
	out := new(MarketExpired)
	if err := market.abi.UnpackIntoInterface(out, "Expired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFeeTooHigh represents a FeeTooHigh error raised by the Market contract.
type MarketFeeTooHigh struct {
	Bps *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint256 bps, uint256 max)
func MarketFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0xe757126a89ba5140023477c243d17c34ca7467d317e5523eafa819ff2931905a")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint256 bps, uint256 max)
func (market *Market) UnpackFeeTooHighError(raw []byte) (*MarketFeeTooHigh, error) {
	out := new(MarketFeeTooHigh)
	if err := market.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketHighS represents a HighS error raised by the Market contract.
type MarketHighS struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HighS()
func MarketHighSErrorID() common.Hash {
	return common.HexToHash("0x63376d6dcca11f27c2ae283e44cc3c1ef722f4076ee719ac9b823f2e028fb55d")
}

// UnpackHighSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HighS()
func (market *Market) UnpackHighSError(raw []byte) (*MarketHighS, error) {
	out := new(MarketHighS)
	if err := market.abi.UnpackIntoInterface(out, "HighS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketInsufficientUnlocked represents a InsufficientUnlocked error raised by the Market contract.
type MarketInsufficientUnlocked struct {
	Unlocked *big.Int
	Amount   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientUnlocked(uint256 unlocked, uint256 amount)
func MarketInsufficientUnlockedErrorID() common.Hash {
	return common.HexToHash("0xa2d89e92b7f438e55f3f23fb25e548746442dc54f5cf6743c72906f473b1abbc")
}

// UnpackInsufficientUnlockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientUnlocked(uint256 unlocked, uint256 amount)
func (market *Market) UnpackInsufficientUnlockedError(raw []byte) (*MarketInsufficientUnlocked, error) {
	out := new(MarketInsufficientUnlocked)
	if err := market.abi.UnpackIntoInterface(out, "InsufficientUnlocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketInvalidAccount represents a InvalidAccount error raised by the Market contract.
type MarketInvalidAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccount(address account)
func MarketInvalidAccountErrorID() common.Hash {
	return common.HexToHash("0x4b579b22e022e11cee66389621a34a221cd142e5babf720ff2b1144e612dffac")
}

// UnpackInvalidAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccount(address account)
func (market *Market) UnpackInvalidAccountError(raw []byte) (*MarketInvalidAccount, error) {
	out := new(MarketInvalidAccount)
	if err := market.abi.UnpackIntoInterface(out, "InvalidAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketInvalidAvatar represents a InvalidAvatar error raised by the Market contract.
type MarketInvalidAvatar struct {
	Avatar common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAvatar(address avatar)
func MarketInvalidAvatarErrorID() common.Hash {
	return common.HexToHash("0x17c4dcdd8f018200e354fe6d4b9d0dd5580530bb66e37e398d033e47fbc40d30")
}

// UnpackInvalidAvatarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAvatar(address avatar)
func (market *Market) UnpackInvalidAvatarError(raw []byte) (*MarketInvalidAvatar, error) {
	out := new(MarketInvalidAvatar)
	if err := market.abi.UnpackIntoInterface(out, "InvalidAvatar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketLengthMismatch represents a LengthMismatch error raised by the Market contract.
type MarketLengthMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch()
func MarketLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xff633a3803c58b9bc21e58efecee59f27e033cc0b1883fccb4969c76146fe60f")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch()
func (market *Market) UnpackLengthMismatchError(raw []byte) (*MarketLengthMismatch, error) {
	out := new(MarketLengthMismatch)
	if err := market.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketManagerNotTrusted represents a ManagerNotTrusted error raised by the Market contract.
type MarketManagerNotTrusted struct {
	NodeId  uint32
	Manager common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ManagerNotTrusted(uint32 nodeId, address manager)
func MarketManagerNotTrustedErrorID() common.Hash {
	return common.HexToHash("0x20888ff5a51f8182b86ea7a405d4cd41ecf641cb2febbb31b4f6e61d38fcf37d")
}

// UnpackManagerNotTrustedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ManagerNotTrusted(uint32 nodeId, address manager)
func (market *Market) UnpackManagerNotTrustedError(raw []byte) (*MarketManagerNotTrusted, error) {
	out := new(MarketManagerNotTrusted)
	if err := market.abi.UnpackIntoInterface(out, "ManagerNotTrusted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNoChallenges represents a NoChallenges error raised by the Market contract.
type MarketNoChallenges struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoChallenges()
func MarketNoChallengesErrorID() common.Hash {
	return common.HexToHash("0x6c34dea8a429f8777144bdf9daa83e88c8a4fe0d503c535d37b9eead267b4d80")
}

// UnpackNoChallengesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoChallenges()
func (market *Market) UnpackNoChallengesError(raw []byte) (*MarketNoChallenges, error) {
	out := new(MarketNoChallenges)
	if err := market.abi.UnpackIntoInterface(out, "NoChallenges", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNoReplacement represents a NoReplacement error raised by the Market contract.
type MarketNoReplacement struct {
	ClusterId uint32
	NodeId    uint32
	Scanned   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReplacement(uint32 clusterId, uint32 nodeId, uint256 scanned)
func MarketNoReplacementErrorID() common.Hash {
	return common.HexToHash("0xe55d4a258e4f23dbe05a20b323f805d15519aad9c16d0b50d94160d244169082")
}

// UnpackNoReplacementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReplacement(uint32 clusterId, uint32 nodeId, uint256 scanned)
func (market *Market) UnpackNoReplacementError(raw []byte) (*MarketNoReplacement, error) {
	out := new(MarketNoReplacement)
	if err := market.abi.UnpackIntoInterface(out, "NoReplacement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNodeInCluster represents a NodeInCluster error raised by the Market contract.
type MarketNodeInCluster struct {
	NodeId    uint32
	ClusterId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeInCluster(uint32 nodeId, uint32 clusterId)
func MarketNodeInClusterErrorID() common.Hash {
	return common.HexToHash("0xbeecee04a9a1b5939d4930516ccd0298a92869ed7b5d39796fa41b3146a139e8")
}

// UnpackNodeInClusterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeInCluster(uint32 nodeId, uint32 clusterId)
func (market *Market) UnpackNodeInClusterError(raw []byte) (*MarketNodeInCluster, error) {
	out := new(MarketNodeInCluster)
	if err := market.abi.UnpackIntoInterface(out, "NodeInCluster", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNodeNotInCluster represents a NodeNotInCluster error raised by the Market contract.
type MarketNodeNotInCluster struct {
	NodeId    uint32
	ClusterId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeNotInCluster(uint32 nodeId, uint32 clusterId)
func MarketNodeNotInClusterErrorID() common.Hash {
	return common.HexToHash("0x435acc865083dca091986758e6d7dd3f25af71d451d081b97ddb095aad46dd50")
}

// UnpackNodeNotInClusterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeNotInCluster(uint32 nodeId, uint32 clusterId)
func (market *Market) UnpackNodeNotInClusterError(raw []byte) (*MarketNodeNotInCluster, error) {
	out := new(MarketNodeNotInCluster)
	if err := market.abi.UnpackIntoInterface(out, "NodeNotInCluster", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotAdmin represents a NotAdmin error raised by the Market contract.
type MarketNotAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAdmin()
func MarketNotAdminErrorID() common.Hash {
	return common.HexToHash("0x7bfa4b9fb0cd3687c1f539f384b3f3f258f2c9aa9186353d0815413b508ed97d")
}

// UnpackNotAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAdmin()
func (market *Market) UnpackNotAdminError(raw []byte) (*MarketNotAdmin, error) {
	out := new(MarketNotAdmin)
	if err := market.abi.UnpackIntoInterface(out, "NotAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotBelowThreshold represents a NotBelowThreshold error raised by the Market contract.
type MarketNotBelowThreshold struct {
	NodeId   uint32
	ScoreBps *big.Int
	Outcomes *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBelowThreshold(uint32 nodeId, uint256 scoreBps, uint256 outcomes)
func MarketNotBelowThresholdErrorID() common.Hash {
	return common.HexToHash("0xc92280cf63799b04a418c1b5707966f556dfb9d0833903ab8a62dc1fcd646885")
}

// UnpackNotBelowThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBelowThreshold(uint32 nodeId, uint256 scoreBps, uint256 outcomes)
func (market *Market) UnpackNotBelowThresholdError(raw []byte) (*MarketNotBelowThreshold, error) {
	out := new(MarketNotBelowThreshold)
	if err := market.abi.UnpackIntoInterface(out, "NotBelowThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotBucketOwner represents a NotBucketOwner error raised by the Market contract.
type MarketNotBucketOwner struct {
	BucketId uint64
	Caller   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBucketOwner(uint64 bucketId, address caller)
func MarketNotBucketOwnerErrorID() common.Hash {
	return common.HexToHash("0x01c5c04d69a42f860e1965946400441b70a04ac056122a184cc6a9f269e7b494")
}

// UnpackNotBucketOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBucketOwner(uint64 bucketId, address caller)
func (market *Market) UnpackNotBucketOwnerError(raw []byte) (*MarketNotBucketOwner, error) {
	out := new(MarketNotBucketOwner)
	if err := market.abi.UnpackIntoInterface(out, "NotBucketOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotClusterManager represents a NotClusterManager error raised by the Market contract.
type MarketNotClusterManager struct {
	ClusterId uint32
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotClusterManager(uint32 clusterId, address caller)
func MarketNotClusterManagerErrorID() common.Hash {
	return common.HexToHash("0xf10eb86f7a3b8ff037a14e781a038d69c3161abe4d891fd844d35bed629cb4ba")
}

// UnpackNotClusterManagerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotClusterManager(uint32 clusterId, address caller)
func (market *Market) UnpackNotClusterManagerError(raw []byte) (*MarketNotClusterManager, error) {
	out := new(MarketNotClusterManager)
	if err := market.abi.UnpackIntoInterface(out, "NotClusterManager", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotProvider represents a NotProvider error raised by the Market contract.
type MarketNotProvider struct {
	NodeId uint32
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProvider(uint32 nodeId, address caller)
func MarketNotProviderErrorID() common.Hash {
	return common.HexToHash("0xe7debdff15e06c6e67d32615066eb3d6120f63a18b2358604453589532040597")
}

// UnpackNotProviderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProvider(uint32 nodeId, address caller)
func (market *Market) UnpackNotProviderError(raw []byte) (*MarketNotProvider, error) {
	out := new(MarketNotProvider)
	if err := market.abi.UnpackIntoInterface(out, "NotProvider", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketNotRingOwner represents a NotRingOwner error raised by the Market contract.
type MarketNotRingOwner struct {
	Ring  common.Address
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRingOwner(address ring, address owner)
func MarketNotRingOwnerErrorID() common.Hash {
	return common.HexToHash("0xb7c6f34ef98f47536c7b9372c157266f35e175c0db4f2b1a30afc73efbe1189f")
}

// UnpackNotRingOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRingOwner(address ring, address owner)
func (market *Market) UnpackNotRingOwnerError(raw []byte) (*MarketNotRingOwner, error) {
	out := new(MarketNotRingOwner)
	if err := market.abi.UnpackIntoInterface(out, "NotRingOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketRateAboveConsent represents a RateAboveConsent error raised by the Market contract.
type MarketRateAboveConsent struct {
	Rate    *big.Int
	MaxRate *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateAboveConsent(uint256 rate, uint256 maxRate)
func MarketRateAboveConsentErrorID() common.Hash {
	return common.HexToHash("0x8889faa42ad11a8e5e613e639223762b40c57de263641bf57843b635c3516f8e")
}

// UnpackRateAboveConsentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateAboveConsent(uint256 rate, uint256 maxRate)
func (market *Market) UnpackRateAboveConsentError(raw []byte) (*MarketRateAboveConsent, error) {
	out := new(MarketRateAboveConsent)
	if err := market.abi.UnpackIntoInterface(out, "RateAboveConsent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketRentTooHigh represents a RentTooHigh error raised by the Market contract.
type MarketRentTooHigh struct {
	Rent *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RentTooHigh(uint256 rent, uint256 max)
func MarketRentTooHighErrorID() common.Hash {
	return common.HexToHash("0x3e28bd25def21e2dc96cf483ee472906129b88398e9aed87b395a5a306b603ad")
}

// UnpackRentTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RentTooHigh(uint256 rent, uint256 max)
func (market *Market) UnpackRentTooHighError(raw []byte) (*MarketRentTooHigh, error) {
	out := new(MarketRentTooHigh)
	if err := market.abi.UnpackIntoInterface(out, "RentTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketSignerMismatch represents a SignerMismatch error raised by the Market contract.
type MarketSignerMismatch struct {
	Signer   common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignerMismatch(address signer, address expected)
func MarketSignerMismatchErrorID() common.Hash {
	return common.HexToHash("0xefe0e6862620775bf32b1f3d7ba9c8e34430d75ac4f0a4714339d91d9eb20966")
}

// UnpackSignerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignerMismatch(address signer, address expected)
func (market *Market) UnpackSignerMismatchError(raw []byte) (*MarketSignerMismatch, error) {
	out := new(MarketSignerMismatch)
	if err := market.abi.UnpackIntoInterface(out, "SignerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketTooLarge represents a TooLarge error raised by the Market contract.
type MarketTooLarge struct {
	PeerIdSize     *big.Int
	GatewayUrlSize *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLarge(uint256 peerIdSize, uint256 gatewayUrlSize)
func MarketTooLargeErrorID() common.Hash {
	return common.HexToHash("0x677fd0e3f4f83d4759a1f945b4c645d6c03436adaaeb7ec379e4cbef2765483b")
}

// UnpackTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLarge(uint256 peerIdSize, uint256 gatewayUrlSize)
func (market *Market) UnpackTooLargeError(raw []byte) (*MarketTooLarge, error) {
	out := new(MarketTooLarge)
	if err := market.abi.UnpackIntoInterface(out, "TooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketTooManyNodes represents a TooManyNodes error raised by the Market contract.
type MarketTooManyNodes struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooManyNodes(uint256 count, uint256 max)
func MarketTooManyNodesErrorID() common.Hash {
	return common.HexToHash("0xd317f098888a64f8507f33be2c9c7002c71c93ba8d84c20a37739dc139839a59")
}

// UnpackTooManyNodesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooManyNodes(uint256 count, uint256 max)
func (market *Market) UnpackTooManyNodesError(raw []byte) (*MarketTooManyNodes, error) {
	out := new(MarketTooManyNodes)
	if err := market.abi.UnpackIntoInterface(out, "TooManyNodes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketTransferFailed represents a TransferFailed error raised by the Market contract.
type MarketTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func MarketTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (market *Market) UnpackTransferFailedError(raw []byte) (*MarketTransferFailed, error) {
	out := new(MarketTransferFailed)
	if err := market.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketUnknownBucket represents a UnknownBucket error raised by the Market contract.
type MarketUnknownBucket struct {
	BucketId uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBucket(uint64 bucketId)
func MarketUnknownBucketErrorID() common.Hash {
	return common.HexToHash("0xbb5567fa96fbf32034995bcdfdee5aaf29ca5bf1eacd6e41f71c1254942eb154")
}

// UnpackUnknownBucketError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBucket(uint64 bucketId)
func (market *Market) UnpackUnknownBucketError(raw []byte) (*MarketUnknownBucket, error) {
	out := new(MarketUnknownBucket)
	if err := market.abi.UnpackIntoInterface(out, "UnknownBucket", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketUnknownCluster represents a UnknownCluster error raised by the Market contract.
type MarketUnknownCluster struct {
	ClusterId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownCluster(uint32 clusterId)
func MarketUnknownClusterErrorID() common.Hash {
	return common.HexToHash("0x724a6b24003d010d2827020669f671cefe9b1cc1fbaf1cbb9f3456504bd62e08")
}

// UnpackUnknownClusterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownCluster(uint32 clusterId)
func (market *Market) UnpackUnknownClusterError(raw []byte) (*MarketUnknownCluster, error) {
	out := new(MarketUnknownCluster)
	if err := market.abi.UnpackIntoInterface(out, "UnknownCluster", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketUnknownNode represents a UnknownNode error raised by the Market contract.
type MarketUnknownNode struct {
	NodeId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownNode(uint32 nodeId)
func MarketUnknownNodeErrorID() common.Hash {
	return common.HexToHash("0x432fe6a4076f5b80ac12de51e307b61cb9be62cfb70c25aabb80cd8fb1cb1f9d")
}

// UnpackUnknownNodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownNode(uint32 nodeId)
func (market *Market) UnpackUnknownNodeError(raw []byte) (*MarketUnknownNode, error) {
	out := new(MarketUnknownNode)
	if err := market.abi.UnpackIntoInterface(out, "UnknownNode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketUnknownRing represents a UnknownRing error raised by the Market contract.
type MarketUnknownRing struct {
	Ring common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRing(address ring)
func MarketUnknownRingErrorID() common.Hash {
	return common.HexToHash("0x48cd6ac6359c76cb73f9f17dceef8af7b2a996031ce85d10089feb2196df11fe")
}

// UnpackUnknownRingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRing(address ring)
func (market *Market) UnpackUnknownRingError(raw []byte) (*MarketUnknownRing, error) {
	out := new(MarketUnknownRing)
	if err := market.abi.UnpackIntoInterface(out, "UnknownRing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketWrongChallenges represents a WrongChallenges error raised by the Market contract.
type MarketWrongChallenges struct {
	Challenges common.Address
	Market     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongChallenges(address challenges, address market)
func MarketWrongChallengesErrorID() common.Hash {
	return common.HexToHash("0x750a95159b10abc38ad8d8b8ccb8e3f27c33c5b024d5c091c0291f87a0dc6672")
}

// UnpackWrongChallengesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongChallenges(address challenges, address market)
func (market *Market) UnpackWrongChallengesError(raw []byte) (*MarketWrongChallenges, error) {
	out := new(MarketWrongChallenges)
	if err := market.abi.UnpackIntoInterface(out, "WrongChallenges", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketZeroAmount represents a ZeroAmount error raised by the Market contract.
type MarketZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func MarketZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (market *Market) UnpackZeroAmountError(raw []byte) (*MarketZeroAmount, error) {
	out := new(MarketZeroAmount)
	if err := market.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketZeroCapacity represents a ZeroCapacity error raised by the Market contract.
type MarketZeroCapacity struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroCapacity()
func MarketZeroCapacityErrorID() common.Hash {
	return common.HexToHash("0x0bcb6784e87ff0d2e0ffe5c2f6d7d349cff356e57d34299fcab8031d901a3fbf")
}

// UnpackZeroCapacityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroCapacity()
func (market *Market) UnpackZeroCapacityError(raw []byte) (*MarketZeroCapacity, error) {
	out := new(MarketZeroCapacity)
	if err := market.abi.UnpackIntoInterface(out, "ZeroCapacity", raw); err != nil {
		return nil, err
	}
	return out, nil
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
