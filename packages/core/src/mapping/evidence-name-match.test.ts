import { describe, expect, it } from 'vitest'
import { describeNameMatch } from './evidence-name-match'

describe('describeNameMatch', () => {
  it('says "Same name" for names that are written alike', () => {
    expect(describeNameMatch(' Contoso Ltd', 'Contoso Ltd')).toBe('Same name')
  })

  it('names the legal forms, the case and the punctuation that differed', () => {
    expect(describeNameMatch('CONTOSO LTD.', 'Contoso Limited')).toBe(
      'Names match once "Ltd"/"Limited", case and punctuation are ignored',
    )
  })

  it('names a legal form only one side carries', () => {
    expect(describeNameMatch('Müller GmbH', 'Müller')).toBe('Names match once "GmbH" is ignored')
  })

  it('names accents, "&"/"and" and a leading "The"', () => {
    expect(describeNameMatch('The Müller & Sohn', 'Muller and Sohn')).toBe(
      'Names match once a leading "The", accents and "&"/"and" are ignored',
    )
  })

  it('prints multi-word legal forms as they are usually written', () => {
    expect(describeNameMatch('Contoso Pty. Ltd.', 'Contoso S.A.S.')).toBe(
      'Names match once "Pty Ltd"/"SAS" and punctuation are ignored',
    )
  })

  it('does not mention a legal form both names share', () => {
    expect(describeNameMatch('Contoso Ltd', 'contoso ltd')).toBe('Names match once case is ignored')
  })
})
