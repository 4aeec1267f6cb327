// The Flush mtx: a member's signed request to set its log head on chain,
// and the FlushToRing params that carry it to a replica.

import { RingsError } from './errors.js'
import { bytesOf, equal, toHex } from './bytes.js'
import { asCID, digestOf } from './codec.js'
import { flushDigest } from './eip712.js'
import { sign, addressOf } from './sign.js'
import { sessionJSON } from './session.js'

function base64 (b) {
  let s = ''
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode.apply(null, b.subarray(i, i + 0x8000))
  return btoa(s)
}

/**
 * buildFlush returns the Flush mtx of ring's member avatar for head (a CID)
 * at seq, with the avatar's next nonce in the ring contract and a deadline
 * (unix seconds): {ring, avatar, head (32-byte digest), seq, nonce, deadline}.
 */
export function buildFlush ({ ring, avatar, head, seq, nonce, deadline }) {
  return {
    ring: bytesOf(ring, 20),
    avatar: bytesOf(avatar, 20),
    head: digestOf(asCID(head)),
    seq: Number(seq),
    nonce: BigInt(nonce),
    deadline: BigInt(deadline)
  }
}

/**
 * signFlush returns the 65-byte signature of flush in domain {chainId, ring}
 * by privateKey: the avatar's, or session's key when session (the avatar's
 * signed Session) is given; send the session with it (flushToRingParams).
 */
export function signFlush (domain, flush, privateKey, session) {
  const signer = addressOf(privateKey)
  const want = session ? bytesOf(session.key, 20) : bytesOf(flush.avatar, 20)
  if (!equal(signer, want)) throw new RingsError('author', `key is ${toHex(signer)}'s, the flush must be signed by ${session ? 'the session key' : 'its avatar'} ${toHex(want)}`)
  return sign(flushDigest(domain, flush), privateKey)
}

/** flushID returns a flush's id at the replica: its EIP-712 digest as 0x hex. */
export function flushID (domain, flush) {
  return toHex(flushDigest(domain, flush))
}

/**
 * flushToRingParams returns the params of FlushToRing: flush, its
 * signature, the log nodes' blocks (Uint8Array), newest first, and the
 * avatar's Session when a session key signed the flush.
 */
export function flushToRingParams (flush, sig, blocks, session) {
  const params = {
    avatar: toHex(bytesOf(flush.avatar, 20)),
    ring: toHex(bytesOf(flush.ring, 20)),
    mtx: {
      ring: toHex(bytesOf(flush.ring, 20)),
      avatar: toHex(bytesOf(flush.avatar, 20)),
      head: toHex(bytesOf(flush.head, 32)),
      seq: flush.seq,
      nonce: String(flush.nonce),
      deadline: String(flush.deadline)
    },
    mtx_sig: toHex(bytesOf(sig, 65)),
    logNodes: blocks.map(base64)
  }
  if (session) params.session = sessionJSON(session)
  return params
}
