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

function sharedWordCount(a: readonly string[], b: readonly string[]): number {
  const other = new Set(b)
  return a.filter((word) => other.has(word)).length
}

/**
 * Weighs what a distributor customer and a register customer have in common. Undefined when
 * nothing but the postcode (or nothing at all) is shared: a postcode alone suggests no one.
 */
export function scoreEvidence(
  external: EvidenceProfile,
  customer: EvidenceProfile,
  withReasons = true,
): Evidence | undefined {
  const reasons: string[] = []
  const weights: number[] = []
  // Reasons are words for a person; ranking needs only the weights, so the (costly) wording is
  // written only for the candidates that are kept.
  const add = (weight: number, reason: () => string) => {
    weights.push(weight)
    if (withReasons) reasons.push(reason())
  }

  if (external.tenantId && external.tenantId === customer.tenantId) {
    add(WEIGHT.tenantId, () => 'Same Microsoft tenant id')
  }
  if (external.taxId && external.taxId === customer.taxId) add(WEIGHT.taxId, () => 'Same tax id')
  if (external.normalizedName !== '' && external.normalizedName === customer.normalizedName) {
    add(WEIGHT.sameName, () => describeNameMatch(external.name, customer.name))
  } else {
    const shared = sharedWordCount(external.words, customer.words)
    const all = new Set([...external.words, ...customer.words]).size
    if (shared > 0) {
      const noun = all === 1 ? 'word' : 'words'
      add(WEIGHT.sharedWords * (shared / all), () => `Names share ${shared} of ${all} ${noun}`)
    }
  }
  if (external.domain && external.domain === customer.domain) {
    const kind = external.domainIsEmail || customer.domainIsEmail ? 'e-mail' : 'web'
    add(WEIGHT.domain, () => `Same ${kind} domain (${external.domain})`)
  }
  if (weights.length === 0) return undefined
  if (external.postcode && external.postcode === customer.postcode) {
    add(WEIGHT.postcode, () => `Same postcode (${customer.postcodeAsWritten ?? customer.postcode})`)
  }

  let confidence = 1 - weights.reduce((doubt, weight) => doubt * (1 - weight), 1)
  if (external.tenantId && customer.tenantId && external.tenantId !== customer.tenantId) {
    confidence = Math.min(confidence, CONTRADICTION_CAP)
    if (withReasons) reasons.push('Different Microsoft tenant ids, so probably not the same customer')
  }
  if (external.taxId && customer.taxId && external.taxId !== customer.taxId) {
    confidence = Math.min(confidence, CONTRADICTION_CAP)
    if (withReasons) reasons.push('Different tax ids, so probably not the same customer')
  }
  return { confidence: Math.round(confidence * 100) / 100, reasons }
}
