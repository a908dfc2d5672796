import {
  emptyRegister,
  reconcile,
  type BillingLine,
  type ConnectionView,
  type Register,
  type Subscription,
} from '@seatkeeper/core'
import { billingLine, subscription } from '@seatkeeper/core/testing'
import { describe, expect, it } from 'vitest'
import { reconciliationHref } from '../billing/reconciliation-model'
import { connectionSyncs } from './connection-syncs'
import { costBilledSeries } from './cost-billed-series'
import { distributorBook, marginOf } from './distributor-book'
import { atStake, findingKinds } from './home-findings'

const today = '2026-12-02'

// Subscriptions at 20 AUD cost a seat a month; lines of 10 seats at 25 AUD.
const sub = (id: string, customerId: string, extra: Partial<Subscription>): Subscription =>
  subscription(id, customerId, id.toUpperCase(), { unitCost: 20, currency: 'AUD', ...extra })

const line = (id: string, customerId: string, extra: Partial<BillingLine>): BillingLine =>
  billingLine(id, customerId, { unitPrice: 25, ...extra })

// Contoso: 12 ArrowSphere seats at 20 AUD cost, billed 10 at 25 AUD (under-billed by 2), plus 3
// Pax8 seats at 20 AUD on the same line. Fabrikam: 2 Pax8 seats at 24 EUR a year, not billed.
// Tailspin: an ArrowSphere trial (not counted) and a line linked to nothing, 4 at 30 AUD.
const world: Register = {
  ...emptyRegister(),
  version: 4,
  customers: [
    { id: 'c-1', name: 'Contoso', inactive: false, version: 1 },
    { id: 'c-2', name: 'Fabrikam', inactive: false, version: 1 },
    { id: 'c-3', name: 'Tailspin', inactive: false, version: 1 },
  ],
  subscriptions: [
    sub('s-1', 'c-1', { quantity: 12, billingLineId: 'l-1' }),
    sub('s-2', 'c-1', {
      quantity: 3,
      distributor: 'Pax8',
      connectionId: 'conn-pax8',
      billingLineId: 'l-1',
    }),
    sub('s-3', 'c-2', {
      quantity: 2,
      unitCost: 24,
      billingCycle: 'annual',
      currency: 'EUR',
      distributor: 'Pax8',
      connectionId: 'conn-pax8',
    }),
    sub('s-4', 'c-3', { quantity: 5, trial: true }),
  ],
  billingLines: [
    line('l-1', 'c-1', { quantity: 10 }),
    line('l-2', 'c-3', { quantity: 4, unitPrice: 30, description: 'Support' }),
    // Ended last year: not billed this month.
    line('l-3', 'c-3', { quantity: 9, endDate: '2025-12-31' }),
  ],
}

describe('Home: the book per distributor', () => {
  it('counts customers, subscriptions and seats a reconciliation counts, per distributor and in total', () => {
    const book = distributorBook(world, today)
    expect(book.rows.map((r) => [r.distributor, r.customers, r.subscriptions, r.seats])).toEqual([
      ['ArrowSphere', 1, 1, 12],
      ['Pax8', 2, 2, 5],
    ])
    // Contoso holds subscriptions at both distributors: one customer in the total, not two.
    expect(book.total).toMatchObject({
      distributor: 'All distributors',
      customers: 2,
      subscriptions: 3,
      seats: 17,
    })
  })

  it('prices cost a month per currency and shares a line among its distributors by seats', () => {
    const book = distributorBook(world, today)
    const [arrow, pax8] = book.rows
    // 12 × 20; 3 × 20 and an annual 24 EUR a seat = 2 EUR a month × 2 seats.
    expect(arrow?.cost).toEqual({ AUD: 240 })
    expect(pax8?.cost).toEqual({ AUD: 60, EUR: 4 })
    // 10 × 25 = 250 AUD billed on Contoso's line: 12 of its 15 seats at ArrowSphere, 3 at Pax8.
    expect(arrow?.billed).toEqual({ AUD: 200 })
    expect(pax8?.billed).toEqual({ AUD: 50 })
    // Tailspin's support line bills 120 AUD and belongs to no distributor; the ended line bills nothing.
    expect(book.unlinkedBilled).toEqual({ AUD: 120 })
    expect(book.total.cost).toEqual({ AUD: 300, EUR: 4 })
    expect(book.total.billed).toEqual({ AUD: 370 })
  })

  it('bills a line following its linked seats at those seats, as reconcile reads it', () => {
    // Contoso's line follows its 15 seats: 15 × 25 = 375 AUD, not the 10 it was written with.
    const following: Register = {
      ...world,
      billingLines: world.billingLines.map((l) =>
        l.id === 'l-1' ? { ...l, quantityRule: 'linked' as const } : l,
      ),
    }
    const [arrow, pax8] = distributorBook(following, today).rows
    expect(arrow?.billed).toEqual({ AUD: 300 })
    expect(pax8?.billed).toEqual({ AUD: 75 })
  })

  it('gives the margin per currency, as a share of billed where something is billed', () => {
    const [arrow, pax8] = distributorBook(world, today).rows
    expect(marginOf(arrow!)).toEqual([{ currency: 'AUD', amount: -40, share: -0.2 }])
    // Nothing billed in EUR: the cost is all lost, with no share to speak of.
    expect(marginOf(pax8!)).toEqual([
      { currency: 'AUD', amount: -10, share: -0.2 },
      { currency: 'EUR', amount: -4 },
    ])
  })

  it('counts subscriptions without a known cost, and gives no margin where no cost is known', () => {
    // Imported without price and cost: Contoso's ArrowSphere seats cost nothing known.
    const noCost: Register = {
      ...world,
      subscriptions: world.subscriptions.map((s) => {
        if (s.id !== 's-1') return s
        const { unitCost: _dropped, ...rest } = s
        return rest
      }),
    }
    const [arrow, pax8] = distributorBook(noCost, today).rows
    expect(arrow).toMatchObject({ cost: {}, withoutCost: 1, billed: { AUD: 200 } })
    // Not a 100 % margin: the cost is not known.
    expect(marginOf(arrow!)).toEqual([{ currency: 'AUD' }])
    expect(pax8?.withoutCost).toBe(0)
    // In total Pax8's cost is known and ArrowSphere's is not: the margin is at most billed − cost.
    const { total } = distributorBook(noCost, today)
    expect(total.withoutCost).toBe(1)
    expect(marginOf(total)).toEqual([
      { currency: 'AUD', amount: 310, share: 310 / 370, atMost: true },
      { currency: 'EUR', amount: -4, atMost: true },
    ])
  })

  it('has no rows for a register without subscriptions', () => {
    const book = distributorBook(emptyRegister(), today)
    expect(book.rows).toEqual([])
    expect(book.total).toMatchObject({ customers: 0, seats: 0, cost: {}, billed: {} })
  })

  it('draws one chart per currency, with only the distributors that have money in it', () => {
    const series = costBilledSeries(distributorBook(world, today).rows)
    expect(series).toEqual([
      {
        currency: 'AUD',
        distributors: ['ArrowSphere', 'Pax8'],
        cost: [240, 60],
        billed: [200, 50],
      },
      { currency: 'EUR', distributors: ['Pax8'], cost: [4], billed: [0] },
    ])
  })
})

describe('Home: money at stake and findings', () => {
  it('gives the same money at stake as the reconciliation, overcharge as a positive amount', () => {
    const overbilled: Register = {
      ...world,
      billingLines: [...world.billingLines, line('l-4', 'c-2', { quantity: 1 })],
      subscriptions: world.subscriptions.map((s) =>
        s.id === 's-3' ? { ...s, currency: 'AUD', billingLineId: 'l-4', quantity: 0 } : s,
      ),
    }
    const { totals } = reconcile(overbilled, { today })
    expect(atStake(totals)).toEqual([
      {
        currency: 'AUD',
        leakage: totals.byCurrency.AUD?.leakage,
        overcharge: -(totals.byCurrency.AUD?.overcharge ?? 0),
      },
    ])
    // Contoso is 5 seats short on its 25 AUD line (125 AUD); Fabrikam's line bills a seat it no
    // longer has (25 AUD overcharged).
    expect(atStake(totals)[0]).toMatchObject({ leakage: 125, overcharge: 25 })
  })

  it('lists each kind some finding has, with its count and a link to the list of that kind', () => {
    const { totals } = reconcile(world, { today })
    expect(findingKinds(totals)).toEqual([
      { kind: 'unbilled', label: 'Not billed', count: 1, href: '/reconciliation?kind=unbilled' },
      {
        kind: 'under-billed',
        label: 'Under-billed',
        count: 1,
        href: '/reconciliation?kind=under-billed',
      },
    ])
  })

  it('writes a Reconciliation address with only the parts of the filter that are set', () => {
    expect(reconciliationHref({})).toBe('/reconciliation')
    expect(reconciliationHref({ kind: 'below-cost', currency: 'AUD' })).toBe(
      '/reconciliation?kind=below-cost&currency=AUD',
    )
  })
})

describe('Home: connections', () => {
  const connection = (id: string, name: string, status: ConnectionView['status']) =>
    ({
      id,
      distributor: 'pax8',
      distributorLabel: 'Pax8',
      kind: 'distributor',
      name,
      config: {},
      secrets: {},
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-01T00:00:00Z',
      status,
    }) satisfies ConnectionView

  it('names each connection with its distributor, by name, with its last sync and error', () => {
    const rows = connectionSyncs([
      connection('conn-2', 'Pax8 sandbox', { quarantined: 0 }),
      connection('conn-1', 'Main account', {
        quarantined: 0,
        lastSyncAt: '2026-12-01T03:00:00Z',
        lastError: 'Pax8 rejected the client secret (401).',
      }),
    ])
    expect(rows).toEqual([
      {
        id: 'conn-1',
        name: 'Main account (Pax8)',
        lastSyncAt: '2026-12-01T03:00:00Z',
        lastError: 'Pax8 rejected the client secret (401).',
      },
      { id: 'conn-2', name: 'Pax8 sandbox (Pax8)' },
    ])
  })
})
