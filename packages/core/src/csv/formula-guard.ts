// A cell starting with = + - @ tab or CR is run as a formula by Excel, Sheets and LibreOffice (CSV
// injection, OWASP). A leading ' makes them show the text instead. Apostrophes already in front of
// such a text get one more, so undoing the guard gives back exactly what was exported.
const GUARDED = /^'*[=+\-@\t\r]/

/** `text` as an exported cell: prefixed with ' when a spreadsheet would run it as a formula. */
export function guardFormula(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text
}

/** An imported cell with the export's formula guard removed: `'=HYPERLINK(…)` is `=HYPERLINK(…)`. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell) ? cell.slice(1) : cell
}
