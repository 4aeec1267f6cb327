// Builds, with the pinned esbuild:
//
//   dist/rings.js   the library (ESM, minified) from lib/index.js;
//   dist/app/       the chat page: app.js (app/main.js with the library,
//                   bundled and minified) beside copies of app/index.html
//                   and app/style.css. Every reference in them is relative,
//                   so the directory works at the gateway's /ring/app/ and
//                   from `ipfs add -r web/dist/app` at /ipfs/<cid>/.
//
// `node build.js [outdir]` writes into outdir (default: dist);
// test/bundle.test.js builds into a temporary directory and checks that
// the committed files are what it gets.

import { build } from 'esbuild'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = (p) => fileURLToPath(new URL(p, import.meta.url))

export const options = {
  entryPoints: [here('./lib/index.js')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  charset: 'utf8',
  absWorkingDir: here('.'),
  logLevel: 'warning'
}

/** appFiles are the chat page's files copied as they are. */
export const appFiles = ['index.html', 'style.css']

/** bundle writes the library's bundle to outfile. */
export async function bundle (outfile) {
  await build({ ...options, outfile })
}

/** bundleApp writes the chat page into outdir: app.js and appFiles. */
export async function bundleApp (outdir) {
  mkdirSync(outdir, { recursive: true })
  await build({ ...options, entryPoints: [here('./app/main.js')], outfile: join(outdir, 'app.js') })
  for (const f of appFiles) copyFileSync(here(`./app/${f}`), join(outdir, f))
}

/** buildAll writes dist/rings.js and dist/app/ under outdir. */
export async function buildAll (outdir = here('./dist')) {
  await bundle(join(outdir, 'rings.js'))
  await bundleApp(join(outdir, 'app'))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll(process.argv[2] ?? here('./dist'))
}
