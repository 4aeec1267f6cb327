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
  return recoverKey(bytesOf(digest, 32), checkSig(sig)).address
}

/** checkSig refuses a malformed signature as recover does, and returns {r, s, v}. */
function checkSig (sig) {
  if (!(sig instanceof Uint8Array) || sig.length !== 65) throw new RingsError('signature', `signature is ${sig?.length} bytes, want 65`)
  const v = sig[64]
  if (v !== 27 && v !== 28) throw new RingsError('signature', `signature v = ${v}, want 27 or 28`)
  const r = big(sig.subarray(0, 32))
  const s = big(sig.subarray(32, 64))
  if (r === 0n || r >= N) throw new RingsError('signature', 'signature r out of range')
  if (s === 0n) throw new RingsError('signature', 'signature s is zero')
  if (s > HALF_N) throw new RingsError('signature', 'signature s is high (malleable)')
  return { r, s, v, sig }
}

function recoverKey (d, { v, sig }) {
  let pub
  try {
    pub = secp256k1.recoverPublicKey(concat(Uint8Array.of(v - 27), sig.subarray(0, 64)), d, { prehash: false })
  } catch (err) {
    throw new RingsError('signature', `no key recovers from the signature: ${err.message}`, { cause: err })
  }
  const point = Point.fromBytes(pub)
  return { point, address: addressOfPublicKey(point.toBytes(false)) }
}

// Public keys of signers seen, by address, so that their next signatures
// are checked with a verification (no square root, no hash of the key)
// instead of a recovery; a key used often gets a precomputed table.
const known = new Map() // lowercase 0x address -> {point, uses}
const MAX_KNOWN = 4096
const PRECOMPUTE_AFTER = 8
const { Point } = secp256k1
const Fn = Point.Fn

/**
 * signerOf returns the address that signed digest, exactly as recover does
 * (and refusing what it refuses), when the signer is probably expected: a
 * signature by a key it has seen before is checked by a verification
 * against that key, several times faster than a recovery.
 */
export function signerOf (digest, sig, expected) {
  const d = bytesOf(digest, 32)
  const parts = checkSig(sig)
  const want = toHex(bytesOf(expected, 20))
  const entry = known.get(want)
  if (entry) {
    if (++entry.uses === PRECOMPUTE_AFTER) precompute(entry.point)
    if (verifyWith(entry.point, d, parts)) return bytesOf(expected, 20)
  }
  const got = recoverKey(d, parts)
  if (!entry && toHex(got.address) === want) {
    if (known.size >= MAX_KNOWN) known.clear()
    known.set(want, { point: got.point, uses: 1 })
  }
  return got.address
}

// precompute gives a key used often a table of its multiples (~60 ms), and
// the generator a larger one than noble's default the first time (~200
// ms): a page verifying a ring's history then checks a signature in about
// a quarter of a recovery's time.
let baseDone = false
function precompute (point) {
  if (!baseDone) {
    Point.BASE.precompute(10, false)
    baseDone = true
  }
  point.precompute(8, false)
}

// verifyWith reports whether (r, s, v) over d is point's: R = u1·G + u2·P
// has x = r and y of v's parity, which is exactly the point a recovery
// with v reconstructs, so the answer is recover's.
function verifyWith (point, d, { r, s, v }) {
  const h = Fn.create(big(d))
  const is = Fn.inv(s)
  const R = Point.BASE.multiplyUnsafe(Fn.create(h * is)).add(point.multiplyUnsafe(Fn.create(r * is)))
  if (R.is0()) return false
  const q = R.toAffine()
  return q.x === r && Number(q.y & 1n) === v - 27
}

/** addressHex returns a 20-byte address as lowercase 0x hex. */
export const addressHex = toHex
