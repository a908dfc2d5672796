import type { ExternalCustomer } from '@seatkeeper/core'
import { customerDomain } from '../customer-domain'
import type { CrayonTenant } from './schemas'

export type CustomerReading =
  { ok: true; customer: ExternalCustomer } | { ok: false; reason: string }

/*
 * EntityStatus is None = 0 / Removed = 1 [C: crayon-api-sdk Domain/Common/EntityStatus.cs]. The
 * shared sample answer writes 1 on a tenant that otherwise looks live; the SDK is Crayon's own, so
 * 1 reads as removed and the difference is noted in docs/distributors.md. Absent reads as None [I].
 */
const ENTITY_STATUS: Record<number, ExternalCustomer['status']> = { 0: 'active', 1: 'deleted' }

/**
 * One customer tenant in the core model. The list gives the Microsoft tenant id
 * (`publisherCustomerId`) and domain [C]; the address is only on `/customertenants/{id}/detailed`,
 * one call per tenant, which the listing does not make (see docs/distributors.md).
 */
export function normaliseCrayonCustomer(tenant: CrayonTenant): CustomerReading {
  const status = ENTITY_STATUS[tenant.entityStatus ?? 0]
  if (!status) {
    return {
      ok: false,
      reason: `Crayon customer tenant "${tenant.name}" (${tenant.id}) has entityStatus ${tenant.entityStatus}, which Crayon does not document (0 = none, 1 = removed); it was left out`,
    }
  }
  const customer: ExternalCustomer = { externalId: tenant.id, name: tenant.name, status }
  const tenantId = tenant.publisherCustomerId?.trim()
  if (tenantId) customer.tenantId = tenantId
  const domain = customerDomain(
    tenant.domain ?? (tenant.domainPrefix ? `${tenant.domainPrefix}.onmicrosoft.com` : undefined),
  )
  if (domain) customer.domain = domain
  return { ok: true, customer }
}
