import { describe, expect, it } from 'vitest'
import { licenseStatus } from './license-status'

describe('licenseStatus', () => {
  it.each([
    [86, 'active'],
    [87, 'suspended'],
    [88, 'cancelled'],
    [89, 'cancelled'],
    [85, 'cancelled'],
    [126, 'deleted'],
    [40, 'pending'],
    [42, 'pending'],
    [43, 'pending'],
    [44, 'pending'],
    [62, 'pending'],
    [72, 'pending'],
  ] as const)('reads status code %i as %s', (code, status) => {
    expect(licenseStatus(code, true)).toBe(status)
  })

  it('falls back on isEnabled for a code outside the documented table', () => {
    expect(licenseStatus(999, true)).toBe('active')
    expect(licenseStatus(999, false)).toBe('suspended')
  })
})
