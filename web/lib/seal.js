// Sealed bodies: XChaCha20-Poly1305 under the ring's read key, bound to the
// body's place in the ring's logs (Go's plugin/ringlog Seal and Open).
//
// sealed = nonce (24 bytes) || ciphertext || tag (16 bytes)
// AAD    = ring (20) || chain (uint64 BE) || author (20) || seq (uint64 BE)

import { xchacha20poly1305 } from '@noble/ciphers/chacha.js'
import { RingsError } from './errors.js'
import { bytesOf, concat, uintBytes } from './bytes.js'

export const KEY_SIZE = 32
export const NONCE_SIZE = 24
export const SEAL_OVERHEAD = NONCE_SIZE + 16

/** aad returns the additional data of a body at position {ring, chain, author, seq}. */
export function aad ({ ring, chain, author, seq }) {
  return concat(bytesOf(ring, 20), uintBytes(chain, 8, 'chain'), bytesOf(author, 20), uintBytes(seq, 8, 'seq'))
}

/**
 * seal encrypts plaintext under readKey for position. nonce defaults to 24
 * random bytes; pass one only to reproduce test vectors: a nonce must never
 * be used twice with one key.
 */
export function seal (readKey, position, plaintext, nonce) {
  const key = bytesOf(readKey, KEY_SIZE)
  const n = nonce === undefined ? globalThis.crypto.getRandomValues(new Uint8Array(NONCE_SIZE)) : bytesOf(nonce, NONCE_SIZE)
  const ct = xchacha20poly1305(key, n, aad(position)).encrypt(plaintext)
  return concat(n, ct)
}

/**
 * open decrypts a body sealed for position. It throws RingsError "open" when
 * the key is wrong or the body was changed or moved to another position.
 */
export function open (readKey, position, body) {
  const key = bytesOf(readKey, KEY_SIZE)
  if (body.length < SEAL_OVERHEAD) throw new RingsError('open', 'body does not open with this read key: too short')
  try {
    return xchacha20poly1305(key, body.subarray(0, NONCE_SIZE), aad(position)).decrypt(body.subarray(NONCE_SIZE))
  } catch (err) {
    throw new RingsError('open', 'body does not open with this read key', { cause: err })
  }
}
