import { describe, expect, it } from 'vitest'
import {
  isEmailAddress,
  normalizeDomain,
  normalizePostcode,
  normalizeTenantId,
} from './evidence-keys'

describe('normalizeDomain', () => {
  it.each([
    'contoso.com',
    'Contoso.COM',
    'https://www.contoso.com/about?x=1',
    'http://contoso.com:8080',
    'www.contoso.com.',
    'billing@contoso.com',
    'mailto:Billing@Contoso.com',
  ])('reads "%s" as contoso.com', (raw) => {
    expect(normalizeDomain(raw)).toBe('contoso.com')
  })

  it('ignores mailbox providers many companies share', () => {
    expect(normalizeDomain('accounts.contoso@gmail.com')).toBeUndefined()
  })

  it('ignores values that are not a domain', () => {
    expect(normalizeDomain('')).toBeUndefined()
    expect(normalizeDomain('n/a')).toBeUndefined()
    expect(normalizeDomain('contoso')).toBeUndefined()
    expect(normalizeDomain(undefined)).toBeUndefined()
  })
})

describe('isEmailAddress', () => {
  it('tells an e-mail address from a web address', () => {
    expect(isEmailAddress('billing@contoso.com')).toBe(true)
    expect(isEmailAddress('https://contoso.com')).toBe(false)
    expect(isEmailAddress(undefined)).toBe(false)
  })
})

describe('normalizeTenantId', () => {
  it('compares tenant ids case-insensitively and without braces', () => {
    expect(normalizeTenantId('{3F2504E0-4F89-11D3-9A0C-0305E82C3301}')).toBe(
      '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    )
  })

  it('ignores placeholders such as "N/A" and the nil GUID', () => {
    expect(normalizeTenantId('N/A')).toBeUndefined()
    expect(normalizeTenantId('00000000-0000-0000-0000-000000000000')).toBeUndefined()
    expect(normalizeTenantId(' ')).toBeUndefined()
  })
})

describe('normalizePostcode', () => {
  it('removes spaces and ignores case', () => {
    expect(normalizePostcode('sw1a 1aa')).toBe('SW1A1AA')
    expect(normalizePostcode('  ')).toBeUndefined()
  })
})
