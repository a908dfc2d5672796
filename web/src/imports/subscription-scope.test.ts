import { emptyRegister, type Register } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { externalIdsFor, mappedCustomerOptions } from './subscription-scope'

const register: Register = {
  ...emptyRegister(),
  customers: [
    { id: 'c-1', name: 'Contoso', inactive: false, version: 1 },
    { id: 'c-2', name: 'Adatum', inactive: false, version: 1 },
    { id: 'c-3', name: 'Unmapped', inactive: false, version: 1 },
  ],
  mappings: [
    {
      connectionId: 'k1',
      externalCustomerId: 'x-1',
      externalName: 'Contoso',
      customerId: 'c-1',
      origin: 'generated',
    },
    {
      connectionId: 'k1',
      externalCustomerId: 'x-2',
      externalName: 'Contoso EU',
      customerId: 'c-1',
      origin: 'manual',
    },
    {
      connectionId: 'k1',
      externalCustomerId: 'x-3',
      externalName: 'Adatum Pty',
      customerId: 'c-2',
      origin: 'manual',
    },
    {
      connectionId: 'k2',
      externalCustomerId: 'y-1',
      externalName: 'Unmapped',
      customerId: 'c-3',
      origin: 'manual',
    },
  ],
}

describe('the subscription import scope', () => {
  it('offers each customer mapped on this connection once, by name', () => {
    expect(mappedCustomerOptions(register, 'k1')).toEqual([
      { value: 'c-2', label: 'Adatum', hint: 'Adatum Pty' },
      { value: 'c-1', label: 'Contoso' },
    ])
  })

  it('lists every distributor account mapped onto the chosen customer', () => {
    expect(externalIdsFor(register, 'k1', 'c-1')).toEqual(['x-1', 'x-2'])
  })

  it('lists everything at once when no customer is chosen', () => {
    expect(externalIdsFor(register, 'k1', undefined)).toBeUndefined()
  })
})
