import { commitmentCalendar, todayUtc, type LedgerRun, type Register } from '@seatkeeper/core'
import { queryOptions, useQuery } from '@tanstack/solid-query'
import { createMemo } from 'solid-js'
import { getSeatRises } from '../billing/billing-api'
import { customerLabels } from '../present/customer-labels'
import { formatDate } from '../ui/format-date-time'
import { renewalRows, type RenewalRow } from './renewals-model'

/** GET /api/billing/seat-rises as one query, shared by the Renewals page, customers and Home. */
export const seatRisesQuery = () =>
  queryOptions({
    queryKey: ['seat-rises'] as const,
    queryFn: ({ signal }) => getSeatRises(signal),
    staleTime: 60_000,
  })

/**
 * The ledger's recent seat rises, so seats added mid-term show their own 7-day window as the
 * digest shows it. Offline, or until the edge answers, there are none: the rest of the calendar
 * comes from the cached register alone.
 */
export function useSeatRises(): () => readonly LedgerRun[] | undefined {
  const rises = useQuery(() => seatRisesQuery())
  return () => rises.data?.runs
}

/**
 * The renewals of the register shown (cached, so offline too) as of when the page opened, in
 * words: today is its UTC day, and a window's hours left are counted from that instant.
 */
export function useRenewals(register: () => Register | undefined) {
  const now = Date.now()
  const today = todayUtc(now)
  const runs = useSeatRises()
  const rows = createMemo((): RenewalRow[] => {
    const data = register()
    if (!data) return []
    const labels = customerLabels(data)
    const ledger = runs()
    return renewalRows(
      commitmentCalendar(data, today, undefined, {
        now,
        date: formatDate,
        ...(ledger ? { runs: ledger } : {}),
      }),
      today,
      (id) => labels.get(id) ?? 'A customer no longer in the register',
    )
  })
  return { today, rows }
}
