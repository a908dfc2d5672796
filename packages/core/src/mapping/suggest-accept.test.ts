import { describe, expect, it } from 'vitest'
import { acceptSuggestions, autoAcceptSuggestions } from './suggest-accept'
import type { MappingCandidate, MappingSuggestion } from './suggest-mappings'

function candidate(customerId: string, confidence: number): MappingCandidate {
  return { customerId, customerName: customerId, confidence, reasons: [], high: confidence >= 0.9 }
}

function suggestion(externalId: string, ...candidates: MappingCandidate[]): MappingSuggestion {
  return { externalId, externalName: `Name of ${externalId}`, candidates }
}

const suggestions = [
  suggestion('e1', candidate('c1', 0.97), candidate('c2', 0.8)),
  suggestion('e2', candidate('c3', 0.95), candidate('c4', 0.85)),
  suggestion('e3', candidate('c5', 0.92), candidate('c6', 0.91)),
  suggestion('e4', candidate('c7', 0.89)),
  suggestion('e5', candidate('c8', 0.9)),
]

describe('acceptSuggestions', () => {
  it('maps each pick with the distributor name from its suggestion, marked as suggested', () => {
    const picks = [
      { externalId: 'e1', customerId: 'c2' },
      { externalId: 'e4', customerId: 'c7' },
    ]
    expect(acceptSuggestions('conn-1', suggestions, picks)).toEqual([
      {
        connectionId: 'conn-1',
        externalCustomerId: 'e1',
        externalName: 'Name of e1',
        customerId: 'c2',
        origin: 'suggested',
      },
      {
        connectionId: 'conn-1',
        externalCustomerId: 'e4',
        externalName: 'Name of e4',
        customerId: 'c7',
        origin: 'suggested',
      },
    ])
  })

  it('refuses a register customer that was not among the candidates, naming both', () => {
    expect(() =>
      acceptSuggestions('conn-1', suggestions, [{ externalId: 'e1', customerId: 'c9' }]),
    ).toThrow('Register customer c9 was not suggested for distributor customer "Name of e1" (e1)')
  })

  it('refuses a distributor customer that has no suggestion', () => {
    expect(() =>
      acceptSuggestions('conn-1', suggestions, [{ externalId: 'e9', customerId: 'c1' }]),
    ).toThrow('Distributor customer e9 has no suggestion to accept')
  })

  it('refuses two picks for one distributor customer', () => {
    const picks = [
      { externalId: 'e1', customerId: 'c1' },
      { externalId: 'e1', customerId: 'c2' },
    ]
    expect(() => acceptSuggestions('conn-1', suggestions, picks)).toThrow(/Two picks/)
  })
})

describe('autoAcceptSuggestions', () => {
  it('accepts a top candidate at the threshold whose runner-up trails by at least 0.1', () => {
    const mappings = autoAcceptSuggestions('conn-1', suggestions, 0.9)
    // e2: 0.95 over 0.85 is exactly 0.1 apart; e3's runner-up is too close; e4 is below 0.9.
    expect(mappings.map((m) => [m.externalCustomerId, m.customerId, m.origin])).toEqual([
      ['e1', 'c1', 'suggested'],
      ['e2', 'c3', 'suggested'],
      ['e5', 'c8', 'suggested'],
    ])
  })

  it('accepts nothing below a higher threshold', () => {
    const mappings = autoAcceptSuggestions('conn-1', suggestions, 0.96)
    expect(mappings.map((m) => m.externalCustomerId)).toEqual(['e1'])
  })

  it('refuses a threshold below high confidence', () => {
    expect(() => autoAcceptSuggestions('conn-1', suggestions, 0.89)).toThrow(
      /threshold must be between 0.9 and 1, not 0.89/,
    )
    expect(() => autoAcceptSuggestions('conn-1', suggestions, Number.NaN)).toThrow(RangeError)
  })
})
