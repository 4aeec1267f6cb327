// The page's persistence: a small key-value store in IndexedDB (the page
// key, the chosen signer, wallet sessions, the outbox and the head of the
// author's log), and the same store in memory for node tests.
//
// Keys are strings; values anything IndexedDB's structured clone keeps
// (objects, strings, numbers, Uint8Array). Every write is one transaction,
// durable when its promise resolves.

/** keys names every record the page keeps, per ring and author where it matters. */
export const keys = {
  pageKey: () => 'pagekey',
  signer: (ring) => `signer/${ring}`,
  session: (ring, author) => `session/${ring}/${author}`,
  head: (ring, author) => `head/${ring}/${author}`,
  info: (ring) => `info/${ring}`,
  outboxPrefix: (ring, author) => `outbox/${ring}/${author}/`,
  // Zero-padded so that the store's key order is the seq order.
  outbox: (ring, author, seq) => `outbox/${ring}/${author}/${String(seq).padStart(16, '0')}`
}

/**
 * MemoryStore is the store's interface over a Map: get, put, delete, list
 * (the values whose keys start with a prefix, in key order). Values are
 * cloned, as IndexedDB does.
 */
export class MemoryStore {
  constructor () { this.m = new Map() }
  async get (k) { return clone(this.m.get(k)) }
  async put (k, v) { this.m.set(k, clone(v)) }
  async delete (k) { this.m.delete(k) }
  async list (prefix) {
    return [...this.m.keys()].filter((k) => k.startsWith(prefix)).sort().map((k) => clone(this.m.get(k)))
  }
}

const clone = (v) => (v === undefined ? undefined : structuredClone(v))

const DB_VERSION = 1
const STORE = 'kv'

/**
 * openStore opens (or creates) the IndexedDB database name and returns
 * the store's interface over it. It throws when the browser has no
 * IndexedDB (a private window of some browsers): the caller says so.
 */
export async function openStore (name = 'rings-chat', idb = globalThis.indexedDB) {
  if (!idb) throw new Error('this browser keeps no IndexedDB here (a private window?), so the page cannot keep its key or your unsent messages')
  const db = await new Promise((resolve, reject) => {
    const req = idb.open(name, DB_VERSION)
    req.onupgradeneeded = () => req.result.createObjectStore(STORE)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
    req.onblocked = () => reject(new Error('the page\'s database is held by an older tab of this page: close it and reload'))
  })
  // Another tab upgrading the database: let it.
  db.onversionchange = () => db.close()
  const tx = (mode, fn) => new Promise((resolve, reject) => {
    const t = db.transaction(STORE, mode, { durability: 'strict' })
    let out
    t.oncomplete = () => resolve(out)
    t.onerror = () => reject(t.error)
    t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction aborted'))
    const req = fn(t.objectStore(STORE))
    if (req) req.onsuccess = () => { out = req.result }
  })
  return {
    get: (k) => tx('readonly', (s) => s.get(k)),
    put: (k, v) => tx('readwrite', (s) => { s.put(v, k) }),
    delete: (k) => tx('readwrite', (s) => { s.delete(k) }),
    list: (prefix) => tx('readonly', (s) => s.getAll(IDBKeyRange.bound(prefix, prefix + '\uffff')))
  }
}
