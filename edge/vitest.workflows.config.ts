import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineProject } from 'vitest/config'
import { workerBindings } from './vitest.bindings'

// The sync workflow against the real Workflows engine of @cloudflare/vitest-plugin (its
// introspection helpers: mocked step failures, disabled sleeps, step results). An instance runs
// with the Worker's own bindings, not a request's, so this project's are `pnpm start`'s: local
// mode, where the sandbox environment resolves to the in-process simulators of the tests.
export default defineProject({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: '../wrangler.toml' },
      miniflare: {
        // Steps of ten customers, so a 25-customer book is read in three.
        bindings: workerBindings({
          localMode: true,
          sandboxOrigin: 'http://sandbox.test',
          extra: { SYNC_CUSTOMERS_PER_STEP: '10' },
        }),
      },
    }),
  ],
  test: {
    name: 'edge-workflows',
    include: ['test/workflows/**/*.test.ts'],
  },
})
