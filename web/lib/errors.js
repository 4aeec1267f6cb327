// The library's one error type: every failure names the check that failed.

/**
 * A RingsError carries `check`, a stable code naming what failed:
 * "cid", "decode", "noncanonical", "invalid", "signature", "ring", "chain",
 * "author", "seq", "prev", "missing", "open", "session" (a session key
 * signed outside its session, or a session not the author's), or "gateway". Match on `check`,
 * never on the message.
 */
export class RingsError extends Error {
  constructor (check, message, options) {
    super(message, options)
    this.name = 'RingsError'
    this.check = check
  }
}

/** fail throws a RingsError. */
export function fail (check, message, options) {
  throw new RingsError(check, message, options)
}
