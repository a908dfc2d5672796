import {
  ChangesQuerySchema,
  CHANGES_PAGE_MAX,
  PLAN_UPLOAD_MAX_PARTS,
  PlanPartSchema,
  PlanRequestSchema,
  PlanUploadCommitSchema,
  type Plan,
} from '@seatkeeper/core'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'
import { idempotencyKey } from '../http/idempotency-key'
import * as v from 'valibot'
import { parseBody } from '../http/parse-body'
import { unwrap } from '../http/result'
import type { ApplyResult, UploadCommitInput } from './register-rpc'
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
  const { since, limit = CHANGES_PAGE_MAX, from = 0 } = query.output
  return c.json(await registerStub(c.env).changes(since, limit, from))
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
  return planAnswer(c, result)
})

// A plan over one request's cap, in parts (docs/api.md "Plans in parts"): start, parts, commit.
registerRoutes.post('/plans/uploads', async (c) =>
  c.json(await registerStub(c.env).startPlanUpload(), 201),
)

registerRoutes.put('/plans/uploads/:id/parts/:part', async (c) => {
  const part = Number(c.req.param('part'))
  if (!Number.isInteger(part) || part < 0 || part >= PLAN_UPLOAD_MAX_PARTS) {
    throw new AppError(
      'invalid',
      `The part number must be a whole number from 0 to ${PLAN_UPLOAD_MAX_PARTS - 1}.`,
      { field: 'part' },
    )
  }
  const { operations } = await parseBody(c, PlanPartSchema)
  return c.json(unwrap(await registerStub(c.env).putPlanPart(c.req.param('id'), part, operations)))
})

registerRoutes.post('/plans/uploads/:id/commit', async (c) => {
  const body = await parseBody(c, PlanUploadCommitSchema)
  const result = await registerStub(c.env).commitPlanUpload({
    uploadId: c.req.param('id'),
    baseVersion: body.baseVersion,
    parts: body.parts,
    plan: body.plan as unknown as UploadCommitInput['plan'],
    actor: c.get('actor'),
    trigger: 'user',
  })
  if (!result.ok && result.reason === 'not-found') throw new AppError('not-found', result.message)
  return planAnswer(c, result)
})

/** A plan's answer: the new version and run, a 409 with the register's version, or a 400. */
function planAnswer(c: Context<AppEnv>, result: ApplyResult) {
  if (result.ok) return c.json({ version: result.version, runId: result.runId })
  if (result.reason === 'stale')
    return c.json({ error: { message: result.message }, version: result.version }, 409)
  throw new AppError(
    'invalid',
    result.message,
    result.field === undefined ? {} : { field: result.field },
  )
}
