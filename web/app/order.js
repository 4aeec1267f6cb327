// Timeline order, as the node's (plugin/ringlog OrderTimeline, and
// docs/protocol.md "The timeline"): a node comes after its prev and its
// refs; among the nodes free to go next, the lower time first, then the
// lower author (bytewise), the lower seq, the lower CID (bytewise). A link
// to a node not in the set is ignored.
//
// A node here is {cid, author, seq, prev, refs, time}: cid, prev and refs
// CID strings (prev null for none), author lowercase 0x hex, time unix ms.

import { asCID } from '../lib/codec.js'

const cidBytes = new Map()
function bytesOfCID (c) {
  let b = cidBytes.get(c)
  if (b === undefined) {
    try {
      b = asCID(c).bytes
    } catch {
      b = new TextEncoder().encode(String(c)) // not a CID: still a total order
    }
    if (cidBytes.size > 100000) cidBytes.clear()
    cidBytes.set(c, b)
  }
  return b
}

function compareBytes (a, b) {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

/** timelineCompare orders two nodes free to go next. */
export function timelineCompare (a, b) {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1
  // Same-length lowercase hex compares as the bytes do.
  if (a.author !== b.author) return a.author < b.author ? -1 : 1
  if (a.seq !== b.seq) return a.seq < b.seq ? -1 : 1
  return compareBytes(bytesOfCID(a.cid), bytesOfCID(b.cid))
}

/** orderTimeline returns nodes (one per CID, the first kept) in timeline order. */
export function orderTimeline (nodes) {
  const at = new Map()
  const uniq = []
  for (const n of nodes) {
    if (!at.has(n.cid)) {
      at.set(n.cid, uniq.length)
      uniq.push(n)
    }
  }
  const waiting = new Array(uniq.length).fill(0)
  const next = uniq.map(() => [])
  uniq.forEach((n, i) => {
    const seen = new Set()
    const link = (c) => {
      const j = at.get(c)
      if (j !== undefined && j !== i && !seen.has(j)) {
        seen.add(j)
        waiting[i]++
        next[j].push(i)
      }
    }
    if (n.prev) link(n.prev)
    for (const r of n.refs ?? []) link(r)
  })
  const less = (i, j) => timelineCompare(uniq[i], uniq[j]) < 0
  const ready = new Heap(less)
  uniq.forEach((_, i) => { if (waiting[i] === 0) ready.push(i) })
  const placed = new Array(uniq.length).fill(false)
  const out = []
  while (out.length < uniq.length) {
    if (ready.size === 0) {
      // A cycle, which content addressing rules out; as the node does,
      // its first node in the tie order goes first.
      let first = -1
      for (let i = 0; i < uniq.length; i++) if (!placed[i] && (first < 0 || less(i, first))) first = i
      waiting[first] = 0
      ready.push(first)
    }
    const i = ready.pop()
    if (placed[i]) continue
    placed[i] = true
    out.push(uniq[i])
    for (const j of next[i]) {
      if (placed[j]) continue
      if (--waiting[j] === 0) ready.push(j)
    }
  }
  return out
}

// A binary min-heap of indexes under less.
class Heap {
  constructor (less) { this.a = []; this.less = less }
  get size () { return this.a.length }
  push (x) {
    const a = this.a
    a.push(x)
    let i = a.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]]
      i = p
    }
  }

  pop () {
    const a = this.a
    const top = a[0]
    const last = a.pop()
    if (a.length > 0) {
      a[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < a.length && this.less(a[l], a[m])) m = l
        if (r < a.length && this.less(a[r], a[m])) m = r
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]]
        i = m
      }
    }
    return top
  }
}
