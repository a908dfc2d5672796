import {
  emptyRegister,
  applyPlan,
  planCustomerImport,
  planPsaBillingImport,
  planSubscriptionImport,
  type Register,
} from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { planPreviewModel } from './plan-preview-model'

const connection = { id: 'conn-1', distributor: 'sherweb', distributorLabel: 'Sherweb' }

const register: Register = {
  ...emptyRegister(),
  version: 4,
  topLevels: [{ id: 'tl-1', name: 'Direct customers' }],
  customers: [
    {
      id: 'c-1',
      name: 'Contoso',
      inactive: false,
      version: 1,
      mainSite: { city: 'Leeds', country: 'GB' },
    },
    { id: 'c-2', name: 'Fabrikam', inactive: false, version: 1 },
  ],
  mappings: [
    {
      connectionId: 'conn-1',
      externalCustomerId: 'x-1',
      externalName: 'Contoso',
      customerId: 'c-1',
      origin: 'manual',
    },
  ],
}

const customerPlan = () =>
  planCustomerImport({
    connection,
    register,
    options: { topLevelId: 'tl-1', updateMainSiteAddress: true },
    externalCustomers: [
      {
        externalId: 'x-1',
        name: 'Contoso',
        status: 'active',
        address: { city: 'York', country: 'GB' },
      },
      { externalId: 'x-2', name: 'Fabrikam', status: 'active' },
      {
        externalId: 'x-3',
        name: 'Northwind',
        status: 'active',
        address: { city: 'Hull', country: 'GB' },
      },
    ],
  })

describe('planPreviewModel', () => {
  it('counts what a customer import will create, update and leave alone', () => {
    const model = planPreviewModel(customerPlan(), register)
    expect(model.counts.create).toBe(1)
    expect(model.counts.update).toBe(1)
    expect(model.headline).toMatch(
      /^1 to create, 1 to update, \d+ unchanged, 0 skipped, \d+ to map$/,
    )
    expect(model.empty).toBe(false)
  })

  it('shows an updated field before and after, with the address in words', () => {
    const update = planPreviewModel(customerPlan(), register).groups.find(
      (group) => group.id === 'update',
    )
    expect(update?.rows[0]).toMatchObject({
      title: 'Contoso',
      changes: [{ label: 'Main site address', before: 'Leeds, GB', after: 'York, GB' }],
    })
  })

  it('names the top level of a new customer instead of showing its id', () => {
    const create = planPreviewModel(customerPlan(), register).groups.find(
      (group) => group.id === 'create',
    )
    expect(create?.rows[0]?.title).toBe('Northwind')
    expect(create?.rows[0]?.changes).toContainEqual({
      field: 'topLevelId',
      label: 'Top level',
      before: '—',
      after: 'Direct customers',
    })
  })

  it('lists the mappings an import adds with the customer they map to', () => {
    const map = planPreviewModel(customerPlan(), register).groups.find(
      (group) => group.id === 'map',
    )
    expect(map?.rows.map((row) => row.detail)).toContain('Mapped to Fabrikam')
  })

  it('names a customer the same import creates where a mapping points to it, never its id', () => {
    const map = planPreviewModel(customerPlan(), register).groups.find(
      (group) => group.id === 'map',
    )
    expect(map?.rows.map((row) => row.detail)).toContain('Mapped to Northwind')
    expect(map?.rows.map((row) => row.detail).join(' ')).not.toMatch(/cus_|c-\d/)
  })

  it('lists skipped records with their reason', () => {
    const plan = planCustomerImport({
      connection: { id: 'conn-1', distributor: 'dickerdata', distributorLabel: 'Dicker Data' },
      register,
      options: { updateMainSiteAddress: false },
      externalCustomers: [
        {
          externalId: 'd-1',
          name: 'No Tenant Pty',
          status: 'active',
          importable: { ok: false, reason: 'No CSP tenant is assigned.' },
        },
      ],
    })
    const model = planPreviewModel(plan, register)
    expect(model.counts.skipped).toBe(1)
    expect(model.groups.find((group) => group.id === 'skipped')?.rows[0]).toMatchObject({
      title: 'No Tenant Pty',
      detail: 'No CSP tenant is assigned.',
    })
  })

  it('counts the billing lines a PSA import will create, change and leave alone', () => {
    const halo = { id: 'conn-halo', psa: 'halopsa', psaLabel: 'HaloPSA' }
    const line = (externalId: string, quantity: number) => ({
      externalId,
      companyExternalId: 'x-1',
      description: `Licence ${externalId}`,
      quantity,
      unitPrice: 30,
      period: 'monthly' as const,
      inactive: false,
      quantityRule: 'fixed' as const,
      reference: {},
    })
    const importLines = (items: ReturnType<typeof line>[], reg: Register) =>
      planPsaBillingImport({
        connection: halo,
        lines: { items, complete: true },
        companies: [{ externalId: 'x-1', name: 'Contoso', currency: 'GBP' }],
        register: reg,
      })
    const booked = register.mappings.map((m) => ({ ...m, connectionId: halo.id }))
    const first = { ...register, mappings: [...register.mappings, ...booked] }
    const imported = applyPlan(first, importLines([line('1', 5), line('2', 7)], first))
    const again = importLines([line('1', 5), line('2', 9), line('3', 1)], imported)
    const model = planPreviewModel(again, imported)
    expect(model.counts).toMatchObject({ create: 1, update: 1, unchanged: 1 })
    expect(model.headline).toBe('1 to create, 1 to update, 1 unchanged, 0 skipped')
  })

  it('calls a plan with no operations empty', () => {
    const plan = planSubscriptionImport({
      connection,
      register,
      externalSubscriptions: [],
      options: { setPriceAndCost: false, deactivateDeleted: true },
    })
    const model = planPreviewModel(plan, register)
    expect(model.empty).toBe(true)
    expect(model.groups).toEqual([])
  })

  it('shows a new subscription under the customer it lands on', () => {
    const plan = planSubscriptionImport({
      connection,
      register,
      externalSubscriptions: [
        {
          externalId: 's-1',
          customerExternalId: 'x-1',
          name: 'Microsoft 365 E3',
          status: 'active',
          quantity: 12,
        },
      ],
      options: { setPriceAndCost: false, deactivateDeleted: true },
    })
    const row = planPreviewModel(plan, register).groups[0]?.rows[0]
    expect(row).toMatchObject({ title: 'Microsoft 365 E3', detail: 'New subscription for Contoso' })
    expect(row?.changes).toContainEqual({
      field: 'quantity',
      label: 'Quantity',
      before: '—',
      after: '12',
    })
  })

  it('marks a new trial as a trial and says in words whether it converts to paid', () => {
    const plan = planSubscriptionImport({
      connection,
      register,
      externalSubscriptions: [
        {
          externalId: 's-1',
          customerExternalId: 'x-1',
          name: 'Microsoft 365 E3',
          status: 'active',
          quantity: 25,
          trial: true,
        },
        {
          externalId: 's-2',
          customerExternalId: 'x-1',
          name: 'Microsoft 365 E5',
          status: 'active',
          quantity: 5,
          trial: true,
          autoRenew: false,
        },
        {
          externalId: 's-3',
          customerExternalId: 'x-1',
          name: 'Exchange Online',
          status: 'active',
          quantity: 10,
          termMonths: 12,
          autoRenew: true,
        },
      ],
      options: { setPriceAndCost: false, deactivateDeleted: true },
    })
    const rows = planPreviewModel(plan, register).groups[0]?.rows ?? []
    const byTitle = (title: string) => rows.find((row) => row.title === title)
    const autoRenew = (title: string) =>
      byTitle(title)?.changes.find((change) => change.label === 'Auto-renew')?.after
    expect(rows.filter((row) => row.trial).map((row) => row.title)).toEqual([
      'Microsoft 365 E3',
      'Microsoft 365 E5',
    ])
    expect(autoRenew('Microsoft 365 E3')).toBe('converts to paid when the trial ends')
    expect(autoRenew('Microsoft 365 E5')).toBe('ends with the trial, does not convert')
    expect(autoRenew('Exchange Online')).toBe('renews automatically')
    expect(byTitle('Exchange Online')?.trial).toBeFalsy()
    // No field key or raw flag on screen: every change has a label and words.
    expect(byTitle('Microsoft 365 E3')?.changes.map((c) => c.after)).not.toContain('true')
  })

  it('tags an existing trial the plan changes or holds back', () => {
    const withTrial: Register = {
      ...register,
      subscriptions: [
        {
          id: 'sub-1',
          customerId: 'c-1',
          connectionId: 'conn-1',
          distributor: 'Sherweb',
          externalId: 's-1',
          name: 'Microsoft 365 E3',
          status: 'active',
          quantity: 25,
          active: true,
          trial: true,
          version: 1,
        },
      ],
    }
    const plan = planSubscriptionImport({
      connection,
      register: withTrial,
      externalSubscriptions: [
        {
          externalId: 's-1',
          customerExternalId: 'x-1',
          name: 'Microsoft 365 E3',
          status: 'active',
          quantity: 30,
          trial: true,
        },
      ],
      options: { setPriceAndCost: false, deactivateDeleted: true },
    })
    const update = planPreviewModel(plan, withTrial).groups.find((g) => g.id === 'update')
    expect(update?.rows[0]).toMatchObject({ title: 'Microsoft 365 E3', trial: true })
  })
})

/** A first import of `count` new customers: each is created and mapped, two operations apiece. */
const firstImport = (count: number) => {
  const externalCustomers = Array.from({ length: count }, (_, i) => ({
    externalId: `big-${i}`,
    name: `Customer ${i}`,
    status: 'active' as const,
  }))
  return planCustomerImport({
    connection,
    register: emptyRegister(),
    options: { updateMainSiteAddress: false },
    externalCustomers,
  })
}

/**
 * How many elements array iterators hand out while `build` runs: every spread, `for…of` and
 * `new Set(list)` goes through Array.prototype[Symbol.iterator], so copying a list per appended row
 * shows here as a square of the row count.
 */
function arrayStepsOf(build: () => unknown): number {
  const original = Array.prototype[Symbol.iterator]
  let steps = 0
  Array.prototype[Symbol.iterator] = function (this: unknown[]) {
    const inner = original.call(this)
    return {
      next: () => {
        steps++
        return inner.next()
      },
      [Symbol.iterator]() {
        return this
      },
    } as ArrayIterator<unknown>
  }
  try {
    build()
  } finally {
    Array.prototype[Symbol.iterator] = original
  }
  return steps
}

describe('planPreviewModel at the size of a first big import', () => {
  it('groups and counts 100,000 operations: every created customer and every mapping', () => {
    const plan = firstImport(50_000)
    expect(plan.operations).toHaveLength(100_000)
    const model = planPreviewModel(plan, emptyRegister())
    expect(model.counts).toMatchObject({ create: 50_000, update: 0, map: 50_000 })
    expect(model.headline).toBe(
      '50000 to create, 0 to update, 0 unchanged, 0 skipped, 50000 to map',
    )
    expect(model.groups.map((group) => [group.id, group.rows.length])).toEqual([
      ['create', 50_000],
      ['map', 50_000],
    ])
    expect(model.groups[0]?.rows[49_999]?.title).toBe('Customer 49999')
    expect(model.groups[1]?.rows[49_999]?.detail).toBe('Mapped to Customer 49999')
  })

  it('looks nothing up in the register until a row is read, so a large register costs the model nothing', () => {
    const plan = firstImport(1_000)
    const large: Register = {
      ...emptyRegister(),
      customers: Array.from({ length: 20_000 }, (_, i) => ({
        ...register.customers[0]!,
        id: `other-${i}`,
        name: `Other ${i}`,
      })),
    }
    let model: ReturnType<typeof planPreviewModel> | undefined
    const steps = arrayStepsOf(() => (model = planPreviewModel(plan, large)))
    expect(steps).toBe(arrayStepsOf(() => planPreviewModel(plan, emptyRegister())))
    // Read, a row names what it is about as before.
    expect(model?.groups[1]?.rows[0]?.detail).toBe('Mapped to Customer 0')
  })

  it('reads each operation a fixed number of times, so four times the rows is four times the work', () => {
    const small = firstImport(1_000)
    const large = firstImport(4_000)
    const smallSteps = arrayStepsOf(() => planPreviewModel(small, emptyRegister()))
    const largeSteps = arrayStepsOf(() => planPreviewModel(large, emptyRegister()))
    // Linear: the ratio is 4. Copying a group's list per row made it 16.
    expect(largeSteps / smallSteps).toBeLessThan(5)
  })
})
