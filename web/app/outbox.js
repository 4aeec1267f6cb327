// The outbox: the author's log nodes the page has built, kept in the store
// (IndexedDB) until the chain holds them, and flushed to the ring through
// the gateway's replica with FlushToRing.
//
// An entry is {seq, cid, prev, block, text, time, refs, state, flushID,
// error}; its state moves pending → received (the replica stored it) →
// relayed (the replica's transaction carried it) → final (the chain's head
// of the author is at its seq or later), or to failed (refused; it stays,
// and is sent again with the next flush). Offline, with the replica down
// or answering server errors, entries stay pending and the flush is tried
// again with a backoff and whenever retry() is called (the browser came
// online, the event stream came back). Nothing leaves the store before the
// chain holds it.
//
// Everything at the edges is injected (the store, the gateway, the signer,
// the clock, the timers, the lock), so node tests drive it whole.

import { buildFlush, flushID, flushToRingParams, decodeLogNode } from '../lib/index.js'
import { keys } from './store.js'
import { chatMessage, MAX_TEXT } from './message.js'
import { memberInfo } from './members.js'
import { classify, isNotFound, gatewayMessage, Code } from './errors.js'

/** The states of an entry, in order (failed ranks with pending). */
export const RANK = { pending: 0, failed: 0, received: 1, relayed: 2, final: 3 }

/** SendError says why a message could not be written, in words for the notice. */
export class SendError extends Error {
  constructor (message, { renew = false } = {}) {
    super(message)
    this.name = 'SendError'
    this.renew = renew
  }
}

/** localLock serialises fn per name within this page (navigator.locks does so across tabs). */
export function localLock () {
  const tails = new Map()
  return (name, fn) => {
    const run = (tails.get(name) ?? Promise.resolve()).then(fn, fn)
    tails.set(name, run.catch(() => {}))
    return run
  }
}

/** browserLock uses the Web Locks API when there is one, so two tabs never build the same seq. */
export function browserLock () {
  const locks = globalThis.navigator?.locks
  return locks ? (name, fn) => locks.request(name, fn) : localLock()
}

export class Outbox {
  constructor ({
    store, gateway, ring, chain, readKey,
    now = () => Date.now(), timers = globalThis, lock = localLock(),
    knownHead = () => null, readerLoaded = () => false, refs = () => [],
    onChange = () => {}, onProblem = () => {},
    deadline = 3600, minBackoff = 1000, maxBackoff = 30000, watchEvery = 2000
  }) {
    Object.assign(this, {
      store, gateway, ring, chain, readKey, now, timers, lock, knownHead, readerLoaded, refs, onChange, onProblem,
      deadline, minBackoff, maxBackoff, watchEvery
    })
    this.signer = null
    this.entries = new Map() // seq → entry, the final ones only in memory
    this.backoff = minBackoff
    this.quick = 0 // immediate retries after a stale nonce or the like
    this.timer = null
    this.timerAt = 0
    this.watchTimer = null
    this.flushing = null
    this.flushAgain = false
    this.stopped = false
  }

  get author () { return this.signer?.author }
  get domain () { return { chainId: this.chain, ring: this.ring } }

  /** list returns the entries by seq. */
  list () { return [...this.entries.values()].sort((a, b) => a.seq - b.seq) }

  /** count is how many entries wait for the chain (not final). */
  get count () { return this.list().filter((e) => e.state !== 'final').length }

  /** setSigner switches to signer's log (loading its entries) and flushes what waits. */
  async setSigner (signer) {
    const same = this.signer?.author === signer?.author
    this.signer = signer
    if (!same) this.entries.clear()
    this.backoff = this.minBackoff
    this.onProblem('session', null)
    await this.reload()
    this.onChange()
    this.flushSoon(0)
  }

  /** reload reads the author's entries from the store (another tab may have written). */
  async reload () {
    if (!this.author) return
    const stored = await this.store.list(keys.outboxPrefix(this.ring, this.author))
    for (const e of stored) {
      const have = this.entries.get(e.seq)
      if (!have || have.cid !== e.cid || RANK[e.state] > RANK[have.state]) this.entries.set(e.seq, e)
    }
  }

  async save (e) {
    const k = keys.outbox(this.ring, this.author, e.seq)
    if (e.state === 'final') await this.store.delete(k)
    else await this.store.put(k, e)
  }

  /**
   * send writes text as the author's next log node: built on the head of
   * the author's log, referring to the other members' heads the page has
   * seen, sealed, signed, stored as pending, then flushed. It returns the
   * entry once it is in the store. It throws SendError.
   */
  async send (text) {
    const s = this.signer
    if (!s) throw new SendError('Choose how to sign first: your wallet or a page key.')
    text = String(text).trim()
    if (text === '') throw new SendError('Type a message first.')
    if (text.length > MAX_TEXT) throw new SendError(`The message is ${text.length} characters long; keep it under ${MAX_TEXT}.`)
    const problem = s.problemAt(this.now())
    if (problem) throw new SendError(problem, { renew: true })
    const entry = await this.lock(`rings-send/${this.ring}/${s.author}`, async () => {
      await this.reload()
      const head = await this.head()
      const time = this.now()
      const refs = this.refs().slice(0, 64)
      const { cid, bytes } = s.buildNode({
        ring: this.ring,
        chain: this.chain,
        seq: head.seq + 1,
        prev: head.cid,
        refs,
        time,
        message: chatMessage(text),
        readKey: this.readKey
      })
      const e = { seq: head.seq + 1, cid: cid.toString(), prev: head.cid, block: bytes, text, time, refs: refs.map(String), state: 'pending', flushID: null, error: null }
      // The entry first: the head is the newer of the head record and the
      // newest entry, so a crash between the two writes loses nothing.
      await this.save(e)
      await this.store.put(keys.head(this.ring, s.author), { seq: e.seq, cid: e.cid })
      this.entries.set(e.seq, e)
      return e
    })
    this.onChange()
    this.flushSoon(0)
    return entry
  }

  /**
   * head is where the author's log stands: the newest of the stored head,
   * the entries, the nodes the page has read, and, for a wallet's account
   * on a fresh profile (the account may have written elsewhere), the
   * gateway's copy of the log.
   */
  async head () {
    const author = this.author
    let best = null
    const take = (h) => { if (h && (!best || h.seq > best.seq)) best = { seq: h.seq, cid: h.cid } }
    const stored = await this.store.get(keys.head(this.ring, author))
    take(stored)
    for (const e of this.entries.values()) take(e)
    take(this.knownHead(author))
    if (!stored && this.signer.kind === 'wallet') {
      try {
        const log = await this.gateway.log(this.ring, author, { limit: 1 })
        if (log.seq > 0) take({ seq: Number(log.seq), cid: log.head })
      } catch (err) {
        if (!isNotFound(err) && !this.readerLoaded()) {
          throw new SendError('The gateway cannot be reached to learn where your account\'s log stands, and writing without it could fork the log: try again when it answers.')
        }
      }
    }
    return best ?? { seq: 0, cid: null }
  }

  /** retry flushes now, forgetting the backoff (the browser came online, the stream is back). */
  retry () {
    this.backoff = this.minBackoff
    if (this.timer) this.timers.clearTimeout(this.timer)
    this.timer = null
    this.flushSoon(0)
  }

  /** flushSoon flushes after delay ms, unless a flush is due sooner. */
  flushSoon (delay = 0) {
    if (this.stopped) return
    const at = this.now() + delay
    if (this.timer && this.timerAt <= at) return
    if (this.timer) this.timers.clearTimeout(this.timer)
    this.timerAt = at
    this.timer = this.timers.setTimeout(() => {
      this.timer = null
      this.flush().catch((err) => this.onProblem('flush', { kind: 'error', text: `Sending failed: ${err.message}` }))
    }, delay)
  }

  later () {
    const wait = this.backoff
    this.backoff = Math.min(this.backoff * 2, this.maxBackoff)
    this.flushSoon(wait)
    return wait
  }

  /** flush sends what waits; concurrent calls share one run, a call during a run runs again after it. */
  flush () {
    if (this.flushing) {
      this.flushAgain = true
      return this.flushing
    }
    const run = async () => {
      do {
        this.flushAgain = false
        if (!this.signer) return
        await this.lock(`rings-flush/${this.ring}/${this.signer.author}`, () => this.flushOnce())
      } while (this.flushAgain && !this.stopped)
    }
    // Cleared after it is set, even when run ends at once.
    this.flushing = run().finally(() => { this.flushing = null })
    return this.flushing
  }

  async flushOnce () {
    const s = this.signer
    await this.reload()
    if (this.list().every((e) => e.state === 'final')) {
      this.onProblem('flush', null)
      return
    }
    const problem = s.problemAt(this.now())
    if (problem) {
      // Entries wait for a new session; the nodes keep theirs.
      this.onProblem('session', { kind: 'error', text: problem, renew: true })
      return
    }
    let info
    try {
      info = memberInfo(await this.gateway.ringInfo(this.ring))
    } catch (err) {
      await this.refused(err, [], null)
      return
    }
    await this.applyInfo(info)
    const me = info.members.get(s.author)
    if (!me) return // not a member (the page says so); flushed when it is
    const above = this.list().filter((e) => e.seq > me.chainSeq && e.state !== 'final').sort((a, b) => b.seq - a.seq)
    if (!above.some((e) => e.seq > me.acceptedSeq)) {
      this.watch() // all with the replica: wait for the relay
      return
    }
    const newest = above[0]
    const flush = buildFlush({
      ring: this.ring,
      avatar: s.author,
      head: newest.cid,
      seq: newest.seq,
      nonce: me.nextNonce,
      deadline: this.nextDeadline()
    })
    const id = flushID(this.domain, flush)
    const { sig, session } = s.signFlush(this.domain, flush)
    const params = flushToRingParams(flush, sig, above.map((e) => e.block), session ?? undefined)
    for (const e of above) if (RANK[e.state] < RANK.received) e.flushID = id
    let status
    try {
      status = await this.gateway.flushToRing(params)
    } catch (err) {
      await this.refused(err, above, me)
      return
    }
    this.quick = 0
    this.backoff = this.minBackoff
    this.onProblem('flush', null)
    this.onProblem('session', null)
    await this.applyStatus(status)
    if (status.status === 'relayed') {
      // The replica re-reads the chain before it says relayed: its ring
      // info already shows the new head.
      try {
        await this.applyInfo(memberInfo(await this.gateway.ringInfo(this.ring)))
      } catch { /* the watch reads it again */ }
    }
    if (this.list().some((e) => e.state === 'received' || e.state === 'relayed')) this.watch()
  }

  // nextDeadline is the deadline of a new flush: deadline seconds from
  // now, and later than the last one's, so that no two flushes share an id
  // (a replica answers a flush it has seen with its recorded status, a
  // failed one too).
  nextDeadline () {
    this.lastDeadline = Math.max(Math.floor(this.now() / 1000) + this.deadline, (this.lastDeadline ?? 0) + 1)
    return this.lastDeadline
  }

  // refused handles a failed FlushToRing (or the ring info before it):
  // sent are the entries it carried, newest first; me the author's entry
  // of the ring info the flush was built on.
  async refused (err, sent, me) {
    const c = classify(err)
    const n = this.count
    const waiting = `${n} message${n === 1 ? '' : 's'} wait${n === 1 ? 's' : ''} in your outbox`
    if (c.transient) {
      const wait = this.later()
      const why = c.code
        ? `the gateway at ${this.gateway.base} answers errors (${gatewayMessage(err)})`
        : `the gateway at ${this.gateway.base} cannot be reached`
      this.onProblem('flush', {
        kind: 'error',
        text: `${waiting}: ${why}. ${n === 1 ? 'It is' : 'They are'} sent when it is back (next try in ${Math.round(wait / 1000)} s); check your connection, or ask whoever runs the gateway.`
      })
      return
    }
    const words = gatewayMessage(err)
    switch (c.code) {
      case Code.STALE_NONCE:
      case Code.ON_CHAIN:
      case Code.EXPIRED:
        // The replica's state moved (another flush of this account, a
        // relay): read it again and retry at once, a few times.
        if (this.quick++ < 3) this.flushAgain = true
        else this.later()
        return
      case Code.NOT_MEMBER:
        return // the member list says so, and flushes again when it changes
      case Code.SESSION: {
        // A node signed in a session the replica refuses (revoked before
        // the node's time): if the page has signed in with a new session
        // since, the nodes nobody holds yet are signed again in it.
        const m = /^logNodes\[(\d+)\]\.session$/.exec(c.check)
        const bad = m ? sent[Number(m[1])] : undefined
        if (bad && me && this.quick++ < 3 && await this.resign(bad.seq, me.acceptedSeq)) {
          this.flushAgain = true
          return
        }
        this.onProblem('session', { kind: 'error', text: sessionWords(m ? 'session.revoked' : c.check, words), renew: true })
        return
      }
      case Code.INVALID_NODE: {
        const m = /^logNodes\[(\d+)\]/.exec(c.check)
        const bad = m ? sent[Number(m[1])] : undefined
        for (const e of bad ? [bad] : sent) this.fail(e, words)
        this.onProblem('flush', { kind: 'error', text: `The replica refused ${bad ? `your message “${clip(bad.text)}”` : 'your messages'}: ${words}. ${waiting}.` })
        this.onChange()
        return
      }
      case Code.FORK:
        for (const e of sent) this.fail(e, words)
        this.onProblem('flush', { kind: 'error', text: `The replica holds other messages of your account at the same places (${words}): your account wrote from another page or node. ${waiting}; they cannot be sent as they are.` })
        this.onChange()
        return
      case Code.UNKNOWN_RING:
      case Code.NOT_REPLICA:
        this.onProblem('flush', { kind: 'error', text: `The gateway does not replicate this ring, so it cannot send your messages (${words}). Ask the ring's owner to run \`ipfs ring replicate RING --via ${this.gateway.base ?? 'GATEWAY'}\`; ${waiting}.` })
        this.later()
        return
      case 0: // not the gateway's answer: the page failed
        this.onProblem('flush', { kind: 'error', text: `Sending failed in this page: ${c.message}. ${waiting}; trying again later.` })
        this.later()
        return
      default:
        this.onProblem('flush', { kind: 'error', text: `The replica refused your messages: ${words}. ${waiting}; trying again later.` })
        this.later()
    }
  }

  /**
   * resign signs the entries from seq fromSeq on again, in order, with the
   * current signer (a new wallet session): same seq, text and refs, a new
   * time, the prev of each the new CID of the one before. Only what the
   * replica does not hold (above acceptedSeq) is signed again, never what
   * anyone may hold, which would fork the log. It reports whether it did.
   */
  async resign (fromSeq, acceptedSeq) {
    const s = this.signer
    if (!s?.session || fromSeq <= acceptedSeq) return false
    const done = await this.lock(`rings-send/${this.ring}/${s.author}`, async () => {
      await this.reload()
      const list = this.list().filter((e) => e.seq >= fromSeq && e.state !== 'final')
      const first = list[0]
      if (!first || equalKey(decodeLogNode(first.block).session?.key, s.session.key)) return false
      let prev = first.prev ?? null
      for (const e of list) {
        const time = this.now()
        const { cid, bytes } = s.buildNode({
          ring: this.ring, chain: this.chain, seq: e.seq, prev, refs: e.refs ?? [], time, message: chatMessage(e.text), readKey: this.readKey
        })
        Object.assign(e, { cid: cid.toString(), prev, block: bytes, time, state: 'pending', error: null, flushID: null })
        await this.save(e)
        prev = e.cid
      }
      const newest = list[list.length - 1]
      await this.store.put(keys.head(this.ring, s.author), { seq: newest.seq, cid: newest.cid })
      return true
    })
    if (done) this.onChange()
    return done
  }

  fail (e, why) {
    e.state = 'failed'
    e.error = why
    this.save(e).catch(() => {})
  }

  /** applyStatus takes a FlushStatus (the answer, FlushStatus, or a flush event) of this author's. */
  async applyStatus (status) {
    if (!this.author || String(status.avatar ?? '').toLowerCase() !== this.author) return
    const seq = Number(status.seq)
    const changed = []
    for (const e of this.entries.values()) {
      if (e.state === 'final' || e.seq > seq) continue
      if (status.status === 'failed') {
        if (e.flushID === status.id && RANK[e.state] < RANK.relayed) {
          e.state = 'failed'
          e.error = status.error || 'the transaction failed'
          changed.push(e)
        }
        continue
      }
      const to = status.status === 'relayed' ? 'relayed' : status.status === 'received' ? 'received' : null
      if (to && RANK[to] > RANK[e.state]) {
        e.state = to
        e.error = null
        if (status.id) e.flushID = status.id
        changed.push(e)
      }
    }
    if (status.status === 'failed' && changed.length > 0) {
      const wait = this.later()
      this.onProblem('flush', {
        kind: 'error',
        text: `The chain refused your messages: ${status.error || 'the transaction failed'}. They stay in your outbox; trying again in ${Math.round(wait / 1000)} s.`
      })
    }
    for (const e of changed) await this.save(e)
    if (changed.length > 0) this.onChange()
    if (status.status === 'relayed') this.watch(0)
  }

  /** applyInfo takes a ring info (memberInfo): what the chain holds is final, what the replica took is received. */
  async applyInfo (info) {
    const me = this.author && info.members.get(this.author)
    if (!me) return
    const changed = []
    for (const e of this.entries.values()) {
      if (e.state === 'final') continue
      if (e.seq <= me.chainSeq) {
        e.state = 'final'
        e.error = null
        changed.push(e)
      } else if (e.seq <= me.acceptedSeq && RANK[e.state] < RANK.received) {
        e.state = 'received'
        e.error = null
        changed.push(e)
      }
    }
    for (const e of changed) await this.save(e)
    if (changed.length > 0) this.onChange()
  }

  // watch checks, until every entry is final, the flushes the replica took
  // (FlushStatus) and the chain's heads (GET /ring/{ring}).
  watch (delay = this.watchEvery) {
    if (this.stopped) return
    const at = this.now() + delay
    if (this.watchTimer && this.watchAt <= at) return
    if (this.watchTimer) this.timers.clearTimeout(this.watchTimer)
    this.watchAt = at
    this.watchTimer = this.timers.setTimeout(async () => {
      this.watchTimer = null
      const waiting = this.list().filter((e) => e.state === 'received' || e.state === 'relayed')
      if (waiting.length === 0) return
      try {
        const ids = new Set(waiting.filter((e) => e.state === 'received' && e.flushID).map((e) => e.flushID))
        for (const id of ids) {
          try {
            await this.applyStatus(await this.gateway.flushStatus(id))
          } catch (err) {
            if (!isNotFound(err)) throw err
          }
        }
        await this.applyInfo(memberInfo(await this.gateway.ringInfo(this.ring)))
      } catch { /* the next look, or the flush's own retry, will see */ }
      if (this.list().some((e) => e.state === 'received' || e.state === 'relayed')) this.watch()
    }, delay)
  }

  stop () {
    this.stopped = true
    if (this.timer) this.timers.clearTimeout(this.timer)
    if (this.watchTimer) this.timers.clearTimeout(this.watchTimer)
    this.timer = this.watchTimer = null
  }
}

function sessionWords (check, words) {
  switch (check) {
    case 'session.expiry':
      return 'Your wallet session has expired. Click “Use wallet” to sign a new one (one prompt); your unsent messages are kept.'
    case 'session.revoked':
      return 'Your wallet session key was revoked on chain. Click “Use wallet” to sign a new session; your unsent messages are kept (those written after the revocation cannot be sent).'
    case 'session.notBefore':
      return `Your wallet session is not valid yet (${words}): check your computer's clock, then click “Use wallet”.`
    default:
      return `The replica refused your wallet session (${words}). Click “Use wallet” to sign a new one; your unsent messages are kept.`
  }
}

function equalKey (a, b) {
  if (!a || !b || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function clip (s) {
  return s.length > 40 ? s.slice(0, 40) + '…' : s
}
