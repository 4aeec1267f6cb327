import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Members, memberInfo } from '../app/members.js'
import { Notices } from '../app/notices.js'
import { Health, EventStream } from '../app/events.js'
import { MemoryStore, keys } from '../app/store.js'
import { FakeGateway, fakeTimers } from './app-fakes.js'
import { V, byName } from './vectors.js'

const alice = byName(V.keys, 'alice').address

test('the member list is kept, so a reload with the gateway down still knows it', async () => {
  const store = new MemoryStore()
  const gw = new FakeGateway({ ring: V.ring, chain: V.chain, members: [alice] })
  const seen = []
  const m = new Members({ gateway: gw, ring: V.ring, store, onChange: (info) => seen.push(info) })
  assert.equal(await m.load(), null)
  const info = await m.refresh()
  assert.equal(info.chain, V.chain)
  assert.deepEqual([...info.members.keys()], [alice])
  assert.equal(m.has(alice), true)
  assert.equal(m.get(alice).nextNonce, '0')
  assert.equal(m.stale, false)
  await new Promise((resolve) => setImmediate(resolve))
  assert.ok(await store.get(keys.info(V.ring)), 'stored')

  gw.down = true
  const again = new Members({ gateway: gw, ring: V.ring, store })
  await again.load()
  assert.equal(again.has(alice), true)
  assert.equal(again.stale, true)
  await assert.rejects(again.refresh(), TypeError)
  assert.equal(again.has(alice), true, 'a failed read keeps what is known')
  assert.equal(seen.length, 1)
})

test('ring info: addresses lowercase, numbers, the next nonce', () => {
  const info = memberInfo({
    ring: '0xABCDEF0000000000000000000000000000000001',
    chain: 1337,
    owner: '0xAbC0000000000000000000000000000000000002',
    replicated: true,
    members: [{ member: '0xAbC0000000000000000000000000000000000002', chainSeq: 3, chainNonce: '3', nextNonce: '4', acceptedSeq: 4, localSeq: 4 }]
  })
  assert.equal(info.ring, '0xabcdef0000000000000000000000000000000001')
  assert.equal(info.owner, '0xabc0000000000000000000000000000000000002')
  assert.deepEqual(info.members.get(info.owner), {
    address: info.owner, chainSeq: 3, chainHead: null, nextNonce: '4', acceptedSeq: 4, localSeq: 4, localHead: null
  })
})

test('the notice shows errors before hints, then the most important', () => {
  const shown = []
  const n = new Notices((x) => shown.push(x))
  n.set('replicated', { kind: 'info', text: 'not replicated' })
  n.set('flush', { kind: 'error', text: 'cannot reach' })
  n.set('member', { kind: 'error', text: 'not a member' })
  assert.equal(shown.at(-1).text, 'not a member')
  n.clear('member')
  assert.equal(shown.at(-1).text, 'cannot reach')
  n.clear('flush')
  assert.deepEqual(shown.at(-1), { kind: 'info', text: 'not replicated' })
  n.clear('replicated')
  assert.equal(shown.at(-1), null)
})

test('the connection: live, reconnecting, offline', () => {
  const states = []
  let online = true
  const h = new Health({ onChange: (s) => states.push(s), online: () => online })
  h.streamState('open')
  h.request(200)
  h.request(502)
  h.request(0)
  h.streamState('retrying')
  h.request(200)
  h.streamState('open')
  online = false
  h.update()
  assert.deepEqual(states, ['live', 'reconnecting', 'offline', 'reconnecting', 'live', 'offline'])
})

test('the event stream: events, reconnection after EventSource gives up', () => {
  const made = []
  class FakeES {
    constructor (url) { this.url = url; this.readyState = 0; this.listeners = {}; made.push(this) }
    addEventListener (type, fn) { this.listeners[type] = fn }
    close () { this.readyState = 2 }
  }
  const timers = fakeTimers()
  const got = []
  const es = new EventStream({
    url: 'http://gw/ring/0x1/events',
    EventSource: FakeES,
    timers,
    on: { state: (s) => got.push(s), open: () => got.push('read'), head: (d) => got.push(d.seq), flush: (d) => got.push(d.status) }
  })
  es.start()
  made[0].readyState = 1
  made[0].onopen()
  made[0].listeners.head({ data: '{"member":"0x1","seq":3,"head":"bafy"}' })
  made[0].listeners.flush({ data: '{"status":"relayed"}' })
  made[0].listeners.head({ data: 'not json' })
  made[0].readyState = 2
  made[0].onerror()
  assert.deepEqual(timers.delays(), [1000])
  timers.fire()
  assert.equal(made.length, 2)
  es.reconnect()
  assert.equal(made.length, 3, 'reconnect replaces a stream that is not open')
  made[2].readyState = 1
  es.reconnect()
  assert.equal(made.length, 3, 'but not an open one')
  es.stop()
  assert.deepEqual(got, ['open', 'read', 3, 'relayed', 'closed'])
})
