import { test } from 'node:test'
import assert from 'node:assert/strict'
import { V, hex, key, byName } from './vectors.js'
import { toHex } from '../lib/bytes.js'
import { sign, recover, addressOf, signerOf } from '../lib/sign.js'

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

test('signerOf answers what recover answers, from a known key too', () => {
  const alice = byName(V.keys, 'alice')
  const bob = byName(V.keys, 'bob')
  // Many digests, so that alice's key is seen, then verified against, then
  // precomputed.
  for (let i = 0; i < 20; i++) {
    const d = new Uint8Array(32).fill(i + 1)
    const sig = sign(d, hex(alice.private))
    assert.equal(toHex(signerOf(d, sig, alice.address)), alice.address, `round ${i}`)
    // v flipped: another key recovers; a known key must not hide that.
    const flipped = sig.slice(); flipped[64] = sig[64] === 27 ? 28 : 27
    assert.equal(toHex(signerOf(d, flipped, alice.address)), toHex(recover(d, flipped)), `flipped v, round ${i}`)
    assert.notEqual(toHex(recover(d, flipped)), alice.address)
    // bob's signature where alice's is expected.
    const bobs = sign(d, hex(bob.private))
    assert.equal(toHex(signerOf(d, bobs, alice.address)), bob.address, `bob's, round ${i}`)
    // another digest under alice's signature.
    const other = new Uint8Array(32).fill(200 - i)
    assert.equal(toHex(signerOf(other, sig, alice.address)), toHex(recover(other, sig)), `another digest, round ${i}`)
  }
  assert.throws(() => signerOf(new Uint8Array(32), new Uint8Array(64), alice.address), { check: 'signature' })
})
