import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../app-env'
import { parseBody } from '../connections/parse-body'
import { orRegisterError } from '../register/register-error'
import { registerStub } from '../register/register-stub'
import { CustomerInputSchema, CustomerPatchSchema } from './customer-input-schema'

// A spreadsheet of a few hundred thousand customers; more should be split (the run stays readable).
const CsvBodySchema = v.object({ csv: v.pipe(v.string(), v.maxLength(5_000_000)) })

/** /api/customers: a person's own edits, each a run that can be undone (docs/api.md "Register"). */
export const customerRoutes = new Hono<AppEnv>()

customerRoutes.post('/', async (c) => {
  const input = await parseBody(c, CustomerInputSchema)
  const customer = await orRegisterError(() =>
    registerStub(c.env).createCustomer(input, c.get('actor')),
  )
  return c.json(customer, 201)
})

customerRoutes.post('/import', async (c) => {
  const { csv } = await parseBody(c, CsvBodySchema)
  return c.json(await registerStub(c.env).importCustomersCsv(csv, c.get('actor')))
})

customerRoutes.patch('/:id', async (c) => {
  const { version, ...patch } = await parseBody(c, CustomerPatchSchema)
  const customer = await orRegisterError(() =>
    registerStub(c.env).updateCustomer(c.req.param('id'), version, patch, c.get('actor')),
  )
  return c.json(customer)
})
