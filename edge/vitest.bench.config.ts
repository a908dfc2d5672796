import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'
import { workerBindings } from './vitest.bindings'

// `pnpm bench edge`: the register Durable Object's figures, measured inside workerd like the
// runtime tests (same bindings), but kept out of `pnpm test` by their own file suffix.
// `pnpm bench workflow` (BENCH_LONG=1) runs the long ones instead: the sync workflow at 20,000
// customers, tens of minutes. Local mode, so a workflow instance (which runs with these bindings,
// not a request's) reaches the in-process sandbox; BENCH_SCALE=0.1 runs it at a tenth of the size.
const long = process.env.BENCH_LONG === '1'
export default defineProject({
  // Run from the repo root too (`pnpm bench edge`): paths below are the edge folder's.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    cloudflareTest({
      wrangler: { configPath: '../wrangler.toml' },
      miniflare: {
        bindings: workerBindings({
          localMode: true,
          sandboxOrigin: 'http://sandbox.bench',
          keyId: 'bench-1',
          extra: {
            BENCH_SCALE: process.env.BENCH_SCALE ?? '1',
            // Sherweb's 4 calls a second, 8 times over: the 20,000-customer bench ends in minutes.
            SANDBOX_RATE_SCALE: '8',
          },
        }),
      },
    }),
  ],
  test: {
    name: 'edge-bench',
    include: long ? ['bench/**/*.bench-long.ts'] : ['bench/**/*.bench-run.ts'],
    testTimeout: long ? 3 * 60 * 60 * 1000 : 120_000,
  },
})
