import { describe, expect, it } from 'vitest'
import type { BillingLine } from '../model/billing'
import type { Register, Subscription } from '../model/register'
import { applyOperations } from '../operations/apply-operations'
import { billingLine, customer, register, subscription } from '../testing/builders'
import type { Finding } from './finding'
import { reconcile } from './reconcile'

const today = '2026-12-02'
const sub = (id: string, extra: Partial<Subscription> = {}) =>
  subscription(id, 'c1', id.toUpperCase(), { currency: 'AUD', billingLineId: 'l1', ...extra })

function world(subscriptions: Subscription[], lines: BillingLine[] = [billingLine('l1', 'c1')]) {
  return register({ customers: [customer('c1', 'Contoso')], subscriptions, billingLines: lines })
}

function findingsOf(r: Register, settings = {}): Finding[] {
  return reconcile(r, { today, ...settings }).findings
}

const kinds = (r: Register, settings = {}) => findingsOf(r, settings).map((f) => f.kind)

describe('reconcile: which lines and subscriptions take part', () => {
  it('a line takes part when active, recurring and within its dates', () => {
    const over = (line: Partial<BillingLine>) =>
      kinds(world([sub('s1', { quantity: 4 })], [billingLine('l1', 'c1', line)]))
    expect(over({})).toEqual(['over-billed'])
    expect(over({ inactive: true })).toEqual(['unbilled'])
    expect(over({ period: 'one-time' })).toEqual(['unbilled'])
    expect(over({ endDate: '2026-12-01' })).toEqual(['unbilled'])
    expect(over({ startDate: '2026-12-03' })).toEqual(['unbilled'])
  })

  it('a linked subscription counts when active, not a trial and not marked not billable', () => {
    const two = (extra: Partial<Subscription>) =>
      findingsOf(world([sub('s1', { quantity: 6 }), sub('s2', { quantity: 6, ...extra })]))
    expect(two({})).toEqual([
      expect.objectContaining({ kind: 'under-billed', distributorQuantity: 12 }),
    ])
    expect(two({ trial: true })).toEqual([
      expect.objectContaining({ kind: 'over-billed', distributorQuantity: 6 }),
    ])
    expect(two({ notBillable: { reason: 'internal-use' } })[0]?.distributorQuantity).toBe(6)
    expect(two({ status: 'suspended' })[0]?.distributorQuantity).toBe(12)
    expect(two({ status: 'cancelled' })[0]?.distributorQuantity).toBe(6)
  })
})

describe('reconcile: finding kinds', () => {
  it('unbilled: a counted subscription with seats and no line is leakage at its price', () => {
    const [f] = findingsOf(
      world([sub('s1', { billingLineId: undefined, quantity: 5, unitPrice: 30 })], []),
    )
    expect(f).toMatchObject({
      kind: 'unbilled',
      distributorQuantity: 5,
      monthlyImpact: 150,
      currency: 'AUD',
    })
    const created = applyOperations(
      world([sub('s1', { billingLineId: undefined, quantity: 5, unitPrice: 30 })], []),
      f?.operations ?? [],
    )
    expect(created.billingLines[0]).toMatchObject({ quantity: 5, unitPrice: 30, currency: 'AUD' })
    expect(created.subscriptions[0]?.billingLineId).toBe(created.billingLines[0]?.id)
    expect(findingsOf(created)).toEqual([])
  })

  it('unbilled: without a price the cost is used, without either no amount', () => {
    const at = (extra: Partial<Subscription>) =>
      findingsOf(world([sub('s1', { billingLineId: undefined, quantity: 2, ...extra })], []))[0]
        ?.monthlyImpact
    expect(at({ unitCost: 12 })).toBe(24)
    expect(at({})).toBeUndefined()
    expect(at({ unitPrice: 120, billingCycle: 'annual' })).toBe(20)
    expect(at({ unitPrice: 5, billingCycle: 'other' })).toBeUndefined()
  })

  it('unbilled: a subscription whose SKU a line of its customer bills is linked to that line', () => {
    const r = world(
      [sub('s1', { billingLineId: undefined, sku: 'CFQ7TTC0LCHC', quantity: 3 })],
      [billingLine('l9', 'c1', { itemCode: 'CFQ7TTC0LCHC', quantity: 0 })],
    )
    const [f] = findingsOf(r)
    expect(f?.operations).toEqual([
      {
        op: 'linkSubscription',
        subscriptionId: 's1',
        before: { billingLineId: null },
        after: { billingLineId: 'l9' },
      },
    ])
  })

  it('unbilled: never links to a line that already bills another subscription', () => {
    // Found in the sandbox: approving every "not billed" finding linked a customer's second copy
    // of a product to the first copy's line, which then read "60 seats … bills 8".
    const r = world(
      [
        sub('s1', { sku: 'CFQ7TTC0LCHC', quantity: 8 }),
        sub('s2', { billingLineId: undefined, sku: 'CFQ7TTC0LCHC', quantity: 52, unitPrice: 30 }),
      ],
      [billingLine('l1', 'c1', { itemCode: 'CFQ7TTC0LCHC', quantity: 8, quantityRule: 'fixed' })],
    )
    const [f] = findingsOf(r)
    expect(f?.kind).toBe('unbilled')
    expect(f?.operations.map((op) => op.op)).toEqual(['createBillingLine', 'linkSubscription'])
    expect(f?.operations[1]).toMatchObject({
      after: { billingLineId: expect.not.stringMatching(/^l1$/) },
    })
    expect(f?.reasons.join(' ')).toContain(
      '"Microsoft 365 Business Premium" already bills another subscription, so it is not linked there.',
    )
    // Approved, the customer is billed both, and nothing reads under-billed.
    expect(kinds(applyOperations(r, f?.operations ?? []))).toEqual([])
  })

  it('unbilled: subscriptions competing for one free line are left for a person to choose', () => {
    // The same product from three distributors (the sandbox served by three of them), one line.
    const r = world(
      ['s1', 's2', 's3'].map((id) =>
        sub(id, { billingLineId: undefined, sku: 'CFQ7TTC0LCHC', quantity: 10 }),
      ),
      [billingLine('l1', 'c1', { itemCode: 'CFQ7TTC0LCHC', quantity: 10, quantityRule: 'fixed' })],
    )
    const found = findingsOf(r)
    expect(found.map((f) => [f.kind, f.operations])).toEqual([
      ['unbilled', []],
      ['unbilled', []],
      ['unbilled', []],
    ])
    expect(found[0]?.reasons.join(' ')).toContain(
      '"Microsoft 365 Business Premium" bills item code CFQ7TTC0LCHC and no subscription yet, and 2 other subscriptions of this customer could be billed on it too: choose which on the customer\'s Billing tab, or mark it not billable.',
    )
  })

  it('unbilled: of rivals for free lines, each is linked to the one line of its own quantity', () => {
    const r = world(
      [
        sub('s1', { billingLineId: undefined, sku: 'X', quantity: 12 }),
        sub('s2', { billingLineId: undefined, sku: 'X', quantity: 30 }),
      ],
      [
        billingLine('l1', 'c1', { itemCode: 'X', quantity: 30, quantityRule: 'fixed' }),
        billingLine('l2', 'c1', { itemCode: 'X', quantity: 12, quantityRule: 'fixed' }),
      ],
    )
    const links = findingsOf(r).flatMap((f) => f.operations)
    expect(
      links.map(
        (op) => op.op === 'linkSubscription' && [op.subscriptionId, op.after.billingLineId],
      ),
    ).toEqual(
      expect.arrayContaining([
        ['s1', 'l2'],
        ['s2', 'l1'],
      ]),
    )
    expect(kinds(applyOperations(r, links))).toEqual([])
  })

  it('unbilled: a subscription linked to an inactive line is unbilled', () => {
    expect(kinds(world([sub('s1')], [billingLine('l1', 'c1', { inactive: true })]))).toEqual([
      'unbilled',
    ])
  })

  it("unbilled: a link to another customer's line bills nothing", () => {
    const r = register({
      customers: [customer('c1', 'Contoso'), customer('c2', 'Fabrikam')],
      subscriptions: [sub('s1')],
      billingLines: [billingLine('l1', 'c2')],
    })
    expect(findingsOf(r).map((f) => [f.kind, f.customerId])).toEqual([['unbilled', 'c1']])
  })

  it('under-billed: linked seats minus free above the billed quantity is leakage at the line price', () => {
    const [f] = findingsOf(
      world([sub('s1', { quantity: 14 })], [billingLine('l1', 'c1', { freeQuantity: 2 })]),
    )
    expect(f).toMatchObject({
      kind: 'under-billed',
      distributorQuantity: 14,
      billedQuantity: 10,
      monthlyImpact: 60,
    })
    expect(f?.operations).toEqual([
      { op: 'updateBillingLine', lineId: 'l1', before: { quantity: 10 }, after: { quantity: 12 } },
    ])
  })

  it('under-billed: the minimum quantity is respected', () => {
    const [f] = findingsOf(
      world(
        [sub('s1', { quantity: 3 })],
        [billingLine('l1', 'c1', { quantity: 2, minimumQuantity: 5 })],
      ),
    )
    expect(f).toMatchObject({ kind: 'under-billed', monthlyImpact: 90 })
  })

  it('over-billed: a line billing more than the linked seats is an overcharge', () => {
    const [f] = findingsOf(world([sub('s1', { quantity: 7 })]))
    expect(f).toMatchObject({ kind: 'over-billed', monthlyImpact: -90, billedQuantity: 10 })
  })

  it('over-billed: not reported while the line is at its minimum', () => {
    expect(
      kinds(
        world(
          [sub('s1', { quantity: 2 })],
          [billingLine('l1', 'c1', { quantity: 5, minimumQuantity: 5 })],
        ),
      ),
    ).toEqual([])
  })

  it('billed-after-cancellation: an active line whose linked subscriptions are all gone', () => {
    const [f] = findingsOf(
      world([sub('s1', { status: 'cancelled' }), sub('s2', { active: false, status: 'deleted' })]),
    )
    expect(f).toMatchObject({
      kind: 'billed-after-cancellation',
      monthlyImpact: -300,
      distributorQuantity: 0,
    })
    expect(f?.reasons[0]).toContain('is cancelled')
    expect(f?.operations).toEqual([
      {
        op: 'updateBillingLine',
        lineId: 'l1',
        before: { inactive: false },
        after: { inactive: true },
      },
    ])
  })

  it('bills-trial: a line billing only a running trial is said to bill a trial, not to bill after a cancellation', () => {
    const [f] = findingsOf(world([sub('s1', { trial: true, quantity: 25 })]))
    expect(f).toMatchObject({ kind: 'bills-trial', monthlyImpact: -300, distributorQuantity: 0 })
    expect(f?.reasons).toEqual([
      `"Microsoft 365 Business Premium" bills 10 seats, but ArrowSphere's Microsoft 365 Business Premium is a trial: the distributor charges nothing for it until the trial converts to a paid subscription.`,
      'Approving makes the line inactive; bill the subscription once it is paid.',
    ])
    expect(f?.operations).toEqual([
      {
        op: 'updateBillingLine',
        lineId: 'l1',
        before: { inactive: false },
        after: { inactive: true },
      },
    ])
  })

  it('billed-after-cancellation: a trial that was cancelled, or one beside a cancelled subscription, is billed after cancellation', () => {
    expect(kinds(world([sub('s1', { trial: true, status: 'cancelled' })]))).toEqual([
      'billed-after-cancellation',
    ])
    expect(kinds(world([sub('s1', { trial: true }), sub('s2', { status: 'cancelled' })]))).toEqual([
      'billed-after-cancellation',
    ])
  })

  it('billed-after-cancellation: linked subscriptions at quantity 0 count as cancelled, not over-billed', () => {
    expect(kinds(world([sub('s1', { quantity: 0 })]))).toEqual(['billed-after-cancellation'])
  })

  it('a linked line kept in Seatkeeper bills its linked seats, so it is never under- or over-billed', () => {
    // The Billing tab says such a line "Follows 14 linked seats": reconcile reads it the same way,
    // whatever quantity it was last written with (here 10).
    const linked = (extra: Partial<BillingLine>) =>
      world(
        [sub('s1', { quantity: 14 })],
        [billingLine('l1', 'c1', { quantityRule: 'linked', ...extra })],
      )
    expect(findingsOf(linked({}))).toEqual([])
    expect(findingsOf(linked({ source: { kind: 'csv' }, quantity: 20 }))).toEqual([])
    // Its billed quantity is what it bills: the seats less the free ones, at least the minimum.
    const costly = world(
      [sub('s1', { quantity: 14, unitCost: 20 })],
      [billingLine('l1', 'c1', { quantityRule: 'linked', freeQuantity: 2, unitPrice: 10 })],
    )
    const [below] = findingsOf(costly)
    expect(below).toMatchObject({ kind: 'below-cost', billedQuantity: 12, distributorQuantity: 14 })
  })

  it("a PSA's licence-linked line is compared like a fixed line: the PSA bills its licence count", () => {
    // Halo sets a licence-linked line's quantity from its own licence count when it invoices
    // ([H6]–[H8]); the import holds that count as the line's quantity, and it lags the distributor
    // until written back.
    const source = { kind: 'psa', psa: 'halopsa', connectionId: 'p', externalId: '1' } as const
    const [f] = findingsOf(
      world(
        [sub('s1', { quantity: 14 })],
        [billingLine('l1', 'c1', { quantityRule: 'linked', source })],
      ),
    )
    expect(f).toMatchObject({ kind: 'under-billed', billedQuantity: 10, distributorQuantity: 14 })
  })

  it('billed-after-cancellation: a linked line whose subscriptions are all gone bills only its minimum', () => {
    const gone = (extra: Partial<BillingLine>) =>
      findingsOf(
        world(
          [sub('s1', { status: 'cancelled' })],
          [billingLine('l1', 'c1', { quantityRule: 'linked', ...extra })],
        ),
      )
    expect(gone({})).toEqual([])
    const [f] = gone({ minimumQuantity: 3 })
    expect(f).toMatchObject({
      kind: 'billed-after-cancellation',
      billedQuantity: 3,
      monthlyImpact: -90,
    })
    expect(f?.reasons[0]).toContain('still bills 3 seats (its minimum)')
  })

  it('below-cost: a price per seat per month under the highest linked cost is leakage', () => {
    const [f] = findingsOf(
      world([sub('s1', { unitCost: 33 })], [billingLine('l1', 'c1', { unitPrice: 30 })]),
    )
    expect(f).toMatchObject({ kind: 'below-cost', monthlyImpact: 30 })
    expect(f?.operations[0]).toMatchObject({ after: { unitPrice: 33, unitCost: 33 } })
  })

  it('words: every amount in the reasons is written by the money formatter given', () => {
    const r = world(
      [sub('s1', { unitCost: 33 }), sub('s2', { billingLineId: undefined, unitPrice: 7.5 })],
      [billingLine('l1', 'c1', { unitPrice: 30 })],
    )
    const written = (amount: number, currency: string) => `<${currency} ${amount}>`
    const reasons = Object.fromEntries(
      reconcile(r, { today }, { money: written }).findings.map((f) => [f.kind, f.reasons]),
    )
    expect(reasons).toEqual({
      'below-cost': [
        'ArrowSphere\'s Microsoft 365 Business Premium costs <AUD 33> a seat a month; "Microsoft 365 Business Premium" charges <AUD 30>: below cost, <AUD 30> a month lost on 10 seats.',
        'Approving sets the price to <AUD 33> per monthly period (the cost).',
      ],
      unbilled: [
        "ArrowSphere's Microsoft 365 Business Premium has 10 seats and is not billed on any active line of this customer.",
        'At its price that is <AUD 75> a month not collected.',
        "Approving creates a line of 10 seats at <AUD 7.5> per monthly period (the distributor's price); check the price first.",
      ],
    })
    // Without one, "30.00 AUD": the same words for the edge and the tests.
    const belowCost = findingsOf(r).find((f) => f.kind === 'below-cost')
    expect(belowCost?.reasons[0]).toContain('charges 30.00 AUD')
  })

  it('below-cost: periods are normalised to a month (an annual price against a monthly cost)', () => {
    const line = billingLine('l1', 'c1', { period: 'annual', unitPrice: 300 })
    const [f] = findingsOf(world([sub('s1', { unitCost: 30 })], [line]))
    expect(f).toMatchObject({ kind: 'below-cost', monthlyImpact: 50 })
    expect(kinds(world([sub('s1', { unitCost: 300, billingCycle: 'annual' })], [line]))).toEqual([])
  })

  it('margin-below-floor: above cost but under the floor, with no amount', () => {
    const r = world([sub('s1', { unitCost: 27 })])
    expect(kinds(r)).toEqual([])
    const [f] = findingsOf(r, { marginFloor: 0.15 })
    expect(f).toMatchObject({ kind: 'margin-below-floor' })
    expect(f?.monthlyImpact).toBeUndefined()
    expect(f?.operations[0]).toMatchObject({ after: { unitPrice: 31.77 } })
  })

  it('currency-mismatch: reported with no amount and no other findings for the line', () => {
    const [f, ...rest] = findingsOf(
      world([sub('s1', { currency: 'USD', quantity: 15, unitCost: 90 })]),
    )
    expect(f).toMatchObject({ kind: 'currency-mismatch' })
    expect(f?.monthlyImpact).toBeUndefined()
    expect(rest).toEqual([])
  })

  it('currency-mismatch: an unknown currency is not a mismatch; quantities are compared, costs are not', () => {
    expect(kinds(world([sub('s1', { currency: undefined, quantity: 12, unitCost: 90 })]))).toEqual([
      'under-billed',
    ])
  })

  it('trials are never billed and never counted as leakage', () => {
    const r = world(
      [sub('s1', { billingLineId: undefined, trial: true, quantity: 25, unitPrice: 30 })],
      [],
    )
    expect(reconcile(r, { today }).findings).toEqual([])
  })

  it('a trial never makes a billing finding of its own, alone or beside paid seats on a line', () => {
    const trial = { trial: true, quantity: 25, unitPrice: 30, unitCost: 20 }
    // Unlinked with a price, linked to a line billing nothing, and beside 10 paid seats billed right.
    expect(findingsOf(world([sub('s1', { ...trial, billingLineId: undefined })], []))).toEqual([])
    expect(
      findingsOf(world([sub('s1', trial)], [billingLine('l1', 'c1', { quantity: 0 })])),
    ).toEqual([])
    expect(findingsOf(world([sub('s1', trial), sub('s2', { quantity: 10 })]))).toEqual([])
  })
})

describe('reconcile: fingerprints, dismissals, order and totals', () => {
  it('a finding keeps its id while its numbers stay the same, and a new quantity makes a new one', () => {
    const first = findingsOf(world([sub('s1', { quantity: 12 })]))[0]?.id
    expect(findingsOf(world([sub('s1', { quantity: 12, name: 'Renamed' })]))[0]?.id).toBe(first)
    expect(findingsOf(world([sub('s1', { quantity: 13 })]))[0]?.id).not.toBe(first)
  })

  it('a dismissed finding is hidden until its fingerprint changes', () => {
    const r = world([sub('s1', { quantity: 12 })])
    const [f] = findingsOf(r)
    const dismissed = applyOperations(r, [
      {
        op: 'dismissFinding',
        after: { findingId: f?.id ?? '', reason: 'Agreed', by: 'ann', at: '2026-12-02T08:00:00Z' },
      },
    ])
    expect(reconcile(dismissed, { today })).toMatchObject({
      findings: [],
      totals: { byCurrency: {} },
    })
    const changed = { ...dismissed, subscriptions: [sub('s1', { quantity: 13 })] }
    expect(kinds(changed)).toEqual(['under-billed'])
  })

  it('findings are ordered by money at stake, those without an amount last', () => {
    const r = register({
      customers: [customer('c1', 'Contoso')],
      subscriptions: [
        sub('s1', { quantity: 11 }),
        sub('s2', { billingLineId: 'l2', quantity: 20 }),
        sub('s3', { billingLineId: 'l3', currency: 'USD' }),
      ],
      billingLines: [billingLine('l1', 'c1'), billingLine('l2', 'c1'), billingLine('l3', 'c1')],
    })
    expect(findingsOf(r).map((f) => [f.lineId, f.monthlyImpact])).toEqual([
      ['l2', 300],
      ['l1', 30],
      ['l3', undefined],
    ])
  })

  it("a register's copies in another order give the same findings, words and all (the edge keeps insertion order, IndexedDB key order)", () => {
    const window = { startDate: '2026-11-28', termMonths: 12 }
    const subs = [
      sub('s2', { quantity: 8, name: 'Pax8 seats', ...window }),
      sub('s1', { quantity: 7, name: 'ALSO seats', ...window }),
      sub('s3', { quantity: 5, unitCost: 20, billingLineId: 'l2' }),
      sub('s0', { quantity: 5, unitCost: 20, billingLineId: 'l2' }),
    ]
    const lines = [billingLine('l1', 'c1'), billingLine('l2', 'c1', { unitPrice: 10 })]
    const words = (r: Register) => JSON.stringify(findingsOf(r))
    const once = words(world(subs, lines))
    expect(once).toContain('cancellation window')
    expect(words(world([...subs].reverse(), [...lines].reverse()))).toBe(once)
  })

  it('totals add leakage and overcharge per currency and count findings per kind', () => {
    const r = register({
      customers: [customer('c1', 'Contoso')],
      subscriptions: [sub('s1', { quantity: 11 }), sub('s2', { billingLineId: 'l2', quantity: 5 })],
      billingLines: [
        billingLine('l1', 'c1'),
        billingLine('l2', 'c1', { currency: 'AUD', unitPrice: 10 }),
      ],
    })
    const { totals } = reconcile(r, { today })
    expect(totals.byCurrency.AUD).toMatchObject({ leakage: 30, overcharge: -50 })
    expect(totals.counts).toMatchObject({ 'under-billed': 1, 'over-billed': 1, unbilled: 0 })
  })

  it('a subscription inside its new-commerce reduction window says to reduce before the window shuts or keep it to the term end', () => {
    const [f] = findingsOf(
      world([sub('s1', { quantity: 12, startDate: '2026-11-28', termMonths: 12 })]),
    )
    expect(f?.reasons).toContainEqual(
      "ArrowSphere's Microsoft 365 Business Premium was bought on 2026-11-28 and is in its new-commerce cancellation window: reduce before 2026-12-05 or it stays until 2027-11-28.",
    )
    const [renewed] = findingsOf(
      world([sub('s1', { quantity: 12, startDate: '2025-11-30', termMonths: 12 })]),
    )
    expect(renewed?.reasons.join(' ')).toContain(
      'renewed on 2026-11-30 and is in its new-commerce cancellation window: reduce before 2026-12-07 or it stays until 2027-11-30.',
    )
    const [noTerm] = findingsOf(world([sub('s1', { quantity: 12, startDate: '2026-11-28' })]))
    expect(noTerm?.reasons.join(' ')).toContain('or it stays until its term ends.')
    const [old] = findingsOf(world([sub('s1', { quantity: 12, startDate: '2026-10-01' })]))
    expect(old?.reasons.join(' ')).not.toContain('cancellation window')
  })

  it('is deterministic: the same register gives the same findings', () => {
    const r = world([
      sub('s1', { quantity: 12, unitCost: 40 }),
      sub('s2', { billingLineId: undefined }),
    ])
    expect(reconcile(r, { today })).toEqual(reconcile(r, { today }))
  })

  it('a finding keeps its reasons and fix through JSON, as the edge and the browser cache store it', () => {
    const r = world([
      sub('s1', { quantity: 12, unitCost: 40 }),
      sub('s2', { billingLineId: undefined }),
    ])
    const findings = reconcile(r, { today }).findings
    const stored = JSON.parse(JSON.stringify(findings)) as Finding[]
    expect(stored.map((f) => f.reasons)).toEqual(findings.map((f) => f.reasons))
    expect(stored.map((f) => f.operations)).toEqual(findings.map((f) => f.operations))
    expect(stored.every((f) => f.reasons.length > 0 && f.operations.length > 0)).toBe(true)
  })
})
