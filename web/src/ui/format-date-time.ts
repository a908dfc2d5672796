const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** An ISO instant in the reader's locale and time zone; '' when absent or unreadable. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return ''
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? iso : dateTime.format(at)
}

/**
 * An ISO instant relative to `now` when it is recent ("2 hours ago", "just now"), within a week;
 * older ones (and future ones past a minute) as a date and time in the reader's locale.
 */
export function formatWhen(iso: string | undefined, now: number = Date.now()): string {
  if (!iso) return ''
  const at = new Date(iso).getTime()
  if (Number.isNaN(at)) return iso
  const ago = now - at
  if (ago < -MINUTE || ago >= 7 * DAY) return dateTime.format(at)
  if (ago < MINUTE) return 'just now'
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute')
  if (ago < DAY) return relative.format(-Math.floor(ago / HOUR), 'hour')
  return relative.format(-Math.floor(ago / DAY), 'day')
}

/** How long something took, from two ISO instants: "under 0.1 s", "0.4 s", "12 s", "3 min 5 s"; '' if unreadable. */
export function formatDuration(startIso: string, endIso: string): string {
  const ms = new Date(endIso).getTime() - new Date(startIso).getTime()
  if (Number.isNaN(ms) || ms < 0) return ''
  if (ms < 100) return 'under 0.1 s'
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`
}

/** A YYYY-MM-DD calendar date in the reader's locale, read as a date (no time-zone shift). */
export function formatDate(day: string | undefined): string {
  if (!day) return ''
  const at = new Date(`${day}T00:00:00Z`)
  return Number.isNaN(at.getTime()) ? day : date.format(at)
}
