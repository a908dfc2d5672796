import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../app-env'
import { parseBody } from '../connections/parse-body'
import { orRegisterError } from './register-error'
import { registerStub } from './register-stub'

const TopLevelBodySchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
})

/** /api/top-levels: the groups customers belong to (docs/api.md "Register"). */
export const topLevelRoutes = new Hono<AppEnv>()

topLevelRoutes.post('/', async (c) => {
  const { name } = await parseBody(c, TopLevelBodySchema)
  const topLevel = await orRegisterError(() =>
    registerStub(c.env).createTopLevel(name, c.get('actor')),
  )
  return c.json(topLevel, 201)
})
