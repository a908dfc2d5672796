import type { ExternalCustomer } from '../model/external'
import type { Customer } from '../model/register'
import {
  isEmailAddress,
  normalizeDomain,
  normalizePostcode,
  normalizeTaxId,
  normalizeTenantId,
} from './evidence-keys'
import { companyNameParts, companyNameTokens } from './normalize-name'
import type { WordIds } from './word-ids'

/** Everything a suggestion compares about one customer, normalised once. */
export type EvidenceProfile = {
  name: string
  /** The normalised name; '' when the name is empty. */
  normalizedName: string
  /**
   * Distinct name words that can tell companies apart ("and", "of" left out), as numbers from the
   * run's WordIds: two profiles are then compared without building sets of strings.
   */
  wordIds: number[]
  tenantId?: string
  taxId?: string
  domain?: string
  domainIsEmail: boolean
  postcode?: string
  /** The postcode as written, for the reason shown to the user. */
  postcodeAsWritten?: string
}

// Joining words carry no identity: "Smith and Jones" and "Jones of Smith" share nothing.
const CONNECTORS = new Set(['and', 'of', 'the', 'for'])

function profileOf(
  name: string,
  domain: string | undefined,
  tenantId: string | undefined,
  taxId: string | undefined,
  postcode: string | undefined,
  wordIds: WordIds,
): EvidenceProfile {
  const parts = companyNameParts(name).tokens
  // A name of punctuation only ("—") keeps its characters (companyNameTokens' rule).
  const tokens = parts.length > 0 ? parts : companyNameTokens(name)
  const words: number[] = []
  for (const token of tokens) {
    if (CONNECTORS.has(token)) continue
    const word = wordIds.idOf(token)
    if (!words.includes(word)) words.push(word)
  }
  const code = normalizePostcode(postcode)
  // Every field present, undefined when there is no evidence: one object of one shape, where
  // adding the fields found one by one grew each profile twice and made scoring polymorphic.
  return {
    name,
    normalizedName: tokens.join(' '),
    wordIds: words,
    tenantId: normalizeTenantId(tenantId),
    taxId: normalizeTaxId(taxId),
    domain: normalizeDomain(domain),
    domainIsEmail: isEmailAddress(domain),
    postcode: code,
    postcodeAsWritten: code ? postcode?.trim() : undefined,
  }
}

/** The evidence a distributor customer offers: name, tenant, tax id, domain, address postcode. */
export function externalProfile(customer: ExternalCustomer, wordIds: WordIds): EvidenceProfile {
  const c = customer
  return profileOf(c.name, c.domain, c.tenantId, c.taxId, c.address?.postcode, wordIds)
}

/** The evidence a register customer offers: name, tenant, tax id, domain, main-site postcode. */
export function customerProfile(customer: Customer, wordIds: WordIds): EvidenceProfile {
  const c = customer
  return profileOf(c.name, c.domain, c.tenantId, c.taxId, c.mainSite?.postcode, wordIds)
}
