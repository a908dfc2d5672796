import { describe, expect, it } from 'vitest'
import type { Operation } from '../operations/operation'
import { seatRises, type LedgerRun } from './ledger-run'

const raise = (id: string, from: number, to: number): Operation =>
  ({
    op: 'updateSubscription',
    subscriptionId: id,
    before: { quantity: from },
    after: { quantity: to },
  }) as Operation

describe('seatRises', () => {
  it('keeps only the operations that raised seats, as their quantity change, and only the runs that have one', () => {
    const runs: LedgerRun[] = [
      {
        run: { id: 'r1', finishedAt: '2026-12-01T04:00:00Z' },
        operations: [raise('s1', 10, 12), raise('s2', 5, 3)],
      },
      { run: { id: 'r2', finishedAt: '2026-12-02T04:00:00Z' }, operations: [raise('s3', 4, 1)] },
      {
        run: { id: 'r3', finishedAt: '2026-12-02T05:00:00Z' },
        operations: [
          {
            op: 'updateSubscription',
            subscriptionId: 's4',
            before: { name: 'A' },
            after: { name: 'B' },
          } as Operation,
        ],
      },
    ]
    expect(seatRises(runs)).toEqual([
      { run: { id: 'r1', finishedAt: '2026-12-01T04:00:00Z' }, operations: [raise('s1', 10, 12)] },
    ])
  })
})

describe('seatRises of a new subscription', () => {
  it('is no rise: it is a purchase, whose window runs from its start date', () => {
    const created = {
      op: 'createSubscription',
      after: { id: 's9', customerId: 'c1', name: 'Power BI Pro', quantity: 4, status: 'active' },
    } as unknown as Operation
    const runs: LedgerRun[] = [
      { run: { id: 'r', finishedAt: '2026-12-01T00:00:00Z' }, operations: [created] },
    ]
    expect(seatRises(runs)).toEqual([])
  })
})
