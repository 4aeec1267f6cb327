package plugin

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	logging "github.com/ipfs/go-log/v2"
	"github.com/ipfs/kubo/core"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/keyshare"
	"github.com/mosaic-rings/rings/plugin/registryclient"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
)

// clusterKeys gets a replica node the keys of the market clusters its
// avatar belongs to: a node added to a cluster (by its manager, or by an
// amendment replacing a failing node) is a member of the cluster's replica
// ring on chain and asks the cluster's other nodes for the ring's keys
// (keyshare). With the keys, the replica's watch of its replica rings
// learns the rings the cluster replicates from the other replicas'
// records, and replicates them.
type clusterKeys struct {
	host host.Host
	keys *ringkeys.Dir
	self *avatar.Avatar
	m    *chain.Market
	log  *logging.ZapEventLogger
}

// run looks every interval until ctx ends.
func (c *clusterKeys) run(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		if err := c.fetch(ctx); err != nil && ctx.Err() == nil {
			c.log.Warnf("fetching the keys of this node's clusters: %v", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// fetch asks for the keys of every cluster the avatar is in whose keys
// this node lacks, from the cluster's other nodes in turn.
func (c *clusterKeys) fetch(ctx context.Context) error {
	n, err := c.m.ClusterCount(ctx)
	if err != nil {
		return err
	}
	chainID := c.m.Client().ChainID()
	for id := uint32(1); id <= n; id++ {
		cl, err := c.m.Cluster(ctx, id)
		if err != nil {
			return err
		}
		if !slices.ContainsFunc(cl.Nodes, func(nd chain.MarketNode) bool { return nd.Avatar == c.self.Address }) {
			continue
		}
		if _, err := c.keys.Get(cl.Ring); err == nil {
			continue
		}
		var lastErr error
		for _, nd := range cl.Nodes {
			if nd.Avatar == c.self.Address {
				continue
			}
			k, err := c.ask(ctx, nd, cl.Ring, chainID, fmt.Sprintf("cluster%d", id))
			if err != nil {
				lastErr = err
				continue
			}
			if err := c.keys.Put(k); err != nil {
				return err
			}
			c.log.Infof("got the keys of cluster %d's replica ring %s from node %d", id, cl.Ring.Hex(), nd.NodeID)
			lastErr = nil
			break
		}
		if lastErr != nil {
			c.log.Warnf("no node of cluster %d gave its replica ring's keys: %v", id, lastErr)
		}
	}
	return nil
}

// ask asks one node of the cluster, connecting to it through the
// addresses its registered gateway gives.
func (c *clusterKeys) ask(ctx context.Context, nd chain.MarketNode, ring common.Address, chainID uint64, name string) (ringkeys.Keys, error) {
	pid, err := peer.IDFromBytes(nd.PeerID)
	if err != nil {
		return ringkeys.Keys{}, fmt.Errorf("node %d registered no valid peer ID: %w", nd.NodeID, err)
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if c.host.Network().Connectedness(pid) != network.Connected && nd.GatewayURL != "" {
		info, err := registryclient.NodeAt(ctx, nd.GatewayURL, pid)
		if err != nil {
			return ringkeys.Keys{}, err
		}
		if err := c.host.Connect(ctx, info); err != nil {
			return ringkeys.Keys{}, err
		}
	}
	return keyshare.Ask(ctx, c.host, pid, ring, chainID, c.self, name, time.Now())
}

// startKeyShare answers other members' key requests for the rings whose
// keys this node holds, and on a replica node in the market fetches the
// keys of its clusters (clusterKeys) every Market.CheckInterval. It
// returns what stops both.
func (p *Plugin) startKeyShare(node *core.IpfsNode, oc *openedChain, keys *ringkeys.Dir, mk *chain.Market) (func(), error) {
	srv := keyshare.Serve(node.PeerHost, keys, oc.client.ChainID(), oc.client, time.Now)
	name := p.cfg.Replica.Avatar
	if mk == nil || name == "" {
		return srv.Stop, nil
	}
	self, err := avatar.Load(node.Repo.Keystore(), name)
	if err != nil {
		srv.Stop()
		return nil, fmt.Errorf("Replica.Avatar: %w", err)
	}
	ck := &clusterKeys{host: node.PeerHost, keys: keys, self: self, m: mk, log: logging.Logger("ring/keys")}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		ck.run(ctx, mustDuration(p.cfg.Market.CheckInterval))
	}()
	return func() { srv.Stop(); cancel(); <-done }, nil
}
