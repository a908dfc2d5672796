/**
 * Reads Dicker Data's ManufacturerStockCode, e.g. "P1Y:CFQ7TTC0LCHC:0002:1:" = commitment term :
 * Microsoft product : SKU : a trailing field of unknown meaning [I] (threepointnz mapping.json,
 * exceptions.json). The term prefix is an ISO-8601-style period (P1M, P1Y, P3Y).
 */
export function readManufacturerStockCode(code: string | null | undefined): {
  termMonths?: number
  /** The Microsoft "product:sku" the code names, e.g. "CFQ7TTC0LCHC:0002". */
  productSku?: string
} {
  if (!code) return {}
  const match = /^P(\d+)([MY]):(.+?)(?::\d*:)?$/.exec(code.trim())
  if (!match) return {}
  const count = Number(match[1])
  const termMonths = match[2] === 'Y' ? count * 12 : count
  const productSku = match[3]?.replace(/:+$/, '')
  return { termMonths, ...(productSku ? { productSku } : {}) }
}
