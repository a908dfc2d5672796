import type { Subscription } from '../model/register'

// Microsoft new commerce: seats can be reduced or cancelled for 7 calendar days from purchase or
// renewal (billing-apis.md §5, learn.microsoft.com …/new-commerce-cancellation-policy). Only the
// register's start date and term are known here; mid-term additions open their own window, which
// the run ledger knows (pro-rata), not the register.
const WINDOW_DAYS = 7

const ymd = (date: string): [number, number, number] => [
  Number(date.slice(0, 4)),
  Number(date.slice(5, 7)),
  Number(date.slice(8, 10)),
]

/** "YYYY-MM-DD" plus `days`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** "YYYY-MM-DD" plus `months` (the day clamped to the month's end). */
export function addMonths(date: string, months: number): string {
  const [y, m, day] = date.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(day, last))
  return first.toISOString().slice(0, 10)
}

/**
 * For `today`: a reason saying until when a subscription's seats can still be reduced, while
 * today is inside the window of its purchase or last renewal; undefined outside it.
 */
export function reductionWindows(today: string): (s: Subscription) => string | undefined {
  const [ty, tm, td] = ymd(today)
  const earliest = addDays(today, -WINDOW_DAYS)
  return (s) => {
    const start = s.startDate
    if (!start || start > today) return undefined
    const term = s.termMonths ?? 0
    let termStart = start
    if (term <= 0 && start <= earliest) return undefined
    if (term > 0) {
      const [sy, sm, sd] = ymd(start)
      const months = (ty - sy) * 12 + (tm - sm) - (td < sd ? 1 : 0)
      const k = Math.floor(months / term)
      // A renewal a whole month or more ago is well past its 7 days: no date arithmetic needed.
      if (months - k * term >= 1) return undefined
      termStart = addMonths(start, k * term)
      if (termStart > today) termStart = addMonths(start, (k - 1) * term)
    }
    if (termStart <= earliest) return undefined
    const closes = addDays(termStart, WINDOW_DAYS)
    return `${s.distributor}'s ${s.name} started its term on ${termStart}: as a new-commerce subscription its seats can still be reduced or cancelled until ${closes}.`
  }
}
