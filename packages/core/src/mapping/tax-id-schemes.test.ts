import { describe, expect, it } from 'vitest'
import { canonicalTaxId } from './tax-id-schemes'

const keyOf = (raw: string, country?: string) => canonicalTaxId(raw, country)?.key

describe('canonicalTaxId', () => {
  it('reads an EU VAT number with and without its country prefix as one id', () => {
    expect(keyOf('FR24441199460')).toBe(keyOf('24441199460'))
    expect(keyOf('NL 8123.45.678.B01')).toBe(keyOf('812345678B01'))
    expect(canonicalTaxId('EL094259216')).toMatchObject({ scheme: 'vat', country: 'GR' })
  })

  it('reads an ABN written with its label and spaces as the bare number', () => {
    expect(canonicalTaxId('ABN 22 851 425 149')).toEqual({
      scheme: 'abn',
      key: '22851425149',
      country: 'AU',
    })
    expect(keyOf('22851425149', 'AU')).toBe('22851425149')
  })

  it('treats an ABN or ACN that fails its check digit as no evidence', () => {
    expect(canonicalTaxId('ABN 22 851 425 148')).toBeUndefined()
    expect(canonicalTaxId('51824753557', 'AU')).toBeUndefined()
    expect(canonicalTaxId('ACN 004 085 616')).toMatchObject({ scheme: 'acn' })
    expect(canonicalTaxId('ACN 004 085 617')).toBeUndefined()
  })

  it('reads a Swiss UID with its MWST, TVA or IVA suffix as the bare UID, checksum checked', () => {
    expect(keyOf('CHE-568.416.238 MWST')).toBe('CHE568416238')
    expect(keyOf('CHE568416238 TVA')).toBe('CHE568416238')
    expect(keyOf('che 568 416 238 IVA')).toBe('CHE568416238')
    expect(canonicalTaxId('CHE-568.416.239')).toBeUndefined()
  })

  it('compares a Canadian business number on its root, whatever the program account', () => {
    expect(keyOf('123456782 RT0001')).toBe('123456782')
    expect(keyOf('123456782RP0002')).toBe(keyOf('123456782', 'CA'))
    expect(canonicalTaxId('123456782', 'CA')?.scheme).toBe('ca-bn')
  })

  it('pads a UK company number to its eight characters and keeps Scottish prefixes', () => {
    expect(keyOf('1234567', 'GB')).toBe('01234567')
    expect(canonicalTaxId('SC123456')).toMatchObject({ scheme: 'uk-company', country: 'GB' })
    expect(canonicalTaxId('GB 123 4567 89')).toMatchObject({ scheme: 'vat', key: '123456789' })
  })

  it('recognises an NZBN and a US EIN', () => {
    expect(canonicalTaxId('NZBN 9429 0412 3456 7')).toMatchObject({ scheme: 'nzbn', country: 'NZ' })
    expect(canonicalTaxId('12-3456789', 'US')).toMatchObject({ scheme: 'ein', key: '123456789' })
  })

  it('gives no id for placeholders and numbers too short to be one', () => {
    expect(canonicalTaxId('N/A')).toBeUndefined()
    expect(canonicalTaxId('000-000-000')).toBeUndefined()
    expect(canonicalTaxId('12345')).toBeUndefined()
  })
})
