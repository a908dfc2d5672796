import { addDays, daysBetween } from '../support/utc-days'

// Microsoft new commerce: seats can be reduced or cancelled for 7 calendar days (168 hours) from
// purchase, renewal or a mid-term addition of seats (billing-apis.md §5,
// learn.microsoft.com …/new-commerce-cancellation-policy).
export const WINDOW_DAYS = 7

/** A 7-day cancellation window, in UTC days. */
export type OpenWindow = {
  /** The day it opened: the purchase, renewal or addition. */
  opened: string
  /** The day it is shut: 168 hours after the start of `opened`. The last day to act is the day before. */
  closes: string
  /** Hours from the start of today (UTC) to `closes`: 168 on the day it opened, 24 on its last day. */
  hoursLeft: number
}

/**
 * The window opened on `opened`, if it is still open on `today`. The register knows only the day,
 * not the hour, of a purchase, so the window is read as opening at the start of that UTC day: the
 * earliest it can close, so the last day to act is never later than Microsoft's [I].
 */
export function openWindow(opened: string | undefined, today: string): OpenWindow | undefined {
  if (opened === undefined || opened > today) return undefined
  const closes = addDays(opened, WINDOW_DAYS)
  if (closes <= today) return undefined
  return { opened, closes, hoursLeft: daysBetween(today, closes) * 24 }
}
