import { addDays, startOfDay } from '../support/utc-days'

// Microsoft new commerce: seats can be reduced or cancelled for 7 calendar days (168 hours) from
// purchase, renewal or a mid-term addition of seats (billing-apis.md §5,
// learn.microsoft.com …/new-commerce-cancellation-policy).
export const WINDOW_DAYS = 7

const HOUR_MS = 3_600_000

/** A 7-day cancellation window, in UTC days. */
export type OpenWindow = {
  /** The day it opened: the purchase, renewal or addition. */
  opened: string
  /** The day it is shut: from 00:00Z of `closes`, 168 hours after the start of `opened`. The last day to act is the day before. */
  closes: string
  /** Whole hours from `now` to 00:00Z of `closes`, rounded down: 23 at 00:30Z of the last day, 0 in its last hour. */
  hoursLeft: number
}

/**
 * The window opened on `opened`, if it is still open on `today`, with the whole hours left at
 * `now` (an instant on `today`; its start, 00:00Z, when not given). The register knows only the
 * day, not the hour, of a purchase, so the window is read as opening at the start of that UTC
 * day: the earliest it can close, so the last day to act is never later than Microsoft's [I]
 * (for a distributor writing its days ahead of UTC, see docs/core-rules.md "Early, not late").
 */
export function openWindow(
  opened: string | undefined,
  today: string,
  now: number = startOfDay(today),
): OpenWindow | undefined {
  if (opened === undefined || opened > today) return undefined
  const closes = addDays(opened, WINDOW_DAYS)
  if (closes <= today) return undefined
  return { opened, closes, hoursLeft: Math.floor((startOfDay(closes) - now) / HOUR_MS) }
}

/** True from `hours` before the window shuts (00:00Z of `closes`) on: its last `hours` hours at `now`. */
export const inLastHours = (window: OpenWindow, hours: number, now: number): boolean =>
  startOfDay(window.closes) - now <= hours * HOUR_MS

/** "36 hours left", "1 hour left", "under an hour left": `hoursLeft` as the words write it. */
export const hoursLeftWords = (hours: number): string =>
  hours < 1 ? 'under an hour left' : hours === 1 ? '1 hour left' : `${hours} hours left`

/**
 * The instant `now` (ms since the epoch) a calendar for `today` is read at: its start when not
 * given. One on another UTC day is refused: its hours would not belong to the day's windows.
 */
export function instantOn(today: string, now: number | undefined): number {
  if (now === undefined) return startOfDay(today)
  const start = startOfDay(today)
  if (now < start || now >= start + 24 * HOUR_MS)
    throw new RangeError(
      `The instant ${new Date(now).toISOString()} is not on the UTC day ${today}: pass the day it falls on (todayUtc(now)).`,
    )
  return now
}
