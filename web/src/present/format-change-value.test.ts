import { describe, expect, it } from 'vitest'
import { formatChangeValue, nameLookup } from './format-change-value'

const names = nameLookup({ customers: [], topLevels: [] })

describe('formatChangeValue', () => {
  it('words where a billing line comes from, never as JSON', () => {
    const moved = { kind: 'psa', psa: 'connectwise', connectionId: 'c1', externalId: '78' }
    expect(formatChangeValue('source', moved, names)).toBe('ConnectWise PSA agreement addition 78')
    expect(
      formatChangeValue(
        'source',
        { kind: 'psa', psa: 'halopsa', connectionId: 'c', externalId: '-5' },
        names,
      ),
    ).toBe('HaloPSA recurring invoice line -5')
    expect(formatChangeValue('source', { kind: 'csv' }, names)).toBe('Imported from a CSV file')
    expect(formatChangeValue('source', { kind: 'seatkeeper' }, names)).toBe('Entered in Seatkeeper')
  })
  it('reads a missing value as a dash and a flag as yes or no', () => {
    expect(formatChangeValue('endDate', undefined, names)).toBe('—')
    expect(formatChangeValue('inactive', true, names)).toBe('yes')
  })
})
