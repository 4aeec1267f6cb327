import { test } from 'node:test'
import assert from 'node:assert/strict'
import { V, hex, key } from './vectors.js'
import { toHex } from '../lib/bytes.js'
import { buildFlush, signFlush, flushID, flushToRingParams } from '../lib/flush.js'
import { Gateway } from '../lib/gateway.js'

test('a flush built from the head CID signs as Go does', () => {
  for (const v of V.flushes) {
    const f = buildFlush({ ...v.flush, head: v.headCid })
    assert.equal(toHex(f.head), v.flush.head)
    const domain = { chainId: v.chainId, ring: v.flush.ring }
    assert.equal(toHex(signFlush(domain, f, key(v.key))), v.sig, v.name)
    assert.equal(flushID(domain, f), v.digest)
  }
  const v = V.flushes[0]
  assert.throws(() => signFlush({ chainId: v.chainId, ring: v.flush.ring }, buildFlush({ ...v.flush, head: v.headCid }), key('bob')), { check: 'author' })
})

test('FlushToRing params carry the mtx and base64 blocks, newest first', () => {
  const v = V.flushes[0]
  const p = flushToRingParams(buildFlush({ ...v.flush, head: v.headCid }), hex(v.sig), V.log.nodes.map((n) => hex(n.block)))
  assert.deepEqual(Object.keys(p), ['avatar', 'ring', 'mtx', 'mtx_sig', 'logNodes'])
  assert.deepEqual(p.mtx, { ...v.flush })
  assert.equal(p.mtx_sig, v.sig)
  assert.equal(Buffer.from(p.logNodes[0], 'base64').toString('hex'), V.log.nodes[0].block.slice(2))
})

function fakeFetch (answer) {
  const calls = []
  const fetch = async (url, init = {}) => {
    calls.push({ url, init })
    const { status = 200, body } = answer(url, init)
    return { status, ok: status < 300, json: async () => body, arrayBuffer: async () => body }
  }
  return { fetch, calls }
}

test('the gateway client speaks JSON-RPC and maps errors', async () => {
  const { fetch, calls } = fakeFetch((url, init) => {
    const req = JSON.parse(init.body)
    if (req.method === 'FlushStatus') return { body: { jsonrpc: '2.0', id: req.id, result: { id: req.params.id, status: 'relayed' } } }
    return { status: 400, body: { jsonrpc: '2.0', id: req.id, error: { code: -32009, message: 'bad nonce', data: { check: 'nonce' } } } }
  })
  const gw = new Gateway('http://gw.test:8090/', { fetch })
  assert.deepEqual(await gw.flushStatus('0xab'), { id: '0xab', status: 'relayed' })
  assert.equal(calls[0].url, 'http://gw.test:8090/ring/rpc')
  assert.equal(JSON.parse(calls[0].init.body).method, 'FlushStatus')
  await assert.rejects(gw.flushToRing({}), (e) => e.check === 'gateway' && e.code === -32009 && e.data.check === 'nonce')
})

test('the gateway client reads rings, logs and blocks', async () => {
  const block = hex(V.log.nodes[0].block)
  const { fetch, calls } = fakeFetch((url) => {
    if (url.includes('/ipfs/')) return url.includes(V.log.nodes[0].cid) ? { body: block.buffer.slice(block.byteOffset, block.byteOffset + block.length) } : { status: 404 }
    if (url.includes('/log/')) return { body: { ring: V.ring, seq: 3, entries: [] } }
    return { status: 404, body: { error: { code: -32001, message: 'not a ring' } } }
  })
  const gw = new Gateway('http://gw.test', { fetch })
  assert.equal((await gw.log(V.ring, V.log.member, { since: 1, limit: 5 })).seq, 3)
  assert.equal(calls[0].url, `http://gw.test/ring/${V.ring}/log/${V.log.member}?since=1&limit=5`)
  assert.deepEqual(await gw.block(V.log.nodes[0].cid), block)
  assert.equal(await gw.block(V.log.nodes[1].cid), undefined)
  await assert.rejects(gw.ringInfo(V.ring), (e) => e.check === 'gateway' && e.code === -32001)
})

test('the gateway client reads the timeline and relays a revocation', async () => {
  const { fetch, calls } = fakeFetch((url, init) => {
    if (url.includes('/timeline')) return { body: { ring: V.ring, cursor: '', next: 'n', more: false, entries: [] } }
    const req = JSON.parse(init.body)
    return { body: { jsonrpc: '2.0', id: req.id, result: { ...req.params, revokedAt: 7 } } }
  })
  const gw = new Gateway('http://gw.test', { fetch })
  assert.equal((await gw.timeline(V.ring, { cursor: 'c1', limit: 2 })).next, 'n')
  assert.equal(calls[0].url, `http://gw.test/ring/${V.ring}/timeline?cursor=c1&limit=2`)
  const got = await gw.revokeSession({ ring: V.ring, author: V.log.member, key: V.log.member, sig: new Uint8Array(65).fill(1) })
  assert.equal(got.revokedAt, 7)
  const req = JSON.parse(calls[1].init.body)
  assert.equal(req.method, 'RevokeSession')
  assert.equal(req.params.sig, '0x' + '01'.repeat(65))
})

test('events dispatch parsed SSE data by type', () => {
  const listeners = {}
  class FakeES {
    constructor (url) { this.url = url; FakeES.last = this }
    addEventListener (t, fn) { listeners[t] = fn }
    close () { this.closed = true }
  }
  const gw = new Gateway('http://gw.test', { fetch: null, EventSource: FakeES })
  const heads = []
  const stop = gw.events(V.ring, { head: (d) => heads.push(d) })
  assert.equal(FakeES.last.url, `http://gw.test/ring/${V.ring}/events`)
  listeners.head({ data: '{"member":"0x01","seq":4,"head":"bafy"}' })
  assert.deepEqual(heads, [{ member: '0x01', seq: 4, head: 'bafy' }])
  stop()
  assert.equal(FakeES.last.closed, true)
  let opened = 0
  gw.events(V.ring, { open: () => opened++ })
  listeners.open({ type: 'open' })
  assert.equal(opened, 1, 'open gets the event, not parsed data')
})
