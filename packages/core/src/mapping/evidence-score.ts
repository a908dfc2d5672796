import { describeNameMatch } from './evidence-name-match'
import type { EvidenceProfile } from './evidence-profile'
import { describeLocation, weighLocation } from './evidence-location'
import { shareNameWords, type WordLookup } from './shared-name-words'

/*
 * Each piece of evidence is read as "the chance it alone means the same company", and the pieces
 * are combined noisy-OR: confidence = 1 − Π(1 − weight). Independent clues reinforce each other,
 * no clue can push past 1. Then evidence against caps or lowers the result.
 *
 * - Tenant id 0.97, tax id 0.95: issued to exactly one company, so alone they clear HIGH (0.9) —
 *   but only while one register customer holds them. Held by several (two subsidiaries on one
 *   tenant) they say "one of these" and weigh 0.6: they rank, and never make a high alone.
 * - Same name (normalised, spaces ignored) 0.8: common names ("Smith Plumbing") repeat, so a name
 *   alone is never high. With a second, independent clue it is: + domain → 0.92, + postcode in
 *   the same country → 0.91. Every word matched but one read through a typo: 0.7.
 * - Same domain 0.6 (0.3 when several register customers share it: a franchisor's domain).
 * - Postcode and city: see evidence-location.ts. They only ever support.
 * - Shared words 0.6 × (weight of the shared words ÷ weight of all), each word weighed by how rare
 *   it is in the register, so "Northwind" vs "Northwind Holdings" scores on "Northwind".
 *
 * A candidate with neither a unique id nor the whole name is never high (capped at 0.89): parts of
 * a name plus a domain and a postcode describe a sister company as well as the company.
 * Contradictions (both sides carry a tenant id, or a tax id of one scheme, and they differ) cap the
 * result at 0.5; a known, different country at 0.6.
 */
const WEIGHT = {
  tenantId: 0.97,
  taxId: 0.95,
  sharedId: 0.6,
  sameName: 0.8,
  typoName: 0.7,
  domain: 0.6,
  sharedDomain: 0.3,
  sharedWords: 0.6,
} as const
const CONTRADICTION_CAP = 0.5
const OTHER_COUNTRY_CAP = 0.6
export const BELOW_HIGH = 0.89

/** A register customer's confidence as the match for a distributor customer, with the reasons. */
export type Evidence = { confidence: number; reasons: string[] }

const sharedBy = (holders: number) => `shared by ${holders} register customers`

/** Whether a tax id on both sides is the same id; ids of two countries never are. */
function sameTaxId(a: EvidenceProfile, b: EvidenceProfile): boolean {
  if (!a.taxId || !b.taxId || a.taxId.key !== b.taxId.key) return false
  return !a.taxId.country || !b.taxId.country || a.taxId.country === b.taxId.country
}

/** Evidence that points at one register customer only: a unique tenant or tax id, or the name. */
export type StrongSignal = 'tenant id' | 'tax id' | 'name'

/** The strong signals a pair shares; used to notice when they point at different customers. */
export function strongSignals(
  external: EvidenceProfile,
  customer: EvidenceProfile,
): StrongSignal[] {
  const signals: StrongSignal[] = []
  if (external.tenantId && external.tenantId === customer.tenantId && customer.tenantHolders === 1)
    signals.push('tenant id')
  if (sameTaxId(external, customer) && customer.taxIdHolders === 1) signals.push('tax id')
  if (
    external.nameKey !== '' &&
    external.nameKey === customer.nameKey &&
    customer.nameHolders === 1
  )
    signals.push('name')
  return signals
}

/**
 * The confidence of a pair, before rounding; -1 when nothing but the address (or nothing at all)
 * is shared. Pushes the reasons onto `reasons` when given. Ranking scores every candidate pair
 * (~100k for a 10k register) and needs only the number, so this allocates nothing without them.
 */
function weigh(
  external: EvidenceProfile,
  customer: EvidenceProfile,
  words: WordLookup,
  reasons?: string[],
): number {
  // Noisy-OR: the doubt left after each clue, multiplied in the order the clues are listed.
  let doubt = 1
  let clues = 0
  let uniqueId = false
  let wholeName = false
  if (external.tenantId && external.tenantId === customer.tenantId) {
    const shared = customer.tenantHolders > 1
    doubt *= 1 - (shared ? WEIGHT.sharedId : WEIGHT.tenantId)
    clues++
    uniqueId ||= !shared
    reasons?.push(
      shared
        ? `Same Microsoft tenant id, ${sharedBy(customer.tenantHolders)}`
        : 'Same Microsoft tenant id',
    )
  }
  if (sameTaxId(external, customer)) {
    const shared = customer.taxIdHolders > 1
    doubt *= 1 - (shared ? WEIGHT.sharedId : WEIGHT.taxId)
    clues++
    uniqueId ||= !shared
    reasons?.push(shared ? `Same tax id, ${sharedBy(customer.taxIdHolders)}` : 'Same tax id')
  }
  if (external.nameKey !== '' && external.nameKey === customer.nameKey) {
    doubt *= 1 - WEIGHT.sameName
    clues++
    wholeName = true
    reasons?.push(describeNameMatch(external.name, customer.name))
  } else {
    const share = shareNameWords(external, customer, words)
    if (share.count > 0 && share.count === share.all && external.typoWordIds.length > 0) {
      doubt *= 1 - WEIGHT.typoName
      clues++
      wholeName = true
      reasons?.push('Names match but for a one-letter typo')
    } else if (share.count > 0) {
      doubt *= 1 - WEIGHT.sharedWords * share.ratio
      clues++
      const all = share.all
      reasons?.push(`Names share ${share.count} of ${all} ${all === 1 ? 'word' : 'words'}`)
    }
  }
  if (external.domain && external.domain === customer.domain) {
    const shared = customer.domainHolders > 1
    doubt *= 1 - (shared ? WEIGHT.sharedDomain : WEIGHT.domain)
    clues++
    const kind = external.domainIsEmail || customer.domainIsEmail ? 'e-mail' : 'web'
    const also = shared ? `, ${sharedBy(customer.domainHolders)}` : ''
    reasons?.push(`Same ${kind} domain (${external.domain})${also}`)
  }
  if (clues === 0) return -1

  const location = weighLocation(external, customer)
  doubt *= 1 - location.weight
  if (location.otherAddress) doubt = Math.min(1, doubt * 2)
  if (reasons) describeLocation(external, customer, location, reasons)
  let confidence = 1 - doubt
  if (location.otherCountry) confidence = Math.min(confidence, OTHER_COUNTRY_CAP)
  if (external.tenantId && customer.tenantId && external.tenantId !== customer.tenantId) {
    confidence = Math.min(confidence, CONTRADICTION_CAP)
    reasons?.push('Different Microsoft tenant ids, so probably not the same customer')
  }
  const { taxId } = external
  if (taxId && customer.taxId?.scheme === taxId.scheme && !sameTaxId(external, customer)) {
    confidence = Math.min(confidence, CONTRADICTION_CAP)
    reasons?.push('Different tax ids, so probably not the same customer')
  }
  if (!uniqueId && !wholeName && confidence > BELOW_HIGH) {
    confidence = BELOW_HIGH
    reasons?.push('Only part of the name matches, so a person should check')
  }
  return confidence
}

export const twoDecimals = (confidence: number) => Math.round(confidence * 100) / 100

/** A pair's confidence (0–1, unrounded) without the reasons; -1 when there is no evidence. */
export function scoreConfidence(
  external: EvidenceProfile,
  customer: EvidenceProfile,
  words: WordLookup,
): number {
  return weigh(external, customer, words)
}

/**
 * Weighs what a distributor customer and a register customer have in common. Undefined when
 * nothing but the address (or nothing at all) is shared: an address alone suggests no one.
 */
export function scoreEvidence(
  external: EvidenceProfile,
  customer: EvidenceProfile,
  words: WordLookup,
): Evidence | undefined {
  const reasons: string[] = []
  const confidence = weigh(external, customer, words, reasons)
  return confidence < 0 ? undefined : { confidence: twoDecimals(confidence), reasons }
}
