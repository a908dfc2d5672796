import type { Address, ExternalCustomer } from '@seatkeeper/core'
import { countryCode } from '../country-code'
import { customerDomain } from '../customer-domain'
import { customerStatus } from './account-state'
import type { AlsoCompany } from './schemas'

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function address(company: AlsoCompany): Address | undefined {
  // ALSO keeps the street as one free-text line [C]; it goes to line1 whole. Country comes as an
  // ISO alpha-2 code (the fixtures say "DE") or as a name ("Switzerland", "Schweiz") [I].
  const parts: Address = {
    line1: clean(company.Address),
    city: clean(company.City),
    postcode: clean(company.Zip),
    country: countryCode(company.Country),
  }
  // A country alone is no address: importing it would blank the street of a register customer
  // whose main site is updated from ALSO (fixture company 400102 has only "DE").
  if (!parts.line1 && !parts.city && !parts.postcode) return undefined
  const present = Object.entries(parts).filter(([, value]) => value !== undefined)
  return Object.fromEntries(present) as Address
}

function firstDomain(domain: AlsoCompany['Domain']): string | undefined {
  const list = typeof domain === 'string' ? [domain] : (domain ?? [])
  return list.map(customerDomain).find((d) => d !== undefined)
}

export type NormalisedCustomer = { customer: ExternalCustomer; problem?: string }

/**
 * An ALSO company as an ExternalCustomer. Companies carry no Microsoft tenant id [I] (it lives in
 * subscription fields), so tenantId stays empty rather than costing a call per customer.
 */
export function normaliseCustomer(company: AlsoCompany): NormalisedCustomer {
  const state = customerStatus(company.AccountState)
  const customer: ExternalCustomer = {
    externalId: company.AccountId,
    name: company.CompanyName.trim(),
    status: state.status,
  }
  const addr = address(company)
  if (addr) customer.address = addr
  const domain = firstDomain(company.Domain)
  if (domain) customer.domain = domain
  const taxId = clean(company.VatId)
  if (taxId) customer.taxId = taxId
  const problems: string[] = []
  if (state.unknown !== undefined) {
    problems.push(
      `Company ${company.AccountId} has an AccountState we do not know ("${state.unknown}"); it was read as suspended.`,
    )
  }
  const country = clean(company.Country)
  if (country && addr && !addr.country) {
    problems.push(
      `Company ${company.AccountId} has a country we cannot read ("${country}"); its address was imported without one.`,
    )
  }
  return problems.length === 0 ? { customer } : { customer, problem: problems.join(' ') }
}
