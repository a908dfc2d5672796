import { compareText, type MappingOrigin, type Register } from '@seatkeeper/core'
import { customerLabels } from '../present/customer-labels'

/** One line of the Customer Mappings table. */
export type MappingRow = {
  externalCustomerId: string
  externalName: string
  customerId: string
  customerName: string
  origin: MappingOrigin
  originLabel: string
  /** Why the two are the same customer, as far as Seatkeeper knows. */
  evidence: string
}

const ORIGIN: Record<MappingOrigin, { label: string; evidence: string }> = {
  generated: { label: 'Generated', evidence: 'Exactly the same name' },
  manual: { label: 'Added by hand', evidence: 'Chosen by a person' },
  suggested: { label: 'Suggestion', evidence: 'A scored suggestion a person accepted' },
  import: { label: 'Import', evidence: 'Matched or created by Import Customers' },
}

/** The connection's mappings with register customer names, sorted by distributor customer name. */
export function mappingRows(register: Register, connectionId: string): MappingRow[] {
  const names = customerLabels(register)
  return register.mappings
    .filter((mapping) => mapping.connectionId === connectionId)
    .map((mapping) => ({
      externalCustomerId: mapping.externalCustomerId,
      externalName: mapping.externalName,
      customerId: mapping.customerId,
      customerName: names.get(mapping.customerId) ?? 'A customer no longer in the register',
      origin: mapping.origin,
      originLabel: ORIGIN[mapping.origin].label,
      evidence: ORIGIN[mapping.origin].evidence,
    }))
    .sort(
      (a, b) =>
        compareText(a.externalName, b.externalName) ||
        compareText(a.externalCustomerId, b.externalCustomerId),
    )
}
