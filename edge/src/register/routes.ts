import { PlanRequestSchema, type Plan } from '@seatkeeper/core'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'
import { idempotencyKey } from '../http/idempotency-key'
import { parseBody } from '../http/parse-body'
import { registerStub } from './register-stub'

/** /api/register: the snapshot, and applying a plan (docs/api.md "Register"). */
export const registerRoutes = new Hono<AppEnv>()

registerRoutes.get('/', async (c) => c.json(await registerStub(c.env).snapshot()))

registerRoutes.post('/plans', async (c) => {
  const body = await parseBody(c, PlanRequestSchema)
  const key = idempotencyKey(c)
  const result = await registerStub(c.env).applyPlan({
    ...(key ? { idempotencyKey: key } : {}),
    baseVersion: body.baseVersion,
    plan: body.plan as unknown as Plan,
    actor: c.get('actor'),
    trigger: 'user',
  })
  if (result.ok) return c.json({ version: result.version, runId: result.runId })
  if (result.reason === 'stale')
    return c.json({ error: { message: result.message }, version: result.version }, 409)
  throw new AppError(
    'invalid',
    result.message,
    result.field === undefined ? {} : { field: result.field },
  )
})
