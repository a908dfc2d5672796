import type { CsvError, CsvRecord } from './parse-csv'

/**
 * The columns a header row names, each label read as a person may write it ("Tenant ID",
 * "tenant_id", "tenant-id" are one column), or the one error that stops the import: an unknown
 * or repeated column. `labels` maps each accepted label (lower case, single spaces) to its column.
 */
export type CsvHeader<C extends string> = {
  columns: C[]
  /** The header's own words for each column, to name a column in an error as the file does. */
  written: string[]
}

export function readCsvHeader<C extends string>(
  header: CsvRecord,
  labels: Readonly<Record<string, C>>,
): { header: CsvHeader<C>; error?: undefined } | { header?: undefined; error: CsvError } {
  const columns: C[] = []
  for (const cell of header.cells) {
    const label = cell.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ')
    const column = Object.hasOwn(labels, label) ? labels[label] : undefined
    if (!column || columns.includes(column)) {
      const why = column ? 'appears twice' : 'is not a column Seatkeeper reads'
      const message = `Column "${cell}" ${why}. Columns: ${Object.keys(labels).join(', ')}. Nothing was imported.`
      return { error: { line: header.line, message } }
    }
    columns.push(column)
  }
  return { header: { columns, written: header.cells.map((cell) => cell.trim()) } }
}

/**
 * One data row as its cells by column (`cellValue` cleans each: the formula guard undone, line
 * breaks folded), or why the row cannot be read: more cells than the header has columns (an
 * unquoted comma), or a cell longer than `maxCell`. A column the header lacks reads as undefined.
 */
export function readCsvRow<C extends string>(
  record: CsvRecord,
  { columns, written }: CsvHeader<C>,
  cellValue: (column: C, cell: string) => string,
  maxCell: number,
): { row: Partial<Record<C, string>>; problem?: undefined } | { row?: undefined; problem: string } {
  const { cells } = record
  if (cells.length > columns.length) {
    return {
      problem: `The row has ${cells.length} cells but the header has ${columns.length} columns. Check for an unquoted comma.`,
    }
  }
  const row: Partial<Record<C, string>> = {}
  columns.forEach((column, i) => (row[column] = cellValue(column, cells[i] ?? '')))
  const tooLong = columns.findIndex((column) => (row[column] ?? '').length > maxCell)
  if (tooLong >= 0) {
    return {
      problem: `The ${written[tooLong]} is longer than ${maxCell.toLocaleString('en')} characters.`,
    }
  }
  return { row }
}
