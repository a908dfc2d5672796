import type { EvidenceProfile } from './evidence-profile'

/*
 * A key (a name word, a domain, even a full name) that more than this many register customers
 * share cannot single anyone out, and following it would make suggesting quadratic: a register of
 * 20,000 where "services" appears 3,000 times would score 3,000 pairs per distributor customer.
 */
export const MAX_CUSTOMERS_PER_KEY = 50

type Key = 'tenantId' | 'taxId' | 'domain' | 'normalizedName' | 'word'

/** Register customers (by position) reachable from the evidence a distributor customer offers. */
export type RegisterIndex = { candidatesOf(profile: EvidenceProfile): Set<number> }

function keysOf(profile: EvidenceProfile): Array<[Key, string]> {
  const keys: Array<[Key, string]> = []
  if (profile.tenantId) keys.push(['tenantId', profile.tenantId])
  if (profile.taxId) keys.push(['taxId', profile.taxId])
  if (profile.domain) keys.push(['domain', profile.domain])
  if (profile.normalizedName !== '') keys.push(['normalizedName', profile.normalizedName])
  for (const word of profile.words) keys.push(['word', word])
  return keys
}

/**
 * Indexes the register once by tenant id, tax id, domain, normalised name and name word, so each
 * distributor customer is compared with a handful of register customers instead of all of them.
 * The postcode is not a key: it only ever supports other evidence.
 */
export function indexRegister(profiles: readonly EvidenceProfile[]): RegisterIndex {
  const byKey = new Map<string, number[]>()
  const keyText = (kind: Key, value: string) => `${kind}\u0000${value}`
  profiles.forEach((profile, position) => {
    for (const [kind, value] of keysOf(profile)) {
      const key = keyText(kind, value)
      const positions = byKey.get(key)
      if (!positions) byKey.set(key, [position])
      else if (positions.length <= MAX_CUSTOMERS_PER_KEY) positions.push(position)
    }
  })
  return {
    candidatesOf(profile) {
      const found = new Set<number>()
      for (const [kind, value] of keysOf(profile)) {
        const positions = byKey.get(keyText(kind, value))
        if (!positions || positions.length > MAX_CUSTOMERS_PER_KEY) continue
        for (const position of positions) found.add(position)
      }
      return found
    },
  }
}
