import type { GeneratedMappings, Register } from '@seatkeeper/core'
import { customerLabels } from '../present/customer-labels'

/** What Generate Mappings tells the user afterwards. */
export type GenerationReport = {
  made: number
  summary: string
  /** Names shared by more than one register customer: not mapped, listed for a person to settle. */
  ambiguous: Array<{ name: string; customers: string[] }>
  /** What to do about the distributor customers left unmapped; absent when none are. */
  next?: string
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function generationReport(
  generated: GeneratedMappings,
  register: Register,
): GenerationReport {
  const names = customerLabels(register)
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
      customers: item.customerIds.map(
        (id) => names.get(id) ?? 'a customer no longer in the register',
      ),
    })),
    next:
      generated.unmatched > 0
        ? `For the ${count(generated.unmatched, 'distributor customer', 'distributor customers')} with no register customer of the same name: Import Customers (below) creates ${generated.unmatched === 1 ? 'it' : 'them'} in the register and maps ${generated.unmatched === 1 ? 'it' : 'them'}; to map one onto a customer of another name, use Suggestions or Add.`
        : undefined,
  }
}
