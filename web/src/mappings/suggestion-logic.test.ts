import type { MappingSuggestion } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { loadRejected, rememberRejected } from './rejected-suggestions'
import {
  confidenceText,
  picksOf,
  rejectionKey,
  rejectionsOf,
  selectTopCandidates,
  toggleCandidate,
  visibleSuggestions,
} from './suggestion-selection'

const candidate = (customerId: string, confidence: number) => ({
  customerId,
  customerName: customerId,
  confidence,
  reasons: ['Same Microsoft tenant id'],
  high: confidence >= 0.9,
})

const suggestions: MappingSuggestion[] = [
  {
    externalId: 'x-1',
    externalName: 'Contoso Ltd',
    candidates: [candidate('c-1', 0.95), candidate('c-2', 0.4)],
  },
  { externalId: 'x-2', externalName: 'Northwind', candidates: [candidate('c-3', 0.3)] },
]

function memoryStore() {
  const data = new Map<string, string>()
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  }
}

describe('suggestion selection', () => {
  it('hides rejected pairings and drops a suggestion left with no candidate', () => {
    const rejected = new Set([rejectionKey('x-1', 'c-1'), rejectionKey('x-2', 'c-3')])
    expect(visibleSuggestions(suggestions, rejected)).toEqual([
      { externalId: 'x-1', externalName: 'Contoso Ltd', candidates: [candidate('c-2', 0.4)] },
    ])
  })

  it('keeps one chosen candidate per distributor customer and unchooses on a second click', () => {
    let selection = toggleCandidate(new Map(), 'x-1', 'c-1')
    selection = toggleCandidate(selection, 'x-1', 'c-2')
    expect(picksOf(selection)).toEqual([{ externalId: 'x-1', customerId: 'c-2' }])
    expect(picksOf(toggleCandidate(selection, 'x-1', 'c-2'))).toEqual([])
  })

  it('chooses every top candidate above a confidence, for accepting many at once', () => {
    expect(picksOf(selectTopCandidates(suggestions, 0.9))).toEqual([
      { externalId: 'x-1', customerId: 'c-1' },
    ])
    expect(picksOf(selectTopCandidates(suggestions))).toHaveLength(2)
  })

  it('turns the chosen pairings into rejections to remember', () => {
    expect(rejectionsOf(new Map([['x-2', 'c-3']]))).toEqual([rejectionKey('x-2', 'c-3')])
  })

  it('shows confidence as a percentage', () => {
    expect(confidenceText(0.874)).toBe('87%')
  })
})

describe('rejected suggestions', () => {
  it('remembers rejections per connection', () => {
    const store = memoryStore()
    rememberRejected('k1', ['a'], store)
    rememberRejected('k1', ['b'], store)
    expect(loadRejected('k1', store)).toEqual(new Set(['a', 'b']))
    expect(loadRejected('k2', store)).toEqual(new Set())
  })

  it('starts afresh when what is stored is not a list of pairings', () => {
    const store = memoryStore()
    store.setItem('seatkeeper:rejected-suggestions:k1', '{"oops":1}')
    expect(loadRejected('k1', store)).toEqual(new Set())
  })

  it('still answers when storage is not available', () => {
    expect(loadRejected('k1', undefined)).toEqual(new Set())
    expect(rememberRejected('k1', ['a'], undefined)).toEqual(new Set(['a']))
  })
})
