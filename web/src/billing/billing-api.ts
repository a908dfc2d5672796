import {
  BillingLineSchema,
  BillingRunSchema,
  BillingSettingsSchema,
  CsvImportResultSchema,
  DismissalSchema,
  PsaLineChangePreviewSchema,
  PsaLineChangeResultSchema,
  SeatRisesSchema,
  type BillingLineInput,
  type BillingLinePatch,
  type BillingSettings,
  type CsvImportResult,
  type NotBillable,
  type PsaLineChangeBody,
  type SeatRises,
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

/** GET /api/billing/seat-rises: the ledger's recent seat rises, for seats added mid-term. */
export function getSeatRises(signal?: AbortSignal): Promise<SeatRises> {
  return fetchApi(
    '/api/billing/seat-rises',
    parseWith(SeatRisesSchema, 'GET /api/billing/seat-rises'),
    { signal },
  )
}

/** PUT /api/billing/settings: replaces every setting, so callers send the ones read with theirs changed. */
export function putBillingSettings(settings: BillingSettings): Promise<BillingSettings> {
  return sendJson(
    'PUT',
    '/api/billing/settings',
    settings,
    parseWith(BillingSettingsSchema, 'PUT /api/billing/settings'),
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

/** POST /api/billing/lines: a new line a person enters (a run, undoable). */
export function createBillingLine(input: BillingLineInput, idempotencyKey: string) {
  return sendJson(
    'POST',
    '/api/billing/lines',
    input,
    parseWith(BillingLineSchema, 'POST /api/billing/lines'),
    undefined,
    idempotencyKey,
  )
}

/** PATCH /api/billing/lines/:id: the changed fields, from the version the edit was made on. */
export function updateBillingLine(id: string, patch: BillingLinePatch) {
  const path = `/api/billing/lines/${encodeURIComponent(id)}` as const
  return sendJson('PATCH', path, patch, parseWith(BillingLineSchema, `PATCH ${path}`))
}

/** DELETE /api/billing/lines/:id (refused while subscriptions are linked to it). */
export function removeBillingLine(id: string) {
  const path = `/api/billing/lines/${encodeURIComponent(id)}` as const
  return sendJson('DELETE', path, {}, parseWith(BillingRunSchema, `DELETE ${path}`))
}

/** PUT /api/billing/subscriptions/:id/line: bill the subscription on a line; null unlinks it. */
export function linkSubscription(subscriptionId: string, billingLineId: string | null) {
  const path = `/api/billing/subscriptions/${encodeURIComponent(subscriptionId)}/line` as const
  return sendJson('PUT', path, { billingLineId }, parseWith(BillingRunSchema, `PUT ${path}`))
}

/** PUT /api/billing/subscriptions/:id/not-billable: why it is not billed; null clears it. */
export function markNotBillable(subscriptionId: string, notBillable: NotBillable | null) {
  const path =
    `/api/billing/subscriptions/${encodeURIComponent(subscriptionId)}/not-billable` as const
  return sendJson('PUT', path, { notBillable }, parseWith(BillingRunSchema, `PUT ${path}`))
}

/** POST /api/billing/lines/import: every row in one run, or — one bad row — nothing, each reported by line. */
export function importBillingLinesCsv(
  csv: string,
  idempotencyKey: string,
): Promise<CsvImportResult> {
  return sendJson(
    'POST',
    '/api/billing/lines/import',
    { csv },
    parseWith(CsvImportResultSchema, 'POST /api/billing/lines/import'),
    undefined,
    idempotencyKey,
  )
}

/** POST /api/billing/lines/:id/psa-change/preview: the exact PSA calls a change would send. */
export function previewPsaChange(lineId: string, body: PsaLineChangeBody) {
  const path = `/api/billing/lines/${encodeURIComponent(lineId)}/psa-change/preview` as const
  return sendJson('POST', path, body, parseWith(PsaLineChangePreviewSchema, `POST ${path}`))
}

/** POST /api/billing/lines/:id/psa-change: sent to the PSA through the edge, read back, recorded. */
export function applyPsaChange(lineId: string, body: PsaLineChangeBody) {
  const path = `/api/billing/lines/${encodeURIComponent(lineId)}/psa-change` as const
  return sendJson('POST', path, body, parseWith(PsaLineChangeResultSchema, `POST ${path}`))
}

/** POST /api/billing/lines/:id/psa-change/undo: the PSA's inverse change, and the run undone. */
export function undoPsaChange(lineId: string, runId: string) {
  const path = `/api/billing/lines/${encodeURIComponent(lineId)}/psa-change/undo` as const
  return sendJson('POST', path, { runId }, parseWith(PsaLineChangeResultSchema, `POST ${path}`))
}
