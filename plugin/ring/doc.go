// Package ring is the ring core of the plugin: it creates rings on chain,
// appends to and reads the members' logs, verifies them, and flushes heads
// to the ring contract through the node's relayer account.
//
// The caller supplies the chain client (Chain), the node's log store, the
// ring key directory and the node's keystore (for avatars). The Kubo glue in
// package plugin builds a Service at daemon start; the `ipfs ring` commands
// call it.
//
// Every method checks its input before it changes anything: a request that
// fails a check returns one of the errors below and leaves the blockstore,
// the datastore, the keys and the chain as they were.
package ring
