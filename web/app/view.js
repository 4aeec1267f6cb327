// Rendering: the page's DOM, as the DOM contract (docs/protocol.md, "The
// chat page") names it. Nothing here decides anything; main.js does.

const STATE_WORDS = {
  pending: 'pending',
  received: 'received',
  relayed: 'relayed',
  final: 'final',
  failed: 'failed',
  rejected: 'rejected'
}

const STATE_TITLES = {
  pending: 'Waiting in your outbox to be sent',
  received: 'The gateway holds it',
  relayed: 'The replica sent it to the chain',
  final: 'The chain holds it',
  failed: 'Refused; it stays in your outbox',
  rejected: 'It failed verification in this browser'
}

/** shortAddress is 0x1234ab…cdef. */
export function shortAddress (a) {
  return a ? `${a.slice(0, 8)}…${a.slice(-4)}` : ''
}

export class View {
  constructor (doc = document) {
    this.doc = doc
    const $ = (id) => doc.getElementById(id)
    this.el = {
      title: $('title'),
      notice: $('notice'),
      join: $('join'),
      joinForm: $('join-form'),
      inviteInput: $('invite-input'),
      signer: $('signer'),
      useWallet: $('use-wallet'),
      usePageKey: $('use-page-key'),
      walletHint: $('wallet-hint'),
      chat: $('chat'),
      me: $('me'),
      meKind: $('me-kind'),
      switchSigner: $('switch-signer'),
      members: $('members'),
      memberCount: $('member-count'),
      messages: $('messages'),
      empty: $('empty'),
      composer: $('composer'),
      text: $('text'),
      send: $('send'),
      connection: $('connection'),
      outbox: $('outbox')
    }
    this.rows = new Map() // cid → li
    this.me = ''
    // On a phone the member list starts folded, leaving the room to the chat.
    const narrow = doc.defaultView?.matchMedia?.('(max-width: 47.99rem)')
    if (narrow?.matches) $('members-box').open = false
  }

  title (name, ring) {
    const t = name ? `${name}` : shortAddress(ring)
    this.el.title.textContent = t
    this.el.title.title = ring
    this.doc.title = `${t} · Rings chat`
  }

  /** notice shows {kind, text}, or hides the notice for null. */
  notice (n) {
    const el = this.el.notice
    if (!n) {
      el.hidden = true
      el.textContent = ''
      el.dataset.kind = 'info'
      return
    }
    el.dataset.kind = n.kind === 'error' ? 'error' : 'info'
    el.textContent = n.text
    el.hidden = false
  }

  connection (state) {
    const el = this.el.connection
    el.hidden = false
    el.dataset.state = state
    el.textContent = state
    el.title = { live: 'Live: following the ring', offline: 'Offline: the gateway cannot be reached', reconnecting: 'Reconnecting to the gateway' }[state] ?? state
  }

  outbox (n) {
    const el = this.el.outbox
    el.dataset.count = String(n)
    el.textContent = n === 0 ? 'outbox empty' : `${n} waiting`
    el.classList.toggle('waiting', n > 0)
  }

  showJoin (on) { this.el.join.hidden = !on }
  showChat (on) { this.el.chat.hidden = !on }

  /** showSigner shows the signer choice; wallet says whether a wallet was found. */
  showSigner (on, { wallet = true } = {}) {
    this.el.signer.hidden = !on
    this.el.walletHint.hidden = wallet
  }

  busy (button, on) {
    const b = this.el[button]
    b.disabled = on
    b.classList.toggle('busy', on)
  }

  /** whoami shows the author {address, kind} ("wallet" or "page key"), or nobody. */
  whoami (who) {
    this.me = who?.address ?? ''
    const el = this.el.me
    el.dataset.address = this.me
    el.textContent = who ? shortAddress(who.address) : '—'
    el.title = this.me
    this.el.meKind.textContent = who ? `(${who.kind})` : ''
    this.el.switchSigner.hidden = !who
  }

  /** members shows [{address, owner}]: one li each, data-me on the author's. */
  members (list) {
    const ul = this.el.members
    const frag = this.doc.createDocumentFragment()
    for (const m of list) {
      const li = this.doc.createElement('li')
      li.dataset.address = m.address
      if (m.address === this.me) li.setAttribute('data-me', '')
      li.textContent = shortAddress(m.address)
      li.title = m.address
      if (m.address === this.me) li.append(tag(this.doc, 'you'))
      if (m.owner) li.append(tag(this.doc, 'owner'))
      frag.append(li)
    }
    ul.replaceChildren(frag)
    this.el.memberCount.textContent = String(list.length)
  }

  /**
   * messages shows items in order: {cid, author, seq, state, text, kind,
   * error}. Rows are kept by CID and moved, never rebuilt, so a person's
   * selection and the scroll stay put.
   */
  messages (items) {
    const ol = this.el.messages
    const stick = ol.scrollHeight - ol.scrollTop - ol.clientHeight < 40
    const keep = new Set()
    let prev = null
    for (const it of items) {
      keep.add(it.cid)
      let li = this.rows.get(it.cid)
      if (!li) {
        li = this.doc.createElement('li')
        li.className = 'message'
        li.append(span(this.doc, 'author'), span(this.doc, 'text'), span(this.doc, 'state'))
        this.rows.set(it.cid, li)
      }
      this.fill(li, it)
      const at = prev ? prev.nextSibling : ol.firstChild
      if (at !== li) ol.insertBefore(li, at)
      prev = li
    }
    for (const [cid, li] of this.rows) {
      if (!keep.has(cid)) {
        li.remove()
        this.rows.delete(cid)
      }
    }
    this.el.empty.hidden = items.length > 0
    if (stick) ol.scrollTop = ol.scrollHeight
  }

  fill (li, it) {
    const d = li.dataset
    const mine = it.author === this.me
    if (d.cid !== it.cid) d.cid = it.cid
    if (d.author !== it.author) d.author = it.author
    if (d.seq !== String(it.seq)) d.seq = String(it.seq)
    if (d.state !== it.state) d.state = it.state
    li.classList.toggle('mine', mine)
    li.classList.toggle('other-app', it.kind === 'other')
    const [author, text, state] = li.children
    const who = shortAddress(it.author) + (mine ? ' (you)' : '')
    if (author.textContent !== who) author.textContent = who
    author.title = it.author
    if (text.textContent !== it.text) text.textContent = it.text
    const word = STATE_WORDS[it.state] ?? it.state
    if (state.textContent !== word) state.textContent = word
    state.title = it.error ? `${STATE_TITLES[it.state]}: ${it.error}` : (STATE_TITLES[it.state] ?? '')
    li.title = it.time ? new Date(it.time).toLocaleString() : ''
  }

  /** canSend enables the send button, or disables it saying why. */
  canSend (ok, why = '') {
    this.el.send.disabled = !ok
    this.el.send.title = ok ? '' : why
    this.el.text.placeholder = ok ? 'Message' : (why || 'Message')
  }
}

function span (doc, cls) {
  const s = doc.createElement('span')
  s.className = cls
  return s
}

function tag (doc, text) {
  const s = doc.createElement('span')
  s.className = 'tag'
  s.textContent = text
  return s
}
