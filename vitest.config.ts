import { defineConfig } from 'vitest/config'

// One `pnpm test` runs every project; each later project (edge runtime tests, browser e2e) adds
// itself here with its own environment.
export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/closing-line.ts'],
    projects: [
      {
        test: {
          name: 'core',
          root: 'packages/core',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'distributors',
          root: 'packages/distributors',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'psa',
          root: 'packages/psa',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'sandbox',
          root: 'packages/sandbox',
          include: ['src/**/*.test.ts'],
        },
      },
      // Runs inside workerd through @cloudflare/vitest-plugin (edge/vitest.config.ts).
      'edge/vitest.config.ts',
      {
        // The Solid plugin in web/vite.config.ts would pick a DOM environment; these are plain units.
        test: { name: 'web', root: 'web', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        // The whole app as `pnpm start` runs it, driven in Debian's headless Chromium.
        test: {
          name: 'e2e',
          root: 'test',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
