import { compareText, toCsv, type Register } from '@seatkeeper/core'
import type { CsvShape } from '../ui/csv-precheck'

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

/** What the customer import reads; only the name is required. */
export const CUSTOMER_CSV: CsvShape = {
  columns: CUSTOMER_CSV_COLUMNS,
  required: ['name'],
  rows: 'customers',
}

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
