import { companyNameParts, type NameStep } from './normalize-name'

// How a billing person calls each difference normalisation ignores, in the order they are listed.
const STEP_LABELS: Array<[NameStep, string]> = [
  ['leading-the', 'a leading "The"'],
  ['case', 'case'],
  ['accents', 'accents'],
  ['ampersand', '"&"/"and"'],
  ['punctuation', 'punctuation'],
  ['abbreviations', 'abbreviations and number words'],
]

// Legal forms as they are usually printed, for reasons ("Pty Ltd", not "pty ltd").
const SUFFIX_SPELLING: Record<string, string> = {
  gmbh: 'GmbH',
  ag: 'AG',
  kg: 'KG',
  bv: 'BV',
  nv: 'NV',
  sa: 'SA',
  sas: 'SAS',
  llc: 'LLC',
  llp: 'LLP',
  lp: 'LP',
  plc: 'PLC',
}

function spellSuffix(words: string[]): string {
  return words
    .map((word) => {
      const lower = word.toLowerCase()
      return SUFFIX_SPELLING[lower] ?? lower.charAt(0).toUpperCase() + lower.slice(1)
    })
    .join(' ')
}

const compared = (name: string, skip: NameStep) => companyNameParts(name, skip).tokens.join(' ')

function listInWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/**
 * The reason shown for two names that normalise alike, naming each difference that had to be
 * ignored: 'Names match once "Ltd"/"Limited", case and punctuation are ignored'.
 */
export function describeNameMatch(a: string, b: string): string {
  if (a.trim() === b.trim()) return 'Same name'
  // A difference counts when leaving its step out would make the two names differ again.
  const ignored: string[] = []
  if (compared(a, 'suffix') !== compared(b, 'suffix')) {
    const suffixes = [a, b]
      .map((name) => spellSuffix(companyNameParts(name).strippedSuffixes))
      .filter((suffix) => suffix !== '')
      .map((suffix) => `"${suffix}"`)
    ignored.push(suffixes.length > 0 ? suffixes.join('/') : 'the legal form')
  }
  for (const [step, label] of STEP_LABELS) {
    if (compared(a, step) !== compared(b, step)) ignored.push(label)
  }
  if (ignored.length === 0) return 'Names match once spacing is ignored'
  const verb = ignored.length > 1 || ignored[0] === 'accents' ? 'are' : 'is'
  return `Names match once ${listInWords(ignored)} ${verb} ignored`
}
