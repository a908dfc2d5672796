import { emptyRegister, type Customer } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { filterCustomers, NO_TOP_LEVEL } from './filter-customers'

const customer = (id: string, name: string, extra: Partial<Customer> = {}): Customer => ({
  id,
  name,
  inactive: false,
  version: 1,
  ...extra,
})
const register = {
  ...emptyRegister(),
  topLevels: [{ id: 't-1', name: 'Northwind' }],
  customers: [
    customer('c-3', 'bolt electrical', { domain: 'bolt.example' }),
    customer('c-1', 'Acme Pty', {
      topLevelId: 't-1',
      createdBy: { distributor: 'Sherweb', connectionId: 'k-1' },
    }),
    customer('c-2', 'Acme Holdings', { tenantId: 'f00d-tenant' }),
  ],
  subscriptions: [],
}

describe('filterCustomers', () => {
  it('lists every customer by name with its top level name', () => {
    const rows = filterCustomers(register, { search: '', topLevelId: '' })
    expect(rows.map((r) => r.customer.name)).toEqual([
      'Acme Holdings',
      'Acme Pty',
      'bolt electrical',
    ])
    expect(rows[1]?.topLevelName).toBe('Northwind')
  })

  it('sorts accented and capitalised names beside their plain letter, numbers by value', () => {
    const names = [
      'Zoë Dental',
      'émile & co',
      'Émile & Co',
      'Ölaf AB',
      'Oscar Ltd',
      'Site 10',
      'Site 9',
    ]
    const rows = filterCustomers(
      { ...emptyRegister(), customers: names.map((name, i) => customer(`n-${i}`, name)) },
      { search: '', topLevelId: '' },
    )
    expect(rows.map((r) => r.customer.name)).toEqual([
      'émile & co',
      'Émile & Co',
      'Ölaf AB',
      'Oscar Ltd',
      'Site 9',
      'Site 10',
      'Zoë Dental',
    ])
  })

  it('matches every search word, case-insensitively, across name, domain, tenant and distributor', () => {
    const names = (search: string) =>
      filterCustomers(register, { search, topLevelId: '' }).map((r) => r.customer.id)
    expect(names('acme')).toEqual(['c-2', 'c-1'])
    expect(names('ACME pty')).toEqual(['c-1'])
    expect(names('bolt.example')).toEqual(['c-3'])
    expect(names('f00d')).toEqual(['c-2'])
    expect(names('sherweb')).toEqual(['c-1'])
  })

  it('filters by a top level, or by no top level at all', () => {
    expect(
      filterCustomers(register, { search: '', topLevelId: 't-1' }).map((r) => r.customer.id),
    ).toEqual(['c-1'])
    expect(
      filterCustomers(register, { search: '', topLevelId: NO_TOP_LEVEL }).map((r) => r.customer.id),
    ).toEqual(['c-2', 'c-3'])
  })

  it('filters 10,000 customers quickly enough to run on every keystroke', () => {
    const big = {
      ...register,
      customers: Array.from({ length: 10_000 }, (_, i) => customer(`c-${i}`, `Customer ${i}`)),
    }
    const started = performance.now()
    const rows = filterCustomers(big, { search: 'customer 99', topLevelId: '' })
    expect(rows.length).toBe(
      Array.from({ length: 10_000 }, (_, i) => String(i)).filter((n) => n.includes('99')).length,
    )
    expect(performance.now() - started).toBeLessThan(250)
  })
})
