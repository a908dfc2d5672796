type CsvValue = string | number | boolean | undefined | null

/**
 * RFC 4180 CSV text: a field is quoted when it holds a comma, quote, CR or LF, and a quote inside
 * is doubled. A field starting with = + - @ is prefixed with ' so a spreadsheet opening the export
 * does not run it as a formula (CSV injection).
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

function csvField(value: CsvValue): string {
  if (value === undefined || value === null) return ''
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
