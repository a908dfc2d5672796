import type { Address, ExternalCustomer } from '../model/external'
import type { Customer } from '../model/register'
import {
  isEmailAddress,
  normalizeCity,
  normalizeDomain,
  normalizePostcode,
  normalizeTenantId,
} from './evidence-keys'
import { companyNameTokens, writtenNameWords } from './normalize-name'
import { canonicalTaxId, type CanonicalTaxId } from './tax-id-schemes'
import type { WordIds } from './word-ids'

/** Everything a suggestion compares about one customer, normalised once. */
export type EvidenceProfile = {
  name: string
  /**
   * The normalised name with its spaces taken out, so "BlueSky IT" and "Blue Sky IT" are one
   * name; '' when the name is empty.
   */
  nameKey: string
  /**
   * Distinct name words that can tell companies apart ("and", "of" left out), as numbers from the
   * run's WordIds: two profiles are then compared without building sets of strings.
   */
  wordIds: number[]
  /** Words of a distributor customer's name read as a register word one letter away. */
  typoWordIds: number[]
  tenantId?: string
  taxId?: CanonicalTaxId
  domain?: string
  domainIsEmail: boolean
  /** ISO alpha-2 from the address, else from the tax id's scheme (an ABN is Australian). */
  country?: string
  postcode?: string
  /** The postcode as written, for the reason shown to the user. */
  postcodeAsWritten?: string
  city?: string
  /**
   * For register customers: how many register customers carry the same tenant id, tax id and
   * domain and name (1 when only this one). Filled in by the register index; 1 for distributor customers.
   */
  tenantHolders: number
  taxIdHolders: number
  domainHolders: number
  nameHolders: number
}

// Few names hold a typo: they all share this empty list until the register index finds one.
const NO_TYPOS: number[] = []

// Joining words carry no identity: "Smith and Jones" and "Jones of Smith" share nothing.
const CONNECTORS = new Set(['and', 'of', 'the', 'for'])

function profileOf(
  name: string,
  domain: string | undefined,
  tenantId: string | undefined,
  taxId: string | undefined,
  address: Address | undefined,
  wordIds: WordIds,
): EvidenceProfile {
  const written = writtenNameWords(name)
  // A name of punctuation only ("—") keeps its characters (companyNameTokens' rule).
  const tokens = written.length > 0 ? written : companyNameTokens(name)
  const words: number[] = []
  let nameKey = ''
  for (const token of tokens) {
    const word = wordIds.comparableIdOf(token)
    const form = wordIds.wordAt(word)
    nameKey += form
    if (CONNECTORS.has(form)) continue
    if (!words.includes(word)) words.push(word)
  }
  const code = normalizePostcode(address?.postcode)
  const tax = canonicalTaxId(taxId, address?.country)
  // Every field present, undefined when there is no evidence: one object of one shape, where
  // adding the fields found one by one grew each profile twice and made scoring polymorphic.
  return {
    name,
    nameKey,
    wordIds: words,
    typoWordIds: NO_TYPOS,
    tenantId: normalizeTenantId(tenantId),
    taxId: tax,
    domain: normalizeDomain(domain),
    domainIsEmail: isEmailAddress(domain),
    country: address?.country ?? tax?.country,
    postcode: code,
    postcodeAsWritten: code ? address?.postcode?.trim() : undefined,
    city: normalizeCity(address?.city),
    tenantHolders: 1,
    taxIdHolders: 1,
    domainHolders: 1,
    nameHolders: 1,
  }
}

/** The evidence a distributor customer offers: name, tenant, tax id, domain, address. */
export function externalProfile(customer: ExternalCustomer, wordIds: WordIds): EvidenceProfile {
  const c = customer
  return profileOf(c.name, c.domain, c.tenantId, c.taxId, c.address, wordIds)
}

/** The evidence a register customer offers: name, tenant, tax id, domain, main-site address. */
export function customerProfile(customer: Customer, wordIds: WordIds): EvidenceProfile {
  const c = customer
  return profileOf(c.name, c.domain, c.tenantId, c.taxId, c.mainSite, wordIds)
}
