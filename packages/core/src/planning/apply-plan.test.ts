import { describe, expect, it } from 'vitest'
import type { Plan } from '../operations/plan'
import { arrow, customer, mapping, register, subscription } from '../testing/builders'
import { applyPlan } from './apply-plan'
import { emptySummary } from './plan-builder'
import { PlanApplyError, PlanConflictError } from '../operations/plan-errors'

const base = register({
  version: 7,
  customers: [customer('c1', 'Contoso'), customer('c2', 'Fabrikam')],
  mappings: [mapping(arrow.id, 'X1', 'c1')],
  subscriptions: [subscription('s1', 'c1', 'S1')],
})

function plan(operations: Plan['operations'], baseVersion = 7): Plan {
  return {
    kind: 'sync',
    connectionId: arrow.id,
    baseVersion,
    operations,
    skipped: [],
    quarantine: [],
    summary: emptySummary(),
  }
}

describe('applyPlan', () => {
  it('refuses a plan made from another register version', () => {
    expect(() => applyPlan(base, plan([], 6))).toThrow(PlanConflictError)
    try {
      applyPlan(base, plan([], 6))
    } catch (error) {
      expect((error as PlanConflictError).currentVersion).toBe(7)
    }
  })

  it('returns the same register for an empty plan, so nothing is written', () => {
    expect(applyPlan(base, plan([]))).toBe(base)
  })

  it('applies changes, bumps the register version and each changed record version once', () => {
    const next = applyPlan(
      base,
      plan([
        {
          op: 'updateSubscription',
          subscriptionId: 's1',
          before: { quantity: 10 },
          after: { quantity: 12 },
        },
        {
          op: 'updateSubscription',
          subscriptionId: 's1',
          before: { sku: null },
          after: { sku: 'SKU-1' },
        },
        {
          op: 'updateCustomer',
          customerId: 'c2',
          before: { domain: null },
          after: { domain: 'fabrikam.com' },
        },
      ]),
    )
    expect(next.version).toBe(8)
    expect(next.subscriptions[0]).toMatchObject({ quantity: 12, sku: 'SKU-1', version: 2 })
    expect(next.customers[1]).toMatchObject({ domain: 'fabrikam.com', version: 2 })
    expect(next.customers[0]).toBe(base.customers[0])
  })

  it('removes a field whose after value is null', () => {
    const withSku = { ...base, subscriptions: [subscription('s1', 'c1', 'S1', { sku: 'A' })] }
    const next = applyPlan(
      withSku,
      plan([
        {
          op: 'updateSubscription',
          subscriptionId: 's1',
          before: { sku: 'A' },
          after: { sku: null },
        },
      ]),
    )
    expect(next.subscriptions[0]).not.toHaveProperty('sku')
  })

  it('applies nothing when one operation does not fit, and leaves the register as it was', () => {
    const snapshot = JSON.stringify(base)
    const bad = plan([
      {
        op: 'updateCustomer',
        customerId: 'c1',
        before: { domain: null },
        after: { domain: 'contoso.com' },
      },
      {
        op: 'updateSubscription',
        subscriptionId: 'missing',
        before: { quantity: 1 },
        after: { quantity: 2 },
      },
    ])
    expect(() => applyPlan(base, bad)).toThrow(
      /Operation 2 \(update subscription missing\): subscription missing does not exist\. Nothing was applied\./,
    )
    expect(JSON.stringify(base)).toBe(snapshot)
  })

  it('refuses a second mapping for a distributor customer that is already mapped', () => {
    const bad = plan([{ op: 'addMapping', after: mapping(arrow.id, 'X1', 'c2') }])
    expect(() => applyPlan(base, bad)).toThrow(PlanApplyError)
  })

  it('refuses to create a record that already exists, or one pointing at a missing customer', () => {
    expect(() =>
      applyPlan(base, plan([{ op: 'createCustomer', after: customer('c1', 'Again') }])),
    ).toThrow(/already exists/)
    expect(() =>
      applyPlan(
        base,
        plan([{ op: 'createSubscription', after: subscription('s9', 'nobody', 'S9') }]),
      ),
    ).toThrow(/customer nobody does not exist/)
  })

  it('removes and re-adds a mapping in one plan', () => {
    const next = applyPlan(
      base,
      plan([
        { op: 'removeMapping', before: mapping(arrow.id, 'X1', 'c1') },
        { op: 'addMapping', after: mapping(arrow.id, 'X1', 'c2') },
      ]),
    )
    expect(next.mappings).toEqual([mapping(arrow.id, 'X1', 'c2')])
  })
})
