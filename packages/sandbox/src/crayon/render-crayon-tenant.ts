import type { World, WorldCustomer } from '../world/generate-world'
import { CRAYON_SANDBOX_ORGANIZATION_ID } from './crayon-sandbox-credentials'

/** A customer tenant as `GET /api/v1/customertenants/` lists it (fixtures customertenants.json). */
export type CrayonTenantBody = {
  id: number
  name: string
  publisher: { id: number; name: string }
  program: { id: number; name: string }
  publisherCustomerId: string | null
  externalPublisherCustomerId: null
  domain: string | null
  domainPrefix: string | null
  reference: string
  customerTenantType: number
  entityStatus: 0 | 1
  organization: { id: number; name: string }
  invoiceProfile: { id: number; name: string }
}

/** Cloud-iQ ids are integers [C]; tenants are numbered from 16000, after the fixture's 16700 style. */
export const crayonTenantId = (seq: number) => 16_000 + seq

/**
 * Crayon keeps removed tenants with EntityStatus Removed = 1 [C: EntityStatus.cs; that they stay
 * listed is I]. It has no suspended tenant state [I], so a suspended world customer is listed live;
 * its subscriptions carry the suspension.
 */
export function renderCrayonTenant(world: World, customer: WorldCustomer): CrayonTenantBody {
  // The Microsoft initial domain: the company domain's first label.
  const prefix = customer.tenantId
    ? customer.domain.split('.')[0]!.replace(/[^a-z0-9]/gi, '')
    : null
  return {
    id: crayonTenantId(customer.seq),
    name: customer.name,
    publisher: { id: 2, name: 'Microsoft' },
    program: { id: 7, name: 'CSP' },
    publisherCustomerId: customer.tenantId ?? null,
    externalPublisherCustomerId: null,
    domain: customer.tenantId ? customer.domain : null,
    domainPrefix: prefix,
    reference: `MSP-CUST-${String(customer.seq).padStart(4, '0')}`,
    customerTenantType: 1,
    entityStatus: customer.status === 'deleted' ? 1 : 0,
    organization: { id: CRAYON_SANDBOX_ORGANIZATION_ID, name: world.partnerName },
    invoiceProfile: { id: 55, name: 'Default' },
  }
}
