import { describe, expect, it } from 'vitest'
import { PlanApplyError } from './plan-errors'
import { arrow, customer, register, subscription } from '../testing/builders'
import { applyOperations } from './apply-operations'
import type { Operation } from './operation'

const base = register({
  version: 3,
  topLevels: [{ id: 't1', name: 'Group' }],
  customers: [customer('c1', 'Contoso', { topLevelId: 't1' })],
  subscriptions: [subscription('s1', 'c1', 'S1')],
})
const s1 = base.subscriptions[0] as ReturnType<typeof subscription>

/** The refusal applying `operations` to the base register gives (it must give one). */
function refusal(operations: readonly unknown[]): PlanApplyError {
  try {
    applyOperations(base, operations as Operation[])
  } catch (error) {
    if (error instanceof PlanApplyError) return error
    throw error
  }
  throw new Error('the operations were applied')
}

const quantity = (value: number): Operation => ({
  op: 'updateSubscription',
  subscriptionId: 's1',
  before: { quantity: s1.quantity },
  after: { quantity: value },
})

describe('applyOperations checks every record against the model', () => {
  it('refuses a negative quantity, naming the operation, the field and the value', () => {
    const error = refusal([quantity(3), quantity(-5)])
    expect(error.field).toBe('operations[1].after.quantity')
    expect(error.message).toBe(
      'Operation 2 (update subscription s1): the quantity must be a whole number of 0 or more; got -5. Nothing was applied.',
    )
  })

  it('refuses a quantity that is not finite or not whole', () => {
    expect(refusal([quantity(Infinity)]).field).toBe('operations[0].after.quantity')
    expect(refusal([quantity(2.5)]).message).toMatch(/whole number of 0 or more; got 2.5/)
  })

  it('refuses an update that would leave a customer without a name', () => {
    const error = refusal([
      {
        op: 'updateCustomer',
        customerId: 'c1',
        before: { name: 'Contoso', inactive: false },
        after: { name: null, inactive: null },
      },
    ])
    expect(error.field).toBe('operations[0].after.name')
    expect(error.message).toMatch(/the name is required; got nothing/)
  })

  it('refuses a name over 200 characters without quoting it back', () => {
    const long = 'x'.repeat(3 * 1024 * 1024)
    const error = refusal([{ op: 'createCustomer', after: customer('c9', long) }])
    expect(error.field).toBe('operations[0].after.name')
    expect(error.message).toMatch(/at most 200 characters; got a text of 3,145,728 characters/)
    expect(error.message.length).toBeLessThan(300)
  })

  it('refuses an address line over 200 characters', () => {
    const error = refusal([
      {
        op: 'createCustomer',
        after: customer('c9', 'Big', { mainSite: { line1: 'a'.repeat(201) } }),
      },
    ])
    expect(error.field).toBe('operations[0].after.mainSite.line1')
  })

  it.each([
    ['NUL', 'Bad\u0000name'],
    ['ESC', 'Bad\u001bname'],
    ['a right-to-left override', 'Bad\u202ename'],
    ['a lone surrogate', 'Bad\ud800name'],
  ])('refuses a name with %s', (_, name) => {
    const error = refusal([{ op: 'createCustomer', after: customer('c9', name) }])
    expect(error.field).toBe('operations[0].after.name')
  })

  it('keeps names in any script, with accents and emoji', () => {
    const next = applyOperations(base, [
      { op: 'createCustomer', after: customer('c9', 'Müller & Søn — 東京 👍') },
    ])
    expect(next.customers.map((c) => c.name)).toContain('Müller & Søn — 東京 👍')
  })

  it('refuses a customer under a top level that does not exist', () => {
    const error = refusal([
      { op: 'createCustomer', after: customer('c9', 'Orphan', { topLevelId: 'nope' }) },
    ])
    expect(error.field).toBe('operations[0].after.topLevelId')
    expect(error.message).toMatch(/top level nope does not exist/)
  })

  it('refuses a second subscription for the same distributor subscription of a connection', () => {
    const twin = { ...s1, id: 's2' }
    const error = refusal([{ op: 'createSubscription', after: twin }])
    expect(error.field).toBe('operations[0].after.externalId')
    expect(error.message).toMatch(/subscription s1 already holds distributor subscription/)
  })

  it('refuses a connection it was not told about when given the known connections', () => {
    const other = { ...s1, id: 's2', externalId: 'S2', connectionId: 'conn-gone' }
    expect(() =>
      applyOperations(base, [{ op: 'createSubscription', after: other }], {
        connectionIds: new Set([arrow.id]),
      }),
    ).toThrow(/connection conn-gone does not exist/)
  })

  it('refuses a before that is not the record as it is', () => {
    const error = refusal([
      {
        op: 'updateSubscription',
        subscriptionId: 's1',
        before: { quantity: s1.quantity + 7 },
        after: { quantity: 1 },
      },
    ])
    expect(error.field).toBe('operations[0].before.quantity')
    expect(error.message).toMatch(/was said to be \d+ but is \d+/)
  })
})
