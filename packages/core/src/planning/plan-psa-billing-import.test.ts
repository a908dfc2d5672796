import { describe, expect, it } from 'vitest'
import type { ExternalBillingLine } from '../model/external-billing-line'
import { customer, mapping, register, subscription } from '../testing/builders'
import { applyPlan } from './apply-plan'
import { planPsaBillingImport, type PsaBillingImportInput } from './plan-psa-billing-import'

const halo = { id: 'conn-halo', psa: 'halopsa', psaLabel: 'HaloPSA' }

function line(externalId: string, extra: Partial<ExternalBillingLine> = {}): ExternalBillingLine {
  return {
    externalId,
    companyExternalId: '12',
    description: 'Microsoft 365 Business Premium',
    itemCode: 'CFQ7TTC0LCHC',
    quantity: 10,
    unitPrice: 30,
    period: 'monthly',
    inactive: false,
    quantityRule: 'fixed',
    reference: { invoiceId: '-101' },
    ...extra,
  }
}

const companies = [
  { externalId: '12', name: 'Contoso Pty Ltd', currency: 'AUD' },
  { externalId: '13', name: 'Fabrikam', currency: 'AUD' },
]
const book = register({
  customers: [customer('cus-contoso', 'Contoso Pty Ltd'), customer('cus-fab', 'Fabrikam')],
  mappings: [mapping(halo.id, '12', 'cus-contoso')],
})

function plan(
  items: ExternalBillingLine[],
  reg = book,
  extra: Partial<PsaBillingImportInput> = {},
) {
  return planPsaBillingImport({
    connection: halo,
    lines: { items, complete: true },
    companies,
    register: reg,
    ...extra,
  })
}

describe('planPsaBillingImport', () => {
  it('creates a line owned by the PSA for a mapped company, in the company’s currency', () => {
    const p = plan([line('3101')])
    expect(p.kind).toBe('billing-import')
    expect(p.operations).toHaveLength(1)
    const after = applyPlan(book, p).billingLines[0]!
    expect(after).toMatchObject({
      customerId: 'cus-contoso',
      description: 'Microsoft 365 Business Premium',
      quantity: 10,
      currency: 'AUD',
      source: { kind: 'psa', psa: 'halopsa', connectionId: 'conn-halo', externalId: '3101' },
    })
    expect(p.summary.billingLines).toEqual({
      create: 1,
      update: 0,
      unchanged: 0,
      skipped: 0,
      deactivate: 0,
    })
  })

  it('links the imported lines to their subscriptions in the same plan when the auto-accept threshold is met', () => {
    const withSubscription = register({
      ...book,
      subscriptions: [
        subscription('s1', 'cus-contoso', 'S1', { sku: 'CFQ7TTC0LCHC', currency: 'AUD' }),
      ],
    })
    const at = (extra: Partial<PsaBillingImportInput>) =>
      plan([line('3101')], withSubscription, { today: '2026-12-02', ...extra }).operations.map(
        (op) => op.op,
      )
    // No threshold set (the default): a person accepts the suggestion on the Billing tab.
    expect(at({})).toEqual(['createBillingLine'])
    expect(at({ autoAcceptThreshold: 0.9 })).toEqual(['createBillingLine', 'linkSubscription'])
    const linked = applyPlan(
      withSubscription,
      plan([line('3101')], withSubscription, {
        today: '2026-12-02',
        autoAcceptThreshold: 0.9,
      }),
    )
    expect(linked.subscriptions[0]?.billingLineId).toBe(linked.billingLines[0]?.id)
    // The evidence is 0.93 (item code, name, quantity, period): a threshold above it links none.
    expect(at({ autoAcceptThreshold: 0.99 })).toEqual(['createBillingLine'])
  })

  it('updates the same line on a second import instead of adding a twin, and changes nothing when nothing changed', () => {
    const once = applyPlan(book, plan([line('3101')]))
    const again = plan([line('3101', { quantity: 12 })], once)
    expect(again.operations).toEqual([
      expect.objectContaining({
        op: 'updateBillingLine',
        before: { quantity: 10 },
        after: { quantity: 12 },
      }),
    ])
    const twice = applyPlan(once, again)
    expect(twice.billingLines).toHaveLength(1)
    expect(twice.billingLines[0]!.quantity).toBe(12)
    expect(plan([line('3101', { quantity: 12 })], twice).operations).toEqual([])
  })

  it('leaves out a line that no longer bills unless it was imported before, when it is made inactive', () => {
    const fresh = plan([line('3105', { inactive: true })])
    expect(fresh.operations).toEqual([])
    expect(fresh.skipped[0]?.reason).toBe(
      'HaloPSA no longer bills it; Seatkeeper imports only lines that bill.',
    )
    const once = applyPlan(book, plan([line('3101')]))
    expect(plan([line('3101', { inactive: true })], once).operations).toEqual([
      expect.objectContaining({ op: 'updateBillingLine', after: { inactive: true } }),
    ])
  })

  it('skips a line of an unmapped company, naming the company and what to do', () => {
    const p = plan([line('3102', { companyExternalId: '13' })])
    expect(p.operations).toEqual([])
    expect(p.skipped[0]?.reason).toMatch(/HaloPSA company “Fabrikam” is not mapped.*Map it/)
    expect(p.summary.billingLines?.skipped).toBe(1)
  })

  it('skips a line whose currency neither the line nor its company says, unless the import chooses one', () => {
    const nameless = { companies: [{ externalId: '12', name: 'Contoso' }] }
    const p = plan([line('3101')], book, nameless)
    expect(p.operations).toEqual([])
    expect(p.skipped[0]?.reason).toMatch(/no currency.*Choose the billing currency of the import/)
    const chosen = plan([line('3101')], book, { ...nameless, currency: 'NZD' })
    const imported = applyPlan(book, chosen)
    expect(imported.billingLines[0]?.currency).toBe('NZD')
    // A later refresh with no currency given keeps the one it was imported in.
    expect(plan([line('3101')], imported, nameless).operations).toEqual([])
  })

  it('makes a line the PSA no longer lists inactive when the listing is complete, and leaves it when not', () => {
    const once = applyPlan(book, plan([line('3101'), line('3103')]))
    const gone = plan([line('3101')], once)
    expect(gone.operations).toEqual([
      expect.objectContaining({ op: 'updateBillingLine', after: { inactive: true } }),
    ])
    expect(gone.summary.billingLines?.deactivate).toBe(1)
    const partial = planPsaBillingImport({
      connection: halo,
      lines: { items: [line('3101')], complete: false },
      companies,
      register: once,
    })
    expect(partial.operations).toEqual([])
  })

  it('leaves other connections’ and other companies’ lines alone when importing one company', () => {
    const withFab = register({
      ...book,
      mappings: [...book.mappings, mapping(halo.id, '13', 'cus-fab')],
    })
    const once = applyPlan(
      withFab,
      plan([line('3101'), line('3102', { companyExternalId: '13' })], withFab),
    )
    // Only Fabrikam's lines are listed for a one-company import; Contoso's line stays active.
    const p = plan([], once, { companyExternalId: '13' })
    expect(p.operations).toEqual([
      expect.objectContaining({ op: 'updateBillingLine', after: { inactive: true } }),
    ])
    const after = applyPlan(once, p)
    expect(
      after.billingLines.find((l) => l.source.kind === 'psa' && l.source.externalId === '3101')
        ?.inactive,
    ).toBe(false)
  })
})
