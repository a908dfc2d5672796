import { guardFormula } from './formula-guard'

type CsvValue = string | number | boolean | undefined | null

/**
 * RFC 4180 CSV text: a field is quoted when it holds a comma, quote, CR or LF, and a quote inside
 * is doubled. A field starting with = + - @ tab or CR is prefixed with ' so a spreadsheet opening
 * the export does not run it as a formula (guardFormula; the import undoes it).
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

function csvField(value: CsvValue): string {
  if (value === undefined || value === null) return ''
  // A number is never a formula: a credit of -12.5 stays a number a spreadsheet can add up.
  const text = typeof value === 'number' ? String(value) : guardFormula(String(value))
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
