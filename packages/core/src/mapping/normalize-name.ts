import { canonicalWord } from './name-tables'

/**
 * One step of company-name normalisation. Suggestions switch steps off one at a time to explain
 * *which* differences two matching names had ("case", "punctuation", "Ltd"/"Limited", …).
 */
export type NameStep =
  'case' | 'accents' | 'ampersand' | 'punctuation' | 'leading-the' | 'suffix' | 'abbreviations'

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
  // Most names have no single letters: keep their array rather than copying it.
  if (!tokens.some(isSingleLetter)) return tokens
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

const isAsciiLetterOrDigit = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)

/**
 * The words of a plain-ASCII name in one pass over its characters; undefined for any other name,
 * and when punctuation is kept (the expressions below handle those). It gives exactly what the
 * regular expressions give, without their five intermediate strings: taking names apart was the
 * largest cost of suggesting for a 10k register (~30%), and explaining a name match takes each
 * name apart six times.
 */
function asciiWords(name: string, skip: NameStep | undefined): string[] | undefined {
  if (skip === 'punctuation') return undefined
  const text = skip === 'case' ? name : name.toLowerCase()
  const words: string[] = []
  let start = -1
  let apostrophe = false
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32
    if (c > 0x7f) return undefined
    if (isAsciiLetterOrDigit(c)) {
      if (start < 0) start = i
    } else if (c === 39 || c === 96) {
      // Apostrophes join ("O'Brien's" → "obriens"); every other mark separates words.
      if (start >= 0) apostrophe = true
    } else {
      if (start >= 0)
        words.push(apostrophe ? text.slice(start, i).replace(/['`]/g, '') : text.slice(start, i))
      start = -1
      apostrophe = false
      if (c === 38 && skip !== 'ampersand') words.push('and')
    }
  }
  return joinSingleLetters(words)
}

/** The words of a name before the leading "The" and the legal form are dropped. */
function nameWords(name: string, skip: NameStep | undefined): string[] {
  const fast = asciiWords(name, skip)
  if (fast) return fast
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
  const tokens = text.split(/\s+/).filter((token) => token !== '')
  return skip !== 'punctuation' ? joinSingleLetters(tokens) : tokens
}

/** Takes a company name apart into comparable words, optionally leaving one step out. */
export function companyNameParts(name: string, skip?: NameStep): CompanyNameParts {
  const parts = writtenNameParts(name, skip)
  return { tokens: comparableWords(parts.tokens, skip), strippedSuffixes: parts.strippedSuffixes }
}

/**
 * The words of a name as written (case, accents, punctuation, "The" and the legal form dealt
 * with), before abbreviations and umlaut spellings are read: callers that meet the same words
 * again and again (a register of names) read each distinct word once with comparableWord.
 */
export function writtenNameWords(name: string): string[] {
  return writtenNameParts(name).tokens
}

function writtenNameParts(name: string, skip?: NameStep): CompanyNameParts {
  const tokens = nameWords(name, skip)

  // The name is never emptied: each rule stops while one word is left ("The Company" → "company").
  // The words kept are tokens[first..end); one copy at the end instead of one per word dropped.
  let first = 0
  let end = tokens.length
  if (skip !== 'leading-the' && end > 1 && tokens[0]?.toLowerCase() === 'the') first = 1
  const strippedSuffixes: string[] = []
  if (skip !== 'suffix') {
    while (end - first > 1 && LEGAL_SUFFIXES.has(tokens[end - 1]?.toLowerCase() ?? '')) {
      strippedSuffixes.unshift(tokens[end - 1] as string)
      end--
    }
    // "Smith & Co" → "smith and" → "smith": the "&" belonged to the legal form.
    if (
      strippedSuffixes.length > 0 &&
      end - first > 1 &&
      tokens[end - 1]?.toLowerCase() === 'and'
    ) {
      strippedSuffixes.unshift('&')
      end--
    }
  }
  const rest = first === 0 && end === tokens.length ? tokens : tokens.slice(first, end)
  return { tokens: rest, strippedSuffixes }
}

/*
 * German umlauts are written "ae"/"oe"/"ue" where a keyboard has none, and accents fold "ü" to
 * "u": so after a consonant "ue" is read as "u" ("Mueller", "Müller" and "Muller" are one name).
 * Both sides fold alike, so the few words it also touches ("Blue" → "blu") still meet each other.
 */
const UMLAUT_DIGRAPH = /(?<=[b-df-hj-np-tv-z])([aou])e/g

/** A written word as compared: abbreviation or number word in its long form, umlauts folded. */
export function comparableWord(word: string, skip?: NameStep): string {
  const long = skip === 'abbreviations' ? word : canonicalWord(word)
  return skip !== 'accents' && hasUmlautDigraph(long) ? long.replace(UMLAUT_DIGRAPH, '$1') : long
}

function comparableWords(tokens: string[], skip: NameStep | undefined): string[] {
  // Most names have no abbreviation or umlaut spelling: keep their array rather than a copy.
  let words = tokens
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string
    const word = comparableWord(token, skip)
    if (word === token) continue
    if (words === tokens) words = tokens.slice()
    words[i] = word
  }
  return words
}

const MAYBE_DIGRAPH = /[aou]e/
const hasUmlautDigraph = (word: string) => MAYBE_DIGRAPH.test(word)

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
