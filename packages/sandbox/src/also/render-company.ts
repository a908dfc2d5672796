import type { World, WorldCustomer } from '../world/generate-world'
import { MARKETPLACE_ACCOUNT_ID, RESELLER_ACCOUNT_ID, companyAccountId } from './also-ids'

// Keys and order as in fixture companies.json (PHP src/Model/Company.php names, PascalCase [I]).
// Every key is always present, null when empty, as a WCF DataContract serialiser writes them.
const STATE: Record<WorldCustomer['status'], string> = {
  active: 'Active',
  suspended: 'Suspended',
  deleted: 'Deleted',
}
const SANDBOX_MARKETPLACE = 2

function street(customer: WorldCustomer): string | null {
  const address = customer.address
  if (!address) return null
  // ALSO keeps one free-text street line; a second line is folded into it.
  return address.line2 ? `${address.line1}, ${address.line2}` : address.line1
}

/** One end customer as ALSO's GetCompanies lists it. */
export function renderCompany(customer: WorldCustomer, world: World) {
  const id = companyAccountId(customer.seq)
  return {
    ParentAccountId: RESELLER_ACCOUNT_ID,
    AccountId: id,
    AccountState: STATE[customer.status],
    CompanyName: customer.name,
    VatId: customer.taxId ?? null,
    Domain: [customer.domain],
    BillingStartDate: customer.createdAt,
    ContractId: `C-${id}`,
    PurchaseOrderNumber: null,
    CustomerId: `MSP-CUST-${String(customer.seq).padStart(4, '0')}` as string | null,
    Currency: world.currency,
    Address: street(customer),
    City: customer.address?.city ?? null,
    Country: customer.address?.country ?? null,
    Zip: customer.address?.postcode ?? null,
    Email: `it@${customer.domain}`,
    TechnicalEmail: `tech@${customer.domain}`,
    SalesMan: null,
    Marketplace: SANDBOX_MARKETPLACE,
    Marketplaces: [SANDBOX_MARKETPLACE],
    MpnId: null as string | null,
    AccountType: 'Company',
    NumericId: String(id),
    Language: 'en',
  }
}

export type AlsoCompanyRecord = ReturnType<typeof renderCompany>

/** The reseller's own company, as GetCompany answers for the logged-in user. */
export function renderReseller(world: World): AlsoCompanyRecord {
  return {
    ParentAccountId: MARKETPLACE_ACCOUNT_ID,
    AccountId: RESELLER_ACCOUNT_ID,
    AccountState: 'Active',
    CompanyName: world.partnerName,
    VatId: null,
    Domain: ['harbourside.example'],
    BillingStartDate: '2019-07-01',
    ContractId: `C-${RESELLER_ACCOUNT_ID}`,
    PurchaseOrderNumber: null,
    CustomerId: null,
    Currency: world.currency,
    Address: '1 Harbour St',
    City: 'Sydney',
    Country: 'AU',
    Zip: '2000',
    Email: 'accounts@harbourside.example',
    TechnicalEmail: 'support@harbourside.example',
    SalesMan: null,
    Marketplace: SANDBOX_MARKETPLACE,
    Marketplaces: [SANDBOX_MARKETPLACE],
    MpnId: '1234567',
    AccountType: 'Reseller',
    NumericId: String(RESELLER_ACCOUNT_ID),
    Language: 'en',
  }
}
