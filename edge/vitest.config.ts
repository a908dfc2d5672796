import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineProject } from 'vitest/config'
import { workerBindings } from './vitest.bindings'

// Every edge test runs inside workerd with the real bindings from the root wrangler.toml: KV,
// the register Durable Object, the sync workflow, the SYNC_JOBS queue. Secrets and vars are fixed test values here;
// Access is configured (tests of local mode switch LOCAL_MODE per request env).
export default defineProject({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: '../wrangler.toml' },
      miniflare: {
        bindings: workerBindings({
          localMode: false,
          sandboxOrigin: 'http://sandbox.test',
          access: {
            teamDomain: 'https://seatkeeper-test.cloudflareaccess.com',
            aud: 'test-audience-tag',
          },
        }),
      },
    }),
  ],
  test: {
    name: 'edge',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Against the real Workflows engine, with local mode's bindings (vitest.workflows.config.ts).
    exclude: ['test/workflows/**'],
  },
})
