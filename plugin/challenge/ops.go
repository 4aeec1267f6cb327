package challenge

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// ErrNoContract is returned by the operator's commands on a node that
// knows no Challenges contract (an external chain without
// Challenges.Address).
var ErrNoContract = errors.New("this node knows no challenges contract")

// Bounds of the operator's reads: every list walks back from the newest
// challenge, one getChallenge call each.
const (
	// RecentChallenges is how many of the newest challenges
	// `challenge ls` shows without --all.
	RecentChallenges = 20
	// OpenScan is how far back `challenge ls` looks for challenges still
	// open (pending or active) beyond the RecentChallenges newest.
	OpenScan = 200
	// NodeChallenges is how many of a node's last challenges as hoster
	// NodeStatus gives, found among the NodeScan newest challenges.
	NodeChallenges = 10
	NodeScan       = 256
)

// OpsOptions are Ops's extras.
type OpsOptions struct {
	// Fund tops up an avatar's account for gas before it sends (the
	// embedded chain's faucet, market.Service.Fund); nil: the avatar pays.
	Fund func(ctx context.Context, a *avatar.Avatar) error
	// Peer is this node's peer ID: an attester's default peer.
	Peer peer.ID
	// Gateway returns this node's ring gateway URL, an attester's default
	// gateway ("" if none).
	Gateway func() string
	// MineBlock seals a block on a chain that seals them only for
	// transactions (the embedded dev chain), so that a seed block comes;
	// nil on a real chain, whose blocks come by themselves.
	MineBlock func() error
	// SeedWait is how long TriggerStorage with activate waits for the seed
	// block on a real chain. Default 10 minutes.
	SeedWait time.Duration
}

// Ops is what an operator does about challenges by hand, for the
// `ipfs ring attester` and `ipfs ring challenge` commands and the
// reputation in `ipfs ring market node status`: it registers this node's
// avatars as attesters (each avatar pays its own gas, funded by
// OpsOptions.Fund), triggers, activates, reseeds and resolves challenges
// (sent from the node's relayer: anyone may), and reads the pool, the
// challenges and the nodes' reputations. It keeps no state.
type Ops struct {
	ch     *chain.Challenges
	m      *chain.Market
	keys   avatar.Keystore
	sender *ecdsa.PrivateKey
	opts   OpsOptions
}

// NewOps returns the operations on ch and its market m (nil: the one ch
// reads, looked up at each use), signing the attesters' calls with keys'
// avatars and sending the rest from sender.
func NewOps(ch *chain.Challenges, m *chain.Market, keys avatar.Keystore, sender *ecdsa.PrivateKey, opts OpsOptions) *Ops {
	if opts.Gateway == nil {
		opts.Gateway = func() string { return "" }
	}
	if opts.SeedWait <= 0 {
		opts.SeedWait = 10 * time.Minute
	}
	return &Ops{ch: ch, m: m, keys: keys, sender: sender, opts: opts}
}

// Address is the Challenges contract's address.
func (o *Ops) Address() common.Address { return o.ch.Address() }

// market is the market the contract challenges.
func (o *Ops) market(ctx context.Context) (*chain.Market, error) {
	if o.m != nil {
		return o.m, nil
	}
	addr, err := o.ch.Market(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the challenges' market: %w", err)
	}
	return chain.NewMarket(ctx, o.ch.Client(), addr)
}

// ---------------------------------------------------------------- outputs

// Tx is a sent call: its sender and receipt.
type Tx struct {
	From common.Address `json:"from"`
	Tx   *chain.Receipt `json:"tx"`
}

// AttesterInfo is an attester's entry in the pool, with its peer ID as
// text and the keystore name of the avatar on this node, if it is one.
type AttesterInfo struct {
	chain.Attester
	Peer string `json:"peer"` // PeerID as text; "" when the bytes are no peer ID
	Name string `json:"name,omitempty"`
}

// AttesterPool is the attester pool, in the order derivations draw from.
type AttesterPool struct {
	Attesters []AttesterInfo `json:"attesters"`
	// Draws is how many attesters a challenge draws (the parameter k),
	// none of them a node of the challenged cluster.
	Draws uint8 `json:"draws"`
}

// AttesterChanged is the output of a registration or a leave: the
// account's entry after the call (Registered false after a leave).
type AttesterChanged struct {
	Tx
	Attester AttesterInfo `json:"attester"`
	// Updated: the account was in the pool already; its peer and gateway
	// were replaced.
	Updated bool `json:"updated,omitempty"`
}

// State is a challenge's state, written and read in JSON by its name:
// "pending", "active", "passed", "failed", "timed out" (the commands'
// outputs are decoded again by the CLI to print them).
type State chain.ChallengeState

func (s State) String() string { return chain.ChallengeState(s).String() }

// MarshalText gives the state's name.
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a state's name.
func (s *State) UnmarshalText(b []byte) error {
	for st := chain.ChallengePending; st <= chain.ChallengeTimedOut; st++ {
		if st.String() == string(b) {
			*s = State(st)
			return nil
		}
	}
	return fmt.Errorf("challenge: unknown state %q", b)
}

// Open reports whether a challenge in this state can still change:
// pending or active.
func (s State) Open() bool {
	return chain.ChallengeState(s) == chain.ChallengePending || chain.ChallengeState(s) == chain.ChallengeActive
}

// Status is a challenge's whole state, as chain.ChallengeStatus (the
// derivation is empty until activation, but a retry's HosterNode).
type Status struct {
	ID         uint64                    `json:"id"`
	BucketID   uint64                    `json:"bucketId"`
	RetryOf    uint64                    `json:"retryOf"`
	State      State                     `json:"state"`
	SeedBlock  uint64                    `json:"seedBlock"`
	Deadline   uint64                    `json:"deadline"` // unix seconds; 0 while pending
	Reports    uint8                     `json:"reports"`
	MaxAgree   uint8                     `json:"maxAgree"` // the most reports agreeing (ok with the same data, or failing)
	Derivation chain.ChallengeDerivation `json:"derivation"`
	Votes      []chain.ChallengeVote     `json:"votes"` // one per attester, in the derivation's order
}

func statusOf(s *chain.ChallengeStatus) Status {
	return Status{ID: s.ID, BucketID: s.BucketID, RetryOf: s.RetryOf, State: State(s.State), SeedBlock: s.SeedBlock,
		Deadline: s.Deadline, Reports: s.Reports, MaxAgree: s.MaxAgree, Derivation: s.Derivation, Votes: s.Votes}
}

// ChallengeList is the output of `challenge ls`, newest first.
type ChallengeList struct {
	Count      uint64   `json:"count"` // challenges made; ids run from 1 to it
	Challenges []Status `json:"challenges"`
	// Older is how many older challenges are not listed (0 with all).
	Older uint64 `json:"older"`
}

// ChallengeDetail is a challenge's whole status, with what the chain's
// newest block says about it.
type ChallengeDetail struct {
	Status
	// K is its number of attesters (while it is pending: the parameter's
	// current value), Quorum how many agreeing reports resolve it: ⌈2k/3⌉.
	K      int `json:"k"`
	Quorum int `json:"quorum"`
	// HosterPeer is the peer ID the hoster node registered in the market.
	HosterPeer string `json:"hosterPeer,omitempty"`
	// Grade is its performance grade (nil until activation): the
	// attesters' measurements so far, graded once all are in or the
	// deadline has passed.
	Grade *chain.PerformanceGrade `json:"grade,omitempty"`
	// Retry is the retry a first timeout made, if any.
	Retry uint64 `json:"retry,omitempty"`
	// Block and Time are the chain's newest block and its time (unix
	// seconds) when this was read.
	Block uint64 `json:"block"`
	Time  uint64 `json:"time"`
}

// Activated is the output of an activation.
type Activated struct {
	Tx
	chain.ActiveChallenge
}

// Triggered is the output of a storage challenge's request, and with
// activate of its activation.
type Triggered struct {
	Tx
	chain.ChallengeCreated
	Activated *Activated `json:"activated,omitempty"`
}

// Reseeded is the output of a reseed.
type Reseeded struct {
	Tx
	ID        uint64 `json:"id"`
	SeedBlock uint64 `json:"seedBlock"`
}

// Resolved is the output of a resolution (chain.ChallengeOutcome).
type Resolved struct {
	Tx
	ID       uint64      `json:"id"`
	NodeID   uint32      `json:"nodeId"`
	Outcome  State       `json:"outcome"` // passed, failed or timed out
	Data     common.Hash `json:"data"`    // the agreed data of a pass
	TimedOut bool        `json:"timedOut"`
	RetryID  uint64      `json:"retryId"` // the retry a first timeout made
}

// NodeStatus is a market node with its standing in challenges.
type NodeStatus struct {
	Node *chain.MarketNode `json:"node"`
	// Reputation, BelowThreshold, Record and Challenges are nil when the
	// node knows no challenges contract; Note then says so.
	Reputation     *chain.NodeReputation `json:"reputation,omitempty"`
	ThresholdBps   uint16                `json:"thresholdBps,omitempty"`
	BelowThreshold bool                  `json:"belowThreshold"`
	// Record is the node's record in the current period, which runs from
	// PeriodStart to PeriodEnd (unix seconds).
	Record      *chain.PeriodRecord `json:"record,omitempty"`
	PeriodStart uint64              `json:"periodStart,omitempty"`
	PeriodEnd   uint64              `json:"periodEnd,omitempty"`
	// Performance is its performance grades; the mean of the unpaid ones
	// weights its share of its cluster's next distribution.
	Performance *chain.NodePerformance `json:"performance,omitempty"`
	// Challenges are the node's last challenges as hoster, newest first:
	// at most NodeChallenges among the Scanned newest.
	Challenges []Status `json:"challenges"`
	Scanned    uint64   `json:"scanned"`
	Note       string   `json:"note,omitempty"`
}

// ---------------------------------------------------------------- attesters

// AttesterRegister puts the avatar from into the attester pool, or
// updates its entry, with peerID ("" = this node's) and gatewayURL ("" =
// this node's ring gateway).
func (o *Ops) AttesterRegister(ctx context.Context, from, peerID, gatewayURL string) (*AttesterChanged, error) {
	id := o.opts.Peer
	if peerID != "" {
		var err error
		if id, err = peer.Decode(peerID); err != nil {
			return nil, fmt.Errorf("%w: --peer %q is not a peer ID: %v", ring.ErrBadArgument, peerID, err)
		}
	}
	if id == "" {
		return nil, fmt.Errorf("%w: --peer is required: this node has no peer ID to default to", ring.ErrBadArgument)
	}
	if gatewayURL == "" {
		gatewayURL = o.opts.Gateway()
	}
	if err := checkGateway(gatewayURL); err != nil {
		return nil, err
	}
	a, err := o.signer(ctx, from)
	if err != nil {
		return nil, err
	}
	before, err := o.ch.Attester(ctx, a.Address)
	if err != nil {
		return nil, err
	}
	r, err := o.ch.AttesterRegister(ctx, a.PrivateKey(), []byte(id), gatewayURL)
	if err != nil {
		return nil, err
	}
	after, err := o.attester(ctx, a.Address)
	if err != nil {
		return nil, err
	}
	return &AttesterChanged{Tx: Tx{From: a.Address, Tx: r}, Attester: *after, Updated: before.Registered}, nil
}

// maxGatewayURL is the contract's MAX_GATEWAY_URL_SIZE.
const maxGatewayURL = 256

func checkGateway(s string) error {
	if s == "" {
		return fmt.Errorf("%w: --gateway is required: this node runs no ring gateway to default to", ring.ErrBadArgument)
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%w: --gateway %q must be an http:// or https:// URL", ring.ErrBadArgument, s)
	}
	if len(s) > maxGatewayURL {
		return fmt.Errorf("%w: --gateway is %d bytes, above the contract's %d", ring.ErrBadArgument, len(s), maxGatewayURL)
	}
	return nil
}

// AttesterLeave takes the avatar from out of the pool.
func (o *Ops) AttesterLeave(ctx context.Context, from string) (*AttesterChanged, error) {
	a, err := o.signer(ctx, from)
	if err != nil {
		return nil, err
	}
	r, err := o.ch.AttesterLeave(ctx, a.PrivateKey())
	if err != nil {
		return nil, err
	}
	after, err := o.attester(ctx, a.Address)
	if err != nil {
		return nil, err
	}
	return &AttesterChanged{Tx: Tx{From: a.Address, Tx: r}, Attester: *after}, nil
}

// Attesters reads the pool.
func (o *Ops) Attesters(ctx context.Context) (*AttesterPool, error) {
	p, err := o.ch.Params(ctx)
	if err != nil {
		return nil, err
	}
	accounts, err := o.ch.Attesters(ctx)
	if err != nil {
		return nil, err
	}
	names := o.localNames()
	out := &AttesterPool{Attesters: make([]AttesterInfo, 0, len(accounts)), Draws: p.Attesters}
	for _, acct := range accounts {
		a, err := o.ch.Attester(ctx, acct)
		if err != nil {
			return nil, err
		}
		out.Attesters = append(out.Attesters, info(a, names))
	}
	return out, nil
}

func (o *Ops) attester(ctx context.Context, acct common.Address) (*AttesterInfo, error) {
	a, err := o.ch.Attester(ctx, acct)
	if err != nil {
		return nil, err
	}
	i := info(a, o.localNames())
	return &i, nil
}

func info(a *chain.Attester, names map[common.Address]string) AttesterInfo {
	i := AttesterInfo{Attester: *a, Name: names[a.Account]}
	if id, err := peer.IDFromBytes(a.PeerID); err == nil {
		i.Peer = id.String()
	}
	return i
}

// localNames are this node's avatars by address (none if the keystore
// cannot be listed: the names are a convenience).
func (o *Ops) localNames() map[common.Address]string {
	out := map[common.Address]string{}
	all, err := avatar.List(o.keys)
	if err != nil {
		return out
	}
	for _, a := range all {
		out[a.Address] = a.Name
	}
	return out
}

// signer is the avatar from, funded for gas where the node has a faucet.
func (o *Ops) signer(ctx context.Context, from string) (*avatar.Avatar, error) {
	if strings.TrimSpace(from) == "" {
		return nil, fmt.Errorf("%w: --from is required", ring.ErrBadArgument)
	}
	a, err := avatar.Load(o.keys, from)
	if err != nil {
		return nil, err
	}
	if o.opts.Fund != nil {
		if err := o.opts.Fund(ctx, a); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// ---------------------------------------------------------------- challenges

// List reads the challenges, newest first: with all, every one; else the
// RecentChallenges newest and any older one still open among the
// OpenScan newest.
func (o *Ops) List(ctx context.Context, all bool) (*ChallengeList, error) {
	n, err := o.ch.ChallengeCount(ctx)
	if err != nil {
		return nil, err
	}
	out := &ChallengeList{Count: n, Challenges: []Status{}}
	low := uint64(1)
	if !all && n > OpenScan {
		low = n - OpenScan + 1
	}
	for id := n; id >= low && id > 0; id-- {
		recent := all || n-id < RecentChallenges
		st, err := o.ch.Challenge(ctx, id)
		if err != nil {
			return nil, err
		}
		if s := statusOf(st); recent || s.State.Open() {
			out.Challenges = append(out.Challenges, s)
		}
	}
	out.Older = n - uint64(len(out.Challenges))
	return out, nil
}

// Show reads a challenge's whole status.
func (o *Ops) Show(ctx context.Context, id uint64) (*ChallengeDetail, error) {
	st, err := o.ch.Challenge(ctx, id)
	if err != nil {
		return nil, err
	}
	c := o.ch.Client()
	head, err := c.HeadNumber(ctx)
	if err != nil {
		return nil, err
	}
	at, err := c.HeadTime(ctx)
	if err != nil {
		return nil, err
	}
	out := &ChallengeDetail{Status: statusOf(st), Block: head, Time: uint64(at.Unix())}
	k := len(st.Derivation.Attesters)
	if st.State == chain.ChallengePending {
		p, err := o.ch.Params(ctx)
		if err != nil {
			return nil, err
		}
		k = int(p.Attesters)
	}
	out.K, out.Quorum = k, (2*k+2)/3
	if st.State != chain.ChallengePending {
		if out.Grade, err = o.ch.Grade(ctx, id); err != nil {
			return nil, err
		}
	}
	if hn := st.Derivation.HosterNode; hn != 0 {
		m, err := o.market(ctx)
		if err != nil {
			return nil, err
		}
		node, err := m.Node(ctx, hn)
		if err != nil {
			return nil, fmt.Errorf("challenge %d's hoster, node %d: %w", id, hn, err)
		}
		if p, err := peer.IDFromBytes(node.PeerID); err == nil {
			out.HosterPeer = p.String()
		}
	}
	if st.State == chain.ChallengeTimedOut {
		// The retry is made in the same transaction as the timeout: a few
		// ids on at most (one per challenge resolved in that block).
		n, err := o.ch.ChallengeCount(ctx)
		if err != nil {
			return nil, err
		}
		for r := id + 1; r <= n && r <= id+NodeScan; r++ {
			rs, err := o.ch.Challenge(ctx, r)
			if err != nil {
				return nil, err
			}
			if rs.RetryOf == id {
				out.Retry = r
				break
			}
		}
	}
	return out, nil
}

// TriggerStorage challenges the storage of a bucket (challengeStorage,
// sent from the relayer). With activate it then waits for the seed block
// (sealing blocks with MineBlock, else up to SeedWait) and activates the
// challenge.
func (o *Ops) TriggerStorage(ctx context.Context, bucketID uint64, activate bool) (*Triggered, error) {
	created, r, err := o.ch.ChallengeStorage(ctx, o.sender, bucketID)
	if err != nil {
		return nil, err
	}
	out := &Triggered{Tx: o.tx(r), ChallengeCreated: *created}
	if !activate {
		return out, nil
	}
	if err := o.waitSeed(ctx, created.SeedBlock); err != nil {
		return nil, fmt.Errorf("challenge %d was made (tx %s), but %w; activate it later with `ipfs ring challenge activate %d`",
			created.ID, r.TxHash.Hex(), err, created.ID)
	}
	a, err := o.Activate(ctx, created.ID)
	if err != nil {
		return nil, fmt.Errorf("challenge %d was made (tx %s), but activating it failed: %w", created.ID, r.TxHash.Hex(), err)
	}
	out.Activated = a
	return out, nil
}

// waitSeed returns once the chain's head is past seedBlock, so that an
// activation can read its hash.
func (o *Ops) waitSeed(ctx context.Context, seedBlock uint64) error {
	ctx, cancel := context.WithTimeout(ctx, o.opts.SeedWait)
	defer cancel()
	c := o.ch.Client()
	tick := time.NewTicker(2 * time.Second)
	defer tick.Stop()
	for {
		head, err := c.HeadNumber(ctx)
		if err != nil {
			return err
		}
		if head > seedBlock {
			return nil
		}
		if o.opts.MineBlock != nil {
			if err := o.opts.MineBlock(); err != nil {
				return fmt.Errorf("sealing a block for seed block %d: %w", seedBlock, err)
			}
			continue
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("seed block %d was not mined within %v (head %d)", seedBlock, o.opts.SeedWait, head)
		case <-tick.C:
		}
	}
}

// Activate derives and opens a pending challenge once a block is mined
// after its seed block (sent from the relayer).
func (o *Ops) Activate(ctx context.Context, id uint64) (*Activated, error) {
	a, r, err := o.ch.Activate(ctx, o.sender, id)
	if err != nil {
		if errors.Is(err, chain.ErrChallengeTooEarly) && o.opts.MineBlock != nil {
			// The embedded chain seals blocks only for transactions.
			return nil, fmt.Errorf("%w; activation needs a block after the seed block, and the embedded chain seals one only for a transaction: `ipfs ring chain advance 1s` seals one", err)
		}
		return nil, err
	}
	return &Activated{Tx: o.tx(r), ActiveChallenge: *a}, nil
}

// Reseed gives a pending challenge whose seed block's hash is out of the
// EVM's 256-block window a new seed block (sent from the relayer).
func (o *Ops) Reseed(ctx context.Context, id uint64) (*Reseeded, error) {
	seed, r, err := o.ch.Reseed(ctx, o.sender, id)
	if err != nil {
		return nil, err
	}
	return &Reseeded{Tx: o.tx(r), ID: id, SeedBlock: seed}, nil
}

// Resolve closes an active challenge past its deadline without a quorum
// (sent from the relayer).
func (o *Ops) Resolve(ctx context.Context, id uint64) (*Resolved, error) {
	out, r, err := o.ch.Resolve(ctx, o.sender, id)
	if errors.Is(err, chain.ErrChallengeTooEarly) {
		return nil, o.tooEarly(ctx, id, err)
	}
	if err != nil {
		return nil, err
	}
	return &Resolved{Tx: o.tx(r), ID: out.ID, NodeID: out.NodeID, Outcome: State(out.Outcome), Data: out.Data,
		TimedOut: out.TimedOut, RetryID: out.RetryID}, nil
}

// tooEarly adds to a refused resolution of an open challenge its
// deadline and the chain's time, in words.
func (o *Ops) tooEarly(ctx context.Context, id uint64, err error) error {
	st, serr := o.ch.Challenge(ctx, id)
	if serr != nil || st.State != chain.ChallengeActive {
		return err
	}
	at, serr := o.ch.Client().HeadTime(ctx)
	if serr != nil {
		return err
	}
	err = fmt.Errorf("%w: its deadline is %s, the chain's newest block is at %s", err,
		time.Unix(int64(st.Deadline), 0).UTC().Format(time.RFC3339), at.UTC().Format(time.RFC3339))
	if o.opts.MineBlock != nil {
		err = fmt.Errorf("%w; `ipfs ring chain advance` moves the embedded chain's clock", err)
	}
	return err
}

func (o *Ops) tx(r *chain.Receipt) Tx {
	return Tx{From: o.ch.Client().Relayer(), Tx: r}
}

// ---------------------------------------------------------------- terms

// Terms is a bucket's performance terms, and the call that set them.
type Terms struct {
	*Tx      `json:",omitempty"`
	BucketID uint64 `json:"bucketId"`
	chain.PerformanceTerms
}

// Terms reads a bucket's performance terms.
func (o *Ops) Terms(ctx context.Context, bucketID uint64) (*Terms, error) {
	m, err := o.market(ctx)
	if err != nil {
		return nil, err
	}
	n, err := m.BucketCount(ctx)
	if err != nil {
		return nil, err
	}
	if bucketID == 0 || bucketID > n {
		return nil, &chain.ChallengeError{Kind: chain.ErrChallengeUnknown, Reason: fmt.Sprintf("no bucket %d in the market", bucketID)}
	}
	t, err := o.ch.Terms(ctx, bucketID)
	if err != nil {
		return nil, err
	}
	return &Terms{BucketID: bucketID, PerformanceTerms: *t}, nil
}

// SetTerms sets a bucket's performance terms, sent from its owner's
// avatar from.
func (o *Ops) SetTerms(ctx context.Context, bucketID uint64, from string, t chain.PerformanceTerms) (*Terms, error) {
	a, err := o.signer(ctx, from)
	if err != nil {
		return nil, err
	}
	r, err := o.ch.SetTerms(ctx, a.PrivateKey(), bucketID, t)
	if err != nil {
		return nil, err
	}
	out, err := o.Terms(ctx, bucketID)
	if err != nil {
		return nil, err
	}
	out.Tx = &Tx{From: a.Address, Tx: r}
	return out, nil
}

// ---------------------------------------------------------------- nodes

// NodeStatus reads a market node, its reputation, its record in the
// current period and its last challenges as hoster.
func (o *Ops) NodeStatus(ctx context.Context, nodeID uint32) (*NodeStatus, error) {
	m, err := o.market(ctx)
	if err != nil {
		return nil, err
	}
	node, err := m.Node(ctx, nodeID)
	if err != nil {
		return nil, err
	}
	rep, err := o.ch.Reputation(ctx, nodeID)
	if err != nil {
		return nil, err
	}
	below, err := o.ch.BelowThreshold(ctx, nodeID)
	if err != nil {
		return nil, err
	}
	p, err := o.ch.Params(ctx)
	if err != nil {
		return nil, err
	}
	period, err := o.ch.CurrentPeriod(ctx)
	if err != nil {
		return nil, err
	}
	rec, err := o.ch.Record(ctx, nodeID, period)
	if err != nil {
		return nil, err
	}
	perf, err := o.ch.NodePerformance(ctx, nodeID)
	if err != nil {
		return nil, err
	}
	secs := uint64(p.Period / time.Second)
	out := &NodeStatus{Node: node, Reputation: rep, ThresholdBps: p.ThresholdBps, BelowThreshold: below, Record: rec, Performance: perf,
		PeriodStart: period * secs, PeriodEnd: (period + 1) * secs, Challenges: []Status{}}
	n, err := o.ch.ChallengeCount(ctx)
	if err != nil {
		return nil, err
	}
	for id := n; id > 0 && out.Scanned < NodeScan && len(out.Challenges) < NodeChallenges; id-- {
		st, err := o.ch.Challenge(ctx, id)
		if err != nil {
			return nil, err
		}
		out.Scanned++
		if st.Derivation.HosterNode == nodeID {
			out.Challenges = append(out.Challenges, statusOf(st))
		}
	}
	return out, nil
}
