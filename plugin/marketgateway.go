package plugin

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/replica"
)

// gatewayMarket is the gateway's Market over this node's market service.
// The gateway starts before the market is opened, so it looks the
// service up at each call: until then, and on a node that knows no
// market, it answers gateway.CodeNotFound with check "market".
type gatewayMarket struct{ p *Plugin }

var _ gateway.Market = (*gatewayMarket)(nil)

func (g *gatewayMarket) service() (*market.Service, error) {
	g.p.mu.Lock()
	defer g.p.mu.Unlock()
	if g.p.market == nil {
		return nil, &replica.CheckError{Code: gateway.CodeNotFound, Name: "market",
			Msg: "this node knows no replica market (its chain has no Market.Address)", Cause: g.p.noMarket}
	}
	return g.p.market, nil
}

func (g *gatewayMarket) Bucket(ctx context.Context, id uint64) (*gateway.MarketBucket, error) {
	svc, err := g.service()
	if err != nil {
		return nil, err
	}
	b, err := svc.Bucket(ctx, id)
	if err != nil {
		return nil, marketReadError(err, "bucket", id)
	}
	return bucketJSON(b), nil
}

func (g *gatewayMarket) Cluster(ctx context.Context, id uint32) (*gateway.MarketCluster, error) {
	svc, err := g.service()
	if err != nil {
		return nil, err
	}
	c, err := svc.Cluster(ctx, id)
	if err != nil {
		return nil, marketReadError(err, "cluster", uint64(id))
	}
	return clusterJSON(c), nil
}

// marketReadError is CodeNotFound for an id the market does not know;
// any other error (the chain failed) is the gateway's internal error.
func marketReadError(err error, what string, id uint64) error {
	if errors.Is(err, chain.ErrMarketUnknown) {
		return &replica.CheckError{Code: gateway.CodeNotFound, Name: what, Msg: fmt.Sprintf("the market has no %s %d", what, id), Cause: err}
	}
	return err
}

// wei writes an amount as a decimal string ("0" for none).
func wei(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}

func bucketJSON(b *chain.MarketBucket) *gateway.MarketBucket {
	return &gateway.MarketBucket{BucketID: b.BucketID, Owner: b.Owner.Hex(), Ring: b.Ring.Hex(), ClusterID: b.ClusterID,
		ClusterRing: b.ClusterRing.Hex(), Resource: b.Resource, Rate: wei(b.Rate), SettledUntil: b.SettledUntil,
		DebtSince: b.DebtSince, Due: wei(b.Due), PaidUntil: b.PaidUntil, InDebt: b.InDebt,
		AccountDeposit: wei(b.AccountDeposit), AccountUnlocked: wei(b.AccountUnlocked), AccountRate: wei(b.AccountRate),
		Nodes: nodesJSON(b.Nodes)}
}

func clusterJSON(c *chain.MarketCluster) *gateway.MarketCluster {
	return &gateway.MarketCluster{ClusterID: c.ClusterID, Manager: c.Manager.Hex(), Ring: c.Ring.Hex(),
		ManagementFeeBps: c.ManagementFeeBps, VNodes: c.VNodes, ResourcePerVNode: c.ResourcePerVNode,
		ResourceUsed: c.ResourceUsed, RentPerUnit: wei(c.RentPerUnit), Revenues: wei(c.Revenues), Nodes: nodesJSON(c.Nodes)}
}

func nodesJSON(ns []chain.MarketNode) []gateway.MarketNode {
	out := make([]gateway.MarketNode, len(ns))
	for i, n := range ns {
		pid := hexutil.Encode(n.PeerID)
		if id, err := peer.IDFromBytes(n.PeerID); err == nil {
			pid = id.String()
		}
		out[i] = gateway.MarketNode{NodeID: n.NodeID, Provider: n.Provider.Hex(), Avatar: n.Avatar.Hex(), ClusterID: n.ClusterID,
			VNodes: n.VNodes, Capacity: n.Capacity, Reserved: n.Reserved, RentPerUnit: wei(n.RentPerUnit), Peer: pid,
			GatewayURL: n.GatewayURL}
	}
	return out
}
