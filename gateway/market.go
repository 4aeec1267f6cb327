package gateway

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
)

// Market is what the gateway needs of the replica market (docs/market.md)
// for the MarketBucket and MarketCluster methods and their GET routes: a
// bucket's and a cluster's whole status, read from the market's views.
// Package plugin implements it over the node's market service and gives
// it with WithMarket; without it (or while the node knows no market) the
// methods answer CodeNotFound with check "market".
//
// The gateway has checked the ids (1 to the type's maximum). An id the
// market does not know is a Coded CodeNotFound error with check "bucket"
// or "cluster".
type Market interface {
	// Bucket reads bucket id's status at the latest block.
	Bucket(ctx context.Context, id uint64) (*MarketBucket, error)
	// Cluster reads cluster id's status at the latest block.
	Cluster(ctx context.Context, id uint32) (*MarketCluster, error)
}

// WithMarket serves the market's read methods and routes over m. Without
// it they answer CodeNotFound, check "market".
func WithMarket(m Market) Option { return func(s *Server) { s.market = m } }

// MarketBucket is a bucket's whole status, the result of MarketBucket and
// GET /ring/market/bucket/{bucket}. Amounts of wei are decimal strings
// (a browser's numbers lose precision above 2^53); ids, resource units
// and unix times (block time, seconds) are JSON numbers. Due, PaidUntil
// and InDebt are what settling this bucket alone would give now.
type MarketBucket struct {
	BucketID    uint64 `json:"bucketId"`
	Owner       string `json:"owner"` // EIP-55 address
	Ring        string `json:"ring"`  // the replicated ring
	ClusterID   uint32 `json:"clusterId"`
	ClusterRing string `json:"clusterRing"` // the cluster's replica ring
	Resource    uint64 `json:"resource"`    // units allocated
	Rate        string `json:"rate"`        // wei per second, fixed at allocation
	// SettledUntil is the time up to which rent is settled.
	SettledUntil uint64 `json:"settledUntil"`
	// DebtSince is when the bucket went into debt; 0: it is not.
	DebtSince uint64 `json:"debtSince"`
	Due       string `json:"due"`       // wei owed since SettledUntil
	PaidUntil uint64 `json:"paidUntil"` // the time the owner's deposit pays up to
	InDebt    bool   `json:"inDebt"`
	// The owner's account: deposit, what it may withdraw, and the rate of
	// all its buckets, in wei (per second for the rate).
	AccountDeposit  string       `json:"accountDeposit"`
	AccountUnlocked string       `json:"accountUnlocked"`
	AccountRate     string       `json:"accountRate"`
	Nodes           []MarketNode `json:"nodes"` // the nodes serving it: the cluster's
}

// MarketCluster is a cluster's whole status, the result of MarketCluster
// and GET /ring/market/cluster/{cluster}, in MarketBucket's notation.
type MarketCluster struct {
	ClusterID        uint32       `json:"clusterId"`
	Manager          string       `json:"manager"`
	Ring             string       `json:"ring"` // the cluster's replica ring
	ManagementFeeBps uint16       `json:"managementFeeBps"`
	VNodes           uint32       `json:"vnodes"`
	ResourcePerVNode uint64       `json:"resourcePerVNode"`
	ResourceUsed     uint64       `json:"resourceUsed"`
	RentPerUnit      string       `json:"rentPerUnit"` // wei per unit per second: the price of new allocations
	Revenues         string       `json:"revenues"`    // wei settled and not yet distributed
	Nodes            []MarketNode `json:"nodes"`
}

// MarketNode is a replica node of the market.
type MarketNode struct {
	NodeID      uint32 `json:"nodeId"`
	Provider    string `json:"provider"`
	Avatar      string `json:"avatar"` // its account in replica rings
	ClusterID   uint32 `json:"clusterId"`
	VNodes      uint32 `json:"vnodes"`
	Capacity    uint64 `json:"capacity"`
	Reserved    uint64 `json:"reserved"`
	RentPerUnit string `json:"rentPerUnit"` // wei per unit per second, per vnode
	// Peer is the libp2p peer ID registered (0x hex when it does not
	// decode as one).
	Peer       string `json:"peer"`
	GatewayURL string `json:"gatewayUrl"`
}

// errNoMarket answers the market's methods on a gateway without one.
var errNoMarket = newError(CodeNotFound, "market", "this node knows no replica market (its chain has no Market.Address)")

// marketIDParams are the params of MarketBucket and MarketCluster.
type marketIDParams struct{ id uint64 }

// marketID checks a bucket (bits 64) or cluster (bits 32) id: a decimal
// integer from 1 to 2^bits-1.
func marketID(check string, bits int, s string) (uint64, *Error) {
	if !isUint(s, bits) || s == "0" {
		return 0, invalidParams(check, "must be a %s id: a decimal integer from 1 to %d, as a JSON number or a decimal string", check, uint64(1)<<bits-1)
	}
	v, _ := strconv.ParseUint(s, 10, bits)
	return v, nil
}

func decodeMarketID(name string, bits int) func(json.RawMessage, limits) (*marketIDParams, *Error) {
	return func(raw json.RawMessage, lim limits) (*marketIDParams, *Error) {
		p := &params{lim: lim}
		o := p.top(raw, name)
		v := p.value(o, name, true)
		if p.err != nil {
			return nil, p.err
		}
		s := string(v)
		if v[0] == '"' {
			s, _ = jsonString(v)
		}
		id, e := marketID(name, bits, s)
		if e != nil {
			return nil, e
		}
		return &marketIDParams{id: id}, nil
	}
}

func (s *Server) marketBucket(ctx context.Context, id uint64) (any, error) {
	if s.market == nil {
		return nil, errNoMarket
	}
	return s.market.Bucket(ctx, id)
}

func (s *Server) marketCluster(ctx context.Context, id uint64) (any, error) {
	if s.market == nil {
		return nil, errNoMarket
	}
	return s.market.Cluster(ctx, uint32(id))
}

func init() {
	decBucket, decCluster := decodeMarketID("bucket", 64), decodeMarketID("cluster", 32)
	rpcMethods["MarketBucket"] = func(ctx context.Context, s *Server, raw json.RawMessage) (any, error) {
		p, e := decBucket(raw, s.lim)
		if e != nil {
			return nil, e
		}
		return s.marketBucket(ctx, p.id)
	}
	rpcMethods["MarketCluster"] = func(ctx context.Context, s *Server, raw json.RawMessage) (any, error) {
		p, e := decCluster(raw, s.lim)
		if e != nil {
			return nil, e
		}
		return s.marketCluster(ctx, p.id)
	}
}

// serveMarket is GET /ring/market/bucket/{bucket} (bits 64, read by get)
// or GET /ring/market/cluster/{cluster} (bits 32).
func (s *Server) serveMarket(name string, bits int, get func(*Server, context.Context, uint64) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id, e := marketID(name, bits, r.PathValue(name))
		if e != nil {
			s.writeError(w, r, e)
			return
		}
		res, err := get(s, r.Context(), id)
		if err != nil {
			s.writeError(w, r, rpcError(err))
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		s.writeJSON(w, r, http.StatusOK, res)
	})
}
