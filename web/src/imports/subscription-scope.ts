import { compareText, type Register } from '@seatkeeper/core'
import type { PickerOption } from '../ui/picker-options'

/** The register customers mapped on this connection, for the "one customer" picker. */
export function mappedCustomerOptions(register: Register, connectionId: string): PickerOption[] {
  const names = new Map(register.customers.map((customer) => [customer.id, customer.name]))
  const seen = new Set<string>()
  const options: PickerOption[] = []
  for (const mapping of register.mappings) {
    if (mapping.connectionId !== connectionId || seen.has(mapping.customerId)) continue
    seen.add(mapping.customerId)
    const name = names.get(mapping.customerId) ?? mapping.customerId
    options.push({
      value: mapping.customerId,
      label: name,
      ...(mapping.externalName !== name ? { hint: mapping.externalName } : {}),
    })
  }
  return options.sort((a, b) => compareText(a.label, b.label))
}

/**
 * Which distributor customers to list subscriptions for: undefined means all at once; for one
 * register customer, every distributor customer mapped onto it (one may map several accounts).
 */
export function externalIdsFor(
  register: Register,
  connectionId: string,
  customerId: string | undefined,
) {
  if (customerId === undefined) return undefined
  return register.mappings
    .filter((mapping) => mapping.connectionId === connectionId && mapping.customerId === customerId)
    .map((mapping) => mapping.externalCustomerId)
}
