/**
 * Reads a Dicker Data date into YYYY-MM-DD. Samples are local date-times without a zone
 * ("2025-03-01T00:00:00"), so the calendar date is taken as written, never shifted through UTC.
 * An AU-style "01/03/2025" is accepted too, because only one client's samples were seen [I].
 * Returns undefined for null/empty and null for a value that is not a date.
 */
export function parseDickerDate(value: string | null | undefined): string | undefined | null {
  if (value === undefined || value === null || value.trim() === '') return undefined
  const text = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text)
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/.exec(text)
  if (dayFirst) return validDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]))
  return null
}

function validDate(year: number, month: number, day: number): string | undefined | null {
  // "0001-01-01" is .NET's DateTime.MinValue, which such APIs send for "no date" [I].
  if (year < 1900) return undefined
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
