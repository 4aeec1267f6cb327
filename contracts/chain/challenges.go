package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// Challenges errors. A refusal by the Challenges contract comes back as a
// *ChallengeError that matches one of these with errors.Is, and the
// *RevertError it was decoded from with errors.As. DeriveChallenge's
// refusals match them too.
var (
	// ErrNoChallenges is returned when the challenges address holds no contract.
	ErrNoChallenges = errors.New("chain: no challenges contract at this address")
	// ErrChallengeUnknown: a challenge or bucket id the contract does not
	// know, or an account that is not an attester.
	ErrChallengeUnknown = errors.New("challenges: unknown id")
	// ErrChallengeNotAllowed: the sender or signer may not do this (not the
	// admin, not a selected attester, a receipt signed by another than the
	// hoster).
	ErrChallengeNotAllowed = errors.New("challenges: not allowed")
	// ErrChallengeTooEarly: not yet (the bucket's period, the seed block,
	// a challenge not activated, the deadline not passed, a seed still
	// available).
	ErrChallengeTooEarly = errors.New("challenges: too early")
	// ErrChallengeClosed: too late (activated or resolved already, a report
	// after the deadline, an attester that reported already).
	ErrChallengeClosed = errors.New("challenges: closed")
	// ErrChallengeRefused: any other rule (parameters, sizes, a bucket that
	// cannot be challenged, too few attesters, a report that does not match
	// the challenge, malformed signatures).
	ErrChallengeRefused = errors.New("challenges: refused")
)

// ChallengeError is a call the Challenges contract refused, said in words.
type ChallengeError struct {
	Kind   error // one of ErrChallengeUnknown, ErrChallengeNotAllowed, ErrChallengeTooEarly, ErrChallengeClosed, ErrChallengeRefused
	Reason string
	Revert *RevertError
}

func (e *ChallengeError) Error() string { return "challenges: " + e.Reason }

// Unwrap gives the kind and the decoded revert.
func (e *ChallengeError) Unwrap() []error { return []error{e.Kind, e.Revert} }

var challengesABI = bindings.NewChallenges()

// challengesErr turns a revert of the Challenges contract into a
// *ChallengeError; any other error is returned as it is. The revert data
// is decoded against the Challenges ABI (the client's own decoding knows
// the ring and market errors only).
func challengesErr(err error) error {
	var re *RevertError
	if !errors.As(err, &re) {
		return err
	}
	if name, args, ok := decodeError(challengesABI.GetABI(), re.Data); ok {
		re = &RevertError{Name: name, Args: args, Data: re.Data}
	}
	if re.Name == "" {
		return err
	}
	a := func(i int) any {
		if i < len(re.Args) {
			switch v := re.Args[i].(type) {
			case common.Address:
				return v.Hex()
			case [32]byte:
				return common.Hash(v).Hex()
			case uint8:
				if i == 1 && (re.Name == "NotPending" || re.Name == "AlreadyResolved") {
					return ChallengeState(v)
				}
			}
			return re.Args[i]
		}
		return "?"
	}
	kind, reason := ErrChallengeRefused, ""
	switch re.Name {
	case "UnknownChallenge":
		kind, reason = ErrChallengeUnknown, fmt.Sprintf("no challenge %v", a(0))
	case "UnknownBucket":
		kind, reason = ErrChallengeUnknown, fmt.Sprintf("no bucket %v in the market", a(0))
	case "NotAttester":
		kind, reason = ErrChallengeUnknown, fmt.Sprintf("%v is not in the attester pool", a(0))
	case "NotAdmin":
		kind, reason = ErrChallengeNotAllowed, "only the challenges' admin may do this"
	case "NotSelectedAttester":
		kind, reason = ErrChallengeNotAllowed, fmt.Sprintf("signed by %v, not an attester of challenge %v", a(1), a(0))
	case "ReceiptSignerMismatch":
		kind, reason = ErrChallengeNotAllowed, fmt.Sprintf("the receipt is signed by %v, not by the hoster %v", a(0), a(1))
	case "ChallengeTooSoon":
		kind, reason = ErrChallengeTooEarly, fmt.Sprintf("bucket %v was challenged this period: next at %v", a(0), a(1))
	case "SeedNotReady":
		kind, reason = ErrChallengeTooEarly, fmt.Sprintf("seed block %v is not mined yet (block %v)", a(0), a(1))
	case "NotActive":
		kind, reason = ErrChallengeTooEarly, fmt.Sprintf("challenge %v is not activated yet", a(0))
	case "DeadlineNotPassed":
		kind, reason = ErrChallengeTooEarly, fmt.Sprintf("challenge %v is open until %v", a(0), a(1))
	case "SeedNotExpired":
		kind, reason = ErrChallengeTooEarly, fmt.Sprintf("the hash of seed block %v is still available: activate instead", a(0))
	case "NotPending":
		kind, reason = ErrChallengeClosed, fmt.Sprintf("challenge %v is %v, not pending", a(0), a(1))
	case "AlreadyResolved":
		kind, reason = ErrChallengeClosed, fmt.Sprintf("challenge %v is resolved already (%v)", a(0), a(1))
	case "LateReport":
		kind, reason = ErrChallengeClosed, fmt.Sprintf("challenge %v closed at %v", a(0), a(1))
	case "AlreadyReported":
		kind, reason = ErrChallengeClosed, fmt.Sprintf("attester %v reported on challenge %v already", a(1), a(0))
	case "InvalidAccount":
		reason = fmt.Sprintf("%v is not a valid account", a(0))
	case "ParamOutOfRange":
		reason = fmt.Sprintf("%v %v is outside %v..%v", a(0), a(1), a(2), a(3))
	case "TooLarge":
		reason = fmt.Sprintf("peer id (%v bytes) or gateway URL (%v bytes) too long", a(0), a(1))
	case "BucketNotAllocated":
		reason = fmt.Sprintf("bucket %v has no resource allocated", a(0))
	case "ClusterHasNoNodes":
		reason = fmt.Sprintf("cluster %v has no nodes to challenge", a(0))
	case "RingTooLarge":
		reason = fmt.Sprintf("ring %v has %v members, above the %v a challenge reads", a(0), a(1), a(2))
	case "NothingToChallenge":
		reason = fmt.Sprintf("no member of ring %v (bucket %v) has flushed a log yet", a(1), a(0))
	case "SeedExpired":
		reason = fmt.Sprintf("the hash of seed block %v is no longer available: reseed", a(0))
	case "NotEnoughAttesters":
		reason = fmt.Sprintf("%v eligible attesters in the pool, %v needed", a(0), a(1))
	case "WrongHoster":
		reason = fmt.Sprintf("the report names hoster %v, the challenge's is %v", a(0), a(1))
	case "WrongPositions":
		reason = fmt.Sprintf("the report's positions %v are not the challenge's %v", a(0), a(1))
	case "NotBucketOwner":
		kind, reason = ErrChallengeNotAllowed, fmt.Sprintf("only the owner of bucket %v may set its terms, not %v", a(0), a(1))
	case "NotMarket":
		kind, reason = ErrChallengeNotAllowed, fmt.Sprintf("only the market may call this, not %v", a(0))
	case "AlreadyMeasured":
		kind, reason = ErrChallengeClosed, fmt.Sprintf("attester %v measured challenge %v already", a(1), a(0))
	case "AlreadyGraded":
		kind, reason = ErrChallengeClosed, fmt.Sprintf("challenge %v is graded already", a(0))
	case "NoMeasurements":
		reason = fmt.Sprintf("no attester measured challenge %v", a(0))
	case "MissingReceipt":
		reason = "an ok report needs the hoster's receipt"
	case "BadSignatureLength", "BadSignatureV", "HighS", "BadSignature":
		reason = "malformed signature (" + re.Name + ")"
	default:
		return err
	}
	return &ChallengeError{Kind: kind, Reason: reason, Revert: re}
}

// decodeError decodes revert data as one of a's custom errors.
func decodeError(a abi.ABI, data []byte) (string, []any, bool) {
	if len(data) < 4 {
		return "", nil, false
	}
	for name, e := range a.Errors {
		if string(e.ID[:4]) != string(data[:4]) {
			continue
		}
		args, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			continue
		}
		return name, args, true
	}
	return "", nil, false
}

// Challenges is a client of one Challenges contract: storage challenges of
// the market's replica nodes. Every state-changing call is sent from the
// given key's account, which pays its gas and is msg.sender (the attester
// for AttesterRegister and AttesterLeave; anyone for the rest, since
// reports carry their own signatures). Calls go through the Client's
// transaction queue.
type Challenges struct {
	c    *Client
	addr common.Address
	abi  *bindings.Challenges
}

// NewChallenges returns a client of the challenges contract at addr, on
// c's chain. It checks that addr holds code.
func NewChallenges(ctx context.Context, c *Client, addr common.Address) (*Challenges, error) {
	code, err := c.backend.CodeAt(ctx, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: reading challenges code: %w", err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w: %s on chain %s", ErrNoChallenges, addr.Hex(), c.chainID)
	}
	return &Challenges{c: c, addr: addr, abi: challengesABI}, nil
}

// DeployChallenges deploys a Challenges contract for the market at market
// from key's account, which becomes its admin. Its parameters start at
// DefaultChallengeParams.
func DeployChallenges(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, market common.Address) (common.Address, *Receipt, error) {
	c, err := newClient(ctx, backend, key)
	if err != nil {
		return common.Address{}, nil, err
	}
	input := challengesABI.PackConstructor(market, crypto.PubkeyToAddress(key.PublicKey))
	var addr common.Address
	rcpt, _, err := c.sendAs(ctx, key, nil, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, err := bind.DeployContract(opts, common.FromHex(bindings.ChallengesMetaData.Bin), backend, input)
		addr = a
		return tx, err
	})
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploying the challenges: %w", challengesErr(err))
	}
	return addr, rcpt, nil
}

// Address is the challenges contract's address.
func (ch *Challenges) Address() common.Address { return ch.addr }

// Client is the chain client the challenges send through.
func (ch *Challenges) Client() *Client { return ch.c }

func (ch *Challenges) send(ctx context.Context, from *ecdsa.PrivateKey, data []byte) (*Receipt, []*types.Log, error) {
	if from == nil {
		return nil, nil, errors.New("chain: challenges call without a signer")
	}
	inst := ch.abi.Instance(ch.c.backend, ch.addr)
	r, logs, err := ch.c.sendAs(ctx, from, nil, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		gas, err := ch.c.backend.EstimateGas(ctx, ethereum.CallMsg{From: opts.From, To: &ch.addr, Data: data})
		if err != nil {
			return nil, err
		}
		// A resolution's period record may be a new slot in the mined
		// block's period though not in the estimate's: leave room.
		opts.GasLimit = gas + gas/4 + challengesGasMargin
		return bind.Transact(inst, opts, data)
	})
	if err != nil {
		return nil, nil, challengesErr(err)
	}
	var own []*types.Log
	for _, l := range logs {
		if l.Address == ch.addr {
			own = append(own, l)
		}
	}
	return r, own, nil
}

// challengesGasMargin is gas added to every challenges call's estimate,
// besides a quarter of it. Unused gas is not charged.
const challengesGasMargin = 100_000

func ccall[T any](ctx context.Context, ch *Challenges, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(ch.abi.Instance(ch.c.backend, ch.addr), &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		var zero T
		return zero, challengesErr(ch.c.callErr(what, err))
	}
	return v, nil
}

// ---------------------------------------------------------------- parameters

// ChallengeParams are the challenges' parameters (Challenges.setParams; the
// bounds are the contract's, see docs/contracts.md).
type ChallengeParams struct {
	Period       time.Duration `json:"period"`       // at most one storage challenge per bucket per period (whole seconds)
	SeedDelay    uint16        `json:"seedDelay"`    // blocks from challengeStorage to the seed block
	Window       time.Duration `json:"window"`       // how long an activated challenge stays open (whole seconds)
	Attesters    uint8         `json:"attesters"`    // k
	Positions    uint8         `json:"positions"`    // m
	DecayBps     uint16        `json:"decayBps"`     // the reputation's λ in basis points
	ThresholdBps uint16        `json:"thresholdBps"` // a score below it is BelowThreshold
}

// DefaultChallengeParams are the parameters a new contract starts with.
func DefaultChallengeParams() ChallengeParams {
	return ChallengeParams{Period: 24 * time.Hour, SeedDelay: 2, Window: 10 * time.Minute, Attesters: 3, Positions: 4,
		DecayBps: 9_500, ThresholdBps: 6_000}
}

// Params reads the parameters in force.
func (ch *Challenges) Params(ctx context.Context) (*ChallengeParams, error) {
	p, err := ccall(ctx, ch, "getParams", ch.abi.PackGetParams(), ch.abi.UnpackGetParams)
	if err != nil {
		return nil, err
	}
	return &ChallengeParams{Period: time.Duration(p.Period) * time.Second, SeedDelay: p.SeedDelay,
		Window: time.Duration(p.Window) * time.Second, Attesters: p.Attesters, Positions: p.Positions,
		DecayBps: p.DecayBps, ThresholdBps: p.ThresholdBps}, nil
}

// SetParams sets every parameter. Admin only.
func (ch *Challenges) SetParams(ctx context.Context, from *ecdsa.PrivateKey, p ChallengeParams) (*Receipt, error) {
	r, _, err := ch.send(ctx, from, ch.abi.PackSetParams(bindings.ChallengesParams{
		Period: uint64(p.Period / time.Second), SeedDelay: p.SeedDelay, Window: uint32(p.Window / time.Second),
		Attesters: p.Attesters, Positions: p.Positions, DecayBps: p.DecayBps, ThresholdBps: p.ThresholdBps,
	}))
	return r, err
}

// Admin is the account that sets the parameters.
func (ch *Challenges) Admin(ctx context.Context) (common.Address, error) {
	return ccall(ctx, ch, "admin", ch.abi.PackAdmin(), ch.abi.UnpackAdmin)
}

// SetAdmin hands the admin role to admin. Admin only.
func (ch *Challenges) SetAdmin(ctx context.Context, from *ecdsa.PrivateKey, admin common.Address) (*Receipt, error) {
	r, _, err := ch.send(ctx, from, ch.abi.PackSetAdmin(admin))
	return r, err
}

// Market is the market whose buckets the contract challenges.
func (ch *Challenges) Market(ctx context.Context) (common.Address, error) {
	return ccall(ctx, ch, "market", ch.abi.PackMarket(), ch.abi.UnpackMarket)
}

// ---------------------------------------------------------------- attesters

// Attester is an account's entry in the attester pool.
type Attester struct {
	Account    common.Address `json:"account"`
	Registered bool           `json:"registered"`
	Index      uint32         `json:"index"`  // its position in Attesters
	PeerID     hexutil.Bytes  `json:"peerId"` // binary libp2p peer ID
	GatewayURL string         `json:"gatewayUrl"`
}

// AttesterRegister puts from's account into the attester pool, or updates
// its peer ID and gateway URL.
func (ch *Challenges) AttesterRegister(ctx context.Context, from *ecdsa.PrivateKey, peerID []byte, gatewayURL string) (*Receipt, error) {
	r, _, err := ch.send(ctx, from, ch.abi.PackAttesterRegister(peerID, gatewayURL))
	return r, err
}

// AttesterLeave takes from's account out of the pool.
func (ch *Challenges) AttesterLeave(ctx context.Context, from *ecdsa.PrivateKey) (*Receipt, error) {
	r, _, err := ch.send(ctx, from, ch.abi.PackAttesterLeave())
	return r, err
}

// Attesters reads the attester pool, in the order derivations draw from.
func (ch *Challenges) Attesters(ctx context.Context) ([]common.Address, error) {
	return ccall(ctx, ch, "attesters", ch.abi.PackAttesters(), ch.abi.UnpackAttesters)
}

// Attester reads account's entry in the pool (Registered false if none).
func (ch *Challenges) Attester(ctx context.Context, account common.Address) (*Attester, error) {
	v, err := ccall(ctx, ch, "getAttester", ch.abi.PackGetAttester(account), ch.abi.UnpackGetAttester)
	if err != nil {
		return nil, err
	}
	return &Attester{Account: v.Account, Registered: v.Registered, Index: v.Index, PeerID: v.PeerId, GatewayURL: v.GatewayUrl}, nil
}

// ---------------------------------------------------------------- challenges

// ChallengeState is where a challenge is in its life.
type ChallengeState uint8

// The states of a challenge, as the contract's Status.
const (
	ChallengePending  ChallengeState = iota // created, waiting for activation
	ChallengeActive                         // open for reports until its deadline
	ChallengePassed                         // a quorum of ok reports agreed
	ChallengeFailed                         // a quorum against, or a retry's timeout
	ChallengeTimedOut                       // no quorum by the deadline: its hoster was contained and a retry made
)

func (s ChallengeState) String() string {
	switch s {
	case ChallengePending:
		return "pending"
	case ChallengeActive:
		return "active"
	case ChallengePassed:
		return "passed"
	case ChallengeFailed:
		return "failed"
	case ChallengeTimedOut:
		return "timed out"
	}
	return fmt.Sprintf("state %d", uint8(s))
}

// MarshalText gives the state's name.
func (s ChallengeState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// ChallengeDerivation is what a challenge's seed and the chain's state
// give: the hoster, the attesters, and the positions with the heads they
// are read down from.
type ChallengeDerivation struct {
	Ring          common.Address   `json:"ring"`
	HosterNode    uint32           `json:"hosterNode"` // the market's node id
	Hoster        common.Address   `json:"hoster"`     // its avatar
	Attesters     []common.Address `json:"attesters"`
	Members       []common.Address `json:"members"` // position i is (Members[i], Seqs[i])
	Seqs          []uint64         `json:"seqs"`
	Heads         []common.Hash    `json:"heads"`    // Members[i]'s head digest on chain at activation
	HeadSeqs      []uint64         `json:"headSeqs"` // and its seq
	PositionsHash common.Hash      `json:"positionsHash"`
}

// ChallengeCreated is a new challenge: derived from the hash of SeedBlock.
type ChallengeCreated struct {
	ID         uint64 `json:"id"`
	BucketID   uint64 `json:"bucketId"`
	SeedBlock  uint64 `json:"seedBlock"`
	RetryOf    uint64 `json:"retryOf"`    // 0, or the challenge that timed out
	HosterNode uint32 `json:"hosterNode"` // a retry's hoster; 0 otherwise
}

// ActiveChallenge is an activated challenge, as ChallengeActivated says.
type ActiveChallenge struct {
	ID       uint64 `json:"id"`
	BucketID uint64 `json:"bucketId"`
	Deadline uint64 `json:"deadline"` // unix seconds
	ChallengeDerivation
}

// ChallengeReport is an attester's verdict (EIP-712 Report in the "Rings
// Challenges" domain): Positions is ChallengePositionsHash of the
// challenge's positions, Data is ChallengeDataHash of the digests of the
// log nodes the hoster delivered.
type ChallengeReport struct {
	Challenge uint64         `json:"challenge"`
	Hoster    common.Address `json:"hoster"` // the hoster's avatar
	Positions common.Hash    `json:"positions"`
	Data      common.Hash    `json:"data"`
	OK        bool           `json:"ok"`
}

// ChallengeVote is one selected attester's vote.
type ChallengeVote struct {
	Attester common.Address `json:"attester"`
	Reported bool           `json:"reported"`
	OK       bool           `json:"ok"`
	Data     common.Hash    `json:"data"`
}

// ChallengeStatus is a challenge's whole state. Derivation is empty until
// activation (a retry's HosterNode excepted).
type ChallengeStatus struct {
	ID         uint64              `json:"id"`
	BucketID   uint64              `json:"bucketId"`
	RetryOf    uint64              `json:"retryOf"`
	State      ChallengeState      `json:"state"`
	SeedBlock  uint64              `json:"seedBlock"`
	Deadline   uint64              `json:"deadline"`
	Reports    uint8               `json:"reports"`
	MaxAgree   uint8               `json:"maxAgree"`
	Derivation ChallengeDerivation `json:"derivation"`
	Votes      []ChallengeVote     `json:"votes"`
}

// ChallengeOutcome is how a challenge ended (ChallengeResolved), and for a
// first timeout the retry made.
type ChallengeOutcome struct {
	ID       uint64         `json:"id"`
	NodeID   uint32         `json:"nodeId"`
	Outcome  ChallengeState `json:"outcome"` // ChallengePassed, ChallengeFailed or ChallengeTimedOut
	Data     common.Hash    `json:"data"`    // the agreed data of a pass
	TimedOut bool           `json:"timedOut"`
	RetryID  uint64         `json:"retryId"` // the retry a first timeout made
}

// ChallengeStorage challenges the storage of a bucket (anyone may, once
// per bucket per period) and returns the new challenge.
func (ch *Challenges) ChallengeStorage(ctx context.Context, from *ecdsa.PrivateKey, bucketID uint64) (*ChallengeCreated, *Receipt, error) {
	r, logs, err := ch.send(ctx, from, ch.abi.PackChallengeStorage(bucketID))
	if err != nil {
		return nil, nil, err
	}
	for _, l := range logs {
		if ev, err := ch.abi.UnpackChallengeCreatedEvent(l); err == nil {
			return createdOf(ev), r, nil
		}
	}
	return nil, nil, fmt.Errorf("chain: challengeStorage %s emitted no ChallengeCreated", r.TxHash.Hex())
}

// Activate derives and opens a challenge once its seed block is mined.
// Anyone may.
func (ch *Challenges) Activate(ctx context.Context, from *ecdsa.PrivateKey, id uint64) (*ActiveChallenge, *Receipt, error) {
	r, logs, err := ch.send(ctx, from, ch.abi.PackActivate(new(big.Int).SetUint64(id)))
	if err != nil {
		return nil, nil, err
	}
	for _, l := range logs {
		if ev, err := ch.abi.UnpackChallengeActivatedEvent(l); err == nil {
			return activeOf(ev), r, nil
		}
	}
	return nil, nil, fmt.Errorf("chain: activate %s emitted no ChallengeActivated", r.TxHash.Hex())
}

// Reseed gives a pending challenge whose seed hash is gone a new seed
// block, and returns it. Anyone may.
func (ch *Challenges) Reseed(ctx context.Context, from *ecdsa.PrivateKey, id uint64) (uint64, *Receipt, error) {
	r, logs, err := ch.send(ctx, from, ch.abi.PackReseed(new(big.Int).SetUint64(id)))
	if err != nil {
		return 0, nil, err
	}
	for _, l := range logs {
		if ev, err := ch.abi.UnpackChallengeReseededEvent(l); err == nil {
			return ev.SeedBlock, r, nil
		}
	}
	return 0, nil, fmt.Errorf("chain: reseed %s emitted no ChallengeReseeded", r.TxHash.Hex())
}

// SubmitReport relays an attester's signed report, with the hoster's
// receipt for an ok one (nil for a failing one). The outcome is nil unless
// the report resolved the challenge.
func (ch *Challenges) SubmitReport(ctx context.Context, from *ecdsa.PrivateKey, rep ChallengeReport, attesterSig, hosterSig []byte) (*ChallengeOutcome, *Receipt, error) {
	r, logs, err := ch.send(ctx, from, ch.abi.PackSubmitReport(reportBinding(rep), attesterSig, hosterSig))
	if err != nil {
		return nil, nil, err
	}
	return ch.outcome(logs), r, nil
}

// Resolve closes a challenge past its deadline without a quorum. Anyone
// may. A first timeout's outcome names the retry it made.
func (ch *Challenges) Resolve(ctx context.Context, from *ecdsa.PrivateKey, id uint64) (*ChallengeOutcome, *Receipt, error) {
	r, logs, err := ch.send(ctx, from, ch.abi.PackResolve(new(big.Int).SetUint64(id)))
	if err != nil {
		return nil, nil, err
	}
	o := ch.outcome(logs)
	if o == nil {
		return nil, nil, fmt.Errorf("chain: resolve %s emitted no ChallengeResolved", r.TxHash.Hex())
	}
	return o, r, nil
}

func (ch *Challenges) outcome(logs []*types.Log) *ChallengeOutcome {
	var o *ChallengeOutcome
	for _, l := range logs {
		if ev, err := ch.abi.UnpackChallengeResolvedEvent(l); err == nil {
			o = outcomeOf(ev)
		} else if ev, err := ch.abi.UnpackChallengeCreatedEvent(l); err == nil && o != nil {
			o.RetryID = ev.Id.Uint64()
		}
	}
	return o
}

// Challenge reads a challenge's whole state.
func (ch *Challenges) Challenge(ctx context.Context, id uint64) (*ChallengeStatus, error) {
	v, err := ccall(ctx, ch, "getChallenge", ch.abi.PackGetChallenge(new(big.Int).SetUint64(id)), ch.abi.UnpackGetChallenge)
	if err != nil {
		return nil, err
	}
	s := &ChallengeStatus{ID: v.Id.Uint64(), BucketID: v.BucketId, RetryOf: v.RetryOf.Uint64(), State: ChallengeState(v.Status),
		SeedBlock: v.SeedBlock, Deadline: v.Deadline, Reports: v.Reports, MaxAgree: v.MaxAgree,
		Derivation: derivationOf(v.D), Votes: make([]ChallengeVote, len(v.Votes))}
	for i, vo := range v.Votes {
		s.Votes[i] = ChallengeVote{Attester: vo.Attester, Reported: vo.Reported, OK: vo.Ok, Data: vo.Data}
	}
	return s, nil
}

// Derive reads what activating the challenge would store now (the
// contract's derive view), once its seed block is mined.
func (ch *Challenges) Derive(ctx context.Context, id uint64) (*ChallengeDerivation, error) {
	v, err := ccall(ctx, ch, "derive", ch.abi.PackDerive(new(big.Int).SetUint64(id)), ch.abi.UnpackDerive)
	if err != nil {
		return nil, err
	}
	d := derivationOf(v)
	return &d, nil
}

// ChallengeCount is the number of challenges made; ids run from 1 to it.
func (ch *Challenges) ChallengeCount(ctx context.Context) (uint64, error) {
	n, err := ccall(ctx, ch, "challengeCount", ch.abi.PackChallengeCount(), ch.abi.UnpackChallengeCount)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// LastChallenged is when challengeStorage last challenged the bucket (unix
// seconds; 0: never). The next may come a period later.
func (ch *Challenges) LastChallenged(ctx context.Context, bucketID uint64) (uint64, error) {
	return ccall(ctx, ch, "lastChallenged", ch.abi.PackLastChallenged(bucketID), ch.abi.UnpackLastChallenged)
}

// ---------------------------------------------------------------- reputation

// NodeReputation is a node's standing: Alpha and Beta in 1e18 fixed point,
// ScoreBps = Alpha / (Alpha + Beta) in basis points (10,000 before any
// outcome), and its outcomes so far.
type NodeReputation struct {
	NodeID    uint32   `json:"nodeId"`
	Alpha     *big.Int `json:"alpha"`
	Beta      *big.Int `json:"beta"`
	ScoreBps  uint64   `json:"scoreBps"`
	Contained bool     `json:"contained"`
	Passes    uint32   `json:"passes"`
	Fails     uint32   `json:"fails"`
	Timeouts  uint32   `json:"timeouts"`
}

// PeriodRecord is a node's outcomes in one period (period index = the
// resolution's time / the period).
type PeriodRecord struct {
	NodeID   uint32 `json:"nodeId"`
	Period   uint64 `json:"period"`
	Passes   uint32 `json:"passes"`
	Fails    uint32 `json:"fails"`
	Timeouts uint32 `json:"timeouts"`
	// Graded performance grades, and their sum in basis points.
	Graded      uint32 `json:"graded"`
	GradeSumBps uint64 `json:"gradeSumBps"`
}

// Reputation reads a node's reputation.
func (ch *Challenges) Reputation(ctx context.Context, nodeID uint32) (*NodeReputation, error) {
	v, err := ccall(ctx, ch, "reputation", ch.abi.PackReputation(nodeID), ch.abi.UnpackReputation)
	if err != nil {
		return nil, err
	}
	return &NodeReputation{NodeID: nodeID, Alpha: v.Alpha, Beta: v.Beta, ScoreBps: v.ScoreBps.Uint64(), Contained: v.Contained,
		Passes: v.Passes, Fails: v.Fails, Timeouts: v.Timeouts}, nil
}

// Record reads a node's outcomes in period index period.
func (ch *Challenges) Record(ctx context.Context, nodeID uint32, period uint64) (*PeriodRecord, error) {
	v, err := ccall(ctx, ch, "record", ch.abi.PackRecord(nodeID, period), ch.abi.UnpackRecord)
	if err != nil {
		return nil, err
	}
	return &PeriodRecord{NodeID: nodeID, Period: period, Passes: v.Passes, Fails: v.Fails, Timeouts: v.Timeouts,
		Graded: v.Graded, GradeSumBps: v.GradeSumBps}, nil
}

// BelowThreshold reports whether a node's score is below the threshold.
func (ch *Challenges) BelowThreshold(ctx context.Context, nodeID uint32) (bool, error) {
	s, err := ch.Standing(ctx, nodeID)
	if err != nil {
		return false, err
	}
	return s.Below, nil
}

// LastFailedAt is the block time (unix seconds) of the node's latest Fail —
// a failed challenge, or a retry's or a contained node's timeout; a first
// timeout is not one — and 0 if it never failed. A distribution of the
// market pays no share to a node that failed since the cluster's previous
// distribution.
func (ch *Challenges) LastFailedAt(ctx context.Context, nodeID uint32) (uint64, error) {
	return ccall(ctx, ch, "lastFailedAt", ch.abi.PackLastFailedAt(nodeID), ch.abi.UnpackLastFailedAt)
}

// NodeStanding is what the market's amendments read of a node: whether its
// score is below the threshold, the score, and its outcomes (passes +
// fails) so far. The market replaces a node that is Below with at least
// MinAmendOutcomes outcomes.
type NodeStanding struct {
	NodeID   uint32 `json:"nodeId"`
	Below    bool   `json:"below"`
	ScoreBps uint64 `json:"scoreBps"`
	Outcomes uint64 `json:"outcomes"`
}

// Replaceable reports whether the market's AmendCluster may replace the
// node on this standing.
func (s NodeStanding) Replaceable() bool { return s.Below && s.Outcomes >= MinAmendOutcomes }

// Standing reads a node's standing.
func (ch *Challenges) Standing(ctx context.Context, nodeID uint32) (*NodeStanding, error) {
	v, err := ccall(ctx, ch, "standing", ch.abi.PackStanding(nodeID), ch.abi.UnpackStanding)
	if err != nil {
		return nil, err
	}
	return &NodeStanding{NodeID: nodeID, Below: v.Below, ScoreBps: v.ScoreBps.Uint64(), Outcomes: v.Outcomes.Uint64()}, nil
}

// CurrentPeriod is the period index at the latest block.
func (ch *Challenges) CurrentPeriod(ctx context.Context) (uint64, error) {
	return ccall(ctx, ch, "currentPeriod", ch.abi.PackCurrentPeriod(), ch.abi.UnpackCurrentPeriod)
}

// ---------------------------------------------------------------- events

// ChallengeEvent is one decoded event of the Challenges contract: a
// *ChallengeCreated, *ChallengeReseeded, *ActiveChallenge,
// *ChallengeReportEvent, *ChallengeOutcome (ChallengeResolved; RetryID is
// not set, the retry is the next ChallengeCreated), *NodeContainment,
// *ReputationChange, *AttesterChange, *ChallengeParamsSet,
// *ChallengeAdminSet, *TermsChange, *PerformanceMeasured or
// *PerformanceGrade (PerformanceGraded; Reports and Votes are not set).
type ChallengeEvent interface{ challengeEvent() }

// ChallengeReseeded is a pending challenge's new seed block.
type ChallengeReseeded struct {
	ID        uint64 `json:"id"`
	SeedBlock uint64 `json:"seedBlock"`
}

// ChallengeReportEvent is a report the contract took (ReportSubmitted).
type ChallengeReportEvent struct {
	ID       uint64         `json:"id"`
	Attester common.Address `json:"attester"`
	OK       bool           `json:"ok"`
	Data     common.Hash    `json:"data"`
}

// NodeContainment is a node contained by a timeout, or released by its
// retry's outcome (NodeContained).
type NodeContainment struct {
	NodeID    uint32 `json:"nodeId"`
	Contained bool   `json:"contained"`
	Challenge uint64 `json:"challenge"`
}

// ReputationChange is a node's reputation after an outcome.
type ReputationChange struct {
	NodeID   uint32   `json:"nodeId"`
	Alpha    *big.Int `json:"alpha"`
	Beta     *big.Int `json:"beta"`
	ScoreBps uint64   `json:"scoreBps"`
}

// AttesterChange is an attester joining (Registered), updating its entry
// (Updated) or leaving (neither).
type AttesterChange struct {
	Attester   common.Address `json:"attester"`
	Registered bool           `json:"registered"`
	Updated    bool           `json:"updated"`
	PeerID     hexutil.Bytes  `json:"peerId"`
	GatewayURL string         `json:"gatewayUrl"`
}

// ChallengeParamsSet is a change of the parameters.
type ChallengeParamsSet struct{ ChallengeParams }

// ChallengeAdminSet is a new admin.
type ChallengeAdminSet struct {
	Admin common.Address `json:"admin"`
}

// TermsChange is a bucket's new performance terms (TermsSet).
type TermsChange struct {
	BucketID uint64 `json:"bucketId"`
	PerformanceTerms
}

// PerformanceMeasured is a measurement the contract took
// (PerformanceReported; Hoster is not set).
type PerformanceMeasured struct {
	Attester common.Address `json:"attester"`
	PerformanceReport
}

func (*TermsChange) challengeEvent()          {}
func (*PerformanceMeasured) challengeEvent()  {}
func (*PerformanceGrade) challengeEvent()     {}
func (*ChallengeCreated) challengeEvent()     {}
func (*ChallengeReseeded) challengeEvent()    {}
func (*ActiveChallenge) challengeEvent()      {}
func (*ChallengeReportEvent) challengeEvent() {}
func (*ChallengeOutcome) challengeEvent()     {}
func (*NodeContainment) challengeEvent()      {}
func (*ReputationChange) challengeEvent()     {}
func (*AttesterChange) challengeEvent()       {}
func (*ChallengeParamsSet) challengeEvent()   {}
func (*ChallengeAdminSet) challengeEvent()    {}

var (
	_ ChallengeEvent = (*ChallengeCreated)(nil)
	_ ChallengeEvent = (*ChallengeReseeded)(nil)
	_ ChallengeEvent = (*ActiveChallenge)(nil)
	_ ChallengeEvent = (*ChallengeReportEvent)(nil)
	_ ChallengeEvent = (*ChallengeOutcome)(nil)
	_ ChallengeEvent = (*NodeContainment)(nil)
	_ ChallengeEvent = (*ReputationChange)(nil)
	_ ChallengeEvent = (*AttesterChange)(nil)
	_ ChallengeEvent = (*ChallengeParamsSet)(nil)
	_ ChallengeEvent = (*ChallengeAdminSet)(nil)
	_ ChallengeEvent = (*TermsChange)(nil)
	_ ChallengeEvent = (*PerformanceMeasured)(nil)
	_ ChallengeEvent = (*PerformanceGrade)(nil)
	_ error          = (*ChallengeError)(nil)
)

// ErrNotChallengeEvent is returned by DecodeLog for a log that is not one
// of the contract's events.
var ErrNotChallengeEvent = errors.New("chain: not an event of the challenges contract")

// DecodeLog decodes one log of the contract.
func (ch *Challenges) DecodeLog(l *types.Log) (ChallengeEvent, error) {
	if l.Address != ch.addr || len(l.Topics) == 0 {
		return nil, ErrNotChallengeEvent
	}
	a := ch.abi
	var ev ChallengeEvent
	var err error
	switch l.Topics[0] {
	case a.GetABI().Events["ChallengeCreated"].ID:
		var e *bindings.ChallengesChallengeCreated
		if e, err = a.UnpackChallengeCreatedEvent(l); err == nil {
			ev = createdOf(e)
		}
	case a.GetABI().Events["ChallengeReseeded"].ID:
		var e *bindings.ChallengesChallengeReseeded
		if e, err = a.UnpackChallengeReseededEvent(l); err == nil {
			ev = &ChallengeReseeded{ID: e.Id.Uint64(), SeedBlock: e.SeedBlock}
		}
	case a.GetABI().Events["ChallengeActivated"].ID:
		var e *bindings.ChallengesChallengeActivated
		if e, err = a.UnpackChallengeActivatedEvent(l); err == nil {
			ev = activeOf(e)
		}
	case a.GetABI().Events["ReportSubmitted"].ID:
		var e *bindings.ChallengesReportSubmitted
		if e, err = a.UnpackReportSubmittedEvent(l); err == nil {
			ev = &ChallengeReportEvent{ID: e.Id.Uint64(), Attester: e.Attester, OK: e.Ok, Data: e.Data}
		}
	case a.GetABI().Events["ChallengeResolved"].ID:
		var e *bindings.ChallengesChallengeResolved
		if e, err = a.UnpackChallengeResolvedEvent(l); err == nil {
			ev = outcomeOf(e)
		}
	case a.GetABI().Events["NodeContained"].ID:
		var e *bindings.ChallengesNodeContained
		if e, err = a.UnpackNodeContainedEvent(l); err == nil {
			ev = &NodeContainment{NodeID: e.NodeId, Contained: e.Contained, Challenge: e.Challenge.Uint64()}
		}
	case a.GetABI().Events["ReputationUpdated"].ID:
		var e *bindings.ChallengesReputationUpdated
		if e, err = a.UnpackReputationUpdatedEvent(l); err == nil {
			ev = &ReputationChange{NodeID: e.NodeId, Alpha: e.Alpha, Beta: e.Beta, ScoreBps: e.ScoreBps.Uint64()}
		}
	case a.GetABI().Events["AttesterRegistered"].ID:
		var e *bindings.ChallengesAttesterRegistered
		if e, err = a.UnpackAttesterRegisteredEvent(l); err == nil {
			ev = &AttesterChange{Attester: e.Attester, Registered: true, PeerID: e.PeerId, GatewayURL: e.GatewayUrl}
		}
	case a.GetABI().Events["AttesterUpdated"].ID:
		var e *bindings.ChallengesAttesterUpdated
		if e, err = a.UnpackAttesterUpdatedEvent(l); err == nil {
			ev = &AttesterChange{Attester: e.Attester, Registered: true, Updated: true, PeerID: e.PeerId, GatewayURL: e.GatewayUrl}
		}
	case a.GetABI().Events["AttesterLeft"].ID:
		var e *bindings.ChallengesAttesterLeft
		if e, err = a.UnpackAttesterLeftEvent(l); err == nil {
			ev = &AttesterChange{Attester: e.Attester}
		}
	case a.GetABI().Events["ParamsSet"].ID:
		var e *bindings.ChallengesParamsSet
		if e, err = a.UnpackParamsSetEvent(l); err == nil {
			ev = &ChallengeParamsSet{ChallengeParams{Period: time.Duration(e.Period) * time.Second, SeedDelay: e.SeedDelay,
				Window: time.Duration(e.Window) * time.Second, Attesters: e.Attesters, Positions: e.Positions,
				DecayBps: e.DecayBps, ThresholdBps: e.ThresholdBps}}
		}
	case a.GetABI().Events["TermsSet"].ID:
		var e *bindings.ChallengesTermsSet
		if e, err = a.UnpackTermsSetEvent(l); err == nil {
			ev = &TermsChange{BucketID: e.BucketId, PerformanceTerms: PerformanceTerms{
				MinAvailabilityBps: e.MinAvailabilityBps, MaxP50Ms: e.MaxP50Ms, MinBandwidth: e.MinBandwidth}}
		}
	case a.GetABI().Events["PerformanceReported"].ID:
		var e *bindings.ChallengesPerformanceReported
		if e, err = a.UnpackPerformanceReportedEvent(l); err == nil {
			ev = &PerformanceMeasured{Attester: e.Attester, PerformanceReport: PerformanceReport{Challenge: e.Id.Uint64(),
				AvailabilityBps: e.AvailabilityBps, P50Ms: e.P50Ms, Bandwidth: e.Bandwidth}}
		}
	case a.GetABI().Events["PerformanceGraded"].ID:
		var e *bindings.ChallengesPerformanceGraded
		if e, err = a.UnpackPerformanceGradedEvent(l); err == nil {
			ev = gradedOf(e)
		}
	case a.GetABI().Events["AdminSet"].ID:
		var e *bindings.ChallengesAdminSet
		if e, err = a.UnpackAdminSetEvent(l); err == nil {
			ev = &ChallengeAdminSet{Admin: e.Admin}
		}
	default:
		return nil, ErrNotChallengeEvent
	}
	if err != nil {
		return nil, fmt.Errorf("chain: decoding a challenges log of tx %s: %w", l.TxHash.Hex(), err)
	}
	return ev, nil
}

// Events reads the contract's events in blocks from..to (inclusive), in
// chain order.
func (ch *Challenges) Events(ctx context.Context, from, to uint64) ([]ChallengeEvent, error) {
	logs, err := ch.c.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{ch.addr},
	})
	if err != nil {
		return nil, fmt.Errorf("chain: reading challenges events %d..%d: %w", from, to, err)
	}
	out := make([]ChallengeEvent, 0, len(logs))
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := ch.DecodeLog(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, nil
}

func createdOf(e *bindings.ChallengesChallengeCreated) *ChallengeCreated {
	return &ChallengeCreated{ID: e.Id.Uint64(), BucketID: e.BucketId, SeedBlock: e.SeedBlock, RetryOf: e.RetryOf.Uint64(), HosterNode: e.HosterNode}
}

func activeOf(e *bindings.ChallengesChallengeActivated) *ActiveChallenge {
	return &ActiveChallenge{ID: e.Id.Uint64(), BucketID: e.BucketId, Deadline: e.Deadline, ChallengeDerivation: derivationOf(e.D)}
}

func outcomeOf(e *bindings.ChallengesChallengeResolved) *ChallengeOutcome {
	return &ChallengeOutcome{ID: e.Id.Uint64(), NodeID: e.NodeId, Outcome: ChallengeState(e.Outcome), Data: e.Data, TimedOut: e.TimedOut}
}

func derivationOf(d bindings.ChallengesDerivation) ChallengeDerivation {
	heads := make([]common.Hash, len(d.Heads))
	for i, h := range d.Heads {
		heads[i] = h
	}
	return ChallengeDerivation{Ring: d.Ring, HosterNode: d.HosterNode, Hoster: d.Hoster, Attesters: d.Attesters,
		Members: d.Members, Seqs: d.Seqs, Heads: heads, HeadSeqs: d.HeadSeqs, PositionsHash: d.PositionsHash}
}

func reportBinding(r ChallengeReport) bindings.ChallengesReport {
	return bindings.ChallengesReport{Challenge: new(big.Int).SetUint64(r.Challenge), Hoster: r.Hoster, Positions: r.Positions, Data: r.Data, Ok: r.OK}
}

// ---------------------------------------------------------------- EIP-712

var (
	challengesName = crypto.Keccak256Hash([]byte("Rings Challenges"))
	reportType     = crypto.Keccak256Hash([]byte("Report(uint256 challenge,address hoster,bytes32 positions,bytes32 data,bool ok)"))
	receiptType    = crypto.Keccak256Hash([]byte("Receipt(uint256 challenge,address attester,bytes32 data)"))
)

func challengesDomain(chainID uint64, contract common.Address) common.Hash {
	return crypto.Keccak256Hash(marketDomainType[:], challengesName[:], marketVersion[:],
		word(new(big.Int).SetUint64(chainID)), common.LeftPadBytes(contract[:], 32))
}

// ChallengeReportDigest is the EIP-712 digest of r in the domain of the
// challenges contract at contract on chain chainID: what the attester signs
// (65 bytes, v 27/28, as schemas.Sign makes).
func ChallengeReportDigest(chainID uint64, contract common.Address, r ChallengeReport) common.Hash {
	ok := make([]byte, 32)
	if r.OK {
		ok[31] = 1
	}
	st := crypto.Keccak256Hash(reportType[:], word(new(big.Int).SetUint64(r.Challenge)), common.LeftPadBytes(r.Hoster[:], 32),
		r.Positions[:], r.Data[:], ok)
	d := challengesDomain(chainID, contract)
	return crypto.Keccak256Hash([]byte("\x19\x01"), d[:], st[:])
}

// ChallengeReceiptDigest is the EIP-712 digest of the hoster's Receipt that
// it delivered the nodes hashing to data to attester for challenge.
func ChallengeReceiptDigest(chainID uint64, contract common.Address, challenge uint64, attester common.Address, data common.Hash) common.Hash {
	st := crypto.Keccak256Hash(receiptType[:], word(new(big.Int).SetUint64(challenge)), common.LeftPadBytes(attester[:], 32), data[:])
	d := challengesDomain(chainID, contract)
	return crypto.Keccak256Hash([]byte("\x19\x01"), d[:], st[:])
}

// ChallengePositionsHash is keccak256(abi.encode(members, seqs)) (an
// address[] and a uint64[]): the Report's positions, position i being
// (members[i], seqs[i]).
func ChallengePositionsHash(members []common.Address, seqs []uint64) common.Hash {
	buf := make([]byte, 0, 32*(4+len(members)+len(seqs)))
	buf = append(buf, word(big.NewInt(64))...)
	buf = append(buf, word(big.NewInt(int64(96+32*len(members))))...)
	buf = append(buf, word(big.NewInt(int64(len(members))))...)
	for _, m := range members {
		buf = append(buf, common.LeftPadBytes(m[:], 32)...)
	}
	buf = append(buf, word(big.NewInt(int64(len(seqs))))...)
	for _, s := range seqs {
		buf = append(buf, word(new(big.Int).SetUint64(s))...)
	}
	return crypto.Keccak256Hash(buf)
}

// ChallengeDataHash is keccak256(abi.encodePacked(digests)): the Report's
// data, over the 32-byte sha2-256 digests (as the chain stores heads: the
// multihash digest of the dag-cbor block's CIDv1) of the log nodes at the
// challenged positions, in order.
func ChallengeDataHash(digests []common.Hash) common.Hash {
	buf := make([]byte, 0, 32*len(digests))
	for _, d := range digests {
		buf = append(buf, d[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// ---------------------------------------------------------------- derivation

// ChallengeInputs is everything a challenge's derivation depends on, as
// the chain holds it when the challenge is activated.
type ChallengeInputs struct {
	SeedHash common.Hash // the hash of the challenge's seed block
	ID       uint64      // the challenge
	BucketID uint64
	Ring     common.Address // the bucket's ring
	// Nodes are the nodes of the bucket's cluster in the market's order
	// (MarketBucket.Nodes); only NodeID and Avatar matter.
	Nodes []MarketNode
	// HosterNode and Hoster (its avatar) are a retry's fixed hoster; with
	// HosterNode 0 the hoster is derived.
	HosterNode uint32
	Hoster     common.Address
	Pool       []common.Address // the attester pool in the contract's order (Challenges.Attesters)
	Heads      []MemberHead     // the ring's members with their heads, in list order (RingState.Members)
	Attesters  int              // k
	Positions  int              // m
}

// DeriveChallenge recomputes a challenge's hoster, attesters and positions
// exactly as the contract's activate does (see Challenges.sol):
// seed = keccak256(abi.encode(seedHash, id, bucketId)) and
// word(tag, i) = keccak256(abi.encode(seed, tag, i)). Its refusals match
// the contract's: ErrChallengeRefused when the cluster has no nodes, no
// member has flushed, or the pool has fewer than k eligible attesters.
func DeriveChallenge(in ChallengeInputs) (*ChallengeDerivation, error) {
	seed := crypto.Keccak256Hash(in.SeedHash[:], word(new(big.Int).SetUint64(in.ID)), word(new(big.Int).SetUint64(in.BucketID)))
	w := func(tag, i uint64) *big.Int {
		return new(big.Int).SetBytes(crypto.Keccak256(seed[:], word(new(big.Int).SetUint64(tag)), word(new(big.Int).SetUint64(i))))
	}
	mod := func(x *big.Int, n uint64) uint64 { return new(big.Int).Mod(x, new(big.Int).SetUint64(n)).Uint64() }

	d := &ChallengeDerivation{Ring: in.Ring, HosterNode: in.HosterNode, Hoster: in.Hoster}
	if in.HosterNode == 0 {
		if len(in.Nodes) == 0 {
			return nil, fmt.Errorf("%w: the bucket's cluster has no nodes", ErrChallengeRefused)
		}
		h := in.Nodes[mod(w(0, 0), uint64(len(in.Nodes)))]
		d.HosterNode, d.Hoster = h.NodeID, h.Avatar
	}

	// Attesters: a lazy Fisher–Yates shuffle of the pool, skipping the
	// cluster's avatars and the hoster.
	excludedSet := map[common.Address]bool{d.Hoster: true}
	for _, n := range in.Nodes {
		excludedSet[n.Avatar] = true
	}
	inPool := map[common.Address]bool{}
	for _, a := range in.Pool {
		inPool[a] = true
	}
	excluded := 0
	for a := range excludedSet {
		if inPool[a] {
			excluded++
		}
	}
	n := uint64(len(in.Pool))
	if eligible := len(in.Pool) - excluded; eligible < in.Attesters {
		return nil, fmt.Errorf("%w: %d eligible attesters in the pool, %d needed", ErrChallengeRefused, eligible, in.Attesters)
	}
	swapped := map[uint64]uint64{}
	at := func(i uint64) uint64 {
		if v, ok := swapped[i]; ok {
			return v
		}
		return i
	}
	d.Attesters = make([]common.Address, 0, in.Attesters)
	for j := uint64(0); len(d.Attesters) < in.Attesters; j++ {
		r := j + mod(w(1, j), n-j)
		picked, atJ := at(r), at(j)
		swapped[r] = atJ
		if a := in.Pool[picked]; !excludedSet[a] {
			d.Attesters = append(d.Attesters, a)
		}
	}

	// Positions among the members with a flushed log.
	var flushed []MemberHead
	for _, h := range in.Heads {
		if h.Seq != 0 {
			flushed = append(flushed, h)
		}
	}
	if len(flushed) == 0 {
		return nil, fmt.Errorf("%w: no member of ring %s has flushed a log", ErrChallengeRefused, in.Ring.Hex())
	}
	for i := range uint64(in.Positions) {
		h := flushed[mod(w(2, i), uint64(len(flushed)))]
		d.Members = append(d.Members, h.Member)
		d.Seqs = append(d.Seqs, 1+mod(w(3, i), h.Seq))
		d.Heads = append(d.Heads, h.Head)
		d.HeadSeqs = append(d.HeadSeqs, h.Seq)
	}
	d.PositionsHash = ChallengePositionsHash(d.Members, d.Seqs)
	return d, nil
}
