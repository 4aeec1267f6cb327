// Package gateway serves the /ring/ HTTP routes of a Rings node: the
// JSON-RPC 2.0 API through which members flush their logs to replicas and
// make nodes replicas (FlushToRing, ReplicateRing, UnreplicateRing,
// FlushStatus, RingInfo, Log), plain REST aliases of the three write
// methods, read routes for web
// clients (ring state, a member's log as JSON or CAR, a Server-Sent Events
// stream), and, on the same listener, an IPFS path gateway.
//
// The caller supplies a Backend, the node's side of every route (package
// plugin implements it over the ring service), and optionally an
// http.Handler for /ipfs/ and /ipns/ (WithIPFS; IPFSHandler builds boxo's
// over a blockservice), a Registry for the registry's methods
// (WithRegistry), the replica market's reads (WithMarket) and a web
// app's files (WithApp: package web's chat page). The package never
// imports Kubo or go-ethereum's client packages. It checks the shape of every input (JSON types, hex,
// base64, number ranges, sizes, required and unknown fields) before the
// backend sees it; the backend checks meaning (signatures, membership,
// linkage) and answers errors that implement Coded.
//
// # Usage
//
//	srv, err := gateway.NewServer(cfg, backend, gateway.WithIPFS(ipfsHandler))
//	if err != nil { … }
//	if err := srv.Start(); err != nil { … }
//	defer srv.Close(ctx) // ends event streams, drains requests until ctx ends
//
// Handler returns the routes as an http.Handler for tests or another server.
//
// # Routes
//
//	POST /ring/rpc                    JSON-RPC 2.0, single or batch
//	POST /ring/FlushToRing            body: FlushToRingParams; answer: FlushStatus
//	POST /ring/ReplicateRing          body: ReplicateRingParams; answer: ReplicateStatus
//	POST /ring/UnreplicateRing        body: UnreplicateRingParams; answer: ReplicateStatus
//	POST /ring/RevokeSession          body: RevokeSessionParams; answer: SessionStatus
//	GET  /ring/registry/{resource}    Registry.ResolveProviders as JSON; a 0x id, or a
//	                                  label with ?owner=0x…
//	GET  /ring/market/bucket/{bucket} Market.Bucket as JSON (WithMarket); a decimal id
//	GET  /ring/market/cluster/{cluster}
//	                                  Market.Cluster as JSON
//	GET  /ring/app/…                  the WithApp files (a directory: its index.html),
//	                                  with a strong ETag and no-cache; /ring/app
//	                                  redirects to /ring/app/; 404 without one
//	GET  /ring/{ring}                 Backend.RingInfo as JSON
//	GET  /ring/{ring}/log/{member}    ?since=SEQ&limit=N; Backend.Log as JSON, or with
//	                                  Accept: application/vnd.ipld.car (or ?format=car)
//	                                  Backend.LogCAR as "application/vnd.ipld.car; version=1"
//	GET  /ring/{ring}/timeline        ?cursor=C&limit=N; Backend.Timeline as JSON, or as
//	                                  a CAR (as the log route) Backend.TimelineCAR
//	GET  /ring/{ring}/events          text/event-stream: "event: <type>\ndata: <json>\n\n",
//	                                  a ": heartbeat" comment every 15 s; an address
//	                                  Backend.RingInfo refuses gets its error instead
//	GET  /ipfs/…, /ipns/…             the WithIPFS handler (404 without one)
//
// {ring} and {member} are 0x addresses. Methods of /ring/rpc and their
// params: FlushToRing (FlushToRingParams), ReplicateRing
// (ReplicateRingParams), UnreplicateRing (UnreplicateRingParams),
// FlushStatus {"id": bytes32}, RingInfo {"ring"},
// Log {"ring", "member", "since"?, "limit"?}, Timeline {"ring",
// "cursor"?, "limit"?}; with WithRegistry, the
// registry's CreateResource (ResourceParams), RegisterProvider
// (ProviderRecordParams), UnregisterProvider (TombstoneParams),
// ResolveProviders and GetResource (ResourceQuery), which answer
// CodeNoRegistry without one; with WithMarket, MarketBucket {"bucket"}
// and MarketCluster {"cluster"} (ids from 1, below 2^64 and 2^32), which
// answer CodeNotFound (check "market") without one, and whose wei
// amounts are decimal strings. Params are an object, or an
// array holding that one object. Addresses are 0x and 40 hex digits (any
// case, checksum not checked), bytes32 0x and 64, signatures 0x and 130;
// numbers are JSON numbers or decimal strings of non-negative integers
// without leading zeros (seq and since below 2^64, nonce and deadline below
// 2^256); log nodes are padded standard base64, each block at most
// 1 MiB + 16 KiB. Unknown, duplicate or case-variant fields are rejected.
//
// JSON-RPC follows https://www.jsonrpc.org/specification: ids (string,
// number or null) are echoed byte for byte; notifications get no response
// object, and a request of notifications only gets HTTP 204; an empty batch
// gets one -32600 error object; a batch runs its calls in order. Members of
// a Request object beyond jsonrpc, method, params and id are ignored.
// A batch holds at most MaxBatch calls (else one -32600 error, data
// {"check":"batch"}).
//
// # Errors
//
// Every error is a JSON-RPC error object, type Error:
// {"code", "message", "data": {"check"}} where check names what failed: a
// param path ("mtx.seq", "logNodes[3]", "mtx_sig"), a request member, or
// one of "parse", "batch", "size", "body", "rate", "timeout", "canceled",
// "internal". /ring/rpc answers it inside a JSON-RPC response with HTTP 200
// (also for an oversized body: -32600, check "size"), except 429 when rate
// limited. The other routes answer {"error": Error} with this status:
//
//	-32700 parse error                    400
//	-32600 invalid request                400 (check "size": 413)
//	-32601 method or route not found      404 (wrong HTTP method: 405)
//	-32602 invalid params                 400
//	-32603 internal error                 500 (check "timeout": 504, "canceled": 503)
//	-32000 CodeServer                     500 (check "rate": 429, with Retry-After)
//	-32001 CodeUnknownRing                404
//	-32002 CodeBadSignature               403
//	-32003 CodeNotMember                  403
//	-32004 CodeInvalidLogNode             422
//	-32005 CodeIncomplete                 422
//	-32006 CodeFork                       409
//	-32007 CodeMtxMismatch                422
//	-32008 CodeExpired                    422
//	-32009 CodeStaleNonce                 409
//	-32010 CodeTooDeep                    422
//	-32011 CodeNotFound                   404
//	-32012 CodeNotAuthorized              403
//	-32013 CodeAlreadyOnChain             422
//	-32014 CodeNotReplicaAdmin            403
//	-32015 CodeRegistryRefused            422; check "sig": 403
//	-32016 CodeNoRegistry                 404
//	-32017 CodeSession                    403
//	-32018 CodePayment                    402
//
// Fork and stale nonce are 409 Conflict: the request is well formed but
// clashes with state the client must fetch again. Backend errors that are
// not Coded become -32603; context deadline and cancellation become -32603
// with check "timeout" or "canceled". A request body that has not arrived
// within ReadTimeout is -32603 with check "timeout"; one cut off is -32600
// with check "body". Only Coded errors reach the client with a text of
// their own, their RPCMessage; the others say what kind of failure it was,
// and the log (Warn, with the cause and the request id) has the rest.
// Faults of the client's, and the backend's checks a request failed with
// their causes, are logged at Debug, so that no client can fill the log.
//
// # Configuration
//
// Config lives in the Kubo config at Plugins.Plugins.ring.Config.Gateway.
// Defaults: Address "/ip4/127.0.0.1/tcp/8090", AllowedOrigins ["*"],
// MaxRequestBytes 8 MiB, ReadTimeout "30s", WriteTimeout "60s" (streams
// get it per write instead), RateLimit 50/s with bursts of 100 per client
// IP on /ring/ (IPv6 per /64; X-Forwarded-For is not trusted), MaxBatch
// 100, MaxLogNodes 10000.
//
// CORS: preflights get methods GET, POST, OPTIONS and headers
// Content-Type, Accept; no credentials. Any Content-Type is accepted on
// POST: every write is authorized by a signature in the params, not by
// the caller's origin.
//
// # Metrics
//
// ring_gateway_requests_total{route,code}, ring_gateway_request_duration_seconds{route}
// and ring_gateway_rpc_calls_total{method,code}, registered with
// prometheus.DefaultRegisterer unless WithRegisterer says otherwise.
package gateway
