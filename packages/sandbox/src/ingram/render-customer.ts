import type { World, WorldCustomer } from '../world/generate-world'

/** A customer as `GET /customers` lists it (fixtures/distributors/ingram/customers-offset0.json). */
export type IngramCustomerBody = {
  id: string
  name: string
  status: 'active' | 'inactive'
  address?: { street: string; city: string; state: string; postalCode: string; countryCode: string }
  contactPerson: { firstName: string; lastName: string; email: string; phone: string }
  creationDate: string
  lastModifiedDate: string
}

/** Ids are seven-digit strings, as in the docs' examples ("1000275") [C]. */
export const ingramCustomerId = (customer: { seq: number }) => String(1_000_000 + customer.seq)

/** Deleted customers are not listed [I]: a daily sync sees them as missing from a complete list. */
export function isListedCustomer(customer: WorldCustomer): boolean {
  return customer.status !== 'deleted'
}

export function renderIngramCustomer(_world: World, customer: WorldCustomer): IngramCustomerBody {
  const body: IngramCustomerBody = {
    id: ingramCustomerId(customer),
    name: customer.name,
    status: customer.status === 'suspended' ? 'inactive' : 'active',
    contactPerson: {
      firstName: 'Sam',
      lastName: 'Rivera',
      email: `it@${customer.domain}`,
      phone: '+1 555 0100',
    },
    creationDate: customer.createdAt,
    lastModifiedDate: customer.createdAt,
  }
  if (customer.address) {
    body.address = {
      street: customer.address.line1,
      city: customer.address.city,
      state: customer.address.region,
      postalCode: customer.address.postcode,
      countryCode: customer.address.country,
    }
  }
  return body
}
