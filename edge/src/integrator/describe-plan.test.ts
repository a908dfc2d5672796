import { emptySummary, type Plan } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { describePlan } from './describe-plan'

const plan = (kind: Plan['kind']): Plan => ({
  kind,
  connectionId: 'c1',
  baseVersion: 3,
  operations: [],
  skipped: [],
  quarantine: [],
  summary: emptySummary(),
})

describe('describePlan', () => {
  it('says an unchanged PSA refresh changed nothing in the PSA, by its name', () => {
    expect(describePlan(plan('billing-import'), 'HaloPSA')).toBe(
      'Nothing changed in HaloPSA; 0 billing lines imported, 0 updated, 0 made inactive.',
    )
  })

  it('keeps the distributor’s words for a sync', () => {
    expect(describePlan(plan('sync'), 'Rhipe')).toMatch(/^Nothing changed at the distributor; /)
  })
})
