import { fetchResponse } from '../api/fetch-api'
import { downloadText } from '../ui/download-text'

/** The first and last day (YYYY-MM-DD) of a month written YYYY-MM, as GET /api/billing/pro-rata.csv reads a period. */
export function monthPeriod(month: string): { start: string; end: string } {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
    throw new Error(`Choose a billing month (YYYY-MM); “${month}” is not one.`)
  }
  const lastDay = new Date(Date.UTC(Number(match[1]), Number(match[2]), 0)).getUTCDate()
  return { start: `${month}-01`, end: `${month}-${String(lastDay).padStart(2, '0')}` }
}

/** Downloads the invoice-ready pro-rata CSV the edge computes for one billing month. */
export async function downloadProRataCsv(month: string): Promise<void> {
  const { start, end } = monthPeriod(month)
  const query = new URLSearchParams({ start, end })
  const response = await fetchResponse(`/api/billing/pro-rata.csv?${query}`, {
    headers: { accept: 'text/csv' },
  })
  downloadText(`pro-rata-${start}-${end}.csv`, await response.text())
}
