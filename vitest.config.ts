import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Vitest's own order (projects in turn; within one, failed files first, then the longest), except
 * that the e2e seed flow always runs first in its project: it is the new MSP meeting an empty
 * register, and every other e2e file shares that register (one app for the suite), so it only
 * meets an empty one when nothing ran before it. Without this, a file that failed last time runs
 * first and the seed flow's "nothing to map yet" no longer holds.
 */
class SeedFlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const isSeedFlow = (spec: TestSpecification) =>
      spec.project.name === 'e2e' && spec.moduleId.endsWith('/seed-flow.e2e.test.ts')
    const seedFlow = sorted.filter(isSeedFlow)
    if (seedFlow.length === 0) return sorted
    const rest = sorted.filter((spec) => !isSeedFlow(spec))
    const at = rest.findIndex((spec) => spec.project.name === 'e2e')
    return at === -1
      ? [...rest, ...seedFlow]
      : [...rest.slice(0, at), ...seedFlow, ...rest.slice(at)]
  }
}

// One `pnpm test` runs every project; each later project (edge runtime tests, browser e2e) adds
// itself here with its own environment.
export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/closing-line.ts'],
    sequence: { sequencer: SeedFlowFirst },
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
      'edge/vitest.workflows.config.ts',
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
