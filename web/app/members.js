// The ring's members, from the chain as the gateway reads it (GET
// /ring/{ring}): each member's chain head, the gateway's copy of its log
// and the nonce and seq of its next flush.

import { keys } from './store.js'

/**
 * memberInfo normalises GET /ring/{ring} into {ring, chain, owner,
 * replicated, members: Map(address → {address, chainSeq, chainHead,
 * nextNonce, acceptedSeq, localSeq, localHead})}, addresses lowercase.
 */
export function memberInfo (info) {
  const members = new Map()
  for (const m of info.members ?? []) {
    const address = String(m.member).toLowerCase()
    members.set(address, {
      address,
      chainSeq: Number(m.chainSeq ?? 0),
      chainHead: m.chainHead ?? null,
      nextNonce: String(m.nextNonce ?? m.chainNonce ?? '0'),
      acceptedSeq: Number(m.acceptedSeq ?? m.chainSeq ?? 0),
      localSeq: Number(m.localSeq ?? 0),
      localHead: m.localHead ?? null
    })
  }
  return {
    ring: String(info.ring).toLowerCase(),
    chain: Number(info.chain),
    owner: info.owner ? String(info.owner).toLowerCase() : '',
    replicated: !!info.replicated,
    members
  }
}

/**
 * Members keeps the latest ring info: refresh reads it (concurrent calls
 * share one request), onChange hears every new one. With a store, the
 * last one read is kept there, and load shows it before the gateway
 * answers (a reload while the gateway is down still knows the members).
 */
export class Members {
  constructor ({ gateway, ring, store = null, onChange = () => {} }) {
    this.gateway = gateway
    this.ring = ring
    this.store = store
    this.onChange = onChange
    this.info = null
    this.stale = true // info is the stored one, not read since the page opened
    this.inflight = null
  }

  /** load takes the stored ring info, unless the gateway answered already. */
  async load () {
    const raw = await this.store?.get(keys.info(this.ring)).catch(() => undefined)
    if (raw && this.info === null) {
      this.info = memberInfo(raw)
      this.onChange(this.info)
    }
    return this.info
  }

  refresh () {
    if (!this.inflight) {
      const run = async () => {
        const raw = await this.gateway.ringInfo(this.ring)
        this.info = memberInfo(raw)
        this.stale = false
        this.store?.put(keys.info(this.ring), raw).catch(() => {})
        this.onChange(this.info)
        return this.info
      }
      this.inflight = run().finally(() => { this.inflight = null })
    }
    return this.inflight
  }

  /** has reports whether address is a member (false before the first refresh). */
  has (address) { return !!this.info?.members.has(address) }

  /** get returns a member's entry, or undefined. */
  get (address) { return this.info?.members.get(address) }
}
