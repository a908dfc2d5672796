import type { Digest, DigestTestResult } from '@seatkeeper/core'
import { readDigestWebhookMeta } from '../vault'
import { emailAvailable, emailDigest, readDigestEmail } from './digest-email'
import { sendDigest } from './send-digest'

/** Sends `digest` everywhere it is set to go: the webhook, e-mail, both, or (nothing set) nowhere. */
export async function deliverDigest(env: Env, digest: Digest): Promise<DigestTestResult> {
  const [webhook, to] = await Promise.all([readDigestWebhookMeta(env), readDigestEmail(env)])
  const [webhookResult, emailResult] = await Promise.all([
    webhook ? sendDigest(env, digest) : undefined,
    to && emailAvailable(env) ? emailDigest(env, digest, to) : undefined,
  ])
  return {
    ...(webhookResult ? { webhook: webhookResult } : {}),
    ...(emailResult ? { email: emailResult } : {}),
  }
}

/** Whether any delivery is set up. */
export async function digestConfigured(env: Env): Promise<boolean> {
  if (await readDigestWebhookMeta(env)) return true
  return emailAvailable(env) && (await readDigestEmail(env)) !== null
}
