import type { BillingLine, BillingTotals } from '@seatkeeper/core'
import { runInDurableObject } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { registerStub } from '../../src/register/register-stub'
import { call, snapshot, uniqueId } from '../register/register-api'
import { customerWithSubscription, lineInput, send } from './billing-api'

const totals = async () => (await call('GET', '/api/billing/totals')).body as BillingTotals
const count = (t: BillingTotals, kind: keyof BillingTotals['counts']) => t.counts[kind] ?? 0

describe('/api/billing/settings', () => {
  it('PUT /api/billing/settings keeps the margin floor and auto-accept threshold', async () => {
    const put = await send('PUT', '/api/billing/settings', {
      marginFloor: 0.15,
      autoAcceptThreshold: 0.95,
    })
    expect(put.status).toBe(200)
    expect((await call('GET', '/api/billing/settings')).body).toEqual({
      marginFloor: 0.15,
      autoAcceptThreshold: 0.95,
      // Not sent: the renewal lead times read as their defaults.
      renewals: { leadDays: [30, 7], windowWarnHours: 48 },
    })
  })

  it('PUT /api/billing/settings keeps the renewal lead times, largest first and each once', async () => {
    const put = await send('PUT', '/api/billing/settings', {
      renewals: { leadDays: [7, 60, 7, 14], windowWarnHours: 72 },
    })
    expect(put.status).toBe(200)
    expect((await call('GET', '/api/billing/settings')).body).toEqual({
      renewals: { leadDays: [60, 14, 7], windowWarnHours: 72 },
    })
  })

  it.each([
    ['a negative lead time', [-7], /at least 1 day/],
    ['a lead time over a year', [30, 400], /at most 365 days/],
    ['a lead time in part days', [7.5], /whole number of days/],
    ['no lead time at all', [], /at least one renewal lead time/],
  ])(
    'PUT /api/billing/settings answers 400 naming the renewal lead times for %s',
    async (_, leadDays, said) => {
      const before = (await call('GET', '/api/billing/settings')).body
      const answer = await send('PUT', '/api/billing/settings', {
        renewals: { leadDays, windowWarnHours: 48 },
      })
      expect(answer.status).toBe(400)
      expect(answer.body.error.field).toMatch(/^renewals\.leadDays/)
      expect(answer.body.error.message).toMatch(said)
      expect((await call('GET', '/api/billing/settings')).body).toEqual(before)
    },
  )

  it('PUT /api/billing/settings answers 400 naming the window warning when it is longer than the window', async () => {
    const answer = await send('PUT', '/api/billing/settings', {
      renewals: { leadDays: [30], windowWarnHours: 200 },
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error).toMatchObject({
      field: 'renewals.windowWarnHours',
      message: expect.stringMatching(/at most 168 hours/),
    })
  })

  it.each([
    ['marginFloor', { marginFloor: 1.5 }, /99 % or less/],
    ['autoAcceptThreshold', { autoAcceptThreshold: 0.5 }, /90 % \(0\.9\) or more/],
  ])(
    'PUT /api/billing/settings answers 400 naming %s when out of range',
    async (field, bad, said) => {
      const before = (await call('GET', '/api/billing/settings')).body
      const answer = await send('PUT', '/api/billing/settings', bad)
      expect(answer.status).toBe(400)
      expect(answer.body.error.field).toBe(field)
      expect(answer.body.error.message).toMatch(said)
      expect((await call('GET', '/api/billing/settings')).body).toEqual(before)
    },
  )
})

describe('/api/billing/totals', () => {
  it('GET /api/billing/totals counts an unbilled subscription, then the leakage of its under-billed line', async () => {
    const start = await totals()
    const { customer, subscription } = await customerWithSubscription(uniqueId('Totals'))

    const unbilled = await totals()
    expect(count(unbilled, 'unbilled')).toBe(count(start, 'unbilled') + 1)

    const line = (await send('POST', '/api/billing/lines', lineInput(customer.id)))
      .body as BillingLine
    await send('PUT', `/api/billing/subscriptions/${subscription.id}/line`, {
      billingLineId: line.id,
    })

    const linked = await totals()
    expect(linked.version).toBe((await snapshot()).version)
    expect(count(linked, 'unbilled')).toBe(count(start, 'unbilled'))
    expect(count(linked, 'under-billed')).toBe(count(start, 'under-billed') + 1)
    // 12 seats at the distributor, 10 billed at 36 AUD a month: 72 AUD a month not collected.
    const leakage = (t: BillingTotals) => t.byCurrency.AUD?.leakage ?? 0
    expect(leakage(linked) - leakage(start)).toBeCloseTo(72, 2)
  })

  it('an integrator run leaves the totals worked out for the register it wrote', async () => {
    await customerWithSubscription(uniqueId('Totals Sync'))
    const register = registerStub(env)

    await register.recordSync('conn-totals', { at: new Date().toISOString() })

    const stub = env.REGISTER.get(env.REGISTER.idFromName('register'))
    const kept = await runInDurableObject(stub, async (_, state) =>
      state.storage.sql
        .exec<{ value: string }>("SELECT value FROM meta WHERE key = 'billing-totals'")
        .toArray(),
    )
    expect(kept).toHaveLength(1)
    expect(JSON.parse(kept[0]?.value ?? '{}').version).toBe((await snapshot()).version)
  })
})
