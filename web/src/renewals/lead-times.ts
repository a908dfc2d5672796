import { RenewalSettingsSchema, type RenewalSettings } from '@seatkeeper/core'
import * as v from 'valibot'

export type LeadTimeErrors = { leadDays?: string; windowWarnHours?: string }

/** The form's text of the settings: "30, 7" and "48". */
export const leadTimesText = (settings: RenewalSettings) => ({
  leadDays: settings.leadDays.join(', '),
  windowWarnHours: String(settings.windowWarnHours),
})

/**
 * The lead-times form read into settings, or the error of each field in words. The numbers are
 * judged by the core's RenewalSettingsSchema, the one the edge checks a PUT with.
 */
export function readLeadTimes(text: {
  leadDays: string
  windowWarnHours: string
}): { settings: RenewalSettings } | { errors: LeadTimeErrors } {
  const errors: LeadTimeErrors = {}
  const parts = text.leadDays
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  const notNumber = parts.find((part) => !/^-?\d+(\.\d+)?$/.test(part))
  if (parts.length === 0) errors.leadDays = 'Give at least one lead time in days, such as 30, 7.'
  else if (notNumber !== undefined)
    errors.leadDays = `"${notNumber}" is not a number of days: write whole days separated by commas, such as 30, 7.`
  const hours = text.windowWarnHours.trim()
  if (!/^-?\d+(\.\d+)?$/.test(hours))
    errors.windowWarnHours =
      hours === ''
        ? 'Give the window warning in hours, such as 48.'
        : `"${hours}" is not a number of hours: write a whole number, such as 48.`
  if (errors.leadDays || errors.windowWarnHours) return { errors }

  const parsed = v.safeParse(RenewalSettingsSchema, {
    leadDays: parts.map(Number),
    windowWarnHours: Number(hours),
  })
  if (parsed.success) return { settings: parsed.output }
  for (const issue of parsed.issues) {
    const key = issue.path?.[0]?.key
    if ((key === 'leadDays' || key === 'windowWarnHours') && !errors[key])
      errors[key] = issue.message
  }
  return { errors }
}
