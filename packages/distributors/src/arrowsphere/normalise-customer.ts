import type { Address, ExternalCustomer } from '@seatkeeper/core'
import { customerDomain } from '../customer-domain'
import type { ArrowCustomer } from './schemas'

/** Turns an ArrowSphere customer into the core model's ExternalCustomer. */
export function normaliseCustomer(customer: ArrowCustomer): ExternalCustomer {
  const details = detailsOf(customer.Details)
  const tenantId = present(detailValue(details, 'tenantid'))
  const domain =
    customerDomain(customer.WebsiteUrl) ?? customerDomain(detailValue(details, 'domainname'))
  const taxId = present(customer.TaxNumber)
  const address = addressOf(customer)
  return {
    externalId: customer.Reference,
    name: customer.CompanyName.trim(),
    // Customers carry no status (nodejs CustomerFields); DeletedAt is the only signal, and reading it
    // as "deleted" is our inference. A customer cannot be suspended in ArrowSphere. [I]
    status: present(customer.DeletedAt) ? 'deleted' : 'active',
    ...(address ? { address } : {}),
    ...(domain ? { domain } : {}),
    ...(tenantId ? { tenantId: tenantId.toLowerCase() } : {}),
    ...(taxId ? { taxId } : {}),
  }
}

function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function detailsOf(details: ArrowCustomer['Details']): Record<string, unknown> {
  // [] (PHP's empty associative array) or null means no details at all.
  return details && !Array.isArray(details) ? details : {}
}

/** Reads a Details key whatever its casing: TenantID (nodejs) and TenantId (PHP doc) both occur. */
function detailValue(details: Record<string, unknown>, lowerKey: string): string | undefined {
  for (const [key, value] of Object.entries(details)) {
    if (key.toLowerCase() === lowerKey && typeof value === 'string') return value
  }
  return undefined
}

// The customer's own web domain is what a register holds. Details.DomainName is the Microsoft
// tenant's domain (often *.onmicrosoft.com), so it is only the fallback.

function addressOf(customer: ArrowCustomer): Address | undefined {
  const country = present(customer.CountryCode)?.toUpperCase()
  const address: Address = {
    ...optional('line1', customer.AddressLine1),
    ...optional('line2', customer.AddressLine2),
    ...optional('city', customer.City),
    ...optional('region', customer.State),
    ...optional('postcode', customer.Zip),
  }
  // ArrowSphere asks every customer for a country (it picks the marketplace), so a country alone
  // is not an address: importing it would blank out a register customer's main site. [I]
  if (Object.keys(address).length === 0) return undefined
  if (country && /^[A-Z]{2}$/.test(country)) address.country = country
  return address
}

function optional<K extends keyof Address>(key: K, value: string | null | undefined) {
  const trimmed = present(value)
  return trimmed ? { [key]: trimmed } : {}
}
