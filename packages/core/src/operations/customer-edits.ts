import type { Customer } from '../model/register'
import type { CreateCustomer, CustomerChange } from './customer'
import type { Operation } from './operation'
import { sameValue } from './same-value'
import type { CreateTopLevel } from './top-level'

/** What a person sets on a customer by hand; a field left out is unchanged. */
export type CustomerFields = Partial<
  Pick<Customer, 'name' | 'topLevelId' | 'mainSite' | 'domain' | 'tenantId' | 'taxId' | 'inactive'>
>

const EDITABLE = [
  'name',
  'topLevelId',
  'mainSite',
  'domain',
  'tenantId',
  'taxId',
  'inactive',
] as const

/** A person's new customer as an operation: trimmed name, blank fields left out, version 1. */
export function customerCreation(
  id: string,
  input: CustomerFields & { name: string },
): CreateCustomer {
  const customer: Customer = { id, name: input.name.trim(), inactive: false, version: 1 }
  for (const field of ['topLevelId', 'domain', 'tenantId', 'taxId'] as const) {
    const value = input[field]?.trim()
    if (value) customer[field] = value
  }
  if (input.mainSite && Object.values(input.mainSite).some((part) => part))
    customer.mainSite = input.mainSite
  return { op: 'createCustomer', after: customer }
}

/**
 * A person's edit of a customer as an updateCustomer operation, with `null` for "not set";
 * undefined when the edit changes nothing. An empty string or an empty address clears the field.
 */
export function customerEdit(current: Customer, patch: CustomerFields): Operation | undefined {
  const before: Record<string, unknown> = {}
  const after: Record<string, unknown> = {}
  for (const field of EDITABLE) {
    const raw = patch[field]
    if (raw === undefined) continue
    const wanted = blankToNull(field === 'name' && typeof raw === 'string' ? raw.trim() : raw)
    const now = current[field] ?? null
    if (sameValue(now, withoutBlankParts(wanted))) continue
    before[field] = now
    after[field] = wanted
  }
  if (Object.keys(after).length === 0) return undefined
  return {
    op: 'updateCustomer',
    customerId: current.id,
    before: before as CustomerChange,
    after: after as CustomerChange,
  }
}

function blankToNull(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (value && typeof value === 'object' && !Object.values(value).some((part) => part)) return null
  return value
}

// An address part sent empty is "not set": {city: 'Perth', line1: ''} is the address {city: 'Perth'}.
function withoutBlankParts(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).filter(([, part]) => part !== ''))
}

/** A person's (or a CSV file's) new top level as an operation, its name trimmed. */
export function topLevelCreation(id: string, name: string): CreateTopLevel {
  return { op: 'createTopLevel', after: { id, name: name.trim() } }
}
