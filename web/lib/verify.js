// A member's whole log: walk from the head by prev links and check every node.

import { RingsError } from './errors.js'
import { asCID, checkBlock } from './codec.js'
import { decodeLogNode } from './schema.js'
import { checkNode } from './lognode.js'

/**
 * verifyLog checks a member's log from head (CID) down to seq 1, as Go's
 * ringlog Store.Verify: every block hashes to its CID and decodes as a
 * canonical LogNode that claims ring, chain, member and the seq expected
 * (head's seq, then one less at each prev link), signed by member.
 * getBlock(cid) returns the block's bytes, or undefined when it is missing
 * (it may be async). It returns a report:
 *
 *   {ok, checked, nodes: [{cid, seq, node}], bad: {seq, cid, check, reason} | null}
 *
 * where nodes are the valid nodes, newest first (those older than bad),
 *
 * bad the oldest node that failed (every newer node depends on it), check a RingsError check ("cid", "decode", "noncanonical", "invalid",
 * "signature", "ring", "chain", "author", "seq", "prev", "missing"). A node
 * reached by a prev link with another seq than expected fails "prev"; the
 * walk stops at a node whose seq is not the one expected (Go's verifier
 * goes on and may name an older node).
 */
export async function verifyLog ({ ring, chain, member, head, seq, getBlock }) {
  const report = { ok: true, checked: 0, nodes: [], bad: null }
  // A bad node invalidates every newer node: they depend on it.
  const bad = (c, s, check, reason) => {
    report.ok = false
    report.bad = { seq: s, cid: c.toString(), check, reason }
    report.nodes = []
  }
  let want = Number(seq)
  let c = asCID(head)
  for (;;) {
    const block = await getBlock(c)
    if (block === undefined || block === null) {
      bad(c, want, 'missing', `log node ${c} is missing`)
      return report
    }
    let node
    try {
      checkBlock(c, block)
      node = decodeLogNode(block)
    } catch (err) {
      if (!(err instanceof RingsError)) throw err
      bad(c, want, err.check, err.message)
      return report
    }
    report.checked++
    try {
      if (want !== Number(seq) && node.seq !== want) {
        throw new RingsError('prev', `the prev link of seq ${want + 1} leads to a node of seq ${node.seq}`)
      }
      checkNode(node, { ring, chain, member, seq: want })
      report.nodes.push({ cid: c, seq: want, node })
    } catch (err) {
      if (!(err instanceof RingsError)) throw err
      bad(c, want, err.check, err.message)
      // Past a node whose seq is not the one expected, the expectations of
      // the older nodes mean nothing: stop there.
      if (err.check === 'seq' || err.check === 'prev') return report
    }
    if (node.prev === null) {
      if (want !== 1) bad(c, want, 'seq', `log ends at seq ${want} without reaching seq 1`)
      return report
    }
    if (want <= 1) return report
    want--
    c = node.prev
  }
}

/** blockGetter returns a getBlock for verifyLog over [{cid, block}] pairs (block: bytes or hex). */
export function blockGetter (pairs, toBytes = (b) => b) {
  const m = new Map(pairs.map((p) => [asCID(p.cid).toString(), toBytes(p.block)]))
  return (c) => m.get(c.toString())
}
