import type { WorldCustomer } from '../world/generate-world'
import { dickerTenantDescription, dickerTenantId } from './dickerdata-ids'

/** A Subscriptions/GetTenant row, keys in the order of fixtures/distributors/dickerdata/gettenant.json. */
export type DickerTenantRow = {
  AccountCode: string
  TenantId: string | null
  CompanyName: string
  TenantDescription: string | null
  SubscriptionType: 'CSP'
}

/*
 * GetTenant carries no status [I], so a deleted customer is simply no longer listed (the way a
 * removed tenant disappears), and a suspended one looks like any other: Dicker Data has no word
 * for it. Customers without a CSP tenant are listed with a null TenantId [I].
 */
export function isListedTenant(customer: WorldCustomer): boolean {
  return customer.status !== 'deleted'
}

export function renderTenant(customer: WorldCustomer, accountCode: string): DickerTenantRow {
  return {
    AccountCode: accountCode,
    TenantId: dickerTenantId(customer),
    CompanyName: customer.name,
    TenantDescription: dickerTenantDescription(customer),
    SubscriptionType: 'CSP',
  }
}
