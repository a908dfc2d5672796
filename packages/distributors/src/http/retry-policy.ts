import type { DistributorError } from '../errors'
import type { HttpResponse } from './types'

export type RetryOptions = {
  /** Tries per call, the first included. */
  maxAttempts?: number
  baseDelayMs?: number
  /** Cap on one wait, also on a Retry-After the distributor asks for. */
  maxDelayMs?: number
  /** Total waiting one client may spend on retries across all its calls (one listing, one run). */
  budgetMs?: number
}

/** One try: either an answer, or a failure before any answer (network, timeout, login trouble). */
export type Attempt =
  | { response: HttpResponse; retryAfterMs?: number }
  | {
      error: DistributorError
      /** False when the failure happened before the request left (e.g. the token exchange). */
      sent: boolean
    }

export type RetryStats = { retries: number; waitedMs: number }

export type RetryPolicy = {
  readonly stats: RetryStats
  /**
   * Runs `attempt` until it gives a non-retryable answer or the attempts or budget run out.
   * Resolves with the last answer (the caller maps its status to an error) and, for one that was
   * still retryable, how long the distributor asked to wait; rejects with a failure's error.
   */
  run(
    idempotent: boolean,
    attempt: () => Promise<Attempt>,
  ): Promise<{ response: HttpResponse; retryAfterMs?: number }>
}

// 408 and 429 say "try later"; 500/502/503/504 are the gateway and overload answers that usually
// pass. 501 and 505 never do, so they are not retried.
const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504])

/** Whether a status is worth trying again (for calls that are safe to repeat). */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status)
}

/**
 * The single retry implementation (the direct and the proxy clients both use it): full-jitter
 * exponential backoff, a Retry-After from the distributor honoured up to maxDelayMs, and a waiting
 * budget shared by every call of the client so a failing distributor cannot stall a run for hours.
 */
export function createRetryPolicy(o: {
  options?: RetryOptions
  sleep: (ms: number) => Promise<void>
  random: () => number
}): RetryPolicy {
  const maxAttempts = Math.max(1, o.options?.maxAttempts ?? 5)
  const baseDelayMs = o.options?.baseDelayMs ?? 500
  const maxDelayMs = o.options?.maxDelayMs ?? 30_000
  const budgetMs = o.options?.budgetMs ?? 120_000
  const stats: RetryStats = { retries: 0, waitedMs: 0 }

  return {
    stats,
    async run(idempotent, attempt) {
      for (let tried = 0; ; tried++) {
        const outcome = await attempt()
        let asked: number | undefined
        if ('error' in outcome) {
          const transient =
            outcome.error.kind === 'unavailable' || outcome.error.kind === 'rate-limited'
          // A request that may have reached the distributor is repeated only when repeating is safe.
          if (!transient || (outcome.sent && !idempotent)) throw outcome.error
          asked = outcome.error.retryAfterMs
        } else {
          if (!idempotent || !isRetryableStatus(outcome.response.status)) return outcome
          asked = outcome.retryAfterMs
        }
        const backoff = o.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** tried)
        const delay = Math.round(asked !== undefined ? Math.min(asked, maxDelayMs) : backoff)
        const outOfTries = tried + 1 >= maxAttempts
        const outOfBudget = stats.waitedMs + delay > budgetMs
        if (outOfTries || outOfBudget) {
          if ('error' in outcome) throw outcome.error
          return {
            response: outcome.response,
            // Without the distributor's word, the wait we would have made next is the best advice.
            retryAfterMs: asked ?? Math.min(maxDelayMs, baseDelayMs * 2 ** (tried + 1)),
          }
        }
        stats.retries++
        stats.waitedMs += delay
        await o.sleep(delay)
      }
    },
  }
}

/** Time, randomness and retry settings both HTTP clients take, injectable for tests. */
export type ClientClock = {
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  /** For backoff jitter. */
  random?: () => number
  retry?: RetryOptions
  /** Per call, the answer's body included. Default 30 s. */
  timeoutMs?: number
}
