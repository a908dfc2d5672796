import { describe, expect, it } from 'vitest'
import { billingLine, customer, register, subscription } from '../testing/builders'
import { applyOperations } from './apply-operations'
import { invertOperations } from './invert-operations'
import type { Operation } from './operation'
import { PlanApplyError } from './plan-errors'
import { RegisterSchema } from '../model/register'
import * as v from 'valibot'

const base = register({
  customers: [customer('c1', 'Contoso'), customer('c2', 'Fabrikam')],
  subscriptions: [subscription('s1', 'c1', 'S1'), subscription('s2', 'c2', 'S2')],
  billingLines: [billingLine('l1', 'c1')],
})

const dismissal = {
  findingId: 'fnd_1',
  reason: 'Billed on the annual invoice instead',
  by: 'ann@example.com',
  at: '2026-12-01T09:30:00.000Z',
}

/** The refusal applying `operations` to `on` gives (it must give one). */
function refusal(operations: readonly unknown[], on = base): PlanApplyError {
  try {
    applyOperations(on, operations as Operation[])
  } catch (error) {
    if (error instanceof PlanApplyError) return error
    throw error
  }
  throw new Error('the operations were applied')
}

/** Applies a run, undoes it, and gives both registers. */
function roundTrip(run: Operation[], on = base) {
  const after = applyOperations(on, run)
  const undo = invertOperations(after, run)
  expect(undo.notReverted).toEqual([])
  return { after, undone: applyOperations(after, undo.operations) }
}

const withoutVersions = (r: typeof base) => ({
  subscriptions: r.subscriptions.map(({ version: _, ...s }) => s),
  billingLines: r.billingLines.map(({ version: _, ...l }) => l),
  dismissals: r.dismissals,
})

describe('billing operations', () => {
  it('creates a billing line and its undo removes it', () => {
    const { after, undone } = roundTrip([
      { op: 'createBillingLine', after: billingLine('l2', 'c2', { quantity: 4 }) },
    ])
    expect(after.billingLines.map((l) => l.id)).toEqual(['l1', 'l2'])
    expect(withoutVersions(undone)).toEqual(withoutVersions(base))
  })

  it('updates a line quantity and its undo puts the old quantity back', () => {
    const { after, undone } = roundTrip([
      { op: 'updateBillingLine', lineId: 'l1', before: { quantity: 10 }, after: { quantity: 12 } },
    ])
    expect(after.billingLines[0]).toMatchObject({ quantity: 12, version: 2 })
    expect(undone.billingLines[0]?.quantity).toBe(10)
  })

  it('removes an unlinked line and its undo creates it again', () => {
    const line = base.billingLines[0] as ReturnType<typeof billingLine>
    const { after, undone } = roundTrip([{ op: 'removeBillingLine', before: line }])
    expect(after.billingLines).toEqual([])
    expect(withoutVersions(undone)).toEqual(withoutVersions(base))
  })

  it('links a subscription to a line of its customer and its undo unlinks it', () => {
    const { after, undone } = roundTrip([
      {
        op: 'linkSubscription',
        subscriptionId: 's1',
        before: { billingLineId: null },
        after: { billingLineId: 'l1' },
      },
    ])
    expect(after.subscriptions[0]?.billingLineId).toBe('l1')
    expect(undone.subscriptions[0]?.billingLineId).toBeUndefined()
  })

  it('marks a subscription not billable and its undo makes it billable again', () => {
    const { after, undone } = roundTrip([
      {
        op: 'markNotBillable',
        subscriptionId: 's1',
        before: { notBillable: null },
        after: { notBillable: { reason: 'internal-use', note: 'Our own staff' } },
      },
    ])
    expect(after.subscriptions[0]?.notBillable).toEqual({
      reason: 'internal-use',
      note: 'Our own staff',
    })
    expect(undone.subscriptions[0]?.notBillable).toBeUndefined()
  })

  it('dismisses a finding and its undo restores it', () => {
    const { after, undone } = roundTrip([{ op: 'dismissFinding', after: dismissal }])
    expect(after.dismissals).toEqual([dismissal])
    expect(undone.dismissals).toEqual([])
  })

  it('restores a dismissed finding and its undo dismisses it again', () => {
    const dismissed = register({ ...base, dismissals: [dismissal] })
    const { after, undone } = roundTrip([{ op: 'restoreFinding', before: dismissal }], dismissed)
    expect(after.dismissals).toEqual([])
    expect(undone.dismissals).toEqual([dismissal])
  })

  it('undoes a line created and then changed in the same run', () => {
    const { undone } = roundTrip([
      { op: 'createBillingLine', after: billingLine('l2', 'c2') },
      { op: 'updateBillingLine', lineId: 'l2', before: { quantity: 10 }, after: { quantity: 12 } },
    ])
    expect(withoutVersions(undone)).toEqual(withoutVersions(base))
  })

  it('undoes a line created and linked in one run: unlinked first, then removed', () => {
    const run: Operation[] = [
      { op: 'createBillingLine', after: billingLine('l2', 'c2') },
      {
        op: 'linkSubscription',
        subscriptionId: 's2',
        before: { billingLineId: null },
        after: { billingLineId: 'l2' },
      },
    ]
    const { undone } = roundTrip(run)
    expect(withoutVersions(undone)).toEqual(withoutVersions(base))
  })
})

describe('billing operations are checked like every other', () => {
  it('refuses a line with a bad currency, naming the operation and the field', () => {
    const error = refusal([
      { op: 'createBillingLine', after: billingLine('l1', 'c1') },
      { op: 'createBillingLine', after: billingLine('l2', 'c1', { currency: 'dollars' }) },
    ])
    // The first one already clashes: the line id is taken.
    expect(error.message).toBe(
      'Operation 1 (create billing line l1): billing line l1 already exists. Nothing was applied.',
    )
    const bad = refusal([
      { op: 'createBillingLine', after: billingLine('l2', 'c1', { currency: 'dollars' }) },
    ])
    expect(bad.field).toBe('operations[0].after.currency')
    expect(bad.message).toMatch(/the currency must be a three-letter ISO-4217 code/)
  })

  it('refuses a description over the register text limit', () => {
    const error = refusal([
      { op: 'createBillingLine', after: billingLine('l2', 'c1', { description: 'x'.repeat(201) }) },
    ])
    expect(error.field).toBe('operations[0].after.description')
    expect(error.message).toMatch(/at most 200 characters; got a text of 201 characters/)
  })

  it('refuses a line that ends before it starts', () => {
    const error = refusal([
      {
        op: 'updateBillingLine',
        lineId: 'l1',
        before: {},
        after: { startDate: '2026-05-01', endDate: '2026-04-30' },
      },
    ])
    expect(error.field).toBe('operations[0].after.endDate')
    expect(error.message).toMatch(/must not be before the start date/)
  })

  it('refuses a line for a customer that does not exist', () => {
    const error = refusal([{ op: 'createBillingLine', after: billingLine('l2', 'c9') }])
    expect(error.field).toBe('operations[0].after.customerId')
  })

  it('refuses two lines holding the same PSA line', () => {
    const psa = { kind: 'psa' as const, psa: 'halopsa', connectionId: 'p1', externalId: '-12' }
    const error = refusal([
      { op: 'createBillingLine', after: billingLine('l2', 'c1', { source: psa }) },
      { op: 'createBillingLine', after: billingLine('l3', 'c1', { source: psa }) },
    ])
    expect(error.field).toBe('operations[1].after.source.externalId')
    expect(error.message).toMatch(/billing line l2 already holds this PSA line/)
  })

  it('moves a PSA-owned line to the PSA line that replaced it, and its undo moves it back', () => {
    const old = { kind: 'psa' as const, psa: 'connectwise', connectionId: 'p1', externalId: '701' }
    const on = register({ ...base, billingLines: [billingLine('l2', 'c1', { source: old })] })
    const moved = { ...old, externalId: '9001' }
    const { after, undone } = roundTrip(
      [
        {
          op: 'updateBillingLine',
          lineId: 'l2',
          before: { quantity: 10, source: old },
          after: { quantity: 11, source: moved },
        },
      ],
      on,
    )
    expect(after.billingLines[0]).toMatchObject({ quantity: 11, source: moved })
    expect(undone.billingLines[0]).toMatchObject({ quantity: 10, source: old })
    // The index follows: a new line may now hold the old PSA line, not the new one.
    expect(() =>
      applyOperations(after, [
        { op: 'createBillingLine', after: billingLine('l3', 'c1', { source: moved }) },
      ]),
    ).toThrow(/billing line l2 already holds this PSA line/)
  })

  it("refuses to move a line's source to another connection or to a line of its own", () => {
    const old = { kind: 'psa' as const, psa: 'connectwise', connectionId: 'p1', externalId: '701' }
    const on = register({ ...base, billingLines: [billingLine('l2', 'c1', { source: old })] })
    const elsewhere = refusal(
      [
        {
          op: 'updateBillingLine',
          lineId: 'l2',
          before: { source: old },
          after: { source: { ...old, connectionId: 'p2' } },
        },
      ],
      on,
    )
    expect(elsewhere.field).toBe('operations[0].after.source')
    const own = refusal([
      {
        op: 'updateBillingLine',
        lineId: 'l1',
        before: {},
        after: { source: old },
      },
    ])
    expect(own.message).toMatch(/only the PSA line id of a PSA-owned line can change/)
  })

  it("refuses an update whose before is not the line's current value", () => {
    const error = refusal([
      { op: 'updateBillingLine', lineId: 'l1', before: { quantity: 7 }, after: { quantity: 12 } },
    ])
    expect(error.field).toBe('operations[0].before.quantity')
    expect(error.message).toMatch(/was said to be 7 but is 10/)
  })

  it("refuses a link to another customer's line", () => {
    const error = refusal([
      {
        op: 'linkSubscription',
        subscriptionId: 's2',
        before: { billingLineId: null },
        after: { billingLineId: 'l1' },
      },
    ])
    expect(error.field).toBe('operations[0].after.billingLineId')
    expect(error.message).toMatch(/belongs to customer c1, not to this subscription's customer c2/)
  })

  it('refuses a link to a line that does not exist', () => {
    const error = refusal([
      {
        op: 'linkSubscription',
        subscriptionId: 's1',
        before: { billingLineId: null },
        after: { billingLineId: 'nope' },
      },
    ])
    expect(error.message).toMatch(/billing line nope does not exist/)
  })

  it('refuses to remove a line subscriptions are still billed on', () => {
    const linked = register({
      ...base,
      subscriptions: [subscription('s1', 'c1', 'S1', { billingLineId: 'l1' })],
    })
    const line = base.billingLines[0] as ReturnType<typeof billingLine>
    const error = refusal([{ op: 'removeBillingLine', before: line }], linked)
    expect(error.message).toMatch(/still has 1 linked subscription; unlink it first/)
  })

  it('refuses a not-billable mark without a known reason', () => {
    const error = refusal([
      {
        op: 'markNotBillable',
        subscriptionId: 's1',
        before: { notBillable: null },
        after: { notBillable: { reason: 'free' } },
      },
    ])
    expect(error.field).toBe('operations[0].after.notBillable.reason')
  })

  it('refuses a dismissal without a reason, and dismissing one finding twice', () => {
    const empty = refusal([{ op: 'dismissFinding', after: { ...dismissal, reason: ' ' } }])
    expect(empty.field).toBe('operations[0].after.reason')
    const twice = refusal([
      { op: 'dismissFinding', after: dismissal },
      { op: 'dismissFinding', after: dismissal },
    ])
    expect(twice.message).toMatch(/Operation 2 .*finding fnd_1 is already dismissed/)
  })

  it('refuses to remove a customer that still has billing lines', () => {
    const noSubscriptions = register({ ...base, subscriptions: [] })
    const error = refusal(
      [{ op: 'removeCustomer', before: customer('c1', 'Contoso') }],
      noSubscriptions,
    )
    expect(error.message).toMatch(/customer c1 still has billing lines/)
  })
})

describe('the register model', () => {
  it('reads a register stored before billing existed with no lines and no dismissals', () => {
    const stored = { version: 2, topLevels: [], customers: [], subscriptions: [], mappings: [] }
    const parsed = v.parse(RegisterSchema, stored)
    expect(parsed.billingLines).toEqual([])
    expect(parsed.dismissals).toEqual([])
  })
})
