import { test } from 'node:test'
import assert from 'node:assert/strict'
import { V, hex } from './vectors.js'
import { toHex } from '../lib/bytes.js'
import { aad, seal, open } from '../lib/seal.js'

const pos = (p) => ({ ring: hex(p.ring), chain: p.chain, author: hex(p.author), seq: p.seq })

test('sealing with Go\'s nonce gives Go\'s bytes, and opens', () => {
  assert.ok(V.seals.length >= 5)
  for (const s of V.seals) {
    assert.equal(toHex(aad(pos(s.position))), s.aad, s.name)
    const sealed = seal(hex(s.readKey), pos(s.position), hex(s.plaintext), hex(s.nonce))
    assert.equal(toHex(sealed), s.sealed, s.name)
    assert.equal(toHex(open(hex(s.readKey), pos(s.position), hex(s.sealed))), s.plaintext, s.name)
  }
})

test('a body opens only with its key and in its place', () => {
  const s = V.seals[0]
  const key = hex(s.readKey)
  const body = hex(s.sealed)
  const moved = { ...pos(s.position), seq: s.position.seq + 1 }
  assert.throws(() => open(key, moved, body), { check: 'open' })
  const wrong = key.slice(); wrong[0] ^= 1
  assert.throws(() => open(wrong, pos(s.position), body), { check: 'open' })
  const flipped = body.slice(); flipped[30] ^= 1
  assert.throws(() => open(key, pos(s.position), flipped), { check: 'open' })
  assert.throws(() => open(key, pos(s.position), body.subarray(0, 39)), { check: 'open' })
})

test('a random nonce differs each time', () => {
  const s = V.seals[0]
  const a = seal(hex(s.readKey), pos(s.position), hex(s.plaintext))
  const b = seal(hex(s.readKey), pos(s.position), hex(s.plaintext))
  assert.notEqual(toHex(a.subarray(0, 24)), toHex(b.subarray(0, 24)))
  assert.equal(toHex(open(hex(s.readKey), pos(s.position), a)), s.plaintext)
})
