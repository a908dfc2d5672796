import type { Address, Register } from '@seatkeeper/core'

/** Field names as a billing person reads them. */
export const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  topLevelId: 'Top level',
  mainSite: 'Main site address',
  domain: 'Domain',
  tenantId: 'Microsoft tenant id',
  taxId: 'Tax id',
  inactive: 'Inactive',
  customerId: 'Customer',
  sku: 'SKU',
  status: 'Status',
  trial: 'Trial',
  quantity: 'Quantity',
  startDate: 'Start date',
  endDate: 'End date',
  contractEndDate: 'Contract end date',
  billingCycle: 'Billing cycle',
  termMonths: 'Term (months)',
  autoRenew: 'Auto-renew',
  unitPrice: 'Unit price',
  unitCost: 'Unit cost',
  currency: 'Currency',
  active: 'Active',
  externalName: 'Distributor customer',
  origin: 'Origin',
}

export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? field

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
