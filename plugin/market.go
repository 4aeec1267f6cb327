package plugin

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/go-datastore"
	cmds "github.com/ipfs/go-ipfs-cmds"
	"github.com/ipfs/kubo/core"

	"github.com/mosaic-rings/rings/contracts"
	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/ring"
)

// ErrNoMarket is returned by the market commands on a node that knows no
// market: an external chain without Market.Address.
var ErrNoMarket = errors.New("this node knows no market")

// devNetworkFeeBps is the network fee of the market the embedded chain
// deploys (1 %), paid to the dev relayer's account.
const devNetworkFeeBps = 100

// openMarket returns the market client: Market.Address when set, else on
// the embedded chain the market deployed beside the factory (deployed or
// upgraded here), else nil with the reason.
func (p *Plugin) openMarket(ctx context.Context, oc *openedChain, ds datastore.Datastore) (*chain.Market, error, error) {
	client := oc.client
	if a := p.cfg.Market.Address; a != "" {
		m, err := chain.NewMarket(ctx, client, common.HexToAddress(a))
		if err != nil {
			return nil, nil, fmt.Errorf("Market.Address: %w", err)
		}
		return m, nil, nil
	}
	if oc.dc == nil {
		return nil, fmt.Errorf("%w: set Market.Address to the Market contract of chain %d (`ipfs config Plugins.Plugins.ring.Config.Market.Address 0x…`) and restart the daemon", ErrNoMarket, client.ChainID()), nil
	}
	addr, err := embeddedMarket(ctx, ds, oc.backend, oc.dc, client.Factory())
	if err != nil {
		return nil, nil, err
	}
	m, err := chain.NewMarket(ctx, client, addr)
	if err != nil {
		return nil, nil, err
	}
	return m, nil, nil
}

// embeddedMarket returns the market deployed on the embedded chain for
// factory, deploying it when there is none, or when the stored one is an
// older version's or another factory's. The address is recorded per
// genesis block beside the factory's.
func embeddedMarket(ctx context.Context, ds datastore.Datastore, backend *ethclient.Client, dc *devchain.Chain, factory common.Address) (common.Address, error) {
	return embeddedDeployment(ctx, ds, backend, dc, "market", "its accounts stay in the old one",
		func(addr common.Address) (bool, bool, error) { return isCurrentMarket(ctx, backend, addr, factory) },
		func() (common.Address, error) {
			addr, _, err := chain.DeployMarket(ctx, backend, dc.RelayerKey(), factory, devNetworkFeeBps)
			return addr, err
		})
}

// embeddedDeployment returns the contract recorded as name for the
// embedded chain's genesis, if current says it is this version's, else
// what deploy deploys, recorded in its place (with a line saying so, and
// what happens to the old one's state: lost).
func embeddedDeployment(ctx context.Context, ds datastore.Datastore, backend *ethclient.Client, dc *devchain.Chain, name, lost string,
	current func(common.Address) (current, hasCode bool, err error), deploy func() (common.Address, error)) (common.Address, error) {
	genesis, err := backend.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return common.Address{}, fmt.Errorf("reading the embedded chain's genesis: %w", err)
	}
	key := datastore.NewKey("/deployments/" + dc.ChainID().String() + "/" + genesis.Hash().Hex() + "/" + name)
	v, err := ds.Get(ctx, key)
	if err == nil && common.IsHexAddress(string(v)) {
		addr := common.HexToAddress(string(v))
		ok, hasCode, err := current(addr)
		if err != nil {
			return common.Address{}, err
		}
		if ok {
			return addr, nil
		}
		if hasCode {
			fmt.Printf("Ring plugin: the embedded chain's %s %s is not this version's or not for this chain's contracts; deploying a new one (%s)\n", name, addr.Hex(), lost)
		}
	} else if err != nil && !errors.Is(err, datastore.ErrNotFound) {
		return common.Address{}, err
	}
	addr, err := deploy()
	if err != nil {
		return common.Address{}, err
	}
	if err := ds.Put(ctx, key, []byte(addr.Hex())); err != nil {
		return common.Address{}, err
	}
	if err := ds.Sync(ctx, key); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

// isCurrentMarket reports whether addr holds this version's Market serving
// factory, and whether addr has code at all.
func isCurrentMarket(ctx context.Context, backend *ethclient.Client, addr, factory common.Address) (current, hasCode bool, err error) {
	if same, hasCode, err := hasArtifactCode(ctx, backend, addr, "Market"); !same || err != nil {
		return false, hasCode, err
	}
	abi := bindings.NewMarket()
	f, err := bind.Call(abi.Instance(backend, addr), &bind.CallOpts{Context: ctx}, abi.PackFactory(), abi.UnpackFactory)
	if err != nil {
		return false, true, fmt.Errorf("reading the embedded chain's market's factory: %w", err)
	}
	return f == factory, true, nil
}

// hasArtifactCode reports whether addr holds the deployed code of this
// version's artifact name, and whether it holds code at all.
func hasArtifactCode(ctx context.Context, backend *ethclient.Client, addr common.Address, name string) (same, hasCode bool, err error) {
	code, err := backend.CodeAt(ctx, addr, nil)
	if err != nil {
		return false, false, err
	}
	art, err := contracts.ReadArtifact(name)
	if err != nil {
		return false, false, err
	}
	return bytes.Equal(code, art.DeployedBytecode), len(code) > 0, nil
}

// newMarketService is the market service over m for node.
func (p *Plugin) newMarketService(m *chain.Market, node *core.IpfsNode, svc *ring.Service, embedded bool) *market.Service {
	return market.New(m, node.Repo.Keystore(), svc, market.Options{
		Faucet: embedded,
		Peer:   node.Identity,
		Gateway: func() string {
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.server == nil {
				return ""
			}
			return "http://" + p.server.Addr()
		},
	})
}

// marketService is the running market service for the market commands.
func (p *Plugin) marketService(env cmds.Environment) (*market.Service, error) {
	if _, err := p.service(env); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.market == nil {
		if p.noMarket != nil {
			return nil, p.noMarket
		}
		return nil, fmt.Errorf("%w; check the daemon's log for a ring plugin error", ErrNotRunning)
	}
	return p.market, nil
}
