import type { Address, ExternalCustomer, ExternalCustomerStatus } from '@seatkeeper/core'
import { countryCode } from '../country-code'
import { customerDomain } from '../customer-domain'
import { INGRAM_LABEL } from './calls'
import type { IngramCustomer } from './schemas'

/**
 * Customer statuses are not documented [I]: the fixtures show "active", and the values below are
 * those CloudBlue Commerce accounts use for the same states. Anything else is left out and named
 * rather than guessed, since reading it wrongly would suspend or delete a register customer.
 */
const STATUSES: Record<string, ExternalCustomerStatus> = {
  active: 'active',
  enabled: 'active',
  inactive: 'suspended',
  disabled: 'suspended',
  suspended: 'suspended',
  hold: 'suspended',
  credit_hold: 'suspended',
  deleted: 'deleted',
  removed: 'deleted',
}

function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function addressOf(customer: IngramCustomer): Address | undefined {
  const raw = customer.address
  if (!raw) return undefined
  const address: Address = {}
  const line1 = present(raw.street)
  const city = present(raw.city)
  const region = present(raw.state)
  const postcode = present(raw.postalCode)
  if (line1) address.line1 = line1
  if (city) address.city = city
  if (region) address.region = region
  if (postcode) address.postcode = postcode
  const country = countryCode(raw.countryCode, raw.country)
  if (country) address.country = country
  return Object.keys(address).length > 0 ? address : undefined
}

/**
 * One Ingram Micro customer in the core model, or a problem naming it. No domain or tenant field is
 * known [I]: the contact's e-mail domain is the only domain evidence (customerDomain drops free-mail
 * domains), and tenantId stays unset.
 */
export function normaliseIngramCustomer(customer: IngramCustomer): ExternalCustomer | string {
  const status = STATUSES[customer.status.trim().toLowerCase()]
  if (!status) {
    return `${INGRAM_LABEL} listed customer "${customer.name}" (${customer.id}) with status ${JSON.stringify(customer.status)}, which Seatkeeper does not know; it was left out.`
  }
  const result: ExternalCustomer = { externalId: customer.id, name: customer.name, status }
  const address = addressOf(customer)
  if (address) result.address = address
  const domain = customerDomain(customer.contactPerson?.email)
  if (domain) result.domain = domain
  return result
}
