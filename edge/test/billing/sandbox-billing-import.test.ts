import type { Customer } from '@seatkeeper/core'
import { generateWorld, generateWorldBilling, worldBillingLinesCsv } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { applyNow, call, snapshot } from '../register/register-api'
import { send } from './billing-api'

describe("the sandbox's billing lines", () => {
  it('POST /api/billing/lines/import takes the sandbox CSV whole once its customers are in the register', async () => {
    const world = generateWorld({ seed: 1, customers: 60, subscriptions: 300 })
    const present = new Set((await snapshot()).customers.map((c) => c.name))
    // What a distributor import of the world leaves: its customers under the distributor's names.
    const customers: Customer[] = world.customers
      .filter((c) => !present.has(c.name))
      .map((c) => ({ id: `cus-world-${c.seq}`, name: c.name, inactive: false, version: 1 }))
    await applyNow(
      'manual',
      customers.map((after) => ({ op: 'createCustomer', after })),
    )

    const answer = await send('POST', '/api/billing/lines/import', {
      csv: worldBillingLinesCsv(world),
    })

    expect(answer.body.errors).toEqual([])
    expect(answer.body.imported).toBe(generateWorldBilling(world).lines.length)
  })

  it('POST /api/billing/lines/import links what clears the auto-accept threshold in the same run, so the drift shows', async () => {
    const world = generateWorld({ seed: 5, customers: 30, subscriptions: 150 })
    const billing = generateWorldBilling(world)
    const customerId = (seq: number) => `cus-auto-${seq}`
    await applyNow('manual', [
      ...world.customers.map((c) => ({
        op: 'createCustomer' as const,
        after: { id: customerId(c.seq), name: `${c.name} (auto)`, inactive: false, version: 1 },
      })),
      ...world.subscriptions.map((s) => ({
        op: 'createSubscription' as const,
        after: {
          id: `sub-auto-${s.seq}`,
          customerId: customerId(s.customerSeq),
          connectionId: 'conn-test',
          distributor: 'Sherweb',
          externalId: s.vendorSubscriptionId,
          name: s.productName,
          sku: s.sku,
          status: s.status,
          ...(s.trial ? { trial: true } : {}),
          quantity: s.quantity,
          billingCycle: s.billingCycle,
          unitCost: s.unitCost,
          currency: s.currency,
          active: s.status !== 'deleted',
          version: 1,
        },
      })),
    ])
    const renamed = {
      ...world,
      customers: world.customers.map((c) => ({ ...c, name: `${c.name} (auto)` })),
    }
    await send('PUT', '/api/billing/settings', { autoAcceptThreshold: 0.9 })

    const answer = await send('POST', '/api/billing/lines/import', {
      csv: worldBillingLinesCsv(renamed, billing),
    })
    await send('PUT', '/api/billing/settings', {})

    expect(answer.body).toMatchObject({ imported: billing.lines.length, errors: [] })
    const seatsAdded = billing.lines.find((l) => l.drift === 'seats-added-not-billed')
    const sub = (await snapshot()).subscriptions.find(
      (s) => s.id === `sub-auto-${seatsAdded?.subscriptionSeqs[0]}`,
    )
    expect(sub?.billingLineId).toBeDefined()
    const run = await call('GET', `/api/runs/${answer.body.runId}`)
    const ops = run.body.operations.map((o: { op: string }) => o.op)
    expect(ops.filter((op: string) => op === 'linkSubscription').length).toBeGreaterThan(0)
  })
})
