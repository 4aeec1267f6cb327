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
//     The ids of mainnet, Sepolia and Hoodi are refused, so that nothing
//     signed for the dev chain can be replayed there.
//   - RPCAddr: "" (no listener). When set it must be a loopback address
//     (127.0.0.0/8, ::1 or "localhost"), else Open fails with [ErrNotLoopback];
//     "127.0.0.1:0" picks a free port, see [Chain.RPCEndpoint]. The listener
//     serves HTTP and WebSocket JSON-RPC on the same port with the eth, net and
//     web3 namespaces only.
//   - Fees: base fee starts at 1 gwei (EIP-1559 adjusts it); the minimum
//     priority fee, both to enter the pool and to be mined, is 1 wei, so
//     transactions built with the client's suggested fees (for example by
//     abigen bindings) get mined.
//   - Block gas limit 60M, state kept for every block (archive, hash scheme),
//     transactions indexed for the whole chain. Logs are not indexed:
//     eth_getLogs scans the blocks of the requested range, which is cheap at a
//     dev chain's size but grows with the range, so followers should query
//     from their last seen block rather than from genesis. (The index would
//     cost a fixed ~0.2 s on every Open.)
//   - No peer-to-peer networking at all: no listener, no dialing, no discovery.
//   - Logging: go-ethereum logs through its package-level root logger, which
//     discards everything unless the host program installed a handler with
//     log.SetDefault. This package does not touch that global; the node's own
//     logger is set to discard.
//
// # Persistence and its limits
//
// A clean [Chain.Close] keeps everything: every block, its state, receipts and
// indexes, and the next Open continues from the stored head.
//
// A crash (the process killed, or the machine going down) may lose the most
// recent blocks: geth writes without syncing, and its database buffers recent
// writes in memory. To keep that window small the chain syncs its database
// right after sealing each block and before sealing the next, so what can be
// lost is the newest block: the one being sealed when the crash hits, or the
// one whose receipts clients saw in the milliseconds before its sync. Open after a crash rewinds to the newest
// block that survived and goes on from there (the lost blocks' numbers get
// reused by new blocks). Callers must cope with that: a transaction whose
// receipt they saw just before a crash may be gone, and anything anchored on
// chain in those blocks (for the ring plugin, log heads) has to be
// re-anchored from their own storage.
//
// A data directory can be used by one Chain at a time; Open fails with
// [ErrDataDirInUse] while another process, or another Chain in this process,
// holds it.
//
// # The clock
//
// Blocks get the wall clock's time, and are at least a second apart.
// [Chain.AdvanceTime] moves the chain's clock forward without waiting: it
// seals an empty block at least the given duration after the later of the
// wall clock and the head's time. The chain then stays that far ahead of
// the wall clock, also across restarts (a block is never older than its
// parent), so a deadline computed as the wall clock plus less than the total
// advance has passed on chain. It is for tests and demos of rent accruing
// and deadlines expiring.
//
// # Usage
//
//	chain, err := devchain.Open(devchain.Config{DataDir: dir})
//	if err != nil { ... }
//	defer chain.Close()
//	auth := bind.NewKeyedTransactor(chain.RelayerKey(), chain.ChainID()) // accounts/abi/bind/v2
//	// deploy and call contracts with chain.Client() and auth; wait for
//	// receipts with bind.WaitMined, which retries while geth is still
//	// indexing the new block
package devchain
