import { describe, expect, it } from 'vitest'
import { arrow, customer, external, mapping, register } from '../testing/builders'
import { generateMappings } from './generate-mappings'

describe('generateMappings', () => {
  it('maps a distributor customer whose name exactly equals one register customer name', () => {
    const reg = register({ customers: [customer('c1', 'Contoso Ltd'), customer('c2', 'Fabrikam')] })
    const result = generateMappings(arrow.id, [external('X1', 'Contoso Ltd')], reg)
    expect(result.mappings).toEqual([
      {
        connectionId: arrow.id,
        externalCustomerId: 'X1',
        externalName: 'Contoso Ltd',
        customerId: 'c1',
        origin: 'generated',
      },
    ])
  })

  it('ignores leading and trailing whitespace only', () => {
    const reg = register({ customers: [customer('c1', '  Contoso Ltd ')] })
    expect(
      generateMappings(arrow.id, [external('X1', 'Contoso Ltd\t')], reg).mappings,
    ).toHaveLength(1)
    // Case, inner spacing and punctuation are not ignored: that is what suggestions are for.
    for (const name of ['contoso ltd', 'Contoso  Ltd', 'Contoso Ltd.', 'Contoso Limited']) {
      expect(generateMappings(arrow.id, [external('X1', name)], reg).mappings).toEqual([])
    }
  })

  it('never remaps a distributor customer that is already mapped', () => {
    const reg = register({
      customers: [customer('c1', 'Contoso Ltd'), customer('c2', 'Other')],
      mappings: [mapping(arrow.id, 'X1', 'c2')],
    })
    const result = generateMappings(arrow.id, [external('X1', 'Contoso Ltd')], reg)
    expect(result.mappings).toEqual([])
    expect(result.alreadyMapped).toBe(1)
  })

  it('reports a name shared by two register customers as ambiguous and maps neither', () => {
    const reg = register({ customers: [customer('c1', 'Contoso'), customer('c2', 'Contoso')] })
    const result = generateMappings(arrow.id, [external('X1', 'Contoso')], reg)
    expect(result.mappings).toEqual([])
    expect(result.ambiguous).toEqual([
      { externalId: 'X1', name: 'Contoso', customerIds: ['c1', 'c2'] },
    ])
  })

  it('treats mappings of another connection as not mapped here', () => {
    const reg = register({
      customers: [customer('c1', 'Contoso')],
      mappings: [mapping('other', 'X1', 'c1')],
    })
    expect(generateMappings(arrow.id, [external('X1', 'Contoso')], reg).mappings).toHaveLength(1)
  })

  it('maps a distributor customer listed twice only once', () => {
    const reg = register({ customers: [customer('c1', 'Contoso')] })
    const result = generateMappings(
      arrow.id,
      [external('X1', 'Contoso'), external('X1', 'Contoso')],
      reg,
    )
    expect(result.mappings).toHaveLength(1)
  })

  it('counts distributor customers no register customer is named like', () => {
    const reg = register({ customers: [customer('c1', 'Contoso')] })
    expect(
      generateMappings(arrow.id, [external('X1', 'Fabrikam'), external('X2', '  ')], reg).unmatched,
    ).toBe(2)
  })
})
