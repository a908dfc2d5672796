import {
  ChangesQuerySchema,
  CHANGES_PAGE_MAX,
  PlanRequestSchema,
  type Plan,
} from '@seatkeeper/core'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'
import { idempotencyKey } from '../http/idempotency-key'
import * as v from 'valibot'
import { parseBody } from '../http/parse-body'
import {
  registerDocument,
  snapshotLines,
  snapshotPages,
  streamedResponse,
} from './register-snapshot'
import { registerStub } from './register-stub'

/** /api/register: the snapshot, the changes since a version, applying a plan (docs/api.md "Register"). */
export const registerRoutes = new Hono<AppEnv>()

// Both read the register a page per RPC (register-snapshot.ts): one RPC answer would pass Workers
// RPC's 32 MiB at ~94,000 subscriptions.
registerRoutes.get('/', async (c) =>
  streamedResponse(registerDocument(snapshotPages(registerStub(c.env))), 'application/json'),
)

registerRoutes.get('/snapshot', async (c) =>
  streamedResponse(snapshotLines(snapshotPages(registerStub(c.env))), 'application/x-ndjson'),
)

registerRoutes.get('/changes', async (c) => {
  const query = v.safeParse(ChangesQuerySchema, c.req.query())
  if (!query.success) {
    const issue = query.issues[0]
    throw new AppError('invalid', issue.message, { field: v.getDotPath(issue) ?? 'since' })
  }
  const { since, limit = CHANGES_PAGE_MAX } = query.output
  return c.json(await registerStub(c.env).changes(since, limit))
})

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
