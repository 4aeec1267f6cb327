// Reading the ring: page through the timeline route, fetch every node's
// block, verify it in the browser (CID, canonical form, ring, chain,
// author, seq, prev link, signature, session) and open its body with the
// read key. A node that fails any of it is kept as rejected, with the
// reason, never its body.

import { RingsError, checkBlock, decodeLogNode, checkNode, openLogNode } from '../lib/index.js'
import { textOf } from './message.js'
import { isNotFound } from './errors.js'

const REASONS = {
  cid: 'the block does not hash to its CID: it was changed on the way',
  decode: 'the block is not a log node',
  noncanonical: 'the block is not in canonical form',
  invalid: 'the block breaks the log node rules',
  signature: 'its signature is not its author\'s',
  ring: 'it belongs to another ring',
  chain: 'it belongs to another chain',
  author: 'it is not by the author it is listed under',
  seq: 'it is not at the place in its author\'s log it is listed at',
  prev: 'its prev link does not lead to its author\'s previous node',
  fork: 'its author signed another node for the same place (a fork)',
  open: 'its body does not open with the read key of your invite link',
  session: 'its session is not valid'
}

/** reasonOf words why a node is rejected: the check's meaning, then the library's detail. */
export function reasonOf (err) {
  const check = err instanceof RingsError ? err.check : 'error'
  const why = REASONS[check] ?? 'it could not be verified'
  return `Rejected: ${why} (${err?.message ?? err}).`
}

/**
 * verifyEntry checks one timeline entry ({author, seq, cid, prev, refs,
 * time}, as the route lists it) against its block, in ring on chain, and
 * opens it with readKey. prevCID, when the page knows the author's node
 * before it, is that node's CID. It returns an item {cid, author, seq,
 * prev, refs, time, status: "ok" | "rejected", text, kind, check}: an ok
 * item's fields are the verified node's; a rejected one keeps the entry's
 * (only to place it) and its text is the reason.
 */
export function verifyEntry (entry, block, { ring, chain, readKey, prevCID }) {
  const author = String(entry.author).toLowerCase()
  const seq = Number(entry.seq)
  const base = {
    cid: String(entry.cid),
    author,
    seq,
    prev: entry.prev ?? null,
    refs: entry.refs ?? [],
    time: Date.parse(entry.time) || 0
  }
  let node
  try {
    checkBlock(base.cid, block)
    node = decodeLogNode(block)
    checkNode(node, { ring, chain, member: author, seq })
    const prev = node.prev ? node.prev.toString() : null
    if (prevCID && prev !== prevCID) throw new RingsError('prev', `the node links ${prev} as seq ${seq - 1}, the log has ${prevCID}`)
    const { text, kind } = textOf(openLogNode(node, readKey))
    return { ...base, prev, refs: node.refs.map(String), time: node.time, status: 'ok', text, kind, check: '', session: !!node.session }
  } catch (err) {
    const check = err instanceof RingsError ? err.check : 'error'
    if (node && check !== 'cid') {
      // The block decoded and hashes right: place it by its own links.
      base.prev = node.prev ? node.prev.toString() : null
      base.refs = node.refs.map(String)
      base.time = node.time
    }
    return { ...base, status: 'rejected', text: reasonOf(err), kind: 'rejected', check }
  }
}

/**
 * Reader holds every node of the ring the page has read, verified:
 * refresh pages through the timeline after its cursor (concurrent calls
 * share one pass, and a call during a pass runs another after it);
 * onChange hears new items. A block the gateway does not have yet (or a
 * failed fetch) is tried again at the next refresh.
 */
export class Reader {
  constructor ({ gateway, ring, chain, readKey, onChange = () => {}, pageSize = 100, concurrency = 6 }) {
    Object.assign(this, { gateway, ring, chain, readKey, onChange, pageSize, concurrency })
    this.items = new Map() // cid → item
    this.at = new Map() // "author:seq" → cid of the first node read there
    this.cursor = ''
    this.loaded = false // a whole pass has been read
    this.missing = new Map() // cid → entry whose block is still to come
    this.running = null
    this.again = false
  }

  refresh () {
    if (this.running) {
      this.again = true
      return this.running
    }
    const run = async () => {
      do {
        this.again = false
        await this.pass()
      } while (this.again)
    }
    this.running = run().finally(() => { this.running = null })
    return this.running
  }

  async pass () {
    let changed = false
    if (this.missing.size > 0) {
      const entries = [...this.missing.values()]
      changed = (await this.take(entries)) || changed
    }
    for (;;) {
      let page
      try {
        page = await this.gateway.timeline(this.ring, { cursor: this.cursor, limit: this.pageSize })
      } catch (err) {
        if (isNotFound(err)) break // the gateway holds no log of the ring yet
        if (changed) this.onChange()
        throw err
      }
      changed = (await this.take(page.entries ?? [])) || changed
      if (typeof page.next === 'string') this.cursor = page.next
      if (!page.more) break
    }
    this.loaded = true
    if (changed) this.onChange()
  }

  // take fetches the entries' blocks (a few at a time) and verifies them in
  // order, so that each node's prev is read before it.
  async take (entries) {
    const todo = entries.filter((e) => !this.items.has(String(e.cid)))
    const blocks = new Array(todo.length)
    let next = 0
    const worker = async () => {
      while (next < todo.length) {
        const i = next++
        try {
          blocks[i] = await this.gateway.block(todo[i].cid)
        } catch {
          blocks[i] = undefined
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(this.concurrency, todo.length) }, worker))
    let changed = false
    todo.forEach((e, i) => {
      if (blocks[i] === undefined) {
        this.missing.set(String(e.cid), e)
        return
      }
      this.missing.delete(String(e.cid))
      this.add(e, blocks[i])
      changed = true
    })
    return changed
  }

  /** add verifies one entry against its block and keeps the item. */
  add (entry, block) {
    const author = String(entry.author).toLowerCase()
    const seq = Number(entry.seq)
    const item = verifyEntry(entry, block, {
      ring: this.ring, chain: this.chain, readKey: this.readKey, prevCID: this.okAt(author, seq - 1)
    })
    const key = `${author}:${seq}`
    const other = this.at.get(key)
    const otherOK = other !== undefined && this.items.get(other)?.status === 'ok'
    if (otherOK && other !== item.cid && item.status === 'ok') {
      item.status = 'rejected'
      item.kind = 'rejected'
      item.check = 'fork'
      item.text = `Rejected: ${REASONS.fork} (${other} is seq ${seq} too).`
    }
    if (other === undefined || (!otherOK && item.status === 'ok')) this.at.set(key, item.cid)
    this.items.set(item.cid, item)
    return item
  }

  okAt (author, seq) {
    const c = this.at.get(`${author}:${seq}`)
    return c && this.items.get(c)?.status === 'ok' ? c : undefined
  }

  /** heads returns each author's newest verified node: Map(author → {seq, cid}). */
  heads () {
    const out = new Map()
    for (const it of this.items.values()) {
      if (it.status !== 'ok') continue
      const h = out.get(it.author)
      if (!h || it.seq > h.seq) out.set(it.author, { seq: it.seq, cid: it.cid })
    }
    return out
  }

  /**
   * keyLooksWrong reports whether the read key opens none of the other
   * authors' nodes while some of them failed only to open: the invite's
   * key is not the ring's.
   */
  keyLooksWrong (me) {
    let opened = 0
    let closed = 0
    for (const it of this.items.values()) {
      if (it.author === me) continue
      if (it.status === 'ok') opened++
      else if (it.check === 'open') closed++
    }
    return closed > 0 && opened === 0
  }
}
