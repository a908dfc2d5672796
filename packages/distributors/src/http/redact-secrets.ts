import { DistributorError } from '../errors'

// Shorter values (a "1", a region code) would blank out ordinary words; real secrets are longer.
const MIN_SECRET_LENGTH = 6

/**
 * Defence in depth: messages are built without secrets, but a distributor may echo one back in
 * its error detail (an API key in "invalid key abc…"). Any saved secret found is blanked out.
 */
export function redactSecrets(
  error: DistributorError,
  secrets: Readonly<Record<string, string>>,
): DistributorError {
  let message = error.message
  for (const secret of Object.values(secrets)) {
    if (secret.length >= MIN_SECRET_LENGTH) message = message.split(secret).join('[redacted]')
    const encoded = encodeURIComponent(secret)
    if (encoded !== secret && encoded.length >= MIN_SECRET_LENGTH)
      message = message.split(encoded).join('[redacted]')
  }
  if (message === error.message) return error
  return new DistributorError({ ...error.toJSON(), message })
}
