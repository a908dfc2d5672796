import type { Hono } from 'hono'
import { alsoRateLimit, alsoSandboxCredentials, createAlsoSimulator } from '../also'
import {
  arrowsphereRateLimit,
  arrowsphereSandboxCredentials,
  createArrowSphereSimulator,
} from '../arrowsphere'
import { crayonRateLimit, crayonSandboxCredentials, createCrayonSimulator } from '../crayon'
import {
  createDickerDataSimulator,
  dickerdataRateLimit,
  dickerdataSandboxCredentials,
} from '../dickerdata'
import type { FaultConfig } from '../faults/types'
import { createPax8Simulator, pax8RateLimit, pax8SandboxCredentials } from '../pax8'
import { createIngramSimulator, ingramRateLimit, ingramSandboxCredentials } from '../ingram'
import { createRhipeSimulator, rhipeRateLimit, rhipeSandboxCredentials } from '../rhipe'
import { createSherwebSimulator, sherwebRateLimit, sherwebSandboxCredentials } from '../sherweb'
import { createTdsynnexSimulator, tdsynnexRateLimit, tdsynnexSandboxCredentials } from '../tdsynnex'
import type { World } from '../world/generate-world'

/** The credentials a simulator accepts, by the adapter's field keys. */
export type SandboxCredentials = {
  config: Record<string, string>
  secrets: Record<string, string>
}

export type SandboxEntry = {
  /** Adapter id; the simulator is mounted at `/${id}`. */
  id: string
  credentials: SandboxCredentials
  rateLimit: { requestsPerSecond: number; burst: number }
  create(options: { world: World; faults?: FaultConfig }): Hono
}

/** One entry per simulator: what the sandbox server mounts and what the benchmarks list. */
export const sandboxCatalogue: readonly SandboxEntry[] = [
  {
    id: 'arrowsphere',
    credentials: arrowsphereSandboxCredentials,
    rateLimit: arrowsphereRateLimit,
    create: (o) => createArrowSphereSimulator({ ...o, credentials: arrowsphereSandboxCredentials }),
  },
  {
    id: 'also',
    credentials: alsoSandboxCredentials,
    rateLimit: alsoRateLimit,
    create: (o) => createAlsoSimulator({ ...o, credentials: alsoSandboxCredentials }),
  },
  {
    id: 'dickerdata',
    credentials: dickerdataSandboxCredentials,
    rateLimit: dickerdataRateLimit,
    create: (o) => createDickerDataSimulator({ ...o, credentials: dickerdataSandboxCredentials }),
  },
  {
    id: 'rhipe',
    credentials: rhipeSandboxCredentials,
    rateLimit: rhipeRateLimit,
    create: (o) => createRhipeSimulator({ ...o, credentials: rhipeSandboxCredentials }),
  },
  {
    id: 'sherweb',
    credentials: sherwebSandboxCredentials,
    rateLimit: sherwebRateLimit,
    create: (o) => createSherwebSimulator({ ...o, credentials: sherwebSandboxCredentials }),
  },
  {
    id: 'crayon',
    credentials: crayonSandboxCredentials,
    rateLimit: crayonRateLimit,
    create: (o) => createCrayonSimulator({ ...o, credentials: crayonSandboxCredentials }),
  },
  {
    id: 'pax8',
    credentials: pax8SandboxCredentials,
    rateLimit: pax8RateLimit,
    create: (o) => createPax8Simulator({ ...o, credentials: pax8SandboxCredentials }),
  },
  {
    id: 'ingram',
    credentials: ingramSandboxCredentials,
    rateLimit: ingramRateLimit,
    create: (o) => createIngramSimulator({ ...o, credentials: ingramSandboxCredentials }),
  },
  {
    id: 'tdsynnex',
    credentials: tdsynnexSandboxCredentials,
    rateLimit: tdsynnexRateLimit,
    create: (o) => createTdsynnexSimulator({ ...o, credentials: tdsynnexSandboxCredentials }),
  },
]
