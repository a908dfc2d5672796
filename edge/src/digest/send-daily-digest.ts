import { deliverDigest, digestConfigured } from './deliver-digest'
import { gatherDigest } from './gather-digest'

/** The digest's Cron Trigger in wrangler.toml: 06:00 UTC, two hours after the syncs' (docs/integrator.md). */
export const DIGEST_CRON = '0 6 * * *'

/** The digest's Cron Trigger: compose the night's digest and send it, where a delivery is set. */
export async function sendDailyDigest(env: Env, scheduledTime: number): Promise<void> {
  if (!(await digestConfigured(env))) return
  const results = await deliverDigest(env, await gatherDigest(env, scheduledTime))
  // The cron has no one to answer: the outcome goes to the Worker's logs (`wrangler tail`).
  for (const [channel, result] of Object.entries(results)) {
    if (result.sent) console.log(`Daily digest (${channel}): ${result.message}`)
    else console.warn(`Daily digest (${channel}) not sent: ${result.message}`)
  }
}
