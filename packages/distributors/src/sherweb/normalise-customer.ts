import type { ExternalCustomer } from '@seatkeeper/core'
import type { SherwebCustomer } from './schemas'

/**
 * Sherweb gives only id, name, path and suspendedOn [C]: no address, domain, tenant or tax id, so
 * none is invented here. Deleted customers are not listed at all, so there is no 'deleted' status;
 * a daily sync sees them as missing from a complete listing.
 */
export function normaliseSherwebCustomer(customer: SherwebCustomer): ExternalCustomer {
  return {
    externalId: customer.id,
    name: customer.displayName,
    status: customer.suspendedOn ? 'suspended' : 'active',
  }
}
