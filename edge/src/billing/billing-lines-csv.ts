import { BILLING_LINE_CSV_COLUMNS, compareText, toCsv, type Register } from '@seatkeeper/core'

/**
 * The register's active billing lines as CSV in the import's columns, customers by name (so the
 * file reads as words and imports again), sorted by customer and description.
 */
export function billingLinesToCsv(register: Pick<Register, 'customers' | 'billingLines'>): string {
  const name = new Map(register.customers.map((c) => [c.id, c.name]))
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
      line.quantity,
      line.unitPrice,
      line.unitCost,
      line.currency,
      line.period,
      line.startDate,
      line.endDate,
    ]),
  ])
}
