/** One record of a CSV file and the line it starts on (1-based, as an editor counts). */
export type CsvRecord = { line: number; cells: string[] }
/** A line that could not be read as CSV, and what to do about it. */
export type CsvError = { line: number; message: string }
export type CsvParse = { records: CsvRecord[]; errors: CsvError[] }

type RecordRead = { cells: string[]; end: number; endLine: number } | { problem: string }

/**
 * RFC 4180 CSV as spreadsheets write it: comma-separated, fields optionally in double quotes, a
 * doubled quote inside quotes is one quote, quoted fields may hold commas and line breaks, lines
 * end in CRLF or LF, an Excel byte-order mark is dropped, blank lines are left out. A record that
 * cannot be read (a quote never closed, or closed in the middle of a field) is an error on the line
 * it starts on, and reading goes on from the next line: one stray quote costs its own line, never
 * the rest of the file.
 */
export function parseCsv(text: string): CsvParse {
  const parsed: CsvParse = { records: [], errors: [] }
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  while (at < text.length) {
    const read = readRecord(text, at, line)
    if ('problem' in read) {
      parsed.errors.push({ line, message: read.problem })
      at = nextLineStart(text, at)
      line += 1
      continue
    }
    if (!(read.cells.length === 1 && read.cells[0]?.trim() === ''))
      parsed.records.push({ line, cells: read.cells })
    at = read.end
    line = read.endLine
  }
  return parsed
}

function readRecord(text: string, start: number, startLine: number): RecordRead {
  const cells: string[] = []
  let cell = ''
  let line = startLine
  let i = start
  let fieldStart = true
  for (;;) {
    if (i >= text.length) {
      cells.push(cell)
      return { cells, end: i, endLine: line }
    }
    const ch = text[i] as string
    if (ch === '"' && fieldStart) {
      const quoted = readQuoted(text, i + 1)
      if ('problem' in quoted) return quoted
      cell = quoted.value
      i = quoted.end
      line += quoted.lineBreaks
      fieldStart = false
    } else if (ch === ',') {
      cells.push(cell)
      cell = ''
      fieldStart = true
      i += 1
    } else if (ch === '\r' || ch === '\n') {
      cells.push(cell)
      return { cells, end: i + (ch === '\r' && text[i + 1] === '\n' ? 2 : 1), endLine: line + 1 }
    } else {
      cell += ch
      fieldStart = false
      i += 1
    }
  }
}

/** The field from just after its opening quote to just after its closing one. */
function readQuoted(
  text: string,
  from: number,
): { value: string; end: number; lineBreaks: number } | { problem: string } {
  let value = ''
  let lineBreaks = 0
  for (let i = from; i < text.length; i += 1) {
    const ch = text[i] as string
    if (ch !== '"') {
      if (ch === '\n') lineBreaks += 1
      value += ch
      continue
    }
    if (text[i + 1] === '"') {
      value += '"'
      i += 1
      continue
    }
    const after = text[i + 1]
    if (after === undefined || after === ',' || after === '\r' || after === '\n')
      return { value, end: i + 1, lineBreaks }
    return {
      problem:
        lineBreaks > 0
          ? 'The quote opened on this line is never properly closed: add the missing " and import again.'
          : `A quoted field ends in the middle of its text (before "${after}"): a quoted field must end at a comma or the end of the line. Write a quote inside quotes as "".`,
    }
  }
  return {
    problem: 'The quote opened on this line is never closed: add the missing " and import again.',
  }
}

/** Where the line after the one `at` is on begins (the end of the text when it is the last). */
function nextLineStart(text: string, at: number): number {
  for (let i = at; i < text.length; i += 1) {
    if (text[i] === '\n') return i + 1
    if (text[i] === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1
  }
  return text.length
}
