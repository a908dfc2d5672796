import { env } from 'cloudflare:workers'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { psaSandboxCatalogue, sandboxCatalogue } from '@seatkeeper/sandbox'
import { api, answers, sherwebBody } from './local-api'
import { backgroundSyncs, syncNow } from '../integrator/sync-now-harness'

// A secret no response, header, log line, error or KV value may ever contain.
const CANARY = 'CANARY-SECRET-9f3a7c1e5b2d'
const CANARY_KEY = 'CANARY-SECRET-9f3a-subscription-key'
const LOCAL = { SANDBOX_ORIGIN }

installOutbound({ [SANDBOX_ORIGIN]: testSandbox().handler })
const logged: string[] = []
for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    logged.push(
      args
        .map((a) =>
          a instanceof Error
            ? `${a.name} ${a.message} ${a.stack}`
            : typeof a === 'string'
              ? a
              : JSON.stringify(a),
        )
        .join(' '),
    )
  })
}
afterAll(() => vi.restoreAllMocks())

// One distributor and every PSA: the same vault, routes and messages serve both kinds. `hostField`
// is the plain field that decides the host, which a bad value must fail without echoing it.
const CASES = [
  { id: 'sherweb', hostField: 'environment' },
  { id: 'halopsa', hostField: 'environment' },
  { id: 'connectwise', hostField: 'site' },
  { id: 'autotask', hostField: 'zone' },
] as const

/** A sandbox connection of `id` whose every secret is a canary (the simulator refuses them). */
function canaryBody(id: string, suffix = '') {
  const entry = [...sandboxCatalogue, ...psaSandboxCatalogue].find((e) => e.id === id)!
  const secrets = Object.fromEntries(
    Object.keys(entry.credentials.secrets).map((key) => [key, `${CANARY}-${key}${suffix}`]),
  )
  return { distributor: id, name: `${id} canary`, config: { ...entry.credentials.config }, secrets }
}

describe('a canary secret', () => {
  for (const { id: adapter, hostField } of CASES) {
    it(`never appears in a response body, header, log line or KV value across create, list, get, patch and test of a ${adapter} connection`, async () => {
      const seen = answers.length
      const body = canaryBody(adapter)
      const firstSecret = Object.keys(body.secrets)[0]!
      const created = await api('POST', '/api/connections', body, LOCAL)
      expect(created.status).toBe(201)
      const id = created.body.id as string

      await api('GET', '/api/connections', undefined, LOCAL)
      await api('GET', `/api/connections/${id}`, undefined, LOCAL)
      await api(
        'PATCH',
        `/api/connections/${id}`,
        { name: 'Renamed', secrets: { [firstSecret]: '' } },
        LOCAL,
      )
      // Wrong credentials: the sandbox refuses the canary, and the failure is explained without it.
      const tested = await api('POST', `/api/connections/${id}/test`, {}, LOCAL)
      expect(tested.body).toMatchObject({ ok: false, kind: 'auth' })
      // Replacing the secret with another canary, then failing validations that carry it.
      await api(
        'PATCH',
        `/api/connections/${id}`,
        { secrets: { [firstSecret]: `${CANARY}-2` } },
        LOCAL,
      )
      const misplaced = await api(
        'PATCH',
        `/api/connections/${id}`,
        { config: { [firstSecret]: CANARY } },
        LOCAL,
      )
      expect(misplaced.status).toBe(400)
      const unknown = await api(
        'POST',
        '/api/connections',
        { ...canaryBody(adapter, '-3'), config: { ...body.config, [hostField]: CANARY } },
        LOCAL,
      )
      expect(unknown.status).toBe(400)
      const wrongType = await api(
        'POST',
        '/api/connections',
        { ...body, secrets: { [firstSecret]: 12345, other: CANARY } },
        LOCAL,
      )
      expect(wrongType.status).toBe(400)
      await api('POST', `/api/connections/${id}/test`, {}, LOCAL)

      expect(answers.length - seen).toBeGreaterThanOrEqual(10)
      for (const answer of answers.slice(seen)) {
        expect(answer.text).not.toContain('CANARY-SECRET')
        for (const [name, value] of answer.headers)
          expect(`${name}: ${value}`).not.toContain('CANARY-SECRET')
      }
      expect(logged.join('\n')).not.toContain('CANARY-SECRET')
      const page = await env.CREDENTIALS.list()
      expect(page.keys.length).toBeGreaterThan(0)
      for (const key of page.keys) {
        expect(key.name).not.toContain('CANARY-SECRET')
        expect(await env.CREDENTIALS.get(key.name)).not.toContain('CANARY-SECRET')
      }
    })
  }

  it('never appears in a response, log line or KV value through Sync now, the last error and the runs', async () => {
    const created = await api(
      'POST',
      '/api/connections',
      sherwebBody({ clientSecret: CANARY, subscriptionKey: CANARY_KEY }),
      LOCAL,
    )
    expect(created.status).toBe(201)
    const id = created.body.id as string
    const seen = answers.length
    // The sandbox refuses the canary: the run fails and records why.
    const synced = await syncNow(id, backgroundSyncs())
    expect(synced.state).toBe('failed')
    const view = await api('GET', `/api/connections/${id}`, undefined, LOCAL)
    expect(view.body.status.lastError).toBe(synced.message)
    const runs = await api('GET', '/api/runs?limit=200', undefined, LOCAL)
    const failed = runs.body.runs.find((r: { connectionId?: string }) => r.connectionId === id)
    expect(failed).toMatchObject({ outcome: 'failed', reason: synced.message })
    await api('GET', `/api/runs/${failed.id}`, undefined, LOCAL)

    expect(answers.length - seen).toBeGreaterThanOrEqual(4)
    for (const answer of answers.slice(seen)) {
      expect(answer.text).not.toContain('CANARY-SECRET')
      for (const [name, value] of answer.headers)
        expect(`${name}: ${value}`).not.toContain('CANARY-SECRET')
    }
    expect(logged.join('\n')).not.toContain('CANARY-SECRET')
    for (const key of (await env.CREDENTIALS.list()).keys)
      expect(await env.CREDENTIALS.get(key.name)).not.toContain('CANARY-SECRET')
  })
})
