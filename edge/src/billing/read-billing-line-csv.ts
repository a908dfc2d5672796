import {
  BILLING_LINE_CSV_COLUMNS,
  BILLING_LINE_CSV_REQUIRED,
  BillingLineSchema,
  BillingPeriodSchema,
  billingLineCreation,
  customerNameKey,
  parseCsv,
  readCsvHeader,
  readCsvRow,
  recordProblem,
  unguardFormula,
  type BillingLineCsvColumn,
  type BillingPeriod,
  type Operation,
  type Register,
} from '@seatkeeper/core'
import * as v from 'valibot'

export type BillingLineCsv = {
  /** One createBillingLine per good row, in file order. */
  operations: Operation[]
  errors: Array<{ line: number; message: string }>
}

type Column = BillingLineCsvColumn
const LABELS = Object.fromEntries(BILLING_LINE_CSV_COLUMNS.map((c) => [c, c])) as Record<
  string,
  Column
>
const PERIODS = BillingPeriodSchema.options
const MAX_CELL = 2000
const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The billing lines a CSV file describes (docs/api.md "Billing"), each for a customer named by its
 * register id or its name (case-insensitive, as customer names are compared). Every bad row is an
 * error with its line and reason; the caller writes the operations only when there is none.
 */
export function readBillingLineCsv(
  csv: string,
  register: Register,
  newId: (prefix: string) => string,
): BillingLineCsv {
  const out: BillingLineCsv = { operations: [], errors: [] }
  const parsed = parseCsv(csv)
  const [header, ...rows] = parsed.records
  if (!header) {
    out.errors.push({
      line: 1,
      message: `The file is empty: it needs a header row (${BILLING_LINE_CSV_COLUMNS.join(', ')}).`,
    })
    return out
  }
  const read = readCsvHeader(header, LABELS)
  if (read.error) {
    out.errors.push(read.error)
    return out
  }
  const { columns } = read.header
  const missing = BILLING_LINE_CSV_REQUIRED.filter((c) => !columns.includes(c))
  if (missing.length > 0) {
    out.errors.push({
      line: header.line,
      message: `The header row has no ${missing.map((c) => `"${c}"`).join(', ')} column. Nothing was imported.`,
    })
    return out
  }

  const byId = new Map(register.customers.map((c) => [c.id, c]))
  const byName = new Map<string, string[]>()
  for (const c of register.customers) {
    const key = customerNameKey(c.name)
    const ids = byName.get(key)
    if (ids) ids.push(c.id)
    else byName.set(key, [c.id])
  }
  for (const record of rows) {
    const { line } = record
    const fail = (message: string) => out.errors.push({ line, message })
    const cellsRead = readCsvRow(record, read.header, cellValue, MAX_CELL)
    if (cellsRead.problem !== undefined) {
      fail(cellsRead.problem)
      continue
    }
    const row = {} as Record<Column, string>
    for (const column of BILLING_LINE_CSV_COLUMNS) row[column] = cellsRead.row[column] ?? ''
    const problem = rowProblem(row)
    if (problem) {
      fail(problem)
      continue
    }
    const named = byId.has(row.customer)
      ? [row.customer]
      : byName.get(customerNameKey(row.customer))
    if (!named) {
      fail(
        `There is no customer "${row.customer}" in the register. Import the customers first (from the distributor or the customer CSV), or fix the name.`,
      )
      continue
    }
    if (named.length > 1) {
      fail(
        `${named.length} customers are named "${row.customer}"; write the customer's id instead of its name.`,
      )
      continue
    }
    const creation = billingLineCreation(
      newId('bl'),
      {
        customerId: named[0] as string,
        description: row.description,
        itemCode: row['item code'],
        quantity: Number(row.quantity),
        unitPrice: Number(row['unit price']),
        ...(row['unit cost'] ? { unitCost: Number(row['unit cost']) } : {}),
        currency: row.currency,
        period: row.period.toLowerCase() as BillingPeriod,
        startDate: row.start,
        endDate: row.end,
      },
      { kind: 'csv' },
    )
    // The register's own rules (text limits and characters) are this row's error too.
    const broken = recordProblem(BillingLineSchema, creation.after)
    if (broken) {
      const said = broken.message.replace(/; got [^;]*$/, '.')
      fail(said.charAt(0).toUpperCase() + said.slice(1))
      continue
    }
    out.operations.push(creation)
  }
  out.errors.push(...parsed.errors)
  out.errors.sort((a, b) => a.line - b.line)
  return out
}

// The export's formula guard undone, so an exported file imports as the same lines.
function cellValue(_column: Column, cell: string): string {
  return unguardFormula(cell.trim())
    .replace(/\s*[\r\n\t]+\s*/g, ' ')
    .trim()
}

/** Why the row's cells cannot make a billing line, or undefined. */
function rowProblem(row: Record<Column, string>): string | undefined {
  if (!row.customer) return 'The customer is empty: write the customer’s name or id.'
  if (!row.description) return 'The description is empty: write what the invoice says.'
  if (!/^\d+$/.test(row.quantity))
    return `The quantity "${row.quantity}" is not a whole number of 0 or more.`
  for (const column of ['unit price', 'unit cost'] as const) {
    const value = row[column]
    if (column === 'unit cost' && !value) continue
    if (!/^-?\d+(\.\d+)?$/.test(value))
      return `The ${column} "${value}" is not a number (write it like 36.50, without a currency sign or thousands separator).`
  }
  if (!/^[A-Za-z]{3}$/.test(row.currency))
    return `The currency "${row.currency}" is not a three-letter ISO-4217 code (e.g. AUD, GBP, USD).`
  if (!v.is(BillingPeriodSchema, row.period.toLowerCase()))
    return `The period "${row.period}" is not one of ${PERIODS.join(', ')}.`
  for (const column of ['start', 'end'] as const) {
    const value = row[column]
    if (value && !(DATE.test(value) && !Number.isNaN(Date.parse(value))))
      return `The ${column} date "${value}" is not a date written as YYYY-MM-DD.`
  }
  if (row.start && row.end && row.end < row.start)
    return `The end date ${row.end} is before the start date ${row.start}.`
  return undefined
}
