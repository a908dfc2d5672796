import { describe, expect, it } from 'vitest'
import type { Register } from '@seatkeeper/core'
import { customerLabels } from './customer-labels'

const customer = (
  id: string,
  name: string,
  extra: Partial<Register['customers'][number]> = {},
) => ({
  id,
  name,
  inactive: false,
  version: 1,
  ...extra,
})

describe('customerLabels', () => {
  it('shows a unique name as it is', () => {
    const labels = customerLabels({ topLevels: [], customers: [customer('c1', 'Ashford Dental')] })
    expect(labels.get('c1')).toBe('Ashford Dental')
  })

  it('tells two customers of the same name apart by their city', () => {
    const labels = customerLabels({
      topLevels: [],
      customers: [
        customer('c1', 'Ashford Travel', { mainSite: { city: 'Leeds' } }),
        customer('c2', 'Ashford Travel', { mainSite: { city: 'York' } }),
      ],
    })
    expect([labels.get('c1'), labels.get('c2')]).toEqual([
      'Ashford Travel (Leeds)',
      'Ashford Travel (York)',
    ])
  })

  it('falls back to the distributor that created them when the cities match', () => {
    const labels = customerLabels({
      topLevels: [],
      customers: [
        customer('c1', 'Ashford Travel', {
          createdBy: { distributor: 'Rhipe', connectionId: 'k1' },
        }),
        customer('c2', 'Ashford Travel'),
      ],
    })
    expect(labels.get('c1')).toBe('Ashford Travel (from Rhipe)')
    expect(labels.get('c2')).toBe('Ashford Travel (added here)')
  })

  it('numbers them when nothing else separates them', () => {
    const labels = customerLabels({
      topLevels: [],
      customers: [customer('c1', 'Ashford Travel'), customer('c2', 'Ashford Travel')],
    })
    expect(labels.get('c2')).toBe('Ashford Travel (2)')
  })
})
