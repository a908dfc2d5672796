import type { Customer, CustomerChange, Operation } from '@seatkeeper/core'
import type { CustomerInput } from '../register/register-rpc'

export type CustomerPatch = Partial<CustomerInput> & { inactive?: boolean }

const FIELDS = [
  'name',
  'topLevelId',
  'mainSite',
  'domain',
  'tenantId',
  'taxId',
  'inactive',
] as const

/** A new customer from a person's input: trimmed name, blank fields left out, version 1. */
export function newCustomer(id: string, input: CustomerInput): Customer {
  const customer: Customer = { id, name: input.name.trim(), inactive: false, version: 1 }
  for (const field of ['topLevelId', 'domain', 'tenantId', 'taxId'] as const) {
    const value = input[field]?.trim()
    if (value) customer[field] = value
  }
  if (input.mainSite && Object.values(input.mainSite).some((part) => part))
    customer.mainSite = input.mainSite
  return customer
}

/**
 * The updateCustomer operation a person's edit makes, with `null` for "not set"; undefined when the
 * edit changes nothing. An empty string or an empty address clears the field.
 */
export function customerUpdate(current: Customer, patch: CustomerPatch): Operation | undefined {
  const before: CustomerChange = {}
  const after: CustomerChange = {}
  for (const field of FIELDS) {
    const raw = patch[field]
    if (raw === undefined) continue
    const wanted = blankToNull(field === 'name' && typeof raw === 'string' ? raw.trim() : raw)
    const now = current[field] ?? null
    if (JSON.stringify(canonical(now)) === JSON.stringify(canonical(wanted))) continue
    ;(before as Record<string, unknown>)[field] = now
    ;(after as Record<string, unknown>)[field] = wanted
  }
  if (Object.keys(after).length === 0) return undefined
  return { op: 'updateCustomer', customerId: current.id, before, after }
}

function blankToNull(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (value && typeof value === 'object' && !Object.values(value).some((part) => part)) return null
  return value
}

function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value ?? null
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, part]) => part !== undefined && part !== '')
      .sort(([a], [b]) => a.localeCompare(b)),
  )
}
