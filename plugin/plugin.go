// Package plugin is the Kubo plugin of Rings: it reads the plugin config at
// Init (an invalid one stops only the daemon and `ipfs ring`, never Kubo's
// own commands), starts the ring service inside `ipfs daemon` (the embedded
// dev chain or an external chain, the log store over the node's blockstore,
// datastore and pinner, and the ring keys under <repo>/ring/keys), and
// provides the `ipfs ring` command tree.
//
// Build a Kubo binary with it preloaded (see build/ipfs):
//
//	p := plugin.New()
//	p.RegisterCommands() // before kubo.Start
//	kubo.Start(kubo.BuildEnv(func(l *loader.PluginLoader) error { return l.Load(p) }))
//
// Shutdown order: when Kubo stops the node, an fx stop hook (registered
// through Options, so it runs before the repo closes) stops the service and
// closes the log store, which finishes its pending pin moves. Kubo then
// calls Close, which closes the chain (the embedded chain persists on a
// clean close). Every append and key write is durable when its command
// returns; pin moves that a crash cuts off are redone by Reconcile at the
// next start.
package plugin

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	boxogw "github.com/ipfs/boxo/gateway"
	"github.com/ipfs/boxo/keystore"
	"github.com/ipfs/go-datastore"
	"github.com/ipfs/go-datastore/namespace"
	cmds "github.com/ipfs/go-ipfs-cmds"
	logging "github.com/ipfs/go-log/v2"
	"github.com/ipfs/kubo/cmd/ipfs/kubo"
	"github.com/ipfs/kubo/core"
	corecmds "github.com/ipfs/kubo/core/commands"
	"github.com/ipfs/kubo/core/commands/cmdenv"
	kuboplugin "github.com/ipfs/kubo/plugin"
	"github.com/libp2p/go-libp2p/core/peer"
	"go.uber.org/fx"

	"github.com/mosaic-rings/rings/contracts"
	"github.com/mosaic-rings/rings/contracts/bindings"
	"github.com/mosaic-rings/rings/contracts/chain"
	"github.com/mosaic-rings/rings/contracts/devchain"
	"github.com/mosaic-rings/rings/gateway"
	"github.com/mosaic-rings/rings/plugin/announce"
	"github.com/mosaic-rings/rings/plugin/avatar"
	"github.com/mosaic-rings/rings/plugin/challenge"
	"github.com/mosaic-rings/rings/plugin/commands"
	"github.com/mosaic-rings/rings/plugin/logsync"
	"github.com/mosaic-rings/rings/plugin/market"
	"github.com/mosaic-rings/rings/plugin/registryclient"
	"github.com/mosaic-rings/rings/plugin/replica"
	"github.com/mosaic-rings/rings/plugin/ring"
	"github.com/mosaic-rings/rings/plugin/ringkeys"
	"github.com/mosaic-rings/rings/plugin/ringlog"
	"github.com/mosaic-rings/rings/plugin/ringpeers"
	"github.com/mosaic-rings/rings/plugin/votes"
	"github.com/mosaic-rings/rings/web"
)

// Name is the plugin's name in Kubo's Plugins config.
const Name = "ring"

// Version of the plugin.
const Version = "0.1.0"

// ErrNotRunning is returned by ring commands when the daemon's ring service
// is not running.
var ErrNotRunning = errors.New("the ring service is not running")

// Plugin is the Rings plugin for Kubo.
type Plugin struct {
	cfg    Config
	cfgErr error // a *ConfigError when the config is invalid; cfg is then unset
	repo   string

	mu      sync.Mutex
	node    *core.IpfsNode
	svc     *ring.Service
	logs    *ringlog.Store
	replica *replica.Replica
	server  *gateway.Server
	logsync *logsync.Server
	// stopFollow stops the vote protocol, the head cache and the
	// background sync.
	stopFollow func()
	closer     func() error
	// registry is the registry role, nil when the node is not a registry
	// node; notRegistry then says why.
	registry    *registryNode
	notRegistry error
	// registryReading reads the anchored registry; nil when the node
	// does not know the registry ring.
	registryReading *registryReading
	// access reaches the registry from a node that is not a registry
	// node, and keeps a replica's records in it (registryaccess.go).
	access *registryAccess
	// market is the market service, nil when the node knows no market;
	// noMarket then says why.
	market   *market.Service
	noMarket error
	// challenges is the Challenges contract, nil when the node knows none;
	// stopChallenges stops the node's part in them, and the key sharing
	// (startKeyShare).
	challenges     *chain.Challenges
	stopChallenges func()
	// chOps is the operator's side of challenges (the attester and
	// challenge commands), nil with challenges.
	chOps *challenge.Ops
	// chain is what the chain commands get of the chain (chain.go).
	chain *commands.Chain
}

var (
	_ kuboplugin.PluginDaemonInternal = (*Plugin)(nil)
	_ kuboplugin.PluginFx             = (*Plugin)(nil)
)

// New returns the plugin, to be preloaded into Kubo's plugin loader.
func New() *Plugin { return &Plugin{} }

// Name implements kuboplugin.Plugin.
func (p *Plugin) Name() string { return Name }

// Version implements kuboplugin.Plugin.
func (p *Plugin) Version() string { return Version }

// Init reads and validates the config. Kubo calls it on every command, so
// it does nothing else, and it does not fail on an invalid config: that
// would stop every command, `ipfs config` too. It records the error
// instead; Start and the `ipfs ring` commands (through service) return it.
func (p *Plugin) Init(env *kuboplugin.Environment) error {
	p.repo = env.Repo
	p.cfg, p.cfgErr = decodeConfig(env.Config)
	return nil
}

// Command is the `ipfs ring` command tree, bound to this plugin's service.
func (p *Plugin) Command() *cmds.Command {
	return commands.Root(p.service, p.local, p.registryService, p.registryReader, p.marketService, p.chainService, p.chainRepo, p.challengeOps)
}

// registryService is the running registry for the registry commands, or
// an error that says why there is none (no daemon, not a registry node).
func (p *Plugin) registryService(env cmds.Environment) (*commands.Registry, error) {
	svc, err := p.service(env)
	if err != nil {
		return nil, err
	}
	node, err := cmdenv.GetNode(env)
	if err != nil {
		return nil, err
	}
	reg := p.nodeRegistry()
	p.mu.Lock()
	defer p.mu.Unlock()
	out := &commands.Registry{Service: reg, Ring: svc, Avatars: node.Repo.Keystore(), Peer: node.Identity, NotLocal: p.notRegistry}
	if p.registry != nil {
		out.Local = p.registry.svc
	} else if out.NotLocal == nil {
		out.NotLocal = fmt.Errorf("%w; check the daemon's log for a ring plugin error", ErrNotRunning)
	}
	if reg == nil {
		return nil, out.NotLocal
	}
	if rep := p.replica; rep != nil {
		out.Replicates = func(ctx context.Context, ring common.Address) bool {
			rings, err := rep.Replicated(ctx)
			return err == nil && slices.Contains(rings, ring)
		}
	}
	return out, nil
}

// RegisterCommands adds `ipfs ring` to Kubo's command trees: the RPC API's
// (so the daemon serves /api/v0/ring/...) and the CLI's (so the client
// parses it). In both it also replaces `ipfs config` with a copy that
// refuses a value that would make the ring config invalid (guardConfigSet).
// Call it once, before kubo.Start.
func (p *Plugin) RegisterCommands() {
	c := p.Command()
	corecmds.Root.Subcommands[Name] = c
	kubo.Root.Subcommands[Name] = c
	config := guardConfigSet(corecmds.Root.Subcommands["config"])
	corecmds.Root.Subcommands["config"] = config
	kubo.Root.Subcommands["config"] = config
}

// service is the running ring service. The commands run in the daemon; in
// any other process (no daemon is running for the repo, so Kubo runs the
// command locally) the plugin never started, and service says to start one
// without building a node, or returns the config error that would stop it.
// A running daemon keeps the config it started with, whatever the file now
// holds.
func (p *Plugin) service(env cmds.Environment) (*ring.Service, error) {
	p.mu.Lock()
	started := p.node != nil
	p.mu.Unlock()
	if !started && p.cfgErr != nil {
		return nil, fmt.Errorf("%w; %s", p.cfgErr, fixConfig)
	}
	if !started {
		return nil, fmt.Errorf("%w: the ring commands run in the daemon, and none is running for %s; start it with `ipfs daemon` and run the command again", ErrNotRunning, p.repo)
	}
	node, err := cmdenv.GetNode(env)
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.svc == nil || p.node != node {
		return nil, fmt.Errorf("%w; check the daemon's log for a ring plugin error", ErrNotRunning)
	}
	return p.svc, nil
}

// local is the repo's ring keys and avatars: the running service's, or in
// a client with no daemon running, read from the repo's files (no node is
// built: both are directories of files).
func (p *Plugin) local(env cmds.Environment) (ring.Local, error) {
	p.mu.Lock()
	started := p.node != nil
	p.mu.Unlock()
	if started {
		svc, err := p.service(env)
		if err != nil {
			return ring.Local{}, err
		}
		return svc.Local(), nil
	}
	if p.cfgErr != nil {
		return ring.Local{}, fmt.Errorf("%w; %s", p.cfgErr, fixConfig)
	}
	keys, err := ringkeys.Open(filepath.Join(p.repo, "ring", "keys"))
	if err != nil {
		return ring.Local{}, err
	}
	ks, err := keystore.NewFSKeystore(filepath.Join(p.repo, "keystore"))
	if err != nil {
		return ring.Local{}, fmt.Errorf("reading the keystore of %s: %w", p.repo, err)
	}
	return ring.Local{Keys: keys, Avatars: ks}, nil
}

// Start opens the chain and starts the ring service for the daemon's node.
// An invalid config fails it, which stops the daemon.
func (p *Plugin) Start(node *core.IpfsNode) error {
	if p.cfgErr != nil {
		return fmt.Errorf("%w; %s, then start the daemon again", p.cfgErr, fixConfig)
	}
	ctx, cancel := context.WithTimeout(node.Context(), 2*time.Minute)
	defer cancel()

	ds := namespace.Wrap(node.Repo.Datastore(), datastore.NewKey("/ring"))
	oc, err := p.openChain(ctx, node, ds)
	if err != nil {
		return fmt.Errorf("ring plugin: %w", err)
	}
	client, closer := oc.client, oc.close
	keys, err := ringkeys.Open(filepath.Join(p.repo, "ring", "keys"))
	if err != nil {
		_ = closer()
		return fmt.Errorf("ring plugin: %w", err)
	}
	embedded := p.cfg.Chain.RPC == ""
	changed := make(chan common.Address, 64)
	heads, err := chain.NewFollower(oc.backend, chain.FollowConfig{
		Confirmations: p.cfg.Sync.Confirmations,
		PollInterval:  mustDuration(p.cfg.Sync.PollInterval),
		OnChange: func(ring common.Address) {
			select {
			case changed <- ring:
			default: // the follow loop is behind; its periodic check catches up
			}
		},
		OnError: func(err error) { logging.Logger("ring").Errorf("following the chain: %v", err) },
	})
	if err != nil {
		_ = closer()
		return fmt.Errorf("ring plugin: %w", err)
	}
	root := node.Repo.Datastore()
	logs := ringlog.New(node.Blockstore, ds, node.Pinning, ringlog.WithBlockSync(func(ctx context.Context) error {
		return root.Sync(ctx, datastore.NewKey("/blocks"))
	}), ringlog.WithRevocations(client))
	if n, err := logs.Reconcile(ctx); err != nil {
		_ = logs.Close()
		_ = closer()
		return fmt.Errorf("ring plugin: re-pinning log heads: %w", err)
	} else if n > 0 {
		fmt.Printf("Ring plugin: re-pinned %d log heads left unpinned by an unclean shutdown\n", n)
	}
	var gw *gateway.Server // set below, before publishing starts
	replicas := &registryclient.ReplicaNodes{Registry: p.nodeRegistry, Self: node.Identity,
		Owner: func(ctx context.Context, ring common.Address) (common.Address, error) {
			st, err := client.State(ctx, ring)
			if err != nil {
				return common.Address{}, err
			}
			return st.Owner, nil
		}}
	peers := ringpeers.New(node.PeerHost, client, ringpeers.Options{Logf: logging.Logger("ring/peers").Debugf,
		Extra: gatewayAddrs(node, func() *gateway.Server { return gw }), More: replicas.Find})
	announcer := announce.NewAnnouncer(node.PeerHost, peers.Connect, logging.Logger("ring/announce").Debugf)
	svc := ring.New(client, logs, keys, node.Repo.Keystore(), ring.Options{
		FlushDeadline: p.cfg.flushDeadline(),
		MaxBodySize:   p.cfg.Limits.MaxBodySize,
		Sources:       sources(node),
		Heads:         heads,
		Voters:        votes.Client{Host: node.PeerHost},
		CheckOutputs:  p.checkRegistryOutputs,
		Announcer:     announcer,
		Connector:     peers,
	})

	mk, noMarket, err := p.openMarket(ctx, oc, ds)
	if err != nil {
		_ = logs.Close()
		_ = closer()
		return fmt.Errorf("ring plugin: %w", err)
	}
	var payments replica.Payments // nil: replicas serve for free
	if p.cfg.Market.Enforce && mk != nil {
		payments = market.NewEnforcer(mk, mustDuration(p.cfg.Market.MinPrepaid), mustDuration(p.cfg.Market.Grace))
	}
	rep, srv, err := p.startGateway(ctx, node, client, heads, logs, keys, payments)
	if err != nil {
		_ = logs.Close()
		_ = closer()
		return fmt.Errorf("ring plugin: %w", err)
	}
	gw = srv

	ls := logsync.Serve(node.PeerHost, logs)
	stopVotes := votes.Serve(node.PeerHost, svc)
	announced := announce.Serve(node.PeerHost, p.announced(node, svc))
	follow := p.startFollowing(heads, svc, changed)
	publish := p.startPublishing(peers, svc)
	stopFollow := func() { publish(); announced.Stop(); announcer.Close(); stopVotes(); follow() }

	// fail stops what has started, in reverse, and reports err.
	fail := func(err error, started ...func()) error {
		for _, stop := range started {
			stop()
		}
		stopFollow()
		ls.Stop()
		_ = srv.Close(ctx)
		_ = rep.Close()
		_ = logs.Close()
		_ = closer()
		return fmt.Errorf("ring plugin: %w", err)
	}
	chs, err := p.openChallenges(ctx, oc, ds, mk)
	if err != nil {
		return fail(err)
	}
	stopKeys, err := p.startKeyShare(node, oc, keys, mk)
	if err != nil {
		return fail(err)
	}
	stopChallenges := func() {}
	if chs != nil {
		if stopChallenges, err = p.startChallenges(node, oc, logs, chs, mk); err != nil {
			return fail(err, stopKeys)
		}
	}
	var mks *market.Service
	marketDesc := "no market (Market.Address)"
	if mk != nil {
		mks = p.newMarketService(mk, node, svc, embedded)
		marketDesc = "market " + mk.Address().Hex()
		if payments != nil {
			marketDesc += " (enforced)"
		}
	}
	if chs != nil {
		marketDesc += ", challenges " + chs.Address().Hex()
	}
	chOps := p.newChallengeOps(chs, mk, mks, node, oc)

	p.mu.Lock()
	p.node, p.svc, p.logs, p.replica, p.server, p.logsync, p.stopFollow, p.closer = node, svc, logs, rep, srv, ls, stopFollow, closer
	p.market, p.noMarket = mks, noMarket
	p.challenges, p.stopChallenges, p.chOps = chs, func() { stopChallenges(); stopKeys() }, chOps
	p.chain = chainCommands(oc)
	p.mu.Unlock()
	fmt.Printf("Ring plugin: %s, factory %s, %s, relayer %s\n", oc.desc, client.Factory().Hex(), marketDesc, client.Relayer().Hex())
	reg, reading, notRegistry, err := p.startRegistry(ctx, node, ds, svc, oc.backend, embedded, client.Factory())
	if err != nil {
		return fmt.Errorf("ring plugin: %w", err)
	}
	var regRing *common.Address
	if reading != nil {
		regRing = &reading.ring
	}
	p.mu.Lock()
	p.registry, p.registryReading, p.notRegistry = reg, reading, notRegistry
	p.mu.Unlock()
	access := p.startRegistryAccess(node, ds, client, peers, rep, srv, regRing)
	p.mu.Lock()
	p.access = access
	p.mu.Unlock()
	if reg != nil {
		fmt.Printf("Ring registry: ring %s (registry node as %s)\n", reg.ring.Hex(), reg.avatar.Name)
	}
	url := "http://" + srv.Addr()
	if err := os.WriteFile(p.gatewayFile(), []byte(url+"\n"), 0o644); err != nil {
		return fmt.Errorf("ring plugin: %w", err)
	}
	fmt.Printf("Ring gateway listening on %s (/ring/, /ipfs/, /ipns/; the chat page at /ring/app/)\n", url)
	return nil
}

// startFollowing runs the head cache and the loop that syncs the node's
// rings as their heads move (with Sync.Background on), re-anchors heads
// the chain lost and reports forks.
// The returned func stops both and waits for them.
func (p *Plugin) startFollowing(heads *chain.Follower, svc *ring.Service, changed <-chan common.Address) func() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { _ = heads.Run(ctx) }) // returns ctx's error
	wg.Go(func() {
		svc.Follow(ctx, ring.FollowOptions{
			Changed:     changed,
			NoSync:      p.cfg.Sync.Background == "off",
			ReportForks: p.cfg.Sync.ReportForks == "auto",
			Log:         logging.Logger("ring"),
		})
	})
	return func() {
		cancel()
		wg.Wait()
	}
}

// announced is what the node does with another node's announcement of a
// new head: fetch the log from it if the node keeps it (ring.Announced),
// and have the registry apply a registry ring log that moved at once.
func (p *Plugin) announced(node *core.IpfsNode, svc *ring.Service) announce.Handler {
	log := logging.Logger("ring/announce")
	return func(ctx context.Context, from peer.ID, a announce.Announcement) {
		fetched, err := svc.Announced(ctx, logsync.Source{Host: node.PeerHost, Peer: from}, a.Ring, a.Member, a.Head, a.Seq)
		if err != nil {
			log.Debugf("the head %d of %s in ring %s announced by %s: %v", a.Seq, a.Member.Hex(), a.Ring.Hex(), from, err)
		}
		if !fetched {
			return
		}
		p.mu.Lock()
		reg := p.registry
		p.mu.Unlock()
		if reg != nil && reg.ring == a.Ring {
			reg.svc.Poke()
		}
	}
}

// startPublishing keeps this node published in the rings where it holds
// a member's key (Sync.PublishPeers), checking for new ones every 5 s and
// the chain again every 10 min. The returned func stops it.
func (p *Plugin) startPublishing(peers *ringpeers.Peers, svc *ring.Service) func() {
	if p.cfg.Sync.PublishPeers == "off" {
		return func() {}
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		peers.Run(ctx, func(ctx context.Context) ([]ringpeers.Local, error) {
			ms, err := svc.LocalMembers(ctx)
			out := make([]ringpeers.Local, len(ms))
			for i, m := range ms {
				out[i] = ringpeers.Local{Ring: m.Ring, Key: m.Avatar.PrivateKey()}
			}
			return out, err
		}, 5*time.Second, 10*time.Minute)
	})
	return func() {
		cancel()
		wg.Wait()
	}
}

// sources lists where the node fetches logs from, best first: connected
// peers that speak the log sync protocol, then bitswap.
func sources(node *core.IpfsNode) func() []ringlog.Source {
	return func() []ringlog.Source {
		return append(logsync.Sources(node.PeerHost), ringlog.BlockSource{Fetcher: node.Blocks, Wait: time.Minute})
	}
}

// nodeInfo is the node's peer ID and libp2p addresses, as its gateway
// tells them (GET /ring/node).
func nodeInfo(node *core.IpfsNode) gateway.NodeInfo {
	info := gateway.NodeInfo{Peer: node.PeerHost.ID().String()}
	for _, a := range node.PeerHost.Addrs() {
		info.Addrs = append(info.Addrs, a.String())
	}
	return info
}

// gatewayFile holds the gateway's URL while the daemon runs, as Kubo's
// <repo>/api file holds the API's address.
func (p *Plugin) gatewayFile() string { return filepath.Join(p.repo, "ring", "gateway") }

// startGateway starts the replica role and the /ring/ gateway listener.
func (p *Plugin) startGateway(ctx context.Context, node *core.IpfsNode, client *chain.Client, heads *chain.Follower, logs *ringlog.Store, keys *ringkeys.Dir, payments replica.Payments) (*replica.Replica, *gateway.Server, error) {
	var self *avatar.Avatar
	if name := p.cfg.Replica.Avatar; name != "" {
		a, err := avatar.Load(node.Repo.Keystore(), name)
		if err != nil {
			return nil, nil, fmt.Errorf("Replica.Avatar: %w", err)
		}
		self = a
	}
	rep, err := replica.New(client, logs, keys, sources(node), self, replica.Options{
		MaxLogNodes:     p.cfg.Replica.MaxLogNodes,
		RelayWait:       p.cfg.relayWait(),
		FollowInterval:  mustDuration(p.cfg.Replica.FollowInterval),
		Heads:           heads,
		Payments:        payments,
		PaymentInterval: mustDuration(p.cfg.Market.CheckInterval),
	})
	if err != nil {
		return nil, nil, err
	}
	// As Kubo's own gateway: /ipns/ names resolve through the node's routing
	// and name system.
	ipfs, err := gateway.IPFSHandler(node.Blocks, boxogw.WithValueStore(node.Routing), boxogw.WithNameSystem(node.Namesys))
	if err != nil {
		_ = rep.Close()
		return nil, nil, err
	}
	srv, err := gateway.NewServer(p.cfg.Gateway, pokingBackend{Replica: rep, p: p}, gateway.WithIPFS(ipfs), gateway.WithRegistry(&gatewayRegistry{p: p}),
		gateway.WithMarket(&gatewayMarket{p: p}), gateway.WithNode(func() gateway.NodeInfo { return nodeInfo(node) }), gateway.WithApp(web.App()))
	if err != nil {
		_ = rep.Close()
		return nil, nil, err
	}
	if err := srv.Start(); err != nil {
		_ = rep.Close()
		return nil, nil, fmt.Errorf("Gateway.Address %s: %w", p.cfg.Gateway.Address, err)
	}
	return rep, srv, nil
}

// Options adds a stop hook to the node's fx graph. It runs before the
// node's repo closes (fx stops in reverse order of start), so the log
// store can finish its pin moves while the datastore is still open.
func (p *Plugin) Options(info core.FXNodeInfo) ([]fx.Option, error) {
	return append(info.FXOptions, fx.Invoke(func(lc fx.Lifecycle) {
		lc.Append(fx.Hook{OnStop: func(context.Context) error { return p.stopLogs() }})
	})), nil
}

// stopLogs stops the registry, the background sync, the log sync protocol, the gateway,
// the replica and the log store, in that order: no request can reach the replica once it
// stops, and the replica can still write to the store until then.
func (p *Plugin) stopLogs() error {
	p.mu.Lock()
	logs, rep, srv, ls, stopFollow, reg, access := p.logs, p.replica, p.server, p.logsync, p.stopFollow, p.registry, p.access
	p.svc, p.node, p.logs, p.replica, p.server, p.logsync, p.stopFollow, p.registry, p.access = nil, nil, nil, nil, nil, nil, nil, nil, nil
	p.market, p.noMarket = nil, nil
	stopChallenges := p.stopChallenges
	p.challenges, p.stopChallenges, p.chOps = nil, nil, nil
	p.mu.Unlock()
	if stopChallenges != nil {
		stopChallenges()
	}
	access.close()
	if reg != nil {
		reg.close()
	}
	if stopFollow != nil {
		stopFollow()
	}
	if ls != nil {
		ls.Stop()
	}
	var errs []error
	if srv != nil {
		_ = os.Remove(p.gatewayFile())
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		errs = append(errs, srv.Close(ctx))
		cancel()
	}
	if rep != nil {
		errs = append(errs, rep.Close())
	}
	if logs != nil {
		errs = append(errs, logs.Close())
	}
	return errors.Join(errs...)
}

// Close stops the service if the fx hook has not, and closes the chain.
// Kubo calls it after the node has stopped.
func (p *Plugin) Close() error {
	err := p.stopLogs()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closer != nil {
		err = errors.Join(err, p.closer())
		p.closer = nil
	}
	return err
}

// openChain connects to the configured chain and returns the client, what
// closes it, and a description for the start-up line.
// openedChain is the chain the plugin runs on.
type openedChain struct {
	client  *chain.Client
	backend *ethclient.Client // for the head cache
	dc      *devchain.Chain   // the embedded chain; nil for an external one
	relayer *ecdsa.PrivateKey // the relayer's key, which sends the node's transactions
	close   func() error
	desc    string // for the start-up line
}

func (p *Plugin) openChain(ctx context.Context, node *core.IpfsNode, ds datastore.Datastore) (*openedChain, error) {
	if p.cfg.Chain.RPC != "" {
		return p.openExternal(ctx, node)
	}
	dc, err := devchain.Open(devchain.Config{
		DataDir: filepath.Join(p.repo, "ring", "chain"),
		ChainID: p.cfg.embeddedChainID(),
		RPCAddr: p.cfg.Chain.EmbeddedRPC,
	})
	if err != nil {
		return nil, fmt.Errorf("opening the embedded chain: %w", err)
	}
	backend := dc.Client()
	factory, err := embeddedFactory(ctx, ds, backend, dc)
	if err != nil {
		_ = dc.Close()
		return nil, err
	}
	client, err := chain.New(ctx, backend, dc.RelayerKey(), factory)
	if err != nil {
		_ = dc.Close()
		return nil, err
	}
	desc := fmt.Sprintf("embedded chain %d", client.ChainID())
	if ep := dc.RPCEndpoint(); ep != "" {
		desc += " (JSON-RPC on " + ep + ")"
	}
	return &openedChain{client: client, backend: backend, dc: dc, relayer: dc.RelayerKey(), close: dc.Close, desc: desc}, nil
}

// embeddedFactory returns the factory deployed on the embedded chain,
// deploying it on first start. The address is recorded per genesis block,
// so a fresh chain gets a fresh factory.
func embeddedFactory(ctx context.Context, ds datastore.Datastore, backend *ethclient.Client, dc *devchain.Chain) (common.Address, error) {
	genesis, err := backend.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return common.Address{}, fmt.Errorf("reading the embedded chain's genesis: %w", err)
	}
	key := datastore.NewKey("/deployments/" + dc.ChainID().String() + "/" + genesis.Hash().Hex())
	v, err := ds.Get(ctx, key)
	if err == nil && common.IsHexAddress(string(v)) {
		addr := common.HexToAddress(string(v))
		current, hasCode, err := isCurrentFactory(ctx, backend, addr)
		if err != nil {
			return common.Address{}, err
		}
		if current {
			return addr, nil
		}
		// The chain lost the deployment (a crash before its block was
		// persisted), or it is an older version's factory: deploy again
		// below. Rings made by an older factory stay where they are (each
		// is a whole Ring, or a clone of that factory's implementation).
		if hasCode {
			fmt.Printf("Ring plugin: the embedded chain's factory %s is not this version's; deploying this version's (rings made before stay where they are)\n", addr.Hex())
		}
	} else if err != nil && !errors.Is(err, datastore.ErrNotFound) {
		return common.Address{}, err
	}
	addr, _, err := chain.DeployFactory(ctx, backend, dc.RelayerKey())
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

// isCurrentFactory reports whether addr holds this version's RingFactory
// with this version's Ring as its implementation, and whether addr has code
// at all. The factory's runtime code does not contain Ring's (rings are
// clones of the implementation its constructor deployed), so a new Ring
// with an unchanged factory shows only in the implementation's code.
func isCurrentFactory(ctx context.Context, backend *ethclient.Client, addr common.Address) (current, hasCode bool, err error) {
	code, err := backend.CodeAt(ctx, addr, nil)
	if err != nil {
		return false, false, err
	}
	factory, err := contracts.ReadArtifact("RingFactory")
	if err != nil {
		return false, false, err
	}
	if !bytes.Equal(code, factory.DeployedBytecode) {
		return false, len(code) > 0, nil
	}
	abi := bindings.NewRingFactory()
	impl, err := bind.Call(abi.Instance(backend, addr), &bind.CallOpts{Context: ctx}, abi.PackImplementation(), abi.UnpackImplementation)
	if err != nil {
		return false, true, fmt.Errorf("reading the embedded chain's factory's implementation: %w", err)
	}
	code, err = backend.CodeAt(ctx, impl, nil)
	if err != nil {
		return false, true, err
	}
	ring, err := contracts.ReadArtifact("Ring")
	if err != nil {
		return false, true, err
	}
	return bytes.Equal(code, ring.DeployedBytecode), true, nil
}

func (p *Plugin) openExternal(ctx context.Context, node *core.IpfsNode) (*openedChain, error) {
	rel, err := avatar.Load(node.Repo.Keystore(), p.cfg.Chain.Relayer)
	if err != nil {
		return nil, fmt.Errorf("Chain.Relayer: %w", err)
	}
	ec, err := ethclient.DialContext(ctx, p.cfg.Chain.RPC)
	if err != nil {
		return nil, fmt.Errorf("connecting to Chain.RPC %s: %w", p.cfg.Chain.RPC, err)
	}
	client, err := chain.New(ctx, ec, rel.PrivateKey(), common.HexToAddress(p.cfg.Chain.Factory))
	if err != nil {
		ec.Close()
		return nil, err
	}
	if want := p.cfg.Chain.ChainID; want != 0 && want != client.ChainID() {
		ec.Close()
		return nil, fmt.Errorf("Chain.ChainID is %d but %s serves chain %d", want, p.cfg.Chain.RPC, client.ChainID())
	}
	client.SetReplaceAfter(p.cfg.replaceAfter())
	return &openedChain{client: client, backend: ec, relayer: rel.PrivateKey(), close: func() error { ec.Close(); return nil },
		desc: fmt.Sprintf("chain %d at %s", client.ChainID(), p.cfg.Chain.RPC)}, nil
}
