// secp256k1 signatures as Ethereum makes them: r || s || v, v = 27 or 28,
// low s, over a 32-byte digest (deterministic, RFC 6979, as go-ethereum).

import { secp256k1 } from '@noble/curves/secp256k1.js'
import { keccak_256 as keccak256 } from '@noble/hashes/sha3.js'
import { RingsError } from './errors.js'
import { bytesOf, concat, toHex } from './bytes.js'

const N = secp256k1.Point.CURVE().n
const HALF_N = N >> 1n

function big (b) {
  let x = 0n
  for (const v of b) x = (x << 8n) | BigInt(v)
  return x
}

/** addressOfPublicKey returns the 20-byte address of an uncompressed or compressed public key. */
export function addressOfPublicKey (pub) {
  const p = pub.length === 65 ? pub : secp256k1.Point.fromBytes(pub).toBytes(false)
  return keccak256(p.subarray(1)).subarray(12)
}

/** addressOf returns the 20-byte address of a 32-byte private key. */
export function addressOf (privateKey) {
  return addressOfPublicKey(secp256k1.getPublicKey(bytesOf(privateKey, 32), false))
}

/** sign returns the 65-byte signature of digest by privateKey. */
export function sign (digest, privateKey) {
  const rec = secp256k1.sign(bytesOf(digest, 32), bytesOf(privateKey, 32), { prehash: false, lowS: true, format: 'recovered' })
  // noble's recovered format is recovery || r || s.
  return concat(rec.subarray(1, 65), Uint8Array.of(rec[0] + 27))
}

/**
 * recover returns the 20-byte address that signed digest. Like Go's
 * schemas.Recover it refuses (RingsError "signature") a signature that is
 * not 65 bytes, a v other than 27 or 28, r or s zero or not below n, and a
 * high s.
 */
export function recover (digest, sig) {
  const d = bytesOf(digest, 32)
  if (!(sig instanceof Uint8Array) || sig.length !== 65) throw new RingsError('signature', `signature is ${sig?.length} bytes, want 65`)
  const v = sig[64]
  if (v !== 27 && v !== 28) throw new RingsError('signature', `signature v = ${v}, want 27 or 28`)
  const r = big(sig.subarray(0, 32))
  const s = big(sig.subarray(32, 64))
  if (r === 0n || r >= N) throw new RingsError('signature', 'signature r out of range')
  if (s === 0n) throw new RingsError('signature', 'signature s is zero')
  if (s > HALF_N) throw new RingsError('signature', 'signature s is high (malleable)')
  let pub
  try {
    pub = secp256k1.recoverPublicKey(concat(Uint8Array.of(v - 27), sig.subarray(0, 64)), d, { prehash: false })
  } catch (err) {
    throw new RingsError('signature', `no key recovers from the signature: ${err.message}`, { cause: err })
  }
  return addressOfPublicKey(pub)
}

/** addressHex returns a 20-byte address as lowercase 0x hex. */
export const addressHex = toHex
