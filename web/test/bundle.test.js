import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { bundle, bundleApp, appFiles } from '../build.js'
import { V, hex } from './vectors.js'

const committed = new URL('../dist/rings.js', import.meta.url)
const committedApp = new URL('../dist/app/', import.meta.url)

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

test('rebuilding the chat page changes nothing', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'rings-app-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  await bundleApp(dir)
  const files = ['app.js', ...appFiles].sort()
  assert.deepEqual(readdirSync(committedApp).sort(), files, 'dist/app holds exactly the built files')
  for (const f of files) {
    const want = readFileSync(new URL(f, committedApp))
    const got = readFileSync(join(dir, f))
    assert.ok(got.equals(want), `dist/app/${f} is stale (${want.length} bytes, a rebuild gives ${got.length}): run npm run build --prefix web`)
  }
})

test('the chat page refers to its files relatively and is under 150 KB gzipped', () => {
  const html = readFileSync(new URL('index.html', committedApp), 'utf8')
  const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1])
  assert.deepEqual(refs.sort(), ['./app.js', './style.css'])
  const size = gzipSync(readFileSync(new URL('app.js', committedApp)), { level: 9 }).length
  assert.ok(size <= 150 * 1024, `app.js: ${size} bytes gzipped`)
})
