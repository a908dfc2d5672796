import { RUN_OPERATIONS_PAGE, RunListQuerySchema, RunOperationsQuerySchema } from '@seatkeeper/core'
import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'
import { parseBody } from '../http/parse-body'
import { unwrap } from '../http/result'
import { PAGE_CHARS, streamedResponse } from '../register/register-snapshot'
import { registerStub } from '../register/register-stub'
import { runDocument } from './run-document'

/** /api/runs: the run ledger and undo (docs/api.md "Runs"). */
export const runRoutes = new Hono<AppEnv>()

runRoutes.get('/', async (c) => {
  const query = v.safeParse(RunListQuerySchema, c.req.query())
  if (!query.success)
    throw new AppError('invalid', 'limit must be a whole number from 1 to 200.', { field: 'limit' })
  const { limit = 50, before } = query.output
  const runs = await registerStub(c.env).listRuns({ limit, ...(before ? { before } : {}) })
  return c.json({ runs })
})

runRoutes.get('/:id', async (c) => {
  const register = registerStub(c.env)
  const id = c.req.param('id')
  const head = unwrap(await register.getRunHead(id))
  return streamedResponse(runDocument(register, id, head), 'application/json')
})

runRoutes.get('/:id/head', async (c) =>
  c.json(unwrap(await registerStub(c.env).getRunHead(c.req.param('id')))),
)

// A page of the run's operations, as stored JSON: the Worker never parses them, it only joins them.
runRoutes.get('/:id/operations', async (c) => {
  const query = v.safeParse(RunOperationsQuerySchema, c.req.query())
  if (!query.success) {
    const issue = query.issues[0]
    const field = issue.path?.[0]?.key === 'from' ? 'from' : 'limit'
    throw new AppError('invalid', issue.message, { field })
  }
  const { from = 0, limit = RUN_OPERATIONS_PAGE.default } = query.output
  const register = registerStub(c.env)
  const id = c.req.param('id')
  const page = await register.runOperationsPage(id, from, limit, PAGE_CHARS)
  // An empty page is the end of a run, or no run at all: the head says which (404).
  if (page.rows.length === 0) unwrap(await register.getRunHead(id))
  return c.body(`{"operations":[${page.rows.join(',')}],"next":${page.next ?? 'null'}}`, 200, {
    'content-type': 'application/json',
  })
})

runRoutes.post('/:id/undo', async (c) => {
  await parseBody(c, v.object({}))
  return c.json(unwrap(await registerStub(c.env).undoRun(c.req.param('id'), c.get('actor'))))
})
