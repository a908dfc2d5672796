import { psaSandboxCatalogue, sandboxCatalogue } from '@seatkeeper/sandbox'
import { beforeEach, describe, expect, it } from 'vitest'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { clearConnections } from '../vault/vault-env'
import { api } from './local-api'

const outbound = installOutbound({ [SANDBOX_ORIGIN]: testSandbox().handler })

const LOCAL = { SANDBOX_ORIGIN }

// Every simulator, distributors' and PSAs': Test Configuration is one route for both kinds.
const simulators = [...sandboxCatalogue, ...psaSandboxCatalogue]

async function create(entry: (typeof simulators)[number], secrets: Record<string, string>) {
  const created = await api(
    'POST',
    '/api/connections',
    {
      distributor: entry.id,
      name: `${entry.id} sandbox`,
      config: entry.credentials.config,
      secrets,
    },
    LOCAL,
  )
  expect(created.status, created.text).toBe(201)
  return created.body.id as string
}

describe('POST /api/connections/:id/test', () => {
  beforeEach(clearConnections)

  for (const entry of simulators) {
    it(`POST /api/connections/:id/test answers ok with the ${entry.id} sandbox's message`, async () => {
      const id = await create(entry, entry.credentials.secrets)
      const answer = await api('POST', `/api/connections/${id}/test`, {}, LOCAL)
      expect(answer.status).toBe(200)
      expect(answer.body.ok, answer.text).toBe(true)
      expect(answer.body.message).toEqual(expect.any(String))
      expect(answer.body.message.length).toBeGreaterThan(10)
      expect(
        outbound.requests.every((r) => r.url.startsWith(`${SANDBOX_ORIGIN}/${entry.id}`)),
      ).toBe(true)
      for (const secret of Object.values(entry.credentials.secrets))
        expect(answer.text).not.toContain(secret)
    })

    it(`POST /api/connections/:id/test answers kind auth with what to check for a wrong ${entry.id} secret`, async () => {
      const wrong = Object.fromEntries(
        Object.entries(entry.credentials.secrets).map(([k, value]) => [k, `wrong-${value}`]),
      )
      const id = await create(entry, wrong)
      const answer = await api('POST', `/api/connections/${id}/test`, {}, LOCAL)
      expect(answer.status).toBe(200)
      expect(answer.body).toMatchObject({ ok: false, kind: 'auth' })
      // Actionable: it says what to check, not only that it failed.
      expect(answer.body.message).toMatch(/check|Check/)
      for (const secret of Object.values(wrong)) expect(answer.text).not.toContain(secret)
    })
  }

  it('POST /api/connections/:id/test answers 404 for an unknown connection', async () => {
    const answer = await api('POST', '/api/connections/nope/test', {}, LOCAL)
    expect(answer.status).toBe(404)
  })

  it('POST /api/connections/:id/test answers unavailable, not an HTTP error, when the distributor is down', async () => {
    const entry = sandboxCatalogue.find((e) => e.id === 'arrowsphere')!
    const id = await create(entry, entry.credentials.secrets)
    outbound.serve(SANDBOX_ORIGIN, () => new Response('down', { status: 503 }))
    try {
      const answer = await api('POST', `/api/connections/${id}/test`, {}, LOCAL)
      expect(answer.body).toMatchObject({ ok: false, kind: 'unavailable' })
    } finally {
      outbound.serve(SANDBOX_ORIGIN, testSandbox().handler)
    }
  })
})
