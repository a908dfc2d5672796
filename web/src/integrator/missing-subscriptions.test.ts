import type { Register } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { missingSubscriptions } from './missing-subscriptions'

const sub = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  customerId: 'c1',
  connectionId: 'conn',
  distributor: 'Rhipe',
  externalId: id.toUpperCase(),
  name: `Licence ${id}`,
  status: 'active' as const,
  quantity: 5,
  active: true,
  version: 2,
  ...extra,
})

const register: Register = {
  version: 4,
  topLevels: [],
  customers: [{ id: 'c1', name: 'Contoso', inactive: false, version: 1 }],
  mappings: [],
  billingLines: [],
  dismissals: [],
  subscriptions: [
    sub('s1', { missingSince: '2026-03-02', trial: true }),
    sub('s2'),
    sub('s3', { missingSince: '2026-03-01' }),
    sub('s4', { missingSince: '2026-02-01', active: false }),
    sub('s5', { missingSince: '2026-03-01', connectionId: 'other' }),
  ],
}

describe('missingSubscriptions', () => {
  it('lists the connection’s missing subscriptions not yet removed, oldest first, with their customer', () => {
    expect(
      missingSubscriptions(register, 'conn', true).map((r) => [r.name, r.customerName, r.since]),
    ).toEqual([
      ['Licence s3', 'Contoso', '2026-03-01'],
      ['Licence s1', 'Contoso', '2026-03-02'],
    ])
  })

  it('marks a missing trial as a trial, so the list tags it', () => {
    expect(missingSubscriptions(register, 'conn', true).map((r) => [r.name, r.trial])).toEqual([
      ['Licence s3', false],
      ['Licence s1', true],
    ])
  })

  it('says what the next sync does, in the connection’s removal setting', () => {
    expect(missingSubscriptions(register, 'conn', true)[0]?.next).toMatch(/becomes inactive/)
    expect(missingSubscriptions(register, 'conn', false)[0]?.next).toMatch(/gets quantity 0/)
  })

  it('leaves out a missing subscription that was already removed', () => {
    expect(missingSubscriptions(register, 'conn', true).map((r) => r.subscriptionId)).not.toContain(
      's4',
    )
  })
})
