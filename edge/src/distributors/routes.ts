import type { DistributorList, PsaList, SandboxCredentials } from '@seatkeeper/core'
import { adapters } from '@seatkeeper/distributors'
import { psaAdapters } from '@seatkeeper/psa'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../app-env'
import { isLocalMode } from '../http/runtime-env'
import { connectorInfo } from './connector-info'
import { sandboxCredentials } from './sandbox-credentials'

/**
 * GET /api/distributors: each adapter's form (DistributorListSchema). The sandbox choice, and the simulators' sandbox
 * credentials (so a new user can connect without reading code), exist only in local mode.
 */
export const distributorRoutes = new Hono<AppEnv>()

distributorRoutes.get('/', async (c) => {
  const { local, sandbox } = await forms(c)
  return c.json({
    distributors: adapters.map((adapter) => connectorInfo(adapter, local, sandbox)),
  } satisfies DistributorList)
})

/** GET /api/psas: each PSA adapter's form (PsaListSchema), with the same local-mode rules. */
export const psaRoutes = new Hono<AppEnv>()

psaRoutes.get('/', async (c) => {
  const { local, sandbox } = await forms(c)
  return c.json({
    psas: psaAdapters.map((adapter) => connectorInfo(adapter, local, sandbox)),
  } satisfies PsaList)
})

async function forms(c: Context<AppEnv>) {
  const local = isLocalMode(c.env)
  const sandbox: Map<string, SandboxCredentials> =
    local && c.env.SANDBOX_ORIGIN ? await sandboxCredentials(c.env.SANDBOX_ORIGIN) : new Map()
  return { local, sandbox }
}
