import type { SubscriptionStatus } from '@seatkeeper/core'

/*
 * Only "ACTIVE" is confirmed; the clients treat every other value as not active (threepointnz
 * skips `Status !== 'ACTIVE'`). The other words are inferred [I], so unknown ones fall back to
 * 'suspended': inactive here, but never read as a deletion that would zero a subscription.
 */
const STATUSES: Record<string, SubscriptionStatus> = {
  ACTIVE: 'active',
  SUSPENDED: 'suspended',
  DISABLED: 'suspended',
  INACTIVE: 'suspended',
  CANCELLED: 'cancelled',
  CANCELED: 'cancelled',
  EXPIRED: 'cancelled',
  DELETED: 'deleted',
  PENDING: 'pending',
  PROVISIONING: 'pending',
}

/** Dicker Data's subscription Status in the core vocabulary. */
export function subscriptionStatus(status: string): SubscriptionStatus {
  return STATUSES[status.trim().toUpperCase()] ?? 'suspended'
}
