// The ring gateway's HTTP API (docs/protocol.md): JSON-RPC at /ring/rpc,
// reads under /ring/{ring}, blocks through /ipfs/, events over SSE.

import { RingsError } from './errors.js'
import { asCID } from './codec.js'

/**
 * Gateway talks to one ring gateway, e.g. new Gateway('http://127.0.0.1:8090').
 * options.fetch and options.EventSource replace the global ones (tests,
 * other runtimes). Failures throw RingsError "gateway" with the JSON-RPC
 * error's code, message and data (its failed check) as err.code, err.data.
 */
export class Gateway {
  constructor (baseURL, { fetch = globalThis.fetch, EventSource = globalThis.EventSource } = {}) {
    this.base = String(baseURL).replace(/\/+$/, '')
    this.fetch = fetch
    this.EventSource = EventSource
    this.nextID = 1
  }

  /** rpc calls one JSON-RPC method and returns its result. */
  async rpc (method, params) {
    const id = this.nextID++
    const res = await this.fetch(`${this.base}/ring/rpc`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id, method, params })
    })
    let body
    try {
      body = await res.json()
    } catch (err) {
      throw new RingsError('gateway', `${method}: HTTP ${res.status}, not JSON`, { cause: err })
    }
    if (body.error) throw rpcError(method, body.error)
    if (body.id !== id) throw new RingsError('gateway', `${method}: answer for id ${body.id}, want ${id}`)
    return body.result
  }

  /** flushToRing sends FlushToRing params (see flushToRingParams) and returns the FlushStatus. */
  flushToRing (params) { return this.rpc('FlushToRing', params) }

  /** flushStatus returns the FlushStatus of a flush id (its mtx digest, 0x hex). */
  flushStatus (id) { return this.rpc('FlushStatus', { id }) }

  /** ringInfo returns GET /ring/{ring}: members with their chain and local heads. */
  ringInfo (ring) { return this.getJSON(`/ring/${ring}`) }

  /** log returns GET /ring/{ring}/log/{member}: the log's envelopes, newest first. */
  log (ring, member, { since = 0, limit = 0 } = {}) {
    const q = new URLSearchParams({ since: String(since) })
    if (limit) q.set('limit', String(limit))
    return this.getJSON(`/ring/${ring}/log/${member}?${q}`)
  }

  /**
   * timeline returns GET /ring/{ring}/timeline: a page of every member's
   * nodes in timeline order after cursor ("" is the start), at most limit
   * (0: the gateway's default), as {ring, cursor, next, more, entries}.
   */
  timeline (ring, { cursor = '', limit = 0 } = {}) {
    const q = new URLSearchParams({ cursor })
    if (limit) q.set('limit', String(limit))
    return this.getJSON(`/ring/${ring}/timeline?${q}`)
  }

  /**
   * revokeSession relays a revocation of author's session key in ring,
   * signed (sig: 65 bytes or 0x hex) over SessionRevocation by the author
   * or by the key itself; it answers {ring, author, key, revokedAt, txHash}.
   */
  revokeSession ({ ring, author, key, sig }) {
    const hex = typeof sig === 'string' ? sig : '0x' + Array.from(sig, (b) => b.toString(16).padStart(2, '0')).join('')
    return this.rpc('RevokeSession', { ring, author, key, sig: hex })
  }

  /** block returns a block's bytes from /ipfs/{cid}?format=raw, or undefined if the gateway has none (404). Check it with checkBlock. */
  async block (cid) {
    const res = await this.fetch(`${this.base}/ipfs/${asCID(cid)}?format=raw`, { headers: { Accept: 'application/vnd.ipld.raw' } })
    if (res.status === 404) return undefined
    if (!res.ok) throw new RingsError('gateway', `block ${cid}: HTTP ${res.status}`)
    return new Uint8Array(await res.arrayBuffer())
  }

  async getJSON (path) {
    const res = await this.fetch(this.base + path, { headers: { Accept: 'application/json' } })
    let body
    try {
      body = await res.json()
    } catch (err) {
      throw new RingsError('gateway', `GET ${path}: HTTP ${res.status}, not JSON`, { cause: err })
    }
    if (!res.ok || body?.error) throw rpcError(`GET ${path}`, body?.error ?? { code: 0, message: `HTTP ${res.status}` })
    return body
  }

  /**
   * events follows GET /ring/{ring}/events. handlers maps event types
   * ("head", "flush", "replicate") to functions of the parsed data;
   * handlers.open runs when the stream (re)opens and handlers.error on
   * connection errors (EventSource reconnects by itself). It returns a
   * function that closes the stream.
   */
  events (ring, handlers) {
    if (!this.EventSource) throw new RingsError('gateway', 'no EventSource in this runtime')
    const es = new this.EventSource(`${this.base}/ring/${ring}/events`)
    for (const [type, fn] of Object.entries(handlers)) {
      if (type === 'error' || type === 'open') es.addEventListener(type, fn)
      else es.addEventListener(type, (ev) => fn(JSON.parse(ev.data)))
    }
    return () => es.close()
  }
}

function rpcError (what, e) {
  const err = new RingsError('gateway', `${what}: ${e.message} (${e.code}${e.data?.check ? ', check ' + e.data.check : ''})`)
  err.code = e.code
  err.data = e.data
  return err
}
