import type { Address, ExternalCustomer, ExternalCustomerStatus } from '@seatkeeper/core'
import { countryCode } from '../country-code'
import { customerDomain } from '../customer-domain'
import { PAX8_LABEL } from './calls'
import type { Pax8Company } from './schemas'

/** Company status: Active | Inactive | Deleted [C]. Inactive read as suspended [I]. */
const STATUSES: Record<string, ExternalCustomerStatus> = {
  active: 'active',
  inactive: 'suspended',
  deleted: 'deleted',
}

export type Normalised<T> = { ok: true; value: T } | { ok: false; problem: string }

function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function addressOf(company: Pax8Company): Address | undefined {
  const a = company.address
  if (!a) return undefined
  const country = countryCode(a.country)
  const address: Address = {
    ...(present(a.street) ? { line1: present(a.street) } : {}),
    ...(present(a.street2) ? { line2: present(a.street2) } : {}),
    ...(present(a.city) ? { city: present(a.city) } : {}),
    ...(present(a.stateOrProvince) ? { region: present(a.stateOrProvince) } : {}),
    ...(present(a.postalCode) ? { postcode: present(a.postalCode) } : {}),
    ...(country ? { country } : {}),
  }
  return Object.keys(address).length > 0 ? address : undefined
}

/**
 * One Pax8 company in the core model, or a named problem when its status is not one Pax8 documents:
 * guessing "active" for a company that may be deleted would write a wrong fact to the register.
 * Pax8 gives no Microsoft tenant on companies [C], so none is set; `website` is the domain.
 */
export function normalisePax8Company(company: Pax8Company): Normalised<ExternalCustomer> {
  const status = STATUSES[company.status?.trim().toLowerCase() ?? '']
  if (!status) {
    return {
      ok: false,
      problem: `${PAX8_LABEL} listed company "${company.name}" (${company.id}) with status ${company.status == null ? 'missing' : `"${company.status}"`}, which Seatkeeper does not know; it was left out.`,
    }
  }
  const address = addressOf(company)
  const domain = customerDomain(company.website)
  return {
    ok: true,
    value: {
      externalId: company.id,
      name: company.name.trim(),
      status,
      ...(address ? { address } : {}),
      ...(domain ? { domain } : {}),
    },
  }
}
