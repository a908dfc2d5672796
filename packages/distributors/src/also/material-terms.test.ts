import { describe, expect, it } from 'vitest'
import { toIsoDate } from './parse-date'
import { readMaterialTerms } from './material-terms'

describe('ALSO material numbers and dates', () => {
  it('reads term and billing frequency from an NCE material number', () => {
    expect(readMaterialTerms('MS-CFQ7TTC0LCHC-0002-P1Y-P1M')).toEqual({
      termMonths: 12,
      billingCycle: 'monthly',
    })
    expect(readMaterialTerms('MS-CFQ7TTC0LF8Q-0001-P3Y-P1Y')).toEqual({
      termMonths: 36,
      billingCycle: 'annual',
    })
    expect(readMaterialTerms('X-P1M-P1M')).toEqual({ termMonths: 1, billingCycle: 'monthly' })
    expect(readMaterialTerms('X-P1Y-P6M')).toEqual({ termMonths: 12, billingCycle: 'other' })
  })

  it('reads nothing from a material number without a period suffix', () => {
    expect(readMaterialTerms('ACR-BKP-500')).toBeUndefined()
    expect(readMaterialTerms(null)).toBeUndefined()
  })

  it('reads ISO and WCF dates as the calendar date', () => {
    expect(toIsoDate('2025-06-30T00:00:00')).toBe('2025-06-30')
    expect(toIsoDate('2025-06-30')).toBe('2025-06-30')
    expect(toIsoDate('/Date(1719705600000)/')).toBe('2024-06-30')
    expect(toIsoDate('/Date(1719700000000+0200)/')).toBe('2024-06-30')
    expect(toIsoDate('30.06.2025')).toBeUndefined()
  })
})
