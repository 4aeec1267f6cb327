// The Flush mtx: a member's signed request to set its log head on chain,
// and the FlushToRing params that carry it to a replica.

import { RingsError } from './errors.js'
import { bytesOf, equal, toHex } from './bytes.js'
import { asCID, digestOf } from './codec.js'
import { flushDigest } from './eip712.js'
import { sign, addressOf } from './sign.js'

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

/** signFlush returns the 65-byte signature of flush in domain {chainId, ring} by privateKey, the avatar's. */
export function signFlush (domain, flush, privateKey) {
  const signer = addressOf(privateKey)
  if (!equal(signer, bytesOf(flush.avatar, 20))) throw new RingsError('author', `key is ${toHex(signer)}'s, the flush's avatar is ${toHex(bytesOf(flush.avatar, 20))}`)
  return sign(flushDigest(domain, flush), privateKey)
}

/** flushID returns a flush's id at the replica: its EIP-712 digest as 0x hex. */
export function flushID (domain, flush) {
  return toHex(flushDigest(domain, flush))
}

/**
 * flushToRingParams returns the params of FlushToRing: flush, its
 * signature, and the log nodes' blocks (Uint8Array), newest first.
 */
export function flushToRingParams (flush, sig, blocks) {
  return {
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
}
