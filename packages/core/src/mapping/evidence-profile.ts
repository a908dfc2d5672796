import type { ExternalCustomer } from '../model/external'
import type { Customer } from '../model/register'
import {
  isEmailAddress,
  normalizeDomain,
  normalizePostcode,
  normalizeTaxId,
  normalizeTenantId,
} from './evidence-keys'
import { companyNameTokens } from './normalize-name'

/** Everything a suggestion compares about one customer, normalised once. */
export type EvidenceProfile = {
  name: string
  /** The normalised name; '' when the name is empty. */
  normalizedName: string
  /** Distinct name words that can tell companies apart ("and", "of" left out). */
  words: string[]
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

type ProfileInput = {
  name: string
  domain?: string
  tenantId?: string
  taxId?: string
  postcode?: string
}

function profileOf(input: ProfileInput): EvidenceProfile {
  const tokens = companyNameTokens(input.name)
  const profile: EvidenceProfile = {
    name: input.name,
    normalizedName: tokens.join(' '),
    words: [...new Set(tokens.filter((token) => !CONNECTORS.has(token)))],
    domainIsEmail: isEmailAddress(input.domain),
  }
  const tenantId = normalizeTenantId(input.tenantId)
  const taxId = normalizeTaxId(input.taxId)
  const domain = normalizeDomain(input.domain)
  const postcode = normalizePostcode(input.postcode)
  if (tenantId) profile.tenantId = tenantId
  if (taxId) profile.taxId = taxId
  if (domain) profile.domain = domain
  if (postcode) {
    profile.postcode = postcode
    profile.postcodeAsWritten = input.postcode?.trim()
  }
  return profile
}

/** The evidence a distributor customer offers: name, tenant, tax id, domain, address postcode. */
export function externalProfile(customer: ExternalCustomer): EvidenceProfile {
  return profileOf({ ...customer, postcode: customer.address?.postcode })
}

/** The evidence a register customer offers: name, tenant, tax id, domain, main-site postcode. */
export function customerProfile(customer: Customer): EvidenceProfile {
  return profileOf({ ...customer, postcode: customer.mainSite?.postcode })
}
