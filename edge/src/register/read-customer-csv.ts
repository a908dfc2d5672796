import {
  CustomerSchema,
  customerCreation,
  customerNameKey,
  parseCsv,
  readCsvHeader,
  readCsvRow,
  recordProblem,
  TopLevelSchema,
  topLevelCreation,
  unguardFormula,
  type Address,
  type Operation,
  type Register,
} from '@seatkeeper/core'

export type CustomerCsv = {
  /** The new top levels, then the new customers: one run's operations. */
  operations: Operation[]
  /** How many customers the operations create. */
  imported: number
  errors: Array<{ line: number; message: string }>
}

const COLUMNS = {
  name: 'name',
  'top level': 'topLevel',
  'address line 1': 'line1',
  'address line 2': 'line2',
  city: 'city',
  region: 'region',
  postcode: 'postcode',
  country: 'country',
  domain: 'domain',
  'tenant id': 'tenantId',
  'tax id': 'taxId',
} as const
type Column = (typeof COLUMNS)[keyof typeof COLUMNS]
const MAX_CELL = 500
const ADDRESS_PARTS: ReadonlySet<Column> = new Set(['line1', 'line2', 'city', 'region', 'postcode'])

/**
 * A cell as the register keeps it: the export's formula guard undone (so an exported file imports
 * as the same names), trimmed, and a spreadsheet's line breaks or tabs inside a cell — common in
 * addresses typed in Excel — folded to ", " (addresses) or " ", since the register keeps no
 * control characters.
 */
function cellValue(column: Column, cell: string): string {
  const joint = ADDRESS_PARTS.has(column) ? ', ' : ' '
  return unguardFormula(cell.trim())
    .replace(/\s*[\r\n\t]+\s*/g, joint)
    .trim()
}

/**
 * The customers a CSV file describes (columns per docs/api.md), checked against the register:
 * each bad row is an error with its line and reason and adds nothing; the good rows' customers,
 * and the top levels they name that do not exist yet, are returned to be written together.
 * A name already in the register (or earlier in the file) is refused, so importing the same file
 * twice does not make duplicates.
 */
export function readCustomerCsv(
  csv: string,
  register: Register,
  newId: (prefix: string) => string,
): CustomerCsv {
  const topLevelsMade: Operation[] = []
  const customersMade: Operation[] = []
  const out: CustomerCsv = { operations: [], imported: 0, errors: [] }
  const parsed = parseCsv(csv)
  const [header, ...rows] = parsed.records
  if (!header) {
    out.errors.push({
      line: 1,
      message: 'The file is empty: it needs a header row with at least a "name" column.',
    })
    return out
  }
  const read = readCsvHeader(header, COLUMNS)
  if (read.error) {
    out.errors.push(read.error)
    return out
  }
  const { columns } = read.header
  if (!columns.includes('name')) {
    out.errors.push({
      line: header.line,
      message: 'The header row has no "name" column. Nothing was imported.',
    })
    return out
  }

  const topLevels = new Map(register.topLevels.map((t) => [t.name.trim().toLowerCase(), t]))
  // Case-insensitive, as a create from the dialog is: "ACME" is the customer "Acme".
  const names = new Map<string, number>(register.customers.map((c) => [customerNameKey(c.name), 0]))
  for (const record of rows) {
    const { line } = record
    const fail = (message: string) => out.errors.push({ line, message })
    const cellsRead = readCsvRow(record, read.header, cellValue, MAX_CELL)
    if (cellsRead.problem !== undefined) {
      fail(cellsRead.problem)
      continue
    }
    const row = cellsRead.row as Record<Column, string>
    if (!row.name) {
      fail('The name is empty: every customer needs one.')
      continue
    }
    const seenAt = names.get(customerNameKey(row.name))
    if (seenAt !== undefined) {
      fail(
        seenAt === 0
          ? `A customer named "${row.name}" is already in the register; it was not imported again.`
          : `"${row.name}" is already on line ${seenAt} of this file.`,
      )
      continue
    }
    const country = (row.country ?? '').toUpperCase()
    if (country && !/^[A-Z]{2}$/.test(country)) {
      fail(`The country "${row.country}" is not a two-letter ISO-3166 code (e.g. AU, GB, US).`)
      continue
    }
    const mainSite: Address = {}
    for (const part of ['line1', 'line2', 'city', 'region', 'postcode'] as const)
      if (row[part]) mainSite[part] = row[part]
    if (country) mainSite.country = country

    const creation = customerCreation(newId('cus'), {
      name: row.name,
      mainSite,
      domain: row.domain,
      tenantId: row.tenantId,
      taxId: row.taxId,
    })
    // The register's own rules (lengths, characters): a row that breaks them is this row's error,
    // not a refusal of the whole file. Checked before its top level is made, so none is left over.
    const problem =
      recordProblem(CustomerSchema, creation.after) ??
      (row.topLevel ? recordProblem(TopLevelSchema, { id: 'top', name: row.topLevel }) : undefined)
    if (problem) {
      const said = problem.message.replace(/; got [^;]*$/, '.')
      fail(said.charAt(0).toUpperCase() + said.slice(1))
      continue
    }
    if (row.topLevel) {
      let topLevel = topLevels.get(row.topLevel.toLowerCase())
      if (!topLevel) {
        const operation = topLevelCreation(newId('top'), row.topLevel)
        topLevel = operation.after
        topLevels.set(row.topLevel.toLowerCase(), topLevel)
        topLevelsMade.push(operation)
      }
      creation.after.topLevelId = topLevel.id
    }
    names.set(customerNameKey(row.name), line)
    customersMade.push(creation)
  }
  // Lines the parser could not read are reported beside the rows it could, in file order.
  out.errors.push(...parsed.errors)
  out.errors.sort((a, b) => a.line - b.line)
  out.operations = [...topLevelsMade, ...customersMade]
  out.imported = customersMade.length
  return out
}
