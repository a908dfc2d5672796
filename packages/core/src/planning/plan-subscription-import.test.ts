import { describe, expect, it } from 'vitest'
import { arrow, customer, extSub, mapping, register, subscription } from '../testing/builders'
import { applyPlan } from './apply-plan'
import { PlanInputError } from '../operations/plan-errors'
import { planSubscriptionImport } from './plan-subscription-import'

const twoMapped = register({
  customers: [customer('c1', 'Contoso'), customer('c2', 'Fabrikam'), customer('c3', 'Unmapped Co')],
  mappings: [mapping(arrow.id, 'X1', 'c1'), mapping(arrow.id, 'X2', 'c2')],
})
const options = { setPriceAndCost: false, deactivateDeleted: true }

describe('planSubscriptionImport', () => {
  it('imports subscriptions only for mapped customers and says why the rest were skipped', () => {
    const plan = planSubscriptionImport({
      connection: arrow,
      externalSubscriptions: [extSub('S1', 'X1'), extSub('S2', 'X2'), extSub('S3', 'X3')],
      register: twoMapped,
      options,
    })
    expect(plan.summary.subscriptions).toMatchObject({ create: 2, skipped: 1 })
    expect(plan.skipped[0]).toMatchObject({
      externalId: 'S3',
      reason: expect.stringMatching(/X3\) is not mapped.*Customer Mappings/),
    })
  })

  it('imports for one chosen customer only', () => {
    const plan = planSubscriptionImport({
      connection: arrow,
      externalSubscriptions: [extSub('S1', 'X1'), extSub('S2', 'X2'), extSub('S3', 'X3')],
      register: twoMapped,
      options: { ...options, customerId: 'c2' },
    })
    expect(plan.operations.map((o) => o.op === 'createSubscription' && o.after.externalId)).toEqual(
      ['S2'],
    )
    expect(plan.skipped).toEqual([])
  })

  it('refuses a chosen customer that is not in the register', () => {
    expect(() =>
      planSubscriptionImport({
        connection: arrow,
        externalSubscriptions: [],
        register: twoMapped,
        options: { ...options, customerId: 'nobody' },
      }),
    ).toThrow(PlanInputError)
  })

  it('imports name, status, quantity, dates, SKU, billing cycle and term, showing the distributor name', () => {
    const plan = planSubscriptionImport({
      connection: arrow,
      externalSubscriptions: [
        extSub('S1', 'X1', {
          sku: 'CFQ7TTC0LCHC:0002',
          quantity: 12,
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          contractEndDate: '2027-01-01',
          billingCycle: 'monthly',
          termMonths: 12,
          autoRenew: true,
          unitPrice: 22,
          unitCost: 19.8,
          currency: 'AUD',
        }),
      ],
      register: twoMapped,
      options,
    })
    const op = plan.operations[0]
    expect(op?.op).toBe('createSubscription')
    if (op?.op !== 'createSubscription') return
    expect(op.after).toMatchObject({
      customerId: 'c1',
      connectionId: arrow.id,
      distributor: 'ArrowSphere',
      externalId: 'S1',
      name: 'Microsoft 365 Business Premium',
      sku: 'CFQ7TTC0LCHC:0002',
      status: 'active',
      active: true,
      quantity: 12,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      billingCycle: 'monthly',
      termMonths: 12,
      autoRenew: true,
      currency: 'AUD',
    })
  })

  it('sets price and cost only when the option is on', () => {
    const input = {
      connection: arrow,
      externalSubscriptions: [extSub('S1', 'X1', { unitPrice: 22, unitCost: 19.8 })],
      register: twoMapped,
    }
    const off = planSubscriptionImport({ ...input, options })
    expect(off.operations[0]).not.toHaveProperty('after.unitPrice')
    expect(off.operations[0]).not.toHaveProperty('after.unitCost')
    const on = planSubscriptionImport({ ...input, options: { ...options, setPriceAndCost: true } })
    expect(on.operations[0]).toMatchObject({ after: { unitPrice: 22, unitCost: 19.8 } })
  })

  it('leaves a price typed in the register alone when the option is off', () => {
    const reg = { ...twoMapped, subscriptions: [subscription('s1', 'c1', 'S1', { unitPrice: 30 })] }
    const plan = planSubscriptionImport({
      connection: arrow,
      externalSubscriptions: [extSub('S1', 'X1', { unitPrice: 22 })],
      register: reg,
      options,
    })
    expect(plan.operations).toEqual([])
  })

  it('falls back to the contract end date when the subscription has no end date', () => {
    const plan = planSubscriptionImport({
      connection: arrow,
      externalSubscriptions: [extSub('S1', 'X1', { contractEndDate: '2027-03-31' })],
      register: twoMapped,
      options,
    })
    expect(plan.operations[0]).toMatchObject({
      after: { endDate: '2027-03-31', contractEndDate: '2027-03-31' },
    })
  })

  it('updates only the fields that changed, with before and after', () => {
    const reg = { ...twoMapped, subscriptions: [subscription('s1', 'c1', 'S1', { quantity: 10 })] }
    const plan = planSubscriptionImport({
      connection: arrow,
      externalSubscriptions: [extSub('S1', 'X1', { quantity: 14 })],
      register: reg,
      options,
    })
    expect(plan.operations).toEqual([
      {
        op: 'updateSubscription',
        subscriptionId: 's1',
        before: { quantity: 10 },
        after: { quantity: 14 },
      },
    ])
  })

  it('marks a subscription inactive when it is inactive upstream', () => {
    const reg = { ...twoMapped, subscriptions: [subscription('s1', 'c1', 'S1')] }
    for (const status of ['suspended', 'cancelled'] as const) {
      const plan = planSubscriptionImport({
        connection: arrow,
        externalSubscriptions: [extSub('S1', 'X1', { status })],
        register: reg,
        options,
      })
      expect(plan.operations).toEqual([
        {
          op: 'updateSubscription',
          subscriptionId: 's1',
          before: { status: 'active', active: true },
          after: { status, active: false },
        },
      ])
    }
  })

  it('does not import a subscription that is already deleted upstream', () => {
    const plan = planSubscriptionImport({
      connection: arrow,
      externalSubscriptions: [extSub('S1', 'X1', { status: 'deleted' })],
      register: twoMapped,
      options,
    })
    expect(plan.operations).toEqual([])
    expect(plan.skipped[0]?.reason).toMatch(/deleted at ArrowSphere/)
  })

  it('creates subscriptions that land on the customer when applied, and re-planning is empty', () => {
    const input = {
      connection: arrow,
      externalSubscriptions: [extSub('S1', 'X1'), extSub('S2', 'X2')],
      register: twoMapped,
      options,
    }
    const after = applyPlan(twoMapped, planSubscriptionImport(input))
    expect(after.subscriptions.map((s) => [s.customerId, s.distributor])).toEqual([
      ['c1', 'ArrowSphere'],
      ['c2', 'ArrowSphere'],
    ])
    expect(planSubscriptionImport({ ...input, register: after }).operations).toEqual([])
  })
})
