// One log node: build (seal the message, link prev and refs), sign, check,
// verify, open.

import { RingsError } from './errors.js'
import { bytesOf, equal, toHex } from './bytes.js'
import { asCID } from './codec.js'
import { checkLogNode, encodeLogNode, encodeMessage, decodeMessage, blockOf } from './schema.js'
import { seal, open } from './seal.js'
import { logNodeDigest } from './eip712.js'
import { sign, recover, addressOf } from './sign.js'

const positionOf = (n) => ({ ring: n.ring, chain: n.chain, author: n.author, seq: n.seq })

/**
 * buildLogNode returns an unsigned LogNode holding message sealed with
 * readKey. prev is the author's current head (a CID, null or absent for
 * seq 1), refs the heads of other members' logs the author has seen, time
 * unix milliseconds (default now). nonce is for test vectors only.
 */
export function buildLogNode ({ ring, chain, author, seq, prev = null, refs = [], time = Date.now(), message, readKey, nonce }) {
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
  n.body = seal(readKey, positionOf(n), encodeMessage(message), nonce)
  return checkLogNode(n, { signed: false })
}

/**
 * signLogNode returns node signed with privateKey, which must be the
 * author's, and its block: {node, cid, bytes}.
 */
export function signLogNode (node, privateKey) {
  const n = checkLogNode(node, { signed: false })
  const signer = addressOf(privateKey)
  if (!equal(signer, n.author)) throw new RingsError('author', `key is ${toHex(signer)}'s, the node's author is ${toHex(n.author)}`)
  n.sig = sign(logNodeDigest(n), privateKey)
  const block = blockOf(encodeLogNode(n))
  return { node: n, ...block }
}

/**
 * verifyLogNode checks node's rules and that its signature recovers to its
 * author, and returns the author. It throws RingsError "invalid" or
 * "signature".
 */
export function verifyLogNode (node) {
  const n = checkLogNode(node)
  const got = recover(logNodeDigest(n), n.sig)
  if (!equal(got, n.author)) throw new RingsError('signature', `signed by ${toHex(got)}, not by the author ${toHex(n.author)}`)
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
