import type { RunTrigger } from '@seatkeeper/core'
import { isDistributorError } from '@seatkeeper/distributors'
import { connectorById } from '@seatkeeper/psa'
import { AppError } from '../http/app-error'
import { ConnectionNotFoundError } from '../vault'

export type Failure = {
  /** Stored as the connection's last error and returned by Sync now: never a secret. */
  message: string
  /** Seconds until the queue should try the message again; absent when trying again cannot help. */
  retryAfterSeconds?: number
  /** The connection no longer exists: nothing to record on it. */
  gone?: boolean
  /** Neither the distributor's nor the vault's doing: worth a log line with the stack. */
  unexpected?: boolean
}

// The queue retries a failed message after this long unless the distributor said otherwise: a
// distributor that is down at 04:00 is usually back within minutes.
const DEFAULT_RETRY_SECONDS = 300
// Retry-After beyond the queue's limit (12 h) is clamped; a minute is the shortest worth a message.
const MIN_RETRY_SECONDS = 60
const MAX_RETRY_SECONDS = 12 * 60 * 60

/**
 * What a failed run tells the user and the queue. A distributor that is down or rate limiting us
 * and an unexpected failure (the register unreachable, a bug) are worth another attempt; refused
 * credentials, a changed API or a deleted connection fail the same way every time, so they are not.
 */
export function classifyFailure(error: unknown, trigger: RunTrigger | 'import' = 'cron'): Failure {
  if (isDistributorError(error)) {
    if (error.kind === 'unavailable' || error.kind === 'rate-limited') {
      const asked =
        error.retryAfterMs === undefined
          ? DEFAULT_RETRY_SECONDS
          : Math.ceil(error.retryAfterMs / 1000)
      const what = error.kind === 'unavailable' ? 'is unavailable' : 'is rate limiting Seatkeeper'
      // Only the cron's run is retried by the queue; a Sync now is retried by pressing it again.
      const next =
        trigger === 'sync-now'
          ? 'press Sync now again in a few minutes'
          : trigger === 'import'
            ? 'read the distributor again in a few minutes'
            : 'the integrator will try again later'
      return {
        message: `${upstreamOf(error.distributor)} ${what}; nothing was changed and ${next}. ${error.message}`,
        retryAfterSeconds: Math.min(MAX_RETRY_SECONDS, Math.max(MIN_RETRY_SECONDS, asked)),
      }
    }
    return { message: `Nothing was changed. ${error.message}` }
  }
  // The vault's errors (no such connection, unreadable credentials, missing key) are user-facing.
  if (error instanceof AppError) {
    return {
      message: error.message,
      ...(error instanceof ConnectionNotFoundError ? { gone: true } : {}),
    }
  }
  return {
    // It may have failed after the register was written; the retry re-plans and finishes the job.
    message:
      'The sync failed unexpectedly and will be tried again. The Worker log has the details.',
    retryAfterSeconds: DEFAULT_RETRY_SECONDS,
    unexpected: true,
  }
}

/**
 * Who failed, as the sentence's subject. A PSA is named ("HaloPSA is unavailable"): "the
 * distributor" would be wrong for a PSA's daily refresh. A distributor keeps the words its
 * users and the docs know.
 */
function upstreamOf(adapterId: string): string {
  const connector = connectorById(adapterId)
  return connector?.kind === 'psa' ? connector.adapter.label : 'The distributor'
}
