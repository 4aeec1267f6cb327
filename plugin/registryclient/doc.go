// Package registryclient is the service registry as any node uses it,
// registry node or not (docs/registry.md, "Using the registry from any
// node").
//
// A Registry accepts signed operations (resources, provider records,
// tombstones) and resolves resources live. On a registry node it is the
// node's own registry service (Local); on any other node that knows the
// registry ring it is Remote, which reaches the registry nodes' ring
// gateways over HTTP JSON-RPC (gateway/client): registry nodes publish
// their gateway's URL as an /ip4|ip6|dns/…/tcp/PORT/http multiaddr beside
// their libp2p addresses in their peer info in the registry ring's contract
// (ringpeers; libp2p skips an address it has no transport for), and the
// caller's Finder turns the members' peer infos into URLs (GatewayURLs).
// Remote verifies every record it resolves (signature, chain, resource),
// so a registry node can hide records but not forge them.
//
// On top of a Registry it keeps Rings' own use of the registry: the
// replica resource of a ring (label ReplicaLabel, owned by the ring's
// owner; EnsureReplicaResource), the Advertiser with which a replica keeps
// a provider record for every ring it replicates (renewed every
// StaleAfter/3, tombstoned when it stops), and FreshReplicas, which lists a
// ring's replicas for `ipfs ring flush` without --via.
//
// Limits: a Remote tries the registry nodes in the Finder's order and
// stops at the first that answers (a refusal is an answer); it does not
// merge what several nodes hold. A published gateway URL is only as
// reachable as the gateway's listen address (Gateway.Address) is.
package registryclient
