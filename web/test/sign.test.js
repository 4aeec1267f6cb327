import { test } from 'node:test'
import assert from 'node:assert/strict'
import { V, hex, key, byName } from './vectors.js'
import { toHex } from '../lib/bytes.js'
import { sign, recover, addressOf } from '../lib/sign.js'

test('addresses of the vector keys', () => {
  for (const k of V.keys) assert.equal(toHex(addressOf(hex(k.private))), k.address, k.name)
})

test('signatures are Go\'s byte for byte (RFC 6979) and recover', () => {
  const cases = [
    ...V.logNodes.map((v) => [v.name, v.key, v.digest, v.node.sig]),
    ...V.flushes.map((v) => [v.name, v.key, v.digest, v.sig]),
    ...V.ringEntries.map((v) => [v.name, v.key, v.voteDigest, v.voteSig])
  ]
  assert.ok(cases.length >= 8)
  for (const [name, k, digest, want] of cases) {
    const sig = sign(hex(digest), key(k))
    assert.equal(toHex(sig), want, name)
    assert.equal(toHex(recover(hex(digest), sig)), byName(V.keys, k).address, name)
  }
})

test('malformed and malleable signatures are refused', () => {
  const v = V.logNodes[0]
  const d = hex(v.digest)
  const sig = hex(v.node.sig)
  const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
  const high = sig.slice()
  let s = 0n
  for (const b of sig.subarray(32, 64)) s = (s << 8n) | BigInt(b)
  let hs = N - s
  for (let i = 63; i >= 32; i--) { high[i] = Number(hs & 0xffn); hs >>= 8n }
  high[64] = high[64] === 27 ? 28 : 27
  assert.throws(() => recover(d, high), { check: 'signature', message: /high/ })
  const v0 = sig.slice(); v0[64] = 0
  assert.throws(() => recover(d, v0), { check: 'signature', message: /v = 0/ })
  assert.throws(() => recover(d, sig.subarray(0, 64)), { check: 'signature' })
  const zr = sig.slice(); zr.fill(0, 0, 32)
  assert.throws(() => recover(d, zr), { check: 'signature', message: /r out of range/ })
})
