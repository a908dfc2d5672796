import { compareText, toCsv, type Register } from '@seatkeeper/core'

/** The import's columns (docs/api.md), so an export can be edited and imported again. */
export const CUSTOMER_CSV_COLUMNS = [
  'name',
  'top level',
  'address line 1',
  'address line 2',
  'city',
  'region',
  'postcode',
  'country',
  'domain',
  'tenant id',
  'tax id',
] as const

/** The register's customers as CSV, sorted by name. */
export function customersToCsv(register: Pick<Register, 'customers' | 'topLevels'>): string {
  const topLevelName = new Map(register.topLevels.map((topLevel) => [topLevel.id, topLevel.name]))
  const customers = [...register.customers].sort((a, b) => compareText(a.name, b.name))
  return toCsv([
    CUSTOMER_CSV_COLUMNS,
    ...customers.map((c) => [
      c.name,
      c.topLevelId ? topLevelName.get(c.topLevelId) : undefined,
      c.mainSite?.line1,
      c.mainSite?.line2,
      c.mainSite?.city,
      c.mainSite?.region,
      c.mainSite?.postcode,
      c.mainSite?.country,
      c.domain,
      c.tenantId,
      c.taxId,
    ]),
  ])
}

/** Checks a file before upload: the header has a name column and there is at least one row. */
export function precheckCustomerCsv(
  rows: ReadonlyArray<{ line: number; cells: string[] }>,
): string | undefined {
  const header = rows[0]
  if (!header)
    return 'The file is empty. Choose a CSV file with a header row and one customer per line.'
  const labels = header.cells.map((cell) => cell.trim().toLowerCase())
  if (!labels.includes('name')) {
    return `The first line must be a header naming the columns, with at least "name". Found: ${header.cells.join(', ') || 'nothing'}.`
  }
  if (rows.length < 2) return 'The file has a header but no customers under it.'
  return undefined
}
