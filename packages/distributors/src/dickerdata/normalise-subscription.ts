import type { ExternalSubscription } from '@seatkeeper/core'
import { DistributorError } from '../errors'
import { billingCycle } from './billing-cycle'
import { DICKERDATA } from './identity'
import { parseDickerDate } from './parse-date'
import { readManufacturerStockCode } from './read-manufacturer-stock-code'
import { readableName } from './readable-name'
import type { SubscriptionDetail } from './schemas'
import { subscriptionStatus } from './subscription-status'

type Where = { call: string; index: number }

/** A GetSubscriptionDetails row as the core's ExternalSubscription. */
export function normaliseSubscription(row: SubscriptionDetail, where: Where): ExternalSubscription {
  const { termMonths, productSku } = readManufacturerStockCode(row.ManufacturerStockCode)
  const cycle = billingCycle(row.BillingFrequency, termMonths)
  const expiry = date(row, 'ExpiryDate', where)
  const name = subscriptionName(row)
  // The Microsoft product:sku matches what other distributors report for the same licence; the
  // Dicker stock code is the fallback when the manufacturer code cannot be read.
  const sku = productSku ?? (row.StockCode?.trim() || undefined)
  return {
    externalId: row.SubscriptionId.trim(),
    // As this call spells it; listDickerDataSubscriptions turns it into the customer's own id.
    customerExternalId: row.TenantId.trim(),
    name: name || row.SubscriptionId,
    ...(sku ? { sku } : {}),
    status: subscriptionStatus(row.Status),
    // No trial flag exists; the threepointnz client reads "trial" in StockDescription, so do we.
    trial: /trial/i.test(row.StockDescription ?? ''),
    quantity: row.ConfirmedQuantity,
    // ExpiryDate is the end of the current commitment [I]; no start date is exposed [I], and the
    // import falls back to the contract end when a subscription has no end date of its own.
    ...(expiry ? { contractEndDate: expiry } : {}),
    ...(cycle ? { billingCycle: cycle } : {}),
    ...(termMonths !== undefined ? { termMonths } : {}),
    // Prices are not part of these rows (they come from DickerData/GetPrice): unitPrice, unitCost
    // and currency stay undefined rather than being guessed.
  }
}

// Real answers cut SubscriptionReference at 30 characters ("Microsoft 365 Business Standar") [I].
const REFERENCE_LIMIT = 30

/**
 * SubscriptionReference reads best ("Microsoft 365 Business Premium") but is cut at 30 characters.
 * One that long whose last word is not a whole word of the StockDescription ("Standar" of
 * "…BUSINESS STANDARD…") is taken as cut, and the complete description is used, in readable case.
 */
function subscriptionName(row: SubscriptionDetail): string | undefined {
  const reference = row.SubscriptionReference?.trim()
  const description = row.StockDescription?.trim()
  if (reference && (!description || !looksCut(reference, description))) return reference
  if (description) return readableName(description)
  return row.StockCode?.trim() || undefined
}

function looksCut(reference: string, description: string): boolean {
  if (reference.length < REFERENCE_LIMIT) return false
  const last = reference.split(/\s+/).pop()?.toLowerCase() ?? ''
  return !description
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .includes(last)
}

function date(row: SubscriptionDetail, field: 'ExpiryDate', where: Where): string | undefined {
  const value = parseDickerDate(row[field])
  if (value !== null) return value
  const path = `Out[${where.index}].${field}`
  throw new DistributorError({
    kind: 'contract',
    distributor: DICKERDATA.id,
    call: where.call,
    field: path,
    message: `${DICKERDATA.label} answered ${where.call} with data we cannot read: ${path} is not a date (${JSON.stringify(row[field]).slice(0, 40)}).`,
  })
}
