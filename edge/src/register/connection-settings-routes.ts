import { ConnectionSettingsSchema, QuarantineDecisionSchema } from '@seatkeeper/core'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { parseBody } from '../http/parse-body'
import { unwrap } from '../http/result'
import { registerStub } from './register-stub'

/**
 * /api/connections/:id/settings and /quarantine: what the register keeps per connection. Settings
 * are keyed by the id alone (an id the vault does not know reads as the defaults); the vault
 * clears them when the connection is deleted (docs/register.md).
 */
export const connectionSettingsRoutes = new Hono<AppEnv>()

connectionSettingsRoutes.get('/:id/settings', async (c) =>
  c.json(await registerStub(c.env).getSettings(c.req.param('id'))),
)

connectionSettingsRoutes.put('/:id/settings', async (c) => {
  const settings = await parseBody(c, ConnectionSettingsSchema)
  return c.json(unwrap(await registerStub(c.env).putSettings(c.req.param('id'), settings)))
})

connectionSettingsRoutes.get('/:id/quarantine', async (c) =>
  c.json({ items: await registerStub(c.env).getQuarantine(c.req.param('id')) }),
)

connectionSettingsRoutes.post('/:id/quarantine/:subscriptionId', async (c) => {
  const { decision } = await parseBody(c, QuarantineDecisionSchema)
  const { id, subscriptionId } = c.req.param()
  const register = registerStub(c.env)
  return c.json(
    unwrap(await register.decideQuarantine(id, subscriptionId, decision, c.get('actor'))),
  )
})
