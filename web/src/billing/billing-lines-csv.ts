import { BILLING_LINE_CSV_COLUMNS, BILLING_LINE_CSV_REQUIRED } from '@seatkeeper/core'
import { fetchResponse } from '../api/fetch-api'
import type { CsvShape } from '../ui/csv-precheck'
import { downloadText } from '../ui/download-text'

/** What the billing-line import reads (docs/api.md "Billing"), checked before the file is sent. */
export const BILLING_LINE_CSV: CsvShape = {
  columns: BILLING_LINE_CSV_COLUMNS,
  required: BILLING_LINE_CSV_REQUIRED,
  rows: 'billing lines',
}

/** The name the export is saved under: billing-lines-2026-12-02.csv (the day, UTC). */
export const billingLinesFileName = (now: Date) =>
  `billing-lines-${now.toISOString().slice(0, 10)}.csv`

/**
 * Downloads the active billing lines as the edge writes them (GET /api/billing/lines.csv), in
 * the import's columns, so the file can be edited and imported again.
 */
export async function downloadBillingLinesCsv(now = new Date()): Promise<void> {
  const response = await fetchResponse('/api/billing/lines.csv', {
    headers: { accept: 'text/csv' },
  })
  downloadText(billingLinesFileName(now), await response.text())
}
