const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })

/** An ISO instant in the reader's locale and time zone; '' when absent or unreadable. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return ''
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? iso : dateTime.format(at)
}

/** A YYYY-MM-DD calendar date in the reader's locale, read as a date (no time-zone shift). */
export function formatDate(day: string | undefined): string {
  if (!day) return ''
  const at = new Date(`${day}T00:00:00Z`)
  return Number.isNaN(at.getTime()) ? day : date.format(at)
}
