import type { EvidenceProfile } from './evidence-profile'

/*
 * A key (a name word, a domain, even a full name) that more than this many register customers
 * share cannot single anyone out, and following it would make suggesting quadratic: a register of
 * 20,000 where "services" appears 3,000 times would score 3,000 pairs per distributor customer.
 */
export const MAX_CUSTOMERS_PER_KEY = 50

/** Register customers (by position) reachable from the evidence a distributor customer offers. */
export type RegisterIndex = {
  /** Positions in the order their evidence is listed (tenant, tax id, domain, name, words). */
  candidatesOf(profile: EvidenceProfile): number[]
}

type Bucket = Map<string, number[]>

/**
 * Indexes the register once by tenant id, tax id, domain, normalised name and name word, so each
 * distributor customer is compared with a handful of register customers instead of all of them.
 * The postcode is not a key: it only ever supports other evidence. One map per kind of evidence,
 * so no key strings are built per lookup; words are looked up by their number.
 */
export function indexRegister(profiles: readonly EvidenceProfile[]): RegisterIndex {
  const tenantIds: Bucket = new Map()
  const taxIds: Bucket = new Map()
  const domains: Bucket = new Map()
  const names: Bucket = new Map()
  const words: Array<number[] | undefined> = []
  // A position is a candidate once per distributor customer: `seenFor[position]` holds the number
  // of the last query that took it, instead of a new Set per query.
  const seenFor = new Uint32Array(profiles.length)
  let query = 0

  const putText = (bucket: Bucket, value: string | undefined, position: number) => {
    if (!value) return
    const positions = bucket.get(value)
    if (!positions) bucket.set(value, [position])
    else if (positions.length <= MAX_CUSTOMERS_PER_KEY) positions.push(position)
  }
  for (let position = 0; position < profiles.length; position++) {
    const profile = profiles[position] as EvidenceProfile
    putText(tenantIds, profile.tenantId, position)
    putText(taxIds, profile.taxId, position)
    putText(domains, profile.domain, position)
    putText(names, profile.normalizedName, position)
    for (const word of profile.wordIds) {
      const positions = words[word]
      if (!positions) words[word] = [position]
      else if (positions.length <= MAX_CUSTOMERS_PER_KEY) positions.push(position)
    }
  }

  const take = (found: number[], positions: number[] | undefined) => {
    if (!positions || positions.length > MAX_CUSTOMERS_PER_KEY) return
    for (const position of positions) {
      if (seenFor[position] === query) continue
      seenFor[position] = query
      found.push(position)
    }
  }
  return {
    candidatesOf(profile) {
      query++
      const found: number[] = []
      if (profile.tenantId) take(found, tenantIds.get(profile.tenantId))
      if (profile.taxId) take(found, taxIds.get(profile.taxId))
      if (profile.domain) take(found, domains.get(profile.domain))
      if (profile.normalizedName) take(found, names.get(profile.normalizedName))
      for (const word of profile.wordIds) take(found, words[word])
      return found
    },
  }
}
