// The Rings schema types (ipld-schemas/rings.ipldsch) as plain objects:
// encode to canonical dag-cbor blocks, decode them strictly, check their rules.
//
// LogNode   {ring, chain, author, seq, prev, refs, body, time, sig, session?}
// Session   {key, notBefore, expiry, sig}  (inside a LogNode signed by a session key)
// Message   {app, domain, type, status?, payload}
// RingEntry {ring, chain, index, prev, heads: [{member, seq, head}], outputs: [{pin, data}], time}
//
// Addresses and byte fields are Uint8Array, integers numbers (or bigints),
// links CIDs (null for an absent prev).

import { CID, encode, decode, asCID, isLink, cidOf } from './codec.js'
import { RingsError } from './errors.js'
import { compare } from './bytes.js'

/** Limits, as in Go's ipld-schemas. */
export const MAX_BODY_SIZE = 1 << 20
export const MAX_LOG_NODE_SIZE = MAX_BODY_SIZE + (16 << 10)
export const MAX_MESSAGE_SIZE = MAX_BODY_SIZE - (1 << 10)
export const MAX_RING_ENTRY_SIZE = 256 << 10
export const MAX_REFS = 64
export const MAX_HEADS = 1024
export const MAX_OUTPUTS = 1024
export const MAX_STRING_SIZE = 256
export const ADDRESS_SIZE = 20
export const SIGNATURE_SIZE = 65
export const MAX_SESSION_TIME = Number.MAX_SAFE_INTEGER

const invalid = (typ, field, reason) => new RingsError('invalid', `${typ}${field ? '.' + field : ''}: ${reason}`)

function checkKeys (typ, v, required, optional = []) {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof Uint8Array || CID.asCID(v) !== null) {
    throw invalid(typ, '', 'not a map')
  }
  for (const k of required) if (!(k in v)) throw invalid(typ, k, 'missing')
  for (const k of Object.keys(v)) if (!required.includes(k) && !optional.includes(k)) throw invalid(typ, k, 'unknown field')
}

function int (typ, field, v, min) {
  let n = v
  if (typeof v === 'bigint') {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) throw invalid(typ, field, `${v} is beyond 2^53`)
    n = Number(v)
  }
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw invalid(typ, field, `${v} is not an integer`)
  if (n < min) throw invalid(typ, field, `${n}, want >= ${min}`)
  return n
}

function bytes (typ, field, v, len) {
  if (!(v instanceof Uint8Array)) throw invalid(typ, field, 'not bytes')
  if (len !== undefined && v.length !== len) throw invalid(typ, field, `${v.length} bytes, want ${len}`)
  return v
}

function link (typ, field, v) {
  let c = null
  try { c = asCID(v) } catch { throw invalid(typ, field, 'not a link') }
  if (!isLink(c)) throw invalid(typ, field, `${c} is not a CIDv1 dag-cbor sha2-256 link`)
  return c
}

function prevLink (typ, v, first, firstRule) {
  if (first) {
    if (v !== null && v !== undefined) throw invalid(typ, 'prev', `set, want null when ${firstRule}`)
    return null
  }
  if (v === null || v === undefined) throw invalid(typ, 'prev', `null, want a link unless ${firstRule}`)
  return link(typ, 'prev', v)
}

function string (typ, field, v) {
  if (typeof v !== 'string') throw invalid(typ, field, 'not a string')
  if (v === '') throw invalid(typ, field, 'empty')
  const n = new TextEncoder().encode(v).length
  if (n > MAX_STRING_SIZE) throw invalid(typ, field, `${n} bytes, want at most ${MAX_STRING_SIZE}`)
  return v
}

/**
 * checkLogNode checks the rules of a LogNode (Go's LogNode.Validate), or of
 * an unsigned one when signed is false, and returns it normalised (numbers,
 * CIDs). It throws RingsError "invalid".
 */
export function checkLogNode (n, { signed = true } = {}) {
  const T = 'LogNode'
  checkKeys(T, n, ['ring', 'chain', 'author', 'seq', 'prev', 'refs', 'body', 'time'], ['sig', 'session'])
  const out = {
    ring: bytes(T, 'ring', n.ring, ADDRESS_SIZE),
    chain: int(T, 'chain', n.chain, 1),
    author: bytes(T, 'author', n.author, ADDRESS_SIZE),
    seq: int(T, 'seq', n.seq, 1),
    prev: null,
    refs: [],
    body: bytes(T, 'body', n.body),
    time: 0
  }
  out.prev = prevLink(T, n.prev, out.seq === 1, 'seq is 1')
  if (!Array.isArray(n.refs)) throw invalid(T, 'refs', 'not a list')
  if (n.refs.length > MAX_REFS) throw invalid(T, 'refs', `${n.refs.length} refs, want at most ${MAX_REFS}`)
  const seen = new Map()
  n.refs.forEach((r, i) => {
    const c = link(T, `refs[${i}]`, r)
    const k = c.toString()
    if (seen.has(k)) throw invalid(T, `refs[${i}]`, `duplicate of refs[${seen.get(k)}]`)
    seen.set(k, i)
    out.refs.push(c)
  })
  if (out.body.length > MAX_BODY_SIZE) throw invalid(T, 'body', `${out.body.length} bytes, want at most ${MAX_BODY_SIZE}`)
  out.time = int(T, 'time', n.time, 0)
  if (signed) out.sig = bytes(T, 'sig', n.sig, SIGNATURE_SIZE)
  if (n.session !== undefined) out.session = checkSession(n.session, out.author, T + '.session')
  return out
}

/**
 * checkSession checks the rules of a Session (Go's Session rules): key is 20
 * bytes, not zero and not author; 0 <= notBefore <= expiry <= 2^53-1 (unix
 * seconds); sig is 65 bytes. It returns it normalised.
 */
export function checkSession (v, author, T = 'Session') {
  checkKeys(T, v, ['key', 'notBefore', 'expiry', 'sig'])
  const key = bytes(T, 'key', v.key, ADDRESS_SIZE)
  if (key.every((b) => b === 0)) throw invalid(T, 'key', 'the zero address')
  if (author && compare(key, author) === 0) throw invalid(T, 'key', 'the author itself')
  const notBefore = int(T, 'notBefore', v.notBefore, 0)
  const expiry = int(T, 'expiry', v.expiry, notBefore)
  return { key, notBefore, expiry, sig: bytes(T, 'sig', v.sig, SIGNATURE_SIZE) }
}

/** encodeLogNode returns the canonical dag-cbor block of a signed LogNode. */
export function encodeLogNode (n) {
  const v = checkLogNode(n)
  return encode(v)
}

/**
 * decodeLogNode decodes a LogNode block: size, dag-cbor, canonical form and
 * the LogNode rules, in that order (as Go's DecodeLogNode). It does not
 * check the signature (see verifyLogNode).
 */
export function decodeLogNode (block) {
  if (block.length > MAX_LOG_NODE_SIZE) throw new RingsError('invalid', `LogNode: ${block.length} bytes, want at most ${MAX_LOG_NODE_SIZE}`)
  return checkLogNode(decode(block))
}

/** checkMessage checks the rules of a Message (Go's Message.Validate). */
export function checkMessage (m) {
  const T = 'Message'
  checkKeys(T, m, ['app', 'domain', 'type', 'payload'], ['status'])
  const out = { app: string(T, 'app', m.app), domain: string(T, 'domain', m.domain), type: string(T, 'type', m.type) }
  if (m.status !== undefined) out.status = string(T, 'status', m.status)
  if (m.payload === undefined) throw invalid(T, 'payload', 'missing')
  out.payload = m.payload
  return out
}

/** encodeMessage returns the canonical dag-cbor of a Message: a body's plaintext. */
export function encodeMessage (m) {
  const b = encode(checkMessage(m))
  if (b.length > MAX_MESSAGE_SIZE) throw new RingsError('invalid', `Message: ${b.length} bytes, want at most ${MAX_MESSAGE_SIZE}`)
  return b
}

/** decodeMessage decodes and checks a Message. */
export function decodeMessage (b) {
  if (b.length > MAX_MESSAGE_SIZE) throw new RingsError('invalid', `Message: ${b.length} bytes, want at most ${MAX_MESSAGE_SIZE}`)
  return checkMessage(decode(b))
}

/** checkRingEntry checks the rules of a RingEntry (Go's RingEntry.Validate). */
export function checkRingEntry (e) {
  const T = 'RingEntry'
  checkKeys(T, e, ['ring', 'chain', 'index', 'prev', 'heads', 'outputs', 'time'])
  const out = {
    ring: bytes(T, 'ring', e.ring, ADDRESS_SIZE),
    chain: int(T, 'chain', e.chain, 1),
    index: int(T, 'index', e.index, 0),
    prev: null,
    heads: [],
    outputs: [],
    time: 0
  }
  out.prev = prevLink(T, e.prev, out.index === 0, 'index is 0')
  if (!Array.isArray(e.heads) || e.heads.length > MAX_HEADS) throw invalid(T, 'heads', `want a list of at most ${MAX_HEADS}`)
  e.heads.forEach((h, i) => {
    const f = `heads[${i}]`
    checkKeys(T, h, ['member', 'seq', 'head'])
    const member = bytes(T, f + '.member', h.member, ADDRESS_SIZE)
    if (i > 0 && compare(out.heads[i - 1].member, member) >= 0) throw invalid(T, f + '.member', `not above heads[${i - 1}].member: heads must be strictly ascending by member`)
    out.heads.push({ member, seq: int(T, f + '.seq', h.seq, 1), head: link(T, f + '.head', h.head) })
  })
  if (!Array.isArray(e.outputs) || e.outputs.length > MAX_OUTPUTS) throw invalid(T, 'outputs', `want a list of at most ${MAX_OUTPUTS}`)
  e.outputs.forEach((o, i) => {
    const f = `outputs[${i}]`
    checkKeys(T, o, ['pin', 'data'])
    const pin = int(T, f + '.pin', o.pin, 0)
    if (i > 0 && out.outputs[i - 1].pin >= pin) throw invalid(T, f + '.pin', `not above outputs[${i - 1}].pin: outputs must be strictly ascending by pin`)
    out.outputs.push({ pin, data: link(T, f + '.data', o.data) })
  })
  out.time = int(T, 'time', e.time, 0)
  return out
}

/** encodeRingEntry returns the canonical dag-cbor block of a RingEntry. */
export function encodeRingEntry (e) {
  return encode(checkRingEntry(e))
}

/** decodeRingEntry decodes and checks a RingEntry block. */
export function decodeRingEntry (block) {
  if (block.length > MAX_RING_ENTRY_SIZE) throw new RingsError('invalid', `RingEntry: ${block.length} bytes, want at most ${MAX_RING_ENTRY_SIZE}`)
  return checkRingEntry(decode(block))
}

/** blockOf returns {cid, bytes} for an encoded block. */
export function blockOf (bytes) {
  return { cid: cidOf(bytes), bytes }
}
