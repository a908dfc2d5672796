import type { World, WorldCustomer } from '../world/generate-world'

/** A customer as `GET /api/v3/accounts/{id}/customers` lists it (fixtures customers-page1.json). */
export type TdsynnexCustomerBody = {
  id: string
  name: string
  customerEmail: string
  customerStatus: 'active' | 'suspended'
  microsoftTenantId?: string
  customerAddress?: { street: string; city: string; state: string; zip: string; country: string }
}

/** Deleted customers are not listed [I]: they are simply gone. */
export function isListedCustomer(customer: WorldCustomer): boolean {
  return customer.status !== 'deleted'
}

export function tdsynnexCustomerId(seq: number): string {
  return `c-${String(seq).padStart(4, '0')}`
}

export function renderTdsynnexCustomer(
  _world: World,
  customer: WorldCustomer,
): TdsynnexCustomerBody {
  const body: TdsynnexCustomerBody = {
    id: tdsynnexCustomerId(customer.seq),
    name: customer.name,
    // The fixtures have an empty e-mail for some customers; the world's odd ones have none.
    customerEmail: customer.seq % 7 === 0 ? '' : `it@${customer.domain}`,
    customerStatus: customer.status === 'suspended' ? 'suspended' : 'active',
  }
  if (customer.tenantId) body.microsoftTenantId = customer.tenantId
  if (customer.address) {
    body.customerAddress = {
      street: customer.address.line1,
      city: customer.address.city,
      state: customer.address.region,
      zip: customer.address.postcode,
      country: customer.address.country,
    }
  }
  return body
}
