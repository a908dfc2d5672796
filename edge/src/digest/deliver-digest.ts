import type { Digest, DigestDelivery, DigestSend, DigestTestResult } from '@seatkeeper/core'
import type { RetryOptions } from '@seatkeeper/distributors'
import { registerStub } from '../register/register-stub'
import { readDigestWebhookMeta } from '../vault'
import { emailAvailable, emailDigest, readDigestEmail } from './digest-email'
import { sendDigest, type WebhookSendResult } from './send-digest'

/** Which digest is sent: the 06:00 cron's, or a test message; and how its webhook post retries. */
export type DigestAttempt = {
  kind: DigestSend['kind']
  /** When the attempt started; the digest covers this instant's UTC day. */
  now: number
  retry?: RetryOptions
}

/**
 * Sends `digest` everywhere it is set to go (the webhook, e-mail, both, or nowhere) and records the
 * attempt in the register: when, to which channels, and what happened to each.
 */
export async function deliverDigest(
  env: Env,
  digest: Digest,
  attempt: DigestAttempt,
): Promise<DigestTestResult> {
  const [webhook, to] = await Promise.all([readDigestWebhookMeta(env), readDigestEmail(env)])
  const [webhookResult, emailResult] = await Promise.all([
    webhook ? sendDigest(env, digest, attempt.retry) : undefined,
    to && emailAvailable(env) ? emailDigest(env, digest, to) : undefined,
  ])
  const deliveries: DigestDelivery[] = []
  if (webhook && webhookResult) {
    const { service, host } = webhook
    deliveries.push({ channel: 'webhook', service, host, ...webhookResult })
  }
  // Cloudflare's refusals (an unverified destination, a From off the domain) do not pass with
  // time, so an e-mail is tried once.
  if (to && emailResult) deliveries.push({ channel: 'email', to, ...emailResult, attempts: 1 })
  if (deliveries.length > 0) {
    const at = new Date(attempt.now).toISOString()
    await registerStub(env).recordDigestSend({
      at,
      kind: attempt.kind,
      day: at.slice(0, 10),
      deliveries,
    })
  }
  return {
    ...(webhookResult ? { webhook: answered(webhookResult) } : {}),
    ...(emailResult ? { email: emailResult } : {}),
  }
}

/** The result as POST /api/digest/test answers it: the tries only when there was more than one. */
function answered({ attempts, ...result }: WebhookSendResult) {
  return attempts > 1 ? { ...result, attempts } : result
}

/** Whether any delivery is set up. */
export async function digestConfigured(env: Env): Promise<boolean> {
  if (await readDigestWebhookMeta(env)) return true
  return emailAvailable(env) && (await readDigestEmail(env)) !== null
}
