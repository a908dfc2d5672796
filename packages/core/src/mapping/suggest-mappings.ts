import type { ExternalCustomer } from '../model/external'
import type { Customer, Register } from '../model/register'
import { customerProfile, externalProfile, type EvidenceProfile } from './evidence-profile'
import { scoreConfidence, scoreEvidence, twoDecimals } from './evidence-score'
import { linkedCustomers, withLinkedEvidence } from './linked-evidence'
import { mappingsOf } from './mapping-index'
import { settleConflicts, type Contender } from './settle-conflicts'
import { indexRegister } from './suggest-register-index'
import { WordIds } from './word-ids'

/** From this confidence on a candidate is "high": the only ones auto-accept may ever take. */
export const HIGH_CONFIDENCE = 0.9

/*
 * Below this a candidate is noise — one common shared word out of several — and is not shown. A
 * distinctive shared word out of two or three still is: "Northwind" vs "Northwind Holdings" is
 * exactly what a person should look at.
 */
const MIN_CONFIDENCE = 0.2

/** A register customer that may be the distributor customer, with how sure and why. */
export type MappingCandidate = {
  customerId: string
  customerName: string
  /** 0–1, two decimals. */
  confidence: number
  /** Sentences a billing person understands, strongest evidence first. */
  reasons: string[]
  /** confidence ≥ HIGH_CONFIDENCE */
  high: boolean
}

/** An unmapped distributor customer and the register customers it may be, best first. */
export type MappingSuggestion = {
  externalId: string
  externalName: string
  candidates: MappingCandidate[]
}

export type SuggestMappingsOptions = {
  /** Candidates kept per distributor customer; 3 when absent. */
  limit?: number
  /** Filled in when given: how many (distributor, register) customer pairs were compared. */
  stats?: { pairsScored: number }
}

// A candidate while ranking: only what the order needs, so the reasons are written for the kept ones.
type Ranked = { position: number; customerId: string; confidence: number }

// Ties are broken by the evidence (the unrounded score, where rarer shared words count more),
// never by the name's alphabet. Only evidence exactly alike falls back to the customer id, so the
// same data ranks the same on every machine, in any register order.
const byRank = (a: Ranked, b: Ranked) =>
  b.confidence - a.confidence || compareText(a.customerId, b.customerId)

// Code-unit order, not localeCompare: the same input ranks the same on every machine and locale.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

const isHigh = (confidence: number) => twoDecimals(confidence) >= HIGH_CONFIDENCE

/**
 * Suggests register customers for each unmapped distributor customer of a connection, scored on
 * evidence (an explicit link the account's own system keeps, tenant id, tax id, name, domain,
 * address). Maps nothing by itself.
 */
export function suggestMappings(
  connectionId: string,
  externalCustomers: readonly ExternalCustomer[],
  register: Register,
  options: SuggestMappingsOptions = {},
): MappingSuggestion[] {
  const limit = options.limit ?? 3
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`The suggestion limit must be a whole number of at least 1, not ${limit}.`)
  }
  const mapped = mappingsOf(register, connectionId)
  // Inactive register customers stay in: a returning customer is often one that was deactivated.
  const customers = register.customers
  const wordIds = new WordIds()
  const profiles = customers.map((customer) => customerProfile(customer, wordIds))
  const index = indexRegister(profiles, wordIds)
  const nameAt = (position: number) => (customers[position] as Customer).name
  const seen = new Set<string>()
  const suggestions: MappingSuggestion[] = []
  const linked = linkedCustomers(register, connectionId)
  const byId = new Map(customers.map((customer) => [customer.id, customer]))
  const weighLinks = (external: ExternalCustomer, candidates: MappingCandidate[]) =>
    external.linkedIds?.length
      ? withLinkedEvidence(external, candidates, linked, byId, HIGH_CONFIDENCE).slice(0, limit)
      : candidates

  // Deleted distributor customers are suggested too: their subscriptions still need a register
  // customer to be deactivated or zeroed on.
  for (const external of externalCustomers) {
    if (mapped.has(external.externalId) || seen.has(external.externalId)) continue
    seen.add(external.externalId)
    const profile = externalProfile(external, wordIds)
    index.readTypos(profile)
    const ranked: Ranked[] = []
    for (const position of index.candidatesOf(profile)) {
      if (options.stats) options.stats.pairsScored++
      const other = profiles[position] as EvidenceProfile
      const confidence = scoreConfidence(profile, other, index)
      if (confidence < MIN_CONFIDENCE) continue
      ranked.push({ position, customerId: (customers[position] as Customer).id, confidence })
    }
    if (ranked.length === 0) {
      const candidates = weighLinks(external, [])
      if (candidates.length > 0)
        suggestions.push({
          externalId: external.externalId,
          externalName: external.name,
          candidates,
        })
      continue
    }
    ranked.sort(byRank)
    const kept: Contender[] = ranked.slice(0, limit).map(({ position, confidence }) => {
      const other = profiles[position] as EvidenceProfile
      const reasons = scoreEvidence(profile, other, index)?.reasons ?? []
      return { position, customerName: nameAt(position), confidence, reasons }
    })
    settleConflicts(profile, ranked, profiles, nameAt, kept, isHigh)
    const candidates = kept.map(({ position, customerName, confidence, reasons }) => ({
      customerId: (customers[position] as Customer).id,
      customerName,
      confidence: twoDecimals(confidence),
      reasons,
      high: isHigh(confidence),
    }))
    suggestions.push({
      externalId: external.externalId,
      externalName: external.name,
      candidates: weighLinks(external, candidates),
    })
  }
  return suggestions
}
