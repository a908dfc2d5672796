import { describeNameMatch } from './evidence-name-match'
import type { EvidenceProfile } from './evidence-profile'

/*
 * Each piece of evidence is read as "the chance it alone means the same company", and the pieces
 * are combined noisy-OR: confidence = 1 − Π(1 − weight). Independent clues reinforce each other,
 * no clue can push past 1, and adding a clue never lowers the score.
 *
 * - Tenant id 0.97, tax id 0.95: issued to exactly one company, so alone they clear HIGH (0.9).
 *   Not 1: a distributor can file a tenant under the wrong customer, and a person should still
 *   be able to see two such candidates ranked by the rest of the evidence.
 * - Same normalised name 0.8: "Contoso Ltd" and "Contoso Limited" are usually one company, but
 *   common names ("Smith Plumbing") repeat, so a name alone is never high. With a second,
 *   independent clue it is: + domain → 0.92, + postcode → 0.91.
 * - Same domain 0.6: companies share mail hosts and resellers' domains; good support, weak alone.
 * - Same postcode 0.55: thousands of companies share one; only ever support (a candidate needs
 *   some other evidence to be suggested at all).
 * - Shared words 0.6 × (shared ÷ all distinct words): "Northwind" vs "Northwind Holdings" shares
 *   1 of 2 → 0.3; + postcode → 0.69, + domain too → 0.87 — still a person's call, never high.
 *
 * Contradictions (both sides carry a tenant id, or a tax id, and they differ) cap the result at
 * 0.5: different tenants are almost always different companies, whatever the names say.
 */
const WEIGHT = {
  tenantId: 0.97,
  taxId: 0.95,
  sameName: 0.8,
  domain: 0.6,
  postcode: 0.55,
  sharedWords: 0.6,
} as const
const CONTRADICTION_CAP = 0.5

/** A register customer's confidence as the match for a distributor customer, with the reasons. */
export type Evidence = { confidence: number; reasons: string[] }

// Words are distinct within a profile, so a nested loop over 2–4 numbers counts the shared ones.
function sharedWordCount(a: readonly number[], b: readonly number[]): number {
  let shared = 0
  for (const word of a) if (b.includes(word)) shared++
  return shared
}

/**
 * The confidence of a pair, before rounding; -1 when nothing but the postcode (or nothing at all)
 * is shared. Pushes the reasons onto `reasons` when given. Ranking scores every candidate pair
 * (~100k for a 10k register) and needs only the number, so this allocates nothing without them.
 */
function weigh(external: EvidenceProfile, customer: EvidenceProfile, reasons?: string[]): number {
  // Noisy-OR: the doubt left after each clue, multiplied in the order the clues are listed.
  let doubt = 1
  let clues = 0
  if (external.tenantId && external.tenantId === customer.tenantId) {
    doubt *= 1 - WEIGHT.tenantId
    clues++
    reasons?.push('Same Microsoft tenant id')
  }
  if (external.taxId && external.taxId === customer.taxId) {
    doubt *= 1 - WEIGHT.taxId
    clues++
    reasons?.push('Same tax id')
  }
  if (external.normalizedName !== '' && external.normalizedName === customer.normalizedName) {
    doubt *= 1 - WEIGHT.sameName
    clues++
    reasons?.push(describeNameMatch(external.name, customer.name))
  } else {
    const shared = sharedWordCount(external.wordIds, customer.wordIds)
    if (shared > 0) {
      const all = external.wordIds.length + customer.wordIds.length - shared
      doubt *= 1 - WEIGHT.sharedWords * (shared / all)
      clues++
      reasons?.push(`Names share ${shared} of ${all} ${all === 1 ? 'word' : 'words'}`)
    }
  }
  if (external.domain && external.domain === customer.domain) {
    doubt *= 1 - WEIGHT.domain
    clues++
    const kind = external.domainIsEmail || customer.domainIsEmail ? 'e-mail' : 'web'
    reasons?.push(`Same ${kind} domain (${external.domain})`)
  }
  if (clues === 0) return -1
  if (external.postcode && external.postcode === customer.postcode) {
    doubt *= 1 - WEIGHT.postcode
    reasons?.push(`Same postcode (${customer.postcodeAsWritten ?? customer.postcode})`)
  }

  let confidence = 1 - doubt
  if (external.tenantId && customer.tenantId && external.tenantId !== customer.tenantId) {
    confidence = Math.min(confidence, CONTRADICTION_CAP)
    reasons?.push('Different Microsoft tenant ids, so probably not the same customer')
  }
  if (external.taxId && customer.taxId && external.taxId !== customer.taxId) {
    confidence = Math.min(confidence, CONTRADICTION_CAP)
    reasons?.push('Different tax ids, so probably not the same customer')
  }
  return confidence
}

const twoDecimals = (confidence: number) => Math.round(confidence * 100) / 100

/** A pair's confidence (0–1, two decimals) without the reasons; -1 when there is no evidence. */
export function scoreConfidence(external: EvidenceProfile, customer: EvidenceProfile): number {
  const confidence = weigh(external, customer)
  return confidence < 0 ? -1 : twoDecimals(confidence)
}

/**
 * Weighs what a distributor customer and a register customer have in common. Undefined when
 * nothing but the postcode (or nothing at all) is shared: a postcode alone suggests no one.
 */
export function scoreEvidence(
  external: EvidenceProfile,
  customer: EvidenceProfile,
): Evidence | undefined {
  const reasons: string[] = []
  const confidence = weigh(external, customer, reasons)
  return confidence < 0 ? undefined : { confidence: twoDecimals(confidence), reasons }
}
