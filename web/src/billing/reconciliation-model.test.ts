import {
  applyOperations,
  emptyRegister,
  parseCsv,
  reconcile,
  type BillingLine,
  type Register,
  type Subscription,
} from '@seatkeeper/core'
import { billingLine, subscription } from '@seatkeeper/core/testing'
import { describe, expect, it } from 'vitest'
import {
  approvalOf,
  approvalPlan,
  canApprove,
  dismissedOnly,
  customerChoices,
  filterChoices,
  filterFindings,
  filterFromSearch,
  filterSearch,
  findingRows,
  findingWords,
  findingsToCsv,
  impactWords,
  NO_FILTER,
  sortFindings,
  sortFromSearch,
  sortSearch,
  type FindingSort,
  subscriptionOfFinding,
  withoutDismissals,
} from './reconciliation-model'

const today = '2026-12-02'

const sub = (id: string, customerId: string, extra: Partial<Subscription>): Subscription =>
  subscription(id, customerId, id.toUpperCase(), { currency: 'AUD', ...extra })

const line = (id: string, customerId: string, extra: Partial<BillingLine>): BillingLine =>
  billingLine(id, customerId, extra)

// Contoso is billed 10 seats for 12 at ArrowSphere (60 AUD a month lost); Fabrikam's Pax8
// subscription of 2 seats at 25 EUR has no line (50 EUR a month); Tailspin is billed 5 for 4.
const world: Register = {
  ...emptyRegister(),
  version: 7,
  customers: [
    { id: 'c-1', name: 'Contoso', inactive: false, version: 1 },
    { id: 'c-2', name: 'Fabrikam', inactive: false, version: 1 },
    { id: 'c-3', name: 'Tailspin', inactive: false, version: 1 },
  ],
  subscriptions: [
    sub('s-1', 'c-1', { quantity: 12, billingLineId: 'l-1' }),
    sub('s-2', 'c-2', {
      quantity: 2,
      unitPrice: 25,
      currency: 'EUR',
      distributor: 'Pax8',
      connectionId: 'conn-pax8',
    }),
    sub('s-3', 'c-3', { quantity: 4, billingLineId: 'l-3' }),
  ],
  billingLines: [line('l-1', 'c-1', {}), line('l-3', 'c-3', { quantity: 5 })],
}

const rowsOf = (register: Register) =>
  findingRows(register, reconcile(register, { today }).findings)
const money = (amount: number, currency: string | undefined) => `${amount.toFixed(2)} ${currency}`

describe('reconciliation page model', () => {
  it('says which PSA keeps a finding’s line, where approving writes, so two lines of one name are told apart', () => {
    const halo: BillingLine['source'] = {
      kind: 'psa',
      psa: 'halopsa',
      connectionId: 'conn-halo',
      externalId: '7',
    }
    const rows = rowsOf({
      ...world,
      billingLines: [line('l-1', 'c-1', { source: halo }), line('l-3', 'c-3', { quantity: 5 })],
    })
    expect(rows.map((row) => [row.customerName, row.linePsa])).toEqual([
      ['Contoso', 'HaloPSA'],
      ['Fabrikam', undefined],
      ['Tailspin', undefined],
    ])
  })

  it('names each finding by customer and distributor, largest money at stake first', () => {
    const rows = rowsOf(world)
    expect(rows.map((row) => [row.customerName, row.kindLabel, row.distributors])).toEqual([
      ['Contoso', 'Under-billed', ['ArrowSphere']],
      ['Fabrikam', 'Not billed', ['Pax8']],
      ['Tailspin', 'Over-billed', ['ArrowSphere']],
    ])
    expect(rows.map((row) => impactWords(row.finding, money))).toEqual([
      '60.00 AUD a month not billed',
      '50.00 EUR a month not billed',
      '30.00 AUD a month overcharged',
    ])
  })

  it('calls a line that bills only a running trial "Bills a trial", not "Billed after cancellation"', () => {
    const trialWorld: Register = {
      ...world,
      subscriptions: [
        sub('s-1', 'c-1', { quantity: 12, billingLineId: 'l-1', trial: true }),
        sub('s-3', 'c-3', { quantity: 4, billingLineId: 'l-3', status: 'cancelled' }),
      ],
    }
    const rows = rowsOf(trialWorld)
    expect(rows.map((row) => [row.customerName, row.kindLabel])).toEqual([
      ['Contoso', 'Bills a trial'],
      ['Tailspin', 'Billed after cancellation'],
    ])
    expect(rows[0]?.finding.reasons[0]).toContain('is a trial: the distributor charges nothing')
  })

  it('sorts by money at stake largest or smallest first (no amount last either way) and by customer name', () => {
    // Zed Ltd's finding has no amount: its subscription has no price or cost.
    const r: Register = {
      ...world,
      customers: [...world.customers, { id: 'c-4', name: 'Zed Ltd', inactive: false, version: 1 }],
      subscriptions: [...world.subscriptions, sub('s-9', 'c-4', { quantity: 1 })],
    }
    const { findings } = reconcile(r, { today })
    const words = findingWords(r)
    const order = (sort: FindingSort) =>
      sortFindings(findings, sort, words).map((f) => words.customerName(f.customerId))
    expect(order('')).toEqual(['Contoso', 'Fabrikam', 'Tailspin', 'Zed Ltd'])
    expect(order('money-low')).toEqual(['Tailspin', 'Fabrikam', 'Contoso', 'Zed Ltd'])
    const reversed = {
      ...words,
      customerName: (id: string) => (id === 'c-1' ? 'Zulu' : words.customerName(id)),
    }
    expect(sortFindings(findings, 'customer', reversed).map((f) => f.customerId)).toEqual([
      'c-2',
      'c-3',
      'c-4',
      'c-1',
    ])
  })

  it('keeps the order in the address as ?sort=, the default (money largest first) left out', () => {
    expect(sortFromSearch({ sort: 'customer' })).toBe('customer')
    expect(sortFromSearch({ sort: 'money-low' })).toBe('money-low')
    expect(sortFromSearch({ sort: 'cheapest' })).toBe('')
    expect(sortFromSearch({})).toBe('')
    expect(sortSearch('')).toEqual({ sort: undefined })
    expect(sortSearch('customer')).toEqual({ sort: 'customer' })
  })

  it('filters by kind, customer, distributor and currency, offering only values found', () => {
    const findings = reconcile(world, { today }).findings
    const words = findingWords(world)
    const names = (filter: Partial<typeof NO_FILTER>) =>
      filterFindings(findings, { ...NO_FILTER, ...filter }, words).map(
        (finding) => words.row(finding).customerName,
      )
    expect(names({})).toEqual(['Contoso', 'Fabrikam', 'Tailspin'])
    expect(names({ kind: 'over-billed' })).toEqual(['Tailspin'])
    expect(names({ customerId: 'c-2' })).toEqual(['Fabrikam'])
    expect(names({ distributor: 'ArrowSphere' })).toEqual(['Contoso', 'Tailspin'])
    expect(names({ currency: 'EUR' })).toEqual(['Fabrikam'])
    expect(names({ currency: 'AUD', kind: 'unbilled' })).toEqual([])
    const choices = filterChoices(findings, words)
    expect(choices.kinds.map((kind) => kind.label)).toEqual([
      'Not billed',
      'Under-billed',
      'Over-billed',
    ])
    expect(choices.distributors).toEqual(['ArrowSphere', 'Pax8'])
    expect(customerChoices(findings, words).map((c) => c.label)).toEqual([
      'Contoso',
      'Fabrikam',
      'Tailspin',
    ])
    expect(choices.distributors).toEqual(['ArrowSphere', 'Pax8'])
    expect(choices.currencies).toEqual(['AUD', 'EUR'])
  })

  it('builds a row when it is shown with the same words as the whole list, and tells same-named customers apart in the Customer filter', () => {
    const twins: Register = {
      ...world,
      customers: [
        ...world.customers,
        { id: 'c-4', name: 'Contoso', inactive: false, version: 1, mainSite: { city: 'Leeds' } },
      ],
      subscriptions: [...world.subscriptions, sub('s-4', 'c-4', { quantity: 3 })],
    }
    const findings = reconcile(twins, { today }).findings
    const words = findingWords(twins)
    expect(findings.map((finding) => words.row(finding))).toEqual(findingRows(twins, findings))
    expect(words.row(findings[0]!)).toBe(words.row(findings[0]!))
    expect(customerChoices(findings, words).map((c) => c.label)).toEqual([
      // Only one has a city, so they are numbered in register order (customerLabels).
      'Contoso (1)',
      'Contoso (2)',
      'Fabrikam',
      'Tailspin',
    ])
    expect(words.customerName('c-gone')).toBe('A customer no longer in the register')
  })

  it('reads the filter from the address, and an unknown kind as every kind', () => {
    expect(filterFromSearch({ kind: 'under-billed', currency: 'AUD' })).toEqual({
      ...NO_FILTER,
      kind: 'under-billed',
      currency: 'AUD',
    })
    expect(filterFromSearch({ kind: 'lost-seats', customer: ['c-2', 'c-3'] })).toEqual({
      ...NO_FILTER,
      customerId: 'c-2',
    })
    const filter = { ...NO_FILTER, distributor: 'Pax8' }
    expect(filterFromSearch(filterSearch(filter))).toEqual(filter)
    // The parts not set leave the address.
    expect(filterSearch(filter)).toEqual({
      kind: undefined,
      customer: undefined,
      distributor: 'Pax8',
      currency: undefined,
    })
  })

  it('approving a selection is one reconciliation plan that resolves exactly those findings', () => {
    const rows = rowsOf(world)
    const chosen = rows.filter((row) => row.customerName !== 'Tailspin').map((row) => row.finding)
    const plan = approvalPlan(chosen, world.version)
    expect(plan).toMatchObject({ kind: 'reconciliation', baseVersion: 7 })
    const after = applyOperations(world, plan.operations)
    expect(after.billingLines.find((l) => l.id === 'l-1')?.quantity).toBe(12)
    expect(rowsOf(after).map((row) => row.customerName)).toEqual(['Tailspin'])
  })

  it('approving on a newer register takes only the chosen findings still the same there', () => {
    const [contoso, fabrikam] = rowsOf(world).map((row) => row.finding)
    const ids = new Set([contoso?.id ?? '', fabrikam?.id ?? ''])
    // Meanwhile Contoso got a 13th seat: its finding has new numbers, so a new fingerprint.
    const moved: Register = {
      ...world,
      version: 9,
      subscriptions: world.subscriptions.map((s) => (s.id === 's-1' ? { ...s, quantity: 13 } : s)),
    }
    const { plan, missing } = approvalOf(reconcile(moved, { today }).findings, ids, moved.version)
    expect(missing).toBe(1)
    expect(plan.baseVersion).toBe(9)
    const after = applyOperations(moved, plan.operations)
    expect(after.billingLines.find((l) => l.id === 'l-1')?.quantity).toBe(10)
    expect(rowsOf(after).map((row) => row.customerName)).toEqual(['Contoso', 'Tailspin'])
  })

  it('a "not billed" finding may instead mark its subscription not billable; other kinds may not', () => {
    const rows = rowsOf(world)
    const notBilled = rows.find((row) => row.kindLabel === 'Not billed')
    expect(notBilled && subscriptionOfFinding(world, notBilled.finding)?.id).toBe('s-2')
    const others = rows.filter((row) => row.kindLabel !== 'Not billed')
    expect(others.length).toBeGreaterThan(0)
    expect(others.map((row) => subscriptionOfFinding(world, row.finding))).toEqual(
      others.map(() => undefined),
    )
  })

  it('a currency mismatch has nothing to approve', () => {
    const mismatch: Register = {
      ...world,
      subscriptions: [sub('s-1', 'c-1', { billingLineId: 'l-1', currency: 'USD' })],
      billingLines: [line('l-1', 'c-1', {})],
    }
    const [row] = rowsOf(mismatch)
    expect(row?.kindLabel).toBe('Currency mismatch')
    expect(row && canApprove(row.finding)).toBe(false)
    expect(row && impactWords(row.finding, money)).toBe('No amount: the currencies differ')
    expect(approvalPlan(row ? [row.finding] : [], 1).operations).toEqual([])
  })

  it('says "the currencies differ" only for a currency mismatch; another finding with no amount says why it has none', () => {
    const noAmounts: Register = {
      ...world,
      subscriptions: [
        sub('s-1', 'c-1', { billingLineId: 'l-1', currency: 'USD' }),
        // No price and no cost from the distributor: nothing to put a figure on.
        sub('s-2', 'c-2', {}),
        // 28 AUD cost against 30 AUD billed: a 6.7 % margin, under a floor of 15 %.
        sub('s-3', 'c-3', { quantity: 5, billingLineId: 'l-3', unitCost: 28 }),
      ],
      billingLines: [line('l-1', 'c-1', {}), line('l-3', 'c-3', { quantity: 5 })],
    }
    const { findings } = reconcile(noAmounts, { today, marginFloor: 0.15 })
    const words = findings.map((finding) => [finding.kind, impactWords(finding, money)])
    expect(words).toEqual(
      expect.arrayContaining([
        ['currency-mismatch', 'No amount: the currencies differ'],
        ['unbilled', 'No amount: the distributor gives no price or cost'],
        ['margin-below-floor', 'No amount: the margin is under the floor'],
      ]),
    )
    expect(words).toHaveLength(3)
    expect(impactWords({ kind: 'under-billed', currency: 'AUD' }, money)).toBe(
      'No amount worked out',
    )
  })

  it('lists the dismissed findings apart, so they can be restored', () => {
    const [first] = rowsOf(world)
    const dismissed: Register = {
      ...world,
      dismissals: [
        {
          findingId: first?.finding.id ?? '',
          reason: 'Agreed',
          by: 'u',
          at: '2026-12-01T00:00:00Z',
        },
      ],
    }
    expect(rowsOf(dismissed).map((row) => row.customerName)).toEqual(['Fabrikam', 'Tailspin'])
    const all = reconcile(withoutDismissals(dismissed), { today }).findings
    expect(
      findingRows(dismissed, dismissedOnly(dismissed, all)).map((r) => r.customerName),
    ).toEqual(['Contoso'])
  })

  it('exports what is shown as CSV a spreadsheet reads, with names and words', () => {
    const rows = parseCsv(findingsToCsv(rowsOf(world))).records.map((row) => row.cells)
    expect(rows[0]).toEqual([
      'kind',
      'customer',
      'distributors',
      'distributor quantity',
      'billed quantity',
      'money per month',
      'currency',
      'reasons',
    ])
    expect(rows[1]?.slice(0, 7)).toEqual([
      'Under-billed',
      'Contoso',
      'ArrowSphere',
      '12',
      '10',
      '60',
      'AUD',
    ])
    expect(rows[3]?.[5]).toBe('-30')
  })
})
