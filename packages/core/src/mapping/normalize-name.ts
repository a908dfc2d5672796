/**
 * One step of company-name normalisation. Suggestions switch steps off one at a time to explain
 * *which* differences two matching names had ("case", "punctuation", "Ltd"/"Limited", …).
 */
export type NameStep = 'case' | 'accents' | 'ampersand' | 'punctuation' | 'leading-the' | 'suffix'

/** A name taken apart: the words it is compared on and the legal-form words it dropped. */
export type CompanyNameParts = { tokens: string[]; strippedSuffixes: string[] }

/*
 * Legal forms, compared lower-case after dotted letters are joined ("B.V." → "bv", "L.L.C." →
 * "llc"). Beyond the issue's list: "proprietary" (the long form of Pty), "pte" (Singapore), "nv",
 * "kg" (GmbH & Co. KG), "llp"/"lp" — common in the distributors' markets. "sa" and "co" can
 * also be South Australia or Colorado; both sides are stripped alike, so a match is not lost.
 */
const LEGAL_SUFFIXES = new Set(
  `ltd limited pty proprietary pte inc incorporated llc llp lp gmbh ag kg bv nv sa sas
   corp corporation co company plc`.split(/\s+/),
)

// Letters NFKD does not split into a base letter and a mark.
const FOLDED_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
}

const isSingleLetter = (token: string) => token.length <= 2 && /^\p{L}$/u.test(token)

// Most names are plain ASCII; for them the Unicode steps (NFKD, \p{…} classes) change nothing and
// cost most of the time, so they are skipped. The result is the same either way.
const ASCII = /^[\x00-\x7f]*$/

/**
 * "B V" → "BV", "J P Morgan" → "JP Morgan": dotted abbreviations lose their dots as punctuation,
 * and joining the letters lets "B.V.", "B. V." and "BV" meet.
 */
function joinSingleLetters(tokens: string[]): string[] {
  const joined: string[] = []
  let run = ''
  for (const token of tokens) {
    if (isSingleLetter(token)) {
      run += token
      continue
    }
    if (run) joined.push(run)
    run = ''
    joined.push(token)
  }
  if (run) joined.push(run)
  return joined
}

/** Takes a company name apart into comparable words, optionally leaving one step out. */
export function companyNameParts(name: string, skip?: NameStep): CompanyNameParts {
  let text = name
  const ascii = ASCII.test(name)
  if (skip !== 'case') text = text.toLowerCase()
  if (skip !== 'accents' && !ascii) {
    text = text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[ßẞæÆœŒøØłŁđĐðÐþÞı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
  }
  if (skip !== 'ampersand') text = text.replace(/&/g, ' and ')
  if (skip !== 'punctuation') {
    // Apostrophes join ("O'Brien's" → "obriens"); every other mark separates words.
    text = ascii
      ? text.replace(/['`]/g, '').replace(/[^A-Za-z0-9]+/g, ' ')
      : text.replace(/['’‘`´]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ')
  }
  let tokens = text.split(/\s+/).filter((token) => token !== '')
  if (skip !== 'punctuation') tokens = joinSingleLetters(tokens)

  // The name is never emptied: each rule stops while one word is left ("The Company" → "company").
  let rest = tokens
  if (skip !== 'leading-the' && rest.length > 1 && rest[0]?.toLowerCase() === 'the') {
    rest = rest.slice(1)
  }
  const strippedSuffixes: string[] = []
  if (skip !== 'suffix') {
    while (rest.length > 1 && LEGAL_SUFFIXES.has(rest[rest.length - 1]?.toLowerCase() ?? '')) {
      strippedSuffixes.unshift(rest[rest.length - 1] as string)
      rest = rest.slice(0, -1)
    }
    // "Smith & Co" → "smith and" → "smith": the "&" belonged to the legal form.
    if (
      strippedSuffixes.length > 0 &&
      rest.length > 1 &&
      rest[rest.length - 1]?.toLowerCase() === 'and'
    ) {
      strippedSuffixes.unshift('&')
      rest = rest.slice(0, -1)
    }
  }
  return { tokens: rest, strippedSuffixes }
}

/**
 * A company name reduced to what identifies the company: lower case, no accents, "&" as "and",
 * no punctuation, no leading "The", no legal form ("The Smith & Jones Pty. Ltd." → "smith and jones").
 */
export function normalizeCompanyName(name: string): string {
  const { tokens } = companyNameParts(name)
  // A name of punctuation only ("—") keeps its characters rather than becoming empty.
  return tokens.length > 0 ? tokens.join(' ') : name.trim().toLowerCase()
}

/** The words of a normalised company name, in order ("Northwind Holdings Ltd" → northwind, holdings). */
export function companyNameTokens(name: string): string[] {
  const normalized = normalizeCompanyName(name)
  return normalized === '' ? [] : normalized.split(' ')
}
