import type { Hono } from 'hono'
import { atSandboxCredentials, createAtSimulator } from '../autotask'
import { createCwSimulator, cwSandboxCredentials } from '../connectwise'
import type { FaultConfig } from '../faults/types'
import { createHaloSimulator, haloSandboxCredentials } from '../halopsa'
import type { World } from '../world/generate-world'
import type { SandboxCredentials } from './sandbox-catalogue'

/** A PSA simulator: its adapter id (mounted at `/${id}`), the credentials it accepts, and the app. */
export type PsaSandboxEntry = {
  id: string
  credentials: SandboxCredentials
  create(options: { world: World; faults?: FaultConfig; now?: () => number }): Hono
}

/**
 * The PSA simulators the sandbox server mounts beside the distributors', listed apart (`psas` on
 * its front page) because sandboxCatalogue is the distributors' (and the benchmarks').
 */
export const psaSandboxCatalogue: readonly PsaSandboxEntry[] = [
  {
    id: 'halopsa',
    credentials: haloSandboxCredentials,
    create: (o) => createHaloSimulator({ ...o, credentials: haloSandboxCredentials }),
  },
  {
    id: 'connectwise',
    credentials: cwSandboxCredentials,
    create: (o) => createCwSimulator({ ...o, credentials: cwSandboxCredentials }),
  },
  {
    id: 'autotask',
    credentials: atSandboxCredentials,
    create: (o) => createAtSimulator({ ...o, credentials: atSandboxCredentials }),
  },
]
