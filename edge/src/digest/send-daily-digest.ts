import { gatherDigest } from './gather-digest'
import { sendDigest } from './send-digest'
import { readDigestWebhookMeta } from '../vault'

/** The digest's Cron Trigger in wrangler.toml: 06:00 UTC, two hours after the syncs' (docs/integrator.md). */
export const DIGEST_CRON = '0 6 * * *'

/** The digest's Cron Trigger: compose the night's digest and post it, when a webhook is set. */
export async function sendDailyDigest(env: Env, scheduledTime: number): Promise<void> {
  if (!(await readDigestWebhookMeta(env))) return
  const result = await sendDigest(env, await gatherDigest(env, scheduledTime))
  // The cron has no one to answer: the outcome goes to the Worker's logs (`wrangler tail`).
  if (result.sent) console.log(`Daily digest: ${result.message}`)
  else console.warn(`Daily digest not sent: ${result.message}`)
}
