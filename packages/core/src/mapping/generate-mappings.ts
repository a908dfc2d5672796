import type { ExternalCustomer } from '../model/external'
import type { Mapping, Register } from '../model/register'
import { customersByExactName, mappingsOf } from './mapping-index'

/** A distributor customer whose name belongs to more than one register customer. */
export type AmbiguousName = { externalId: string; name: string; customerIds: string[] }

export type GeneratedMappings = {
  mappings: Mapping[]
  ambiguous: AmbiguousName[]
  /** Unmapped distributor customers no register customer is named like. */
  unmatched: number
  /** Distributor customers that were mapped before and were left as they are. */
  alreadyMapped: number
}

/**
 * The seed's Generate Mappings: maps each unmapped distributor customer whose name (outer
 * whitespace ignored) is exactly the name of one register customer; two or more → ambiguous.
 */
export function generateMappings(
  connectionId: string,
  externalCustomers: readonly ExternalCustomer[],
  register: Register,
): GeneratedMappings {
  const existing = mappingsOf(register, connectionId)
  const byName = customersByExactName(register)
  const seen = new Set<string>()
  const result: GeneratedMappings = { mappings: [], ambiguous: [], unmatched: 0, alreadyMapped: 0 }

  for (const external of externalCustomers) {
    // A listing that repeats an id must not produce two mappings for one distributor customer.
    if (seen.has(external.externalId)) continue
    seen.add(external.externalId)
    if (existing.has(external.externalId)) {
      result.alreadyMapped++
      continue
    }
    const name = external.name.trim()
    const matches = name === '' ? undefined : byName.get(name)
    if (!matches) result.unmatched++
    else if (matches.length > 1) {
      result.ambiguous.push({ externalId: external.externalId, name, customerIds: [...matches] })
    } else {
      result.mappings.push({
        connectionId,
        externalCustomerId: external.externalId,
        externalName: external.name,
        customerId: matches[0] as string,
        origin: 'generated',
      })
    }
  }
  return result
}
