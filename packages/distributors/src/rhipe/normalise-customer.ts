import type { Address, ExternalCustomer } from '@seatkeeper/core'
import { countryCode } from '../country-code'
import { customerDomain } from '../customer-domain'
import type { RhipeCustomer } from './schemas'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function clean(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

type AddressParts = {
  street1?: string | null
  street2?: string | null
  street3?: string | null
  city?: string | null
  state?: string | null
  postcode?: string | null
  country?: string | null
  countryIsoCode?: string | null
}

function address(parts: AddressParts): Address | undefined {
  const line2 = [clean(parts.street2), clean(parts.street3)].filter(Boolean).join(', ')
  const entries = {
    line1: clean(parts.street1),
    line2: line2 || undefined,
    city: clean(parts.city),
    region: clean(parts.state),
    postcode: clean(parts.postcode),
    country: countryCode(parts.countryIsoCode, parts.country),
  }
  const present = Object.entries(entries).filter(([, value]) => value !== undefined)
  return present.length > 0 ? (Object.fromEntries(present) as Address) : undefined
}

/**
 * The company's own domain: from its web site, else from its e-mail addresses — never a free-mail
 * or ISP domain (a bakery's owner@bigpond.com says nothing about who the bakery is).
 */
function domainOf(customer: RhipeCustomer): string | undefined {
  for (const source of [customer.WebUrl, customer.Email, customer.CustomerNotificationEmail]) {
    const domain = customerDomain(source)
    if (domain) return domain
  }
  return undefined
}

/**
 * The Microsoft tenant: a program agreement's `Id` is the tenant id ([C] Mate365 copies it to
 * TenantId). Other programs (e.g. Acronis) carry their own ids, so an agreement whose program is
 * named and not Microsoft's is skipped; one without a program name is trusted ([I]).
 */
function tenantOf(customer: RhipeCustomer): string | undefined {
  const chosen = (customer.CustomerProgramAgreements ?? []).find(
    (a) =>
      typeof a.Id === 'string' &&
      GUID.test(a.Id) &&
      (!a.ProgramName || /microsoft|azure|csp|office|365/i.test(a.ProgramName)),
  )
  return typeof chosen?.Id === 'string' ? chosen.Id.toLowerCase() : undefined
}

/** A PRISM customer as Seatkeeper's ExternalCustomer. */
export function normaliseRhipeCustomer(customer: RhipeCustomer): ExternalCustomer {
  const main = address({
    street1: customer.Street1,
    street2: customer.Street2,
    street3: customer.Street3,
    city: customer.City,
    state: customer.State,
    postcode: customer.Postcode,
    country: customer.Country,
    countryIsoCode: customer.CountryIsoCode,
  })
  // The billing address stands in only when PRISM holds no main address at all.
  const billing = main
    ? undefined
    : address({
        street1: customer.BillingStreet1,
        street2: customer.BillingStreet2,
        street3: customer.BillingStreet3,
        city: customer.BillingCity,
        state: customer.BillingState,
        postcode: customer.BillingPostcode,
        country: customer.BillingCountry,
        countryIsoCode: customer.BillingCountryIsoCode,
      })
  const result: ExternalCustomer = {
    externalId: customer.CustomerId,
    name: customer.CustomerName.trim(),
    // [I] PRISM only says IsActive=false ("deactivated"); a deactivated customer can be
    // reactivated, so it is suspended, not deleted. A customer PRISM deletes leaves the list, which
    // a complete listing reports as missing. A missing flag is read as active (the API default).
    status: customer.IsActive === false ? 'suspended' : 'active',
  }
  const place = main ?? billing
  if (place) result.address = place
  const domain = domainOf(customer)
  if (domain) result.domain = domain
  const tenantId = tenantOf(customer)
  if (tenantId) result.tenantId = tenantId
  const taxId = clean(customer.RegistrationNumber)
  if (taxId) result.taxId = taxId
  return result
}
