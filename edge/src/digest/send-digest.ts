import type { Digest, DigestSendResult } from '@seatkeeper/core'
import {
  createRetryPolicy,
  DistributorError,
  isDistributorError,
  readRetryAfter,
  realSleep,
  redactSecrets,
  type RetryOptions,
} from '@seatkeeper/distributors'
import { isLocalMode } from '../http/runtime-env'
import { openDigestWebhook, type DigestWebhookMeta } from '../vault'
import { webhookPayload } from './webhook-payload'

const SEND_TIMEOUT_MS = 10_000
const SERVICE_NAMES = { slack: 'Slack', teams: 'Microsoft Teams', sandbox: 'The sandbox sink' }
const CALL = 'POST digest webhook'

/** A webhook delivery's outcome with the number of tries it took. */
export type WebhookSendResult = DigestSendResult & { attempts: number }

/**
 * Posts `digest` to the configured webhook and says what happened. Never follows a redirect: the
 * URL was checked against the allow-list when it was saved, and a redirect would send the digest
 * somewhere that was not. In local mode only the sandbox sink is ever posted to. With `retry`,
 * no answer, a 429 or a 5xx is tried again by the distributors' shared retry policy (backoff with
 * jitter, Retry-After honoured up to `maxDelayMs`); without it, the post is tried once.
 */
export async function sendDigest(
  env: Env,
  digest: Digest,
  retry: RetryOptions = { maxAttempts: 1 },
): Promise<WebhookSendResult> {
  const webhook = await openDigestWebhook(env)
  if (!webhook) {
    return {
      sent: false,
      attempts: 0,
      message: 'No webhook is set: add a Slack or Teams webhook URL first.',
    }
  }
  if (isLocalMode(env) && webhook.service !== 'sandbox') {
    return {
      sent: false,
      attempts: 0,
      message: `Local mode sends digests only to the sandbox's sink; nothing was sent to ${webhook.host}.`,
    }
  }
  return postWebhook(webhook, digest, retry)
}

async function postWebhook(
  webhook: DigestWebhookMeta & { url: string },
  digest: Digest,
  retry: RetryOptions,
): Promise<WebhookSendResult> {
  const who = SERVICE_NAMES[webhook.service]
  const body = JSON.stringify(webhookPayload(webhook.service, digest))
  // Slack and Teams webhooks take no idempotency key, so a 5xx that had in fact posted is posted
  // again: a digest twice is better than none, hence `idempotent` below.
  const policy = createRetryPolicy({ options: retry, sleep: realSleep, random: Math.random })
  let attempts = 0
  let response
  try {
    ;({ response } = await policy.run(true, async () => {
      attempts++
      try {
        const answer = await fetch(webhook.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
        })
        const retryAfterMs = readRetryAfter(answer.headers, Date.now())
        return {
          response: { status: answer.status, headers: answer.headers, text: await said(answer) },
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        }
      } catch (error) {
        const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
        const message = timedOut
          ? `${webhook.host} did not answer within ${SEND_TIMEOUT_MS / 1000} seconds; the digest was not sent.`
          : `Could not reach ${webhook.host}; the digest was not sent.`
        // The shared retry policy takes failures as DistributorErrors; 'unavailable' is retried.
        const failure = {
          kind: 'unavailable' as const,
          distributor: webhook.service,
          call: CALL,
          message,
        }
        return { error: new DistributorError(failure), sent: true }
      }
    }))
  } catch (error) {
    if (!isDistributorError(error)) throw error
    return { sent: false, attempts, message: `${error.message} ${retryAdvice(attempts)}` }
  }
  const status = response.status
  const tries = attempts > 1 ? ` on try ${attempts}` : ''
  if (status >= 200 && status < 300) {
    return {
      sent: true,
      attempts,
      status,
      message: `${who} accepted the digest (${status})${tries}.`,
    }
  }
  if (status >= 300 && status < 400) {
    return {
      sent: false,
      attempts,
      status,
      message: `${webhook.host} answered with a redirect (${status}); Seatkeeper does not follow redirects, so nothing was sent. Copy the webhook URL from ${who} again and save it.`,
    }
  }
  // Slack and Teams answer a short reason in the body ("no_service", "invalid_token"); the URL is
  // not meant to be in it, and is blanked out should a service ever echo it.
  const reason = redactSecrets(response.text, webhookSecrets(webhook.url))
  const transient = status === 429 || status >= 500
  return {
    sent: false,
    attempts,
    status,
    message: `${who} refused the digest (${status}${reason ? `: ${reason}` : ''}). ${
      transient ? `${trouble(who, status)} ${retryAdvice(attempts)}` : advice(webhook, status)
    }`,
  }
}

/** The answer's reason in its body, for a refusal only; at most 200 characters. */
async function said(answer: Response): Promise<string> {
  if (answer.status < 400) {
    await answer.body?.cancel()
    return ''
  }
  return (await answer.text().catch(() => '')).trim().slice(0, 200)
}

/** The URL and each part of it: Slack's token is a path segment, Teams' signature a query value. */
function webhookSecrets(raw: string): Record<string, string> {
  const url = new URL(raw)
  const parts = [...url.pathname.split('/').filter(Boolean), ...url.searchParams.values()]
  return {
    url: raw,
    path: `${url.pathname}${url.search}`,
    ...Object.fromEntries(parts.map((part, i) => [`part${i}`, part])),
  }
}

function trouble(who: string, status: number): string {
  return status === 429 ? `${who} is rate limiting.` : `${who} is having trouble.`
}

function retryAdvice(attempts: number): string {
  const tried = attempts > 1 ? `Seatkeeper tried ${attempts} times; the` : 'The'
  return `${tried} next digest will try again, or send a test message to try now.`
}

const NEW_WEBHOOK = {
  slack: 'create a new incoming webhook in Slack',
  teams: 'create a new Workflows webhook in the Teams channel',
  sandbox: "use the sandbox's /_digest sink",
}

function advice(webhook: DigestWebhookMeta, status: number): string {
  if (status === 404 || status === 410 || status === 403)
    return `The webhook may have been removed or disabled: ${NEW_WEBHOOK[webhook.service]} and paste its URL here.`
  return 'Check the webhook URL and save it again.'
}
