import type { World, WorldCustomer } from '../world/generate-world'
import { customerReference } from './arrowsphere-ids'

// Every deletion in the simulated world happened on the same day; the world only says "deleted".
const DELETED_AT = '2025-12-31T10:00:00Z'

/**
 * A world customer as GET /customers lists it: PascalCase keys, no status (only DeletedAt), the
 * Microsoft tenant under Details.TenantID, and Details = [] when there are none (PHP's empty array).
 * A suspended world customer looks active here: ArrowSphere has no way to say so.
 */
export function renderCustomer(customer: WorldCustomer, world: World) {
  const slug = customer.domain.split('.')[0] ?? 'customer'
  const address = customer.address
  return {
    Reference: customerReference(customer.seq),
    WorkgroupCode: '',
    CompanyName: customer.name,
    PartnerCompanyId: '',
    // A customer without an address has no address lines at all (fixture customers-page2.json),
    // but ArrowSphere still holds a country for it: the partner's own marketplace.
    ...(address ? { AddressLine1: address.line1, AddressLine2: address.line2 ?? '' } : {}),
    Zip: address?.postcode ?? '',
    City: address?.city ?? '',
    CountryCode: address?.country ?? partnerCountry(world),
    State: address?.region ?? '',
    ReceptionPhone: '',
    WebsiteUrl: `https://www.${customer.domain}`,
    EmailContact: `admin@${customer.domain}`,
    Headcount: ((customer.seq * 37) % 240) + 1,
    TaxNumber: customer.taxId ?? '',
    Ref: slug.toUpperCase().slice(0, 12),
    RegistrationNumber: '',
    BillingId: '',
    InternalReference: '',
    Type: '',
    Contact: {
      FirstName: 'Accounts',
      LastName: 'Team',
      Email: `accounts@${customer.domain}`,
      Phone: '',
      ContactPersonID: `CP-${customer.seq}`,
    },
    Details: customer.tenantId
      ? {
          Migration: false,
          DomainName: `${slug}.onmicrosoft.com`,
          OracleOnlineKey: '',
          IBMCeId: '',
          Maas360ResellerId: '',
          TenantID: customer.tenantId,
        }
      : [],
    DeletedAt: customer.status === 'deleted' ? DELETED_AT : null,
    CreatedAt: `${customer.createdAt}T09:00:00Z`,
    customFields: [],
  }
}
export type RenderedCustomer = ReturnType<typeof renderCustomer>

/** The marketplace of the partner, from the currency it buys in. */
export function partnerCountry(world: World): string {
  return world.currency === 'NZD'
    ? 'NZ'
    : world.currency === 'GBP'
      ? 'GB'
      : world.currency === 'USD'
        ? 'US'
        : 'AU'
}
