// Package devchain runs an embedded, persistent, single-node EVM development
// chain inside the calling process.
//
// It is the default chain of the ring plugin: a Kubo daemon opens one under its
// repo (<repo>/ring/chain), deploys the ring contracts on it and relays its
// members' transactions with the funded dev relayer account, so that a fresh
// node works without any external Ethereum endpoint. Other local processes can
// share the chain through an optional loopback JSON-RPC listener. A user who
// outgrows it points the node at a real chain instead; nothing in this package
// is needed then.
//
// The chain is go-ethereum's own execution client (node + eth service) driven
// by its simulated beacon, the same engine as `geth --dev`: every fork up to
// the newest one is active from genesis (params.AllDevChainProtocolChanges),
// and a block is sealed as soon as a transaction enters the pool, so a
// transaction sent through [Chain.Client] is mined without any further call.
//
// # What the caller supplies
//
// A directory ([Config.DataDir]) that this package owns. Open creates it
// (mode 0700) on first use and lays it out as
//
//	DataDir/relayer.key   the dev relayer's secp256k1 key, hex, mode 0600
//	DataDir/geth/...      a regular geth instance directory (LOCK, chaindata, ...)
//
// On first start Open generates the relayer key and builds a genesis block that
// funds it with 1e24 wei (one million ether); on every later start it reuses the
// key and the stored chain. The relayer also receives the priority fees of the
// blocks it seals.
//
// # Configuration and defaults
//
//   - ChainID: 1337 ([DefaultChainID]). It is fixed by the genesis block: opening
//     a stored chain with a different ChainID fails with [ErrChainIDMismatch].
//   - RPCAddr: "" (no listener). When set it must be a loopback address
//     (127.0.0.0/8, ::1 or "localhost"), else Open fails with [ErrNotLoopback];
//     "127.0.0.1:0" picks a free port, see [Chain.RPCEndpoint]. The listener
//     serves HTTP and WebSocket JSON-RPC on the same port with the eth, net and
//     web3 namespaces only.
//   - Fees: base fee starts at 1 gwei (EIP-1559 adjusts it); the minimum
//     priority fee, both to enter the pool and to be mined, is 1 wei, so
//     transactions built with the client's suggested fees (for example by
//     abigen bindings) are always mined.
//   - Block gas limit 60M, state kept for every block (archive, hash scheme),
//     transactions and logs indexed for the whole chain.
//   - No peer-to-peer networking at all: no listener, no dialing, no discovery.
//   - Logging: go-ethereum logs through its package-level root logger, which
//     discards everything unless the host program installed a handler with
//     log.SetDefault. This package does not touch that global; the node's own
//     logger is set to discard.
//
// # Persistence and its limits
//
// A clean [Chain.Close] keeps everything: every block, its state, receipts and
// indexes, and the next Open continues from the stored head. State is written
// to disk as each block is inserted (archive mode), but the database is not
// synced after every block, so after a crash or power loss the chain may come
// back with its most recent blocks missing (geth rewinds to the newest block
// whose state survived). Callers must be able to cope with that: anything they
// anchored on chain in those blocks (for the ring plugin, log heads) has to be
// re-anchored from their own storage.
//
// A data directory can be used by one Chain at a time; Open fails with
// [ErrDataDirInUse] while another process, or another Chain in this process,
// holds it.
//
// # Usage
//
//	chain, err := devchain.Open(devchain.Config{DataDir: dir})
//	if err != nil { ... }
//	defer chain.Close()
//	auth, _ := bind.NewKeyedTransactorWithChainID(chain.RelayerKey(), chain.ChainID())
//	// deploy and call contracts with chain.Client() and auth
package devchain
