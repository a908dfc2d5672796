import type { World, WorldCustomer } from '../world/generate-world'
import { pax8Id } from './pax8-ids'

/** A company as `GET /v1/companies` lists it (fixtures/distributors/pax8/companies-page0.json). */
export type Pax8CompanyBody = {
  id: string
  name: string
  address?: {
    street: string
    street2?: string
    city: string
    stateOrProvince: string
    postalCode: string
    country: string
  }
  phone: string
  website: string
  externalId?: string
  billOnBehalfOfEnabled: boolean
  selfServiceAllowed: boolean
  orderApprovalRequired: boolean
  status: 'Active' | 'Inactive' | 'Deleted'
  updatedDate: string
}

const STATUS = { active: 'Active', suspended: 'Inactive', deleted: 'Deleted' } as const

/**
 * Pax8 keeps deleted companies, listed with status Deleted [C: spec enum], and says Inactive where
 * the world says suspended [I]. A company without an address has no `address` at all (fixture
 * companies-page1.json); the partner's own reference is in `externalId` on some.
 */
export function renderPax8Company(world: World, customer: WorldCustomer): Pax8CompanyBody {
  const a = customer.address
  return {
    id: pax8Id(world.seed, 'company', customer.seq),
    name: customer.name,
    ...(a
      ? {
          address: {
            street: a.line1,
            ...(a.line2 ? { street2: a.line2 } : {}),
            city: a.city,
            stateOrProvince: a.region,
            postalCode: a.postcode,
            country: a.country,
          },
        }
      : {}),
    phone: '',
    website: `www.${customer.domain}`,
    ...(customer.seq % 3 === 0
      ? { externalId: `MSP-CUST-${String(customer.seq).padStart(4, '0')}` }
      : {}),
    billOnBehalfOfEnabled: false,
    selfServiceAllowed: false,
    orderApprovalRequired: false,
    status: STATUS[customer.status],
    // Pax8 writes offsets without a colon (-0600) [C: spec example].
    updatedDate: `${customer.createdAt}T09:00:00.000-0600`,
  }
}
