// What a failed gateway request means for the page: transient (the gateway
// is down or overloaded; try again later) or the gateway's answer about the
// request (a JSON-RPC error code and the check that failed).

import { RingsError } from '../lib/errors.js'

/** Error codes of docs/protocol.md the page acts on. */
export const Code = {
  INVALID_PARAMS: -32602,
  INTERNAL: -32603,
  SERVER: -32000,
  UNKNOWN_RING: -32001,
  BAD_SIGNATURE: -32002,
  NOT_MEMBER: -32003,
  INVALID_NODE: -32004,
  INCOMPLETE: -32005,
  FORK: -32006,
  MISMATCH: -32007,
  EXPIRED: -32008,
  STALE_NONCE: -32009,
  TOO_MANY: -32010,
  NOT_FOUND: -32011,
  ON_CHAIN: -32013,
  NOT_REPLICA: -32014,
  SESSION: -32017
}

/**
 * classify describes err thrown by a gateway call: {transient, code,
 * check, message}. A network failure (fetch rejects), an answer that is
 * no JSON-RPC error (a proxy's 502), a server error, a timeout, a shutdown
 * and a rate limit are transient.
 */
export function classify (err) {
  const message = err?.message ?? String(err)
  if (err instanceof TypeError) return { transient: true, code: 0, check: '', message } // fetch failed
  if (!(err instanceof RingsError)) return { transient: false, code: 0, check: 'error', message } // a bug of the page's
  if (typeof err.code !== 'number' || err.code === 0) return { transient: true, code: 0, check: '', message }
  const check = err.data?.check ?? ''
  const transient = err.code === Code.INTERNAL || err.code === Code.SERVER ||
    ['timeout', 'canceled', 'rate', 'chain'].includes(check)
  return { transient, code: err.code, check, message: err.message }
}

/** isNotFound reports whether err is the gateway's -32011 (nothing there yet). */
export function isNotFound (err) {
  return err instanceof RingsError && err.code === Code.NOT_FOUND
}

/** gatewayMessage is the gateway's own words in err, without the library's method prefix and code suffix. */
export function gatewayMessage (err) {
  const m = /^[^:]*: (.*?)(?: \(-?\d+(?:, check [^)]*)?\))?$/s.exec(err?.message ?? '')
  return m ? m[1] : String(err?.message ?? err)
}
