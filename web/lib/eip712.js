// EIP-712 digests of Rings signatures (DESIGN §5), as Go's ipld-schemas
// computes them: domain {name: "Rings", version: "1", chainId,
// verifyingContract: ring}.

import { keccak_256 as keccak256 } from '@noble/hashes/sha3.js'
import { bytesOf, concat, uintBytes, toHex, equal } from './bytes.js'
import { digestOf } from './codec.js'
import { checkLogNode } from './schema.js'

export const DOMAIN_NAME = 'Rings'
export const DOMAIN_VERSION = '1'

export const EIP712_DOMAIN_TYPE = 'EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)'
export const LOG_NODE_TYPE = 'LogNode(address ring,address author,uint64 seq,bytes32 prev,bytes32 refs,bytes32 body,uint64 time)'
export const FLUSH_TYPE = 'Flush(address ring,address avatar,bytes32 head,uint64 seq,uint256 nonce,uint256 deadline)'
export const RING_ENTRY_TYPE = 'RingEntry(address ring,uint64 index,bytes32 entry,bytes32 prev)'
export const SESSION_TYPE = 'Session(address ring,address author,address key,uint64 notBefore,uint64 expiry)'
export const SESSION_REVOCATION_TYPE = 'SessionRevocation(address ring,address author,address key)'

const enc = new TextEncoder()
const typeHash = (t) => keccak256(enc.encode(t))
const DOMAIN_TYPEHASH = typeHash(EIP712_DOMAIN_TYPE)
const LOG_NODE_TYPEHASH = typeHash(LOG_NODE_TYPE)
const FLUSH_TYPEHASH = typeHash(FLUSH_TYPE)
const RING_ENTRY_TYPEHASH = typeHash(RING_ENTRY_TYPE)
const SESSION_TYPEHASH = typeHash(SESSION_TYPE)
const SESSION_REVOCATION_TYPEHASH = typeHash(SESSION_REVOCATION_TYPE)

const word = {
  address: (a) => concat(new Uint8Array(12), bytesOf(a, 20)),
  uint: (v, what) => uintBytes(v, 32, what),
  uint64: (v, what) => { uintBytes(v, 8, what); return uintBytes(v, 32, what) },
  bytes32: (b) => bytesOf(b, 32)
}

const NAME_HASH = keccak256(enc.encode(DOMAIN_NAME))
const VERSION_HASH = keccak256(enc.encode(DOMAIN_VERSION))

// The most recent separator: a verifier checks runs of one ring's nodes.
let lastDomain = null

/** domainSeparator returns hashStruct of the domain of a ring {chainId, ring}. */
export function domainSeparator ({ chainId, ring }) {
  const chain = word.uint(chainId, 'chainId')
  const addr = word.address(ring)
  if (lastDomain && equal(lastDomain.chain, chain) && equal(lastDomain.addr, addr)) return lastDomain.sep.slice()
  const sep = keccak256(concat(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, chain, addr))
  lastDomain = { chain, addr, sep }
  return sep.slice()
}

function typedDataHash (domain, structHash) {
  return keccak256(concat(Uint8Array.of(0x19, 0x01), domainSeparator(domain), structHash))
}

/**
 * logNodeClaim returns the bytes32 fields of a LogNode's EIP-712 struct:
 * prev (the prev CID's digest, zero for seq 1), refs (keccak256 of the ref
 * digests in order) and body (keccak256 of the body).
 */
export function logNodeClaim (node) {
  const n = checkLogNode(node, { signed: false })
  return {
    prev: n.prev ? digestOf(n.prev) : new Uint8Array(32),
    refs: keccak256(concat(...n.refs.map(digestOf))),
    body: keccak256(n.body)
  }
}

/** logNodeDigest returns the digest a LogNode's author signs; node.sig is ignored. */
export function logNodeDigest (node) {
  const n = checkLogNode(node, { signed: false })
  const c = logNodeClaim(n)
  const structHash = keccak256(concat(LOG_NODE_TYPEHASH, word.address(n.ring), word.address(n.author),
    word.uint64(n.seq, 'seq'), c.prev, c.refs, c.body, word.uint64(n.time, 'time')))
  return typedDataHash({ chainId: n.chain, ring: n.ring }, structHash)
}

/**
 * flushDigest returns the digest of a Flush mtx {ring, avatar, head, seq,
 * nonce, deadline} in domain {chainId, ring}: head is the head CID's 32-byte
 * digest (bytes or hex), nonce and deadline uint256 (number, bigint or
 * decimal string).
 */
export function flushDigest (domain, f) {
  const structHash = keccak256(concat(FLUSH_TYPEHASH, word.address(f.ring), word.address(f.avatar), word.bytes32(f.head),
    word.uint64(f.seq, 'seq'), word.uint(f.nonce, 'nonce'), word.uint(f.deadline, 'deadline')))
  return typedDataHash(domain, structHash)
}

/** ringEntryDigest returns the digest of a vote for a ring entry (entry and prev: 32-byte digests). */
export function ringEntryDigest (domain, index, entry, prev) {
  const structHash = keccak256(concat(RING_ENTRY_TYPEHASH, word.address(domain.ring), word.uint64(index, 'index'),
    word.bytes32(entry), word.bytes32(prev)))
  return typedDataHash(domain, structHash)
}

/**
 * sessionDigest returns the digest author signs to delegate to a session key
 * in domain {chainId, ring}: Session(ring, author, key, notBefore, expiry),
 * times in unix seconds. session.sig is ignored.
 */
export function sessionDigest (domain, author, { key, notBefore, expiry }) {
  const structHash = keccak256(concat(SESSION_TYPEHASH, word.address(domain.ring), word.address(author), word.address(key),
    word.uint64(notBefore, 'notBefore'), word.uint64(expiry, 'expiry')))
  return typedDataHash(domain, structHash)
}

/**
 * sessionRevocationDigest returns the digest that author, or the session key
 * itself, signs to revoke key's sessions of author in domain.ring.
 */
export function sessionRevocationDigest (domain, author, key) {
  return typedDataHash(domain, keccak256(concat(SESSION_REVOCATION_TYPEHASH, word.address(domain.ring), word.address(author), word.address(key))))
}

function typedDataDomain ({ chainId, ring }) {
  return { name: DOMAIN_NAME, version: DOMAIN_VERSION, chainId: Number(chainId), verifyingContract: toHex(bytesOf(ring, 20)) }
}

const DOMAIN_FIELDS = [
  { name: 'name', type: 'string' }, { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' }, { name: 'verifyingContract', type: 'address' }
]

/** flushTypedData returns a Flush as an eth_signTypedData_v4 request. */
export function flushTypedData (domain, f) {
  return {
    types: {
      EIP712Domain: DOMAIN_FIELDS,
      Flush: [{ name: 'ring', type: 'address' }, { name: 'avatar', type: 'address' }, { name: 'head', type: 'bytes32' },
        { name: 'seq', type: 'uint64' }, { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }]
    },
    primaryType: 'Flush',
    domain: typedDataDomain(domain),
    message: {
      ring: toHex(bytesOf(f.ring, 20)),
      avatar: toHex(bytesOf(f.avatar, 20)),
      head: toHex(bytesOf(f.head, 32)),
      seq: String(f.seq),
      nonce: String(f.nonce),
      deadline: String(f.deadline)
    }
  }
}

/** logNodeTypedData returns a LogNode's digest request as an eth_signTypedData_v4 request. */
export function logNodeTypedData (node) {
  const n = checkLogNode(node, { signed: false })
  const c = logNodeClaim(n)
  return {
    types: {
      EIP712Domain: DOMAIN_FIELDS,
      LogNode: [{ name: 'ring', type: 'address' }, { name: 'author', type: 'address' }, { name: 'seq', type: 'uint64' },
        { name: 'prev', type: 'bytes32' }, { name: 'refs', type: 'bytes32' }, { name: 'body', type: 'bytes32' }, { name: 'time', type: 'uint64' }]
    },
    primaryType: 'LogNode',
    domain: typedDataDomain({ chainId: n.chain, ring: n.ring }),
    message: {
      ring: toHex(n.ring),
      author: toHex(n.author),
      seq: String(n.seq),
      prev: toHex(c.prev),
      refs: toHex(c.refs),
      body: toHex(c.body),
      time: String(n.time)
    }
  }
}

/**
 * sessionTypedData returns a Session as an eth_signTypedData_v4 request.
 * A wallet such as MetaMask signs it only while its active chain is
 * domain.chainId: switch it first (wallet_switchEthereumChain).
 */
export function sessionTypedData (domain, author, { key, notBefore, expiry }) {
  return {
    types: {
      EIP712Domain: DOMAIN_FIELDS,
      Session: [{ name: 'ring', type: 'address' }, { name: 'author', type: 'address' }, { name: 'key', type: 'address' },
        { name: 'notBefore', type: 'uint64' }, { name: 'expiry', type: 'uint64' }]
    },
    primaryType: 'Session',
    domain: typedDataDomain(domain),
    message: {
      ring: toHex(bytesOf(domain.ring, 20)),
      author: toHex(bytesOf(author, 20)),
      key: toHex(bytesOf(key, 20)),
      notBefore: String(notBefore),
      expiry: String(expiry)
    }
  }
}

/** sessionRevocationTypedData returns a SessionRevocation as an eth_signTypedData_v4 request. */
export function sessionRevocationTypedData (domain, author, key) {
  return {
    types: {
      EIP712Domain: DOMAIN_FIELDS,
      SessionRevocation: [{ name: 'ring', type: 'address' }, { name: 'author', type: 'address' }, { name: 'key', type: 'address' }]
    },
    primaryType: 'SessionRevocation',
    domain: typedDataDomain(domain),
    message: { ring: toHex(bytesOf(domain.ring, 20)), author: toHex(bytesOf(author, 20)), key: toHex(bytesOf(key, 20)) }
  }
}
