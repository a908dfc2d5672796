import {
  BillingLineCsvSchema,
  BillingLineInputSchema,
  BillingLinkInputSchema,
  BillingLinePatchSchema,
  BillingSettingsSchema,
  DismissInputSchema,
  NotBillableInputSchema,
  ProRataQuerySchema,
} from '@seatkeeper/core'
import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../app-env'
import { idempotencyKey } from '../http/idempotency-key'
import { bodyRefusal } from '../http/body-refusal'
import { parseBody } from '../http/parse-body'
import { unwrap } from '../http/result'
import { readRegister } from '../register/register-snapshot'
import { registerStub } from '../register/register-stub'
import { billingLinesToCsv } from './billing-lines-csv'

/**
 * /api/billing: billing lines, links, not-billable marks and dismissals (docs/api.md "Billing"),
 * each write a run of the one change model that can be undone from the Runs page.
 */
export const billingRoutes = new Hono<AppEnv>()

billingRoutes.post('/lines', async (c) => {
  const input = await parseBody(c, BillingLineInputSchema)
  const key = idempotencyKey(c)
  const line = unwrap(await registerStub(c.env).createBillingLine(input, c.get('actor'), key))
  return c.json(line, 201)
})

billingRoutes.post('/lines/import', async (c) => {
  const { csv } = await parseBody(c, BillingLineCsvSchema)
  const key = idempotencyKey(c)
  return c.json(await registerStub(c.env).importBillingLinesCsv(csv, c.get('actor'), key))
})

billingRoutes.get('/lines.csv', async (c) => {
  const csv = billingLinesToCsv(await readRegister(registerStub(c.env)))
  const today = new Date().toISOString().slice(0, 10)
  return c.body(csv, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="billing-lines-${today}.csv"`,
  })
})

billingRoutes.patch('/lines/:id', async (c) => {
  const { version, ...patch } = await parseBody(c, BillingLinePatchSchema)
  const register = registerStub(c.env)
  return c.json(
    unwrap(await register.updateBillingLine(c.req.param('id'), version, patch, c.get('actor'))),
  )
})

billingRoutes.delete('/lines/:id', async (c) => {
  const register = registerStub(c.env)
  return c.json(unwrap(await register.removeBillingLine(c.req.param('id'), c.get('actor'))))
})

billingRoutes.put('/subscriptions/:id/line', async (c) => {
  const { billingLineId } = await parseBody(c, BillingLinkInputSchema)
  const register = registerStub(c.env)
  return c.json(
    unwrap(await register.linkSubscription(c.req.param('id'), billingLineId, c.get('actor'))),
  )
})

billingRoutes.put('/subscriptions/:id/not-billable', async (c) => {
  const { notBillable } = await parseBody(c, NotBillableInputSchema)
  const register = registerStub(c.env)
  return c.json(
    unwrap(await register.markNotBillable(c.req.param('id'), notBillable, c.get('actor'))),
  )
})

billingRoutes.post('/dismissals', async (c) => {
  const { findingId, reason } = await parseBody(c, DismissInputSchema)
  const key = idempotencyKey(c)
  const register = registerStub(c.env)
  const dismissal = unwrap(await register.dismissFinding(findingId, reason, c.get('actor'), key))
  return c.json(dismissal, 201)
})

billingRoutes.delete('/dismissals/:findingId', async (c) => {
  const register = registerStub(c.env)
  return c.json(unwrap(await register.restoreFinding(c.req.param('findingId'), c.get('actor'))))
})

billingRoutes.get('/settings', async (c) => c.json(await registerStub(c.env).billingSettings()))

billingRoutes.put('/settings', async (c) => {
  const settings = await parseBody(c, BillingSettingsSchema)
  return c.json(await registerStub(c.env).putBillingSettings(settings))
})

// The edge's UTC day, so the browser's calendar and the digest read the same days of the ledger.
billingRoutes.get('/seat-rises', async (c) => {
  const today = new Date().toISOString().slice(0, 10)
  return c.json({ today, runs: await registerStub(c.env).seatRises(today) })
})

billingRoutes.get('/totals', async (c) => c.json(await registerStub(c.env).billingTotals()))

billingRoutes.get('/pro-rata.csv', async (c) => {
  const query = v.safeParse(ProRataQuerySchema, {
    start: c.req.query('start'),
    end: c.req.query('end'),
  })
  if (!query.success) throw bodyRefusal(query.issues)
  const csv = await registerStub(c.env).proRataCsv(query.output)
  return c.body(csv, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="pro-rata-${query.output.start}-${query.output.end}.csv"`,
  })
})
