import { RunListQuerySchema } from '@seatkeeper/core'
import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'
import { parseBody } from '../http/parse-body'
import { unwrap } from '../http/result'
import { streamedResponse } from '../register/register-snapshot'
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

runRoutes.post('/:id/undo', async (c) => {
  await parseBody(c, v.object({}))
  return c.json(unwrap(await registerStub(c.env).undoRun(c.req.param('id'), c.get('actor'))))
})
