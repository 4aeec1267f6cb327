import { test } from 'node:test'
import assert from 'node:assert/strict'
import { V, hex, key, byName, message, logNode } from './vectors.js'
import { toHex } from '../lib/bytes.js'
import { decodeLogNode } from '../lib/schema.js'
import { sessionDigest, sessionRevocationDigest, sessionTypedData } from '../lib/eip712.js'
import { buildSession, signSession, verifySession, sessionCovers, newSessionKey } from '../lib/session.js'
import { buildLogNode, signLogNode, verifyLogNode } from '../lib/lognode.js'
import { buildFlush, signFlush, flushToRingParams } from '../lib/flush.js'
import { verifyLog, blockGetter } from '../lib/verify.js'
import { addressOf } from '../lib/sign.js'

const sessionOf = (s) => ({ key: hex(s.key), notBefore: s.notBefore, expiry: s.expiry, sig: hex(s.sig) })
const addr = (name) => byName(V.keys, name).address

test('a session digests and signs as Go does', () => {
  for (const v of V.sessions) {
    const domain = { chainId: v.chainId, ring: v.ring }
    const s = buildSession(v.session)
    assert.equal(toHex(sessionDigest(domain, addr(v.author), s)), v.digest, v.name)
    assert.equal(toHex(signSession(domain, addr(v.author), s, key(v.author)).sig), v.session.sig, v.name)
    assert.equal(toHex(sessionRevocationDigest(domain, addr(v.author), v.session.key)), v.revocationDigest, v.name)
    verifySession(domain, addr(v.author), sessionOf(v.session), addr(v.key))
    assert.throws(() => verifySession(domain, addr(v.author), sessionOf(v.session), addr('mallory')), { check: 'session' })
    assert.throws(() => verifySession({ ...domain, chainId: 1 }, addr(v.author), sessionOf(v.session), addr(v.key)), { check: 'session' })
    assert.throws(() => signSession(domain, addr(v.author), s, key('bob')), { check: 'author' })
  }
})

test('a session\'s typed data is what a wallet signs', () => {
  const v = V.sessions[0]
  const td = sessionTypedData({ chainId: v.chainId, ring: v.ring }, addr(v.author), buildSession(v.session))
  assert.equal(td.primaryType, 'Session')
  assert.equal(td.domain.chainId, v.chainId)
  assert.deepEqual(td.types.Session.map((f) => `${f.type} ${f.name}`).join(','), 'address ring,address author,address key,uint64 notBefore,uint64 expiry')
  assert.deepEqual(td.message, { ring: v.ring, author: addr(v.author), key: v.session.key, notBefore: String(v.session.notBefore), expiry: String(v.session.expiry) })
  JSON.stringify(td) // no bigints: it goes to eth_signTypedData_v4 as JSON
})

test('a node signed by a session key is Go\'s block and verifies as its author', () => {
  for (const v of V.sessionLogNodes) {
    const n = v.node
    const unsigned = buildLogNode({
      ring: n.ring, chain: n.chain, author: n.author, seq: n.seq, prev: n.prev, refs: n.refs, time: n.time,
      message: message(byName(V.messages, v.message)), readKey: V.readKey, nonce: hex(byName(V.seals, v.seal).nonce),
      session: sessionOf(n.session)
    })
    const signed = signLogNode(unsigned, key(v.key))
    assert.equal(toHex(signed.bytes), v.block, v.name)
    assert.equal(signed.cid.toString(), v.cid, v.name)
    assert.equal(toHex(verifyLogNode(decodeLogNode(hex(v.block)))), n.author, v.name)
    assert.deepEqual(decodeLogNode(hex(v.block)).session, sessionOf(n.session))
    // The author's own key may not sign a node that carries a session.
    assert.throws(() => signLogNode(unsigned, key('alice')), { check: 'author' })
    assert.throws(() => signLogNode({ ...unsigned, time: (n.session.expiry + 1) * 1000 }, key(v.key)), { check: 'session' })
    const forged = { ...logNode(n), session: sessionOf(n.session), sig: hex(n.sig) }
    assert.throws(() => verifyLogNode({ ...forged, time: n.time + 1 }), { check: 'session' }, 'the signature no longer recovers to the session key')
  }
})

test('a flush signed by a session key signs as Go does and carries the session', () => {
  for (const v of V.sessionFlushes) {
    const f = buildFlush({ ...v.flush, head: v.headCid })
    const domain = { chainId: v.chainId, ring: v.flush.ring }
    const s = sessionOf(v.session)
    assert.equal(toHex(signFlush(domain, f, key(v.key), s)), v.sig, v.name)
    assert.throws(() => signFlush(domain, f, key(v.key)), { check: 'author' }, 'without the session the avatar must sign')
    const p = flushToRingParams(f, hex(v.sig), [hex(V.sessionLog.nodes[0].block)], s)
    assert.deepEqual(p.session, v.session)
  }
})

test('alice\'s log with a session-signed head verifies', async () => {
  const l = V.sessionLog
  const r = await verifyLog({ ...l, getBlock: blockGetter(l.nodes, hex) })
  assert.equal(r.ok, true, JSON.stringify(r.bad))
  assert.deepEqual(r.nodes.map((n) => n.seq), [4, 3, 2, 1])
})

test('every session rule is covered by a tampered log', () => {
  const names = V.tampered.filter((t) => t.check === 'session').map((t) => t.name)
  for (const n of ['session-expired', 'session-not-yet-valid', 'session-other-ring', 'session-other-chain', 'session-by-non-author', 'session-wrong-key']) {
    assert.ok(names.includes(n), n)
  }
})

test('a new session key is random and its address is its own', () => {
  const a = newSessionKey()
  const b = newSessionKey()
  assert.notEqual(toHex(a.privateKey), toHex(b.privateKey))
  assert.equal(toHex(a.address), toHex(addressOf(a.privateKey)))
  assert.equal(sessionCovers({ notBefore: 10, expiry: 20 }, 20_000), true)
  assert.equal(sessionCovers({ notBefore: 10, expiry: 20 }, 20_001), false)
  assert.equal(sessionCovers({ notBefore: 10, expiry: 20 }, 9_999), false)
})
