import { describe, expect, it } from 'vitest'
import { normaliseRhipeSubscription } from './normalise-subscription'
import type { RhipeSubscription } from './schemas'

const base: RhipeSubscription = {
  SubscriptionId: 'sub-1',
  Status: 'Active',
  ProductId: 'CFQ7TTC0LF8Q:0001:P3Y:P1Y',
  ProductName: 'Microsoft 365 E3',
  Quantity: 5,
  FirstPurchased: '2025-02-03T08:30:00.000+10:00',
  DisplayTemplate: 'Office',
  BillingCycle: 'Annual',
  BillingCycleDuration: 1,
}

describe('normaliseRhipeSubscription', () => {
  it('reads a three-year term billed annually', () => {
    expect(normaliseRhipeSubscription(base, '310001')).toMatchObject({
      termMonths: 36,
      billingCycle: 'annual',
      sku: 'CFQ7TTC0LF8Q:0001',
    })
  })

  it.each([
    ['Cancelled', 'cancelled'],
    ['Deleted', 'deleted'],
    ['SUSPENDED', 'suspended'],
    ['Pending', 'pending'],
    ['Frozen', 'pending'],
    [null, 'pending'],
  ] as const)('reads status %s as %s', (status, expected) => {
    expect(normaliseRhipeSubscription({ ...base, Status: status }, '1').status).toBe(expected)
  })

  it('marks a Microsoft trial offer as a trial', () => {
    expect(
      normaliseRhipeSubscription({ ...base, ProductName: 'Microsoft 365 E3 Trial' }, '1').trial,
    ).toBe(true)
    expect(normaliseRhipeSubscription(base, '1').trial).toBeUndefined()
  })

  it('reads Monthly × 3 as quarterly and falls back to the product id when BillingCycle is missing', () => {
    expect(
      normaliseRhipeSubscription({ ...base, BillingCycle: 'Monthly', BillingCycleDuration: 3 }, '1')
        .billingCycle,
    ).toBe('quarterly')
    expect(normaliseRhipeSubscription({ ...base, BillingCycle: null }, '1').billingCycle).toBe(
      'annual',
    )
  })

  it('names a subscription by its product id when PRISM gives no product name', () => {
    expect(normaliseRhipeSubscription({ ...base, ProductName: null }, '1').name).toBe(
      'CFQ7TTC0LF8Q:0001:P3Y:P1Y',
    )
  })

  it('leaves the start date unset when FirstPurchased is not a date', () => {
    expect(
      normaliseRhipeSubscription({ ...base, FirstPurchased: 'soon' }, '1').startDate,
    ).toBeUndefined()
  })
})
