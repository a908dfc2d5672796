import { describe, expect, it } from 'vitest'
import type { Finding } from './finding'
import { byImpact } from './finding-order'

const finding = (id: string, monthlyImpact?: number): Finding => ({
  id,
  kind: 'under-billed',
  customerId: 'c1',
  subscriptionIds: [],
  monthlyImpact,
  reasons: [],
  operations: [],
})
const ids = (findings: Finding[]) => byImpact(findings).map((f) => f.id)

describe('byImpact', () => {
  it('puts the largest amount either way first and findings without an amount last', () => {
    const findings = [
      finding('fnd_0000000000000001'),
      finding('fnd_0000000000000002', 30),
      finding('fnd_0000000000000003', -300),
      finding('fnd_0000000000000004', 0),
    ]
    expect(ids(findings)).toEqual([
      'fnd_0000000000000003',
      'fnd_0000000000000002',
      'fnd_0000000000000004',
      'fnd_0000000000000001',
    ])
  })

  it('orders findings of the same amount by id, also ids that share their first digits', () => {
    const findings = [
      finding('fnd_ffffffff00000000', 12.5),
      finding('fnd_00000000aaaaaaab', -12.5),
      finding('fnd_00000000aaaaaaaa', 12.5),
      finding('fnd_0fffffffffffffff', 12.5),
      finding('fnd_1000000000000000'),
      finding('fnd_0000000100000000'),
    ]
    expect(ids(findings)).toEqual([
      'fnd_00000000aaaaaaaa',
      'fnd_00000000aaaaaaab',
      'fnd_0fffffffffffffff',
      'fnd_ffffffff00000000',
      'fnd_0000000100000000',
      'fnd_1000000000000000',
    ])
  })

  it('orders ids that are not fingerprints the same way', () => {
    const findings = [finding('b', 5), finding('a', 5), finding('fnd_0000000000000001', 5)]
    expect(ids(findings)).toEqual(['a', 'b', 'fnd_0000000000000001'])
  })

  it('keeps findings of the same id and amount in the order they came', () => {
    const first = finding('fnd_0000000000000001', 5)
    const second = finding('fnd_0000000000000001', 5)
    const sorted = byImpact([finding('fnd_0000000000000002', 5), first, second])
    expect(sorted.indexOf(first)).toBeLessThan(sorted.indexOf(second))
  })
})
