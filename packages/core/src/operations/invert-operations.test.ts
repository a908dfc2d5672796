import { describe, expect, it } from 'vitest'
import { arrow, customer, mapping, register, subscription } from '../testing/builders'
import { applyOperations } from './apply-operations'
import { invertOperations } from './invert-operations'
import type { Operation } from './operation'

const before = register({
  customers: [customer('c1', 'Contoso', { domain: 'contoso.com' })],
  subscriptions: [subscription('s1', 'c1', 'S1')],
})
const run: Operation[] = [
  { op: 'createCustomer', after: customer('c2', 'Fabrikam') },
  { op: 'addMapping', after: mapping(arrow.id, 'X2', 'c2', { origin: 'import' }) },
  {
    op: 'updateCustomer',
    customerId: 'c1',
    before: { domain: 'contoso.com' },
    after: { domain: 'contoso.net' },
  },
  {
    op: 'deactivateSubscription',
    subscriptionId: 's1',
    reason: 'deleted-upstream',
    before: { active: true, status: 'active' },
    after: { active: false, status: 'deleted' },
  },
]
const after = applyOperations(before, run)

const withoutVersions = (r: typeof before) => ({
  customers: r.customers.map(({ version: _, ...c }) => c),
  subscriptions: r.subscriptions.map(({ version: _, ...s }) => s),
  mappings: r.mappings,
  topLevels: r.topLevels,
})

describe('invertOperations', () => {
  it('puts back every record of a run, newest first', () => {
    const undo = invertOperations(after, run)
    expect(undo.notReverted).toEqual([])
    expect(undo.operations.map((o) => o.op)).toEqual([
      'updateSubscription',
      'updateCustomer',
      'removeMapping',
      'removeCustomer',
    ])
    expect(withoutVersions(applyOperations(after, undo.operations))).toEqual(
      withoutVersions(before),
    )
  })

  it('leaves a field a newer run changed, saying who changed it', () => {
    const later = applyOperations(after, [
      {
        op: 'updateCustomer',
        customerId: 'c1',
        before: { domain: 'contoso.net' },
        after: { domain: 'contoso.org' },
      },
    ])
    const undo = invertOperations(later, run, { changedBy: () => 'by run run_9 (manual, ana)' })
    expect(undo.notReverted).toEqual([
      {
        record: 'Customer Contoso',
        reason: 'Customer Contoso was changed by run run_9 (manual, ana) after this run.',
      },
    ])
    expect(undo.operations.map((o) => o.op)).not.toContain('updateCustomer')
  })

  it('keeps a created customer that got a subscription after the run', () => {
    const later = applyOperations(after, [
      { op: 'createSubscription', after: subscription('s2', 'c2', 'S2') },
    ])
    const undo = invertOperations(later, run)
    expect(undo.notReverted).toEqual([
      {
        record: 'Customer Fabrikam',
        reason:
          'Customer Fabrikam has subscriptions or mappings added after this run; it was kept.',
      },
    ])
  })

  it('undoes an undo: the change is back', () => {
    const undo = invertOperations(after, run)
    const undone = applyOperations(after, undo.operations)
    const redo = invertOperations(undone, undo.operations)
    expect(redo.notReverted).toEqual([])
    expect(withoutVersions(applyOperations(undone, redo.operations))).toEqual(
      withoutVersions(after),
    )
  })
})
