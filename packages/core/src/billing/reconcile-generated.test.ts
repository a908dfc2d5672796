import { describe, expect, it } from 'vitest'
import type { BillingLine, BillingPeriod } from '../model/billing'
import type { BillingCycle, SubscriptionStatus } from '../model/external'
import type { Register, Subscription } from '../model/register'
import { billingLine, customer, register, subscription } from '../testing/builders'
import { reconcile, reconcileInSlices } from './reconcile'

const today = '2026-12-02'

/** A small seeded generator (mulberry32): the same register on every run. */
function random(seed: number) {
  let a = seed
  const next = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]) => items[int(items.length)] as T
  const maybe = <T>(chance: number, value: T) => (next() < chance ? value : undefined)
  return { next, int, pick, maybe }
}

const STATUSES: SubscriptionStatus[] = ['active', 'active', 'active', 'suspended', 'cancelled']
const CYCLES: (BillingCycle | undefined)[] = [undefined, 'monthly', 'annual', 'quarterly', 'other']
const PERIODS: BillingPeriod[] = ['monthly', 'monthly', 'annual', 'quarterly', 'triennial']
const SKUS = ['CFQ7TTC0LF8Q', 'CFQ7TTC0LH18', 'CFQ7TTC0LDPB', 'AAD-P1']
const START_DATES = ['2026-11-28', '2025-11-30', '2026-10-01', '2026-12-05', '2024-12-01']

/**
 * Every rule at once over a register of 60 customers: lines fed by zero to four subscriptions in
 * any state, minimums and free seats, other periods and currencies, lines outside their dates,
 * links to missing or other customers' lines, SKUs a line already bills, and many findings of the
 * same amount (ordered by id).
 */
function generatedRegister(seed: number): Register {
  const r = random(seed)
  const customers = Array.from({ length: 60 }, (_, i) => customer(`c${i}`, `Customer ${i}`))
  const billingLines: BillingLine[] = []
  const subscriptions: Subscription[] = []
  for (const c of customers) {
    const lines = r.int(6)
    for (let l = 0; l < lines; l++) {
      const id = `${c.id}-l${l}`
      billingLines.push(
        billingLine(id, c.id, {
          description: `${c.name} line ${l}`,
          quantity: r.int(12),
          unitPrice: r.pick([30, 30, 12.5, 8, 0, 99.99]),
          currency: r.pick(['AUD', 'AUD', 'AUD', 'USD']),
          period: r.pick(PERIODS),
          itemCode: r.maybe(0.5, r.pick(SKUS)),
          minimumQuantity: r.maybe(0.15, r.int(6)),
          freeQuantity: r.maybe(0.1, r.int(3)),
          inactive: r.next() < 0.05,
          endDate: r.maybe(0.05, '2026-11-30'),
          ...(r.next() < 0.03 ? { period: 'one-time' as const } : {}),
        }),
      )
    }
    const subs = r.int(9)
    for (let s = 0; s < subs; s++) {
      const status = r.pick(STATUSES)
      const link = r.next()
      subscriptions.push(
        subscription(`${c.id}-s${s}`, c.id, `X-${c.id}-${s}`, {
          name: r.pick(['Microsoft 365 Business Premium', 'Exchange Online', 'Entra ID P1']),
          distributor: r.pick(['ArrowSphere', 'Dicker Data']),
          sku: r.maybe(0.6, r.pick(SKUS)),
          status,
          active: status !== 'cancelled' || r.next() < 0.5,
          quantity: r.pick([0, 1, 2, 5, 5, 10, 10, 25]),
          trial: r.maybe(0.05, true),
          notBillable: r.maybe(0.05, { reason: 'internal-use' as const }),
          unitCost: r.maybe(0.7, r.pick([10, 22, 28.5, 31, 100 / 3])),
          unitPrice: r.maybe(0.5, r.pick([30, 36, 12])),
          currency: r.maybe(0.9, r.pick(['AUD', 'AUD', 'AUD', 'USD'])),
          billingCycle: r.pick(CYCLES),
          startDate: r.maybe(0.4, r.pick(START_DATES)),
          termMonths: r.maybe(0.3, r.pick([1, 12, 36])),
          billingLineId:
            lines > 0 && link < 0.75
              ? `${c.id}-l${r.int(lines)}`
              : link < 0.8
                ? r.pick(['missing-line', 'c0-l0', 'c1-l1'])
                : undefined,
        }),
      )
    }
  }
  return register({ customers, subscriptions, billingLines })
}

/** One finding a line, as JSON (its words and fix included), then the totals. */
function written(r: Register) {
  const { findings, totals } = reconcile(r, { today, marginFloor: 0.2 })
  return [...findings.map((f) => JSON.stringify(f)), JSON.stringify(totals)].join('\n') + '\n'
}

describe('reconcile over a generated register', () => {
  it('gives the findings, words, fixes, order and totals it gave when this test was written', async () => {
    const r = generatedRegister(14)
    const kinds = new Set(reconcile(r, { today, marginFloor: 0.2 }).findings.map((f) => f.kind))
    // The register exercises every kind, so the file below pins every rule's words.
    expect([...kinds].sort()).toEqual([
      'below-cost',
      'billed-after-cancellation',
      'bills-trial',
      'currency-mismatch',
      'margin-below-floor',
      'over-billed',
      'unbilled',
      'under-billed',
    ])
    await expect(written(r)).toMatchFileSnapshot('./__snapshots__/reconcile-generated.jsonl')
  })

  it('leaves out exactly the dismissed findings, the others unchanged', () => {
    const r = generatedRegister(14)
    const all = reconcile(r, { today, marginFloor: 0.2 }).findings
    const dismissed = all.filter((_, i) => i % 5 === 0)
    const withDismissals: Register = {
      ...r,
      dismissals: dismissed.map((f) => ({
        findingId: f.id,
        reason: 'Agreed with the customer',
        by: 'ann',
        at: '2026-12-02T08:00:00Z',
      })),
    }
    const shown = reconcile(withDismissals, { today, marginFloor: 0.2 }).findings
    expect(JSON.stringify(shown)).toBe(JSON.stringify(all.filter((_, i) => i % 5 !== 0)))
  })

  it('reconciles in slices to the very same findings and totals, pausing between slices', async () => {
    const r = generatedRegister(14)
    const whole = reconcile(r, { today, marginFloor: 0.2 })
    let pauses = 0
    const sliced = await reconcileInSlices(
      r,
      { today, marginFloor: 0.2 },
      {},
      async () => {
        pauses++
      },
      7,
    )
    expect(JSON.stringify(sliced)).toBe(JSON.stringify(whole))
    // Every 7 of the register's subscriptions and taking-part lines, once before the end, and
    // every 7 again while working out the lines its unbilled findings may link to (left to the
    // first unbilled finding's words, that was one long task on the page).
    expect(sliced.findings.some((f) => f.kind === 'unbilled')).toBe(true)
    expect(pauses).toBeGreaterThan(Math.floor((2 * r.subscriptions.length) / 7))
  })
})
