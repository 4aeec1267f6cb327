// Session keys (DESIGN §11): an author's wallet signs one EIP-712 Session
// that delegates its signing in one ring, on one chain, for a window of
// time, to a key the page holds. Nodes and flushes signed by that key then
// verify as the author's.

import { secp256k1 } from '@noble/curves/secp256k1.js'
import { RingsError } from './errors.js'
import { bytesOf, equal, toHex } from './bytes.js'
import { checkSession } from './schema.js'
import { sessionDigest } from './eip712.js'
import { sign, signerOf, addressOf } from './sign.js'

/** newSessionKey returns a fresh random key: {privateKey (32 bytes), address (20 bytes)}. */
export function newSessionKey () {
  const privateKey = secp256k1.utils.randomSecretKey()
  return { privateKey, address: addressOf(privateKey) }
}

/**
 * buildSession returns an unsigned session for key (an address) from
 * notBefore to expiry, unix seconds: {key, notBefore, expiry}. Sign it with
 * signSession, or have a wallet sign sessionTypedData and set sig.
 */
export function buildSession ({ key, notBefore, expiry }) {
  return { key: bytesOf(key, 20), notBefore: Number(notBefore), expiry: Number(expiry) }
}

/** signSession returns session signed by privateKey, the author's, in domain {chainId, ring}. */
export function signSession (domain, author, session, privateKey) {
  const signer = addressOf(privateKey)
  if (!equal(signer, bytesOf(author, 20))) throw new RingsError('author', `key is ${toHex(signer)}'s, the session's author is ${toHex(bytesOf(author, 20))}`)
  return { ...session, sig: sign(sessionDigest(domain, author, session), privateKey) }
}

/**
 * verifySession checks that session is author's delegation, in domain, to
 * signer (the address that made some signature): its rules, session.key is
 * signer, and session.sig recovers to author. It throws RingsError
 * "invalid", "signature" or "session". The window and revocation are the
 * caller's: see sessionCovers, and Ring.sessionRevokedAt on chain.
 */
export function verifySession (domain, author, session, signer) {
  const s = checkSession(session, bytesOf(author, 20))
  if (!equal(s.key, bytesOf(signer, 20))) throw new RingsError('session', `signed by ${toHex(bytesOf(signer, 20))}, not by the session key ${toHex(s.key)}`)
  const got = signerOf(sessionDigest(domain, author, s), s.sig, author)
  if (!equal(got, bytesOf(author, 20))) throw new RingsError('session', `the session is signed by ${toHex(got)}, not by the author ${toHex(bytesOf(author, 20))} (or for another ring or chain)`)
  return s
}

/** sessionCovers reports whether unixMillis is inside session's window (notBefore*1000 ..= expiry*1000). */
export function sessionCovers (session, unixMillis) {
  return unixMillis >= session.notBefore * 1000 && unixMillis <= session.expiry * 1000
}

/** sessionJSON returns session as FlushToRing's "session" param: {key, notBefore, expiry, sig} in 0x hex. */
export function sessionJSON (session) {
  return { key: toHex(bytesOf(session.key, 20)), notBefore: session.notBefore, expiry: session.expiry, sig: toHex(bytesOf(session.sig, 65)) }
}
