import { test } from 'node:test'
import assert from 'node:assert/strict'
import { V, hex, logNode } from './vectors.js'
import { toHex } from '../lib/bytes.js'
import {
  domainSeparator, logNodeClaim, logNodeDigest, flushDigest, ringEntryDigest, logNodeTypedData, flushTypedData,
  LOG_NODE_TYPE, FLUSH_TYPE
} from '../lib/eip712.js'
import { digestOf } from '../lib/codec.js'

test('domain separators are Go\'s', () => {
  assert.equal(V.domains.length, 2)
  for (const d of V.domains) {
    assert.equal(d.name, 'Rings')
    assert.equal(toHex(domainSeparator({ chainId: d.chainId, ring: hex(d.verifyingContract) })), d.separator)
  }
})

test('log node claims and digests are Go\'s', () => {
  for (const v of V.logNodes) {
    const n = logNode(v.node)
    const c = logNodeClaim(n)
    assert.equal(toHex(c.prev), v.claim.prev, v.name)
    assert.equal(toHex(c.refs), v.claim.refs, v.name)
    assert.equal(toHex(c.body), v.claim.body, v.name)
    assert.equal(toHex(logNodeDigest(n)), v.digest, v.name)
    const { sig, ...unsigned } = n
    assert.equal(toHex(logNodeDigest(unsigned)), v.digest, `${v.name} unsigned`)
  }
})

test('flush digests are Go\'s, uint256 values included', () => {
  for (const v of V.flushes) {
    const f = v.flush
    const flush = { ring: hex(f.ring), avatar: hex(f.avatar), head: hex(f.head), seq: f.seq, nonce: f.nonce, deadline: f.deadline }
    assert.equal(toHex(flushDigest({ chainId: v.chainId, ring: hex(f.ring) }, flush)), v.digest, v.name)
  }
  assert.ok(V.flushes.some((v) => BigInt(v.flush.deadline) >= 2n ** 255n))
})

test('ring entry vote digests are Go\'s', () => {
  for (const v of V.ringEntries) {
    const prev = v.entry.prev ? digestOf(v.entry.prev) : new Uint8Array(32)
    const d = ringEntryDigest({ chainId: V.chain, ring: hex(V.ring) }, v.entry.index, digestOf(v.cid), prev)
    assert.equal(toHex(d), v.voteDigest, v.name)
  }
})

test('typed data for wallets names the signed types and values', () => {
  const v = V.logNodes[2]
  const td = logNodeTypedData(logNode(v.node))
  const typeString = (name, fields) => `${name}(${fields.map((f) => `${f.type} ${f.name}`).join(',')})`
  assert.equal(typeString('LogNode', td.types.LogNode), LOG_NODE_TYPE)
  assert.deepEqual([td.message.prev, td.message.refs, td.message.body], [v.claim.prev, v.claim.refs, v.claim.body])
  assert.equal(td.domain.chainId, V.chain)
  const f = V.flushes[1]
  const ftd = flushTypedData({ chainId: f.chainId, ring: hex(f.flush.ring) }, { ...f.flush })
  assert.equal(typeString('Flush', ftd.types.Flush), FLUSH_TYPE)
  assert.equal(ftd.message.deadline, f.flush.deadline)
})
