import { describe, expect, it } from 'vitest'
import { PlanApplyError } from './plan-errors'
import { arrow, customer, mapping, register, subscription } from '../testing/builders'
import { applyOperations } from './apply-operations'
import type { Operation } from './operation'

const group = { id: 't1', name: 'Group' }
const base = register({
  version: 3,
  topLevels: [group],
  customers: [customer('c1', 'Contoso', { topLevelId: 't1' }), customer('c2', 'Fabrikam')],
  mappings: [mapping(arrow.id, 'X1', 'c1')],
  subscriptions: [subscription('s1', 'c1', 'S1')],
})

describe('applyOperations', () => {
  it('applies top levels and customers in list order, so a new customer can join a new group', () => {
    const next = applyOperations(base, [
      { op: 'createTopLevel', after: { id: 't2', name: 'New group' } },
      { op: 'createCustomer', after: customer('c3', 'Northwind', { topLevelId: 't2' }) },
    ])
    expect(next.version).toBe(4)
    expect(next.topLevels.map((t) => t.id)).toEqual(['t1', 't2'])
    expect(next.customers.map((c) => c.id)).toEqual(['c1', 'c2', 'c3'])
    expect(base.topLevels).toHaveLength(1)
  })

  it('removes a customer once its subscription and mapping went earlier in the same list', () => {
    const c1 = base.customers[0] as ReturnType<typeof customer>
    const next = applyOperations(base, [
      {
        op: 'removeSubscription',
        before: base.subscriptions[0] as ReturnType<typeof subscription>,
      },
      { op: 'removeMapping', before: base.mappings[0] as ReturnType<typeof mapping> },
      { op: 'removeCustomer', before: c1 },
      { op: 'removeTopLevel', before: group },
    ])
    expect(next.customers.map((c) => c.id)).toEqual(['c2'])
    expect(next.subscriptions).toEqual([])
    expect(next.mappings).toEqual([])
    expect(next.topLevels).toEqual([])
  })

  it('refuses to remove a customer something still points at, naming the operation', () => {
    const c1 = base.customers[0] as ReturnType<typeof customer>
    const attempt = () =>
      applyOperations(base, [
        { op: 'removeMapping', before: base.mappings[0] as ReturnType<typeof mapping> },
        { op: 'removeCustomer', before: c1 },
      ])
    expect(attempt).toThrow(PlanApplyError)
    expect(attempt).toThrow(
      /Operation 2 \(remove customer c1\): customer c1 still has subscriptions\. Nothing was applied\./,
    )
  })

  it('sees a subscription moved to another customer earlier in the list when removing', () => {
    const c1 = base.customers[0] as ReturnType<typeof customer>
    const next = applyOperations(base, [
      {
        op: 'updateSubscription',
        subscriptionId: 's1',
        before: { customerId: 'c1' },
        after: { customerId: 'c2' },
      },
      { op: 'removeMapping', before: base.mappings[0] as ReturnType<typeof mapping> },
      { op: 'removeCustomer', before: c1 },
    ])
    expect(next.subscriptions[0]).toMatchObject({ customerId: 'c2', version: 2 })
    expect(next.customers.map((c) => c.id)).toEqual(['c2'])
  })

  it('refuses to remove a top level that still has customers', () => {
    expect(() => applyOperations(base, [{ op: 'removeTopLevel', before: group }])).toThrow(
      /top level t1 still has customers/,
    )
  })

  it('refuses an operation it does not know instead of skipping it', () => {
    const unknown = { op: 'teleportCustomer', customerId: 'c1' } as unknown as Operation
    expect(() => applyOperations(base, [unknown])).toThrow(
      /Operation 1 \(teleport customer c1\): "teleportCustomer" is not an operation the register knows/,
    )
  })

  it('returns the register itself for no operations', () => {
    expect(applyOperations(base, [])).toBe(base)
  })
})
