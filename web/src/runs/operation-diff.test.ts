import { describe, expect, it } from 'vitest'
import { operationDiff, show } from './operation-diff'

describe('operationDiff', () => {
  it('lists only the fields an update changed, with before and after as text', () => {
    const diff = operationDiff({
      op: 'updateSubscription',
      subscriptionId: 's-1',
      before: { quantity: 10, status: 'active', name: 'Microsoft 365 E3' },
      after: { quantity: 12, status: 'active', name: 'Microsoft 365 E3', unitPrice: 36.1 },
    })
    expect(diff).toEqual({
      action: 'Subscription updated',
      entity: 'subscription',
      recordId: 's-1',
      name: 'Microsoft 365 E3',
      changes: [
        { field: 'quantity', before: '10', after: '12' },
        { field: 'unitPrice', before: '', after: '36.1' },
      ],
    })
  })

  it('shows a created record as every field going from empty to its value, without id and version', () => {
    const diff = operationDiff({
      op: 'createCustomer',
      after: {
        id: 'c-1',
        name: 'Acme',
        mainSite: { city: 'Sydney', country: 'AU' },
        inactive: false,
        version: 1,
      },
    })
    expect(diff.changes).toEqual([
      { field: 'name', before: '', after: 'Acme' },
      { field: 'mainSite', before: '', after: 'Sydney, AU' },
      { field: 'inactive', before: '', after: 'no' },
    ])
  })

  it('says why a subscription was deactivated', () => {
    const diff = operationDiff({
      op: 'deactivateSubscription',
      subscriptionId: 's-2',
      reason: 'deleted-upstream',
      before: { active: true },
      after: { active: false },
    })
    expect(diff.action).toBe('Subscription deactivated')
    expect(diff.changes).toContainEqual({ field: 'reason', before: '', after: 'deleted-upstream' })
  })

  it('shows a removed mapping as every field going to empty', () => {
    const diff = operationDiff({
      op: 'removeMapping',
      before: {
        connectionId: 'k-1',
        externalCustomerId: 'x-1',
        externalName: 'ACME',
        customerId: 'c-1',
        origin: 'manual',
      },
    })
    expect(diff.recordId).toBe('k-1/x-1')
    expect(diff.changes.every((c) => c.after === '')).toBe(true)
  })
})

describe('show', () => {
  it('writes empty, booleans and nested values readably', () => {
    expect(show(null)).toBe('')
    expect(show(true)).toBe('yes')
    expect(show({ line1: '1 George St', line2: '' })).toBe('line1: 1 George St')
  })
})

describe('operationDiff of the register’s own operations', () => {
  it('shows a top level a CSV import created, and the customer an undo removed', () => {
    expect(
      operationDiff({ op: 'createTopLevel', after: { id: 't-1', name: 'Harbour Group' } }),
    ).toEqual({
      action: 'Top level created',
      entity: 'top level',
      recordId: 't-1',
      name: 'Harbour Group',
      changes: [{ field: 'name', before: '', after: 'Harbour Group' }],
    })
    const removed = operationDiff({
      op: 'removeCustomer',
      before: { id: 'c-1', name: 'Acme', inactive: false, version: 2 },
    })
    expect(removed).toMatchObject({
      action: 'Customer removed',
      entity: 'customer',
      recordId: 'c-1',
      name: 'Acme',
    })
    expect(removed.changes).toEqual([
      { field: 'name', before: 'Acme', after: '' },
      { field: 'inactive', before: 'no', after: '' },
    ])
  })

  it('shows the top level, customer and connection a change refers to by name, and an unknown id as the id', () => {
    const names = {
      topLevel: (id: string) => ({ 'tl-emea': 'EMEA' })[id],
      customer: (id: string) => ({ 'c-1': 'Contoso', 'c-2': 'Contoso Ltd' })[id],
      connection: (id: string) => ({ 'conn-1': 'Arrow AU (ArrowSphere)' })[id],
    }
    const moved = operationDiff(
      {
        op: 'updateCustomer',
        customerId: 'c-1',
        before: { topLevelId: 'tl-gone' },
        after: { topLevelId: 'tl-emea' },
      },
      names,
    )
    expect(moved.changes).toEqual([{ field: 'topLevelId', before: 'tl-gone', after: 'EMEA' }])
    const mapped = operationDiff(
      {
        op: 'addMapping',
        after: {
          connectionId: 'conn-1',
          externalCustomerId: 'X1',
          externalName: 'Contoso',
          customerId: 'c-2',
          origin: 'manual',
        },
      },
      names,
    )
    expect(mapped.changes).toContainEqual({ field: 'customerId', before: '', after: 'Contoso Ltd' })
    expect(mapped.changes).toContainEqual({
      field: 'connectionId',
      before: '',
      after: 'Arrow AU (ArrowSphere)',
    })
  })

  it('still shows a change between two customers that share a name', () => {
    const diff = operationDiff(
      {
        op: 'updateSubscription',
        subscriptionId: 's-1',
        before: { customerId: 'c-1' },
        after: { customerId: 'c-2' },
      },
      { customer: () => 'Contoso' },
    )
    expect(diff.changes).toEqual([{ field: 'customerId', before: 'Contoso', after: 'Contoso' }])
  })

  it('names an updated customer from the register when the change carries no name', () => {
    const diff = operationDiff(
      {
        op: 'updateCustomer',
        customerId: 'cus_207898f8',
        before: { domain: 'a.example' },
        after: { domain: 'b.example' },
      },
      { customer: (id) => (id === 'cus_207898f8' ? 'Ashford Dental' : undefined) },
    )
    expect(diff.name).toBe('Ashford Dental')
  })

  it('shows who created a customer as the connection, not its id', () => {
    const diff = operationDiff(
      {
        op: 'createCustomer',
        after: {
          id: 'c-1',
          name: 'Acme',
          createdBy: { distributor: 'ArrowSphere', connectionId: '2191aaaa' },
          inactive: false,
          version: 1,
        },
      },
      { connection: (id) => (id === '2191aaaa' ? 'Arrow AU (ArrowSphere)' : undefined) },
    )
    expect(diff.changes).toContainEqual({
      field: 'createdBy',
      before: '',
      after: 'Arrow AU (ArrowSphere)',
    })
  })
})
