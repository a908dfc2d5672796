import type { BillingLine } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { call, runCount, snapshot, uniqueId } from '../register/register-api'
import { customerWithSubscription, lineInput, send } from './billing-api'

describe('/api/billing/lines', () => {
  it('POST /api/billing/lines creates a line as a manual run with the line in its after', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Lines Create'))

    const answer = await send('POST', '/api/billing/lines', lineInput(customer.id))

    expect(answer.status).toBe(201)
    expect(answer.body).toEqual({
      id: expect.any(String),
      customerId: customer.id,
      description: 'Microsoft 365 Business Premium',
      itemCode: 'M365-BP',
      quantity: 10,
      unitPrice: 36,
      currency: 'AUD',
      period: 'monthly',
      inactive: false,
      quantityRule: 'fixed',
      source: { kind: 'seatkeeper' },
      version: 1,
    })
    expect((await snapshot()).billingLines).toContainEqual(answer.body)
    const [latest] = (await call('GET', '/api/runs?limit=1')).body.runs
    const detail = await call('GET', `/api/runs/${latest.id}`)
    expect(detail.body.run).toMatchObject({ kind: 'manual', operations: 1 })
    expect(detail.body.operations).toEqual([{ op: 'createBillingLine', after: answer.body }])
  })

  it.each([
    ['description', { description: '  ' }],
    ['quantity', { quantity: 2.5 }],
    ['unitPrice', { unitPrice: 'ten' }],
    ['currency', { currency: 'dollars' }],
    ['period', { period: 'fortnightly' }],
    ['endDate', { startDate: '2026-12-01', endDate: '1 Jan 2027' }],
  ])('POST /api/billing/lines answers 400 naming %s and writes nothing', async (field, bad) => {
    const { customer } = await customerWithSubscription(uniqueId('Lines Bad'))
    const runs = await runCount()

    const answer = await send('POST', '/api/billing/lines', { ...lineInput(customer.id), ...bad })

    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe(field)
    expect(await runCount()).toBe(runs)
  })

  it('POST /api/billing/lines answers 400 naming customerId for a customer not in the register', async () => {
    const answer = await send('POST', '/api/billing/lines', lineInput('cus-nobody'))
    expect(answer.status).toBe(400)
    expect(answer.body.error).toEqual({
      field: 'customerId',
      message: expect.stringContaining('There is no customer cus-nobody'),
    })
  })

  it('POST /api/billing/lines answers 400 naming endDate when the end is before the start', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Lines Dates'))
    const answer = await send('POST', '/api/billing/lines', {
      ...lineInput(customer.id),
      startDate: '2026-12-01',
      endDate: '2026-11-01',
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('endDate')
  })

  it('POST /api/billing/lines replayed with its Idempotency-Key answers the first line and writes one', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Lines Replay'))
    const key = crypto.randomUUID()

    const first = await send('POST', '/api/billing/lines', lineInput(customer.id), key)
    const runs = await runCount()
    const again = await send('POST', '/api/billing/lines', lineInput(customer.id), key)

    expect(again).toEqual(first)
    expect(await runCount()).toBe(runs)
    const lines = (await snapshot()).billingLines.filter((l) => l.customerId === customer.id)
    expect(lines).toHaveLength(1)
  })

  it('POST /api/billing/lines answers 413 with the limit in words for an oversize body', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Lines Big'))
    const runs = await runCount()
    const answer = await send('POST', '/api/billing/lines', {
      ...lineInput(customer.id),
      description: 'x'.repeat(300_000),
    })
    expect(answer.status).toBe(413)
    expect(answer.body.error.message).toMatch(/the limit for this call is 256 KB/)
    expect(await runCount()).toBe(runs)
  })

  it('PATCH /api/billing/lines/:id edits the line, bumps its version, and undo of that run restores it', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Lines Edit'))
    const created = (await send('POST', '/api/billing/lines', lineInput(customer.id)))
      .body as BillingLine

    const edited = await send('PATCH', `/api/billing/lines/${created.id}`, {
      version: 1,
      quantity: 12,
      itemCode: '',
      unitCost: 30.25,
    })

    expect(edited.status).toBe(200)
    const { itemCode: _, ...withoutCode } = created
    expect(edited.body).toEqual({ ...withoutCode, quantity: 12, unitCost: 30.25, version: 2 })
    const [run] = (await call('GET', '/api/runs?limit=1')).body.runs
    const detail = await call('GET', `/api/runs/${run.id}`)
    expect(detail.body.operations).toEqual([
      {
        op: 'updateBillingLine',
        lineId: created.id,
        before: { quantity: 10, itemCode: 'M365-BP', unitCost: null },
        after: { quantity: 12, itemCode: null, unitCost: 30.25 },
      },
    ])

    const undo = await call('POST', `/api/runs/${run.id}/undo`, {})
    expect(undo.status).toBe(200)
    const restored = (await snapshot()).billingLines.find((l) => l.id === created.id)
    expect(restored).toMatchObject({ quantity: 10, itemCode: 'M365-BP' })
    expect(restored?.unitCost).toBeUndefined()
  })

  it('PATCH /api/billing/lines/:id answers 409 naming version when the line changed since it was opened', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Lines Stale'))
    const created = (await send('POST', '/api/billing/lines', lineInput(customer.id)))
      .body as BillingLine
    await send('PATCH', `/api/billing/lines/${created.id}`, { version: 1, quantity: 11 })

    const stale = await send('PATCH', `/api/billing/lines/${created.id}`, {
      version: 1,
      quantity: 9,
    })

    expect(stale.status).toBe(409)
    expect(stale.body.error.field).toBe('version')
    expect((await snapshot()).billingLines.find((l) => l.id === created.id)?.quantity).toBe(11)
  })

  it('PATCH /api/billing/lines/:id answers 400 naming the field of a bad value', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Lines Patch Bad'))
    const created = (await send('POST', '/api/billing/lines', lineInput(customer.id)))
      .body as BillingLine
    const answer = await send('PATCH', `/api/billing/lines/${created.id}`, {
      version: 1,
      quantity: -1,
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('quantity')
  })

  it('PATCH /api/billing/lines/:id answers 404 for a line that is not there', async () => {
    const answer = await send('PATCH', '/api/billing/lines/bl-gone', { version: 1, quantity: 1 })
    expect(answer.status).toBe(404)
  })

  it('DELETE /api/billing/lines/:id removes the line, and undo of that run brings it back', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Lines Delete'))
    const created = (await send('POST', '/api/billing/lines', lineInput(customer.id)))
      .body as BillingLine

    const removed = await send('DELETE', `/api/billing/lines/${created.id}`, {})

    expect(removed.status).toBe(200)
    expect((await snapshot()).billingLines.some((l) => l.id === created.id)).toBe(false)
    const undo = await call('POST', `/api/runs/${removed.body.runId}/undo`, {})
    expect(undo.body).toMatchObject({ reverted: 1, notReverted: [] })
    const back = (await snapshot()).billingLines.find((l) => l.id === created.id)
    expect(back).toEqual({ ...created, version: expect.any(Number) })
  })

  it('DELETE /api/billing/lines/:id answers 409 while a subscription is linked to it', async () => {
    const { customer, subscription } = await customerWithSubscription(uniqueId('Lines Linked'))
    const created = (await send('POST', '/api/billing/lines', lineInput(customer.id)))
      .body as BillingLine
    await send('PUT', `/api/billing/subscriptions/${subscription.id}/line`, {
      billingLineId: created.id,
    })

    const removed = await send('DELETE', `/api/billing/lines/${created.id}`, {})

    expect(removed.status).toBe(409)
    expect(removed.body.error.message).toMatch(/still has 1 linked subscription\. Unlink it first/)
    expect((await snapshot()).billingLines.some((l) => l.id === created.id)).toBe(true)
  })
})
