import { describe, expect, it } from 'vitest'
import { stableId } from './stable-id'

describe('stableId', () => {
  it('gives the ids already stored in registers and dismissals for the same parts', () => {
    expect(stableId('fnd', 'unbilled', '', 's1', '5')).toBe('fnd_7cfe43d5f2eff25c')
    expect(stableId('bl', 'sub-1')).toBe('bl_56ca105b0d45970b')
    expect(stableId('conn', 'Dicker Data', 'ÿ€x')).toBe('conn_9e8073d8953f3681')
  })

  it('gives another id when a part changes', () => {
    expect(stableId('fnd', 'unbilled', '', 's1', '6')).not.toBe('fnd_7cfe43d5f2eff25c')
  })
})
