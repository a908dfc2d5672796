import type { ExternalCustomer } from '@seatkeeper/core'
import { customerDomain } from '../customer-domain'
import type { Tenant } from './schemas'

/** Dicker Data can only provision subscriptions for a customer that has a CSP tenant. */
export const NO_TENANT_REASON =
  'No CSP tenant is assigned to this customer in Dicker Data, so it cannot be imported. Assign a Microsoft CSP tenant to it in the Dicker Data portal (or ask your Dicker Data Account Manager), then import again.'

/** A stable id for a customer without a tenant: GetTenant gives it no id of its own [I]. */
export function noTenantExternalId(companyName: string): string {
  return `no-tenant:${companyName.trim().toLowerCase()}`
}

/** A GetTenant row as the core's ExternalCustomer. */
export function normaliseCustomer(tenant: Tenant): ExternalCustomer {
  const name = tenant.CompanyName.trim()
  // Kept as GetTenant spells it: it is the customer's id, and mappings made earlier are keyed by
  // it. Subscriptions meet it whatever their own spelling (listDickerDataSubscriptions).
  const tenantId = tenant.TenantId?.trim() || undefined
  const description = tenant.TenantDescription?.trim()
  // TenantDescription carries the tenant's initial domain ("x.onmicrosoft.com") in every sample [I];
  // free text (a description with spaces) is not a domain and is dropped.
  const domain = description && !/\s/.test(description) ? customerDomain(description) : undefined
  return {
    externalId: tenantId ?? noTenantExternalId(name),
    name,
    status: customerStatus(tenant.Status),
    ...(tenantId ? { tenantId } : {}),
    ...(domain ? { domain } : {}),
    // Addresses and tax ids are in no known Dicker Data response [I]: left undefined, not guessed.
    ...(tenantId ? {} : { importable: { ok: false as const, reason: NO_TENANT_REASON } }),
  }
}

/** GetTenant has no status in any sample [I]; when one appears, only "ACTIVE" is active. */
function customerStatus(status: string | null | undefined): ExternalCustomer['status'] {
  const text = status?.trim().toUpperCase()
  if (!text || text === 'ACTIVE') return 'active'
  if (text === 'DELETED') return 'deleted'
  return 'suspended'
}
