// The invite link: the chat page's URL with the ring in its fragment,
// which a browser never sends to a server:
//
//   <page>#v=1&ring=0x…&chain=<id>&gateway=<url-encoded URL>&key=<64 hex>&name=<name>
//
// gateway and name are optional (gateway: the page's own origin). `ipfs ring
// invite RING` prints one (plugin/commands/invite.go, InviteLink).

/** InviteError says what is wrong with an invite, in words for the page's notice. */
export class InviteError extends Error {
  constructor (reason) {
    super(`The invite link is malformed: ${reason}. Ask for a new link.`)
    this.name = 'InviteError'
    this.reason = reason
  }
}

const FIELDS = ['v', 'ring', 'chain', 'gateway', 'key', 'name']
const MAX_NAME = 64

/** fragmentOf returns the invite part of input: a whole link, "#…" or the bare fragment. */
export function fragmentOf (input) {
  const s = String(input ?? '').trim()
  const i = s.indexOf('#')
  if (i >= 0) return s.slice(i + 1)
  // A bare fragment, as pasted from the link's tail.
  return /^[a-z]+=/.test(s) && !s.includes('://') ? s : ''
}

/** hasInvite reports whether input carries an invite fragment at all (valid or not). */
export function hasInvite (input) {
  return fragmentOf(input) !== ''
}

/**
 * parseInvite reads an invite from a link, "#…" or a bare fragment, and
 * returns {ring, chain, gateway, key, name}: ring lowercase 0x hex, chain a
 * number, gateway a URL without a trailing slash (origin when the invite
 * names none), key the 32-byte read key as Uint8Array, name a string or
 * ''. It throws InviteError saying what is wrong.
 */
export function parseInvite (input, { origin } = {}) {
  const frag = fragmentOf(input)
  if (frag === '') throw new InviteError(String(input ?? '').trim() === '' ? 'it is empty' : 'it has no #v=1&ring=… part')
  const seen = new Map()
  for (const part of frag.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const k = decode(eq < 0 ? part : part.slice(0, eq))
    const v = eq < 0 ? '' : decode(part.slice(eq + 1))
    if (!FIELDS.includes(k)) continue // a later version's extra field
    if (seen.has(k)) throw new InviteError(`${k} is given twice`)
    seen.set(k, v)
  }
  const v = seen.get('v')
  if (v === undefined) throw new InviteError('missing version (v=1)')
  if (v !== '1') throw new InviteError(`version v=${v} is not one this page reads (v=1)`)

  const ring = seen.get('ring')
  if (ring === undefined || ring === '') throw new InviteError('missing ring')
  if (!/^0x[0-9a-fA-F]{40}$/.test(ring)) throw new InviteError(`ring ${short(ring)} is not a 0x address of 40 hex digits`)

  const chainStr = seen.get('chain')
  if (chainStr === undefined || chainStr === '') throw new InviteError('missing chain')
  if (!/^[1-9][0-9]{0,15}$/.test(chainStr) || !Number.isSafeInteger(Number(chainStr))) throw new InviteError(`chain ${short(chainStr)} is not a chain id`)

  const keyStr = seen.get('key')
  if (keyStr === undefined || keyStr === '') throw new InviteError('missing key (the ring\'s read key)')
  const keyHex = keyStr.replace(/^0x/i, '')
  if (!/^[0-9a-fA-F]{64}$/.test(keyHex)) throw new InviteError('key is not 64 hex digits (the ring\'s 32-byte read key)')

  let gateway = seen.get('gateway')
  if (gateway === undefined || gateway === '') {
    if (!origin) throw new InviteError('missing gateway')
    gateway = origin
  }
  let u
  try {
    u = new URL(gateway)
  } catch {
    throw new InviteError(`gateway ${short(gateway)} is not a URL`)
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password || u.search || u.hash) {
    throw new InviteError(`gateway ${short(gateway)} is not an http(s) URL without query or fragment`)
  }
  gateway = (u.origin + u.pathname).replace(/\/+$/, '')

  const name = seen.get('name') ?? ''
  if (name.length > MAX_NAME) throw new InviteError(`name is longer than ${MAX_NAME} characters`)

  return { ring: ring.toLowerCase(), chain: Number(chainStr), gateway, key: hexBytes(keyHex), name }
}

/**
 * formatInvite returns page's invite link for {ring, chain, gateway, key,
 * name}, as `ipfs ring invite` prints it (gateway and name may be left out).
 */
export function formatInvite (page, { ring, chain, gateway, key, name }) {
  const base = String(page).split('#')[0]
  const keyHex = typeof key === 'string' ? key.replace(/^0x/i, '').toLowerCase() : [...key].map((b) => b.toString(16).padStart(2, '0')).join('')
  let q = `v=1&ring=${ring.toLowerCase()}&chain=${chain}`
  if (gateway) q += `&gateway=${encodeURIComponent(gateway)}`
  q += `&key=${keyHex}`
  if (name) q += `&name=${encodeURIComponent(name)}`
  return `${base}#${q}`
}

function decode (s) {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '))
  } catch {
    throw new InviteError('it is not properly URL-encoded')
  }
}

function short (s) {
  const t = String(s)
  return JSON.stringify(t.length > 24 ? t.slice(0, 24) + '…' : t)
}

function hexBytes (h) {
  const out = new Uint8Array(h.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16)
  return out
}
