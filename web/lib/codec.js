// dag-cbor and CIDs: canonical encoding, strict decoding, CIDv1 dag-cbor sha2-256.

import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import { sha256 } from '@noble/hashes/sha2.js'
import { RingsError } from './errors.js'
import { equal, bytesOf } from './bytes.js'

export { CID }

/** DAG_CBOR is the multicodec code of dag-cbor. */
export const DAG_CBOR = 0x71
const SHA2_256 = 0x12

/** LINK_PREFIX is the binary prefix of every Rings CID: CIDv1, dag-cbor, sha2-256, 32 bytes. */
export const LINK_PREFIX = Uint8Array.of(0x01, 0x71, 0x12, 0x20)

/** encode returns the canonical dag-cbor encoding of value (CIDs become tag 42). */
export function encode (value) {
  return dagCbor.encode(value)
}

/**
 * decode decodes one dag-cbor data item and checks that bytes are its
 * canonical encoding (sorted keys, shortest integers, definite lengths),
 * as Go's decoders do. It throws RingsError "decode" or "noncanonical".
 */
export function decode (bytes) {
  let value
  try {
    value = dagCbor.decode(bytes)
  } catch (err) {
    throw new RingsError('decode', `not dag-cbor: ${err.message}`, { cause: err })
  }
  if (!equal(dagCbor.encode(value), bytes)) throw new RingsError('noncanonical', 'not in canonical dag-cbor form')
  return value
}

/** cidOf returns the CID of a dag-cbor block: CIDv1, dag-cbor, sha2-256. */
export function cidOf (block) {
  return CID.createV1(DAG_CBOR, Digest.create(SHA2_256, sha256(block)))
}

/** asCID parses a CID string or returns a CID as it is. */
export function asCID (c) {
  if (c instanceof CID) return c
  const parsed = CID.asCID(c)
  if (parsed) return parsed
  try {
    return CID.parse(String(c))
  } catch (err) {
    throw new RingsError('invalid', `not a CID: ${c}`, { cause: err })
  }
}

/** isLink reports whether c is a Rings link: CIDv1, dag-cbor, sha2-256, 32-byte digest. */
export function isLink (c) {
  return c.version === 1 && c.code === DAG_CBOR && c.multihash.code === SHA2_256 && c.multihash.digest.length === 32
}

/** digestOf returns the 32-byte digest of a Rings link: what contracts store as bytes32. */
export function digestOf (c) {
  const cid = asCID(c)
  if (!isLink(cid)) throw new RingsError('invalid', `${cid} is not a CIDv1 dag-cbor sha2-256 link`)
  return cid.multihash.digest
}

/** cidFromDigest is the inverse of digestOf. */
export function cidFromDigest (d) {
  return CID.createV1(DAG_CBOR, Digest.create(SHA2_256, bytesOf(d, 32)))
}

/** checkBlock throws RingsError "cid" unless block hashes to c. */
export function checkBlock (c, block) {
  const want = asCID(c)
  const got = cidOf(block)
  if (!got.equals(want)) throw new RingsError('cid', `block hashes to ${got}, not ${want}`)
}
