import type { BillingLine, BillingLineSource } from '../model/billing'
import type { BillingLineChange, CreateBillingLine, UpdateBillingLine } from './billing'
import { sameValue } from './same-value'

/** What a person (or a CSV row) sets on a new billing line. */
export type BillingLineFields = Pick<
  BillingLine,
  'customerId' | 'description' | 'quantity' | 'unitPrice' | 'currency' | 'period'
> &
  Partial<
    Pick<
      BillingLine,
      | 'itemCode'
      | 'unitCost'
      | 'startDate'
      | 'endDate'
      | 'quantityRule'
      | 'minimumQuantity'
      | 'freeQuantity'
    >
  >

/** A new billing line as an operation: trimmed text, blank fields left out, active, version 1. */
export function billingLineCreation(
  id: string,
  input: BillingLineFields,
  source: BillingLineSource,
): CreateBillingLine {
  const line: BillingLine = {
    id,
    customerId: input.customerId,
    description: input.description.trim(),
    quantity: input.quantity,
    unitPrice: input.unitPrice,
    currency: input.currency.trim().toUpperCase(),
    period: input.period,
    inactive: false,
    quantityRule: input.quantityRule ?? 'fixed',
    source,
    version: 1,
  }
  const itemCode = input.itemCode?.trim()
  if (itemCode) line.itemCode = itemCode
  if (input.startDate) line.startDate = input.startDate
  if (input.endDate) line.endDate = input.endDate
  for (const field of ['unitCost', 'minimumQuantity', 'freeQuantity'] as const)
    if (input[field] !== undefined) line[field] = input[field]
  return { op: 'createBillingLine', after: line }
}

const EDITABLE = [
  'description',
  'itemCode',
  'quantity',
  'unitPrice',
  'unitCost',
  'currency',
  'period',
  'startDate',
  'endDate',
  'inactive',
  'quantityRule',
  'minimumQuantity',
  'freeQuantity',
  'source',
] as const satisfies ReadonlyArray<keyof BillingLineChange>

/** A person's edit of a billing line; `null` or '' clears a field, undefined leaves it. */
export type BillingLineEditFields = { [K in (typeof EDITABLE)[number]]?: BillingLine[K] | null }

/**
 * A person's edit of a billing line as an updateBillingLine operation, with `null` for "not set";
 * undefined when the edit changes nothing.
 */
export function billingLineEdit(
  current: BillingLine,
  patch: BillingLineEditFields,
): UpdateBillingLine | undefined {
  const before: Record<string, unknown> = {}
  const after: Record<string, unknown> = {}
  for (const field of EDITABLE) {
    const raw = patch[field]
    if (raw === undefined) continue
    const wanted = typeof raw === 'string' ? raw.trim() || null : raw
    const now = current[field] ?? null
    if (sameValue(now, wanted)) continue
    before[field] = now
    after[field] = wanted
  }
  if (Object.keys(after).length === 0) return undefined
  return {
    op: 'updateBillingLine',
    lineId: current.id,
    before: before as BillingLineChange,
    after: after as BillingLineChange,
  }
}
