// One log node: build (seal the message, link prev and refs), sign, check,
// verify, open.

import { RingsError } from './errors.js'
import { bytesOf, equal, toHex } from './bytes.js'
import { asCID } from './codec.js'
import { checkLogNode, encodeLogNode, encodeMessage, decodeMessage, blockOf } from './schema.js'
import { seal, open } from './seal.js'
import { logNodeDigest } from './eip712.js'
import { sign, signerOf, addressOf } from './sign.js'
import { verifySession, sessionCovers } from './session.js'

const positionOf = (n) => ({ ring: n.ring, chain: n.chain, author: n.author, seq: n.seq })

/**
 * buildLogNode returns an unsigned LogNode holding message sealed with
 * readKey. prev is the author's current head (a CID, null or absent for
 * seq 1), refs the heads of other members' logs the author has seen, time
 * unix milliseconds (default now). session, when given, is the author's
 * signed Session for the key that will sign the node. nonce is for test
 * vectors only.
 */
export function buildLogNode ({ ring, chain, author, seq, prev = null, refs = [], time = Date.now(), message, readKey, session, nonce }) {
  const n = {
    ring: bytesOf(ring, 20),
    chain,
    author: bytesOf(author, 20),
    seq,
    prev: prev === null || prev === undefined ? null : asCID(prev),
    refs: refs.map(asCID),
    body: new Uint8Array(0),
    time
  }
  if (session !== undefined && session !== null) n.session = session
  n.body = seal(readKey, positionOf(n), encodeMessage(message), nonce)
  return checkLogNode(n, { signed: false })
}

/**
 * signLogNode returns node signed with privateKey and its block: {node, cid,
 * bytes}. privateKey is the author's, or, for a node with a session, the
 * session key, and the node's time must then be in the session's window.
 */
export function signLogNode (node, privateKey) {
  const n = checkLogNode(node, { signed: false })
  const signer = addressOf(privateKey)
  const want = n.session ? n.session.key : n.author
  if (!equal(signer, want)) throw new RingsError('author', `key is ${toHex(signer)}'s, the node must be signed by ${n.session ? 'its session key' : 'its author'} ${toHex(want)}`)
  if (n.session && !sessionCovers(n.session, n.time)) throw new RingsError('session', `time ${n.time} is outside the session's window ${n.session.notBefore}..${n.session.expiry} (unix seconds)`)
  n.sig = sign(logNodeDigest(n), privateKey)
  const block = blockOf(encodeLogNode(n))
  return { node: n, ...block }
}

/**
 * verifyLogNode checks node's rules and that it speaks for its author: its
 * signature recovers to the author, or the node carries a Session the
 * author signed, in the node's ring and chain, for the key that signed it,
 * whose window covers the node's time. It returns the author. It throws
 * RingsError "invalid", "signature" or "session". Revocation is on chain
 * (Ring.sessionRevokedAt): the caller checks it if it can.
 */
export function verifyLogNode (node) {
  const n = checkLogNode(node)
  const got = signerOf(logNodeDigest(n), n.sig, n.session ? n.session.key : n.author)
  if (!n.session) {
    if (!equal(got, n.author)) throw new RingsError('signature', `signed by ${toHex(got)}, not by the author ${toHex(n.author)}`)
    return n.author
  }
  verifySession({ chainId: n.chain, ring: n.ring }, n.author, n.session, got)
  if (!sessionCovers(n.session, n.time)) throw new RingsError('session', `signed by a session key at ${n.time} ms, outside the session's window ${n.session.notBefore}..${n.session.expiry} (unix seconds)`)
  return n.author
}

/**
 * checkNode verifies a decoded node in its place: it claims ring, chain,
 * member as author and seq (RingsError "ring", "chain", "author", "seq"),
 * and its signature is the author's ("signature"), as Go's ringlog.CheckNode.
 */
export function checkNode (node, { ring, chain, member, seq }) {
  const n = checkLogNode(node)
  if (!equal(n.ring, bytesOf(ring, 20))) throw new RingsError('ring', `node is for ring ${toHex(n.ring)}, not ${toHex(bytesOf(ring, 20))}`)
  if (n.chain !== Number(chain)) throw new RingsError('chain', `node is for chain ${n.chain}, not ${chain}`)
  if (!equal(n.author, bytesOf(member, 20))) throw new RingsError('author', `node is authored by ${toHex(n.author)}, not ${toHex(bytesOf(member, 20))}`)
  if (n.seq !== Number(seq)) throw new RingsError('seq', `node has seq ${n.seq} where seq ${seq} was expected`)
  verifyLogNode(n)
  return n
}

/** openLogNode opens node's body with readKey and returns its Message. */
export function openLogNode (node, readKey) {
  return decodeMessage(open(readKey, positionOf(node), node.body))
}
