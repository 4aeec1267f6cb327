package plugin

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ipfs/go-datastore"
	cmds "github.com/ipfs/go-ipfs-cmds"
	logging "github.com/ipfs/go-log/v2"
	"github.com/ipfs/kubo/core"

	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/challenge"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/ringlog"
)

// openChallenges returns the challenges contract: Challenges.Address when
// set, else on the embedded chain the one deployed beside the market
// (deployed or upgraded here), else nil.
func (p *Plugin) openChallenges(ctx context.Context, oc *openedChain, ds datastore.Datastore, mk *chain.Market) (*chain.Challenges, error) {
	if a := p.cfg.Challenges.Address; a != "" {
		ch, err := chain.NewChallenges(ctx, oc.client, common.HexToAddress(a))
		if err != nil {
			return nil, fmt.Errorf("Challenges.Address: %w", err)
		}
		return ch, nil
	}
	if oc.dc == nil || mk == nil {
		return nil, nil
	}
	market := mk.Address()
	addr, err := embeddedDeployment(ctx, ds, oc.backend, oc.dc, "challenges", "its challenges and reputations stay in the old one",
		func(addr common.Address) (bool, bool, error) {
			return isCurrentChallenges(ctx, oc.backend, addr, market)
		},
		func() (common.Address, error) {
			addr, _, err := chain.DeployChallenges(ctx, oc.backend, oc.dc.RelayerKey(), market)
			return addr, err
		})
	if err != nil {
		return nil, err
	}
	return chain.NewChallenges(ctx, oc.client, addr)
}

// isCurrentChallenges reports whether addr holds this version's
// Challenges reading market, and whether addr has code at all.
func isCurrentChallenges(ctx context.Context, backend *ethclient.Client, addr, market common.Address) (current, hasCode bool, err error) {
	if same, hasCode, err := hasArtifactCode(ctx, backend, addr, "Challenges"); !same || err != nil {
		return false, hasCode, err
	}
	abi := bindings.NewChallenges()
	m, err := bind.Call(abi.Instance(backend, addr), &bind.CallOpts{Context: ctx}, abi.PackMarket(), abi.UnpackMarket)
	if err != nil {
		return false, true, fmt.Errorf("reading the embedded chain's challenges' market: %w", err)
	}
	return m == market, true, nil
}

// startChallenges starts the node's part in challenges over ch: a replica
// node (Replica.Avatar) countersigns receipts for the challenges it hosts;
// with Challenges.Keeper or Challenges.Attester the service runs. It
// returns what stops them.
func (p *Plugin) startChallenges(node *core.IpfsNode, oc *openedChain, logs *ringlog.Store, ch *chain.Challenges, mk *chain.Market) (func(), error) {
	on := challenge.NewOnChain(ch, mk)
	client := oc.client
	now := func() time.Time {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		t, err := challenge.ChainNow(ctx, client)
		if err != nil {
			return time.Now()
		}
		return t
	}
	var stops []func()
	if name := p.cfg.Replica.Avatar; name != "" {
		self, err := avatar.Load(node.Repo.Keystore(), name)
		if err != nil {
			return nil, fmt.Errorf("Replica.Avatar: %w", err)
		}
		srv := challenge.Serve(node.PeerHost, logs, self, on, now)
		stops = append(stops, srv.Stop)
	}
	cfg := p.cfg.Challenges
	if cfg.Keeper || cfg.Attester != "" {
		opts := challenge.Options{Keeper: cfg.Keeper, Sender: oc.relayer, Interval: mustDuration(cfg.Interval),
			Logf: logging.Logger("ring/challenges").Infof}
		if cfg.Attester != "" {
			a, err := avatar.Load(node.Repo.Keystore(), cfg.Attester)
			if err != nil {
				return nil, fmt.Errorf("Challenges.Attester: %w", err)
			}
			opts.Attester = a
		}
		if dc := oc.dc; dc != nil {
			// The embedded chain seals blocks only for transactions.
			opts.MineBlock = func() error {
				_, err := dc.AdvanceTime(time.Second)
				return err
			}
		}
		svc := challenge.NewService(node.PeerHost, on, mk, opts)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() {
			defer close(done)
			svc.Run(ctx)
		}()
		stops = append(stops, func() { cancel(); <-done })
	}
	return func() {
		for _, stop := range stops {
			stop()
		}
	}, nil
}

// newChallengeOps is the operator's side of ch for the attester and
// challenge commands, nil when the node knows no challenges contract. On
// the embedded chain the market service's faucet funds the attesters
// (mks.Fund) and a block is sealed for a seed block.
func (p *Plugin) newChallengeOps(ch *chain.Challenges, mk *chain.Market, mks *market.Service, node *core.IpfsNode, oc *openedChain) *challenge.Ops {
	if ch == nil {
		return nil
	}
	opts := challenge.OpsOptions{
		Peer: node.Identity,
		Gateway: func() string {
			p.mu.Lock()
			defer p.mu.Unlock()
			if p.server == nil {
				return ""
			}
			return "http://" + p.server.Addr()
		},
	}
	if mks != nil {
		opts.Fund = mks.Fund
	}
	if dc := oc.dc; dc != nil {
		opts.MineBlock = func() error {
			_, err := dc.AdvanceTime(time.Second)
			return err
		}
	}
	return challenge.NewOps(ch, mk, node.Repo.Keystore(), oc.relayer, opts)
}

// challengeOps is the running node's challenge operations for the
// attester and challenge commands, or an error that says why there are
// none (no daemon, no challenges contract: what to configure).
func (p *Plugin) challengeOps(env cmds.Environment) (*challenge.Ops, error) {
	if _, err := p.service(env); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.chOps != nil {
		return p.chOps, nil
	}
	if p.challenges == nil && p.cfg.Chain.RPC != "" {
		return nil, fmt.Errorf("%w: this node runs on the chain at %s (Chain.RPC); set Challenges.Address to that chain's Challenges contract (`ipfs config Plugins.Plugins.ring.Config.Challenges.Address 0x…`) and restart the daemon",
			challenge.ErrNoContract, p.cfg.Chain.RPC)
	}
	return nil, fmt.Errorf("%w; check the daemon's log for a ring plugin error", ErrNotRunning)
}
