// Package ringlog keeps the single-writer logs of rings in an IPFS node.
//
// A log is a hash-linked chain of signed LogNode blocks (dag-cbor, CIDv1)
// written by one ring member. The Store appends to logs, walks and verifies
// them, and keeps each member's local head.
//
// The caller supplies the node's blockstore (with its GC lock), a datastore
// for the heads (the caller namespaces it, e.g. under /ring), and the node's
// pinner. An append is durable when it returns: the block is stored, the new
// head is pinned recursively (so `ipfs repo gc` keeps the whole log), and the
// head record is committed and synced, in that order. A crash between those
// steps leaves at worst an extra pin on an unacknowledged block, never a head
// without its block or pin.
//
// Bodies are sealed with the ring's 32-byte read key (XChaCha20-Poly1305),
// bound to the ring, chain, author and seq of their node, so a body cannot be
// moved to another position or log. Replicas hold and verify logs without
// the read key: verification needs only the signature.
//
// Limits: bodies are at most schemas.MaxBodySize bytes once sealed; the
// writes to one log are serialised, different logs commit concurrently.
package ringlog
