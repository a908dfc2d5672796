import { isDistributorError, type UpstreamConnector } from '@seatkeeper/distributors'
import { AppError } from '../http/app-error'

/**
 * What the caller is answered when a PSA call of a route (not the proxy, which relays the PSA's
 * own answer) failed: 429 when the PSA is rate limiting us, else 502, with the PSA's words and the
 * adapter's advice. A refused login is a 502 too, never a 401/403, which would read as the
 * caller's own sign-in to Seatkeeper. Anything that is not a PSA failure is returned as it is.
 */
export function psaFailure(error: unknown, adapter: UpstreamConnector): unknown {
  if (!isDistributorError(error)) return error
  const hint = adapter.hints[error.kind]
  const message = hint && !error.message.includes(hint) ? `${error.message} ${hint}` : error.message
  if (error.kind === 'rate-limited') {
    return new AppError('rate-limited', message, {
      cause: error,
      retryAfterSeconds: Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 1000)),
    })
  }
  return new AppError('upstream', message, { cause: error })
}
