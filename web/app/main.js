// The chat page: wiring. It reads the invite from the URL fragment, opens
// the store, lets the person choose a signer, follows the ring (timeline,
// events, members) and sends through the outbox. Every decision about a
// node (verification, order, flush states) is made in the modules it
// wires; this file only connects them to each other and to the DOM.

import { Gateway } from '../lib/gateway.js'
import { parseInvite, hasInvite, fragmentOf, InviteError } from './invite.js'
import { openStore, MemoryStore, keys } from './store.js'
import { loadPageKey, pageSigner, sessionSigner, connectWallet, findWallet, WalletError } from './signer.js'
import { Outbox, SendError, browserLock, RANK } from './outbox.js'
import { Reader } from './timeline.js'
import { Members } from './members.js'
import { EventStream, Health } from './events.js'
import { orderTimeline } from './order.js'
import { Notices } from './notices.js'
import { View } from './view.js'
import { classify, gatewayMessage, Code } from './errors.js'

const MEMBER_POLL = 10000 // while the author is not a member
const INFO_POLL = 30000 // otherwise, for the chain heads
const DOWN_POLL = 5000 // reads while the event stream is down

/** gatewayOfPage is the ring gateway that serves this page: its origin and any path before /ring/app/ or /ipfs/. */
export function gatewayOfPage (loc) {
  if (loc.protocol !== 'http:' && loc.protocol !== 'https:') return undefined
  const m = /^(.*?)\/(?:ring\/app|ipfs|ipns)\//.exec(loc.pathname)
  return loc.origin + (m ? m[1] : '')
}

class Chat {
  constructor (win) {
    this.win = win
    this.doc = win.document
    this.view = new View(this.doc)
    this.notices = new Notices((n) => this.view.notice(n))
    this.signer = null
    this.relayed = new Map() // author → highest seq a flush event said was relayed
    this.wasMember = false
    this.timers = []
  }

  async start () {
    const { view } = this
    this.win.addEventListener('hashchange', () => this.win.location.reload())
    view.el.joinForm.addEventListener('submit', (ev) => { ev.preventDefault(); this.join() })
    view.connection('offline')
    view.el.connection.hidden = true // no gateway to be connected to before a ring is joined
    view.outbox(0)
    view.whoami(null)
    view.canSend(false, 'Join a ring first')

    if (!hasInvite(this.win.location.href)) {
      view.showJoin(true)
      return
    }
    try {
      this.invite = parseInvite(this.win.location.href, { origin: gatewayOfPage(this.win.location) })
    } catch (err) {
      if (!(err instanceof InviteError)) throw err
      this.notices.set('invite', { kind: 'error', text: err.message })
      view.showJoin(true)
      return
    }
    const inv = this.invite
    view.title(inv.name, inv.ring)
    view.connection('reconnecting') // until the event stream opens
    view.showChat(true)
    view.canSend(false, 'Choose how to sign first')

    try {
      this.store = await openStore()
    } catch (err) {
      this.store = new MemoryStore()
      this.notices.set('storage', { kind: 'error', text: `This page cannot keep data in this browser (${err.message}): your key and unsent messages are lost when you close it. Use a normal window.` })
    }

    const online = () => this.win.navigator.onLine !== false
    this.health = new Health({ onChange: (s) => view.connection(s), online })
    this.gateway = new Gateway(inv.gateway, { fetch: this.health.watchedFetch(this.win.fetch.bind(this.win)) })
    this.members = new Members({ gateway: this.gateway, ring: inv.ring, store: this.store, onChange: (info) => this.onInfo(info) })
    this.reader = new Reader({
      gateway: this.gateway, ring: inv.ring, chain: inv.chain, readKey: inv.key, onChange: () => this.render()
    })
    this.outbox = new Outbox({
      store: this.store,
      gateway: this.gateway,
      ring: inv.ring,
      chain: inv.chain,
      readKey: inv.key,
      lock: browserLock(),
      knownHead: (a) => this.reader.heads().get(a) ?? null,
      readerLoaded: () => this.reader.loaded,
      refs: () => this.refs(),
      onChange: () => this.render(),
      onProblem: (k, p) => this.onOutboxProblem(k, p)
    })
    this.events = new EventStream({
      url: `${this.gateway.base}/ring/${inv.ring}/events`,
      EventSource: this.win.EventSource,
      on: {
        open: () => { this.readAll(); this.outbox.retry() },
        state: (s) => this.health.streamState(s),
        head: () => this.readSoon(),
        flush: (st) => this.onFlushEvent(st)
      }
    })

    view.el.useWallet.addEventListener('click', () => this.useWallet())
    view.el.usePageKey.addEventListener('click', () => this.usePageKey())
    view.el.switchSigner.addEventListener('click', () => this.showSigner())
    view.el.composer.addEventListener('submit', (ev) => { ev.preventDefault(); this.send() })
    this.win.addEventListener('online', () => {
      this.health.update()
      this.events.reconnect()
      this.readAll()
      this.outbox.retry()
    })
    this.win.addEventListener('offline', () => this.health.update())

    this.events.start()
    this.readAll()
    this.poll()
    await this.members.load() // the members as last read, until the gateway answers
    await this.restoreSigner()
    this.render()
  }

  // join takes a pasted invite link: a valid one becomes the fragment.
  join () {
    const input = this.view.el.inviteInput
    const value = input.value
    try {
      parseInvite(value, { origin: gatewayOfPage(this.win.location) })
    } catch (err) {
      if (!(err instanceof InviteError)) throw err
      this.notices.set('invite', { kind: 'error', text: err.message })
      input.value = '' // the notice says what was wrong; the field takes the next link
      input.focus()
      return
    }
    const frag = fragmentOf(value)
    if (this.win.location.hash.slice(1) === frag) this.win.location.reload()
    else this.win.location.hash = frag // hashchange reloads the page on it
  }

  // --- reading -------------------------------------------------------

  readAll () {
    this.reader.refresh().catch((err) => this.readFailed(err))
    this.members.refresh().catch((err) => this.infoFailed(err))
  }

  readSoon () {
    if (this.readTimer) return
    this.readTimer = this.win.setTimeout(() => {
      this.readTimer = null
      this.reader.refresh().catch((err) => this.readFailed(err))
    }, 30)
  }

  infoSoon (delay = 300) {
    if (this.infoTimer) return
    this.infoTimer = this.win.setTimeout(() => {
      this.infoTimer = null
      this.members.refresh().catch((err) => this.infoFailed(err))
    }, delay)
  }

  poll () {
    const tick = () => {
      const down = this.health.state !== 'live'
      if (down) {
        this.reader.refresh().catch((err) => this.readFailed(err))
        this.events.reconnect() // do not wait for EventSource's own backoff
      }
      const due = this.wasMember ? INFO_POLL : MEMBER_POLL
      if (down || Date.now() - (this.infoAt ?? 0) >= due) this.members.refresh().catch((err) => this.infoFailed(err))
      this.checkSession()
      this.win.setTimeout(tick, down ? DOWN_POLL : MEMBER_POLL)
    }
    this.win.setTimeout(tick, MEMBER_POLL)
  }

  readFailed (err) {
    if (classify(err).transient) return // the connection state says so
    this.notices.set('gateway', { kind: 'error', text: `The gateway at ${this.invite.gateway} does not show this ring's messages: ${gatewayMessage(err)}. Check the invite link's gateway.` })
  }

  infoFailed (err) {
    const c = classify(err)
    if (c.transient) return
    if (c.code === Code.UNKNOWN_RING) {
      this.notices.set('gateway', { kind: 'error', text: `The gateway at ${this.invite.gateway} knows no ring ${this.invite.ring} on its chain (${gatewayMessage(err)}). The invite link names another gateway or chain than the ring's: ask for a new link.` })
      return
    }
    this.notices.set('gateway', { kind: 'error', text: `The gateway at ${this.invite.gateway} cannot tell this ring's members: ${gatewayMessage(err)}.` })
  }

  onInfo (info) {
    this.infoAt = Date.now()
    const inv = this.invite
    if (info.chain !== inv.chain) {
      this.notices.set('gateway', { kind: 'error', text: `The gateway at ${inv.gateway} is on chain ${info.chain}, but the invite is for chain ${inv.chain}: ask for a new invite link.` })
    } else if (this.notices.get('gateway')) {
      this.notices.clear('gateway')
    }
    this.notices.set('replicated', info.replicated
      ? null
      : { kind: 'info', text: `The gateway at ${inv.gateway} does not replicate this ring: you read it, but what you send waits until a replica takes it (the owner runs \`ipfs ring replicate ${inv.name || inv.ring} --via ${inv.gateway}\`).` })
    this.view.members([...info.members.keys()].map((address) => ({ address, owner: address === info.owner })))
    this.checkMember()
    this.outbox.applyInfo(info).catch(() => {})
    this.render()
  }

  onFlushEvent (st) {
    const author = String(st.avatar ?? '').toLowerCase()
    if (st.status === 'relayed') {
      this.relayed.set(author, Math.max(this.relayed.get(author) ?? 0, Number(st.seq)))
      this.infoSoon(0) // the chain's head moved: final
    }
    this.outbox.applyStatus(st).catch(() => {})
    this.render()
  }

  // --- signing -------------------------------------------------------

  async restoreSigner () {
    const saved = await this.store.get(keys.signer(this.invite.ring)).catch(() => undefined)
    if (saved?.kind === 'page') {
      await this.setSigner(pageSigner(await loadPageKey(this.store)))
      return
    }
    if (saved?.kind === 'wallet') {
      const rec = await this.store.get(keys.session(this.invite.ring, saved.author)).catch(() => undefined)
      if (rec) {
        await this.setSigner(sessionSigner(rec))
        return
      }
    }
    this.showSigner()
  }

  async showSigner () {
    this.view.showSigner(true, { wallet: !!(await findWallet(this.win)) })
  }

  async useWallet () {
    const { view, invite } = this
    view.busy('useWallet', true)
    try {
      const provider = await findWallet(this.win)
      const rec = await connectWallet({ provider, ring: invite.ring, chain: invite.chain })
      await this.store.put(keys.session(invite.ring, rec.author), rec)
      await this.store.put(keys.signer(invite.ring), { kind: 'wallet', author: rec.author })
      this.notices.clear('wallet')
      await this.setSigner(sessionSigner(rec))
    } catch (err) {
      if (!(err instanceof WalletError)) throw err
      this.notices.set('wallet', { kind: 'error', text: err.message })
    } finally {
      view.busy('useWallet', false)
    }
  }

  async usePageKey () {
    const { view, invite } = this
    view.busy('usePageKey', true)
    try {
      const key = await loadPageKey(this.store)
      await this.store.put(keys.signer(invite.ring), { kind: 'page', author: key.address })
      this.notices.clear('wallet')
      await this.setSigner(pageSigner(key))
    } finally {
      view.busy('usePageKey', false)
    }
  }

  async setSigner (signer) {
    this.signer = signer
    this.wasMember = false
    this.view.whoami({ address: signer.author, kind: signer.kind === 'wallet' ? 'wallet' : 'page key' })
    this.view.showSigner(false)
    this.notices.clear('session')
    this.notices.clear('send')
    await this.outbox.setSigner(signer)
    if (this.members.info) this.onInfo(this.members.info)
    this.checkSession()
    this.render()
  }

  checkMember () {
    const s = this.signer
    if (!s || !this.members.info) return
    const inv = this.invite
    const member = this.members.has(s.author)
    if (member) {
      this.notices.clear('member')
      if (!this.wasMember) this.outbox.retry()
    } else {
      const owner = this.members.info.owner || 'OWNER'
      this.notices.set('member', {
        kind: 'error',
        text: `Your address ${s.author} is not a member of this ring, so you cannot send yet. The ring's owner adds it with: ipfs ring enter ${inv.name || inv.ring} ${s.author} --from ${owner}`
      })
    }
    this.wasMember = member
    this.updateSend()
  }

  checkSession () {
    const s = this.signer
    if (!s) return
    const problem = s.problemAt(Date.now())
    if (problem) {
      this.notices.set('session', { kind: 'error', text: problem })
      this.showSigner()
    } else if (this.notices.get('session') && !this.sessionRefused) {
      this.notices.clear('session')
    }
    this.updateSend()
  }

  onOutboxProblem (key, p) {
    if (key === 'session') {
      this.sessionRefused = !!p
      if (p?.renew) this.showSigner()
    }
    this.notices.set(key, p)
    this.updateSend()
  }

  updateSend () {
    const s = this.signer
    if (!s) return this.view.canSend(false, 'Choose how to sign first')
    if (!this.members.info) return this.view.canSend(false, 'Reading the ring\'s members…')
    if (!this.members.has(s.author)) return this.view.canSend(false, 'Not a member yet')
    if (s.problemAt(Date.now())) return this.view.canSend(false, 'Session ended: renew it above')
    this.view.canSend(true)
  }

  // --- writing -------------------------------------------------------

  async send () {
    const input = this.view.el.text
    const text = input.value
    if (text.trim() === '' || this.view.el.send.disabled) return
    this.view.el.send.disabled = true
    // Empty the field now, not after the write: what the person types
    // meanwhile is the next message, and must not be wiped.
    input.value = ''
    try {
      await this.outbox.send(text)
      this.notices.clear('send')
    } catch (err) {
      if (input.value === '') input.value = text // give the text back to send again
      if (!(err instanceof SendError)) {
        this.notices.set('send', { kind: 'error', text: `Your message could not be written: ${err.message}. It is still in the box; try again.` })
        throw err
      }
      this.notices.set(err.renew ? 'session' : 'send', { kind: 'error', text: err.message })
      if (err.renew) this.showSigner()
    } finally {
      this.updateSend()
      input.focus()
    }
  }

  // refs are the newest nodes of the other members the page has verified.
  refs () {
    const me = this.signer?.author
    return [...this.reader.heads()].filter(([a]) => a !== me).sort(([a], [b]) => (a < b ? -1 : 1)).map(([, h]) => h.cid)
  }

  // --- rendering -----------------------------------------------------

  render () {
    if (this.rendering) return
    this.rendering = true
    queueMicrotask(() => {
      this.rendering = false
      this.draw()
    })
  }

  draw () {
    const me = this.signer?.author
    const byCID = new Map()
    for (const it of this.reader.items.values()) {
      byCID.set(it.cid, { ...it, state: it.status === 'rejected' ? 'rejected' : this.stateOf(it.author, it.seq), error: '' })
    }
    for (const e of this.outbox.list()) {
      const read = byCID.get(e.cid)
      if (read?.state === 'rejected') continue // what the ring holds failed here: show why
      let state = e.state
      if (read && RANK[state] < RANK.received) state = e.state === 'failed' ? 'failed' : 'received'
      byCID.set(e.cid, {
        cid: e.cid, author: me, seq: e.seq, prev: e.prev ?? null, refs: e.refs ?? [], time: e.time,
        state, text: e.text, kind: 'chat', error: e.error ?? ''
      })
    }
    this.view.messages(orderTimeline([...byCID.values()]))
    this.view.outbox(this.outbox.count)
    if (this.reader.keyLooksWrong(me ?? '')) {
      this.notices.set('key', { kind: 'error', text: 'The read key in your invite link does not open this ring\'s messages: the link is wrong or old. Ask a member for a new one (ipfs ring invite RING).' })
    } else {
      this.notices.clear('key')
    }
  }

  // stateOf is the state of a node the gateway holds: final once the chain
  // holds its author's log that far, relayed once a flush event said so.
  stateOf (author, seq) {
    const m = this.members.get(author)
    if (m && m.chainSeq >= seq) return 'final'
    if ((this.relayed.get(author) ?? 0) >= seq) return 'relayed'
    return 'received'
  }
}

/** start runs the page in win. */
export async function start (win = globalThis) {
  const chat = new Chat(win)
  win.ringsChat = chat // for a person debugging in the console
  try {
    await chat.start()
  } catch (err) {
    chat.notices.set('invite', { kind: 'error', text: `The page failed: ${err.message}. Reload it; your unsent messages are kept.` })
    throw err
  }
}

if (globalThis.document) {
  if (globalThis.document.readyState === 'loading') globalThis.document.addEventListener('DOMContentLoaded', () => start())
  else start()
}
