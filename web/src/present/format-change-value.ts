import type { Address, Register } from '@seatkeeper/core'

/** Lookups that turn ids in a change into names. */
export type NameLookup = { customer: (id: string) => string; topLevel: (id: string) => string }

export function nameLookup(register: Register): NameLookup {
  const customers = new Map(register.customers.map((customer) => [customer.id, customer.name]))
  const topLevels = new Map(register.topLevels.map((topLevel) => [topLevel.id, topLevel.name]))
  return {
    customer: (id) => customers.get(id) ?? id,
    topLevel: (id) => topLevels.get(id) ?? id,
  }
}

export function formatAddress(address: Address): string {
  const parts = [
    address.line1,
    address.line2,
    address.city,
    address.region,
    address.postcode,
    address.country,
  ]
  return parts.filter((part) => part !== undefined && part !== '').join(', ')
}

/** One value of a field change as text; "—" for not set (null and undefined alike). */
export function formatChangeValue(field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (field === 'topLevelId' && typeof value === 'string') return names.topLevel(value)
  if (field === 'customerId' && typeof value === 'string') return names.customer(value)
  if (field === 'mainSite' && typeof value === 'object')
    return formatAddress(value as Address) || '—'
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  return JSON.stringify(value)
}
