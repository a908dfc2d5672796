import type { Address, BillingLineSource, Register } from '@seatkeeper/core'
import { psaLabel } from '../billing/psa-approval'
import { psaLineWord } from '../billing/psa-line-words'
import { customerLabels } from './customer-labels'

/** Lookups that turn ids in a change into names. */
export type NameLookup = { customer: (id: string) => string; topLevel: (id: string) => string }

/**
 * Names for the customers and top levels of a register (two customers of one name told apart);
 * an id that names nothing there reads as a record no longer in the register, never as the id.
 */
export function nameLookup(register: Pick<Register, 'customers' | 'topLevels'>): NameLookup {
  const customers = customerLabels(register)
  const topLevels = new Map(register.topLevels.map((topLevel) => [topLevel.id, topLevel.name]))
  return {
    customer: (id) => customers.get(id) ?? 'a customer no longer in the register',
    topLevel: (id) => topLevels.get(id) ?? 'a top level no longer in the register',
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
  if (field === 'source' && typeof value === 'object' && 'kind' in value)
    return billingLineSourceWords(value as BillingLineSource)
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  return JSON.stringify(value)
}

/**
 * Where a billing line comes from, in words: a ConnectWise prorated write-back moves a line onto
 * a new addition, and the run shows "ConnectWise PSA agreement addition 77 → … 78", not JSON.
 */
export function billingLineSourceWords(source: BillingLineSource): string {
  if (source.kind === 'seatkeeper') return 'Entered in Seatkeeper'
  if (source.kind === 'csv') return 'Imported from a CSV file'
  return `${psaLabel(source.psa)} ${psaLineWord(source.psa)} ${source.externalId}`
}
