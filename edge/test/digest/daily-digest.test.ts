import { addDays, englishDate, type Subscription } from '@seatkeeper/core'
import { createExecutionContext, createScheduledController } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import worker from '../../src/index'
import { createTestSigner, TEAM_DOMAIN } from '../auth/test-access-team'
import { answers, api } from '../connections/local-api'
import {
  deliver,
  enabledConnection,
  job,
  localEnv,
  smallWorld,
} from '../integrator/integrator-harness'
import { applyNow, uniqueId } from '../register/register-api'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { productionApi } from './production-api'

const signer = await createTestSigner('digest-team-key')
const production = productionApi(signer)
const outbound = installOutbound({
  [TEAM_DOMAIN]: async () => Response.json(await signer.jwks()),
})
const SINK = `${SANDBOX_ORIGIN}/_digest`

/** A night in which the Rhipe connection's distributor refuses its credentials. */
async function nightWithFailure(): Promise<{
  sandbox: ReturnType<typeof testSandbox>
  name: string
}> {
  const sandbox = testSandbox({
    world: smallWorld(1701),
    faults: { failPage: { page: 1, status: 401, times: 20 } },
  })
  outbound.serve(SANDBOX_ORIGIN, sandbox.handler)
  const id = await enabledConnection('rhipe')
  await deliver([{ id: `digest-${id}`, body: job(id, new Date().toISOString().slice(0, 10)) }])
  const name = ((await api('GET', `/api/connections/${id}`)).body as { name: string }).name
  return { sandbox, name }
}

async function received(sandbox: ReturnType<typeof testSandbox>): Promise<any[]> {
  const answer = await sandbox.handler(new Request(SINK))
  return ((await answer.json()) as { received: { body: unknown }[] }).received.map((r) => r.body)
}

describe('the daily digest', () => {
  it('names the failed connection and why in the digest of a night with a failure', async () => {
    const { name } = await nightWithFailure()
    const preview = await api('GET', '/api/digest/preview')
    expect(preview.status).toBe(200)
    expect(preview.body.title).toMatch(
      /^Seatkeeper digest for \d{1,2} \w+ \d{4}: \d+ runs? failed$/,
    )
    const failed = preview.body.sections.find((s: any) => s.heading === 'Runs that failed')
    const line = failed.lines.find((l: string) => l.startsWith(`${name} failed at `))
    expect(line).toMatch(/401/)
    expect(line).toMatch(/Fix what it says, then press Sync now on the connection\.$/)
    expect(preview.body.sections.at(-1).lines[0]).toMatch(/\d+ failed\.$/)
  })

  it('lists a renewal ten days out with seats nobody bills under "Renewals coming"', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const customer = { id: uniqueId('cus'), name: 'Renewing Dental', inactive: false, version: 1 }
    const subscription: Subscription = {
      id: uniqueId('sub'),
      customerId: customer.id,
      connectionId: 'conn-test',
      distributor: 'Sherweb',
      externalId: uniqueId('ext'),
      name: 'Microsoft 365 Business Premium',
      status: 'active',
      quantity: 12,
      active: true,
      termMonths: 12,
      autoRenew: true,
      startDate: addDays(today, -355),
      endDate: addDays(today, 10),
      unitCost: 20,
      currency: 'AUD',
      version: 1,
    }
    await applyNow('manual', [
      { op: 'createCustomer', after: customer },
      { op: 'createSubscription', after: subscription },
    ])
    const preview = await api('GET', '/api/digest/preview')
    const renewals = preview.body.sections.find((s: any) => s.heading === 'Renewals coming')
    const line = renewals?.lines.find((l: string) => l.includes('Renewing Dental'))
    expect(line).toMatch(/Microsoft 365 Business Premium/)
    expect(line).toMatch(/none of its 12 seats billed to Renewing Dental/)
    // Days in the digest's words, as its own "Act by" writes them: no ISO day in the sentence.
    expect(line).toContain(`renews on ${englishDate(addDays(today, 10))}`)
    expect(line).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })

  it('arrives at the sandbox sink when the 06:00 cron fires, in local mode', async () => {
    const { sandbox, name } = await nightWithFailure()
    const saved = await api('PUT', '/api/digest/settings', { webhookUrl: SINK })
    expect(saved.status, saved.text).toBe(200)
    expect(saved.body).toEqual({
      webhook: { service: 'sandbox', host: new URL(SINK).host },
      email: null,
      emailAvailable: false,
      sends: expect.any(Array),
    })
    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now(), cron: '0 6 * * *' }),
      localEnv,
      createExecutionContext(),
    )
    const [digest] = await received(sandbox)
    expect(digest.text).toContain(`- ${name} failed at `)
    expect(digest.sections.map((s: any) => s.heading)).toContain('Runs that failed')
  })

  it('POST /api/digest/test sends now and says so', async () => {
    const sandbox = testSandbox()
    outbound.serve(SANDBOX_ORIGIN, sandbox.handler)
    await api('PUT', '/api/digest/settings', { webhookUrl: SINK })
    const test = await api('POST', '/api/digest/test', {})
    expect(test.status).toBe(200)
    expect(test.body.webhook).toEqual({
      sent: true,
      status: 200,
      message: 'The sandbox sink accepted the digest (200).',
    })
    const [digest] = await received(sandbox)
    expect(digest.title).toMatch(/^Test message from Seatkeeper\. Seatkeeper digest for /)
  })

  it('PUT /api/digest/settings refuses http, other hosts and, in local mode, real channels', async () => {
    const cases: [string, string][] = [
      [
        'http://hooks.slack.com/services/T/B/x',
        'Use https. Slack webhook URLs start with https://hooks.slack.com/services/….',
      ],
      ['https://evil.example/services/T/B/x', 'evil.example is not a Slack or Teams webhook host.'],
      [
        'https://hooks.slack.com/services/T/B/x',
        "In local mode digests go only to the sandbox's sink",
      ],
    ]
    for (const [webhookUrl, message] of cases) {
      const answer = await api('PUT', '/api/digest/settings', { webhookUrl })
      expect(answer.status, webhookUrl).toBe(400)
      expect(answer.body.error.field).toBe('webhookUrl')
      expect(answer.body.error.message).toContain(message)
    }
    // A deployed Worker has no sandbox: the sink is just another host there.
    const deployed = await production('PUT', '/api/digest/settings', { webhookUrl: SINK })
    expect(deployed.status).toBe(400)
    expect(deployed.body.error.message).toContain('Use https.')
  })

  it('refuses a webhook that answers with a redirect, and never follows it', async () => {
    const slack = 'https://hooks.slack.com'
    outbound.serve(
      slack,
      () => new Response(null, { status: 302, headers: { location: 'https://evil.example/' } }),
    )
    const url = `${slack}/services/T000/B000/redirected`
    expect((await production('PUT', '/api/digest/settings', { webhookUrl: url })).status).toBe(200)
    const test = await production('POST', '/api/digest/test', {})
    expect(test.body.webhook.sent).toBe(false)
    expect(test.body.webhook.status).toBe(302)
    expect(test.body.webhook.message).toMatch(/does not follow redirects/)
    const posted = outbound.requests.filter((r) => r.method === 'POST')
    expect(posted).toEqual([{ method: 'POST', url, redirect: 'manual' }])
  })

  it('posts Slack blocks to Slack and never returns the webhook URL in a response', async () => {
    const slack = 'https://hooks.slack.com'
    const bodies: any[] = []
    outbound.serve(slack, async (request) => {
      bodies.push(await request.json())
      return new Response('ok')
    })
    const secretPath = '/services/T0001/B0001/s3cr3tTokenXYZ'
    const start = answers.length
    await production('PUT', '/api/digest/settings', { webhookUrl: `${slack}${secretPath}` })
    const view = await production('GET', '/api/digest/settings')
    expect(view.body).toEqual({
      webhook: { service: 'slack', host: 'hooks.slack.com' },
      email: null,
      emailAvailable: false,
      sends: expect.any(Array),
    })
    const test = await production('POST', '/api/digest/test', {})
    expect(test.body.webhook).toMatchObject({ sent: true, status: 200 })
    expect(bodies[0].blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: expect.stringMatching(/^Test message from Seatkeeper\./) },
    })
    expect(typeof bodies[0].text).toBe('string')
    for (const answer of [...answers.slice(start), view, test])
      expect(answer.text).not.toContain('s3cr3tTokenXYZ')
    // Sealed at rest too: the token is not in the KV record.
    expect(await env.CREDENTIALS.get('digest:webhook')).not.toContain('s3cr3tTokenXYZ')
  })

  it('reports the status Teams answered when it refuses the digest', async () => {
    const teams = 'https://prod-23.westeurope.logic.azure.com'
    outbound.serve(teams, () => new Response('Workflow not found', { status: 404 }))
    await production('PUT', '/api/digest/settings', {
      webhookUrl: `${teams}/workflows/1/triggers/manual/paths/invoke?sig=abc`,
    })
    const test = await production('POST', '/api/digest/test', {})
    expect(test.body.webhook).toEqual({
      sent: false,
      status: 404,
      message:
        'Microsoft Teams refused the digest (404: Workflow not found). The webhook may have been removed or disabled: create a new Workflows webhook in the Teams channel and paste its URL here.',
    })
  })

  it('e-mails the digest through the send_email binding where one is configured', async () => {
    const sent: EmailMessageBuilder[] = []
    const mail = {
      DIGEST_EMAIL: {
        send: async (m: EmailMessageBuilder) => void sent.push(m),
      } as unknown as SendEmail,
      DIGEST_EMAIL_FROM: 'seatkeeper@msp.example',
    }
    await production('PUT', '/api/digest/settings', { webhookUrl: null }, mail)
    const saved = await production(
      'PUT',
      '/api/digest/settings',
      { email: ' ops@msp.example ' },
      mail,
    )
    expect(saved.body).toEqual({
      webhook: null,
      email: { to: 'ops@msp.example' },
      emailAvailable: true,
      sends: expect.any(Array),
    })
    const test = await production('POST', '/api/digest/test', {}, mail)
    expect(test.body).toEqual({ email: { sent: true, message: 'E-mailed to ops@msp.example.' } })
    expect(sent[0]).toMatchObject({
      from: { email: 'seatkeeper@msp.example', name: 'Seatkeeper' },
      to: 'ops@msp.example',
      subject: expect.stringMatching(/^Test message from Seatkeeper\. Seatkeeper digest for /),
      text: expect.stringContaining('\n\nRuns\n- '),
    })
    await production('PUT', '/api/digest/settings', { email: null }, mail)
  })

  it('refuses an e-mail address where no send_email binding is configured, or one that is not an address', async () => {
    const none = await production('PUT', '/api/digest/settings', { email: 'ops@msp.example' })
    expect(none.status).toBe(400)
    expect(none.body.error).toMatchObject({
      field: 'email',
      message: expect.stringMatching(/^This deployment cannot send e-mail/),
    })
    const bad = await production('PUT', '/api/digest/settings', { email: 'ops at msp' })
    expect(bad.status).toBe(400)
    expect(bad.body.error).toEqual({
      field: 'email',
      message: 'email must be one e-mail address, such as ops@your-msp.example.',
    })
  })
})
