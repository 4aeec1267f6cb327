// Package gateway will serve the `/ring/` HTTP routes for web clients and
// replica nodes: JSON-RPC 2.0 (FlushToRing, ReplicateRing, FlushStatus), the
// read routes, and the pass-through to boxo's IPFS gateway handler. It
// defines the small interface it needs and never imports Kubo or
// go-ethereum's client packages; package plugin wires it to the node.
package gateway
