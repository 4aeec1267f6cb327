import { test } from 'node:test'
import assert from 'node:assert/strict'
import { orderTimeline, timelineCompare } from '../app/order.js'
import { verifyEntry, Reader } from '../app/timeline.js'
import { textOf, chatMessage } from '../app/message.js'
import { V, key, byName, hex } from './vectors.js'
import { RingsError, buildLogNode, signLogNode, cidOf, decodeLogNode, encode, logNodeDigest, sign, fromHex, toHex } from '../lib/index.js'

const ring = V.ring
const chain = V.chain
const readKey = fromHex(V.readKey)
const addr = (name) => byName(V.keys, name).address

// write builds and signs a chat node of name's, as the page does.
function write (name, seq, prev, text, { time = 1_800_000_000_000 + seq, refs = [], readKey: k = readKey, ring: r = ring } = {}) {
  return signLogNode(buildLogNode({ ring: r, chain, author: addr(name), seq, prev, refs, time, message: chatMessage(text), readKey: k }), key(name))
}

// entryOf is a node as the timeline route lists it.
function entryOf (signed, over = {}) {
  const n = signed.node
  return {
    author: toHex(n.author), seq: n.seq, cid: signed.cid.toString(), prev: n.prev?.toString(),
    refs: n.refs.map(String), time: new Date(n.time).toISOString(), bodySize: n.body.length, ...over
  }
}

// timelineGateway serves entries (oldest first) as the timeline route's
// pages and blocks as /ipfs/; missing holds CIDs whose blocks it lacks.
function timelineGateway (entries, blocks, { missing = new Set() } = {}) {
  return {
    calls: 0,
    async timeline (r, { cursor, limit }) {
      this.calls++
      assert.equal(r, ring)
      const from = Number(cursor || 0)
      const page = entries.slice(from, from + limit)
      return { ring, cursor: String(from || ''), next: String(from + page.length), more: from + page.length < entries.length, entries: page }
    },
    async block (cid) {
      return missing.has(String(cid)) ? undefined : blocks.get(String(cid))
    }
  }
}

test('timeline order: links first, then time, author, seq, CID; a missing link is ignored', () => {
  const a1 = write('alice', 1, null, 'a1', { time: 5 })
  const b1 = write('bob', 1, null, 'b1', { time: 3, refs: [a1.cid] }) // earlier clock, but refers to a1
  const a2 = write('alice', 2, a1.cid, 'a2', { time: 3 })
  const m1 = write('mallory', 1, null, 'm1', { time: 3 })
  const x = write('bob', 2, b1.cid, 'x', { time: 1, refs: [cidOf(encode({ gone: true }))] }) // its ref is not here
  const nodes = [x, m1, a2, b1, a1].map((s) => {
    const e = entryOf(s)
    return { cid: e.cid, author: e.author, seq: e.seq, prev: e.prev ?? null, refs: e.refs, time: s.node.time }
  })
  const order = orderTimeline([...nodes, nodes[0]]).map((n) => n.cid)
  const name = new Map([[a1, 'a1'], [b1, 'b1'], [a2, 'a2'], [m1, 'm1'], [x, 'x']].map(([s, n]) => [s.cid.toString(), n]))
  // m1 (time 3) and a1 (time 5) are free at once; then a2 and b1 (both
  // time 3: the lower author first); x (time 1) as soon as b1 is placed.
  const want = ['m1', 'a1', ...(addr('alice') < addr('bob') ? ['a2', 'b1', 'x'] : ['b1', 'x', 'a2'])]
  assert.deepEqual(order.map((c) => name.get(c)), want)
  assert.equal(timelineCompare({ time: 1, author: '0xaa', seq: 1, cid: a1.cid.toString() }, { time: 1, author: '0xaa', seq: 1, cid: a1.cid.toString() }), 0)
})

test('a node that verifies shows its text; every broken one is rejected with the reason, never its body', () => {
  const a1 = write('alice', 1, null, 'secret one')
  const a2 = write('alice', 2, a1.cid, 'secret two')
  const ok = verifyEntry(entryOf(a2), a2.bytes, { ring, chain, readKey, prevCID: a1.cid.toString() })
  assert.equal(ok.status, 'ok')
  assert.equal(ok.text, 'secret two')
  assert.equal(ok.prev, a1.cid.toString())

  const tampered = a2.bytes.slice()
  tampered[tampered.length - 5] ^= 1
  const forged = decodeLogNode(a2.bytes)
  forged.sig = sign(logNodeDigest(forged), key('mallory'))
  const forgedBytes = encode(forged)
  const cases = [
    ['changed on the way', entryOf(a2), tampered, {}, 'cid'],
    ['wrong read key', entryOf(a2), a2.bytes, { readKey: new Uint8Array(32).fill(7) }, 'open'],
    ['another ring', entryOf(a2), a2.bytes, { ring: addr('mallory') }, 'ring'],
    ['another chain', entryOf(a2), a2.bytes, { chain: chain + 1 }, 'chain'],
    ['listed under another author', entryOf(a2, { author: addr('bob') }), a2.bytes, {}, 'author'],
    ['listed at another seq', entryOf(a2, { seq: 3 }), a2.bytes, {}, 'seq'],
    ['prev not the log\'s', entryOf(a2), a2.bytes, { prevCID: write('alice', 1, null, 'other').cid.toString() }, 'prev'],
    ['signed by another key', entryOf(a2, { cid: cidOf(forgedBytes).toString() }), forgedBytes, {}, 'signature'],
    ['not a log node', entryOf(a2, { cid: cidOf(encode({ a: 1 })).toString() }), encode({ a: 1 }), {}, 'invalid']
  ]
  for (const [what, entry, block, over, check] of cases) {
    const it = verifyEntry(entry, block, { ring, chain, readKey, ...over })
    assert.equal(it.status, 'rejected', what)
    assert.equal(it.check, check, what)
    assert.match(it.text, /^Rejected: /, what)
    assert.ok(!it.text.includes('secret'), `${what}: the body is never shown`)
  }
})

test('the Go logs that break a rule are rejected at the node that breaks it', async () => {
  const checks = ['signature', 'ring', 'chain', 'author', 'cid', 'session']
  const logs = V.tampered.filter((t) => checks.includes(t.check))
  assert.ok(logs.filter((t) => t.check === 'session').length >= 6, 'the session vectors are there')
  for (const t of logs) {
    const entries = t.nodes.map((n, i) => {
      const seq = t.seq - i
      let time = 0
      try { time = decodeLogNode(hex(n.block)).time } catch {}
      return { author: t.member, seq, cid: n.cid, time: new Date(time).toISOString() }
    }).reverse()
    const reader = new Reader({ gateway: timelineGateway(entries, new Map(t.nodes.map((n) => [n.cid, hex(n.block)]))), ring: t.ring, chain: t.chain, readKey })
    await reader.refresh()
    for (const e of entries) {
      const it = reader.items.get(e.cid)
      if (e.seq === t.badSeq) {
        assert.equal(it.status, 'rejected', `${t.name}: seq ${e.seq}`)
        assert.equal(it.check, t.check, `${t.name}: ${it.text}`)
      } else if (e.seq < t.badSeq) {
        assert.equal(it.status, 'ok', `${t.name}: seq ${e.seq}: ${it.text}`)
      }
    }
  }
})

test('the session-signed Go log verifies and opens', async () => {
  const l = V.sessionLog
  const entries = l.nodes.map((n, i) => ({ author: l.member, seq: l.seq - i, cid: n.cid, time: new Date(decodeLogNode(hex(n.block)).time).toISOString() })).reverse()
  const reader = new Reader({ gateway: timelineGateway(entries, new Map(l.nodes.map((n) => [n.cid, hex(n.block)]))), ring: l.ring, chain: l.chain, readKey })
  await reader.refresh()
  for (const e of entries) assert.equal(reader.items.get(e.cid).status, 'ok', `seq ${e.seq}: ${reader.items.get(e.cid).text}`)
  assert.ok([...reader.items.values()].some((it) => it.session), 'some nodes are signed by a session key')
  assert.equal(reader.heads().get(l.member).seq, l.seq)
})

test('the reader pages through the timeline, tries missing blocks again, and tells a wrong read key', async () => {
  const a1 = write('alice', 1, null, 'hi')
  const b1 = write('bob', 1, null, 'hello', { refs: [a1.cid] })
  const a2 = write('alice', 2, a1.cid, 'how are you', { refs: [b1.cid] })
  const fork = write('alice', 2, a1.cid, 'another two')
  const entries = [a1, b1, a2, fork].map((s) => entryOf(s))
  const blocks = new Map([a1, b1, a2, fork].map((s) => [s.cid.toString(), s.bytes]))
  const missing = new Set([b1.cid.toString()])
  const gw = timelineGateway(entries, blocks, { missing })
  let changes = 0
  const reader = new Reader({ gateway: gw, ring, chain, readKey, pageSize: 2, onChange: () => changes++ })
  await reader.refresh()
  assert.equal(gw.calls, 2, 'two pages')
  assert.equal(reader.loaded, true)
  assert.equal(reader.items.has(b1.cid.toString()), false, 'a block the gateway lacks is not shown yet')
  assert.equal(reader.items.get(a2.cid.toString()).status, 'ok')
  const f = reader.items.get(fork.cid.toString())
  assert.equal(f.status, 'rejected')
  assert.equal(f.check, 'fork')
  missing.clear()
  await reader.refresh()
  assert.equal(reader.items.get(b1.cid.toString()).text, 'hello')
  assert.ok(changes >= 2)
  assert.deepEqual(reader.heads().get(addr('alice')), { seq: 2, cid: a2.cid.toString() })
  assert.equal(reader.keyLooksWrong(addr('alice')), false)

  // The same ring read with another key: nothing of the others opens.
  const wrong = new Reader({ gateway: timelineGateway(entries, blocks), ring, chain, readKey: new Uint8Array(32).fill(1) })
  await wrong.refresh()
  assert.equal(wrong.keyLooksWrong(addr('alice')), true)
  assert.equal(wrong.keyLooksWrong(''), true)
  assert.ok([...wrong.items.values()].every((it) => it.status === 'rejected' && !/hello|how are/.test(it.text)))

  // A ring with no log yet at the gateway (-32011) is an empty one; a
  // gateway that cannot be reached is an error for the caller.
  const notFound = Object.assign(new RingsError('gateway', 'no log (-32011, check ring)'), { code: -32011, data: { check: 'ring' } })
  const empty = new Reader({ gateway: { async timeline () { throw notFound } }, ring, chain, readKey })
  await empty.refresh()
  assert.equal(empty.loaded, true)
  const down = new Reader({ gateway: { async timeline () { throw new TypeError('Failed to fetch') } }, ring, chain, readKey })
  await assert.rejects(down.refresh(), TypeError)
  assert.equal(down.loaded, false)
})

test('messages: a chat line, a CLI text, and another app\'s message', () => {
  assert.deepEqual(textOf(chatMessage('hi')), { text: 'hi', kind: 'chat' })
  assert.deepEqual(textOf({ app: 'ipfs-ring', domain: 'ring', type: 'text', payload: 'from the CLI' }), { text: 'from the CLI', kind: 'chat' })
  const other = textOf({ app: 'rings', domain: 'registry', type: 'registry.batch', payload: new Uint8Array(3) })
  assert.equal(other.kind, 'other')
  assert.match(other.text, /rings registry\.batch/)
})
