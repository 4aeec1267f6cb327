package plugin

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	logging "github.com/ipfs/go-log/v2"
	"github.com/ipfs/kubo/core"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/registryclient"
	"github.com/mosaic-rings/rings/plugin/replica"
	"github.com/mosaic-rings/rings/plugin/ringpeers"
)

// registryAccess is how a node that is not a registry node reaches the
// registry (plugin/registryclient), and the replica's records in it.
type registryAccess struct {
	remote *registryclient.Remote     // nil when no registry ring is known
	ads    *registryclient.Advertiser // nil unless the node is a replica
}

// nodeRegistry is the registry this node uses: its own registry service
// on a registry node, the registry nodes' gateways on any other node that
// knows the registry ring, nil when it knows none.
func (p *Plugin) nodeRegistry() registryclient.Registry {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.registry != nil:
		return registryclient.Local{Service: p.registry.svc}
	case p.access != nil && p.access.remote != nil:
		return p.access.remote
	}
	return nil
}

// gatewayAddrs are the multiaddrs of the node's ring gateway that it
// publishes beside its libp2p addresses (ringpeers.Options.Extra), so that
// nodes find registry nodes' (and replicas') gateways; nil before the
// gateway runs.
func gatewayAddrs(node *core.IpfsNode, srv func() *gateway.Server) func() []ma.Multiaddr {
	return func() []ma.Multiaddr {
		s := srv()
		if s == nil {
			return nil
		}
		return registryclient.GatewayAddrs(s.Addr(), node.PeerHost.Addrs())
	}
}

// startRegistryAccess sets up the Remote registry (when the registry ring
// is known) and, on a replica, the Advertiser of its records. It runs
// after startRegistry.
func (p *Plugin) startRegistryAccess(node *core.IpfsNode, ds datastore.Datastore, client *chain.Client, peers *ringpeers.Peers, rep *replica.Replica, srv *gateway.Server, regRing *common.Address) *registryAccess {
	a := &registryAccess{}
	if regRing != nil {
		ring := *regRing
		a.remote = registryclient.NewRemote(client.ChainID(), func(ctx context.Context) ([]string, error) {
			st, err := client.State(ctx, ring)
			if err != nil {
				return nil, fmt.Errorf("reading the registry ring %s: %w", ring.Hex(), err)
			}
			members := make([]common.Address, len(st.Members))
			for i, m := range st.Members {
				members[i] = m.Member
			}
			infos, err := peers.Find(ctx, ring, members)
			return registryclient.GatewayURLs(infos), err
		}, registryclient.WithNote(p.notRegistry))
	}
	name := p.cfg.Replica.Avatar
	if name == "" {
		return a
	}
	self, err := avatar.Load(node.Repo.Keystore(), name)
	if err != nil {
		return a // startGateway refused it already
	}
	url := "http://" + srv.Addr()
	if addrs := registryclient.GatewayAddrs(srv.Addr(), node.PeerHost.Addrs()); len(addrs) > 0 {
		if us := registryclient.GatewayURLs([]peer.AddrInfo{{Addrs: addrs}}); len(us) > 0 {
			url = us[0]
		}
	}
	a.ads = registryclient.NewAdvertiser(registryclient.AdvertiserConfig{
		Registry: p.nodeRegistry,
		Key:      self.PrivateKey(),
		Peer:     node.Identity,
		URL:      url,
		Rings: func(ctx context.Context) ([]registryclient.Replicated, error) {
			rings, err := rep.Replicated(ctx)
			if err != nil {
				return nil, err
			}
			out := make([]registryclient.Replicated, 0, len(rings))
			for _, r := range rings {
				st, err := client.State(ctx, r)
				if err != nil {
					return nil, fmt.Errorf("reading the owner of ring %s: %w", r.Hex(), err)
				}
				out = append(out, registryclient.Replicated{Ring: r, Owner: st.Owner})
			}
			return out, nil
		},
		Store:      namespace.Wrap(ds, datastore.NewKey("/registry-replica-records")),
		RenewEvery: p.cfg.registryRules().StaleAfter / 3,
		Logf:       logging.Logger("ring/registry").Errorf,
	})
	return a
}

// pokingBackend is the replica as the gateway's backend, telling the
// Advertiser at once when a ring is replicated or dropped.
type pokingBackend struct {
	*replica.Replica
	p *Plugin
}

func (b pokingBackend) poke() {
	b.p.mu.Lock()
	a := b.p.access
	b.p.mu.Unlock()
	if a != nil && a.ads != nil {
		a.ads.Poke()
	}
}

func (b pokingBackend) ReplicateRing(ctx context.Context, p *gateway.ReplicateRingParams) (*gateway.ReplicateStatus, error) {
	st, err := b.Replica.ReplicateRing(ctx, p)
	if err == nil {
		b.poke()
	}
	return st, err
}

func (b pokingBackend) UnreplicateRing(ctx context.Context, p *gateway.UnreplicateRingParams) (*gateway.ReplicateStatus, error) {
	st, err := b.Replica.UnreplicateRing(ctx, p)
	if err == nil {
		b.poke()
	}
	return st, err
}

// close stops the Advertiser.
func (a *registryAccess) close() {
	if a != nil && a.ads != nil {
		a.ads.Close()
	}
}
