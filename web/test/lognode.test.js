import { test } from 'node:test'
import assert from 'node:assert/strict'
import { V, hex, key, byName, message, logNode } from './vectors.js'
import { toHex } from '../lib/bytes.js'
import { buildLogNode, signLogNode, verifyLogNode, openLogNode, checkNode } from '../lib/lognode.js'

test('building and signing a node gives Go\'s block', () => {
  for (const v of V.logNodes) {
    const n = v.node
    const seal = byName(V.seals, v.seal)
    const unsigned = buildLogNode({
      ring: n.ring, chain: n.chain, author: n.author, seq: n.seq, prev: n.prev, refs: n.refs, time: n.time,
      message: message(byName(V.messages, v.message)), readKey: V.readKey, nonce: hex(seal.nonce)
    })
    assert.equal(toHex(unsigned.body), n.body, v.name)
    const signed = signLogNode(unsigned, key(v.key))
    assert.equal(toHex(signed.node.sig), n.sig, v.name)
    assert.equal(toHex(signed.bytes), v.block, v.name)
    assert.equal(signed.cid.toString(), v.cid, v.name)
  }
})

test('nodes verify and open to their messages', () => {
  for (const v of V.logNodes) {
    const n = logNode(v.node)
    assert.equal(toHex(verifyLogNode(n)), v.node.author, v.name)
    assert.deepEqual(openLogNode(n, hex(V.readKey)), message(byName(V.messages, v.message)), v.name)
  }
})

test('a node refuses the wrong signer, key and place', () => {
  const v = V.logNodes[1]
  const n = logNode(v.node)
  assert.throws(() => signLogNode(n, key('bob')), { check: 'author' })
  const forged = { ...n, author: hex(byName(V.keys, 'bob').address) }
  assert.throws(() => verifyLogNode(forged), { check: 'signature', message: /not by the author/ })
  const wrong = hex(V.readKey); wrong[5] ^= 1
  assert.throws(() => openLogNode(n, wrong), { check: 'open' })
  const place = { ring: V.ring, chain: V.chain, member: v.node.author, seq: v.node.seq }
  checkNode(n, place)
  assert.throws(() => checkNode(n, { ...place, chain: 1 }), { check: 'chain' })
  assert.throws(() => checkNode(n, { ...place, seq: 2 }), { check: 'seq' })
  assert.throws(() => checkNode(n, { ...place, ring: V.domains[1].verifyingContract }), { check: 'ring' })
  assert.throws(() => checkNode(n, { ...place, member: byName(V.keys, 'bob').address }), { check: 'author' })
})
