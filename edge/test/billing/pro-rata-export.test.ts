import { parseCsv, type BillingLine } from '@seatkeeper/core'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { app } from '../../src/app'
import { applyNow, call, uniqueId } from '../register/register-api'
import { customerWithSubscription, lineInput, send } from './billing-api'

async function csvOf(path: string) {
  const response = await app.request(`http://127.0.0.1${path}`, {}, { ...env, LOCAL_MODE: 'true' })
  return { status: response.status, text: await response.text() }
}

const DAY = 86_400_000

describe('GET /api/billing/pro-rata.csv', () => {
  it('GET /api/billing/pro-rata.csv charges a mid-month seat addition for the days left in the month', async () => {
    const { customer, subscription } = await customerWithSubscription(uniqueId('Pro Rata'))
    const line = (await send('POST', '/api/billing/lines', lineInput(customer.id)))
      .body as BillingLine
    await send('PUT', `/api/billing/subscriptions/${subscription.id}/line`, {
      billingLineId: line.id,
    })
    // Three seats added by a sync during the month (the run ledger keeps when).
    await applyNow('sync', [
      {
        op: 'updateSubscription',
        subscriptionId: subscription.id,
        before: { quantity: 12 },
        after: { quantity: 15 },
      },
    ])
    const today = new Date().toISOString().slice(0, 10)
    const first = `${today.slice(0, 7)}-01`
    const next = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 1))
    const last = new Date(next.getTime() - DAY).toISOString().slice(0, 10)

    const answer = await csvOf(`/api/billing/pro-rata.csv?start=${first}&end=${last}`)

    expect(answer.status).toBe(200)
    const [header, ...rows] = parseCsv(answer.text).records.map((r) => r.cells)
    expect(header?.slice(0, 3)).toEqual(['Customer', 'Line', 'Item code'])
    const ours = rows.filter((cells) => cells[0] === customer.name)
    const monthDays = Number(last.slice(8, 10))
    const daysLeft = monthDays - Number(today.slice(8, 10)) + 1
    const row = (seats: number) => [
      customer.name,
      'Microsoft 365 Business Premium',
      'M365-BP',
      today,
      last,
      String(seats),
      '36',
      String(daysLeft),
      String(monthDays),
      String(Math.round(((seats * 36 * daysLeft) / monthDays) * 100) / 100),
      'AUD',
      'Sherweb: Microsoft 365 Business Premium',
    ]
    // The 12 seats the subscription arrived with this month, then the 3 added: one charge each.
    expect(ours).toEqual([row(12), row(3)])
  })

  it('GET /api/billing/pro-rata.csv gives no charge for a change outside the period', async () => {
    const { customer } = await customerWithSubscription(uniqueId('Pro Rata Before'))
    const answer = await csvOf('/api/billing/pro-rata.csv?start=2020-01-01&end=2020-01-31')
    expect(answer.status).toBe(200)
    expect(answer.text).not.toContain(customer.name)
  })

  it.each([
    ['start', '?end=2026-01-31'],
    ['start', '?start=1/1/2026&end=2026-01-31'],
    ['end', '?start=2026-02-01&end=2026-01-31'],
  ])('GET /api/billing/pro-rata.csv answers 400 naming %s', async (field, query) => {
    const answer = await call('GET', `/api/billing/pro-rata.csv${query}`)
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe(field)
  })
})
