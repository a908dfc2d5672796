import { SeatRisesSchema, type SeatRises } from '@seatkeeper/core'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { applyNow, call, uniqueId } from '../register/register-api'
import { customerWithSubscription } from './billing-api'

describe('GET /api/billing/seat-rises', () => {
  it('answers the recent runs that added seats, with only their seat rises, for the renewals calendar', async () => {
    const { subscription } = await customerWithSubscription(uniqueId('Seat Rises'))
    // Three seats added by a sync, then one taken away and a rename: only the addition is a rise.
    await applyNow('sync', [
      {
        op: 'updateSubscription',
        subscriptionId: subscription.id,
        before: { quantity: 12 },
        after: { quantity: 15 },
      },
    ])
    await applyNow('sync', [
      {
        op: 'updateSubscription',
        subscriptionId: subscription.id,
        before: { quantity: 15, name: subscription.name },
        after: { quantity: 14, name: `${subscription.name} (renamed)` },
      },
    ])

    const answer = await call('GET', '/api/billing/seat-rises')

    expect(answer.status).toBe(200)
    const body = v.parse(SeatRisesSchema, answer.body) as SeatRises
    expect(body.today).toBe(new Date().toISOString().slice(0, 10))
    const mine = body.runs.flatMap((r) =>
      r.operations.filter(
        (op) =>
          (op.op === 'updateSubscription' && op.subscriptionId === subscription.id) ||
          (op.op === 'createSubscription' && op.after.id === subscription.id),
      ),
    )
    // The addition of 3 alone, as its quantity change: not the purchase, not the reduction.
    expect(mine).toEqual([
      {
        op: 'updateSubscription',
        subscriptionId: subscription.id,
        before: { quantity: 12 },
        after: { quantity: 15 },
      },
    ])
  })
})
