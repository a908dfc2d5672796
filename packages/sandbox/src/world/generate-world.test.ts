import { isValidAbn } from '@seatkeeper/core'
import { describe, expect, it } from 'vitest'
import { generateWorld, taxIdFor } from './generate-world'

describe('generateWorld', () => {
  it('gives Australian customers ABNs that pass the ATO check-digit rule', () => {
    const world = generateWorld({ seed: 1, customers: 400 })
    const australian = world.customers.filter((c) => c.address?.country === 'AU' && c.taxId)
    expect(australian.length).toBeGreaterThan(20)
    for (const customer of australian) expect(isValidAbn(customer.taxId ?? '')).toBe(true)
  })

  it('keeps the 11 digits of a customer elsewhere as drawn', () => {
    expect(taxIdFor('GB', 12_345_678_901)).toBe('12345678901')
    // 51 824 753 556 is the ATO's own example ABN: the body 824753556 gets the leading 51.
    expect(taxIdFor('AU', 99_824_753_556)).toBe('51824753556')
  })
})
