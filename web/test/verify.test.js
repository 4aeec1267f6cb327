import { test } from 'node:test'
import assert from 'node:assert/strict'
import { V, hex } from './vectors.js'
import { verifyLog, blockGetter } from '../lib/verify.js'
import { openLogNode } from '../lib/lognode.js'

const run = (l) => verifyLog({ ...l, getBlock: blockGetter(l.nodes, hex) })

test('the whole log verifies, newest first', async () => {
  const r = await run(V.log)
  assert.equal(r.ok, true, JSON.stringify(r.bad))
  assert.equal(r.checked, 3)
  assert.deepEqual(r.nodes.map((n) => n.seq), [3, 2, 1])
  assert.deepEqual(r.nodes.map((n) => n.cid.toString()), V.log.nodes.map((n) => n.cid))
  assert.deepEqual(openLogNode(r.nodes[0].node, hex(V.readKey)).payload, { txt: 'hi bob 👋' })
})

test('the log fails for a member, ring or chain it is not', async () => {
  assert.equal((await run({ ...V.log, chain: 1 })).bad.check, 'chain')
  assert.equal((await run({ ...V.log, member: V.keys[1].address })).bad.check, 'author')
  assert.equal((await run({ ...V.log, seq: 4 })).bad.check, 'seq')
})

for (const t of V.tampered) {
  test(`tampered log refused: ${t.name} (${t.about})`, async () => {
    const r = await run(t)
    assert.equal(r.ok, false)
    assert.equal(r.bad.check, t.check, r.bad.reason)
    assert.equal(r.bad.seq, t.badSeq, r.bad.reason)
    assert.ok(r.bad.reason.length > 10)
    assert.ok(r.nodes.every((n) => n.seq < t.badSeq), 'no node newer than the bad one is kept')
  })
}

test('every kind of tampering is covered', () => {
  const checks = new Set(V.tampered.map((t) => t.check))
  for (const c of ['signature', 'prev', 'ring', 'chain', 'seq', 'author', 'cid', 'missing']) assert.ok(checks.has(c), c)
})
