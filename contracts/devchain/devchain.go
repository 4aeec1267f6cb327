package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultChainID is the chain id of a chain whose Config leaves ChainID zero;
// it is the id geth's own dev mode uses.
const DefaultChainID = 1337

const (
	// instanceName is the geth instance directory inside DataDir. Naming it
	// "geth" gives the standard geth datadir layout, and keeps it independent
	// of the executable's name (geth's default).
	instanceName = "geth"
	// relayerKeyFile holds the dev relayer key, hex encoded, inside DataDir.
	relayerKeyFile = "relayer.key"
	// gasLimit is the block gas limit, geth's default gas ceiling.
	gasLimit = 60_000_000
)

// relayerBalance is what the genesis block gives the dev relayer: 1e24 wei.
var relayerBalance = new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil)

var (
	// ErrInvalidConfig is returned by Open for a Config it cannot use.
	ErrInvalidConfig = errors.New("devchain: invalid config")
	// ErrNotLoopback is returned by Open when Config.RPCAddr is not a
	// loopback address. It comes wrapped together with ErrInvalidConfig.
	ErrNotLoopback = errors.New("JSON-RPC address must be a loopback address")
	// ErrDataDirInUse is returned by Open when another Chain, in this process
	// or another one, holds the data directory.
	ErrDataDirInUse = errors.New("devchain: data directory is in use by another chain")
	// ErrChainIDMismatch is returned by Open when the stored chain was created
	// with a different chain id than Config.ChainID asks for.
	ErrChainIDMismatch = errors.New("devchain: stored chain has a different chain id")
	// ErrForeignChain is returned by Open when the data directory holds a
	// chain this package did not create: not merged at genesis, or not
	// funding the stored relayer key, or with the relayer key missing.
	ErrForeignChain = errors.New("devchain: data directory holds an incompatible chain")
	// ErrClosed is returned by Rewind and AdvanceTime once Close has begun.
	ErrClosed = errors.New("devchain: the chain is closed")
)

// Config of the embedded chain; zero values take the documented defaults.
type Config struct {
	// DataDir is where the chain lives; required. The ring plugin passes
	// <kubo repo>/ring/chain. Created with mode 0700 if missing.
	DataDir string
	// ChainID is the EVM chain id; default 1337 (DefaultChainID). It cannot
	// change once the chain exists, and must not be the id of a public
	// network geth knows (mainnet, Sepolia, Hoodi).
	ChainID uint64
	// RPCAddr is the host:port of a JSON-RPC listener (HTTP and WebSocket on
	// the same port). "" (the default) means no listener; "127.0.0.1:0" picks a
	// free port. Any address that is not loopback is refused.
	RPCAddr string
}

// validate checks cfg and returns it with defaults filled in; rpcHost and
// rpcPort are the parsed RPCAddr (rpcHost "" when there is no listener).
func (cfg Config) validate() (_ Config, rpcHost string, rpcPort int, err error) {
	if cfg.DataDir == "" {
		return cfg, "", 0, fmt.Errorf("%w: DataDir is required", ErrInvalidConfig)
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	for _, public := range []*params.ChainConfig{params.MainnetChainConfig, params.SepoliaChainConfig, params.HoodiChainConfig} {
		if public.ChainID.Uint64() == cfg.ChainID {
			// Signatures made for the dev chain (EIP-155, EIP-712) would be
			// valid on that network too.
			return cfg, "", 0, fmt.Errorf("%w: ChainID %d belongs to a public network", ErrInvalidConfig, cfg.ChainID)
		}
	}
	if cfg.RPCAddr == "" {
		return cfg, "", 0, nil
	}
	host, port, err := net.SplitHostPort(cfg.RPCAddr)
	if err != nil {
		return cfg, "", 0, fmt.Errorf("%w: RPCAddr %q: %w", ErrInvalidConfig, cfg.RPCAddr, err)
	}
	p, err := strconv.ParseUint(port, 10, 16)
	if err != nil {
		return cfg, "", 0, fmt.Errorf("%w: RPCAddr %q: bad port", ErrInvalidConfig, cfg.RPCAddr)
	}
	if host == "localhost" {
		host = "127.0.0.1" // do not depend on what the resolver says
	}
	ip, err := netip.ParseAddr(host)
	if err != nil || !ip.IsLoopback() {
		return cfg, "", 0, fmt.Errorf("%w: %w: %q", ErrInvalidConfig, ErrNotLoopback, cfg.RPCAddr)
	}
	return cfg, ip.String(), int(p), nil
}

// Chain is a running embedded dev chain. Its methods are safe for concurrent
// use.
type Chain struct {
	stack    *node.Node
	backend  *eth.Ethereum
	beacon   *catalyst.SimulatedBeacon
	client   *ethclient.Client
	key      *ecdsa.PrivateKey
	chainID  uint64
	endpoint string

	cancel context.CancelFunc // stops the sealing goroutines
	wg     sync.WaitGroup     // the sealing goroutines
	sealMu sync.Mutex         // held while a block is sealed, and by Rewind and AdvanceTime
	closed bool               // set by Close under sealMu, once the sealer has stopped

	closeOnce sync.Once
	closeErr  error
}

// Open starts the chain stored in cfg.DataDir, creating it on first use (see
// the package documentation for the layout). It returns once the chain
// accepts transactions. A stored chain must have been created with the same
// ChainID ([ErrChainIDMismatch]) and a data directory can only be opened by
// one Chain at a time ([ErrDataDirInUse]).
func Open(cfg Config) (*Chain, error) {
	cfg, rpcHost, rpcPort, err := cfg.validate()
	if err != nil {
		return nil, err
	}
	dataDir, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		return nil, fmt.Errorf("%w: DataDir: %w", ErrInvalidConfig, err)
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("devchain: %w", err)
	}

	nodeCfg := &node.Config{
		Name:        instanceName,
		DataDir:     dataDir,
		KeyStoreDir: filepath.Join(dataDir, instanceName, "keystore"), // unused; keep it out of DataDir's top level
		P2P: p2p.Config{
			MaxPeers:    0,
			ListenAddr:  "",
			NoDial:      true,
			NoDiscovery: true,
		},
		BatchRequestLimit:    node.DefaultConfig.BatchRequestLimit,
		BatchResponseMaxSize: node.DefaultConfig.BatchResponseMaxSize,
		HTTPBodyLimit:        node.DefaultConfig.HTTPBodyLimit,
		Logger:               log.NewLogger(log.DiscardHandler()),
	}
	if rpcHost != "" {
		modules := []string{"eth", "net", "web3"}
		nodeCfg.HTTPHost = rpcHost
		nodeCfg.HTTPPort = rpcPort
		nodeCfg.HTTPModules = modules
		nodeCfg.HTTPVirtualHosts = []string{"localhost", "127.0.0.1", "::1"}
		nodeCfg.HTTPTimeouts = rpc.DefaultHTTPTimeouts
		nodeCfg.WSHost = rpcHost
		nodeCfg.WSPort = rpcPort // same port: one listener serves both
		nodeCfg.WSModules = modules
	}
	// node.New takes the instance directory lock (DataDir/geth/LOCK), so
	// everything below runs with the directory held.
	stack, err := node.New(nodeCfg)
	if err != nil {
		if errors.Is(err, node.ErrDatadirUsed) {
			return nil, fmt.Errorf("%w: %s", ErrDataDirInUse, dataDir)
		}
		return nil, fmt.Errorf("devchain: %w", err)
	}
	c, err := start(stack, dataDir, cfg.ChainID)
	if err != nil {
		if cerr := stack.Close(); cerr != nil && !errors.Is(cerr, node.ErrNodeStopped) {
			err = errors.Join(err, cerr) // a failed Start has closed the node already
		}
		return nil, err
	}
	return c, nil
}

// start sets up the eth service and the beacon on the (not yet started) stack,
// starts them and the sealer.
func start(stack *node.Node, dataDir string, chainID uint64) (*Chain, error) {
	stored, err := storedGenesis(stack)
	if err != nil {
		return nil, err
	}
	key, err := relayerKey(filepath.Join(dataDir, relayerKeyFile), stored == nil)
	if err != nil {
		return nil, err
	}
	relayer := crypto.PubkeyToAddress(key.PublicKey)

	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = chainID
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.StateScheme = rawdb.HashScheme
	ethCfg.NoPruning = true // archive: every block's state is committed as it is inserted
	ethCfg.TransactionHistory = 0
	// No log index: loading its head filter map costs ~0.2s on every start
	// (~20s under -race, pebble's invariant checks), more than scanning a dev
	// chain's blocks in eth_getLogs costs. Same as the simulated backend.
	ethCfg.LogNoHistory = true
	ethCfg.DatabaseCache = 64
	ethCfg.DatabaseHandles = 128
	ethCfg.TrieCleanCache = 32
	ethCfg.TrieDirtyCache = 0
	ethCfg.SnapshotCache = 0
	ethCfg.TxPool.NoLocals = true
	ethCfg.TxPool.PriceLimit = 1
	ethCfg.Miner.GasPrice = big.NewInt(1) // == pool price limit: whatever the pool accepts gets mined
	ethCfg.Miner.GasCeil = gasLimit
	if stored == nil {
		ethCfg.Genesis = newGenesis(chainID, relayer)
	} else {
		// Reuse the stored genesis and chain config as they are, like geth
		// --dev does, so a go-ethereum upgrade that changes the dev fork set
		// cannot turn into a genesis mismatch.
		if err := checkStored(stored, chainID, relayer); err != nil {
			return nil, err
		}
		ethCfg.Genesis = nil
	}

	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		return nil, fmt.Errorf("devchain: eth service: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethCfg.FilterLogCacheSize,
		LogQueryLimit: ethCfg.LogQueryLimit,
		RangeLimit:    ethCfg.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	if err := stack.Start(); err != nil {
		return nil, fmt.Errorf("devchain: start node: %w", err)
	}
	// The beacon starts from the stored head (no Fork back to genesis, unlike
	// the simulated backend). We drive it ourselves (see sealer) instead of
	// through catalyst.RegisterSimulatedBeaconAPIs, whose sealing goroutine
	// nobody can wait for on Close.
	beacon, err := catalyst.NewSimulatedBeacon(0, relayer, backend)
	if err != nil {
		return nil, fmt.Errorf("devchain: beacon: %w", err)
	}
	if err := beacon.Start(); err != nil {
		return nil, fmt.Errorf("devchain: beacon: %w", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	c := &Chain{
		stack:    stack,
		backend:  backend,
		beacon:   beacon,
		client:   ethclient.NewClient(stack.Attach()),
		key:      key,
		chainID:  chainID,
		endpoint: rpcEndpoint(stack),
		cancel:   cancel,
	}
	c.startSealer(ctx)
	return c, nil
}

// storedGenesis returns the genesis of the chain stored in the stack's
// chaindata, or nil if there is none yet.
func storedGenesis(stack *node.Node) (*core.Genesis, error) {
	if _, err := os.Stat(stack.ResolvePath("chaindata")); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{Cache: 16, Handles: 16})
	if err != nil {
		return nil, fmt.Errorf("devchain: open chain database: %w", err)
	}
	defer db.Close()
	if rawdb.ReadCanonicalHash(db, 0) == (common.Hash{}) {
		return nil, nil // created, but the genesis never got written
	}
	g, err := core.ReadGenesis(db)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrForeignChain, err)
	}
	return g, nil
}

// checkStored checks that a stored genesis is one Open built for chainID and
// the relayer key it has.
func checkStored(g *core.Genesis, chainID uint64, relayer common.Address) error {
	if id := g.Config.ChainID; id == nil || !id.IsUint64() || id.Uint64() != chainID {
		return fmt.Errorf("%w: the chain was created with id %v, the config asks for %d", ErrChainIDMismatch, id, chainID)
	}
	if ttd := g.Config.TerminalTotalDifficulty; ttd == nil || ttd.Sign() != 0 {
		return fmt.Errorf("%w: not merged at genesis", ErrForeignChain)
	}
	if _, ok := g.Alloc[relayer]; !ok {
		return fmt.Errorf("%w: genesis does not fund the relayer key %s", ErrForeignChain, relayer)
	}
	return nil
}

// newGenesis is geth's dev-mode genesis (every fork active, precompiles and
// system contracts allocated) with our chain id and the relayer funded.
func newGenesis(chainID uint64, relayer common.Address) *core.Genesis {
	g := core.DeveloperGenesisBlock(gasLimit, nil)
	cc := *g.Config // DeveloperGenesisBlock already copied it off the package global
	cc.ChainID = new(big.Int).SetUint64(chainID)
	g.Config = &cc
	g.Alloc[relayer] = types.Account{Balance: new(big.Int).Set(relayerBalance)}
	return g
}

func rpcEndpoint(stack *node.Node) string {
	if stack.Config().HTTPHost == "" {
		return ""
	}
	return stack.HTTPEndpoint()
}

// Client returns an in-process client of the chain. It is shared: do not
// close it; Close does.
func (c *Chain) Client() *ethclient.Client { return c.client }

// RelayerKey returns the key of the dev relayer account, funded at genesis.
func (c *Chain) RelayerKey() *ecdsa.PrivateKey { return c.key }

// ChainID returns the chain id (a new value on every call).
func (c *Chain) ChainID() *big.Int { return new(big.Int).SetUint64(c.chainID) }

// RPCEndpoint returns the URL of the loopback JSON-RPC listener, such as
// "http://127.0.0.1:8545", or "" when Config.RPCAddr was empty. The same
// port serves WebSocket clients (ws://).
func (c *Chain) RPCEndpoint() string { return c.endpoint }

// Rewind drops every block above number, as a crash that lost them would:
// for tests and demos of what a node does when the chain forgets its
// latest blocks. Their transactions are gone too.
func (c *Chain) Rewind(number uint64) error {
	c.sealMu.Lock()
	defer c.sealMu.Unlock()
	if c.closed {
		return ErrClosed
	}
	if err := c.backend.BlockChain().SetHead(number); err != nil {
		return fmt.Errorf("devchain: rewinding to block %d: %w", number, err)
	}
	return c.backend.ChainDb().SyncKeyValue()
}

// Close shuts the chain down and releases the data directory; everything
// sealed so far is kept. The order is: stop the sealer (waiting for a block
// being sealed), wait for a Rewind or AdvanceTime (later calls return
// [ErrClosed]), stop the beacon, close the client, stop the node (RPC
// listener, eth service, database). Close is idempotent; later calls return
// the first call's result.
func (c *Chain) Close() error {
	c.closeOnce.Do(func() {
		c.cancel()
		c.wg.Wait()
		c.sealMu.Lock() // wait for a Rewind or AdvanceTime, and stop later ones
		c.closed = true
		c.sealMu.Unlock()
		err := c.beacon.Stop()
		c.client.Close()
		c.closeErr = errors.Join(err, c.stack.Close())
	})
	return c.closeErr
}
