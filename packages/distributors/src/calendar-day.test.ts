import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { normaliseSubscription as normaliseArrowLicense } from './arrowsphere/normalise-subscription'
import { ArrowLicenseSchema, type ArrowLicense } from './arrowsphere/schemas'
import { calendarDay } from './calendar-day'
import { normalisePax8Subscription } from './pax8/normalise-subscription'
import { Pax8SubscriptionSchema } from './pax8/schemas'

// docs/core-rules.md "Renewals and commitments": a subscription's days are the distributor's
// calendar days as written, whatever offset the distributor writes them with.
describe('calendarDay', () => {
  it('keeps the day a date-time was written on, ahead of UTC or behind it', () => {
    // 2026-12-02T13:00Z in UTC, but the distributor's day is the 3rd.
    expect(calendarDay('2026-12-03T00:00:00+11:00')).toBe('2026-12-03')
    // 2026-12-03T04:30Z in UTC, but the distributor's day is the 2nd.
    expect(calendarDay('2026-12-02T23:30:00-05:00')).toBe('2026-12-02')
    expect(calendarDay(' 2026-12-02 ')).toBe('2026-12-02')
  })

  it('gives no day for a value that does not start with one', () => {
    expect(calendarDay('')).toBeUndefined()
    expect(calendarDay(null)).toBeUndefined()
    expect(calendarDay('02/12/2026')).toBeUndefined()
  })
})

describe('subscription dates with an offset, through the normalisers', () => {
  it('ArrowSphere: a licence renewing at local midnight in Sydney renews on that day', () => {
    const license = v.parse(ArrowLicenseSchema, {
      partner_ref: 'XSP1',
      customer_ref: 'XSP-C1',
      offer: 'Microsoft 365 Business Premium',
      status_code: 4,
      seat: 5,
      start_date: '2025-12-03T00:00:00+11:00',
      end_date: '2026-12-02T23:30:00-05:00',
      next_renewal_date: '2026-12-03T00:00:00+11:00',
    }) as ArrowLicense & { seat: number }
    expect(normaliseArrowLicense(license)).toMatchObject({
      startDate: '2025-12-03',
      endDate: '2026-12-02',
      contractEndDate: '2026-12-03',
    })
  })

  it('Pax8: a subscription starting at local midnight in Sydney starts on that day', () => {
    const s = v.parse(Pax8SubscriptionSchema, {
      id: 'p1',
      companyId: 'c1',
      productName: 'Microsoft 365 Business Premium',
      quantity: 5,
      status: 'Active',
      billingTerm: 'Annual',
      startDate: '2025-12-03T00:00:00+11:00',
      endDate: '2026-12-02T23:30:00-0500',
      commitmentTerm: { term: '1-Year', endDate: '2026-12-03T00:00:00+11:00' },
    })
    const normalised = normalisePax8Subscription(s)
    expect(normalised.ok && normalised.value).toMatchObject({
      startDate: '2025-12-03',
      endDate: '2026-12-02',
      contractEndDate: '2026-12-03',
    })
  })
})
