import { describe, expect, it } from 'vitest'
import type { ExternalCustomer, ExternalSubscription } from '../model/external'
import type { Register } from '../model/register'
import {
  arrow,
  customer,
  external,
  extSub,
  mapping,
  register,
  settings,
  subscription,
} from '../testing/builders'
import { applyPlan } from './apply-plan'
import { planSync } from './plan-sync'

const mapped = register({
  customers: [customer('c1', 'Contoso'), customer('c2', 'Fabrikam')],
  mappings: [
    mapping(arrow.id, 'X1', 'c1', { externalName: 'Contoso' }),
    mapping(arrow.id, 'X2', 'c2', { externalName: 'Fabrikam' }),
  ],
  subscriptions: Array.from({ length: 10 }, (_, i) =>
    subscription(`s${i}`, i < 5 ? 'c1' : 'c2', `S${i}`),
  ),
})
const customers = [external('X1', 'Contoso'), external('X2', 'Fabrikam')]
const allSubs = Array.from({ length: 10 }, (_, i) => extSub(`S${i}`, i < 5 ? 'X1' : 'X2'))

function sync(
  reg: Register,
  subs: ExternalSubscription[],
  opts: {
    complete?: boolean
    custs?: ExternalCustomer[]
    integrator?: Parameters<typeof settings>[0]
    rest?: Parameters<typeof settings>[1]
    today?: string
  } = {},
) {
  return planSync({
    connection: arrow,
    listing: {
      customers: { items: opts.custs ?? customers, complete: true },
      subscriptions: { items: subs, complete: opts.complete ?? true },
    },
    register: reg,
    settings: settings(opts.integrator, opts.rest),
    today: opts.today ?? DAY1,
  })
}

const DAY1 = '2026-03-01'
const DAY2 = '2026-03-02'
/** The register after a run on DAY1 whose complete listing left out `missing`. */
function missingOnDay1(missing: number, integrator?: Parameters<typeof settings>[0]) {
  return applyPlan(mapped, sync(mapped, allSubs.slice(missing), { integrator }))
}

describe('planSync', () => {
  it('writes nothing when the distributor has not changed', () => {
    expect(sync(mapped, allSubs).operations).toEqual([])
  })

  it('finds every held subscription when the distributor lists them in another order', () => {
    const shuffled = [...allSubs.slice(5), ...allSubs.slice(0, 5).reverse()]
    expect(sync(mapped, shuffled).operations).toEqual([])
    const changed = shuffled.map((s) => (s.externalId === 'S3' ? { ...s, quantity: 11 } : s))
    expect(sync(mapped, changed).operations).toEqual([
      {
        op: 'updateSubscription',
        subscriptionId: 's3',
        before: { quantity: 10 },
        after: { quantity: 11 },
      },
    ])
  })

  it('imports all customers and subscriptions regardless of the manual scope', () => {
    const plan = sync(register(), [extSub('S1', 'X1'), extSub('S2', 'X2')])
    expect(plan.summary.customers.create).toBe(2)
    expect(plan.summary.mappings.add).toBe(2)
    // Subscriptions of customers created in this same run are imported in this run.
    expect(plan.summary.subscriptions.create).toBe(2)
  })

  it('syncs only the entities chosen under Entities to sync', () => {
    const onlySubs = sync(register(), [extSub('S1', 'X1')], {
      integrator: { entities: { customers: false, subscriptions: true } },
    })
    expect(onlySubs.summary.customers.create).toBe(0)
    expect(onlySubs.summary.subscriptions.skipped).toBe(1)
    const onlyCustomers = sync(register(), [extSub('S1', 'X1')], {
      integrator: { entities: { customers: true, subscriptions: false } },
    })
    expect(onlyCustomers.summary.customers.create).toBe(2)
    expect(onlyCustomers.summary.subscriptions.create).toBe(0)
  })

  it('makes a subscription inactive here when it is inactive upstream, whatever the deletion setting', () => {
    const subs = allSubs.map((s, i) => (i === 0 ? { ...s, status: 'suspended' as const } : s))
    for (const deactivateDeleted of [true, false]) {
      const plan = sync(mapped, subs, { integrator: { deactivateDeleted } })
      expect(plan.operations).toEqual([
        {
          op: 'updateSubscription',
          subscriptionId: 's0',
          before: { status: 'active', active: true },
          after: { status: 'suspended', active: false },
        },
      ])
    }
  })

  it('deactivates a subscription deleted upstream when "deactivate deleted" is on', () => {
    const subs = allSubs.map((s, i) => (i === 0 ? { ...s, status: 'deleted' as const } : s))
    expect(sync(mapped, subs, { integrator: { deactivateDeleted: true } }).operations).toEqual([
      {
        op: 'deactivateSubscription',
        subscriptionId: 's0',
        reason: 'deleted-upstream',
        before: { active: true, status: 'active' },
        after: { active: false, status: 'deleted' },
      },
    ])
  })

  it('zeroes the quantity of a deleted subscription and leaves its status when "deactivate deleted" is off', () => {
    const subs = allSubs.map((s, i) => (i === 0 ? { ...s, status: 'deleted' as const } : s))
    expect(sync(mapped, subs, { integrator: { deactivateDeleted: false } }).operations).toEqual([
      {
        op: 'zeroSubscription',
        subscriptionId: 's0',
        reason: 'deleted-upstream',
        before: { quantity: 10 },
        after: { quantity: 0 },
      },
    ])
  })

  it('marks a subscription absent from one complete listing as missing since that day, and removes nothing', () => {
    const plan = sync(mapped, allSubs.slice(1))
    expect(plan.operations).toEqual([
      {
        op: 'updateSubscription',
        subscriptionId: 's0',
        before: { missingSince: null },
        after: { missingSince: DAY1 },
      },
    ])
    expect(applyPlan(mapped, plan).subscriptions[0]).toMatchObject({
      active: true,
      quantity: 10,
      missingSince: DAY1,
    })
  })

  it('deactivates a missing subscription when a complete listing of a later day still leaves it out', () => {
    const plan = sync(missingOnDay1(1), allSubs.slice(1), { today: DAY2 })
    expect(plan.operations).toEqual([
      {
        op: 'deactivateSubscription',
        subscriptionId: 's0',
        reason: 'missing-from-listing',
        before: { active: true },
        after: { active: false },
      },
    ])
  })

  it('zeroes a missing subscription on confirmation when "deactivate deleted" is off', () => {
    const integrator = { deactivateDeleted: false }
    const plan = sync(missingOnDay1(1, integrator), allSubs.slice(1), { today: DAY2, integrator })
    expect(plan.operations).toEqual([
      {
        op: 'zeroSubscription',
        subscriptionId: 's0',
        reason: 'missing-from-listing',
        before: { quantity: 10 },
        after: { quantity: 0 },
      },
    ])
  })

  it('does not confirm a missing subscription on a second run of the same day', () => {
    const plan = sync(missingOnDay1(1), allSubs.slice(1), { today: DAY1 })
    expect(plan.operations).toEqual([])
    expect(plan.summary.subscriptions.unchanged).toBe(10)
  })

  it('clears "missing since" when the subscription is listed again, and removes nothing', () => {
    const plan = sync(missingOnDay1(1), allSubs, { today: DAY2 })
    expect(plan.operations).toEqual([
      {
        op: 'updateSubscription',
        subscriptionId: 's0',
        before: { missingSince: DAY1 },
        after: { missingSince: null },
      },
    ])
    expect(applyPlan(missingOnDay1(1), plan).subscriptions[0]).not.toHaveProperty('missingSince')
  })

  it('neither confirms nor clears a missing subscription from an incomplete listing', () => {
    expect(
      sync(missingOnDay1(1), allSubs.slice(1), { today: DAY2, complete: false }).operations,
    ).toEqual([])
  })

  it('removes at once a subscription whose distributor record says it is deleted', () => {
    const subs = allSubs.map((s, i) => (i === 0 ? { ...s, status: 'deleted' as const } : s))
    expect(sync(mapped, subs).operations).toMatchObject([
      { op: 'deactivateSubscription', subscriptionId: 's0', reason: 'deleted-upstream' },
    ])
  })

  it('never treats a subscription absent from an incomplete listing as deleted', () => {
    expect(sync(mapped, allSubs.slice(1), { complete: false }).operations).toEqual([])
  })

  it('quarantines instead of removing when the listing comes back empty', () => {
    const plan = sync(mapped, [])
    expect(plan.operations).toEqual([])
    expect(plan.quarantine).toHaveLength(10)
    expect(plan.quarantine[0]?.reason).toMatch(/returned no subscriptions at all while 10 are live/)
    expect(plan.quarantine[0]?.operation).toMatchObject({
      op: 'deactivateSubscription',
      subscriptionId: 's0',
    })
  })

  it('quarantines instead of removing when a listing drops more than 20% of the subscriptions', () => {
    const plan = sync(mapped, allSubs.slice(3))
    expect(plan.operations).toEqual([])
    expect(plan.summary.subscriptions.quarantined).toBe(3)
    expect(plan.quarantine[0]?.reason).toMatch(
      /remove 3 of 10 live subscriptions \(30%\), more than the 20%/,
    )
  })

  it('marks drops within the configured share missing rather than holding them', () => {
    expect(sync(mapped, allSubs.slice(2)).summary.subscriptions).toMatchObject({
      update: 2,
      quarantined: 0,
    })
    const wide = { deletionGuardShare: 0.5 }
    expect(
      sync(missingOnDay1(3, wide), allSubs.slice(3), { today: DAY2, integrator: wide }).summary
        .subscriptions.deactivate,
    ).toBe(3)
  })

  it('holds the confirmation of too many missing subscriptions for a person', () => {
    const wide = { deletionGuardShare: 0.5 }
    const plan = sync(missingOnDay1(3, wide), allSubs.slice(3), { today: DAY2 })
    expect(plan.operations).toEqual([])
    expect(plan.summary.subscriptions.quarantined).toBe(3)
  })

  it('counts explicit deletions toward the guard, and still applies other changes of a held run', () => {
    const subs = allSubs.map((s, i) =>
      i < 5 ? { ...s, status: 'deleted' as const } : i === 9 ? { ...s, quantity: 99 } : s,
    )
    const plan = sync(mapped, subs)
    expect(plan.summary.subscriptions.quarantined).toBe(5)
    expect(plan.operations).toEqual([
      {
        op: 'updateSubscription',
        subscriptionId: 's9',
        before: { quantity: 10 },
        after: { quantity: 99 },
      },
    ])
  })

  it('refreshes price and cost on every run when the option is on', () => {
    const reg = {
      ...mapped,
      subscriptions: mapped.subscriptions.map((s) => ({ ...s, unitPrice: 20, unitCost: 18 })),
    }
    const subs = allSubs.map((s) => ({ ...s, unitPrice: 22, unitCost: 19.8 }))
    expect(sync(reg, subs).operations).toEqual([])
    const plan = sync(reg, subs, { rest: { subscriptionImport: { setPriceAndCost: true } } })
    expect(plan.summary.subscriptions.update).toBe(10)
    expect(plan.operations[0]).toMatchObject({
      before: { unitPrice: 20, unitCost: 18 },
      after: { unitPrice: 22, unitCost: 19.8 },
    })
  })

  it('does not remove a removed subscription again on the next run', () => {
    const day2 = { today: DAY2 }
    const once = applyPlan(missingOnDay1(1), sync(missingOnDay1(1), allSubs.slice(1), day2))
    expect(sync(once, allSubs.slice(1), { today: '2026-03-03' }).operations).toEqual([])
    const integrator = { deactivateDeleted: false }
    const marked = missingOnDay1(1, integrator)
    const zeroed = applyPlan(marked, sync(marked, allSubs.slice(1), { ...day2, integrator }))
    expect(zeroed.subscriptions[0]).toMatchObject({ quantity: 0, status: 'active', active: true })
    expect(sync(zeroed, allSubs.slice(1), { today: '2026-03-03', integrator }).operations).toEqual(
      [],
    )
  })

  it('brings a zeroed subscription back when it reappears upstream', () => {
    const integrator = { deactivateDeleted: false }
    const marked = missingOnDay1(1, integrator)
    const zeroed = applyPlan(marked, sync(marked, allSubs.slice(1), { today: DAY2, integrator }))
    const plan = sync(zeroed, allSubs, { today: '2026-03-03', integrator })
    expect(plan.operations).toEqual([
      {
        op: 'updateSubscription',
        subscriptionId: 's0',
        before: { quantity: 0, missingSince: DAY1 },
        after: { quantity: 10, missingSince: null },
      },
    ])
  })
})
