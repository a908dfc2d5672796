import type { BillingPeriod, ExternalBillingLine } from '@seatkeeper/core'
import type { PsaCompany } from '../adapter'
import { CW_LABEL } from './calls'
import type { CwAddition, CwAgreement, CwCompany } from './schemas'

export type Normalised<T> = { ok: true; value: T } | { ok: false; problem: string }

/**
 * A company as a PSA company, or undefined for one that is not a customer: Prospects and
 * "Not-Approved" companies are skipped, as Gradient does [C: G13]. Recycle-bin companies
 * (`deletedFlag`) come back as deleted: ConnectWise keeps them as same-name duplicates [C].
 */
export function normaliseCwCompany(company: CwCompany): PsaCompany | undefined {
  const status = company.status?.name?.trim().toLowerCase() ?? ''
  const prospect = (company.types ?? []).some((t) => t.name?.trim().toLowerCase() === 'prospect')
  if (status === 'not-approved' || prospect) return undefined
  const domain = company.website
    ?.trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '')
  const currency = company.currency?.currencyCode?.trim().toUpperCase()
  return {
    externalId: String(company.id),
    name: company.name,
    status: company.deletedFlag ? 'deleted' : status === 'inactive' ? 'suspended' : 'active',
    ...(domain ? { domain } : {}),
    ...(currency && /^[A-Z]{3}$/.test(currency) ? { currency } : {}),
  }
}

/** `billingCycle.name` values [C: agreement UI]; "None" agreements bill nothing by cycle [C: G13]. */
const CYCLES: Record<string, BillingPeriod | 'none'> = {
  monthly: 'monthly',
  quarterly: 'quarterly',
  annual: 'annual',
  yearly: 'annual',
  none: 'none',
}

export function cwAgreementPeriod(agreement: CwAgreement): Normalised<BillingPeriod | 'none'> {
  const name = agreement.billingCycle?.name?.trim() ?? ''
  const period = CYCLES[name.toLowerCase()]
  if (period) return { ok: true, value: period }
  return {
    ok: false,
    problem: `${CW_LABEL} agreement "${agreement.name ?? agreement.id}" bills every "${name || 'missing'}", which Seatkeeper does not know yet; its additions were left out.`,
  }
}

const dateOf = (value: string | null | undefined) => (value ? value.slice(0, 10) : undefined)

/**
 * An addition as a billing line. Billed quantity = `quantity − lessIncluded` [C: billing-apis.md
 * §4]; a `cancelledDate` on or before `today` or `billCustomer: DoNotBill` means it no longer bills;
 * `NoCharge` bills at 0. `reference` keeps what a change needs: the API root, the agreement, whether
 * it prorates, and the product, price and flags a replacement addition must carry.
 */
export function normaliseCwAddition(
  agreement: CwAgreement,
  period: BillingPeriod,
  addition: CwAddition,
  apiRoot: string,
  today: string,
): Normalised<ExternalBillingLine> {
  const description =
    addition.description?.trim() ||
    addition.invoiceDescription?.trim() ||
    addition.product.identifier?.trim() ||
    ''
  const name = `${CW_LABEL} addition ${addition.id} ("${description || 'no description'}") of agreement "${agreement.name ?? agreement.id}"`
  const included = addition.lessIncluded ?? 0
  const billed = addition.quantity - included
  if (!Number.isInteger(billed) || billed < 0) {
    return {
      ok: false,
      problem: `${name} bills a quantity of ${billed}, not a whole number of seats; it was left out.`,
    }
  }
  if (!description)
    return { ok: false, problem: `${name} has no description or product; it was left out.` }
  const cancelled = dateOf(addition.cancelledDate)
  const startDate = dateOf(addition.effectiveDate)
  const currency = agreement.currency?.currencyCode?.trim().toUpperCase()
  return {
    ok: true,
    value: {
      externalId: String(addition.id),
      companyExternalId: String(agreement.company.id),
      description,
      ...(addition.product.identifier ? { itemCode: addition.product.identifier } : {}),
      quantity: billed,
      unitPrice: addition.billCustomer === 'NoCharge' ? 0 : (addition.unitPrice ?? 0),
      ...(addition.unitCost != null ? { unitCost: addition.unitCost } : {}),
      ...(currency && /^[A-Z]{3}$/.test(currency) ? { currency } : {}),
      period,
      ...(startDate ? { startDate } : {}),
      ...(cancelled ? { endDate: cancelled } : {}),
      inactive:
        addition.billCustomer === 'DoNotBill' || (cancelled !== undefined && cancelled <= today),
      quantityRule: 'fixed',
      ...(included > 0 ? { freeQuantity: included } : {}),
      reference: {
        apiRoot,
        agreementId: String(agreement.id),
        prorates: agreement.prorateFlag ? 'true' : 'false',
        productId: String(addition.product.id),
        lessIncluded: String(included),
        unitPrice: String(addition.unitPrice ?? 0),
        unitCost: String(addition.unitCost ?? 0),
        billCustomer: addition.billCustomer,
        taxable: addition.taxableFlag ? 'true' : 'false',
      },
    },
  }
}
