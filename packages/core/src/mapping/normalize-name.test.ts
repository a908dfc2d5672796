import { describe, expect, it } from 'vitest'
import { companyNameParts, companyNameTokens, normalizeCompanyName } from './normalize-name'

describe('normalizeCompanyName', () => {
  it('drops a leading "The", "&" as "and", punctuation and a dotted "Pty. Ltd."', () => {
    expect(normalizeCompanyName('The Smith & Jones Pty. Ltd.')).toBe('smith and jones')
  })

  it.each([
    ['Contoso Ltd', 'Contoso Limited'],
    ['Contoso Pty Ltd', 'CONTOSO'],
    ['Contoso, Inc.', 'Contoso Incorporated'],
    ['Contoso LLC', 'Contoso L.L.C.'],
    ['Contoso GmbH', 'Contoso AG'],
    ['Contoso B.V.', 'Contoso BV'],
    ['Contoso S.A.S.', 'Contoso SA'],
    ['Contoso Corp.', 'Contoso Corporation'],
    ['Contoso Co', 'Contoso Company'],
    ['Contoso PLC', 'contoso'],
    ['Contoso B. V.', 'contoso'],
  ])('treats "%s" and "%s" as the same company', (a, b) => {
    expect(normalizeCompanyName(a)).toBe(normalizeCompanyName(b))
    expect(normalizeCompanyName(a)).toBe('contoso')
  })

  it('removes accents and folds letters NFKD leaves alone', () => {
    expect(normalizeCompanyName('Müller GmbH')).toBe('muller')
    expect(normalizeCompanyName('Straße Ærø Łódź')).toBe('strasse aero lodz')
  })

  it('treats "&" and "and" alike', () => {
    expect(normalizeCompanyName('Smith & Jones')).toBe(normalizeCompanyName('Smith and Jones'))
  })

  it('drops the "&" of "& Co" together with the legal form', () => {
    expect(normalizeCompanyName('Smith & Co.')).toBe('smith')
    expect(normalizeCompanyName('Smith and Company Ltd')).toBe('smith')
  })

  it('keeps legal-form words that are not at the end', () => {
    expect(normalizeCompanyName('Co Op Supplies')).toBe('co op supplies')
  })

  it('never normalises a name to nothing', () => {
    expect(normalizeCompanyName('The Company')).toBe('company')
    expect(normalizeCompanyName('Limited Ltd')).toBe('limited')
    expect(normalizeCompanyName('The')).toBe('the')
    expect(normalizeCompanyName('—')).toBe('—')
  })

  it('joins apostrophes and splits on other punctuation', () => {
    expect(normalizeCompanyName("O'Brien's Plumbing")).toBe('obriens plumbing')
    expect(normalizeCompanyName('Fabrikam (Australia) Pty/Ltd')).toBe('fabrikam australia')
  })
})

describe('companyNameTokens', () => {
  it('lists the words of the normalised name in order', () => {
    expect(companyNameTokens('The Northwind Holdings Pty Ltd')).toEqual(['northwind', 'holdings'])
  })

  it('gives no words for an empty name', () => {
    expect(companyNameTokens('   ')).toEqual([])
  })
})

describe('companyNameParts', () => {
  it('reports the legal-form words it stripped', () => {
    expect(companyNameParts('Contoso Pty. Ltd.').strippedSuffixes).toEqual(['pty', 'ltd'])
  })

  it('keeps the legal form when told to skip that step', () => {
    expect(companyNameParts('Contoso Ltd', 'suffix').tokens).toEqual(['contoso', 'ltd'])
  })

  it('keeps the case when told to skip that step', () => {
    expect(companyNameParts('Contoso LTD', 'case').tokens).toEqual(['Contoso'])
  })
})
