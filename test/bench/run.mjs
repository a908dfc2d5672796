// `pnpm bench [core|previews|billing|suggest-quality|edge|web|web-large|distributors|workflow|all]`: prints figures for every speed target; never a
// pass/fail test. No argument runs the quick ones (core, edge, web); `suggest-quality` (a few
// seconds: recall and false highs of suggestions on a generated book) runs when asked or with all; `distributors` takes ~25 min
// (Sherweb and ALSO fan out one call per customer at their rate limits) and runs only when asked;
// `web-large` (web at 3,000 / 15,000 and 10,000 / 100,000, tens of minutes) only when asked or with all.
//  - previews: the web's import preview and run page models, timed in Node (also part of core).
//  - billing: reconcile and suggestBillingLinks at 1×, 2× and 4×, timed in Node (also part of core).
//  - core, previews, billing, suggest-quality, distributors: bundled with esbuild the way the app ships (no keepNames wrappers that a
//    dev-time TypeScript loader adds to every function), then run with plain Node.
//  - edge: inside workerd through @cloudflare/vitest-plugin (edge/vitest.bench.config.ts).
//  - workflow: the sync workflow on a 20,000-customer Sherweb account, inside workerd (~15 min;
//    only when asked or with all; BENCH_SCALE=0.1 for a tenth of the size).
//  - web: the initial JavaScript's gzip size against its 60 KB budget (test/bench/web-bundle.mjs),
//    then the app in Chromium against a 3,000-customer sandbox (test/bench/web-app.ts);
//    BENCH_WEB_SIZES=<customers>x<subscriptions>,… picks other sizes.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = fileURLToPath(new URL('../..', import.meta.url))
const only = process.argv[2]
const known = [
  'core',
  'previews',
  'billing',
  'suggest-quality',
  'edge',
  'web',
  'web-large',
  'distributors',
  'workflow',
  'all',
]
if (only && !known.includes(only)) {
  console.error(`pnpm bench: unknown part "${only}". Choose one of: ${known.join(', ')}.`)
  process.exit(2)
}
const onlyWhenAsked = ['distributors', 'suggest-quality', 'web-large', 'workflow']
const wants = (part) => only === part || only === 'all' || (!only && !onlyWhenAsked.includes(part))
// Every part asked for runs, whatever an earlier one found (`failed ||= run()` skipped the rest
// once one missed a target); the exit code says whether any did.
let failed = false
const ran = (notOk) => {
  if (notOk) failed = true
}

for (const part of ['core', 'previews', 'billing', 'suggest-quality', 'distributors']) {
  // The core part prints the previews and billing too; alone they are `pnpm bench previews` and
  // `pnpm bench billing`.
  if (part === 'previews' || part === 'billing' ? only !== part : !wants(part)) continue
  const outfile = `${root}/node_modules/.cache/seatkeeper-bench/index.mjs`
  await build({
    entryPoints: [`${here}/index.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
  })
  // index.ts reads the part from argv; run it in its own process so each part starts on a fresh heap.
  ran(spawnSync(process.execPath, [outfile, part], { stdio: 'inherit' }).status !== 0)
}

/** The edge benches inside workerd (edge/vitest.bench.config.ts); `env` picks which. */
function edgeBench(env = {}) {
  const vitest = `${root}/node_modules/vitest/vitest.mjs`
  return (
    spawnSync(process.execPath, [vitest, 'run', '--config', 'edge/vitest.bench.config.ts'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env, WRANGLER_SEND_METRICS: 'false' },
    }).status !== 0
  )
}

if (wants('edge')) {
  console.log('\n== Edge (inside workerd)')
  ran(edgeBench())
}

if (wants('workflow')) {
  console.log('\n== Edge: the sync workflow at 20,000 customers (inside workerd)')
  ran(edgeBench({ BENCH_LONG: '1' }))
}

const large = wants('web-large')
if (wants('web') || large) {
  console.log('\n== Web: initial JavaScript')
  ran(
    spawnSync(process.execPath, [`${here}/web-bundle.mjs`, '--build'], { stdio: 'inherit' })
      .status !== 0,
  )
  // Run by tsx, as the e2e suite's support code it reuses (start the app, launch Chromium) is.
  const sizes = process.env.BENCH_WEB_SIZES ?? (large ? '3000x15000,10000x100000' : '3000x15000')
  ran(
    spawnSync(process.execPath, ['--import', 'tsx', `${here}/web-app.ts`], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BENCH_WEB_SIZES: sizes, WRANGLER_SEND_METRICS: 'false' },
    }).status !== 0,
  )
}

process.exit(failed ? 1 : 0)
