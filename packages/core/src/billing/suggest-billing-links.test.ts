import { describe, expect, it } from 'vitest'
import { applyOperations } from '../operations/apply-operations'
import { billingLine, customer, register, subscription } from '../testing/builders'
import { productKey } from './product-aliases'
import { autoAcceptBillingLinks, suggestBillingLinks } from './suggest-billing-links'

const today = '2026-12-02'
const world = (
  lines = [billingLine('l1', 'c1', { description: 'M365 BP', itemCode: 'CFQ7TTC0LCHC' })],
) =>
  register({
    customers: [customer('c1', 'Contoso'), customer('c2', 'Fabrikam')],
    subscriptions: [
      subscription('s1', 'c1', 'S1', { sku: 'CFQ7TTC0LCHC', currency: 'AUD' }),
      subscription('s2', 'c2', 'S2'),
    ],
    billingLines: lines,
  })

describe('productKey', () => {
  it('gives the three names of Business Premium one key, and Office 365 E3 another than Microsoft 365 E3', () => {
    expect(productKey('M365 Business Premium')).toBe(productKey('Microsoft 365 Business Premium'))
    expect(productKey('M365 BP')).toBe(productKey('Microsoft 365 Business Premium'))
    expect(productKey('Office 365 E3')).not.toBe(productKey('Microsoft 365 E3'))
    expect(productKey('O365 E3 (NCE) monthly')).toBe(productKey('Office 365 E3'))
  })
})

describe('suggestBillingLinks', () => {
  it('proposes a line of the same customer as high when the item code and the product name agree', () => {
    const [s] = suggestBillingLinks(world(), { today })
    expect(s).toMatchObject({ subscriptionId: 's1', customerId: 'c1' })
    expect(s?.candidates[0]).toMatchObject({ lineId: 'l1', high: true })
    expect(s?.candidates[0]?.confidence).toBeGreaterThanOrEqual(0.9)
    expect(s?.candidates[0]?.reasons[0]).toContain('item code')
  })

  it('is not high on the product name alone', () => {
    const [s] = suggestBillingLinks(
      world([billingLine('l1', 'c1', { description: 'M365 BP', quantity: 3 })]),
      { today },
    )
    expect(s?.candidates[0]?.high).toBe(false)
    expect(s?.candidates[0]?.confidence).toBe(0.64)
  })

  it('counts an equal quantity as evidence: the line with the subscription’s seats scores higher, and says so', () => {
    // The product name alone (0.6) on an annual line; the subscription is 10 seats, monthly.
    const top = (quantity: number) =>
      suggestBillingLinks(
        world([billingLine('l1', 'c1', { description: 'M365 BP', quantity, period: 'annual' })]),
        { today },
      )[0]?.candidates[0]
    expect(top(3)?.confidence).toBe(0.6)
    expect(top(3)?.reasons).not.toContain('Both have 10 seats.')
    expect(top(10)?.confidence).toBe(0.68)
    expect(top(10)?.reasons).toContain('Both have 10 seats.')
    expect(top(10)?.high).toBe(false)
  })

  it('counts an equal period as evidence: the line billed per the subscription’s cycle scores higher, and says so', () => {
    const top = (period: 'annual' | 'monthly') =>
      suggestBillingLinks(
        world([billingLine('l1', 'c1', { description: 'M365 BP', quantity: 3, period })]),
        { today },
      )[0]?.candidates[0]
    expect(top('annual')?.confidence).toBe(0.6)
    expect(top('monthly')?.confidence).toBe(0.64)
    expect(top('monthly')?.reasons).toContain('Both are monthly.')
    // An equal quantity and period together still do not make the name alone "high".
    const both = suggestBillingLinks(world([billingLine('l1', 'c1', { description: 'M365 BP' })]), {
      today,
    })[0]?.candidates[0]
    expect(both).toMatchObject({ confidence: 0.71, high: false })
  })

  it('never proposes another customer’s line, an inactive line, or a line for a linked subscription', () => {
    expect(suggestBillingLinks(world([billingLine('l1', 'c2')]), { today })).toEqual([
      expect.objectContaining({ subscriptionId: 's2' }),
    ])
    expect(
      suggestBillingLinks(world([billingLine('l1', 'c1', { inactive: true })]), { today }),
    ).toEqual([])
    const linked = world()
    linked.subscriptions[0] = { ...linked.subscriptions[0]!, billingLineId: 'l1' }
    expect(suggestBillingLinks(linked, { today })).toEqual([])
  })

  it('caps a line in another currency below high', () => {
    const [s] = suggestBillingLinks(
      world([
        billingLine('l1', 'c1', {
          description: 'M365 BP',
          itemCode: 'CFQ7TTC0LCHC',
          currency: 'USD',
        }),
      ]),
      { today },
    )
    expect(s?.candidates[0]?.confidence).toBe(0.5)
  })

  it('is never high when several subscriptions compete for one line, so auto-accept links none of them', () => {
    // The same product from two distributors, 10 seats each, and one line of 10: at most one of
    // them is billed there, and which one is for a person to say.
    const r = register({
      customers: [customer('c1', 'Contoso')],
      subscriptions: [
        subscription('s1', 'c1', 'S1', { sku: 'CFQ7TTC0LCHC', currency: 'AUD' }),
        subscription('s2', 'c1', 'S2', {
          sku: 'CFQ7TTC0LCHC',
          currency: 'AUD',
          connectionId: 'conn-dicker',
          distributor: 'Dicker Data',
        }),
      ],
      billingLines: [billingLine('l1', 'c1', { description: 'M365 BP', itemCode: 'CFQ7TTC0LCHC' })],
    })
    const suggestions = suggestBillingLinks(r, { today })
    expect(suggestions.map((s) => s.subscriptionId)).toEqual(['s1', 's2'])
    for (const s of suggestions) {
      expect(s.candidates[0]).toMatchObject({ lineId: 'l1', high: false })
      expect(s.candidates[0]?.reasons.at(-1)).toBe(
        'But 1 other subscription of this customer could be billed on this line too: choose which.',
      )
    }
    expect(autoAcceptBillingLinks(r, suggestions, 0.9)).toEqual([])
  })

  it('is not high for a line that already bills another subscription', () => {
    const r = world()
    r.subscriptions.push(
      subscription('s3', 'c1', 'S3', {
        sku: 'CFQ7TTC0LCHC',
        currency: 'AUD',
        billingLineId: 'l1',
      }),
    )
    const [s] = suggestBillingLinks(r, { today })
    expect(s).toMatchObject({ subscriptionId: 's1' })
    expect(s?.candidates[0]).toMatchObject({ lineId: 'l1', high: false })
    expect(autoAcceptBillingLinks(r, [s!], 0.9)).toEqual([])
  })

  it('auto-accepts only high candidates above the threshold, as links that apply', () => {
    const r = world()
    const operations = autoAcceptBillingLinks(r, suggestBillingLinks(r, { today }), 0.9)
    expect(operations).toEqual([
      {
        op: 'linkSubscription',
        subscriptionId: 's1',
        before: { billingLineId: null },
        after: { billingLineId: 'l1' },
      },
    ])
    expect(applyOperations(r, operations).subscriptions[0]?.billingLineId).toBe('l1')
    expect(() => autoAcceptBillingLinks(r, [], 0.8)).toThrow(/between 0.9 and 1/)
  })
})
