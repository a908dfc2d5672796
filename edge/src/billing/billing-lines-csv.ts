import {
  BILLING_LINE_CSV_COLUMNS,
  billedQuantity,
  compareText,
  isCounted,
  toCsv,
  type Register,
} from '@seatkeeper/core'

/**
 * The register's active billing lines as CSV in the import's columns, customers by name (so the
 * file reads as words and imports again), sorted by customer and description. A line following
 * its linked seats is written with the quantity it bills now (docs/core-rules.md).
 */
export function billingLinesToCsv(
  register: Pick<Register, 'customers' | 'billingLines' | 'subscriptions'>,
): string {
  const name = new Map(register.customers.map((c) => [c.id, c.name]))
  const customerOf = new Map(register.billingLines.map((l) => [l.id, l.customerId]))
  const seats = new Map<string, number>()
  for (const s of register.subscriptions)
    if (
      s.billingLineId !== undefined &&
      isCounted(s) &&
      customerOf.get(s.billingLineId) === s.customerId
    )
      seats.set(s.billingLineId, (seats.get(s.billingLineId) ?? 0) + s.quantity)
  const lines = register.billingLines
    .filter((l) => !l.inactive)
    .map((l) => ({ line: l, customer: name.get(l.customerId) ?? l.customerId }))
    .sort(
      (a, b) =>
        compareText(a.customer, b.customer) || compareText(a.line.description, b.line.description),
    )
  return toCsv([
    BILLING_LINE_CSV_COLUMNS,
    ...lines.map(({ line, customer }) => [
      customer,
      line.description,
      line.itemCode,
      billedQuantity(line, seats.get(line.id) ?? 0),
      line.unitPrice,
      line.unitCost,
      line.currency,
      line.period,
      line.startDate,
      line.endDate,
    ]),
  ])
}
