import { describe, expect, it } from 'vitest'
import { costText, summaryText } from './summary-text'

const zero = {
  customers: { create: 0, update: 0, unchanged: 3, skipped: 0 },
  subscriptions: {
    create: 0,
    update: 0,
    unchanged: 9,
    skipped: 0,
    deactivate: 0,
    zero: 0,
    quarantined: 0,
  },
  mappings: { add: 0, update: 0, remove: 0 },
}

describe('summaryText', () => {
  it('names only what happened, with singular and plural nouns', () => {
    const summary = {
      ...zero,
      customers: { ...zero.customers, create: 1 },
      subscriptions: { ...zero.subscriptions, update: 5, quarantined: 2 },
    }
    expect(summaryText(summary)).toBe(
      '1 customer created · 5 subscriptions updated · 2 removals held back',
    )
  })

  it('counts the billing lines a PSA billing import brought in, updated or made inactive', () => {
    const summary = {
      ...zero,
      billingLines: { create: 4, update: 1, unchanged: 7, skipped: 2, deactivate: 1 },
    }
    expect(summaryText(summary)).toBe(
      '4 billing lines imported · 1 billing line updated · 1 billing line made inactive',
    )
  })

  it('says "No changes" for a run that changed nothing', () => {
    expect(summaryText(zero)).toBe('No changes')
  })

  it('counts the records of a run the summary does not cover, such as an undo of a CSV import', () => {
    expect(summaryText(zero, 10_001)).toBe('10001 records changed')
    expect(summaryText(zero, 1)).toBe('1 record changed')
  })
})

describe('costText', () => {
  it('says how long a run took and how many requests it sent', () => {
    const run = { startedAt: '2026-12-02T02:00:00.000Z', finishedAt: '2026-12-02T02:01:05.000Z' }
    expect(costText({ ...run, requests: 1 })).toBe('1 min 5 s, 1 request to the distributor')
    expect(costText({ ...run, finishedAt: '2026-12-02T02:00:12.400Z', requests: 40 })).toBe(
      '12 s, 40 requests to the distributor',
    )
    expect(costText(run)).toBe('1 min 5 s')
  })
})
