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
