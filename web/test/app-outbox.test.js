import { test } from 'node:test'
import assert from 'node:assert/strict'
import { MemoryStore, keys } from '../app/store.js'
import { Outbox, SendError, localLock } from '../app/outbox.js'
import { pageSigner, sessionSigner, connectWallet, loadPageKey, WalletError } from '../app/signer.js'
import { FakeGateway, FakeWallet, fakeTimers, settle, rpcError } from './app-fakes.js'
import { V, key, byName } from './vectors.js'
import { toHex, fromHex, decodeLogNode, checkNode, openLogNode, verifyLogNode, addressOf } from '../lib/index.js'

const ring = V.ring
const chain = V.chain
const readKey = fromHex(V.readKey)
const alice = { privateKey: key('alice'), address: byName(V.keys, 'alice').address }
const bob = byName(V.keys, 'bob').address

// setup makes an outbox over a fresh (or the given) store, a fake gateway
// where members are members, and fake timers; now is a settable clock.
function setup ({ store = new MemoryStore(), members = [alice.address], gw, clock = { t: 1_800_000_000_000 }, ...opts } = {}) {
  gw ??= new FakeGateway({ ring, chain, members })
  gw.now = () => clock.t
  const timers = fakeTimers()
  const problems = new Map()
  const outbox = new Outbox({
    store, gateway: gw, ring, chain, readKey, timers, now: () => clock.t,
    onProblem: (k, p) => { if (p) problems.set(k, p); else problems.delete(k) },
    ...opts
  })
  return { outbox, gw, store, timers, problems, clock }
}

const states = (outbox) => outbox.list().map((e) => `${e.seq}:${e.state}`).join(' ')
const stored = (store, author) => store.list(keys.outboxPrefix(ring, author))

test('a message is pending at once, then received, relayed and final', async () => {
  const { outbox, gw, store, timers } = setup()
  gw.autoRelay = false
  await outbox.setSigner(pageSigner(alice))
  const e = await outbox.send('hello, ring')
  assert.equal(e.state, 'pending')
  assert.equal(outbox.count, 1)
  assert.equal((await stored(store, alice.address)).length, 1, 'in the store before any request')

  await settle(outbox, timers)
  assert.equal(gw.count('FlushToRing'), 1)
  assert.equal(gw.last.mtx.nonce, '0')
  assert.equal(gw.last.mtx.seq, 1)
  assert.equal(states(outbox), '1:received')

  // The relay, as the event stream tells it, then the chain's head.
  await outbox.applyStatus(gw.relay(alice.address))
  assert.equal(states(outbox), '1:relayed')
  timers.fire() // the watch reads the ring's state
  await new Promise((resolve) => setTimeout(resolve, 10))
  assert.equal(states(outbox), '1:final')
  assert.equal(outbox.count, 0)
  assert.equal((await stored(store, alice.address)).length, 0, 'a final entry leaves the store')
  assert.deepEqual(await store.get(keys.head(ring, alice.address)), { seq: 1, cid: e.cid })

  // The node is alice's, sealed with the read key, a chat message.
  const node = decodeLogNode(e.block)
  checkNode(node, { ring, chain, member: alice.address, seq: 1 })
  assert.deepEqual(openLogNode(node, readKey), { app: 'chat', domain: 'ring', type: 'chat.message', payload: { txt: 'hello, ring' } })
})

test('offline: messages wait in the store, survive a reload, and go in one flush, newest first', async () => {
  const store = new MemoryStore()
  const first = setup({ store })
  first.gw.down = true
  await first.outbox.setSigner(pageSigner(alice))
  const sent = []
  for (const t of ['one', 'two', 'three']) sent.push(await first.outbox.send(t))
  await settle(first.outbox, first.timers)
  assert.equal(states(first.outbox), '1:pending 2:pending 3:pending')
  assert.equal(first.problems.get('flush')?.kind, 'error')
  assert.match(first.problems.get('flush').text, /3 messages wait in your outbox: the gateway at http:\/\/gateway\.test cannot be reached\. They are sent when it is back/)
  assert.deepEqual(first.timers.delays(), [1000], 'a retry after a backoff')
  first.timers.fire()
  await settle(first.outbox, first.timers)
  assert.deepEqual(first.timers.delays(), [2000], 'the backoff doubles')
  assert.equal(sent[1].prev, sent[0].cid)
  assert.equal(sent[2].prev, sent[1].cid)
  first.outbox.stop()

  // A reload: a new page over the same store, the gateway back.
  const gw = first.gw
  gw.down = false
  const again = setup({ store, gw })
  await again.outbox.setSigner(pageSigner(alice))
  assert.equal(again.outbox.count, 3, 'nothing lost')
  await settle(again.outbox, again.timers)
  assert.equal(gw.count('FlushToRing'), 1)
  assert.equal(gw.last.mtx.seq, 3)
  assert.deepEqual(gw.last.logNodes.map((b) => decodeLogNode(new Uint8Array(Buffer.from(b, 'base64'))).seq), [3, 2, 1])
  assert.equal(states(again.outbox), '1:final 2:final 3:final')
  assert.equal(again.problems.has('flush'), false)
})

test('server errors and rate limits are transient: kept, retried with a backoff', async () => {
  const { outbox, gw, timers, problems } = setup()
  gw.failNext.push(rpcError(-32603, 'internal'), rpcError(-32000, 'rate'))
  await outbox.setSigner(pageSigner(alice))
  await outbox.send('hi')
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:pending')
  assert.match(problems.get('flush').text, /answers errors/)
  timers.fire()
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:pending')
  timers.fire()
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:final')
  assert.equal(problems.has('flush'), false)
})

test('a stale nonce or a seq already on chain: read the state again and retry at once', async () => {
  const { outbox, gw, timers } = setup()
  gw.failNext.push(rpcError(-32009, 'mtx.nonce'), rpcError(-32013, 'mtx.seq'))
  await outbox.setSigner(pageSigner(alice))
  await outbox.send('hi')
  await settle(outbox, timers)
  assert.equal(gw.count('FlushToRing'), 3)
  assert.equal(states(outbox), '1:final')
})

test('a nonce moved by another flush of the account is taken from GET /ring/{ring}', async () => {
  const { outbox, gw, timers } = setup()
  await outbox.setSigner(pageSigner(alice))
  await outbox.send('one')
  await settle(outbox, timers)
  await outbox.send('two')
  await settle(outbox, timers)
  assert.equal(gw.last.mtx.nonce, '1')
  assert.equal(gw.last.logNodes.length, 1, 'only what the chain does not hold')
  assert.equal(states(outbox), '1:final 2:final')
})

test('not a member: nothing is sent until the member list says so', async () => {
  const { outbox, gw, timers } = setup({ members: [bob] })
  await outbox.setSigner(pageSigner(alice))
  await outbox.send('let me in')
  await settle(outbox, timers)
  assert.equal(gw.count('FlushToRing'), 0)
  assert.equal(states(outbox), '1:pending')
  gw.addMember(alice.address)
  outbox.retry()
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:final')
})

test('a refused node is failed with the reason and kept; a fork fails them all', async () => {
  const { outbox, gw, timers, problems, store } = setup()
  gw.failNext.push(rpcError(-32004, 'logNodes[0].signature', 'log node 0: bad signature'))
  await outbox.setSigner(pageSigner(alice))
  await outbox.send('x')
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:failed')
  assert.equal(outbox.count, 1)
  assert.equal(outbox.list()[0].error, 'log node 0: bad signature')
  assert.equal(problems.get('flush').kind, 'error')
  assert.match(problems.get('flush').text, /refused your message “x”: log node 0: bad signature/)
  assert.equal((await stored(store, alice.address))[0].state, 'failed')
  assert.deepEqual(timers.delays(), [], 'not retried by itself')

  gw.failNext.push(rpcError(-32006, 'logNodes'))
  await outbox.send('y')
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:failed 2:failed')
  assert.match(problems.get('flush').text, /another page or node/)

  // The next try (a new message, the browser online) sends them again.
  outbox.retry()
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:final 2:final')
})

test('a flush the chain refuses is failed, kept and tried again', async () => {
  const { outbox, gw, timers, problems } = setup()
  gw.autoRelay = false
  await outbox.setSigner(pageSigner(alice))
  await outbox.send('x')
  await settle(outbox, timers)
  await outbox.applyStatus(gw.relay(alice.address, 'execution reverted: NotMember()'))
  assert.equal(states(outbox), '1:failed')
  assert.match(problems.get('flush').text, /The chain refused your messages: execution reverted: NotMember\(\)/)
  gw.autoRelay = true
  timers.fire(1000)
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:final')
})

test('the gateway does not replicate the ring: said, kept, retried slowly', async () => {
  const { outbox, gw, timers, problems } = setup()
  gw.failNext.push(rpcError(-32001, 'ring', 'unknown ring'))
  await outbox.setSigner(pageSigner(alice))
  await outbox.send('x')
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:pending')
  assert.match(problems.get('flush').text, /does not replicate this ring.*ipfs ring replicate RING --via http:\/\/gateway\.test/)
  assert.equal(timers.delays().length, 1)
})

test('two tabs over one store never build the same seq', async () => {
  const store = new MemoryStore()
  const lock = localLock()
  const gw = new FakeGateway({ ring, chain, members: [alice.address] })
  const a = setup({ store, gw, lock })
  const b = setup({ store, gw, lock })
  await a.outbox.setSigner(pageSigner(alice))
  await b.outbox.setSigner(pageSigner(alice))
  const [x, y] = await Promise.all([a.outbox.send('from a'), b.outbox.send('from b')])
  assert.deepEqual([x.seq, y.seq].sort(), [1, 2])
  assert.equal((x.seq === 2 ? x : y).prev, (x.seq === 1 ? x : y).cid)
})

test('the page key is made once and kept', async () => {
  const store = new MemoryStore()
  const k1 = await loadPageKey(store)
  const k2 = await loadPageKey(store)
  assert.equal(k1.address, k2.address)
  assert.equal(k1.address, toHex(addressOf(k1.privateKey)))
  assert.match(k1.address, /^0x[0-9a-f]{40}$/)
})

test('a wallet signs ONE session; the session key signs nodes and flushes', async () => {
  const clock = { t: Date.now() }
  const wallet = new FakeWallet({ privateKey: key('bob'), chainId: 1 })
  const rec = await connectWallet({ provider: wallet, ring, chain, now: clock.t })
  assert.deepEqual(wallet.calls, ['eth_requestAccounts', 'eth_chainId', 'wallet_switchEthereumChain', 'eth_chainId', 'eth_signTypedData_v4'])
  assert.equal(rec.author, bob)
  assert.equal(rec.session.notBefore, Math.floor(clock.t / 1000) - 60)
  assert.equal(rec.session.expiry - rec.session.notBefore, 24 * 3600 + 60)
  assert.equal(toHex(rec.session.key), toHex(addressOf(rec.privateKey)))

  const { outbox, gw, timers, store } = setup({ members: [bob], clock })
  await store.put(keys.session(ring, bob), rec) // as the page keeps it
  await outbox.setSigner(sessionSigner(await store.get(keys.session(ring, bob))))
  const e = await outbox.send('from my wallet')
  const node = decodeLogNode(e.block)
  assert.equal(toHex(node.session.key), toHex(rec.session.key))
  assert.equal(toHex(verifyLogNode(node)), bob, 'verifies as the wallet\'s')
  await settle(outbox, timers)
  assert.equal(gw.last.session.key, toHex(rec.session.key))
  assert.equal(gw.last.avatar, bob)
  assert.equal(states(outbox), '1:final')
  assert.equal(wallet.calls.filter((c) => c === 'eth_signTypedData_v4').length, 1, 'one prompt for every message')
})

test('a wallet on another chain that cannot switch: the notice names the chain id', async () => {
  const wallet = new FakeWallet({ privateKey: key('bob'), chainId: 1, switchable: false })
  await assert.rejects(connectWallet({ provider: wallet, ring, chain }), (err) => {
    assert.ok(err instanceof WalletError)
    assert.match(err.message, new RegExp(`chain id ${chain} \\(0x${chain.toString(16)}\\)`))
    assert.match(err.message, /your wallet is on chain id 1/)
    assert.match(err.message, /Switch your wallet to chain id/)
    return true
  })
  assert.equal(wallet.calls.includes('eth_signTypedData_v4'), false, 'never asked to sign for the wrong chain')
  const declines = new FakeWallet({ privateKey: key('bob'), chainId: chain })
  declines.refuse.set('eth_signTypedData_v4', Object.assign(new Error('User rejected'), { code: 4001 }))
  await assert.rejects(connectWallet({ provider: declines, ring, chain }), /You declined the request in your wallet/)
  await assert.rejects(connectWallet({ provider: null, ring, chain }), /No wallet found/)
})

test('an expired session: the messages stay; a new session flushes them, the nodes keep theirs', async () => {
  const clock = { t: Date.now() }
  const wallet = new FakeWallet({ privateKey: key('bob'), chainId: chain })
  const old = await connectWallet({ provider: wallet, ring, chain, now: clock.t })
  const { outbox, gw, timers, problems } = setup({ members: [bob], clock, readerLoaded: () => true })
  gw.down = true
  await outbox.setSigner(sessionSigner(old))
  const e = await outbox.send('written in time')
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:pending')

  clock.t += 25 * 3600 * 1000 // a day later: the session has expired
  await assert.rejects(outbox.send('too late'), (err) => err instanceof SendError && err.renew && /expired/.test(err.message))
  gw.down = false
  outbox.retry()
  await settle(outbox, timers)
  assert.equal(gw.count('FlushToRing'), 0, 'no flush without a valid session')
  assert.equal(problems.get('session')?.renew, true)
  assert.match(problems.get('session').text, /Use wallet/)
  assert.equal(outbox.count, 1)

  const fresh = await connectWallet({ provider: wallet, ring, chain, now: clock.t })
  await outbox.setSigner(sessionSigner(fresh))
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:final')
  assert.equal(gw.last.session.key, toHex(fresh.session.key), 'the flush carries the new session')
  assert.equal(toHex(decodeLogNode(new Uint8Array(Buffer.from(gw.last.logNodes[0], 'base64'))).session.key), toHex(old.session.key), 'the node keeps the session it was signed in')
  assert.equal(problems.has('session'), false)
  assert.equal(e.seq, 1)
})

test('the replica refuses the session (revoked): renew, nothing lost', async () => {
  const wallet = new FakeWallet({ privateKey: key('bob'), chainId: chain })
  const rec = await connectWallet({ provider: wallet, ring, chain })
  const { outbox, gw, timers, problems } = setup({ members: [bob], clock: { t: Date.now() } })
  gw.failNext.push(rpcError(-32017, 'session.revoked', 'the avatar revoked session key'))
  await outbox.setSigner(sessionSigner(rec))
  await outbox.send('x')
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:pending')
  assert.equal(problems.get('session').renew, true)
  assert.match(problems.get('session').text, /revoked on chain/)
  assert.deepEqual(timers.delays(), [])
})

test('written after a revocation: a new session signs the waiting nodes again, and they go', async () => {
  const clock = { t: Date.now() }
  const wallet = new FakeWallet({ privateKey: key('bob'), chainId: chain })
  const { outbox, gw, timers, problems, store } = setup({ members: [bob], clock })
  const first = await connectWallet({ provider: wallet, ring, chain, now: clock.t })
  await outbox.setSigner(sessionSigner(first))
  const kept = await outbox.send('before the revocation')
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:final')

  gw.revoked.set(toHex(first.session.key), Math.floor(clock.t / 1000))
  clock.t += 5000
  const a = { ...await outbox.send('after one') }
  const b = { ...await outbox.send('after two') }
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:final 2:pending 3:pending')
  assert.match(problems.get('session').text, /revoked/)

  const fresh = await connectWallet({ provider: wallet, ring, chain, now: clock.t })
  await outbox.setSigner(sessionSigner(fresh))
  await settle(outbox, timers)
  assert.equal(states(outbox), '1:final 2:final 3:final')
  const [e2, e3] = outbox.list().slice(1)
  assert.notEqual(e2.cid, a.cid, 'signed again')
  assert.equal(e2.prev, kept.cid)
  assert.equal(e3.prev, e2.cid)
  assert.notEqual(e3.cid, b.cid)
  for (const e of [e2, e3]) assert.equal(toHex(decodeLogNode(e.block).session.key), toHex(fresh.session.key))
  assert.deepEqual([e2.text, e3.text], ['after one', 'after two'])
  assert.deepEqual(await store.get(keys.head(ring, bob)), { seq: 3, cid: e3.cid })
  assert.equal(problems.has('session'), false)
})

test('a wallet on a fresh profile continues the log its account wrote elsewhere', async () => {
  const wallet = new FakeWallet({ privateKey: key('bob'), chainId: chain })
  const gw = new FakeGateway({ ring, chain, members: [bob] })
  const elsewhere = setup({ gw, clock: { t: Date.now() } })
  await elsewhere.outbox.setSigner(sessionSigner(await connectWallet({ provider: wallet, ring, chain })))
  const first = await elsewhere.outbox.send('from my laptop')
  await settle(elsewhere.outbox, elsewhere.timers)

  const here = setup({ gw, clock: { t: Date.now() } })
  await here.outbox.setSigner(sessionSigner(await connectWallet({ provider: wallet, ring, chain })))
  const e = await here.outbox.send('from my phone')
  assert.equal(e.seq, 2)
  assert.equal(e.prev, first.cid)
  await settle(here.outbox, here.timers)
  assert.equal(states(here.outbox), '2:final')

  // Without the gateway and before the page has read the ring, it does
  // not guess: a guess could fork the log.
  const blind = setup({ gw, clock: { t: Date.now() } })
  gw.down = true
  await blind.outbox.setSigner(sessionSigner(await connectWallet({ provider: wallet, ring, chain })))
  await assert.rejects(blind.outbox.send('?'), /could fork the log/)
  // Once it has read the ring, what it read is the head.
  const read = setup({ gw, clock: { t: Date.now() }, readerLoaded: () => true, knownHead: () => ({ seq: 2, cid: e.cid }) })
  await read.outbox.setSigner(sessionSigner(await connectWallet({ provider: wallet, ring, chain })))
  assert.equal((await read.outbox.send('offline')).seq, 3)
})

test('a flush asked for before a signer is chosen does not hold up the later ones', async () => {
  const { outbox, gw, timers } = setup()
  outbox.retry() // the event stream opened: no signer yet
  await settle(outbox, timers)
  assert.equal(outbox.flushing, null)
  await outbox.setSigner(pageSigner(alice))
  await outbox.send('first')
  await settle(outbox, timers)
  assert.equal(gw.count('FlushToRing'), 1)
  assert.equal(states(outbox), '1:final')
})

test('sending checks its input', async () => {
  const { outbox } = setup()
  await assert.rejects(outbox.send('x'), /Choose how to sign first/)
  await outbox.setSigner(pageSigner(alice))
  await assert.rejects(outbox.send('   '), /Type a message first/)
  await assert.rejects(outbox.send('x'.repeat(4001)), /keep it under 4000/)
})
