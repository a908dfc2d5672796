// Dicker Data's StockDescription is written in capitals ("MS NCE M365 BUSINESS PREMIUM 1YR COMMIT
// MONTHLY BILL") [C fixtures]. Words with a digit (M365, 1YR, E3) and short acronyms stay as they
// are; joining words go lower case; every other word gets a capital and lower case after it.
const ACRONYMS = new Set([
  'MS',
  'NCE',
  'CSP',
  'EMS',
  'ATP',
  'AAD',
  'MFA',
  'PSTN',
  'EDU',
  'GOV',
  'AU',
  'NZ',
  'OEM',
  'SKU',
  'EEA',
  'AI',
])
const JOINING = new Set(['AND', 'FOR', 'OF', 'WITH', 'THE', 'PER', 'TO', 'IN', 'ON', 'OR'])

/** A product description in readable case when it is all capitals; as it is otherwise. */
export function readableName(text: string): string {
  if (text !== text.toUpperCase() || !/[A-Z]/.test(text)) return text
  return text
    .split(/(\s+)/)
    .map((word, i) => {
      if (/\d/.test(word) || ACRONYMS.has(word) || !/[A-Z]/.test(word)) return word
      if (i > 0 && JOINING.has(word)) return word.toLowerCase()
      return word.charAt(0) + word.slice(1).toLowerCase()
    })
    .join('')
}
