import type { Digest, DigestSendResult } from '@seatkeeper/core'
import { isLocalMode } from '../http/runtime-env'
import { openDigestWebhook, type DigestWebhookMeta } from '../vault'
import { webhookPayload } from './webhook-payload'

const SEND_TIMEOUT_MS = 10_000
const SERVICE_NAMES = { slack: 'Slack', teams: 'Microsoft Teams', sandbox: 'The sandbox sink' }

/**
 * Posts `digest` to the configured webhook and says what happened. Never follows a redirect: the
 * URL was checked against the allow-list when it was saved, and a redirect would send the digest
 * somewhere that was not. In local mode only the sandbox sink is ever posted to.
 */
export async function sendDigest(env: Env, digest: Digest): Promise<DigestSendResult> {
  const webhook = await openDigestWebhook(env)
  if (!webhook) {
    return { sent: false, message: 'No webhook is set: add a Slack or Teams webhook URL first.' }
  }
  if (isLocalMode(env) && webhook.service !== 'sandbox') {
    return {
      sent: false,
      message: `Local mode sends digests only to the sandbox's sink; nothing was sent to ${webhook.host}.`,
    }
  }
  return postWebhook(webhook, digest)
}

async function postWebhook(
  webhook: DigestWebhookMeta & { url: string },
  digest: Digest,
): Promise<DigestSendResult> {
  const who = SERVICE_NAMES[webhook.service]
  let response: Response
  try {
    response = await fetch(webhook.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(webhookPayload(webhook.service, digest)),
      redirect: 'manual',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    })
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    return {
      sent: false,
      message: timedOut
        ? `${webhook.host} did not answer within ${SEND_TIMEOUT_MS / 1000} seconds; the digest was not sent. Try again later.`
        : `Could not reach ${webhook.host}; the digest was not sent. Try again later.`,
    }
  }
  const status = response.status
  if (status >= 200 && status < 300) {
    await response.body?.cancel()
    return { sent: true, message: `${who} accepted the digest (${status}).`, status }
  }
  if (status >= 300 && status < 400) {
    await response.body?.cancel()
    return {
      sent: false,
      status,
      message: `${webhook.host} answered with a redirect (${status}); Seatkeeper does not follow redirects, so nothing was sent. Copy the webhook URL from ${who} again and save it.`,
    }
  }
  // Slack and Teams answer a short reason in the body ("no_service", "invalid_token"); the URL is
  // not in it, so it is safe to show.
  const said = (await response.text().catch(() => '')).trim().slice(0, 200)
  return {
    sent: false,
    status,
    message: `${who} refused the digest (${status}${said ? `: ${said}` : ''}). ${advice(status)}`,
  }
}

function advice(status: number): string {
  if (status === 404 || status === 410 || status === 403)
    return 'The webhook may have been removed or disabled: create a new one and save its URL.'
  if (status === 429) return 'It is rate limiting; the next digest will try again.'
  if (status >= 500) return 'The service is having trouble; the next digest will try again.'
  return 'Check the webhook URL and save it again.'
}
