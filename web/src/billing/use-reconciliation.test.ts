import { billingLine, customer, register, subscription } from '@seatkeeper/core/testing'
import { describe, expect, it } from 'vitest'
import { formatMoney } from '../layout/format-money'
import { impactWords } from './reconciliation-model'
import { reconcileHere } from './use-reconciliation'

describe('reconciliation on the page', () => {
  it('writes the money in the reasons as the amount column does', () => {
    // Contoso has 4,536 seats at ArrowSphere and is billed 10: 4,526 seats × 30 AUD not billed.
    const r = register({
      customers: [customer('c1', 'Contoso')],
      subscriptions: [
        subscription('s1', 'c1', 'S1', { currency: 'AUD', quantity: 4_536, billingLineId: 'l1' }),
      ],
      billingLines: [billingLine('l1', 'c1')],
    })
    const [finding] = reconcileHere(r, undefined).findings
    const amount = formatMoney(135_780, 'AUD')
    expect(impactWords(finding!, formatMoney)).toBe(`${amount} a month not billed`)
    expect(finding?.reasons).toContain(
      `${amount} a month is not collected. Approving sets the line to 4536.`,
    )
    expect(finding?.reasons.join(' ')).not.toContain('135780.00 AUD')
  })
})
