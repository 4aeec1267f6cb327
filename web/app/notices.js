// The page's one-line notice: each part of the page reports its current
// problem under its own key, and the notice shows the most important one.

/** PRIORITY orders the keys, most important first. */
export const PRIORITY = ['invite', 'storage', 'gateway', 'key', 'session', 'wallet', 'member', 'send', 'flush', 'replicated']

export class Notices {
  constructor (show) {
    this.show = show
    this.current = new Map()
  }

  /** set reports key's problem {kind: "error" | "info", text}, or clears it with null. */
  set (key, n) {
    if (n) this.current.set(key, { kind: n.kind, text: n.text })
    else this.current.delete(key)
    this.show(this.top())
  }

  clear (key) { this.set(key, null) }

  get (key) { return this.current.get(key) ?? null }

  /** top is the notice shown: errors before hints, then by PRIORITY. */
  top () {
    let best = null
    let bestRank = Infinity
    for (const [k, n] of this.current) {
      const p = PRIORITY.indexOf(k)
      const rank = (n.kind === 'error' ? 0 : 1000) + (p >= 0 ? p : PRIORITY.length)
      if (rank < bestRank) {
        best = n
        bestRank = rank
      }
    }
    return best
  }
}
