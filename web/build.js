// Builds dist/rings.js (ESM, minified) from lib/index.js with the pinned
// esbuild. `node build.js [outfile]`; test/bundle.test.js builds into a
// temporary file and checks that the committed bundle is what it gets.

import { build } from 'esbuild'
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

export async function bundle (outfile) {
  await build({ ...options, outfile })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundle(process.argv[2] ?? here('./dist/rings.js'))
}
