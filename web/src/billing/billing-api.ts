import {
  BillingRunSchema,
  BillingSettingsSchema,
  DismissalSchema,
  type BillingSettings,
} from '@seatkeeper/core'
import { fetchApi } from '../api/fetch-api'
import { parseWith } from '../api/parse-with'
import { sendJson } from '../api/send-json'

/** GET /api/billing/settings: the margin floor reconciliation judges with (unset is off). */
export function getBillingSettings(signal?: AbortSignal): Promise<BillingSettings> {
  return fetchApi(
    '/api/billing/settings',
    parseWith(BillingSettingsSchema, 'GET /api/billing/settings'),
    { signal },
  )
}

/** POST /api/billing/dismissals: leave a finding as it is, and say why. */
export function dismissFinding(findingId: string, reason: string, idempotencyKey?: string) {
  return sendJson(
    'POST',
    '/api/billing/dismissals',
    { findingId, reason },
    parseWith(DismissalSchema, 'POST /api/billing/dismissals'),
    undefined,
    idempotencyKey,
  )
}

/** DELETE /api/billing/dismissals/:findingId: show a dismissed finding again. */
export function restoreFinding(findingId: string) {
  const path = `/api/billing/dismissals/${encodeURIComponent(findingId)}` as const
  return sendJson('DELETE', path, {}, parseWith(BillingRunSchema, `DELETE ${path}`))
}
