import { describe, expect, it } from 'vitest'
import { customer } from '../testing/builders'
import { customerCreation, customerEdit } from './customer-edits'

describe('customerCreation', () => {
  it('trims the name and leaves blank fields out', () => {
    expect(
      customerCreation('c9', {
        name: '  Contoso ',
        domain: ' ',
        taxId: 'AB1',
        mainSite: { city: '' },
      }),
    ).toEqual({
      op: 'createCustomer',
      after: { id: 'c9', name: 'Contoso', taxId: 'AB1', inactive: false, version: 1 },
    })
  })
})

describe('customerEdit', () => {
  const current = customer('c1', 'Contoso', { domain: 'contoso.com', mainSite: { city: 'Perth' } })

  it('clears a field sent as an empty string, recording what it was', () => {
    expect(customerEdit(current, { domain: '' })).toEqual({
      op: 'updateCustomer',
      customerId: 'c1',
      before: { domain: 'contoso.com' },
      after: { domain: null },
    })
  })

  it('changes nothing when the edit repeats what the customer holds, empty address parts included', () => {
    expect(
      customerEdit(current, { name: ' Contoso ', mainSite: { city: 'Perth', line1: '' } }),
    ).toBeUndefined()
  })
})
