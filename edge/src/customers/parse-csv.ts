export type CsvRecord = { line: number; cells: string[] }
export type CsvParse = { records: CsvRecord[]; error?: { line: number; message: string } }

/**
 * RFC 4180 CSV as spreadsheets write it: comma-separated, fields optionally in double quotes, a
 * doubled quote inside quotes is one quote, quoted fields may hold commas and line breaks, lines
 * end in CRLF or LF, an Excel byte-order mark is dropped. Each record carries the line it starts
 * on, so errors point at what the user sees in an editor. Blank lines are left out. An unclosed
 * quote stops the parse there with an error; the records before it are kept.
 */
export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = []
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  while (i < text.length) {
    const start = line
    const cells: string[] = []
    let cell = ''
    let quoted = false
    let endOfRecord = false
    while (!endOfRecord) {
      if (i >= text.length) {
        cells.push(cell)
        break
      }
      const ch = text[i] as string
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            cell += '"'
            i += 2
          } else {
            quoted = false
            i++
          }
        } else {
          if (ch === '\n') line++
          cell += ch
          i++
        }
      } else if (ch === '"' && cell === '') {
        quoted = true
        i++
        if (!text.includes('"', i)) {
          return {
            records,
            error: {
              line: start,
              message: 'A quoted field is never closed: add the missing " and import again.',
            },
          }
        }
      } else if (ch === ',') {
        cells.push(cell)
        cell = ''
        i++
      } else if (ch === '\r' || ch === '\n') {
        cells.push(cell)
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
        line++
        endOfRecord = true
      } else {
        cell += ch
        i++
      }
    }
    if (!(cells.length === 1 && cells[0]?.trim() === '')) records.push({ line: start, cells })
  }
  return { records }
}
