import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineProject } from 'vitest/config'

// Every edge test runs inside workerd with the real bindings from the root wrangler.toml: KV,
// the register Durable Object, the SYNC_JOBS queue. Secrets and vars are fixed test values here;
// Access is configured (tests of local mode switch LOCAL_MODE per request env).
export default defineProject({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: '../wrangler.toml' },
      miniflare: {
        bindings: {
          // 32 bytes of 0x01..0x20, base64: a fixed key so failures reproduce.
          CREDENTIALS_KEY: 'AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=',
          CREDENTIALS_KEY_ID: 'test-1',
          LOCAL_MODE: 'false',
          SANDBOX_ORIGIN: 'http://sandbox.test',
          ACCESS_TEAM_DOMAIN: 'https://seatkeeper-test.cloudflareaccess.com',
          ACCESS_AUD: 'test-audience-tag',
        },
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
