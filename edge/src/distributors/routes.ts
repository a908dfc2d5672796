import type { DistributorList, SandboxCredentials } from '@seatkeeper/core'
import { adapters } from '@seatkeeper/distributors'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { isLocalMode } from '../http/runtime-env'
import { sandboxCredentials } from './sandbox-credentials'

/**
 * GET /api/distributors: each adapter's form (DistributorListSchema). The sandbox choice, and the simulators' sandbox
 * credentials (so a new user can connect without reading code), exist only in local mode.
 */
export const distributorRoutes = new Hono<AppEnv>()

distributorRoutes.get('/', async (c) => {
  const local = isLocalMode(c.env)
  const sandbox: Map<string, SandboxCredentials> =
    local && c.env.SANDBOX_ORIGIN ? await sandboxCredentials(c.env.SANDBOX_ORIGIN) : new Map()
  return c.json({
    distributors: adapters.map((adapter) => {
      const credentials = sandbox.get(adapter.id)
      return {
        id: adapter.id,
        label: adapter.label,
        fields: adapter.fields.map((field) => ({
          key: field.key,
          label: field.label,
          help: field.help,
          required: field.required,
          secret: field.secret === true,
          ...(field.options
            ? {
                options: field.options
                  .filter((o) => local || o.value !== 'sandbox')
                  .map((o) => ({ value: o.value, label: o.label })),
              }
            : {}),
        })),
        ...(credentials ? { sandbox: credentials } : {}),
      }
    }),
  } satisfies DistributorList)
})
