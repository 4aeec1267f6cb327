// Package market is the node's side of the replica market (issue 11,
// docs/contracts.md "Market API"): it sends every market call from a
// keystore avatar and reads the market's views, for `ipfs ring market`.
//
// The caller supplies the market client (contracts/chain.Market), the
// node's keystore, and a resolver of ring names. Every call is signed by
// the avatar named as its sender, whose account pays gas and any value
// sent; on the embedded chain (Options.Faucet) the node's relayer tops the
// avatar up first, so the dev market costs nothing. Enforcer is the market
// as a replica that enforces it reads it (Market.Enforce, replica.Payments).
package market

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
	schemas "github.com/mosaic-rings/rings/ipld-schemas"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// ErrNoCoin is returned when a sender's account cannot pay the value it
// sends (on an external chain; the embedded chain's faucet pays).
var ErrNoCoin = errors.New("market: not enough coin in the sender's account")

// Options are the service's extras.
type Options struct {
	// Faucet makes the chain client's relayer fund each sender before it
	// sends: its gas and the value it sends. For the embedded chain only.
	Faucet bool
	// Peer is this node's peer ID, the default peer ID of a node created here.
	Peer peer.ID
	// Gateway returns this node's ring gateway URL, the default gateway
	// URL of a node created here ("" if none).
	Gateway func() string
	// Now is the clock for consent deadlines. Default time.Now.
	Now func() time.Time
}

// Rings is what the service needs of this node's rings.
type Rings interface {
	// RingAddress is the address of a ring given by its local name or as
	// a 0x address; a name no ring has here is ring.ErrUnknownRing.
	RingAddress(nameOrAddr string) (common.Address, error)
	// ImportKeys stores a ring's keys, in the export format, under the
	// name they carry (`ipfs ring keys import`).
	ImportKeys(data []byte, name string) (*ring.Ring, error)
}

var _ Rings = (*ring.Service)(nil)

// Service sends market calls from this node's avatars.
type Service struct {
	m     *chain.Market
	keys  avatar.Keystore
	local Rings
	rings func(nameOrAddr string) (common.Address, error) // local.RingAddress
	opts  Options
}

// New returns the service over m, signing with keys' avatars, naming rings
// through rings and storing the keys of the clusters' replica rings it
// creates there.
func New(m *chain.Market, keys avatar.Keystore, rings Rings, opts Options) *Service {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Gateway == nil {
		opts.Gateway = func() string { return "" }
	}
	return &Service{m: m, keys: keys, local: rings, rings: rings.RingAddress, opts: opts}
}

// Address is the market contract's address.
func (s *Service) Address() common.Address { return s.m.Address() }

// ---------------------------------------------------------------- arguments

var units = map[string]*big.Int{
	"wei":   big.NewInt(1),
	"gwei":  big.NewInt(1e9),
	"ether": new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil),
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// ParseAmount reads an amount of coin: an integer number of wei, or a
// number with the suffix wei, gwei or ether ("1.5ether", "20gwei") that
// comes to a whole number of wei, at most 2^256 − 1.
func ParseAmount(s string) (*big.Int, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	unit := units["wei"]
	for _, u := range []string{"gwei", "ether", "wei"} {
		if strings.HasSuffix(t, u) {
			t, unit = strings.TrimSpace(strings.TrimSuffix(t, u)), units[u]
			break
		}
	}
	r, ok := new(big.Rat).SetString(t)
	if !ok || t == "" || strings.ContainsAny(t, "eE/") {
		return nil, fmt.Errorf("%w: amount %q must be a number of wei, or a number with the suffix wei, gwei or ether (\"1.5ether\")", ring.ErrBadArgument, s)
	}
	r.Mul(r, new(big.Rat).SetInt(unit))
	if r.Sign() < 0 || !r.IsInt() || r.Num().Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("%w: amount %q must come to a whole number of wei between 0 and 2^256-1", ring.ErrBadArgument, s)
	}
	return new(big.Int).Set(r.Num()), nil
}

// FormatAmount writes wei as wei, with its value in ether when that is
// at least a gwei.
func FormatAmount(wei *big.Int) string {
	if wei == nil {
		return "0 wei"
	}
	if wei.Cmp(units["gwei"]) < 0 {
		return wei.String() + " wei"
	}
	eth := new(big.Rat).SetFrac(wei, units["ether"])
	return fmt.Sprintf("%s wei (%s ether)", wei, strings.TrimRight(strings.TrimRight(eth.FloatString(18), "0"), "."))
}

func positive(what string, v *big.Int) error {
	if v.Sign() <= 0 {
		return fmt.Errorf("%w: %s must be above zero", ring.ErrBadArgument, what)
	}
	return nil
}

// signer is the avatar that signs and pays, funded on the embedded chain
// for its gas and value.
func (s *Service) signer(ctx context.Context, from string, value *big.Int) (*avatar.Avatar, error) {
	if strings.TrimSpace(from) == "" {
		return nil, fmt.Errorf("%w: --from is required", ring.ErrBadArgument)
	}
	a, err := avatar.Load(s.keys, from)
	if err != nil {
		return nil, err
	}
	if err := s.fund(ctx, a, value); err != nil {
		return nil, err
	}
	return a, nil
}

// Fund has the embedded chain's relayer top a's account up for gas
// (Options.Faucet), as before every market call, so that a calls other
// contracts of the same chain for free too (the challenges' attester
// pool); without the faucet it does nothing and a pays.
func (s *Service) Fund(ctx context.Context, a *avatar.Avatar) error {
	if !s.opts.Faucet {
		return nil
	}
	return s.fund(ctx, a, nil)
}

// fund tops a up for its gas and value on the embedded chain; elsewhere it
// checks that a holds the value.
func (s *Service) fund(ctx context.Context, a *avatar.Avatar, value *big.Int) error {
	c := s.m.Client()
	bal, err := c.Balance(ctx, a.Address)
	if err != nil {
		return err
	}
	need := new(big.Int).Set(gasReserve)
	if value != nil {
		need.Add(need, value)
	}
	if bal.Cmp(need) >= 0 {
		return nil
	}
	if !s.opts.Faucet {
		if value != nil && bal.Cmp(value) < 0 {
			return fmt.Errorf("%w: %s (%s) holds %s, below the %s to send", ErrNoCoin, a.Name, a.Address.Hex(), FormatAmount(bal), FormatAmount(value))
		}
		return nil // it may still pay the gas; the chain says if not
	}
	top := new(big.Int).Sub(need, bal)
	top.Add(top, gasReserve)
	if _, err := c.Transfer(ctx, a.Address, top); err != nil {
		return fmt.Errorf("market: funding %s from the embedded chain's relayer: %w", a.Name, err)
	}
	return nil
}

// gasReserve is what the faucet keeps in a sender's account for gas.
var gasReserve = new(big.Int).Exp(big.NewInt(10), big.NewInt(17), nil) // 0.1 ether

// account takes a 0x address or a keystore avatar's name.
func (s *Service) account(nameOrAddr string) (common.Address, error) {
	if strings.HasPrefix(nameOrAddr, "0x") || strings.HasPrefix(nameOrAddr, "0X") {
		if !common.IsHexAddress(nameOrAddr) || len(nameOrAddr) != 42 {
			return common.Address{}, fmt.Errorf("%w: %q is not a 20-byte 0x address", ring.ErrBadArgument, nameOrAddr)
		}
		return common.HexToAddress(nameOrAddr), nil
	}
	a, err := avatar.Load(s.keys, nameOrAddr)
	if err != nil {
		return common.Address{}, err
	}
	return a.Address, nil
}

// ---------------------------------------------------------------- outputs

// Tx is a sent call: its receipt.
type Tx struct {
	From common.Address `json:"from"`
	Tx   *chain.Receipt `json:"tx"`
}

// NodeCreated is the output of a node's registration.
type NodeCreated struct {
	Tx
	NodeID uint32         `json:"nodeId"`
	Avatar common.Address `json:"avatar"`
}

// ClusterCreated is the output of a cluster's creation.
type ClusterCreated struct {
	Tx
	ClusterID uint32         `json:"clusterId"`
	Ring      common.Address `json:"ring"`
	// Name is the replica ring's local name on this node, under which its
	// fresh keys are stored: cluster<ID>, or cluster<ID>-2, -3… when a
	// ring here already has that name.
	Name string `json:"name"`
}

// BucketCreated is the output of a bucket's creation.
type BucketCreated struct {
	Tx
	BucketID uint64         `json:"bucketId"`
	Ring     common.Address `json:"ring"`
}

// Allocated is the output of an allocation.
type Allocated struct {
	Tx
	BucketID uint64   `json:"bucketId"`
	Resource uint64   `json:"resource"`
	Rate     *big.Int `json:"rate"` // wei per second
}

// Consent is an owner's signed BucketAlloc, for the cluster's manager to
// send with `bucket alloc-for`.
type Consent struct {
	BucketID uint64         `json:"bucketId"`
	Resource uint64         `json:"resource"`
	MaxRate  *big.Int       `json:"maxRate"`
	Nonce    *big.Int       `json:"nonce"`
	Deadline *big.Int       `json:"deadline"`
	Owner    common.Address `json:"owner"`
	Sig      hexutil.Bytes  `json:"sig"`
}

// Settled is the output of a settlement.
type Settled struct {
	Tx
	*chain.Settlement
}

// Evicted is the output of an eviction.
type Evicted struct {
	Tx
	BucketID uint64   `json:"bucketId"`
	Forgiven *big.Int `json:"forgiven"`
}

// Distributed is the output of a distribution.
type Distributed struct {
	Tx
	*chain.Distribution
}

// Moved is the output of a deposit or a withdrawal.
type Moved struct {
	Tx
	Account common.Address `json:"account"`
	Amount  *big.Int       `json:"amount"`
	Deposit bool           `json:"deposit"`
}

// Account is an account's status in the market and its coin balance.
type Account struct {
	*chain.MarketAccount
	Balance *big.Int `json:"balance"`
}

func tx(a *avatar.Avatar, r *chain.Receipt) Tx { return Tx{From: a.Address, Tx: r} }

// ---------------------------------------------------------------- nodes

// NodeParams are a node's terms as the commands give them.
type NodeParams struct {
	Gateway  string // URL; "" on create: this node's gateway
	Capacity uint64 // resource units
	Rent     string // amount: wei per unit per second per vnode
}

func (s *Service) nodeParams(p NodeParams) (chain.NodeParams, error) {
	rent, err := ParseAmount(p.Rent)
	if err != nil {
		return chain.NodeParams{}, err
	}
	if p.Capacity == 0 {
		return chain.NodeParams{}, fmt.Errorf("%w: --capacity must be above zero", ring.ErrBadArgument)
	}
	return chain.NodeParams{GatewayURL: p.Gateway, Capacity: p.Capacity, RentPerUnit: rent}, nil
}

// NodeCreate registers a replica node of from (its provider). nodeAvatar is
// the node's account in replica rings ("" = from); peerID its libp2p peer
// ID ("" = this node's).
func (s *Service) NodeCreate(ctx context.Context, from, nodeAvatar, peerID string, p NodeParams) (*NodeCreated, error) {
	if p.Gateway == "" {
		p.Gateway = s.opts.Gateway()
	}
	np, err := s.nodeParams(p)
	if err != nil {
		return nil, err
	}
	id := s.opts.Peer
	if peerID != "" {
		if id, err = peer.Decode(peerID); err != nil {
			return nil, fmt.Errorf("%w: --peer %q is not a peer ID: %v", ring.ErrBadArgument, peerID, err)
		}
	}
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	av := a.Address
	if nodeAvatar != "" {
		if av, err = s.account(nodeAvatar); err != nil {
			return nil, err
		}
	}
	nodeID, r, err := s.m.NodeCreate(ctx, a.PrivateKey(), av, []byte(id), np)
	if err != nil {
		return nil, err
	}
	return &NodeCreated{Tx: tx(a, r), NodeID: nodeID, Avatar: av}, nil
}

// NodeSetParams changes a node's terms (its provider only).
func (s *Service) NodeSetParams(ctx context.Context, from string, nodeID uint32, p NodeParams) (*Tx, error) {
	np, err := s.nodeParams(p)
	if err != nil {
		return nil, err
	}
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	r, err := s.m.NodeSetParams(ctx, a.PrivateKey(), nodeID, np)
	if err != nil {
		return nil, err
	}
	out := tx(a, r)
	return &out, nil
}

// NodeTrust lets manager put from's nodes into clusters, or (trust false)
// stops that.
func (s *Service) NodeTrust(ctx context.Context, from, manager string, trust bool) (*Tx, error) {
	mgr, err := s.account(manager)
	if err != nil {
		return nil, err
	}
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	r, err := s.m.NodeTrustManager(ctx, a.PrivateKey(), mgr, trust)
	if err != nil {
		return nil, err
	}
	out := tx(a, r)
	return &out, nil
}

// Node reads a node.
func (s *Service) Node(ctx context.Context, nodeID uint32) (*chain.MarketNode, error) {
	return s.m.Node(ctx, nodeID)
}

// ---------------------------------------------------------------- clusters

// ParseClusterNodes reads "ID[:VNODES],…" (vnodes default 1).
func ParseClusterNodes(s string) ([]chain.ClusterNode, error) {
	var out []chain.ClusterNode
	for f := range strings.SplitSeq(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		id, vn, found := strings.Cut(f, ":")
		n := chain.ClusterNode{VNodes: 1}
		var err error
		if n.NodeID, err = parseUint32(id); err != nil {
			return nil, fmt.Errorf("%w: node %q: %v; give ID[:VNODES],… such as 1:2,2,3", ring.ErrBadArgument, f, err)
		}
		if found {
			if n.VNodes, err = parseUint32(vn); err != nil {
				return nil, fmt.Errorf("%w: vnodes of %q: %v", ring.ErrBadArgument, f, err)
			}
		}
		out = append(out, n)
	}
	return out, nil
}

func parseUint32(s string) (uint32, error) {
	v, ok := new(big.Int).SetString(strings.TrimSpace(s), 10)
	if !ok || v.Sign() < 0 || !v.IsUint64() || v.Uint64() > 1<<32-1 {
		return 0, fmt.Errorf("%q is not a number from 0 to 4294967295", s)
	}
	return uint32(v.Uint64()), nil
}

// ClusterCreate creates a cluster managed by from, of nodes, reserving
// resourcePerVNode on each node per vnode, with a management fee in bps.
//
// The market creates the cluster's replica ring, with no keys. This node
// makes its read and replica keys as `ipfs ring create` does and stores
// them under the name cluster<ID> (cluster<ID>-2, -3… when a ring here has
// that name), for the manager to hand to the cluster's nodes with
// `ipfs ring keys export` and `import`. If the keys cannot be stored, the
// error names the cluster and its ring, which exist on chain all the same.
func (s *Service) ClusterCreate(ctx context.Context, from string, nodes []chain.ClusterNode, resourcePerVNode uint64, feeBps uint16) (*ClusterCreated, error) {
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	id, rg, r, err := s.m.ClusterCreate(ctx, a.PrivateKey(), nodes, resourcePerVNode, feeBps)
	if err != nil {
		return nil, err
	}
	name, err := s.storeClusterKeys(id, rg)
	if err != nil {
		return nil, fmt.Errorf("market: cluster %d was created (replica ring %s, tx %s), but its keys could not be stored on this node: %w",
			id, rg.Hex(), r.TxHash.Hex(), err)
	}
	return &ClusterCreated{Tx: tx(a, r), ClusterID: id, Ring: rg, Name: name}, nil
}

// storeClusterKeys makes fresh keys for cluster id's replica ring rg and
// stores them under the first free name of cluster<ID>, cluster<ID>-2, …
func (s *Service) storeClusterKeys(id uint32, rg common.Address) (string, error) {
	base := fmt.Sprintf("cluster%d", id)
	name := base
	for i := 2; ; i++ {
		_, err := s.rings(name)
		if errors.Is(err, ring.ErrUnknownRing) {
			break
		}
		if err != nil {
			return "", err
		}
		name = fmt.Sprintf("%s-%d", base, i)
	}
	k, err := ringkeys.Generate(rg, s.m.Client().ChainID(), name)
	if err != nil {
		return "", err
	}
	data, err := json.Marshal(k)
	if err != nil {
		return "", err
	}
	if _, err := s.local.ImportKeys(data, ""); err != nil {
		return "", err
	}
	return name, nil
}

// ClusterAddNode adds a node to a cluster (its manager only).
func (s *Service) ClusterAddNode(ctx context.Context, from string, clusterID uint32, n chain.ClusterNode) (*Tx, error) {
	return s.send(ctx, from, func(k *ecdsa.PrivateKey) (*chain.Receipt, error) {
		return s.m.ClusterAddNode(ctx, k, clusterID, n)
	})
}

// ClusterRemoveNode removes a node from a cluster (its manager or the
// node's provider).
func (s *Service) ClusterRemoveNode(ctx context.Context, from string, clusterID, nodeID uint32) (*Tx, error) {
	return s.send(ctx, from, func(k *ecdsa.PrivateKey) (*chain.Receipt, error) {
		return s.m.ClusterRemoveNode(ctx, k, clusterID, nodeID)
	})
}

// ClusterReserve sets the resource each vnode reserves (manager only).
func (s *Service) ClusterReserve(ctx context.Context, from string, clusterID uint32, resourcePerVNode uint64) (*Tx, error) {
	return s.send(ctx, from, func(k *ecdsa.PrivateKey) (*chain.Receipt, error) {
		return s.m.ClusterReserveResource(ctx, k, clusterID, resourcePerVNode)
	})
}

// ClusterFee sets the management fee in bps (manager only).
func (s *Service) ClusterFee(ctx context.Context, from string, clusterID uint32, bps uint16) (*Tx, error) {
	return s.send(ctx, from, func(k *ecdsa.PrivateKey) (*chain.Receipt, error) {
		return s.m.ClusterSetManagementFee(ctx, k, clusterID, bps)
	})
}

// ClusterDistribute pays out a cluster's settled revenues (anyone).
func (s *Service) ClusterDistribute(ctx context.Context, from string, clusterID uint32) (*Distributed, error) {
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	d, r, err := s.m.ClusterDistribute(ctx, a.PrivateKey(), clusterID)
	if err != nil {
		return nil, err
	}
	return &Distributed{Tx: tx(a, r), Distribution: d}, nil
}

// Cluster reads a cluster's whole status.
func (s *Service) Cluster(ctx context.Context, clusterID uint32) (*chain.MarketCluster, error) {
	return s.m.Cluster(ctx, clusterID)
}

func (s *Service) send(ctx context.Context, from string, f func(*ecdsa.PrivateKey) (*chain.Receipt, error)) (*Tx, error) {
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	r, err := f(a.PrivateKey())
	if err != nil {
		return nil, err
	}
	out := tx(a, r)
	return &out, nil
}

// ---------------------------------------------------------------- buckets

// BucketCreate opens a bucket for a ring (a local name or 0x address) in
// a cluster; from must own the ring.
func (s *Service) BucketCreate(ctx context.Context, from, ringName string, clusterID uint32) (*BucketCreated, error) {
	rg, err := s.rings(ringName)
	if err != nil {
		return nil, err
	}
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	id, r, err := s.m.BucketCreate(ctx, a.PrivateKey(), rg, clusterID)
	if err != nil {
		return nil, err
	}
	return &BucketCreated{Tx: tx(a, r), BucketID: id, Ring: rg}, nil
}

// maxRate is the accepted rate: maxRate when given, else the cluster's
// current price for resource (accept today's price).
func (s *Service) maxRate(ctx context.Context, bucketID, resource uint64, maxRate string) (*big.Int, error) {
	if maxRate != "" {
		return ParseAmount(maxRate)
	}
	b, err := s.m.Bucket(ctx, bucketID)
	if err != nil {
		return nil, err
	}
	c, err := s.m.Cluster(ctx, b.ClusterID)
	if err != nil {
		return nil, err
	}
	return new(big.Int).Mul(c.RentPerUnit, new(big.Int).SetUint64(resource)), nil
}

// BucketAlloc sets a bucket's resource (its owner only), at a rate of at
// most maxRate ("" = the cluster's current price).
func (s *Service) BucketAlloc(ctx context.Context, from string, bucketID, resource uint64, maxRate string) (*Allocated, error) {
	mr, err := s.maxRate(ctx, bucketID, resource, maxRate)
	if err != nil {
		return nil, err
	}
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	rate, r, err := s.m.BucketAlloc(ctx, a.PrivateKey(), bucketID, resource, mr)
	if err != nil {
		return nil, err
	}
	return &Allocated{Tx: tx(a, r), BucketID: bucketID, Resource: resource, Rate: rate}, nil
}

// Consent signs, as the bucket's owner from, a BucketAlloc valid for ttl,
// for the cluster's manager to send with BucketAllocFor. Nothing is sent.
func (s *Service) Consent(ctx context.Context, from string, bucketID, resource uint64, maxRate string, ttl time.Duration) (*Consent, error) {
	if ttl <= 0 {
		return nil, fmt.Errorf("%w: --ttl must be positive", ring.ErrBadArgument)
	}
	mr, err := s.maxRate(ctx, bucketID, resource, maxRate)
	if err != nil {
		return nil, err
	}
	a, err := avatar.Load(s.keys, from)
	if err != nil {
		return nil, err
	}
	acct, err := s.m.Account(ctx, a.Address)
	if err != nil {
		return nil, err
	}
	// The contract checks the deadline against the block's time, which
	// can be ahead of this clock (the dev chain's `ipfs ring chain advance`).
	now := s.opts.Now()
	if head, err := s.m.Client().HeadTime(ctx); err == nil && head.After(now) {
		now = head
	}
	c := chain.BucketAlloc{BucketID: bucketID, Resource: resource, MaxRate: mr, Nonce: acct.Nonce,
		Deadline: big.NewInt(now.Add(ttl).Unix())}
	sig, err := schemas.Sign(chain.BucketAllocDigest(s.m.Client().ChainID(), s.m.Address(), c), a.PrivateKey())
	if err != nil {
		return nil, err
	}
	return &Consent{BucketID: bucketID, Resource: resource, MaxRate: mr, Nonce: c.Nonce, Deadline: c.Deadline, Owner: a.Address, Sig: sig}, nil
}

// BucketAllocFor sends an owner's consent as the cluster's manager from.
func (s *Service) BucketAllocFor(ctx context.Context, from string, c Consent) (*Allocated, error) {
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	rate, r, err := s.m.BucketAllocFor(ctx, a.PrivateKey(), chain.BucketAlloc{BucketID: c.BucketID, Resource: c.Resource,
		MaxRate: c.MaxRate, Deadline: c.Deadline}, c.Sig)
	if err != nil {
		return nil, err
	}
	return &Allocated{Tx: tx(a, r), BucketID: c.BucketID, Resource: c.Resource, Rate: rate}, nil
}

// BucketSettle settles a bucket's rent up to now (anyone).
func (s *Service) BucketSettle(ctx context.Context, from string, bucketID uint64) (*Settled, error) {
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	st, r, err := s.m.BucketSettle(ctx, a.PrivateKey(), bucketID)
	if err != nil {
		return nil, err
	}
	return &Settled{Tx: tx(a, r), Settlement: st}, nil
}

// BucketEvict releases a bucket in debt (the cluster's manager only).
func (s *Service) BucketEvict(ctx context.Context, from string, bucketID uint64) (*Evicted, error) {
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	f, r, err := s.m.BucketEvict(ctx, a.PrivateKey(), bucketID)
	if err != nil {
		return nil, err
	}
	return &Evicted{Tx: tx(a, r), BucketID: bucketID, Forgiven: f}, nil
}

// Bucket reads a bucket's whole status.
func (s *Service) Bucket(ctx context.Context, bucketID uint64) (*chain.MarketBucket, error) {
	return s.m.Bucket(ctx, bucketID)
}

// ---------------------------------------------------------------- accounts

// Deposit sends amount from from's account into the market, credited to
// account ("" = from).
func (s *Service) Deposit(ctx context.Context, from, account, amount string) (*Moved, error) {
	v, err := ParseAmount(amount)
	if err != nil {
		return nil, err
	}
	if err := positive("the amount", v); err != nil {
		return nil, err
	}
	var to common.Address
	if account != "" {
		if to, err = s.account(account); err != nil {
			return nil, err
		}
	}
	a, err := s.signer(ctx, from, v)
	if err != nil {
		return nil, err
	}
	var r *chain.Receipt
	if account == "" {
		to = a.Address
		r, err = s.m.Deposit(ctx, a.PrivateKey(), v)
	} else {
		r, err = s.m.DepositFor(ctx, a.PrivateKey(), to, v)
	}
	if err != nil {
		return nil, err
	}
	return &Moved{Tx: tx(a, r), Account: to, Amount: v, Deposit: true}, nil
}

// Withdraw sends amount of from's unlocked balance to from's account.
func (s *Service) Withdraw(ctx context.Context, from, amount string) (*Moved, error) {
	v, err := ParseAmount(amount)
	if err != nil {
		return nil, err
	}
	if err := positive("the amount", v); err != nil {
		return nil, err
	}
	a, err := s.signer(ctx, from, nil)
	if err != nil {
		return nil, err
	}
	r, err := s.m.Withdraw(ctx, a.PrivateKey(), v)
	if err != nil {
		return nil, err
	}
	return &Moved{Tx: tx(a, r), Account: a.Address, Amount: v}, nil
}

// Account reads an account's status (a 0x address or an avatar's name)
// and its coin balance.
func (s *Service) Account(ctx context.Context, nameOrAddr string) (*Account, error) {
	addr, err := s.account(nameOrAddr)
	if err != nil {
		return nil, err
	}
	st, err := s.m.Account(ctx, addr)
	if err != nil {
		return nil, err
	}
	bal, err := s.m.Client().Balance(ctx, addr)
	if err != nil {
		return nil, err
	}
	return &Account{MarketAccount: st, Balance: bal}, nil
}
