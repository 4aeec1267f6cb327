// Fakes of the chat page's edges for its node tests: a gateway that keeps
// a replica's rules for FlushToRing (membership, nonce, seq, node checks,
// prev links), a wallet (EIP-1193), timers and a clock. The page's own
// modules and the library run for real.

import { RingsError } from '../lib/errors.js'
import {
  checkBlock, decodeLogNode, checkNode, cidOf, flushDigest, recover, toHex, fromHex, equal,
  verifySession, sessionDigest, sign, addressOf
} from '../lib/index.js'

/** rpcError is what the library's Gateway throws for a JSON-RPC error. */
export function rpcError (code, check, message = `check ${check} failed`) {
  const err = new RingsError('gateway', `FlushToRing: ${message} (${code}, check ${check})`)
  err.code = code
  err.data = { check }
  return err
}

/** FakeGateway keeps the ring's chain state and a replica's copy of the logs. */
export class FakeGateway {
  constructor ({ ring, chain, members = [], owner }) {
    this.base = 'http://gateway.test'
    this.ring = ring
    this.chain = chain
    this.owner = owner ?? members[0]
    this.m = new Map()
    for (const a of members) this.addMember(a)
    this.calls = []
    this.down = false
    this.failNext = [] // errors thrown by the next FlushToRing calls, in order
    this.autoRelay = true
    this.flushes = new Map() // id → status
    this.revoked = new Map() // session key (0x) → revokedAt (unix s), as the chain's sessionRevokedAt
    this.now = () => Date.now()
  }

  addMember (a) {
    this.m.set(a, { chainSeq: 0, chainHead: null, nonce: 0n, acceptedSeq: 0, pending: null, nodes: new Map() })
  }

  removeMember (a) { this.m.delete(a) }

  reach (method) {
    this.calls.push(method)
    if (this.down) throw new TypeError('Failed to fetch')
  }

  count (method) { return this.calls.filter((c) => c === method).length }

  async ringInfo (ring) {
    this.reach('RingInfo')
    assert(ring === this.ring, `RingInfo of ${ring}`)
    return {
      ring: this.ring,
      chain: this.chain,
      owner: this.owner,
      replicated: true,
      members: [...this.m].map(([member, s]) => ({
        member,
        chainSeq: s.chainSeq,
        chainHead: s.chainHead ?? undefined,
        chainNonce: String(s.nonce),
        nextNonce: String(s.pending ? s.nonce + 1n : s.nonce),
        acceptedSeq: s.acceptedSeq,
        localSeq: s.nodes.size,
        localHead: s.nodes.get(s.nodes.size)?.cid
      }))
    }
  }

  async log (ring, member) {
    this.reach('Log')
    const s = this.m.get(member)
    if (!s || s.nodes.size === 0) throw rpcError(-32011, 'member', 'no log')
    return { ring, member, head: s.nodes.get(s.nodes.size).cid, seq: s.nodes.size, entries: [] }
  }

  async flushStatus (id) {
    this.reach('FlushStatus')
    const st = this.flushes.get(id)
    if (!st) throw rpcError(-32011, 'id', 'no such flush')
    return { ...st }
  }

  /** flushToRing checks what a replica checks, in its order, and keeps the nodes. */
  async flushToRing (p) {
    this.reach('FlushToRing')
    this.last = p
    if (this.failNext.length > 0) throw this.failNext.shift()
    const avatar = p.avatar
    const domain = { chainId: this.chain, ring: this.ring }
    const mtx = p.mtx
    const flush = {
      ring: fromHex(mtx.ring, 20), avatar: fromHex(mtx.avatar, 20), head: fromHex(mtx.head, 32),
      seq: mtx.seq, nonce: BigInt(mtx.nonce), deadline: BigInt(mtx.deadline)
    }
    const id = toHex(flushDigest(domain, flush))
    if (this.flushes.has(id)) return { ...this.flushes.get(id) }
    const signer = recover(flushDigest(domain, flush), fromHex(p.mtx_sig, 65))
    if (p.session) {
      const s = { key: fromHex(p.session.key, 20), notBefore: p.session.notBefore, expiry: p.session.expiry, sig: fromHex(p.session.sig, 65) }
      try {
        verifySession(domain, avatar, s, signer)
      } catch {
        throw rpcError(-32017, 'session.sig')
      }
      const now = Math.floor(this.now() / 1000)
      if (now > s.expiry) throw rpcError(-32017, 'session.expiry')
      if (this.revoked.has(p.session.key)) throw rpcError(-32017, 'session.revoked')
    } else if (!equal(signer, fromHex(avatar, 20))) {
      throw rpcError(-32002, 'mtx_sig')
    }
    const st = this.m.get(avatar)
    if (!st) throw rpcError(-32003, 'membership')
    const next = st.pending ? st.nonce + 1n : st.nonce
    if (BigInt(mtx.nonce) !== next) throw rpcError(-32009, 'mtx.nonce')
    if (mtx.seq <= st.acceptedSeq) throw rpcError(-32013, 'mtx.seq')
    const blocks = p.logNodes.map((b) => new Uint8Array(Buffer.from(b, 'base64')))
    const nodes = blocks.map((b, i) => {
      const node = decodeLogNode(b)
      try {
        checkNode(node, { ring: this.ring, chain: this.chain, member: avatar, seq: node.seq })
      } catch {
        throw rpcError(-32004, `logNodes[${i}].signature`)
      }
      const at = node.session && this.revoked.get(toHex(node.session.key))
      if (at !== undefined && node.time >= at * 1000) throw rpcError(-32017, `logNodes[${i}].session`)
      return { node, cid: cidOf(b).toString(), block: b }
    })
    if (nodes[0].node.seq !== mtx.seq) throw rpcError(-32007, 'mtx.seq')
    for (let i = 1; i < nodes.length; i++) {
      if (nodes[i].node.seq !== nodes[i - 1].node.seq - 1) throw rpcError(-32005, `logNodes[${i}].seq`)
      if (nodes[i - 1].node.prev?.toString() !== nodes[i].cid) throw rpcError(-32005, `logNodes[${i}].prev`)
    }
    const oldest = nodes[nodes.length - 1].node
    const below = oldest.seq - 1
    const want = below === 0 ? undefined : st.nodes.get(below)?.cid
    if (below > 0 && oldest.prev?.toString() !== want) throw rpcError(-32005, `logNodes[${nodes.length - 1}].prev`)
    for (const n of nodes) {
      const have = st.nodes.get(n.node.seq)
      if (have && have.cid !== n.cid) throw rpcError(-32006, 'logNodes')
      st.nodes.set(n.node.seq, { cid: n.cid, block: n.block })
    }
    st.acceptedSeq = mtx.seq
    st.pending = { id, seq: mtx.seq, head: nodes[0].cid }
    const status = { id, status: 'received', ring: this.ring, avatar, seq: mtx.seq, head: nodes[0].cid, stored: nodes.length }
    this.flushes.set(id, status)
    if (this.autoRelay) return this.relay(avatar)
    return { ...status }
  }

  /** relay puts avatar's accepted flush on chain, or fails it with error. */
  relay (avatar, error) {
    const st = this.m.get(avatar)
    const p = st.pending
    if (!p) return null
    st.pending = null
    const status = this.flushes.get(p.id)
    if (error) {
      status.status = 'failed'
      status.error = error
      st.acceptedSeq = st.chainSeq
      return { ...status }
    }
    st.chainSeq = p.seq
    st.chainHead = p.head
    st.nonce++
    status.status = 'relayed'
    status.txHash = '0x' + 'ab'.repeat(32)
    return { ...status }
  }

  /** block returns a stored node's block, as /ipfs/{cid}?format=raw. */
  blockOf (cid) {
    for (const s of this.m.values()) for (const n of s.nodes.values()) if (n.cid === cid) return n.block
    return undefined
  }
}

function assert (ok, what) {
  if (!ok && what) throw new Error(what)
}

/**
 * FakeWallet is an EIP-1193 provider holding privateKey on chain chainId:
 * it signs a Session's typed data (recomputing its digest from the typed
 * data's fields) and records every request. switchable says whether it
 * can switch chains.
 */
export class FakeWallet {
  constructor ({ privateKey, chainId, switchable = true }) {
    this.privateKey = privateKey
    this.address = toHex(addressOf(privateKey))
    this.chainId = chainId
    this.switchable = switchable
    this.calls = []
    this.refuse = new Map()
  }

  async request ({ method, params }) {
    this.calls.push(method)
    if (this.refuse.has(method)) throw this.refuse.get(method)
    switch (method) {
      case 'eth_requestAccounts':
        return ['0x' + this.address.slice(2).toUpperCase()] // wallets answer any case
      case 'eth_chainId':
        return '0x' + this.chainId.toString(16)
      case 'wallet_switchEthereumChain':
        if (!this.switchable) throw Object.assign(new Error('Unrecognized chain ID'), { code: 4902 })
        this.chainId = parseInt(params[0].chainId, 16)
        return null
      case 'eth_signTypedData_v4': {
        const [from, json] = params
        const td = JSON.parse(json)
        if (from.toLowerCase() !== this.address) throw Object.assign(new Error('not this account'), { code: 4100 })
        if (td.domain.chainId !== this.chainId) throw Object.assign(new Error('Provided chainId must match the active chainId'), { code: -32602 })
        if (td.primaryType !== 'Session') throw new Error('this fake signs sessions only')
        const m = td.message
        const digest = sessionDigest({ chainId: td.domain.chainId, ring: td.domain.verifyingContract }, m.author,
          { key: m.key, notBefore: Number(m.notBefore), expiry: Number(m.expiry) })
        return toHex(sign(digest, this.privateKey))
      }
    }
    throw Object.assign(new Error(`unsupported ${method}`), { code: 4200 })
  }
}

/** fakeTimers records timeouts; fire runs those due within ms of now (all by default). */
export function fakeTimers () {
  let id = 0
  const pending = new Map()
  return {
    setTimeout (fn, ms) { pending.set(++id, { fn, ms }); return id },
    clearTimeout (i) { pending.delete(i) },
    delays () { return [...pending.values()].map((p) => p.ms).sort((a, b) => a - b) },
    fire (max = Infinity) {
      const due = [...pending].filter(([, p]) => p.ms <= max)
      for (const [i] of due) pending.delete(i)
      for (const [, p] of due) p.fn()
      return due.length
    }
  }
}

/** settle fires the zero-delay timers and waits for the outbox until nothing is left to do now. */
export async function settle (outbox, timers) {
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setImmediate(resolve))
    const fired = timers.fire(0)
    if (outbox.flushing) await outbox.flushing
    await new Promise((resolve) => setImmediate(resolve))
    if (fired === 0 && !outbox.flushing && !timers.delays().includes(0)) return
  }
  throw new Error('the outbox does not settle')
}
