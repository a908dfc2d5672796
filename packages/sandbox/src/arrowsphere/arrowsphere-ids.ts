// ArrowSphere's id formats, as the fixtures show them: customers and licences are "XSP" references,
// orders "XSPO", licences also carry a numeric line id. The partner itself is XSP10001.
export const PARTNER_REFERENCE = 'XSP10001'

export const customerReference = (customerSeq: number): string => `XSP${20000 + customerSeq}`
export const licenseReference = (subscriptionSeq: number): string =>
  `XSP${900000 + subscriptionSeq}`
export const licenseLineId = (subscriptionSeq: number): number => 500000 + subscriptionSeq
export const orderReference = (subscriptionSeq: number): string => `XSPO${700000 + subscriptionSeq}`
/** Arrow's own subscription id: GUID-shaped, stable per licence. */
export const arrowSubscriptionId = (subscriptionSeq: number): string =>
  `11111111-aaaa-4bbb-8ccc-${String(subscriptionSeq).padStart(12, '0')}`
