import {
  emptyRegister,
  reconcile,
  type BillingLine,
  type Register,
  type Subscription,
} from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { customerBilling, customerLinkSuggestions, sourceWords } from './customer-billing'

const today = '2026-12-02'

const sub = (id: string, customerId: string, extra: Partial<Subscription> = {}): Subscription => ({
  id,
  customerId,
  connectionId: 'conn-pax8',
  distributor: 'Pax8',
  externalId: id.toUpperCase(),
  name: 'Microsoft 365 Business Premium',
  sku: 'CFQ7TTC0LCHC',
  status: 'active',
  quantity: 10,
  active: true,
  version: 1,
  currency: 'AUD',
  ...extra,
})

const line = (id: string, customerId: string, extra: Partial<BillingLine> = {}): BillingLine => ({
  id,
  customerId,
  description: 'Microsoft 365 Business Premium',
  quantity: 10,
  unitPrice: 30,
  currency: 'AUD',
  period: 'monthly',
  inactive: false,
  quantityRule: 'fixed',
  source: { kind: 'seatkeeper' },
  version: 1,
  ...extra,
})

const customer = (id: string, name: string) => ({ id, name, inactive: false, version: 1 })

// Contoso: a linked line following two subscriptions (one a trial), a fixed line with nothing
// linked, and a subscription on no line. Fabrikam has a line of the same product.
const world: Register = {
  ...emptyRegister(),
  customers: [customer('c1', 'Contoso'), customer('c2', 'Fabrikam')],
  billingLines: [
    line('l-bp', 'c1', { quantityRule: 'linked', quantity: 12 }),
    line('l-backup', 'c1', { description: 'Backup', itemCode: 'BK', source: { kind: 'csv' } }),
    line('l-f', 'c2', { itemCode: 'CFQ7TTC0LCHC' }),
  ],
  subscriptions: [
    sub('s1', 'c1', { billingLineId: 'l-bp', quantity: 14 }),
    sub('s2', 'c1', { billingLineId: 'l-bp', quantity: 5, trial: true, connectionId: 'conn-gone' }),
    sub('s3', 'c1', { name: 'Exchange Online (Plan 1)', sku: 'EXO1', quantity: 3 }),
    sub('s4', 'c2', { quantity: 10 }),
  ],
} as Register

const names = { 'conn-pax8': 'Pax8 Australia (Pax8)' }

describe('customerBilling', () => {
  const { findings } = reconcile(world, { today })
  const billing = customerBilling(world, 'c1', findings, names)

  it('lists the customer’s lines by description, each with its linked subscriptions named', () => {
    expect(billing.lines.map((l) => l.line.id)).toEqual(['l-backup', 'l-bp'])
    expect(billing.lines[1]?.linked.map((s) => [s.subscription.id, s.connectionName])).toEqual([
      ['s1', 'Pax8 Australia (Pax8)'],
      // A connection this browser does not know is named by its distributor, never its id.
      ['s2', 'Pax8'],
    ])
  })

  it('says a linked line follows its counted seats (a trial is not counted) and a fixed line its quantity', () => {
    expect(billing.lines.map((l) => l.quantityWords)).toEqual(['10', 'Follows 14 linked seats'])
  })

  it('says what a linked line bills with free seats or a minimum, and that a PSA’s linked line bills its licence count', () => {
    const words = (extra: Partial<BillingLine>) =>
      customerBilling(
        { ...world, billingLines: [line('l-bp', 'c1', { quantityRule: 'linked', ...extra })] },
        'c1',
        [],
        names,
      ).lines[0]?.quantityWords
    expect(words({ freeQuantity: 2 })).toBe('Follows 14 linked seats: bills 12 (2 free)')
    expect(words({ minimumQuantity: 20 })).toBe(
      'Follows 14 linked seats: bills 20 (a minimum of 20)',
    )
    const source = { kind: 'psa', psa: 'halopsa', connectionId: 'p', externalId: '1' } as const
    expect(words({ source, quantity: 12 })).toBe(
      '12: the licence count in HaloPSA (14 linked seats)',
    )
  })

  it('keeps the subscriptions on no line apart, and only this customer’s findings', () => {
    expect(billing.unlinked.map((s) => s.subscription.id)).toEqual(['s3'])
    expect(billing.findings.length).toBeGreaterThan(0)
    expect(billing.findings.every((f) => f.customerId === 'c1')).toBe(true)
    expect(findings.some((f) => f.customerId === 'c2')).toBe(true)
  })

  it('says where a line comes from', () => {
    expect(billing.lines.map((l) => l.sourceWords)).toEqual([
      'Imported from a CSV',
      'Entered in Seatkeeper',
    ])
  })

  it('says a PSA-owned line belongs to that PSA, by name, and how it changes instead of Edit', () => {
    const source = { kind: 'psa', psa: 'halopsa', connectionId: 'p', externalId: '1' } as const
    expect(sourceWords(source, { p: 'Halo books (HaloPSA)' })).toBe(
      'Owned by Halo books (HaloPSA): not edited in Seatkeeper; change it in HaloPSA, or approve a finding on Reconciliation',
    )
    expect(sourceWords({ ...source, psa: 'autotask' })).toMatch(/^Owned by Autotask: /)
  })
})

describe('customerLinkSuggestions', () => {
  it('offers the customer’s own lines for its unlinked subscriptions, high only at 0.9 or more', () => {
    const suggested = customerLinkSuggestions(world, 'c2', today)
    expect(suggested.map((s) => s.subscription.id)).toEqual(['s4'])
    const best = suggested[0]?.suggestion.candidates[0]
    expect(best?.lineId).toBe('l-f')
    expect(best?.confidence).toBeGreaterThanOrEqual(0.9)
    expect(best?.high).toBe(true)
    expect(best?.reasons.length).toBeGreaterThan(0)
  })

  it('never offers another customer’s line', () => {
    const suggested = customerLinkSuggestions(world, 'c1', today)
    const offered = suggested.flatMap((s) => s.suggestion.candidates.map((c) => c.lineId))
    expect(offered.every((id) => ['l-bp', 'l-backup'].includes(id))).toBe(true)
  })
})
