// Package replica is the replica role of a node: it takes members' flushes
// (FlushToRing), verifies and stores their log nodes, relays their signed
// heads to the ring contract through a persisted queue, and replicates
// rings on request (ReplicateRing), following their heads on chain.
//
// The caller supplies the chain client, the node's log store (the replica
// keeps its records in the store's datastore, under /replica, so that a
// flush's records commit in the same synced batch as its log heads), the
// ring key directory, a block fetcher (the node's online block service, for
// logs this node does not have yet), and the node's own avatar, which
// writes the replica's status messages into its log of the replica ring.
//
// Accepted flushes are committed in groups (commit.go): each request
// stores its nodes itself, then the flushes that pass their checks at one
// moment share one synced batch of heads, records and queue marks; each
// request answers only after its own commit. The relayer (relay.go) works
// in rounds: one signed "received" message per replica ring for the new
// flushes, then one flushMany per ring, then a "relayed" or "failed"
// message per transaction. A mined transaction's flushes are recorded as
// anchored (plugin/internal/anchor) with the members' signatures, in the
// batch that marks them relayed; at start and every
// Options.ReanchorInterval (reanchor.go) the replica sends again any whose
// head the chain lost, while their nonce and deadline allow.
//
// Replica implements gateway.Backend. Every check that fails returns a
// *CheckError naming the check; nothing is stored, queued or relayed for a
// request that fails one.
//
// Limits: at most Options.MaxLogNodes log nodes per flush. Membership is
// checked against the ring's state read at most FollowInterval ago (or,
// when the chain is unreachable, the last state read), so a member removed
// within that window can still hand in a flush: the contract refuses it at
// relay, and the flush is reported "failed". While the chain is away,
// flushes are kept as "received" until it is back.
package replica
