import type { Address, ExternalCustomer, ExternalCustomerStatus } from '@seatkeeper/core'
import { countryCode } from '../country-code'
import { customerDomain } from '../customer-domain'
import type { TdsynnexCustomer } from './schemas'

/** `customerStatus` is not documented [I]; absent means listed, i.e. active. */
const CUSTOMER_STATUSES: Record<string, ExternalCustomerStatus> = {
  active: 'active',
  suspended: 'suspended',
  inactive: 'suspended',
  deleted: 'deleted',
}

function address(customer: TdsynnexCustomer): Address | undefined {
  const raw = customer.customerAddress
  if (!raw) return undefined
  const out: Address = {}
  if (raw.street?.trim()) out.line1 = raw.street.trim()
  if (raw.street2?.trim()) out.line2 = raw.street2.trim()
  if (raw.city?.trim()) out.city = raw.city.trim()
  if (raw.state?.trim()) out.region = raw.state.trim()
  if (raw.zip?.trim()) out.postcode = raw.zip.trim()
  const country = countryCode(raw.country)
  if (country) out.country = country
  return Object.keys(out).length > 0 ? out : undefined
}

/** The customer's status, or undefined for a value ION has not been seen to send. */
export function tdsynnexCustomerStatus(
  customer: TdsynnexCustomer,
): ExternalCustomerStatus | undefined {
  const raw = customer.customerStatus?.trim().toLowerCase()
  return raw ? CUSTOMER_STATUSES[raw] : 'active'
}

/**
 * One ION customer in the core model. The domain comes from `customerDomain`, else the e-mail's
 * host (free-mail hosts are dropped by customerDomain()); both fields are [I].
 */
export function normaliseTdsynnexCustomer(
  customer: TdsynnexCustomer,
  status: ExternalCustomerStatus,
): ExternalCustomer {
  const result: ExternalCustomer = { externalId: customer.id, name: customer.name, status }
  const domain = customerDomain(customer.customerDomain) ?? customerDomain(customer.customerEmail)
  if (domain) result.domain = domain
  const tenantId = customer.microsoftTenantId?.trim()
  if (tenantId) result.tenantId = tenantId
  const where = address(customer)
  if (where) result.address = where
  return result
}
