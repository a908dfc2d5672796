/**
 * RFC 4180 CSV text: a field is quoted when it holds a comma, quote, CR or LF, and a quote inside
 * is doubled. A field starting with = + - @ is prefixed with ' so a spreadsheet opening the export
 * does not run it as a formula (CSV injection).
 */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | undefined | null>>,
): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}

function csvField(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return ''
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Splits CSV text into rows of fields, each with the line its row starts on (1-based, as the
 * import's error report counts). Quoted fields may span lines. Blank lines are skipped.
 */
export function parseCsv(text: string): Array<{ line: number; cells: string[] }> {
  const rows: Array<{ line: number; cells: string[] }> = []
  let cells: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  let fieldStarted = false

  const endRow = () => {
    cells.push(field)
    if (!(cells.length === 1 && cells[0] === '' && !fieldStarted))
      rows.push({ line: rowLine, cells })
    cells = []
    field = ''
    fieldStarted = false
  }

  const source = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (char === '"') {
        quoted = false
      } else {
        if (char === '\n') line += 1
        field += char
      }
    } else if (char === '"') {
      quoted = true
      fieldStarted = true
    } else if (char === ',') {
      cells.push(field)
      field = ''
      fieldStarted = true
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1
      endRow()
      line += 1
      rowLine = line
    } else {
      field += char
      fieldStarted = true
    }
  }
  if (field !== '' || cells.length > 0 || fieldStarted) endRow()
  return rows
}
