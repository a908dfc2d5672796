import type { WorldCustomer } from '../world/generate-world'
import { RHIPE_PROGRAMS, rhipeCustomerId, type RhipeProgramKey } from './rhipe-programs'

export type RhipeTenantRef = { program: RhipeProgramKey; tenantId: string; label: string }

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' })

/** Partner id every end customer hangs under (fixtures: ParentCustomerId 300000). */
const PARTNER_ID = 300_000

/**
 * One world customer in the exact key set of customers.json. Deactivated customers (world
 * suspended or deleted) have IsActive false, PRISM's only deactivation flag ([C]).
 */
export function renderRhipeCustomer(customer: WorldCustomer, tenants: RhipeTenantRef[]) {
  const a = customer.address
  const active = customer.status === 'active'
  return {
    CustomerId: rhipeCustomerId(customer.seq),
    CrmAccountId: null,
    IsPartnerCustomer: false,
    CustomerName: customer.name,
    CustomerNotificationEmail: `it@${customer.domain}`,
    ParentCustomerId: PARTNER_ID,
    RegistrationNumber: customer.taxId ?? null,
    SignedWithRhipe: false,
    WebUrl: `https://www.${customer.domain}`,
    MainPhone: null,
    Fax: null,
    Street1: a?.line1 ?? null,
    Street2: a?.line2 ?? null,
    Street3: null,
    City: a?.city ?? null,
    State: a?.region ?? null,
    Postcode: a?.postcode ?? null,
    Country: a ? (countryNames.of(a.country) ?? null) : null,
    CountryIsoCode: a?.country ?? null,
    CrmId: null,
    FinanceAccountId: null,
    FinanceAccounts: [],
    DirectDebitWholeAccount: false,
    Email: `accounts@${customer.domain}`,
    BillingStreet1: null,
    BillingStreet2: null,
    BillingStreet3: null,
    BillingCity: null,
    BillingState: null,
    BillingPostcode: null,
    BillingCountry: null,
    BillingCountryIsoCode: null,
    SalesTerritoryName: a?.region ?? null,
    SalesPersonFirstName: null,
    SalesPersonLastName: null,
    AccountManagerFirstName: null,
    AccountManagerLastName: null,
    HowDidYouHearAboutRhipe: null,
    HowDidYouHearAboutRhipeOther: null,
    IndustryType: null,
    IndustryTypeOther: null,
    Contacts: [],
    CreditCard: null,
    PaymentMethodDetails: null,
    HasContractAgreement: tenants.length > 0,
    IsActive: active,
    ReferringPartnerName: null,
    CustomerActingRole: 1,
    CustomerProgramAgreements: tenants.map((tenant) => ({
      Id: tenant.tenantId,
      ProgramId: RHIPE_PROGRAMS[tenant.program].ProgramId,
      ProgramName: RHIPE_PROGRAMS[tenant.program].ProgramName,
      ProgramReferenceId: tenant.tenantId,
      ProgramReferenceLabel: tenant.label,
      ContractAgreementId: RHIPE_PROGRAMS[tenant.program].ContractAgreementId,
      AgreementStartDate: `${customer.createdAt}T00:00:00+10:00`,
      AgreementEndDate: customer.status === 'deleted' ? '2025-12-31T00:00:00+10:00' : null,
      BillingPeriod: 'Monthly',
      IsConsumptionProgram: RHIPE_PROGRAMS[tenant.program].IsConsumptionProgram,
      Customer: null,
    })),
  }
}
export type RhipeCustomerBody = ReturnType<typeof renderRhipeCustomer>
