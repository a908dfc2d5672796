import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateMappings } from '../mapping/generate-mappings'
import type { ExternalCustomer, ExternalSubscription } from '../model/external'
import type { Register } from '../model/register'
import { arrow, customer, settings } from '../testing/builders'
import { applyPlan } from './apply-plan'
import { planCustomerImport } from './plan-customer-import'
import { planMappingChanges } from './plan-mapping-changes'
import { planSubscriptionImport } from './plan-subscription-import'
import { planSync } from './plan-sync'

// Small alphabets so names and ids collide often: collisions are where the rules bite.
const name = fc.constantFrom(
  'Contoso',
  'Contoso ',
  'Fabrikam',
  'Litware',
  'Coho',
  '  Coho',
  'Wingtip',
  'Alpine Ltd',
)
const externalCustomer: fc.Arbitrary<ExternalCustomer> = fc
  .record({
    externalId: fc.constantFrom('X1', 'X2', 'X3', 'X4', 'X5', 'X6'),
    name,
    status: fc.constantFrom('active', 'active', 'suspended', 'deleted'),
    tenantId: fc.option(fc.constantFrom('t1', 't2'), { nil: undefined }),
  })
  .map((c) => JSON.parse(JSON.stringify(c)) as ExternalCustomer)
const externalSubscription: fc.Arbitrary<ExternalSubscription> = fc
  .record({
    externalId: fc.constantFrom('S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8'),
    customerExternalId: fc.constantFrom('X1', 'X2', 'X3', 'X4', 'X5', 'X6'),
    name: fc.constantFrom('M365 Business Premium', 'Exchange Online'),
    status: fc.constantFrom('active', 'active', 'suspended', 'cancelled', 'deleted', 'pending'),
    quantity: fc.integer({ min: 0, max: 50 }),
    unitPrice: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    contractEndDate: fc.option(fc.constant('2027-01-31'), { nil: undefined }),
  })
  .map((s) => JSON.parse(JSON.stringify(s)) as ExternalSubscription)
const registerArb: fc.Arbitrary<Register> = fc
  .uniqueArray(fc.tuple(fc.constantFrom('c1', 'c2', 'c3', 'c4'), name), {
    selector: ([id]) => id,
    maxLength: 4,
  })
  .map((rows) => ({
    version: 3,
    topLevels: [],
    customers: rows.map(([id, n]) => customer(id, n)),
    subscriptions: [],
    mappings: [],
    billingLines: [],
    dismissals: [],
  }))
const world = fc.record({
  register: registerArb,
  customers: fc.array(externalCustomer, { maxLength: 8 }),
  subscriptions: fc.array(externalSubscription, { maxLength: 12 }),
  deactivateDeleted: fc.boolean(),
  setPriceAndCost: fc.boolean(),
  complete: fc.boolean(),
})

type World = typeof world extends fc.Arbitrary<infer T> ? T : never
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

function syncOf(w: World, reg: Register) {
  return planSync({
    connection: arrow,
    listing: {
      customers: { items: w.customers, complete: true },
      subscriptions: { items: w.subscriptions, complete: w.complete },
    },
    register: reg,
    settings: settings(
      { deactivateDeleted: w.deactivateDeleted, deletionGuardShare: 1 },
      { subscriptionImport: { setPriceAndCost: w.setPriceAndCost } },
    ),
    // One day: re-planning on the day a run applied must not confirm what it marked missing.
    today: '2026-03-01',
  })
}

fc.configureGlobal({ numRuns: 300 })

describe('plan properties over generated inputs', () => {
  it('gives the same plan for the same inputs', () => {
    fc.assert(
      fc.property(world, (w) => {
        expect(JSON.stringify(syncOf(w, w.register))).toBe(
          JSON.stringify(syncOf(clone(w), clone(w.register))),
        )
      }),
    )
  })

  it('gives an empty plan when re-planned right after applying', () => {
    fc.assert(
      fc.property(world, (w) => {
        const after = applyPlan(w.register, syncOf(w, w.register))
        expect(syncOf(w, after).operations).toEqual([])
        const imported = applyPlan(
          after,
          planCustomerImport({
            connection: arrow,
            externalCustomers: w.customers,
            register: after,
            options: { updateMainSiteAddress: true },
          }),
        )
        expect(
          planCustomerImport({
            connection: arrow,
            externalCustomers: w.customers,
            register: imported,
            options: { updateMainSiteAddress: true },
          }).operations,
        ).toEqual([])
        const subOptions = {
          setPriceAndCost: w.setPriceAndCost,
          deactivateDeleted: w.deactivateDeleted,
        }
        const withSubs = applyPlan(
          imported,
          planSubscriptionImport({
            connection: arrow,
            externalSubscriptions: w.subscriptions,
            register: imported,
            options: subOptions,
          }),
        )
        expect(
          planSubscriptionImport({
            connection: arrow,
            externalSubscriptions: w.subscriptions,
            register: withSubs,
            options: subOptions,
          }).operations,
        ).toEqual([])
      }),
    )
  })

  it('never loses a register record the plan did not name', () => {
    fc.assert(
      fc.property(world, (w) => {
        const first = applyPlan(w.register, syncOf(w, w.register))
        // Second run against a different listing, from a register that already holds records.
        const plan = syncOf({ ...w, subscriptions: w.subscriptions.slice(0, 3) }, first)
        const after = applyPlan(first, plan)
        const named = new Set(
          plan.operations.flatMap((o) =>
            'subscriptionId' in o ? [o.subscriptionId] : 'customerId' in o ? [o.customerId] : [],
          ),
        )
        for (const c of first.customers)
          expect(after.customers.find((x) => x.id === c.id)).toEqual(
            named.has(c.id) ? expect.anything() : c,
          )
        for (const s of first.subscriptions)
          expect(after.subscriptions.find((x) => x.id === s.id)).toEqual(
            named.has(s.id) ? expect.anything() : s,
          )
        expect(after.mappings.length).toBeGreaterThanOrEqual(first.mappings.length)
      }),
    )
  })

  it('never maps one distributor customer to more than one register customer', () => {
    fc.assert(
      fc.property(world, (w) => {
        const generated = generateMappings(arrow.id, w.customers, w.register)
        const withGenerated = applyPlan(
          w.register,
          planMappingChanges({
            connectionId: arrow.id,
            register: w.register,
            add: generated.mappings,
          }),
        )
        const after = applyPlan(withGenerated, syncOf(w, withGenerated))
        const keys = after.mappings.map((m) => `${m.connectionId}/${m.externalCustomerId}`)
        expect(new Set(keys).size).toBe(keys.length)
      }),
    )
  })
})
