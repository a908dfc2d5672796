import type { Address, ExternalCustomer, ExternalSubscription } from './external'
import { ADDRESS_LINE_MAX, fitText, NAME_MAX, TEXT_MAX, textProblem } from './register-text'

/**
 * What a distributor listed, made fit for the register's write rules (docs/register.md "What the
 * register accepts") before anything plans with it: one customer or subscription whose name is 250
 * characters long or holds a tab must not fail the whole sync. Display text is fitted (fitText);
 * an id is never changed, so a record whose id the register cannot keep is refused with the
 * reason instead (`problem`), and the adapter's listing names it.
 */
export type Fitted<T> = { record: T; problem?: undefined } | { record?: undefined; problem: string }

export function fitExternalCustomer(customer: ExternalCustomer): Fitted<ExternalCustomer> {
  const problem = idProblem('customer', customer.externalId, customer.name)
  if (problem) return { problem }
  const fitted: ExternalCustomer = { ...customer, name: fitText(customer.name, NAME_MAX) }
  if (customer.address) fitted.address = fitAddress(customer.address)
  for (const field of ['domain', 'tenantId', 'taxId'] as const) {
    const value = customer[field]
    if (value !== undefined) fitted[field] = fitText(value, TEXT_MAX)
  }
  return { record: fitted }
}

export function fitExternalSubscription(
  subscription: ExternalSubscription,
): Fitted<ExternalSubscription> {
  const problem =
    idProblem('subscription', subscription.externalId, subscription.name) ??
    idProblem(
      'subscription',
      subscription.customerExternalId,
      subscription.name,
      "its customer's id",
    )
  if (problem) return { problem }
  const fitted: ExternalSubscription = {
    ...subscription,
    name: fitText(subscription.name, NAME_MAX),
  }
  if (subscription.sku !== undefined) fitted.sku = fitText(subscription.sku, TEXT_MAX)
  return { record: fitted }
}

function fitAddress(address: Address): Address {
  const fitted: Address = { ...address }
  for (const field of ['line1', 'line2', 'city', 'region', 'postcode'] as const) {
    const value = address[field]
    if (value !== undefined) fitted[field] = fitText(value, ADDRESS_LINE_MAX)
  }
  return fitted
}

function idProblem(
  entity: 'customer' | 'subscription',
  id: string,
  name: string,
  whose = 'its id',
): string | undefined {
  const problem =
    id.length > TEXT_MAX ? `is over ${TEXT_MAX.toLocaleString('en')} characters` : textProblem(id)
  if (!problem) return undefined
  return `The ${entity} "${fitText(name, 80)}" was left out: ${whose} ${problem}, and the register keeps ids exactly as the distributor sends them.`
}
