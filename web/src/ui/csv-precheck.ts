import { readCsvHeader, type CsvRecord } from '@seatkeeper/core'

/** What a CSV import reads: its columns (as the header names them) and which must be there. */
export type CsvShape = {
  columns: readonly string[]
  required: readonly string[]
  /** What one row is, plural: "customers", "billing lines". */
  rows: string
}

/**
 * Why a file cannot be imported, judged from its first two records before it is sent: empty, a
 * header column the import does not read (the edge's own words, core `readCsvHeader`), a required
 * column missing (named, with the columns expected), or no row under the header.
 */
export function precheckCsv(records: readonly CsvRecord[], shape: CsvShape): string | undefined {
  const [header, first] = records
  const expected = `The columns are: ${shape.columns.join(', ')} (${shape.required.join(', ')} required).`
  if (!header || header.cells.every((cell) => cell.trim() === ''))
    return `The file is empty. Its first line must name the columns, with one of the ${shape.rows} on each line under it. ${expected}`
  const labels = Object.fromEntries(shape.columns.map((column) => [column, column]))
  const read = readCsvHeader(header, labels)
  if (read.error) return read.error.message
  const missing = shape.required.filter((column) => !read.header.columns.includes(column))
  if (missing.length > 0) {
    const names = missing.map((column) => `"${column}"`).join(', ')
    return `The header row has no ${names} column${missing.length === 1 ? '' : 's'}. ${expected} Nothing was sent.`
  }
  if (!first) return `The file has a header but no ${shape.rows} under it.`
  return undefined
}
