import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../app-env'
import { fieldError } from '../connections/field-error'
import { parseBody } from '../connections/parse-body'
import { errorBody } from '../errors/error-body'
import { orRegisterError } from '../register/register-error'
import { registerStub } from '../register/register-stub'

const LimitSchema = v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(200))

/** /api/runs: the run ledger and undo (docs/api.md "Runs"). */
export const runRoutes = new Hono<AppEnv>()

runRoutes.get('/', async (c) => {
  const { limit: rawLimit, before } = c.req.query()
  const limit = rawLimit === undefined ? 50 : v.safeParse(LimitSchema, rawLimit)
  if (typeof limit !== 'number' && !limit.success)
    throw fieldError('limit', 'limit must be a whole number from 1 to 200.')
  const runs = await registerStub(c.env).listRuns({
    limit: typeof limit === 'number' ? limit : limit.output,
    ...(before ? { before } : {}),
  })
  return c.json({ runs })
})

runRoutes.get('/:id', async (c) => {
  const detail = await registerStub(c.env).getRun(c.req.param('id'))
  if (!detail) return c.json(errorBody(`There is no run ${c.req.param('id')}.`), 404)
  return c.json(detail)
})

runRoutes.post('/:id/undo', async (c) => {
  await parseBody(c, v.object({}))
  return c.json(
    await orRegisterError(() => registerStub(c.env).undoRun(c.req.param('id'), c.get('actor'))),
  )
})
