import { test } from 'node:test'
import assert from 'node:assert/strict'
import { V, hex, message, logNode } from './vectors.js'
import { toHex } from '../lib/bytes.js'
import { CID, decode, cidOf, digestOf, cidFromDigest, checkBlock } from '../lib/codec.js'
import { encodeMessage, decodeMessage, encodeLogNode, decodeLogNode, encodeRingEntry, decodeRingEntry } from '../lib/schema.js'

test('messages encode to Go\'s bytes and CIDs', () => {
  assert.ok(V.messages.length >= 5)
  for (const m of V.messages) {
    const enc = encodeMessage(message(m))
    assert.equal(toHex(enc), m.encoded, m.name)
    assert.equal(cidOf(enc).toString(), m.cid, m.name)
    assert.deepEqual(decodeMessage(enc), message(m), m.name)
  }
})

test('log nodes encode to Go\'s blocks and CIDs, and decode back', () => {
  assert.equal(V.logNodes.length, 4)
  for (const v of V.logNodes) {
    const n = logNode(v.node)
    const block = encodeLogNode(n)
    assert.equal(toHex(block), v.block, v.name)
    assert.equal(cidOf(block).toString(), v.cid, v.name)
    const back = decodeLogNode(hex(v.block))
    assert.equal(toHex(back.body), v.node.body)
    assert.equal(back.prev === null ? null : back.prev.toString(), v.node.prev)
    assert.deepEqual(back.refs.map(String), v.node.refs)
    assert.equal(back.seq, v.node.seq)
    assert.equal(back.time, v.node.time)
  }
  assert.ok(V.logNodes.some((v) => v.node.prev === null), 'a first node')
  assert.ok(V.logNodes.some((v) => v.node.prev !== null && v.node.refs.length > 0), 'a later node with prev and refs')
})

test('ring entries encode to Go\'s blocks and CIDs', () => {
  for (const v of V.ringEntries) {
    const e = v.entry
    const entry = {
      ring: hex(e.ring), chain: e.chain, index: e.index, prev: e.prev && CID.parse(e.prev), time: e.time,
      heads: e.heads.map((h) => ({ member: hex(h.member), seq: h.seq, head: CID.parse(h.head) })),
      outputs: e.outputs.map((o) => ({ pin: o.pin, data: CID.parse(o.data) }))
    }
    const block = encodeRingEntry(entry)
    assert.equal(toHex(block), v.block, v.name)
    assert.equal(cidOf(block).toString(), v.cid, v.name)
    assert.equal(decodeRingEntry(block).heads.length, e.heads.length)
  }
})

test('digests and CIDs convert both ways', () => {
  const v = V.flushes[0]
  assert.equal(toHex(digestOf(v.headCid)), v.flush.head)
  assert.equal(cidFromDigest(v.flush.head).toString(), v.headCid)
})

test('non-canonical and malformed blocks are refused', () => {
  // {"b": 1, "a": 2}: keys out of order.
  const unsorted = Uint8Array.of(0xa2, 0x61, 0x62, 0x01, 0x61, 0x61, 0x02)
  assert.throws(() => decode(unsorted), (e) => ['noncanonical', 'decode'].includes(e.check))
  // 1 encoded in two bytes.
  assert.throws(() => decode(Uint8Array.of(0x18, 0x01)), (e) => ['noncanonical', 'decode'].includes(e.check))
  const block = hex(V.logNodes[0].block)
  assert.throws(() => decodeLogNode(Uint8Array.of(...block, 0x00)), (e) => ['noncanonical', 'decode'].includes(e.check))
  assert.throws(() => decodeLogNode(block.subarray(0, block.length - 3)), { check: 'decode' })
  assert.throws(() => checkBlock(V.logNodes[1].cid, block), { check: 'cid' })
  checkBlock(V.logNodes[0].cid, block)
})

test('log node rules are Go\'s', () => {
  const n = logNode(V.logNodes[1].node)
  assert.throws(() => encodeLogNode({ ...n, prev: CID.parse(V.logNodes[0].cid) }), /prev: set, want null/)
  assert.throws(() => encodeLogNode({ ...n, chain: 0 }), /chain/)
  assert.throws(() => encodeLogNode({ ...n, sig: n.sig.subarray(0, 64) }), /sig: 64 bytes/)
  assert.throws(() => encodeLogNode({ ...n, extra: 1 }), /extra: unknown field/)
  const later = logNode(V.logNodes[2].node)
  assert.throws(() => encodeLogNode({ ...later, refs: [later.refs[0], later.refs[0]] }), /duplicate/)
  assert.throws(() => encodeLogNode({ ...later, prev: null }), /prev: null/)
})
