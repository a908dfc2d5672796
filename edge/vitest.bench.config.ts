import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { fileURLToPath } from 'node:url'
import { defineProject } from 'vitest/config'

// `pnpm bench edge`: the register Durable Object's figures, measured inside workerd like the
// runtime tests (same bindings), but kept out of `pnpm test` by their own file suffix.
export default defineProject({
  // Run from the repo root too (`pnpm bench edge`): paths below are the edge folder's.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    cloudflareTest({
      wrangler: { configPath: '../wrangler.toml' },
      miniflare: {
        bindings: {
          CREDENTIALS_KEY: 'AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=',
          CREDENTIALS_KEY_ID: 'bench-1',
          LOCAL_MODE: 'false',
          SANDBOX_ORIGIN: '',
          ACCESS_TEAM_DOMAIN: '',
          ACCESS_AUD: '',
        },
      },
    }),
  ],
  test: {
    name: 'edge-bench',
    include: ['bench/**/*.bench-run.ts'],
    testTimeout: 120_000,
  },
})
