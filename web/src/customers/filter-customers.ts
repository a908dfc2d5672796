import { compareText, type Customer, type Register } from '@seatkeeper/core'

export type CustomerRow = {
  customer: Customer
  topLevelName?: string
  subscriptions: number
}

export type CustomerFilter = { search: string; topLevelId: string }

/** Value of the top-level filter meaning "customers under no top level". */
export const NO_TOP_LEVEL = '__none__'

/**
 * The customers list: each customer with its top level's name and subscription count, filtered by
 * a case-insensitive search over name, domain, tenant id and tax id, and by top level; by name.
 */
export function filterCustomers(register: Register, filter: CustomerFilter): CustomerRow[] {
  const topLevelName = new Map(register.topLevels.map((t) => [t.id, t.name]))
  const counts = new Map<string, number>()
  for (const s of register.subscriptions)
    counts.set(s.customerId, (counts.get(s.customerId) ?? 0) + 1)
  const terms = filter.search.trim().toLowerCase().split(/\s+/).filter(Boolean)

  return register.customers
    .filter((c) => {
      if (
        filter.topLevelId === NO_TOP_LEVEL
          ? c.topLevelId !== undefined
          : filter.topLevelId && c.topLevelId !== filter.topLevelId
      ) {
        return false
      }
      if (terms.length === 0) return true
      const haystack = [c.name, c.domain, c.tenantId, c.taxId, c.createdBy?.distributor]
        .filter(Boolean)
        .join(' ')
        .toLowerCase()
      return terms.every((term) => haystack.includes(term))
    })
    .map((customer) => ({
      customer,
      topLevelName: customer.topLevelId ? topLevelName.get(customer.topLevelId) : undefined,
      subscriptions: counts.get(customer.id) ?? 0,
    }))
    .sort((a, b) => compareText(a.customer.name, b.customer.name))
}
