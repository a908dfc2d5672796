import type { ExternalSubscription } from '@seatkeeper/core'
import { subscriptionStatus } from './account-state'
import { readMaterialTerms } from './material-terms'
import { readQuantity } from './read-quantity'
import type { AlsoPriceableItem, AlsoSubscription } from './schemas'

export type NormalisedSubscription =
  | { ok: true; subscription: ExternalSubscription; problem?: string }
  /** The answer fitted the schema but a value in it cannot be read; `field` is relative to the item. */
  | { ok: false; field: string; message: string }

const TRIAL = /\btrial\b/i

function isTrial(subscription: AlsoSubscription): boolean {
  // ALSO has no trial flag [I]: trial offers are named as such, or carry a "Trial" parameter.
  const names = [subscription.ProductName, subscription.ServiceDisplayName]
  if (names.some((name) => name && TRIAL.test(name))) return true
  return (subscription.Fields ?? []).some(
    (f) => TRIAL.test(f.Name) && (f.Value === true || String(f.Value).toLowerCase() === 'true'),
  )
}

/** The items that price one seat: those charged by the quantity field, else the recurring ones. */
function pricedItems(
  items: AlsoPriceableItem[],
  quantityField: string | undefined,
): AlsoPriceableItem[] {
  const linked = quantityField ? items.filter((i) => i.FieldName === quantityField) : []
  if (linked.length > 0) return linked
  const recurring = items.filter((i) => i.ChargeType?.toLowerCase() === 'recurring')
  return recurring.length > 0 ? recurring : items.slice(0, 1)
}

function sum(values: Array<number | null | undefined>): number | undefined {
  const present = values.filter((n): n is number => typeof n === 'number')
  return present.length > 0
    ? Math.round(present.reduce((a, b) => a + b, 0) * 10_000) / 10_000
    : undefined
}

/** An ALSO subscription of one company as an ExternalSubscription. */
export function normaliseSubscription(
  subscription: AlsoSubscription,
  customerExternalId: string,
): NormalisedSubscription {
  const quantity = readQuantity(subscription)
  if (!quantity.ok) return quantity
  const state = subscriptionStatus(subscription.AccountState, subscription.ProvisioningStatus)
  const items = pricedItems(subscription.PriceableItems ?? [], quantity.fieldName)
  const name = (subscription.ProductName ||
    subscription.ServiceDisplayName ||
    subscription.ServiceName) as string

  const result: ExternalSubscription = {
    externalId: subscription.AccountId,
    customerExternalId,
    name: name.trim(),
    status: state.status,
    trial: isTrial(subscription),
    quantity: quantity.quantity,
  }
  const sku = items.map((i) => i.ProductNumber || i.MaterialNumber).find(Boolean)
  if (sku) result.sku = sku
  // No start date is exposed on subscriptions [C] (PHP Subscription model): it stays empty.
  if (subscription.ScheduledTerminationDate) result.endDate = subscription.ScheduledTerminationDate
  if (subscription.ContractEndDate) result.contractEndDate = subscription.ContractEndDate
  const terms = items.map((i) => readMaterialTerms(i.MaterialNumber)).find(Boolean)
  if (terms) {
    result.billingCycle = terms.billingCycle
    result.termMonths = terms.termMonths
  }
  // A commitment period stated outright beats one read from a material number.
  const committed = items.map((i) => i.CommitementPeriodInMonths).find((n) => typeof n === 'number')
  if (
    committed !== undefined &&
    committed !== null &&
    Number.isInteger(committed) &&
    committed >= 0
  ) {
    result.termMonths = committed
  }
  if (subscription.AdvancePeriodEndAction) {
    result.autoRenew = subscription.AdvancePeriodEndAction.trim().toLowerCase() === 'renew'
  }
  const unitCost = sum(items.map((i) => i.PurchasePrice))
  if (unitCost !== undefined) result.unitCost = unitCost
  const unitPrice = sum(items.map((i) => i.SalesPrice))
  if (unitPrice !== undefined) result.unitPrice = unitPrice
  const currency = items
    .map((i) => i.Currency?.trim().toUpperCase())
    .find((c) => c && /^[A-Z]{3}$/.test(c))
  if (currency) result.currency = currency

  return state.unknown === undefined
    ? { ok: true, subscription: result }
    : {
        ok: true,
        subscription: result,
        problem: `Subscription ${subscription.AccountId} has an AccountState we do not know ("${state.unknown}"); it was read as suspended.`,
      }
}
