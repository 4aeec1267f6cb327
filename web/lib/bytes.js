// Byte helpers: 0x hex, concatenation, comparison, big-endian integers.

import { RingsError } from './errors.js'

/** toHex returns b as lowercase 0x hex. */
export function toHex (b) {
  let s = '0x'
  for (const x of b) s += x.toString(16).padStart(2, '0')
  return s
}

/** fromHex parses 0x hex (or bare hex) into bytes; n, if given, is the length required. */
export function fromHex (h, n) {
  if (typeof h !== 'string') throw new RingsError('invalid', `want a hex string, got ${typeof h}`)
  const s = h.startsWith('0x') || h.startsWith('0X') ? h.slice(2) : h
  if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) throw new RingsError('invalid', `not hex: ${h}`)
  const out = new Uint8Array(s.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16)
  if (n !== undefined && out.length !== n) throw new RingsError('invalid', `${out.length} bytes, want ${n}`)
  return out
}

/** bytesOf accepts bytes or hex and returns bytes, of length n if given. */
export function bytesOf (v, n) {
  if (v instanceof Uint8Array) {
    if (n !== undefined && v.length !== n) throw new RingsError('invalid', `${v.length} bytes, want ${n}`)
    return v
  }
  return fromHex(v, n)
}

/** concat joins byte arrays. */
export function concat (...parts) {
  let n = 0
  for (const p of parts) n += p.length
  const out = new Uint8Array(n)
  let o = 0
  for (const p of parts) { out.set(p, o); o += p.length }
  return out
}

/** equal reports whether a and b hold the same bytes. */
export function equal (a, b) {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** compare orders a and b bytewise (-1, 0, 1). */
export function compare (a, b) {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1
}

/** uintBytes returns the non-negative integer v (number, bigint or decimal string) as n big-endian bytes. */
export function uintBytes (v, n, what = 'value') {
  const x = typeof v === 'bigint' ? v : BigInt(v)
  if (x < 0n || x >= (1n << BigInt(8 * n))) throw new RingsError('invalid', `${what} ${x} does not fit ${8 * n} bits`)
  const out = new Uint8Array(n)
  let y = x
  for (let i = n - 1; i >= 0; i--) { out[i] = Number(y & 0xffn); y >>= 8n }
  return out
}
