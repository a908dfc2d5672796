/**
 * Reads Dicker Data's ManufacturerStockCode, e.g. "P1Y:CFQ7TTC0LCHC:0002:1:" = commitment term :
 * Microsoft product : SKU : a trailing field of unknown meaning [I] (threepointnz mapping.json,
 * exceptions.json). The term prefix is an ISO-8601-style period (P1M, P1Y, P3Y) and may be absent;
 * the trailer is not always a number (real codes end ":Y:"), so only the 12-character product id
 * and the 4-digit SKU are kept: that pair is what other distributors report for the same licence.
 */
export function readManufacturerStockCode(code: string | null | undefined): {
  termMonths?: number
  /** The Microsoft "product:sku" the code names, e.g. "CFQ7TTC0LCHC:0002". */
  productSku?: string
} {
  const parts = (code ?? '').trim().split(':')
  const term = /^P(\d+)([MY])$/i.exec(parts[0] ?? '')
  const termMonths = term ? Number(term[1]) * (term[2]?.toUpperCase() === 'Y' ? 12 : 1) : undefined
  const [product, sku] = term ? parts.slice(1) : parts
  const microsoft = product && sku && /^[A-Z0-9]{12}$/i.test(product) && /^\d{4}$/.test(sku)
  // Another vendor's code ("P1M:ACR-BKP-500:1:") is its first segment; only with a term prefix,
  // since without one nothing says the text is a stock code at all.
  const productSku = microsoft
    ? `${product.toUpperCase()}:${sku}`
    : term && product?.trim()
      ? product.trim()
      : undefined
  return {
    ...(termMonths !== undefined ? { termMonths } : {}),
    ...(productSku ? { productSku } : {}),
  }
}
