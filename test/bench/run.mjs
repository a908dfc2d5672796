// `pnpm bench`: bundles the benchmarks the way the app ships (esbuild, no keepNames wrappers that
// a dev-time TypeScript loader adds to every function), then runs them with plain Node.
import { build } from 'esbuild'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const outfile = fileURLToPath(new URL('../../node_modules/.cache/seatkeeper-bench/index.mjs', import.meta.url))
await build({
  entryPoints: [`${here}/index.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  logLevel: 'warning',
})
await import(pathToFileURL(outfile).href)
