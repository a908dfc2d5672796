import { DistributorError } from '../errors'

// Shorter values (a "1", a region code) would blank out ordinary words; real secrets are longer.
const MIN_SECRET_LENGTH = 6

/**
 * Defence in depth: messages are built without secrets, but a distributor may echo one back in its
 * error detail ("invalid key abc…", or the form it was sent: `client_secret=a%2Bb`). Every saved
 * secret is blanked out as it is and in its URL-encoded forms, in a text or a DistributorError's
 * message bound for a response, a log or KV. The one redactor of the edge and the adapters.
 */
export function redactSecrets(text: string, secrets: Readonly<Record<string, string>>): string
export function redactSecrets(
  error: DistributorError,
  secrets: Readonly<Record<string, string>>,
): DistributorError
export function redactSecrets(
  subject: string | DistributorError,
  secrets: Readonly<Record<string, string>>,
): string | DistributorError {
  if (typeof subject === 'string') return redactText(subject, secrets)
  const message = redactText(subject.message, secrets)
  if (message === subject.message) return subject
  return new DistributorError({ ...subject.toJSON(), message })
}

function redactText(text: string, secrets: Readonly<Record<string, string>>): string {
  let out = text
  for (const secret of Object.values(secrets)) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.replace(anyEncoding(secret), '[redacted]')
  }
  return out
}

/**
 * The secret as it is, or with any of its characters percent-encoded (in either case: %2B, %2b)
 * and a space as "+": what a URL, a form body (`client_secret=a%2Bb`) or a distributor quoting
 * either gives back, whichever encoder made it.
 */
function anyEncoding(secret: string): RegExp {
  const encoder = new TextEncoder()
  const pattern = [...secret]
    .map((char) => {
      const escapes = [...encoder.encode(char)]
        .map((byte) => '%' + [...byte.toString(16).padStart(2, '0')].map(hexDigit).join(''))
        .join('')
      const forms = [escapeRegExp(char), escapes, ...(char === ' ' ? ['\\+'] : [])]
      return `(?:${forms.join('|')})`
    })
    .join('')
  return new RegExp(pattern, 'g')
}

function hexDigit(digit: string): string {
  return /[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
