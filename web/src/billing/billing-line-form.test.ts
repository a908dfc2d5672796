import type { BillingLine } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { billingLineFormValues, billingLinePatch, readBillingLineForm } from './billing-line-form'

const line: BillingLine = {
  id: 'line-1',
  customerId: 'cust-1',
  description: 'Microsoft 365 Business Premium',
  itemCode: 'CFQ7TTC0LCHC',
  quantity: 10,
  unitPrice: 32.5,
  unitCost: 27,
  currency: 'AUD',
  period: 'monthly',
  startDate: '2026-01-01',
  inactive: false,
  quantityRule: 'fixed',
  source: { kind: 'seatkeeper' },
  version: 3,
}

const filled = {
  ...billingLineFormValues(undefined, 'AUD'),
  description: ' M365 BP ',
  quantity: '5',
  unitPrice: '1,032.50',
  currency: 'nzd',
}

describe('readBillingLineForm', () => {
  it('turns a filled form into the API input: trimmed, upper-cased, blanks left out', () => {
    expect(readBillingLineForm(filled)).toEqual({
      errors: {},
      input: {
        description: 'M365 BP',
        quantity: 5,
        unitPrice: 1032.5,
        currency: 'NZD',
        period: 'monthly',
        quantityRule: 'fixed',
      },
    })
  })

  it('names each wrong field in words and how to fix it, and gives no input', () => {
    const read = readBillingLineForm({
      ...filled,
      description: '  ',
      quantity: '2.5',
      unitPrice: '$30',
      unitCost: 'ten',
      currency: 'dollars',
      startDate: '2026-05-01',
      endDate: '2026-04-30',
      freeQuantity: '-1',
    })
    expect(read.input).toBeUndefined()
    expect(read.errors).toEqual({
      description: expect.stringMatching(/^Enter what the invoice says/),
      quantity:
        'Enter the quantity billed as a whole number of 0 or more, for example 10 (not “2.5”).',
      unitPrice: expect.stringMatching(
        /as a number such as 32.50, without the currency sign \(not “\$30”\)/,
      ),
      unitCost: expect.stringMatching(/^Enter the unit cost as a number/),
      currency: 'Enter the currency as a three-letter code, for example AUD, NZD or EUR.',
      endDate: expect.stringMatching(/^The end is before the start/),
      freeQuantity: expect.stringMatching(/^Enter the free quantity as a whole number/),
    })
  })

  it('asks for the quantity and the unit price when they are empty', () => {
    const read = readBillingLineForm(billingLineFormValues(undefined, 'AUD'))
    expect(Object.keys(read.errors).sort()).toEqual(['description', 'quantity', 'unitPrice'])
  })
})

describe('billingLinePatch', () => {
  const read = (values: Partial<ReturnType<typeof billingLineFormValues>>) => {
    const { input } = readBillingLineForm({ ...billingLineFormValues(line), ...values })
    if (!input) throw new Error('the form should read')
    return input
  }

  it('is undefined when the form is the line as it is', () => {
    expect(billingLinePatch(line, read({}), false)).toBeUndefined()
  })

  it('sends only the changed fields, from the line’s version, a cleared one as null', () => {
    expect(
      billingLinePatch(line, read({ quantity: '12', unitCost: '', startDate: '' }), true),
    ).toEqual({
      version: 3,
      quantity: 12,
      unitCost: null,
      startDate: null,
      inactive: true,
    })
  })
})
