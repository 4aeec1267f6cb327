// Package registry is Rings' service registry, after Fluence's: resources
// (labels owned by accounts) and the provider records registered for them,
// each an EIP-712 signed block (ipld-schemas' Resource, ProviderRecord and
// Tombstone) that any reader verifies alone.
//
// This package holds the rules, as a State that operations are applied to:
//
//   - last writer wins per (resource, peer, issuer), by created, ties broken
//     by the greater EIP-712 digest so every node picks the same winner;
//   - Resolve returns at most Rules.MaxProviders providers (32): host records
//     (issued by registry nodes) first, then the newest others, so that one
//     record beyond the limit evicts the oldest non-host record (FIFO);
//   - a record not renewed for Rules.StaleAfter (1h) is returned marked
//     stale; after Rules.ExpireAfter (24h) it is dropped, and refused when it
//     arrives;
//   - a tombstone replaces its record like a newer record would, so no older
//     record brings it back, and it replicates like any operation;
//   - refused, changing nothing: a record for a resource that does not
//     exist, a signature by anyone but the issuer (the owner, for a
//     resource), a created time more than Rules.MaxSkew (2m) ahead of the
//     node's clock, an operation older than the one held (a replay), and
//     one signed for another chain.
//
// The caller supplies the clock (every call takes now) and which issuers
// are registry nodes (hosts). A Renewer keeps a node's own host records
// fresh by signing them again every third of StaleAfter (20m by default,
// DefaultRenewEvery); it reads them
// from the state, so a restart goes on renewing what the log holds.
//
// A snapshot is the registry at one time as an IPLD map: BuildSnapshot
// applies a set of operations in one canonical order at that time and
// writes every resource's provider set into a 256-ary trie of blocks keyed
// by resource id, each record with its own signature, so the same set and
// time give the same root on every node; LookupSnapshot walks it from a
// root (a few blocks) and verifies what it returns.
//
// An anchored snapshot states its inputs: BuildFromHeads builds the
// snapshot of exactly the registry ring's log prefixes up to given heads at
// a given time, and its root names those heads. An Anchorer registers it as
// the registry ring's output 0 when the heads moved (the caller supplies
// the logs, the chain as a Ledger, and where blocks live as Blocks), and
// Check is what a member verifies before it votes: the same root from the
// same heads and time. A Reader reads output 0 and walks the snapshot it
// names, on any node.
//
// Where the operations live (a registry ring's logs), and the commands and
// gateway methods that reach them, are built on this package; see
// docs/registry.md.
package registry
