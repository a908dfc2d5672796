import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineProject } from 'vitest/config'

// The sync workflow against the real Workflows engine of @cloudflare/vitest-plugin (its
// introspection helpers: mocked step failures, disabled sleeps, step results). An instance runs
// with the Worker's own bindings, not a request's, so this project's are `pnpm start`'s: local
// mode, where the sandbox environment resolves to the in-process simulators of the tests.
export default defineProject({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: '../wrangler.toml' },
      miniflare: {
        bindings: {
          CREDENTIALS_KEY: 'AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=',
          CREDENTIALS_KEY_ID: 'test-1',
          LOCAL_MODE: 'true',
          SANDBOX_ORIGIN: 'http://sandbox.test',
          ACCESS_TEAM_DOMAIN: '',
          ACCESS_AUD: '',
          // Steps of ten customers, so a 25-customer book is read in three.
          SYNC_CUSTOMERS_PER_STEP: '10',
        },
      },
    }),
  ],
  test: {
    name: 'edge-workflows',
    include: ['test/workflows/**/*.test.ts'],
  },
})
