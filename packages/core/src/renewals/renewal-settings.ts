import * as v from 'valibot'

const LeadDaySchema = v.pipe(
  v.number('Each renewal lead time must be a number of days, such as 30.'),
  v.integer('Each renewal lead time must be a whole number of days, such as 30.'),
  v.minValue(1, 'Each renewal lead time must be at least 1 day before the renewal.'),
  v.maxValue(365, 'Each renewal lead time must be at most 365 days before the renewal.'),
)

/**
 * When commitment alerts are raised (settings per MSP): `leadDays` before a renewal or a trial's
 * conversion (kept largest first, each once), and the last `windowWarnHours` of a 7-day
 * cancellation window (168 hours long, so at most 168).
 */
export const RenewalSettingsSchema = v.object({
  leadDays: v.pipe(
    v.array(LeadDaySchema, 'The renewal lead times must be a list of days, such as [30, 7].'),
    // Checks, not min/maxLength: the edge words length issues as text ("characters").
    v.check((days) => days.length > 0, 'Give at least one renewal lead time, such as [30, 7].'),
    v.check((days) => days.length <= 10, 'Give at most 10 renewal lead times.'),
    v.transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  ),
  windowWarnHours: v.pipe(
    v.number('The window warning must be a number of hours, such as 48.'),
    v.integer('The window warning must be a whole number of hours, such as 48.'),
    v.minValue(1, 'The window warning must be at least 1 hour before the window closes.'),
    v.maxValue(
      168,
      'The window warning must be at most 168 hours: the cancellation window lasts 7 days.',
    ),
  ),
})
export type RenewalSettings = v.InferOutput<typeof RenewalSettingsSchema>

/** 30 and 7 days before a renewal, and the window's last 48 hours (issue 19). */
export const defaultRenewalSettings: RenewalSettings = { leadDays: [30, 7], windowWarnHours: 48 }

/** The settings a stored or sent object without `renewals` reads as: a fresh copy of the defaults. */
export const renewalSettingsOrDefault = v.optional(RenewalSettingsSchema, () => ({
  leadDays: [...defaultRenewalSettings.leadDays],
  windowWarnHours: defaultRenewalSettings.windowWarnHours,
}))
