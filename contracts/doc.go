// Package contracts is the Ethereum side of Rings: the Solidity contracts, their compiled
// artifacts and Go bindings, and (in sub-packages) the Go chain client and the embedded
// dev chain.
//
// Layout:
//
//   - src/ — the Solidity sources: RingLogs.sol (heads of the members' logs, the ring's
//     consensus log with checkpoints, outputs, fork proofs, EIP-712 hashing), Ring.sol
//     (membership; Ring is RingLogs), RingFactory.sol (creates rings as EIP-1167
//     clones of one Ring), Market.sol and MarketBase.sol (the replica market: nodes,
//     clusters, buckets, accounts, payment by record, amendments) and Challenges.sol
//     (storage challenges of replicas: attester pool, derived challenges, reports,
//     reputation). vendor/openzeppelin holds OpenZeppelin's Clones library and its
//     imports, vendored by version (see its README).
//   - artifacts/ — the compiled contracts (ABI, bytecode, deployed bytecode), one JSON file
//     per deployable contract, committed. Written by build/solc/compile.js with the pinned
//     solc-js 0.8.37 (evmVersion cancun, optimizer on, no metadata hash). Embedded in this
//     package: see ReadArtifact.
//   - bindings/ — the abigen v2 Go bindings generated from artifacts/, committed.
//   - chain/ — the Go chain client: reading contract state, following rings (a cache of
//     their heads kept fresh from events), relaying transactions.
//   - devchain/ — the embedded persistent dev chain.
//   - internal/bindgen, internal/genbindings — the bindings generator and its command.
//
// To change a contract: edit src/, run `npm ci --prefix build/solc` once (make
// contracts-deps), then `node build/solc/compile.js` and `go generate ./contracts`.
// The tests in this package fail if the committed artifacts or bindings are stale.
// The contract API, the EIP-712 types and the measured gas are in docs/contracts.md.
package contracts

//go:generate go run ./internal/genbindings
