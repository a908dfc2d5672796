import type { Mapping, Register } from '../model/register'

/** Key of a mapping: one distributor customer of one connection. */
export function mappingKey(connectionId: string, externalCustomerId: string): string {
  return `${connectionId}\u0000${externalCustomerId}`
}

/** The register's mappings of one connection, by distributor customer id. */
export function mappingsOf(register: Register, connectionId: string): Map<string, Mapping> {
  const byExternalId = new Map<string, Mapping>()
  for (const mapping of register.mappings) {
    if (mapping.connectionId === connectionId) byExternalId.set(mapping.externalCustomerId, mapping)
  }
  return byExternalId
}

/** Register customers by their name with outer whitespace ignored (the seed's exact-name rule). */
export function customersByExactName(register: Register): Map<string, string[]> {
  const byName = new Map<string, string[]>()
  for (const customer of register.customers) {
    const key = customer.name.trim()
    const ids = byName.get(key)
    if (ids) ids.push(customer.id)
    else byName.set(key, [customer.id])
  }
  return byName
}
