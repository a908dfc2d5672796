import { commitmentCalendar, type Register } from '@seatkeeper/core'
import { createMemo } from 'solid-js'
import { customerLabels } from '../present/customer-labels'
import { renewalRows, todayUtc, type RenewalRow } from './renewals-model'

/**
 * The renewals of the register shown (cached, so offline too) for today, in words. The run ledger
 * is not read here, so windows opened by a mid-term addition are not shown (see docs/web.md).
 */
export function useRenewals(register: () => Register | undefined) {
  const today = todayUtc()
  const rows = createMemo((): RenewalRow[] => {
    const data = register()
    if (!data) return []
    const labels = customerLabels(data)
    return renewalRows(
      commitmentCalendar(data, today),
      today,
      (id) => labels.get(id) ?? 'A customer no longer in the register',
    )
  })
  return { today, rows }
}
