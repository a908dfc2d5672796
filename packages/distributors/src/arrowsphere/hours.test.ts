import { describe, expect, it } from 'vitest'
import { billingCycleFromHours, termMonthsFromHours } from './hours'

describe('ArrowSphere hours', () => {
  it.each([
    [0, 'one-time'],
    [720, 'monthly'],
    [2160, 'quarterly'],
    [8640, 'annual'],
    [25920, 'triennial'],
    [24, 'other'],
  ] as const)('reads a periodicity of %i hours as %s', (hours, cycle) => {
    expect(billingCycleFromHours(hours)).toBe(cycle)
  })

  it('has no billing cycle when periodicity is absent', () => {
    expect(billingCycleFromHours(null)).toBeUndefined()
  })

  it('turns a term in hours into whole months, and none for 0 or a daily term', () => {
    expect(termMonthsFromHours(720)).toBe(1)
    expect(termMonthsFromHours(8640)).toBe(12)
    expect(termMonthsFromHours(25920)).toBe(36)
    expect(termMonthsFromHours(0)).toBeUndefined()
    expect(termMonthsFromHours(24)).toBeUndefined()
  })
})
