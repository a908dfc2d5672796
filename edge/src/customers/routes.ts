import { CustomerCsvSchema, CustomerInputSchema, CustomerPatchSchema } from '@seatkeeper/core'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { idempotencyKey } from '../http/idempotency-key'
import { parseBody } from '../http/parse-body'
import { unwrap } from '../http/result'
import { registerStub } from '../register/register-stub'

/** /api/customers: a person's own edits, each a run that can be undone (docs/api.md "Register"). */
export const customerRoutes = new Hono<AppEnv>()

customerRoutes.post('/', async (c) => {
  const input = await parseBody(c, CustomerInputSchema)
  const key = idempotencyKey(c)
  const customer = unwrap(await registerStub(c.env).createCustomer(input, c.get('actor'), key))
  return c.json(customer, 201)
})

customerRoutes.post('/import', async (c) => {
  const { csv } = await parseBody(c, CustomerCsvSchema)
  const key = idempotencyKey(c)
  return c.json(await registerStub(c.env).importCustomersCsv(csv, c.get('actor'), key))
})

customerRoutes.patch('/:id', async (c) => {
  const { version, ...patch } = await parseBody(c, CustomerPatchSchema)
  const register = registerStub(c.env)
  return c.json(
    unwrap(await register.updateCustomer(c.req.param('id'), version, patch, c.get('actor'))),
  )
})
