package gateway

import (
	"context"
	"encoding/json"
	"io"
)

// Backend is what the gateway needs of the node. Package plugin implements
// it over the ring service; the gateway never sees Kubo or a chain client.
//
// Methods validate their input semantically and return errors that carry a
// code (see Coded); the gateway has already checked the shapes (JSON types,
// hex and base64 encodings, required fields).
type Backend interface {
	// FlushToRing runs the replica's checks on a member's flush, stores and
	// pins the log nodes, and queues the mtx for relaying. Sending the same
	// flush again returns its existing status and relays nothing.
	FlushToRing(ctx context.Context, p *FlushToRingParams) (*FlushStatus, error)
	// FlushStatus reports a flush by its id (the mtx's EIP-712 digest).
	FlushStatus(ctx context.Context, id string) (*FlushStatus, error)
	// ReplicateRing makes this node a replica of a ring.
	ReplicateRing(ctx context.Context, p *ReplicateRingParams) (*ReplicateStatus, error)
	// UnreplicateRing stops replicating a ring at its owner's request.
	UnreplicateRing(ctx context.Context, p *UnreplicateRingParams) (*ReplicateStatus, error)
	// RevokeSession relays a signed revocation of an author's session key
	// in a ring this node replicates, and answers once it is on chain.
	RevokeSession(ctx context.Context, p *RevokeSessionParams) (*SessionStatus, error)
	// RingInfo describes a ring for GET /ring/{ring}.
	RingInfo(ctx context.Context, ring string) (any, error)
	// Log lists a member's log nodes with seq > since, newest first, at most
	// limit (0: the backend's default page).
	Log(ctx context.Context, ring, member string, since uint64, limit int) (any, error)
	// LogCAR writes the same nodes as a CARv1 whose root is the newest.
	LogCAR(ctx context.Context, ring, member string, since uint64, limit int, w io.Writer) error
	// Timeline lists the page of a ring's merged timeline after cursor
	// (every member's nodes in causal order; cursor "" is the start, else
	// well-formed as checked by the gateway), at most limit nodes (0: the
	// backend's default page).
	Timeline(ctx context.Context, ring, cursor string, limit int) (any, error)
	// TimelineCAR writes the same nodes, in timeline order, as a CARv1
	// whose roots are the members' local heads.
	TimelineCAR(ctx context.Context, ring, cursor string, limit int, w io.Writer) error
	// Subscribe streams a ring's events until ctx ends. The gateway calls
	// RingInfo first and answers its error, so that an address that is
	// not a ring gets CodeUnknownRing on GET /ring/{ring}/events as on
	// GET /ring/{ring}.
	Subscribe(ctx context.Context, ring string) (<-chan Event, error)
}

// Mtx is a member's signed EIP-712 Flush request, as JSON: the message of
// the typed data `Flush(address ring,address avatar,bytes32 head,uint64 seq,
// uint256 nonce,uint256 deadline)`, domain {name "Rings", version "1",
// chainId, verifyingContract: ring}. Numbers are decimal strings or JSON
// numbers; addresses and bytes32 are 0x hex.
type Mtx struct {
	Ring     string      `json:"ring"`
	Avatar   string      `json:"avatar"`
	Head     string      `json:"head"`
	Seq      json.Number `json:"seq"`
	Nonce    json.Number `json:"nonce"`
	Deadline json.Number `json:"deadline"`
}

// FlushToRingParams are the params of FlushToRing.
type FlushToRingParams struct {
	Avatar string `json:"avatar"`
	Ring   string `json:"ring"`
	Mtx    Mtx    `json:"mtx"`
	MtxSig string `json:"mtx_sig"` // 65 bytes, 0x hex, v = 27/28
	// LogNodes are dag-cbor LogNode blocks, newest first, standard base64.
	LogNodes []string `json:"logNodes"`
	// Session, when a session key made MtxSig, is the avatar's signed
	// delegation to that key (docs/protocol.md, "Session keys").
	Session *Session `json:"session,omitempty"`

	// Decoded by the gateway from LogNodes (the backend uses these).
	Blocks [][]byte `json:"-"`
}

// Session is an avatar's EIP-712 `Session(address ring,address author,
// address key,uint64 notBefore,uint64 expiry)` in the ring's domain,
// delegating its signing to key from notBefore to expiry (unix seconds).
type Session struct {
	Key       string      `json:"key"`       // the session key's address
	NotBefore json.Number `json:"notBefore"` // unix seconds
	Expiry    json.Number `json:"expiry"`    // unix seconds
	Sig       string      `json:"sig"`       // 65 bytes, 0x hex, by the avatar
}

// RevokeSessionParams are the params of RevokeSession: Sig is the
// EIP-712 `SessionRevocation(address ring,address author,address key)` in
// the ring's domain, signed by the author or by the session key itself.
type RevokeSessionParams struct {
	Ring   string `json:"ring"`
	Author string `json:"author"`
	Key    string `json:"key"`
	Sig    string `json:"sig"` // 65 bytes, 0x hex
}

// SessionStatus is a session key's revocation state in a ring.
type SessionStatus struct {
	Ring      string `json:"ring"`
	Author    string `json:"author"`
	Key       string `json:"key"`
	RevokedAt uint64 `json:"revokedAt"` // unix seconds (block time), 0: not revoked
	TxHash    string `json:"txHash,omitempty"`
}

// FlushStatus is the state of one flush at a replica.
type FlushStatus struct {
	ID     string `json:"id"`     // 0x EIP-712 digest of the mtx
	Status string `json:"status"` // "received", "relayed" or "failed"
	Ring   string `json:"ring"`
	Avatar string `json:"avatar"`
	Seq    uint64 `json:"seq"`
	Head   string `json:"head"` // CID of the newest log node
	Stored int    `json:"stored"`
	TxHash string `json:"txHash,omitempty"`
	Block  uint64 `json:"block,omitempty"`
	Fee    string `json:"fee,omitempty"` // wei, decimal
	Error  string `json:"error,omitempty"`
	// Messages are the CIDs of the replica's own log nodes recording this
	// flush (status "received", then "relayed" or "failed").
	Messages []string `json:"messages,omitempty"`
}

// ReplicateMtx is the caller's signed EIP-712 request
// `ReplicateRing(address ring,address replicaRing,bytes32 replicaKeyHash,uint256 deadline)`,
// same domain as Flush (verifyingContract: ring), signed by the ring's owner
// or a member. replicaKeyHash = keccak256(replica key bytes).
type ReplicateMtx struct {
	Ring           string      `json:"ring"`
	ReplicaRing    string      `json:"replicaRing"`
	ReplicaKeyHash string      `json:"replicaKeyHash"`
	Deadline       json.Number `json:"deadline"`
}

// ReplicateRingParams are the params of ReplicateRing.
type ReplicateRingParams struct {
	Ring        string       `json:"ring"`
	ReplicaRing string       `json:"replica_ring"`
	ReplicaKey  string       `json:"replica_key"` // 32 bytes, 0x hex
	Mtx         ReplicateMtx `json:"mtx"`
	MtxSig      string       `json:"mtx_sig"`
	// Bucket is the replica market's bucket that pays for the replication
	// (a decimal uint64; "": none). It is not signed: a replica that
	// enforces the market reads it on chain and takes it only if it is the
	// ring's bucket in this replica's cluster, allocated and funded.
	Bucket json.Number `json:"bucket,omitempty"`
}

// UnreplicateMtx is the ring owner's signed EIP-712 request
// `UnreplicateRing(address ring,uint256 deadline)` (verifyingContract:
// ring).
type UnreplicateMtx struct {
	Ring     string      `json:"ring"`
	Deadline json.Number `json:"deadline"`
}

// UnreplicateRingParams are the params of UnreplicateRing.
type UnreplicateRingParams struct {
	Ring   string         `json:"ring"`
	Mtx    UnreplicateMtx `json:"mtx"`
	MtxSig string         `json:"mtx_sig"`
}

// ReplicateStatus is a replica's answer to ReplicateRing.
type ReplicateStatus struct {
	Ring        string `json:"ring"`
	ReplicaRing string `json:"replicaRing"`
	Status      string `json:"status"` // "replicating", or "unreplicated"
	// Bucket is the market bucket that pays for the replication (decimal;
	// omitted: none).
	Bucket    string `json:"bucket,omitempty"`
	Requester string `json:"requester"`
	Members   int    `json:"members"`
	// Message is the CID of the replica's log node that holds the sealed
	// replica key for the other members of the replica ring.
	Message string `json:"message"`
}

// Event is one Server-Sent Event of GET /ring/{ring}/events.
type Event struct {
	Type string `json:"type"` // "head", "flush" or "replicate"
	Data any    `json:"data"`
}

// Coded is implemented by backend errors that name a failed check. The
// gateway maps them to JSON-RPC errors (code = RPCCode(), message =
// RPCMessage(), data = {"check": Check()}) and HTTP statuses in one
// function, rpcError, and logs Error(), the whole error with its causes.
type Coded interface {
	error
	RPCCode() int
	Check() string
	// RPCMessage is the message the client gets: what failed and what to
	// do, in the backend's words. It must hold nothing a client cannot act
	// on and should not see: no addresses, ports or URLs the node uses, no
	// Go or library error text. Those belong in Error, which only the
	// node's log gets.
	RPCMessage() string
}

// Application error codes (JSON-RPC "server error" range).
const (
	CodeServer          = -32000 // unexpected failure in the node
	CodeUnknownRing     = -32001 // no ring contract at the address, or this node does not replicate the ring
	CodeBadSignature    = -32002 // mtx_sig does not recover to the avatar (or is malformed, high-s, bad v)
	CodeNotMember       = -32003 // the avatar is not a member per contract state
	CodeInvalidLogNode  = -32004 // a log node does not decode, repeats another, is not the avatar's or not signed by it
	CodeIncomplete      = -32005 // log replication incomplete: the prev chain does not connect
	CodeFork            = -32006 // two different nodes for one seq
	CodeMtxMismatch     = -32007 // the mtx does not match the ring, chain or newest node
	CodeExpired         = -32008 // the mtx deadline has passed
	CodeStaleNonce      = -32009 // the nonce is not the avatar's next one (replayed or skipped)
	CodeTooDeep         = -32010 // more log nodes than the configured ancestry limit
	CodeNotFound        = -32011 // no flush with this id, or no log of the member at this node
	CodeNotAuthorized   = -32012 // ReplicateRing by neither owner nor member, or with another replica key; UnreplicateRing by a non-owner
	CodeAlreadyOnChain  = -32013 // the chain already holds this head or a newer one
	CodeNotReplicaAdmin = -32014 // this node is no replica (no Replica.Avatar), or not a member of the replica ring
	CodeRegistryRefused = -32015 // the registry's rules refused the operation; check: resource, sig, created or chain
	CodeNoRegistry      = -32016 // this node is not a registry node (the gateway has no Registry)
	CodeSession         = -32017 // the session is not the avatar's, not yet valid, expired, or revoked on chain
	CodePayment         = -32018 // the replica enforces the market and no bucket pays for the ring here: none named, not the ring's or not in this cluster, not allocated, short of the prepaid minimum, or in debt past the grace period
)
