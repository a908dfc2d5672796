/** A unit price or cost with its currency when known; '' when absent. */
export function formatMoney(amount: number | undefined, currency: string | undefined): string {
  if (amount === undefined) return ''
  if (!currency) return amount.toFixed(2)
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount)
  } catch {
    return `${amount.toFixed(2)} ${currency}`
  }
}

/** A chart axis's amount, short: "A$100K"; the plain number where the currency is unknown. */
export function formatMoneyCompact(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      notation: 'compact',
    }).format(amount)
  } catch {
    return `${amount} ${currency}`
  }
}
