/**
 * The calendar day a distributor wrote, YYYY-MM-DD, with no time-zone shift: "2026-12-03T00:00:00+11:00"
 * is 2026-12-03, although that instant is 2026-12-02 in UTC. A distributor's day is the one its portal
 * and invoices show; turning it to UTC would move a morning purchase in Sydney (Rhipe writes +10:00)
 * to the day before. The renewals rules then read it as a UTC day (docs/core-rules.md "Renewals and
 * commitments": what that means for a day written ahead of UTC). Undefined for anything not
 * starting with a date.
 */
export function calendarDay(value: string | null | undefined): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})/.exec(value?.trim() ?? '')?.[1]
}
