// The Go-built test vectors (web/testdata/vectors.json), with lookups.

import { readFileSync } from 'node:fs'
import { fromHex } from '../lib/bytes.js'
import { CID } from '../lib/codec.js'

export const V = JSON.parse(readFileSync(new URL('../testdata/vectors.json', import.meta.url), 'utf8'))

export const hex = (h) => fromHex(h)
export const byName = (list, name) => {
  const v = list.find((x) => x.name === name)
  if (!v) throw new Error(`no vector ${name}`)
  return v
}
export const key = (name) => hex(byName(V.keys, name).private)

/** payload turns a vector payload {kind, value} into the value dag-cbor encodes. */
export function payload ({ kind, value }) {
  return kind === 'bytes' ? hex(value) : value
}

/** message turns a message vector into a Message object. */
export function message (m) {
  const out = { app: m.app, domain: m.domain, type: m.type, payload: payload(m.payload) }
  if (m.status !== undefined) out.status = m.status
  return out
}

/** logNode turns a log node vector's node into a LogNode object. */
export function logNode (n) {
  return {
    ring: hex(n.ring), chain: n.chain, author: hex(n.author), seq: n.seq,
    prev: n.prev === null ? null : CID.parse(n.prev), refs: n.refs.map((r) => CID.parse(r)),
    body: hex(n.body), time: n.time, sig: hex(n.sig)
  }
}
