import type { GeneratedMappings, Register } from '@seatkeeper/core'

/** What Generate Mappings tells the user afterwards. */
export type GenerationReport = {
  made: number
  summary: string
  /** Names shared by more than one register customer: not mapped, listed for a person to settle. */
  ambiguous: Array<{ name: string; customers: string[] }>
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function generationReport(
  generated: GeneratedMappings,
  register: Register,
): GenerationReport {
  const names = new Map(register.customers.map((customer) => [customer.id, customer.name]))
  const made = generated.mappings.length
  const parts = [
    made === 0 ? 'No new mappings were made' : `Made ${count(made, 'mapping', 'mappings')}`,
    `${generated.alreadyMapped} already mapped`,
    `${generated.unmatched} with no register customer of the same name`,
  ]
  if (generated.ambiguous.length > 0) {
    parts.push(
      `${count(generated.ambiguous.length, 'name is', 'names are')} ambiguous and left unmapped`,
    )
  }
  return {
    made,
    summary: `${parts.join('; ')}.`,
    ambiguous: generated.ambiguous.map((item) => ({
      name: item.name,
      customers: item.customerIds.map((id) => `${names.get(id) ?? id} (${id})`),
    })),
  }
}
