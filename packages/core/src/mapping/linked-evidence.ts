import type { ExternalCustomer } from '../model/external'
import type { Customer, Register } from '../model/register'
import type { MappingCandidate } from './suggest-mappings'

/** How sure an account's own explicit link makes a suggestion: a person made that link. */
const LINKED = 0.99
/** The most any candidate may have when links disagree, or beside a linked one: never "high". */
const CONTESTED = 0.8

/** Register customers by the distributor customer ids other connections map to them. */
export function linkedCustomers(
  register: Register,
  connectionId: string,
): Map<string, { customerId: string; externalName: string }[]> {
  const byId = new Map<string, { customerId: string; externalName: string }[]>()
  for (const mapping of register.mappings) {
    if (mapping.connectionId === connectionId) continue
    const entry = { customerId: mapping.customerId, externalName: mapping.externalName }
    const list = byId.get(mapping.externalCustomerId)
    if (list) list.push(entry)
    else byId.set(mapping.externalCustomerId, [entry])
  }
  return byId
}

/**
 * The candidates with an account's explicit links weighed in (a PSA company linked in the PSA to
 * distributor customer ids, `ExternalCustomer.linkedIds`). Links that all lead to one register
 * customer make it the first candidate at 0.99 and leave every other one below "high"; links to
 * several customers make each of them a candidate at 0.8 (a person chooses). No links: unchanged.
 */
export function withLinkedEvidence(
  external: ExternalCustomer,
  candidates: MappingCandidate[],
  linked: ReadonlyMap<string, readonly { customerId: string; externalName: string }[]>,
  customers: ReadonlyMap<string, Customer>,
  highFrom: number,
): MappingCandidate[] {
  const reasons = new Map<string, string[]>()
  for (const id of external.linkedIds ?? []) {
    for (const { customerId, externalName } of linked.get(id) ?? []) {
      if (!customers.has(customerId)) continue
      const said = reasons.get(customerId) ?? []
      said.push(
        `${external.name} is linked to distributor customer ${id} (${externalName}), which the register maps to ${customers.get(customerId)?.name}.`,
      )
      reasons.set(customerId, said)
    }
  }
  if (reasons.size === 0) return candidates
  const agreed = reasons.size === 1
  const confidence = agreed ? LINKED : CONTESTED
  const linkedOnes: MappingCandidate[] = [...reasons].map(([customerId, said]) => {
    const before = candidates.find((c) => c.customerId === customerId)
    return {
      customerId,
      customerName: before?.customerName ?? (customers.get(customerId) as Customer).name,
      confidence,
      reasons: [
        ...said,
        ...(agreed ? [] : ['Its links lead to more than one register customer: check which.']),
        ...(before?.reasons ?? []),
      ],
      high: confidence >= highFrom,
    }
  })
  const others = candidates
    .filter((c) => !reasons.has(c.customerId))
    .map((c) =>
      c.confidence > CONTESTED
        ? {
            ...c,
            confidence: CONTESTED,
            high: false,
            reasons: [...c.reasons, 'Its own links point to another register customer.'],
          }
        : c,
    )
  return [...linkedOnes, ...others]
}
