import type { EvidenceProfile } from './evidence-profile'

/*
 * A key (a name word, a domain, even a full name) that more than this many register customers
 * share cannot single anyone out, and following it would make suggesting quadratic: a register of
 * 20,000 where "services" appears 3,000 times would score 3,000 pairs per distributor customer.
 */
export const MAX_CUSTOMERS_PER_KEY = 50

/** Register customers (by position) reachable from the evidence a distributor customer offers. */
export type RegisterIndex = { candidatesOf(profile: EvidenceProfile): Set<number> }

type Bucket = Map<string, number[]>

/**
 * Indexes the register once by tenant id, tax id, domain, normalised name and name word, so each
 * distributor customer is compared with a handful of register customers instead of all of them.
 * The postcode is not a key: it only ever supports other evidence. One map per kind of evidence,
 * so no key strings are built per lookup.
 */
export function indexRegister(profiles: readonly EvidenceProfile[]): RegisterIndex {
  const tenantIds: Bucket = new Map()
  const taxIds: Bucket = new Map()
  const domains: Bucket = new Map()
  const names: Bucket = new Map()
  const words: Bucket = new Map()
  const put = (bucket: Bucket, value: string | undefined, position: number) => {
    if (!value) return
    const positions = bucket.get(value)
    if (!positions) bucket.set(value, [position])
    else if (positions.length <= MAX_CUSTOMERS_PER_KEY) positions.push(position)
  }
  profiles.forEach((profile, position) => {
    put(tenantIds, profile.tenantId, position)
    put(taxIds, profile.taxId, position)
    put(domains, profile.domain, position)
    put(names, profile.normalizedName, position)
    for (const word of profile.words) put(words, word, position)
  })
  const take = (found: Set<number>, bucket: Bucket, value: string | undefined) => {
    if (!value) return
    const positions = bucket.get(value)
    if (!positions || positions.length > MAX_CUSTOMERS_PER_KEY) return
    for (const position of positions) found.add(position)
  }
  return {
    candidatesOf(profile) {
      const found = new Set<number>()
      take(found, tenantIds, profile.tenantId)
      take(found, taxIds, profile.taxId)
      take(found, domains, profile.domain)
      take(found, names, profile.normalizedName)
      for (const word of profile.words) take(found, words, word)
      return found
    },
  }
}
