import type { RetryOptions } from '@seatkeeper/distributors'
import { deliverDigest, digestConfigured } from './deliver-digest'
import { gatherDigest } from './gather-digest'

/** The digest's Cron Trigger in wrangler.toml: 06:00 UTC, two hours after the syncs' (docs/integrator.md). */
export const DIGEST_CRON = '0 6 * * *'

/**
 * How the 06:00 post retries no answer, a 429 or a 5xx, inside the one cron invocation: 4 tries,
 * backoff from 2 s, a Retry-After honoured up to 30 s, at most 60 s of waiting in all. With the
 * 10 s timeout per try that is under 2 minutes, well inside a Cron Trigger's 15-minute wall time.
 */
export const NIGHTLY_RETRY: RetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 2_000,
  maxDelayMs: 30_000,
  budgetMs: 60_000,
}

/** The digest's Cron Trigger: compose the night's digest, send it where a delivery is set, record it. */
export async function sendDailyDigest(env: Env, scheduledTime: number): Promise<void> {
  if (!(await digestConfigured(env))) return
  const digest = await gatherDigest(env, scheduledTime)
  const results = await deliverDigest(env, digest, {
    kind: 'nightly',
    now: scheduledTime,
    retry: NIGHTLY_RETRY,
  })
  // The outcome is on the Daily digest screen (the register's record) and in the Worker's logs.
  for (const [channel, result] of Object.entries(results)) {
    if (result.sent) console.log(`Daily digest (${channel}): ${result.message}`)
    else console.warn(`Daily digest (${channel}) not sent: ${result.message}`)
  }
}
