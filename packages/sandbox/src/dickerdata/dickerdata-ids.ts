import type { WorldCustomer } from '../world/generate-world'

/**
 * The customer's Microsoft tenant as Dicker Data holds it, or null when none is assigned. A world
 * customer with a CSP tenant but no recorded tenant id gets a stable GUID-shaped one.
 */
export function dickerTenantId(customer: WorldCustomer): string | null {
  if (!customer.hasCspTenant) return null
  return (
    customer.tenantId ?? `dd000000-0000-4000-8000-${customer.seq.toString(16).padStart(12, '0')}`
  )
}

/** The tenant's initial domain, which Dicker Data shows as TenantDescription (fixture gettenant.json). */
export function dickerTenantDescription(customer: WorldCustomer): string | null {
  if (!customer.hasCspTenant) return null
  const label =
    (customer.domain.split('.')[0] ?? '').replace(/[^a-z0-9]/g, '') || `tenant${customer.seq}`
  return `${label}.onmicrosoft.com`
}
