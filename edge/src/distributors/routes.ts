import { adapters } from '@seatkeeper/distributors'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { isLocalMode } from '../connections/runtime-env'

/** GET /api/distributors: each adapter's form. The sandbox choice exists only in local mode. */
export const distributorRoutes = new Hono<AppEnv>()

distributorRoutes.get('/', (c) => {
  const local = isLocalMode(c.env)
  return c.json({
    distributors: adapters.map((adapter) => ({
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
    })),
  })
})
