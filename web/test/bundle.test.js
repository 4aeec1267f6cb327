import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { bundle } from '../build.js'
import { V, hex } from './vectors.js'

const committed = new URL('../dist/rings.js', import.meta.url)

test('rebuilding the bundle changes nothing', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rings-bundle-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  const out = join(dir, 'rings.js')
  await bundle(out)
  const want = readFileSync(committed)
  const got = readFileSync(out)
  assert.ok(got.equals(want), `dist/rings.js is stale (${want.length} bytes, a rebuild gives ${got.length}): run npm run build --prefix web`)
})

test('the bundle is under 150 KB gzipped', () => {
  const size = gzipSync(readFileSync(committed), { level: 9 }).length
  assert.ok(size <= 150 * 1024, `${size} bytes gzipped`)
})

test('the bundle verifies the Go log and refuses a tampered one', async () => {
  const rings = await import(committed.href)
  const get = (l) => rings.blockGetter(l.nodes, hex)
  const ok = await rings.verifyLog({ ...V.log, getBlock: get(V.log) })
  assert.equal(ok.ok, true)
  const t = V.tampered[0]
  const bad = await rings.verifyLog({ ...t, getBlock: get(t) })
  assert.equal(bad.bad.check, t.check)
})
