import { describe, expect, it } from 'vitest'
import { readManufacturerStockCode } from './read-manufacturer-stock-code'

describe('readManufacturerStockCode', () => {
  it('reads a one-year commitment and the Microsoft product and SKU', () => {
    expect(readManufacturerStockCode('P1Y:CFQ7TTC0LCHC:0002:1:')).toEqual({
      termMonths: 12,
      productSku: 'CFQ7TTC0LCHC:0002',
    })
  })

  it('reads a one-month commitment', () => {
    expect(readManufacturerStockCode('P1M:CFQ7TTC0LH1G:0001:1:')).toEqual({
      termMonths: 1,
      productSku: 'CFQ7TTC0LH1G:0001',
    })
  })

  it('reads a three-year commitment as 36 months', () => {
    expect(readManufacturerStockCode('P3Y:CFQ7TTC0LF8Q:0001:1:').termMonths).toBe(36)
  })

  it('reads a code whose product part has no SKU segment', () => {
    expect(readManufacturerStockCode('P1M:ACR-BKP-500:1:')).toEqual({
      termMonths: 1,
      productSku: 'ACR-BKP-500',
    })
  })

  it('keeps only the Microsoft product and SKU when the trailer is not a number', () => {
    expect(readManufacturerStockCode('P1Y:CFQ7TTC0LDPB:0001:Y:')).toEqual({
      termMonths: 12,
      productSku: 'CFQ7TTC0LDPB:0001',
    })
    expect(readManufacturerStockCode('CFQ7TTC0LDPB:0001:Y:')).toEqual({
      productSku: 'CFQ7TTC0LDPB:0001',
    })
  })

  it('reads no term from a code without a term prefix, and nothing from no code at all', () => {
    expect(readManufacturerStockCode('CFQ7TTC0LCHC:0002')).toEqual({
      productSku: 'CFQ7TTC0LCHC:0002',
    })
    expect(readManufacturerStockCode('free text')).toEqual({})
    expect(readManufacturerStockCode(null)).toEqual({})
  })
})
