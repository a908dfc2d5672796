import { BillingSettingsSchema, type BillingSettings } from '@seatkeeper/core'
import * as v from 'valibot'

/** The Reconciliation settings form's two fields, as typed: percentages, '' for off. */
export type ReconciliationSettingsText = { marginFloor: string; autoAcceptThreshold: string }
export type ReconciliationSettingsErrors = Partial<Record<keyof ReconciliationSettingsText, string>>

/** The settings' shares as the form writes them: 0.15 → "15", unset → "". */
export function reconciliationSettingsText(settings: BillingSettings): ReconciliationSettingsText {
  const percent = (share: number | undefined) =>
    share === undefined ? '' : String(Math.round(share * 10_000) / 100)
  return {
    marginFloor: percent(settings.marginFloor),
    autoAcceptThreshold: percent(settings.autoAcceptThreshold),
  }
}

const WHAT: Record<keyof ReconciliationSettingsText, string> = {
  marginFloor: 'a margin floor such as 15',
  autoAcceptThreshold: 'a confidence such as 95',
}

/**
 * The form read into the billing settings `current` with these two changed (PUT replaces every
 * setting, so the renewal lead times read are sent back as they were), or each field's error in
 * words. A percentage may be written "15" or "15 %"; empty is off. The numbers are judged by the
 * core's BillingSettingsSchema, the one the edge checks the PUT with, so the form says what the
 * edge's 400 would.
 */
export function readReconciliationSettings(
  text: ReconciliationSettingsText,
  current: BillingSettings,
): { settings: BillingSettings } | { errors: ReconciliationSettingsErrors } {
  const errors: ReconciliationSettingsErrors = {}
  const shares: Partial<Record<keyof ReconciliationSettingsText, number>> = {}
  for (const key of ['marginFloor', 'autoAcceptThreshold'] as const) {
    const raw = text[key].trim().replace(/\s*%$/, '')
    if (raw === '') continue
    if (!/^-?\d+([.,]\d+)?$/.test(raw)) {
      errors[key] =
        `"${text[key].trim()}" is not a percentage: write ${WHAT[key]}, or leave it empty for none.`
      continue
    }
    shares[key] = Math.round(Number(raw.replace(',', '.')) * 100) / 10_000
  }
  if (errors.marginFloor || errors.autoAcceptThreshold) return { errors }

  const { marginFloor: _m, autoAcceptThreshold: _a, ...rest } = current
  const parsed = v.safeParse(BillingSettingsSchema, { ...rest, ...shares })
  if (parsed.success) return { settings: parsed.output }
  for (const issue of parsed.issues) {
    const key = issue.path?.[0]?.key
    if ((key === 'marginFloor' || key === 'autoAcceptThreshold') && !errors[key])
      errors[key] = issue.message
  }
  return { errors }
}
