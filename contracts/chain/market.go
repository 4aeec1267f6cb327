package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mosaic-rings/rings/contracts/bindings"
)

// Market errors. A refusal by the Market contract comes back as a
// *MarketError that matches one of these with errors.Is, and the
// *RevertError it was decoded from with errors.As.
var (
	// ErrNoMarket is returned when the market address holds no contract.
	ErrNoMarket = errors.New("chain: no market contract at this address")
	// ErrMarketUnknown: a node, cluster, bucket or ring id the market does not know.
	ErrMarketUnknown = errors.New("market: unknown id")
	// ErrMarketNotAllowed: the sender may not make this call (not the node's
	// provider, the cluster's manager, the bucket's or ring's owner, an
	// untrusted manager, a consent signed by someone else).
	ErrMarketNotAllowed = errors.New("market: not allowed")
	// ErrMarketFunds: a zero amount, or more than the account may withdraw.
	ErrMarketFunds = errors.New("market: funds")
	// ErrMarketRefused: any other rule of the market (bounds, capacity,
	// debt, fees, signatures).
	ErrMarketRefused = errors.New("market: refused")
)

// MarketError is a call the Market contract refused, said in words.
type MarketError struct {
	Kind   error // one of ErrMarketUnknown, ErrMarketNotAllowed, ErrMarketFunds, ErrMarketRefused
	Reason string
	Revert *RevertError
}

func (e *MarketError) Error() string { return "market: " + e.Reason }

// Unwrap gives the kind and the decoded revert.
func (e *MarketError) Unwrap() []error { return []error{e.Kind, e.Revert} }

// marketErr turns a decoded revert of the Market into a *MarketError; any
// other error is returned as it is.
func marketErr(err error) error {
	var re *RevertError
	if !errors.As(err, &re) || re.Name == "" {
		return err
	}
	a := func(i int) any {
		if i < len(re.Args) {
			if addr, ok := re.Args[i].(common.Address); ok {
				return addr.Hex()
			}
			return re.Args[i]
		}
		return "?"
	}
	kind, reason := ErrMarketRefused, ""
	switch re.Name {
	case "UnknownNode":
		kind, reason = ErrMarketUnknown, fmt.Sprintf("no node %v; `ipfs ring market node show ID`", a(0))
	case "UnknownCluster":
		kind, reason = ErrMarketUnknown, fmt.Sprintf("no cluster %v", a(0))
	case "UnknownBucket":
		kind, reason = ErrMarketUnknown, fmt.Sprintf("no bucket %v", a(0))
	case "UnknownRing":
		kind, reason = ErrMarketUnknown, fmt.Sprintf("%v is not a ring of the market's factory", a(0))
	case "NotAdmin":
		kind, reason = ErrMarketNotAllowed, "only the market's admin may do this"
	case "NotProvider":
		kind, reason = ErrMarketNotAllowed, fmt.Sprintf("%v is not the provider of node %v", a(1), a(0))
	case "NotClusterManager":
		kind, reason = ErrMarketNotAllowed, fmt.Sprintf("%v is not the manager of cluster %v", a(1), a(0))
	case "NotBucketOwner":
		kind, reason = ErrMarketNotAllowed, fmt.Sprintf("%v is not the owner of bucket %v", a(1), a(0))
	case "NotRingOwner":
		kind, reason = ErrMarketNotAllowed, fmt.Sprintf("ring %v is owned by %v: only its owner opens a bucket for it", a(0), a(1))
	case "ManagerNotTrusted":
		kind, reason = ErrMarketNotAllowed, fmt.Sprintf("the provider of node %v does not trust manager %v (`ipfs ring market node trust`)", a(0), a(1))
	case "SignerMismatch":
		kind, reason = ErrMarketNotAllowed, fmt.Sprintf("the consent is signed by %v, not by the bucket's owner %v", a(0), a(1))
	case "ZeroAmount":
		kind, reason = ErrMarketFunds, "the amount must be above zero"
	case "InsufficientUnlocked":
		kind, reason = ErrMarketFunds, fmt.Sprintf("only %v wei is unlocked, below the %v asked", a(0), a(1))
	case "TransferFailed":
		kind, reason = ErrMarketFunds, "the payment to the caller failed"
	case "InvalidAccount":
		reason = fmt.Sprintf("%v is not a valid account", a(0))
	case "FeeTooHigh":
		reason = fmt.Sprintf("a fee of %v basis points is above the maximum %v", a(0), a(1))
	case "InvalidAvatar":
		reason = fmt.Sprintf("%v cannot be a node's avatar", a(0))
	case "AvatarTaken":
		reason = fmt.Sprintf("avatar %v is node %v's already", a(0), a(1))
	case "TooLarge":
		reason = fmt.Sprintf("peer id (%v bytes) or gateway URL (%v bytes) too long", a(0), a(1))
	case "ZeroCapacity":
		reason = "a node's capacity must be above zero"
	case "RentTooHigh":
		reason = fmt.Sprintf("rent %v is above the maximum %v", a(0), a(1))
	case "CapacityBelowReserved":
		reason = fmt.Sprintf("capacity %v is below the %v units its cluster reserved", a(0), a(1))
	case "NodeNotInCluster":
		reason = fmt.Sprintf("node %v is not in cluster %v", a(0), a(1))
	case "NodeInCluster":
		reason = fmt.Sprintf("node %v is in cluster %v already", a(0), a(1))
	case "DuplicateNode":
		reason = fmt.Sprintf("node %v is listed twice", a(0))
	case "BadVNodes":
		reason = fmt.Sprintf("node %v: %v vnodes (1 to 1000)", a(0), a(1))
	case "TooManyNodes":
		reason = fmt.Sprintf("%v nodes, above the maximum %v", a(0), a(1))
	case "LengthMismatch":
		reason = "as many vnode counts as nodes are needed"
	case "CapacityExceeded":
		reason = fmt.Sprintf("node %v has %v units free, %v needed", a(0), a(1), a(2))
	case "ClusterResourceInUse":
		reason = fmt.Sprintf("buckets use %v units, above the %v asked", a(0), a(1))
	case "ClusterResourceExceeded":
		reason = fmt.Sprintf("the cluster has %v units available, %v asked", a(0), a(1))
	case "ClusterHasNoNodes":
		reason = fmt.Sprintf("cluster %v has no nodes to pay", a(0))
	case "BucketInDebt":
		reason = fmt.Sprintf("bucket %v is in debt since %v: deposit first", a(0), a(1))
	case "BucketNotInDebt":
		reason = fmt.Sprintf("bucket %v is not in debt", a(0))
	case "RateAboveConsent":
		reason = fmt.Sprintf("the rate would be %v wei/s, above the accepted maximum %v", a(0), a(1))
	case "Expired":
		reason = fmt.Sprintf("the consent expired at %v", a(0))
	case "BadSignatureLength", "BadSignatureV", "HighS", "BadSignature":
		reason = "malformed consent signature (" + re.Name + ")"
	case "WrongChallenges":
		reason = fmt.Sprintf("the challenges contract %v reads market %v, not this one", a(0), a(1))
	case "NoChallenges":
		reason = "the market has no challenges contract: amendments need one (the admin's `setChallenges`)"
	case "NotBelowThreshold":
		reason = fmt.Sprintf("node %v scores %v bps after %v outcomes: it is replaced only below the challenges' threshold after at least %d",
			a(0), a(1), a(2), MinAmendOutcomes)
	case "NoReplacement":
		reason = fmt.Sprintf("no idle node can replace node %v in cluster %v (%v examined): an idle node must trust the cluster's manager, have the room and not be failing itself (`nodeSetIdle`)",
			a(1), a(0), a(2))
	default:
		return err
	}
	return &MarketError{Kind: kind, Reason: reason, Revert: re}
}

// Market is a client of one Market contract. Every state-changing call is
// sent from the given key's account (the market has no relayed form but
// BucketAllocFor), which pays its gas; the key's account is msg.sender.
// Calls go through the Client's transaction queue.
type Market struct {
	c    *Client
	addr common.Address
	abi  *bindings.Market
}

// NewMarket returns a client of the market at addr, on c's chain. It checks
// that addr holds code.
func NewMarket(ctx context.Context, c *Client, addr common.Address) (*Market, error) {
	code, err := c.backend.CodeAt(ctx, addr, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: reading market code: %w", err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w: %s on chain %s", ErrNoMarket, addr.Hex(), c.chainID)
	}
	return &Market{c: c, addr: addr, abi: bindings.NewMarket()}, nil
}

// DeployMarket deploys a Market for factory from key's account, with admin
// and feeRecipient both that account and networkFeeBps.
func DeployMarket(ctx context.Context, backend Backend, key *ecdsa.PrivateKey, factory common.Address, networkFeeBps uint16) (common.Address, *Receipt, error) {
	c, err := newClient(ctx, backend, key)
	if err != nil {
		return common.Address{}, nil, err
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	input := bindings.NewMarket().PackConstructor(factory, me, me, networkFeeBps)
	var addr common.Address
	rcpt, _, err := c.sendAs(ctx, key, nil, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, err := bind.DeployContract(opts, common.FromHex(bindings.MarketMetaData.Bin), backend, input)
		addr = a
		return tx, err
	})
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("chain: deploying the market: %w", marketErr(err))
	}
	return addr, rcpt, nil
}

// Address is the market's address.
func (m *Market) Address() common.Address { return m.addr }

// Client is the chain client the market sends through.
func (m *Market) Client() *Client { return m.c }

// MarketFactory is the ring factory the market was deployed for.
func (m *Market) MarketFactory(ctx context.Context) (common.Address, error) {
	return call(ctx, m, "factory", m.abi.PackFactory(), m.abi.UnpackFactory)
}

func (m *Market) send(ctx context.Context, from *ecdsa.PrivateKey, value *big.Int, data []byte) (*Receipt, []*types.Log, error) {
	if from == nil {
		return nil, nil, errors.New("chain: market call without a signer")
	}
	inst := m.abi.Instance(m.c.backend, m.addr)
	r, logs, err := m.c.sendAs(ctx, from, value, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		// The estimate runs at the pending block's time; the mined block may
		// be seconds later, when a settlement inside the call writes more
		// (rent accrued, a bucket newly in debt). Leave room for it.
		gas, err := m.c.backend.EstimateGas(ctx, ethereum.CallMsg{From: opts.From, To: &m.addr, Value: opts.Value, Data: data})
		if err != nil {
			return nil, err
		}
		opts.GasLimit = gas + gas/2 + marketGasMargin
		return bind.Transact(inst, opts, data)
	})
	if err != nil {
		return nil, nil, marketErr(err)
	}
	var own []*types.Log
	for _, l := range logs {
		if l.Address == m.addr {
			own = append(own, l)
		}
	}
	return r, own, nil
}

// marketGasMargin is gas added to every market call's estimate, besides
// half the estimate: room for a settlement's storage writes (up to eight
// slots set from zero) that an estimate at the latest block's time did
// not make. Unused gas is not charged.
const marketGasMargin = 200_000

func call[T any](ctx context.Context, m *Market, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(m.abi.Instance(m.c.backend, m.addr), &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		var zero T
		return zero, marketErr(m.c.callErr(what, err))
	}
	return v, nil
}

// ---------------------------------------------------------------- nodes

// NodeParams are a node's terms: its gateway URL, capacity in resource
// units, and rent in wei per unit per second for each vnode.
type NodeParams struct {
	GatewayURL  string
	Capacity    uint64
	RentPerUnit *big.Int
}

// NodeCreate registers a replica node of from's account (its provider),
// with avatar as its account in replica rings, and returns its id.
func (m *Market) NodeCreate(ctx context.Context, from *ecdsa.PrivateKey, avatar common.Address, peerID []byte, p NodeParams) (uint32, *Receipt, error) {
	r, logs, err := m.send(ctx, from, nil, m.abi.PackNodeCreate(avatar, peerID, p.GatewayURL, p.Capacity, orZero(p.RentPerUnit)))
	if err != nil {
		return 0, nil, err
	}
	for _, l := range logs {
		if ev, err := m.abi.UnpackNodeCreatedEvent(l); err == nil {
			return ev.NodeId, r, nil
		}
	}
	return 0, nil, fmt.Errorf("chain: nodeCreate %s emitted no NodeCreated", r.TxHash.Hex())
}

// NodeSetParams changes a node's terms. Provider only.
func (m *Market) NodeSetParams(ctx context.Context, from *ecdsa.PrivateKey, nodeID uint32, p NodeParams) (*Receipt, error) {
	r, _, err := m.send(ctx, from, nil, m.abi.PackNodeSetParams(nodeID, p.GatewayURL, p.Capacity, orZero(p.RentPerUnit)))
	return r, err
}

// NodeTrustManager lets manager put from's nodes into clusters; with
// trust false it withdraws that (nodes already in clusters stay).
func (m *Market) NodeTrustManager(ctx context.Context, from *ecdsa.PrivateKey, manager common.Address, trust bool) (*Receipt, error) {
	data := m.abi.PackNodeTrustManager(manager)
	if !trust {
		data = m.abi.PackNodeUntrustManager(manager)
	}
	r, _, err := m.send(ctx, from, nil, data)
	return r, err
}

// ---------------------------------------------------------------- clusters

// ClusterNode is a node to put into a cluster, with its vnodes.
type ClusterNode struct {
	NodeID uint32 `json:"nodeId"`
	VNodes uint32 `json:"vnodes"`
}

// ClusterCreate creates a cluster managed by from's account, and its
// replica ring, and returns the cluster's id and the ring's address.
func (m *Market) ClusterCreate(ctx context.Context, from *ecdsa.PrivateKey, nodes []ClusterNode, resourcePerVNode uint64, managementFeeBps uint16) (uint32, common.Address, *Receipt, error) {
	ids, vn := make([]uint32, len(nodes)), make([]uint32, len(nodes))
	for i, n := range nodes {
		ids[i], vn[i] = n.NodeID, n.VNodes
	}
	r, logs, err := m.send(ctx, from, nil, m.abi.PackClusterCreate(ids, vn, resourcePerVNode, managementFeeBps))
	if err != nil {
		return 0, common.Address{}, nil, err
	}
	for _, l := range logs {
		if ev, err := m.abi.UnpackClusterCreatedEvent(l); err == nil {
			return ev.ClusterId, ev.Ring, r, nil
		}
	}
	return 0, common.Address{}, nil, fmt.Errorf("chain: clusterCreate %s emitted no ClusterCreated", r.TxHash.Hex())
}

// ClusterAddNode adds a node with vnodes vnodes to the cluster and its
// avatar to the replica ring. Manager only.
func (m *Market) ClusterAddNode(ctx context.Context, from *ecdsa.PrivateKey, clusterID uint32, n ClusterNode) (*Receipt, error) {
	r, _, err := m.send(ctx, from, nil, m.abi.PackClusterAddNode(clusterID, n.NodeID, n.VNodes))
	return r, err
}

// ClusterRemoveNode removes a node from the cluster and its replica ring.
// The manager or the node's provider may.
func (m *Market) ClusterRemoveNode(ctx context.Context, from *ecdsa.PrivateKey, clusterID, nodeID uint32) (*Receipt, error) {
	r, _, err := m.send(ctx, from, nil, m.abi.PackClusterRemoveNode(clusterID, nodeID))
	return r, err
}

// ClusterReserveResource sets the resource each vnode reserves on its
// node. Manager only.
func (m *Market) ClusterReserveResource(ctx context.Context, from *ecdsa.PrivateKey, clusterID uint32, resourcePerVNode uint64) (*Receipt, error) {
	r, _, err := m.send(ctx, from, nil, m.abi.PackClusterReserveResource(clusterID, resourcePerVNode))
	return r, err
}

// ClusterSetManagementFee sets the cluster's management fee in basis
// points. Manager only.
func (m *Market) ClusterSetManagementFee(ctx context.Context, from *ecdsa.PrivateKey, clusterID uint32, bps uint16) (*Receipt, error) {
	r, _, err := m.send(ctx, from, nil, m.abi.PackClusterSetManagementFee(clusterID, bps))
	return r, err
}

// Distribution is what a clusterDistributeRevenues paid. Skipped are the
// nodes that failed a storage challenge since the cluster's previous
// distribution and got no share (payment by record); with no node eligible
// the providers' part stays in Remainder.
type Distribution struct {
	ClusterID     uint32            `json:"clusterId"`
	Total         *big.Int          `json:"total"`
	NetworkFee    *big.Int          `json:"networkFee"`
	ManagementFee *big.Int          `json:"managementFee"`
	Providers     *big.Int          `json:"providers"`
	Remainder     *big.Int          `json:"remainder"`
	Paid          []ProviderPayment `json:"paid"`
	Skipped       []SkippedProvider `json:"skipped"`
}

// SkippedProvider is a node a distribution paid nothing: its latest Fail
// (unix seconds) is at or after the cluster's previous distribution, or
// (FailedAt 0 or older) its grades since it was last paid average 0.
type SkippedProvider struct {
	NodeID   uint32 `json:"nodeId"`
	FailedAt uint64 `json:"failedAt"`
}

// ProviderPayment is one node's share of a distribution.
type ProviderPayment struct {
	NodeID   uint32         `json:"nodeId"`
	Provider common.Address `json:"provider"`
	Amount   *big.Int       `json:"amount"`
}

// ClusterDistribute pays out the cluster's settled revenues. Anyone may.
func (m *Market) ClusterDistribute(ctx context.Context, from *ecdsa.PrivateKey, clusterID uint32) (*Distribution, *Receipt, error) {
	r, logs, err := m.send(ctx, from, nil, m.abi.PackClusterDistributeRevenues(clusterID))
	if err != nil {
		return nil, nil, err
	}
	d := &Distribution{ClusterID: clusterID, Paid: []ProviderPayment{}, Skipped: []SkippedProvider{}}
	for _, l := range logs {
		if ev, err := m.abi.UnpackProviderPaidEvent(l); err == nil {
			d.Paid = append(d.Paid, ProviderPayment{NodeID: ev.NodeId, Provider: ev.Provider, Amount: ev.Amount})
		} else if ev, err := m.abi.UnpackProviderSkippedEvent(l); err == nil {
			d.Skipped = append(d.Skipped, SkippedProvider{NodeID: ev.NodeId, FailedAt: ev.FailedAt})
		} else if ev, err := m.abi.UnpackRevenuesDistributedEvent(l); err == nil {
			d.Total, d.NetworkFee, d.ManagementFee, d.Providers, d.Remainder = ev.Total, ev.NetworkFee, ev.ManagementFee, ev.Providers, ev.Remainder
		}
	}
	if d.Total == nil {
		return nil, nil, fmt.Errorf("chain: clusterDistributeRevenues %s emitted no RevenuesDistributed", r.TxHash.Hex())
	}
	return d, r, nil
}

// ---------------------------------------------------------------- records and amendments

// MinAmendOutcomes is the fewest outcomes (passes + fails) a node below the
// challenges' threshold must have before AmendCluster may replace it (the
// contract's MIN_AMEND_OUTCOMES).
const MinAmendOutcomes = 3

// SetChallenges makes the Challenges contract at challenges the one whose
// records the market acts on: distributions skip the nodes that failed since
// the cluster's previous one, and AmendCluster replaces failing nodes. The
// zero address turns both off. Admin only; the contract must read this
// market.
func (m *Market) SetChallenges(ctx context.Context, from *ecdsa.PrivateKey, challenges common.Address) (*Receipt, error) {
	r, _, err := m.send(ctx, from, nil, m.abi.PackSetChallenges(challenges))
	return r, err
}

// MarketChallenges is the Challenges contract the market acts on (zero:
// none).
func (m *Market) MarketChallenges(ctx context.Context) (common.Address, error) {
	return call(ctx, m, "challenges", m.abi.PackChallenges(), m.abi.UnpackChallenges)
}

// NodeSetIdle offers a node in no cluster (idle true) to the idle pool, from
// which AmendCluster takes replacements, or withdraws it. Provider only.
// Setting what is set does nothing; a node leaves the pool when it joins a
// cluster.
func (m *Market) NodeSetIdle(ctx context.Context, from *ecdsa.PrivateKey, nodeID uint32, idle bool) (*Receipt, error) {
	r, _, err := m.send(ctx, from, nil, m.abi.PackNodeSetIdle(nodeID, idle))
	return r, err
}

// IdleNodes reads the idle pool, in the order AmendCluster scans it from
// IdleCursor on.
func (m *Market) IdleNodes(ctx context.Context) ([]uint32, error) {
	return call(ctx, m, "idleNodes", m.abi.PackIdleNodes(), m.abi.UnpackIdleNodes)
}

// IdleCursor is the slot of the idle pool (modulo its length) where the next
// AmendCluster starts its scan.
func (m *Market) IdleCursor(ctx context.Context) (uint32, error) {
	return call(ctx, m, "idleCursor", m.abi.PackIdleCursor(), m.abi.UnpackIdleCursor)
}

// ClusterAmendment is a change of the nodes hosting a cluster's buckets
// (ClusterAmended): a node added (NodeOut 0), removed (NodeIn 0) or replaced
// by AmendCluster (both), with its vnodes.
type ClusterAmendment struct {
	ClusterID uint32      `json:"clusterId"`
	NodeOut   uint32      `json:"nodeOut"`
	NodeIn    uint32      `json:"nodeIn"`
	VNodes    uint32      `json:"vnodes"`
	Block     uint64      `json:"block"`
	TxHash    common.Hash `json:"txHash"`
}

// AmendCluster replaces node nodeID of the cluster, which the market's
// Challenges contract finds below its threshold after at least
// MinAmendOutcomes outcomes, by the first suitable idle node (see
// docs/contracts.md, "Amendments"), and returns the amendment: the old node
// (NodeOut) and the new one (NodeIn). Anyone may.
func (m *Market) AmendCluster(ctx context.Context, from *ecdsa.PrivateKey, clusterID, nodeID uint32) (*ClusterAmendment, *Receipt, error) {
	r, logs, err := m.send(ctx, from, nil, m.abi.PackAmendCluster(clusterID, nodeID))
	if err != nil {
		return nil, nil, err
	}
	for _, l := range logs {
		if a, err := m.DecodeAmendment(l); err == nil {
			return a, r, nil
		}
	}
	return nil, nil, fmt.Errorf("chain: amendCluster %s emitted no ClusterAmended", r.TxHash.Hex())
}

// ErrNotAmendment is returned by DecodeAmendment for a log that is not the
// market's ClusterAmended.
var ErrNotAmendment = errors.New("chain: not a ClusterAmended event of the market")

// DecodeAmendment decodes a ClusterAmended log of the market.
func (m *Market) DecodeAmendment(l *types.Log) (*ClusterAmendment, error) {
	if l.Address != m.addr || len(l.Topics) == 0 || l.Topics[0] != m.abi.GetABI().Events["ClusterAmended"].ID {
		return nil, ErrNotAmendment
	}
	ev, err := m.abi.UnpackClusterAmendedEvent(l)
	if err != nil {
		return nil, fmt.Errorf("chain: decoding a ClusterAmended log of tx %s: %w", l.TxHash.Hex(), err)
	}
	return &ClusterAmendment{ClusterID: ev.ClusterId, NodeOut: ev.NodeOut, NodeIn: ev.NodeIn, VNodes: ev.Vnodes,
		Block: l.BlockNumber, TxHash: l.TxHash}, nil
}

// Amendments reads the ClusterAmended events of blocks from..to (inclusive),
// of cluster clusterID (0: every cluster), in chain order: the history of
// the nodes hosting each cluster's buckets.
func (m *Market) Amendments(ctx context.Context, clusterID uint32, from, to uint64) ([]ClusterAmendment, error) {
	topics := [][]common.Hash{{m.abi.GetABI().Events["ClusterAmended"].ID}}
	if clusterID != 0 {
		topics = append(topics, []common.Hash{common.BigToHash(new(big.Int).SetUint64(uint64(clusterID)))})
	}
	logs, err := m.c.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{m.addr}, Topics: topics,
	})
	if err != nil {
		return nil, fmt.Errorf("chain: reading amendments %d..%d: %w", from, to, err)
	}
	out := make([]ClusterAmendment, 0, len(logs))
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		a, err := m.DecodeAmendment(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, *a)
	}
	return out, nil
}

// ---------------------------------------------------------------- buckets

// BucketCreate opens a bucket for ring in the cluster, paid from from's
// account, which must own the ring, and returns its id.
func (m *Market) BucketCreate(ctx context.Context, from *ecdsa.PrivateKey, ring common.Address, clusterID uint32) (uint64, *Receipt, error) {
	r, logs, err := m.send(ctx, from, nil, m.abi.PackBucketCreate(ring, clusterID))
	if err != nil {
		return 0, nil, err
	}
	for _, l := range logs {
		if ev, err := m.abi.UnpackBucketCreatedEvent(l); err == nil {
			return ev.BucketId, r, nil
		}
	}
	return 0, nil, fmt.Errorf("chain: bucketCreate %s emitted no BucketCreated", r.TxHash.Hex())
}

// BucketAlloc sets the bucket's resource at the cluster's price, which
// must come to at most maxRate wei per second, and returns the rate.
// Owner only.
func (m *Market) BucketAlloc(ctx context.Context, from *ecdsa.PrivateKey, bucketID, resource uint64, maxRate *big.Int) (*big.Int, *Receipt, error) {
	r, logs, err := m.send(ctx, from, nil, m.abi.PackBucketAllocIntoCluster(bucketID, resource, orZero(maxRate)))
	if err != nil {
		return nil, nil, err
	}
	return m.allocated(r, logs)
}

// BucketAlloc is an owner's consent to set a bucket's resource at a rate
// of at most MaxRate, relayed by the cluster's manager (EIP-712
// BucketAlloc in the "Rings Market" domain).
type BucketAlloc struct {
	BucketID uint64
	Resource uint64
	MaxRate  *big.Int
	Nonce    *big.Int // the owner's nonce: GetAccount(owner).Nonce
	Deadline *big.Int // unix seconds
}

// BucketAllocFor is BucketAlloc sent by the cluster's manager (from) with
// the owner's signature over a's digest (BucketAllocDigest).
func (m *Market) BucketAllocFor(ctx context.Context, from *ecdsa.PrivateKey, a BucketAlloc, sig []byte) (*big.Int, *Receipt, error) {
	r, logs, err := m.send(ctx, from, nil, m.abi.PackBucketAllocIntoClusterFor(a.BucketID, a.Resource, orZero(a.MaxRate), orZero(a.Deadline), sig))
	if err != nil {
		return nil, nil, err
	}
	return m.allocated(r, logs)
}

func (m *Market) allocated(r *Receipt, logs []*types.Log) (*big.Int, *Receipt, error) {
	for _, l := range logs {
		if ev, err := m.abi.UnpackBucketAllocatedEvent(l); err == nil {
			return ev.Rate, r, nil
		}
	}
	return nil, nil, fmt.Errorf("chain: allocation %s emitted no BucketAllocated", r.TxHash.Hex())
}

var (
	marketDomainType = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	bucketAllocType  = crypto.Keccak256Hash([]byte("BucketAlloc(uint64 bucketId,uint64 resource,uint256 maxRate,uint256 nonce,uint256 deadline)"))
	marketName       = crypto.Keccak256Hash([]byte("Rings Market"))
	marketVersion    = crypto.Keccak256Hash([]byte("1"))
)

// BucketAllocDigest is the EIP-712 digest of a in the domain of the market
// at market on chain chainID: what the bucket's owner signs (65 bytes,
// v 27/28, as schemas.Sign makes) for BucketAllocFor.
func BucketAllocDigest(chainID uint64, market common.Address, a BucketAlloc) common.Hash {
	domain := crypto.Keccak256Hash(marketDomainType[:], marketName[:], marketVersion[:],
		word(new(big.Int).SetUint64(chainID)), common.LeftPadBytes(market[:], 32))
	st := crypto.Keccak256Hash(bucketAllocType[:], word(new(big.Int).SetUint64(a.BucketID)),
		word(new(big.Int).SetUint64(a.Resource)), word(orZero(a.MaxRate)), word(orZero(a.Nonce)), word(orZero(a.Deadline)))
	return crypto.Keccak256Hash([]byte("\x19\x01"), domain[:], st[:])
}

func word(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// Settlement is what a bucketSettlePayment did: Paid wei moved from the
// owner's deposit to the cluster's revenues, rent paid up to SettledUntil,
// and DebtSince non-zero when the deposit fell short.
type Settlement struct {
	BucketID     uint64   `json:"bucketId"`
	Paid         *big.Int `json:"paid"`
	SettledUntil uint64   `json:"settledUntil"`
	DebtSince    uint64   `json:"debtSince"`
}

// BucketSettle settles the bucket's rent up to now, or as far as its
// owner's deposit reaches. Anyone may. A bucket with nothing to settle
// gives a Settlement with Paid 0 and the bucket's times.
func (m *Market) BucketSettle(ctx context.Context, from *ecdsa.PrivateKey, bucketID uint64) (*Settlement, *Receipt, error) {
	r, logs, err := m.send(ctx, from, nil, m.abi.PackBucketSettlePayment(bucketID))
	if err != nil {
		return nil, nil, err
	}
	for _, l := range logs {
		if ev, err := m.abi.UnpackBucketSettledEvent(l); err == nil {
			return &Settlement{BucketID: bucketID, Paid: ev.Paid, SettledUntil: ev.SettledUntil, DebtSince: ev.DebtSince}, r, nil
		}
	}
	return &Settlement{BucketID: bucketID, Paid: new(big.Int)}, r, nil
}

// BucketEvict releases a bucket in debt and forgives its unpaid rent, and
// returns the amount forgiven. Manager only.
func (m *Market) BucketEvict(ctx context.Context, from *ecdsa.PrivateKey, bucketID uint64) (*big.Int, *Receipt, error) {
	r, logs, err := m.send(ctx, from, nil, m.abi.PackBucketEvict(bucketID))
	if err != nil {
		return nil, nil, err
	}
	for _, l := range logs {
		if ev, err := m.abi.UnpackBucketEvictedEvent(l); err == nil {
			return ev.Forgiven, r, nil
		}
	}
	return nil, nil, fmt.Errorf("chain: bucketEvict %s emitted no BucketEvicted", r.TxHash.Hex())
}

// ---------------------------------------------------------------- accounts

// Deposit credits amount wei, sent from from's account, to that account.
func (m *Market) Deposit(ctx context.Context, from *ecdsa.PrivateKey, amount *big.Int) (*Receipt, error) {
	r, _, err := m.send(ctx, from, orZero(amount), m.abi.PackAccountDeposit())
	return r, err
}

// DepositFor credits amount wei, sent from from's account, to account.
func (m *Market) DepositFor(ctx context.Context, from *ecdsa.PrivateKey, account common.Address, amount *big.Int) (*Receipt, error) {
	r, _, err := m.send(ctx, from, orZero(amount), m.abi.PackAccountDepositFor(account))
	return r, err
}

// Withdraw sends amount wei of from's unlocked balance to from's account.
func (m *Market) Withdraw(ctx context.Context, from *ecdsa.PrivateKey, amount *big.Int) (*Receipt, error) {
	r, _, err := m.send(ctx, from, nil, m.abi.PackAccountWithdraw(orZero(amount)))
	return r, err
}

// ---------------------------------------------------------------- views

// MarketNode is a node as the market holds it.
type MarketNode struct {
	NodeID      uint32         `json:"nodeId"`
	Provider    common.Address `json:"provider"`
	Avatar      common.Address `json:"avatar"`
	ClusterID   uint32         `json:"clusterId"` // 0: in no cluster
	VNodes      uint32         `json:"vnodes"`
	Capacity    uint64         `json:"capacity"`
	Reserved    uint64         `json:"reserved"`
	RentPerUnit *big.Int       `json:"rentPerUnit"`
	PeerID      hexutil.Bytes  `json:"peerId"` // the node's binary libp2p peer ID, as registered
	GatewayURL  string         `json:"gatewayUrl"`
	Idle        bool           `json:"idle"` // offered in the idle pool for replacements
}

// MarketCluster is a cluster's whole status.
type MarketCluster struct {
	ClusterID        uint32         `json:"clusterId"`
	Manager          common.Address `json:"manager"`
	Ring             common.Address `json:"ring"`
	ManagementFeeBps uint16         `json:"managementFeeBps"`
	VNodes           uint32         `json:"vnodes"`
	ResourcePerVNode uint64         `json:"resourcePerVNode"`
	ResourceUsed     uint64         `json:"resourceUsed"`
	RentPerUnit      *big.Int       `json:"rentPerUnit"`
	Revenues         *big.Int       `json:"revenues"`
	// LastDistributedAt is the block time of the cluster's creation or latest
	// distribution: a node that failed a storage challenge since gets no share
	// of the next one.
	LastDistributedAt uint64       `json:"lastDistributedAt"`
	Nodes             []MarketNode `json:"nodes"`
}

// MarketBucket is a bucket's whole status at the latest block. Due,
// PaidUntil and InDebt are what settling this bucket alone would give now;
// Nodes are the nodes hosting it (its cluster's).
type MarketBucket struct {
	BucketID        uint64         `json:"bucketId"`
	Owner           common.Address `json:"owner"`
	Ring            common.Address `json:"ring"`
	ClusterID       uint32         `json:"clusterId"`
	ClusterRing     common.Address `json:"clusterRing"`
	Resource        uint64         `json:"resource"`
	Rate            *big.Int       `json:"rate"` // wei per second
	SettledUntil    uint64         `json:"settledUntil"`
	DebtSince       uint64         `json:"debtSince"`
	Due             *big.Int       `json:"due"`
	PaidUntil       uint64         `json:"paidUntil"`
	InDebt          bool           `json:"inDebt"`
	AccountDeposit  *big.Int       `json:"accountDeposit"`
	AccountUnlocked *big.Int       `json:"accountUnlocked"`
	AccountRate     *big.Int       `json:"accountRate"`
	Nodes           []MarketNode   `json:"nodes"`
}

// MarketAccount is an account's status: Accrued is rent owed and not yet
// settled, Unlocked what it may withdraw, Nonce its next BucketAlloc nonce.
type MarketAccount struct {
	Account  common.Address `json:"account"`
	Deposit  *big.Int       `json:"deposit"`
	Rate     *big.Int       `json:"rate"`
	Accrued  *big.Int       `json:"accrued"`
	Unlocked *big.Int       `json:"unlocked"`
	Nonce    *big.Int       `json:"nonce"`
}

// Node reads a node.
func (m *Market) Node(ctx context.Context, nodeID uint32) (*MarketNode, error) {
	v, err := call(ctx, m, "getNode", m.abi.PackGetNode(nodeID), m.abi.UnpackGetNode)
	if err != nil {
		return nil, err
	}
	n := nodeView(v)
	return &n, nil
}

// Cluster reads a cluster's whole status.
func (m *Market) Cluster(ctx context.Context, clusterID uint32) (*MarketCluster, error) {
	v, err := call(ctx, m, "getCluster", m.abi.PackGetCluster(clusterID), m.abi.UnpackGetCluster)
	if err != nil {
		return nil, err
	}
	return &MarketCluster{ClusterID: v.ClusterId, Manager: v.Manager, Ring: v.Ring, ManagementFeeBps: v.ManagementFeeBps,
		VNodes: v.Vnodes, ResourcePerVNode: v.ResourcePerVNode, ResourceUsed: v.ResourceUsed, RentPerUnit: v.RentPerUnit,
		Revenues: v.Revenues, LastDistributedAt: v.LastDistributedAt, Nodes: nodeViews(v.Nodes)}, nil
}

// Bucket reads a bucket's whole status.
func (m *Market) Bucket(ctx context.Context, bucketID uint64) (*MarketBucket, error) {
	v, err := call(ctx, m, "getBucket", m.abi.PackGetBucket(bucketID), m.abi.UnpackGetBucket)
	if err != nil {
		return nil, err
	}
	return &MarketBucket{BucketID: v.BucketId, Owner: v.Owner, Ring: v.Ring, ClusterID: v.ClusterId, ClusterRing: v.ClusterRing,
		Resource: v.Resource, Rate: v.Rate, SettledUntil: v.SettledUntil, DebtSince: v.DebtSince, Due: v.Due,
		PaidUntil: v.PaidUntil, InDebt: v.InDebt, AccountDeposit: v.AccountDeposit, AccountUnlocked: v.AccountUnlocked,
		AccountRate: v.AccountRate, Nodes: nodeViews(v.Nodes)}, nil
}

// BucketCount is the number of buckets made; ids run from 1 to it.
func (m *Market) BucketCount(ctx context.Context) (uint64, error) {
	return call(ctx, m, "bucketCount", m.abi.PackBucketCount(), m.abi.UnpackBucketCount)
}

// ClusterCount is the number of clusters made; ids run from 1 to it.
func (m *Market) ClusterCount(ctx context.Context) (uint32, error) {
	return call(ctx, m, "clusterCount", m.abi.PackClusterCount(), m.abi.UnpackClusterCount)
}

// NodeCount is the number of nodes registered; ids run from 1 to it.
func (m *Market) NodeCount(ctx context.Context) (uint32, error) {
	return call(ctx, m, "nodeCount", m.abi.PackNodeCount(), m.abi.UnpackNodeCount)
}

// Account reads an account's status.
func (m *Market) Account(ctx context.Context, account common.Address) (*MarketAccount, error) {
	v, err := call(ctx, m, "getAccount", m.abi.PackGetAccount(account), m.abi.UnpackGetAccount)
	if err != nil {
		return nil, err
	}
	return &MarketAccount{Account: account, Deposit: v.Deposit, Rate: v.Rate, Accrued: v.Accrued, Unlocked: v.Unlocked, Nonce: v.Nonce}, nil
}

// TotalOwed is what the market owes: every deposit plus every cluster's
// undistributed revenues. Its balance equals it.
func (m *Market) TotalOwed(ctx context.Context) (*big.Int, error) {
	return call(ctx, m, "totalOwed", m.abi.PackTotalOwed(), m.abi.UnpackTotalOwed)
}

func nodeView(v bindings.MarketBaseNodeView) MarketNode {
	return MarketNode{NodeID: v.NodeId, Provider: v.Provider, Avatar: v.Avatar, ClusterID: v.ClusterId, VNodes: v.Vnodes,
		Capacity: v.Capacity, Reserved: v.Reserved, RentPerUnit: v.RentPerUnit, PeerID: v.PeerId, GatewayURL: v.GatewayUrl, Idle: v.Idle}
}

func nodeViews(vs []bindings.MarketBaseNodeView) []MarketNode {
	out := make([]MarketNode, len(vs))
	for i, v := range vs {
		out[i] = nodeView(v)
	}
	return out
}

// ---------------------------------------------------------------- coin

// Balance is account's native coin balance at the latest block.
func (c *Client) Balance(ctx context.Context, account common.Address) (*big.Int, error) {
	b, ok := c.backend.(interface {
		BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
	})
	if !ok {
		return nil, errors.New("chain: the backend cannot read balances")
	}
	v, err := b.BalanceAt(ctx, account, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: reading the balance of %s: %w", account.Hex(), err)
	}
	return v, nil
}

// Transfer sends value wei from the relayer's account to to, an account
// without code.
func (c *Client) Transfer(ctx context.Context, to common.Address, value *big.Int) (*Receipt, error) {
	r, _, err := c.sendAs(ctx, c.relayer, value, func(opts *bind.TransactOpts) (*types.Transaction, error) {
		nonce, err := c.backend.PendingNonceAt(ctx, opts.From)
		if err != nil {
			return nil, err
		}
		tip, err := c.backend.SuggestGasTipCap(ctx)
		if err != nil {
			return nil, err
		}
		head, err := c.header(ctx)
		if err != nil {
			return nil, err
		}
		feeCap := new(big.Int).Add(tip, new(big.Int).Mul(orZero(head.BaseFee), big.NewInt(2)))
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: 21_000, To: &to, Value: value})
		signed, err := opts.Signer(opts.From, tx)
		if err != nil {
			return nil, err
		}
		return signed, c.backend.SendTransaction(ctx, signed)
	})
	return r, err
}
