import { DIGEST_SENDS_KEPT } from '@seatkeeper/core'
import { createExecutionContext, createScheduledController } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import worker from '../../src/index'
import { createTestSigner, TEAM_DOMAIN } from '../auth/test-access-team'
import { installOutbound, type OriginHandler } from '../support/outbound'
import { productionApi } from './production-api'

const signer = await createTestSigner('digest-sends-team-key')
const production = productionApi(signer)
const outbound = installOutbound({
  [TEAM_DOMAIN]: async () => Response.json(await signer.jwks()),
})
const SLACK = 'https://hooks.slack.com'
const TOKEN = 'xoxbS3cr3tWebhookToken'
const WEBHOOK = `${SLACK}/services/T0DIGEST/B0DIGEST/${TOKEN}`
const SIX_AM = Date.parse('2026-12-03T06:00:00Z')

/** Slack answering each post with the next of `answers` (the last one repeats). */
function slackAnswers(...answers: (() => Response)[]): { posts: () => number } {
  let posts = 0
  const handler: OriginHandler = () => answers[Math.min(posts++, answers.length - 1)]!()
  outbound.serve(SLACK, handler)
  return { posts: () => posts }
}

/** The 06:00 Cron Trigger, as the runtime fires it on a deployed Worker. */
async function sixAmCron(): Promise<void> {
  await worker.scheduled(
    createScheduledController({ scheduledTime: SIX_AM, cron: '0 6 * * *' }),
    env,
    createExecutionContext(),
  )
}

async function sends(): Promise<any[]> {
  const settings = await production('GET', '/api/digest/settings')
  expect(settings.status).toBe(200)
  expect(settings.text).not.toContain(TOKEN)
  return settings.body.sends
}

describe('the record of digest sends', () => {
  it('retries a nightly post Slack answers 503 and records it as sent on the second try', async () => {
    const slack = slackAnswers(
      () => new Response('service unavailable', { status: 503, headers: { 'retry-after': '0' } }),
      () => new Response('ok'),
    )
    await production('PUT', '/api/digest/settings', { webhookUrl: WEBHOOK })
    await sixAmCron()
    expect(slack.posts()).toBe(2)
    expect((await sends())[0]).toEqual({
      at: '2026-12-03T06:00:00.000Z',
      kind: 'nightly',
      day: '2026-12-03',
      deliveries: [
        {
          channel: 'webhook',
          service: 'slack',
          host: 'hooks.slack.com',
          sent: true,
          status: 200,
          attempts: 2,
          message: 'Slack accepted the digest (200) on try 2.',
        },
      ],
    })
  })

  it('does not retry a nightly post Slack answers 404 and records why, in words to act on', async () => {
    const slack = slackAnswers(() => new Response('no_service', { status: 404 }))
    await production('PUT', '/api/digest/settings', { webhookUrl: WEBHOOK })
    await sixAmCron()
    expect(slack.posts()).toBe(1)
    const [last] = await sends()
    expect(last).toMatchObject({ kind: 'nightly', day: '2026-12-03' })
    expect(last.deliveries).toEqual([
      {
        channel: 'webhook',
        service: 'slack',
        host: 'hooks.slack.com',
        sent: false,
        status: 404,
        attempts: 1,
        message:
          'Slack refused the digest (404: no_service). The webhook may have been removed or disabled: create a new incoming webhook in Slack and paste its URL here.',
      },
    ])
  })

  it('stops after 4 tries when Slack keeps rate limiting, and says it tried', async () => {
    const slack = slackAnswers(
      () => new Response('rate_limited', { status: 429, headers: { 'retry-after': '0' } }),
    )
    await production('PUT', '/api/digest/settings', { webhookUrl: WEBHOOK })
    await sixAmCron()
    expect(slack.posts()).toBe(4)
    expect((await sends())[0].deliveries[0]).toMatchObject({
      sent: false,
      status: 429,
      attempts: 4,
      message:
        'Slack refused the digest (429: rate_limited). Slack is rate limiting. Seatkeeper tried 4 times; the next digest will try again, or send a test message to try now.',
    })
  })

  it('never records the webhook URL, not even when Slack echoes it back', async () => {
    slackAnswers(() => new Response(`invalid_payload for ${WEBHOOK}`, { status: 400 }))
    await production('PUT', '/api/digest/settings', { webhookUrl: WEBHOOK })
    const test = await production('POST', '/api/digest/test', {})
    expect(test.body.webhook.sent).toBe(false)
    expect(test.text).not.toContain(TOKEN)
    const [last] = await sends()
    expect(last.kind).toBe('test')
    expect(last.deliveries[0].message).toMatch(/^Slack refused the digest \(400: invalid_payload/)
    const stored = JSON.stringify(
      await env.REGISTER.get(env.REGISTER.idFromName('register')).listDigestSends(),
    )
    expect(stored).toContain('hooks.slack.com')
    expect(stored).not.toContain(TOKEN)
    expect(stored).not.toContain('/services/')
  })

  it('records a test message that cannot reach Slack, tried once', async () => {
    const slack = slackAnswers(() => {
      throw new TypeError('Network connection lost.')
    })
    await production('PUT', '/api/digest/settings', { webhookUrl: WEBHOOK })
    const test = await production('POST', '/api/digest/test', {})
    expect(slack.posts()).toBe(1)
    expect(test.body.webhook).toEqual({
      sent: false,
      message:
        'Could not reach hooks.slack.com; the digest was not sent. The next digest will try again, or send a test message to try now.',
    })
    expect((await sends())[0].deliveries[0]).toMatchObject({ sent: false, attempts: 1 })
  })

  it(`keeps only the last ${DIGEST_SENDS_KEPT} attempts, newest first`, async () => {
    slackAnswers(() => new Response('ok'))
    await production('PUT', '/api/digest/settings', { webhookUrl: WEBHOOK })
    for (let i = 0; i < DIGEST_SENDS_KEPT + 2; i++) await production('POST', '/api/digest/test', {})
    await sixAmCron()
    const kept = await sends()
    expect(kept).toHaveLength(DIGEST_SENDS_KEPT)
    expect(kept[0]).toMatchObject({ kind: 'nightly', at: '2026-12-03T06:00:00.000Z' })
    expect(kept.slice(1).every((s) => s.kind === 'test')).toBe(true)
  })
})
