import { TopLevelInputSchema } from '@seatkeeper/core'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { idempotencyKey } from '../http/idempotency-key'
import { parseBody } from '../http/parse-body'
import { unwrap } from '../http/result'
import { registerStub } from './register-stub'

/** /api/top-levels: the groups customers belong to (docs/api.md "Register"). */
export const topLevelRoutes = new Hono<AppEnv>()

topLevelRoutes.post('/', async (c) => {
  const { name } = await parseBody(c, TopLevelInputSchema)
  const key = idempotencyKey(c)
  const topLevel = unwrap(await registerStub(c.env).createTopLevel(name, c.get('actor'), key))
  return c.json(topLevel, 201)
})
