import type { BillingLine, Customer, Subscription } from '@seatkeeper/core'
import { evictDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { applyNow, call, snapshot, uniqueId } from './register-api'

function customer(name: string): Customer {
  return { id: uniqueId('cus'), name, inactive: false, version: 1 }
}

function subscription(customerId: string): Subscription {
  const id = uniqueId('sub')
  return {
    id,
    customerId,
    connectionId: 'conn-test',
    distributor: 'Sherweb',
    externalId: id,
    name: 'Microsoft 365 Business Premium',
    status: 'active',
    quantity: 12,
    active: true,
    version: 1,
  }
}

function line(customerId: string): BillingLine {
  return {
    id: uniqueId('bl'),
    customerId,
    description: 'Microsoft 365 Business Premium',
    quantity: 10,
    unitPrice: 36,
    currency: 'AUD',
    period: 'monthly',
    inactive: false,
    quantityRule: 'linked',
    source: { kind: 'seatkeeper' },
    version: 1,
  }
}

describe('billing records in the register', () => {
  it('POST /api/register/plans stores a reconciliation plan, reads it back after an eviction, and undoes it', async () => {
    const acme = customer('Acme Billing')
    const sub = subscription(acme.id)
    const other = subscription(acme.id)
    await applyNow('manual', [
      { op: 'createCustomer', after: acme },
      { op: 'createSubscription', after: sub },
      { op: 'createSubscription', after: other },
    ])
    const before = await snapshot()
    const billed = line(acme.id)
    const dismissal = {
      findingId: uniqueId('fnd'),
      reason: 'Agreed with the customer',
      by: 'ann@example.com',
      at: '2026-12-01T10:00:00.000Z',
    }

    const applied = await applyNow('reconciliation', [
      { op: 'createBillingLine', after: billed },
      {
        op: 'linkSubscription',
        subscriptionId: sub.id,
        before: { billingLineId: null },
        after: { billingLineId: billed.id },
      },
      {
        op: 'updateBillingLine',
        lineId: billed.id,
        before: { quantity: 10 },
        after: { quantity: 12 },
      },
      {
        op: 'markNotBillable',
        subscriptionId: other.id,
        before: { notBillable: null },
        after: { notBillable: { reason: 'internal-use' } },
      },
      { op: 'dismissFinding', after: dismissal },
    ])
    expect(applied.status).toBe(200)

    await evictDurableObject(env.REGISTER.get(env.REGISTER.idFromName('register')))
    const stored = await snapshot()
    expect(stored.billingLines.find((l) => l.id === billed.id)).toMatchObject({ quantity: 12 })
    expect(stored.subscriptions.find((s) => s.id === sub.id)?.billingLineId).toBe(billed.id)
    expect(stored.subscriptions.find((s) => s.id === other.id)?.notBillable).toEqual({
      reason: 'internal-use',
    })
    expect(stored.dismissals).toContainEqual(dismissal)

    const run = await call('GET', `/api/runs/${applied.body.runId}`)
    expect(run.body.run.kind).toBe('reconciliation')
    expect(run.body.operations[2]).toEqual({
      op: 'updateBillingLine',
      lineId: billed.id,
      before: { quantity: 10 },
      after: { quantity: 12 },
    })

    const undo = await call('POST', `/api/runs/${applied.body.runId}/undo`, {})
    expect(undo.body).toMatchObject({ reverted: 5, notReverted: [] })
    await evictDurableObject(env.REGISTER.get(env.REGISTER.idFromName('register')))
    const undone = await snapshot()
    expect(undone.billingLines.some((l) => l.id === billed.id)).toBe(false)
    expect(undone.dismissals.some((d) => d.findingId === dismissal.findingId)).toBe(false)
    const withoutVersions = (s: Subscription[]) => s.map(({ version: _, ...rest }) => rest)
    expect(withoutVersions(undone.subscriptions)).toEqual(withoutVersions(before.subscriptions))
  })

  it('POST /api/register/plans refuses billing operations in a sync plan', async () => {
    const acme = customer('Acme Sync')
    await applyNow('manual', [{ op: 'createCustomer', after: acme }])

    const answer = await applyNow('sync', [{ op: 'createBillingLine', after: line(acme.id) }])

    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('plan.operations[0].op')
  })
})
