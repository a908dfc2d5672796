import type { BillingLine } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { call, runCount, snapshot, uniqueId } from '../register/register-api'
import { customerWithSubscription, lineInput, send } from './billing-api'

async function lineFor(customerId: string): Promise<BillingLine> {
  return (await send('POST', '/api/billing/lines', lineInput(customerId))).body as BillingLine
}

describe('/api/billing/subscriptions', () => {
  it('PUT /api/billing/subscriptions/:id/line links the subscription, and the run undoes to unlinked', async () => {
    const { customer, subscription } = await customerWithSubscription(uniqueId('Link'))
    const line = await lineFor(customer.id)

    const linked = await send('PUT', `/api/billing/subscriptions/${subscription.id}/line`, {
      billingLineId: line.id,
    })

    expect(linked.status).toBe(200)
    const stored = () =>
      snapshot().then((r) => r.subscriptions.find((s) => s.id === subscription.id))
    expect((await stored())?.billingLineId).toBe(line.id)
    const detail = await call('GET', `/api/runs/${linked.body.runId}`)
    expect(detail.body.operations).toEqual([
      {
        op: 'linkSubscription',
        subscriptionId: subscription.id,
        before: { billingLineId: null },
        after: { billingLineId: line.id },
      },
    ])
    await call('POST', `/api/runs/${linked.body.runId}/undo`, {})
    expect((await stored())?.billingLineId).toBeUndefined()
  })

  it('PUT /api/billing/subscriptions/:id/line with null unlinks it', async () => {
    const { customer, subscription } = await customerWithSubscription(uniqueId('Unlink'))
    const line = await lineFor(customer.id)
    const path = `/api/billing/subscriptions/${subscription.id}/line`
    await send('PUT', path, { billingLineId: line.id })

    const unlinked = await send('PUT', path, { billingLineId: null })

    expect(unlinked.status).toBe(200)
    const stored = (await snapshot()).subscriptions.find((s) => s.id === subscription.id)
    expect(stored?.billingLineId).toBeUndefined()
  })

  it("PUT /api/billing/subscriptions/:id/line answers 400 naming billingLineId for another customer's line", async () => {
    const { subscription } = await customerWithSubscription(uniqueId('Link Mine'))
    const other = await customerWithSubscription(uniqueId('Link Theirs'))
    const theirs = await lineFor(other.customer.id)
    const runs = await runCount()

    const answer = await send('PUT', `/api/billing/subscriptions/${subscription.id}/line`, {
      billingLineId: theirs.id,
    })

    expect(answer.status).toBe(400)
    expect(answer.body.error).toEqual({
      field: 'billingLineId',
      message: expect.stringContaining('belongs to another customer'),
    })
    expect(await runCount()).toBe(runs)
  })

  it('PUT /api/billing/subscriptions/:id/line answers 400 naming billingLineId when it is missing', async () => {
    const { subscription } = await customerWithSubscription(uniqueId('Link Missing'))
    const answer = await send('PUT', `/api/billing/subscriptions/${subscription.id}/line`, {})
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('billingLineId')
  })

  it('PUT /api/billing/subscriptions/:id/line answers 404 for a subscription that is not there', async () => {
    const answer = await send('PUT', '/api/billing/subscriptions/sub-gone/line', {
      billingLineId: null,
    })
    expect(answer.status).toBe(404)
  })

  it('PUT /api/billing/subscriptions/:id/not-billable marks it with the reason, and undo makes it billable', async () => {
    const { subscription } = await customerWithSubscription(uniqueId('Not Billable'))
    const mark = { reason: 'included-in-bundle', note: 'Covered by the Gold bundle' }

    const marked = await send('PUT', `/api/billing/subscriptions/${subscription.id}/not-billable`, {
      notBillable: mark,
    })

    expect(marked.status).toBe(200)
    const stored = () =>
      snapshot().then((r) => r.subscriptions.find((s) => s.id === subscription.id))
    expect((await stored())?.notBillable).toEqual(mark)
    await call('POST', `/api/runs/${marked.body.runId}/undo`, {})
    expect((await stored())?.notBillable).toBeUndefined()
  })

  it('PUT /api/billing/subscriptions/:id/not-billable answers 400 naming notBillable.reason for an unknown reason', async () => {
    const { subscription } = await customerWithSubscription(uniqueId('Not Billable Bad'))
    const answer = await send('PUT', `/api/billing/subscriptions/${subscription.id}/not-billable`, {
      notBillable: { reason: 'forgot' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('notBillable.reason')
  })
})

describe('/api/billing/dismissals', () => {
  it('POST /api/billing/dismissals keeps the reason and who; DELETE restores it; both are runs', async () => {
    const findingId = uniqueId('fnd')

    const dismissed = await send('POST', '/api/billing/dismissals', {
      findingId,
      reason: ' Agreed with the customer ',
    })

    expect(dismissed.status).toBe(201)
    expect(dismissed.body).toEqual({
      findingId,
      reason: 'Agreed with the customer',
      by: 'local',
      at: expect.any(String),
    })
    expect((await snapshot()).dismissals).toContainEqual(dismissed.body)

    const restored = await send('DELETE', `/api/billing/dismissals/${findingId}`, {})
    expect(restored.status).toBe(200)
    expect((await snapshot()).dismissals.some((d) => d.findingId === findingId)).toBe(false)
    const run = await call('GET', `/api/runs/${restored.body.runId}`)
    expect(run.body.run.kind).toBe('reconciliation')
  })

  it('POST /api/billing/dismissals answers 400 naming reason when it is blank', async () => {
    const answer = await send('POST', '/api/billing/dismissals', {
      findingId: uniqueId('fnd'),
      reason: '   ',
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('reason')
  })

  it('POST /api/billing/dismissals answers 409 for a finding already dismissed', async () => {
    const findingId = uniqueId('fnd')
    await send('POST', '/api/billing/dismissals', { findingId, reason: 'Known' })
    const again = await send('POST', '/api/billing/dismissals', { findingId, reason: 'Again' })
    expect(again.status).toBe(409)
  })

  it('POST /api/billing/dismissals replayed with its Idempotency-Key answers the first dismissal', async () => {
    const findingId = uniqueId('fnd')
    const key = crypto.randomUUID()
    const first = await send('POST', '/api/billing/dismissals', { findingId, reason: 'Ok' }, key)
    const again = await send('POST', '/api/billing/dismissals', { findingId, reason: 'Ok' }, key)
    expect(again).toEqual(first)
    expect(first.status).toBe(201)
  })

  it('DELETE /api/billing/dismissals/:findingId answers 404 for a finding that is not dismissed', async () => {
    const answer = await send('DELETE', `/api/billing/dismissals/${uniqueId('fnd')}`, {})
    expect(answer.status).toBe(404)
  })
})
