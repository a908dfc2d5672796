import { DistributorError } from '@seatkeeper/distributors'

/**
 * The error with every secret of the connection blanked out of its message. Adapters already
 * avoid echoing secrets; a distributor's own error text quoted back is what this guards against.
 */
export function redactSecrets(
  error: DistributorError,
  secrets: Readonly<Record<string, string>>,
): DistributorError {
  let message = error.message
  for (const secret of Object.values(secrets)) {
    // Very short values would blank ordinary words; no real credential is that short.
    if (secret.length >= 4) message = message.split(secret).join('[redacted]')
  }
  if (message === error.message) return error
  return new DistributorError({ ...error.toJSON(), message })
}
