// Package replica is the replica role of a node: it takes members' flushes
// (FlushToRing), verifies and stores their log nodes, relays their signed
// heads to the ring contract through a persisted queue, and replicates
// rings on request (ReplicateRing), following their heads on chain.
//
// The caller supplies the chain client, the node's log store, the ring key
// directory, a block fetcher (the node's online block service, for logs
// this node does not have yet), a datastore reserved for replica state, and
// the node's own avatar, which writes the replica's status messages into
// its log of the replica ring.
//
// Replica implements gateway.Backend. Every check that fails returns a
// *CheckError naming the check; nothing is stored, queued or relayed for a
// request that fails one.
//
// Limits: at most Options.MaxLogNodes log nodes per flush; when the chain
// is unreachable, membership is checked against the last state read and
// the flush is kept as "received" until the chain is back.
package replica
