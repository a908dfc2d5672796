import { env } from 'cloudflare:workers'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { api, answers, sherwebBody } from '../connections/local-api'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN } from '../support/sandbox'
import { deliver, job, ledgerOf, setIntegrator, statusOf } from './integrator-harness'

// A secret no response, log line, last error, run or KV value may ever contain.
const CANARY = 'CANARY-SECRET-51c0ffee-echoed'
const CANARY_KEY = 'CANARY-SECRET-51c0ffee-key'

const outbound = installOutbound()

const logged: string[] = []
for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    logged.push(
      args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '),
    )
  })
}
afterAll(() => vi.restoreAllMocks())

/**
 * Sherweb's gateway issuing a token, then refusing the calls and quoting the subscription key it was
 * sent in its ProblemDetails, as gateways' error pages do: the secret arrives in the distributor's
 * own error detail, which the last error quotes.
 */
function serveEchoingRefusal(): void {
  outbound.serve(SANDBOX_ORIGIN, async (request) => {
    if (new URL(request.url).pathname.endsWith('/token'))
      return Response.json({ access_token: 'token', expires_in: 3600, token_type: 'Bearer' })
    const key = request.headers.get('ocp-apim-subscription-key') ?? ''
    return Response.json(
      {
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
        title: 'Bad Request',
        status: 400,
        detail: `The subscription key ${key} is not valid for this API.`,
      },
      { status: 400, headers: { 'content-type': 'application/problem+json' } },
    )
  })
}

describe('a canary secret the distributor echoes back', () => {
  // The older canary test (connections/canary-secret.test.ts) passes with redaction off: nothing
  // there echoes the secret. Checked to fail: with redactSecrets blanking nothing
  // (redact-secrets.ts), the canary is in the connection's answer (its last error).
  it('is in no last error, run, log line or KV value through a cron run', async () => {
    serveEchoingRefusal()
    const created = await api(
      'POST',
      '/api/connections',
      sherwebBody({ clientSecret: CANARY, subscriptionKey: CANARY_KEY }),
      { SANDBOX_ORIGIN },
    )
    expect(created.status, created.text).toBe(201)
    const id = created.body.id as string
    await setIntegrator(id)
    const seen = answers.length

    const result = await deliver([{ id: `canary-${id}`, body: job(id) }])
    expect(result.explicitAcks).toEqual([`canary-${id}`])
    const { lastError } = await statusOf(id)
    // The refusal is still reported in words, with the distributor's detail, blanked.
    expect(lastError).toMatch(/Sherweb/)
    expect(lastError).toContain('[redacted]')
    expect((await ledgerOf(id))[0]).toMatchObject({ outcome: 'failed', reason: lastError })
    await api('GET', `/api/runs/${(await ledgerOf(id))[0].id}`)

    for (const answer of answers.slice(seen)) expect(answer.text).not.toContain('CANARY-SECRET')
    expect(logged.join('\n')).not.toContain('CANARY-SECRET')
    for (const key of (await env.CREDENTIALS.list()).keys)
      expect(await env.CREDENTIALS.get(key.name)).not.toContain('CANARY-SECRET')
  })
})
