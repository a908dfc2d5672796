// Days are "YYYY-MM-DD" UTC calendar days: every date rule of billing and renewals counts in them,
// so a result never depends on the machine's time zone.

const DAY_MS = 86_400_000

/** The UTC day an instant falls on (ms since the epoch, as `Date.now()`): 23:30 at -05:00 is the next day. */
export const todayUtc = (now: number = Date.now()): string =>
  new Date(now).toISOString().slice(0, 10)

/** The instant a UTC day begins (00:00Z), in ms since the epoch. */
export const startOfDay = (day: string): number => Date.parse(`${day}T00:00:00Z`)

/** "YYYY-MM-DD" plus `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** "YYYY-MM-DD" plus `months`, the day clamped to the month's end (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, day] = date.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(day, last))
  return first.toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((startOfDay(to) - startOfDay(from)) / DAY_MS)
}

/** Whole months from `from` to `to`, counting a month only once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    (Number(to.slice(5, 7)) - Number(from.slice(5, 7)))
  return Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? months - 1 : months
}
