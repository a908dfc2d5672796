import { adapters } from '@seatkeeper/distributors'
import { describe, expect, it } from 'vitest'
import { connectorById } from './connector-by-id'
import { psaAdapters } from './registry'

describe('connectorById', () => {
  it('finds every distributor and every PSA by its id, saying which kind it is', () => {
    for (const adapter of adapters)
      expect(connectorById(adapter.id)).toEqual({ kind: 'distributor', adapter })
    for (const adapter of psaAdapters)
      expect(connectorById(adapter.id)).toEqual({ kind: 'psa', adapter })
  })

  it('gives no two adapters the same id, so a stored connection names one system', () => {
    const ids = [...adapters, ...psaAdapters].map((adapter) => adapter.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('knows no connector for an id neither registry has', () => {
    expect(connectorById('quickbooks')).toBeUndefined()
  })
})
