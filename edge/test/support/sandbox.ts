import {
  createSandboxServer,
  generateWorld,
  type FaultConfig,
  type World,
} from '@seatkeeper/sandbox'
import { env } from 'cloudflare:workers'
import type { OriginHandler } from './outbound'

/** The origin the test Worker's SANDBOX_ORIGIN var names (edge/vitest.config.ts). */
export const SANDBOX_ORIGIN = env.SANDBOX_ORIGIN

export type TestSandbox = { world: World; handler: OriginHandler }

/**
 * All five simulators in process, as `pnpm start` serves them on SANDBOX_ORIGIN. A small seeded
 * world keeps runtime tests quick; pass faults to provoke 429s, 5xx, short listings.
 */
export function testSandbox(
  options: {
    seed?: number
    customers?: number
    subscriptions?: number
    faults?: FaultConfig
    world?: World
  } = {},
): TestSandbox {
  const world =
    options.world ??
    generateWorld({
      seed: options.seed ?? 7,
      customers: options.customers ?? 12,
      subscriptions: options.subscriptions ?? 48,
    })
  const app = createSandboxServer({ world, ...(options.faults ? { faults: options.faults } : {}) })
  return { world, handler: (request) => app.fetch(request) }
}
