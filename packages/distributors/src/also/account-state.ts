import type { ExternalCustomerStatus, SubscriptionStatus } from '@seatkeeper/core'

/*
 * ALSO's AccountState vocabulary. "Active" is confirmed (MCP "activeOnly … AccountState Active"),
 * "Terminated" appears in the fixtures; "Suspended", "Deleted" and the rest are inferred [I].
 * An unknown word is read as suspended — never as active, so nothing is billed on a guess — and
 * reported as a problem so it can be added here.
 */
const SUSPENDED = new Set(['suspended', 'inactive', 'disabled', 'blocked', 'locked'])
const CANCELLED = new Set(['terminated', 'cancelled', 'canceled', 'expired'])
const DELETED = new Set(['deleted', 'removed'])
const PENDING = new Set(['pending', 'new', 'inprogress', 'provisioning', 'processing', 'waiting'])

function word(state: string | null | undefined): string {
  return (state ?? '').replace(/[\s_-]/g, '').toLowerCase()
}

export type StateReading<T> = { status: T; unknown?: string }

/** A company's AccountState as a customer status. */
export function customerStatus(state: string): StateReading<ExternalCustomerStatus> {
  const w = word(state)
  if (w === 'active') return { status: 'active' }
  if (SUSPENDED.has(w)) return { status: 'suspended' }
  if (CANCELLED.has(w) || DELETED.has(w)) return { status: 'deleted' }
  return { status: 'suspended', unknown: state }
}

/**
 * A subscription's AccountState, refined by its ProvisioningStatus: an active account whose
 * vendor order is still running is pending [I] (ProvisioningStatus "Succeeded" is in the fixtures).
 */
export function subscriptionStatus(
  state: string,
  provisioning: string | null | undefined,
): StateReading<SubscriptionStatus> {
  const w = word(state)
  if (w === 'active') return { status: PENDING.has(word(provisioning)) ? 'pending' : 'active' }
  if (SUSPENDED.has(w)) return { status: 'suspended' }
  if (CANCELLED.has(w)) return { status: 'cancelled' }
  if (DELETED.has(w)) return { status: 'deleted' }
  if (PENDING.has(w)) return { status: 'pending' }
  return { status: 'suspended', unknown: state }
}
