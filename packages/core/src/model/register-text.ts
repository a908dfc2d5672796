import * as v from 'valibot'

/** The longest name the register keeps (customer, top level, subscription, distributor name). */
export const NAME_MAX = 200
/** The longest address line (line1, line2, city, region, postcode). */
export const ADDRESS_LINE_MAX = 200
/** The longest free text (ids, SKUs, domains, tax ids): room for any distributor's ids. */
export const TEXT_MAX = 2000

// C0 and C1 controls and DEL hide text or break the CSV and the layout; the bidi overrides and
// isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) make a name read differently from what
// it is ("Trojan Source"); a lone surrogate is not text at all and turns into U+FFFD in storage.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Why `text` cannot be kept in the register, or undefined when it can. */
export function textProblem(text: string): string | undefined {
  const control = CONTROL.exec(text)
  if (control) {
    const code = control[0].codePointAt(0) ?? 0
    return `must not contain control or direction characters (found U+${code.toString(16).toUpperCase().padStart(4, '0')} at character ${control.index + 1})`
  }
  if (LONE_SURROGATE.test(text)) return 'must not contain broken characters (a lone surrogate)'
  return undefined
}

const CONTROLS = new RegExp(CONTROL.source, 'g')
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g')
const DIRECTION = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * `text` as the register can keep it, for display text a distributor sent (names, address lines,
 * SKUs): direction marks dropped, other control characters (a tab, a line break) turned into a
 * space, a lone surrogate into U+FFFD, and anything over `max` characters cut to `max` ending in
 * "…". A distributor's name must not fail a whole sync because the register has limits; an id is
 * never fitted (changing it would lose the record): docs/register.md "What the register accepts".
 */
export function fitText(text: string, max: number): string {
  let fitted = text
  if (textProblem(fitted)) {
    fitted = fitted
      .replace(DIRECTION, '')
      .replace(CONTROLS, ' ')
      .replace(LONE_SURROGATES, '\ufffd')
      .trim()
  }
  if (fitted.length <= max) return fitted
  let end = max - 1
  // Never cut a surrogate pair in two.
  if (/[\ud800-\udbff]/.test(fitted.charAt(end - 1))) end--
  return `${fitted.slice(0, end).trimEnd()}…`
}

/** A string the register keeps: at most `max` characters, no control characters. */
export function registerText(max: number) {
  return v.pipe(
    v.string('must be text'),
    v.maxLength(max, `must be at most ${max.toLocaleString('en')} characters`),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return
      const problem = textProblem(dataset.value)
      if (problem) addIssue({ message: problem })
    }),
  )
}

/** A name: required text of 1 to NAME_MAX characters. */
export const NameTextSchema = v.pipe(
  registerText(NAME_MAX),
  v.check((name) => name.trim().length > 0, 'must not be empty'),
)
export const AddressLineSchema = registerText(ADDRESS_LINE_MAX)
export const PlainTextSchema = registerText(TEXT_MAX)
/** A record's id or key: required text of 1 to TEXT_MAX characters. */
export const RegisterIdSchema = v.pipe(PlainTextSchema, v.minLength(1, 'must not be empty'))

/** A seat count: a whole number of 0 or more. */
export const QuantitySchema = v.pipe(
  v.number('must be a whole number of 0 or more'),
  v.finite('must be a whole number of 0 or more'),
  v.integer('must be a whole number of 0 or more'),
  v.minValue(0, 'must be a whole number of 0 or more'),
)
