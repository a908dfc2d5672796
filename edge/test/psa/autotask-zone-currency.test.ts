import { emptySummary, PsaBillingPreviewSchema, RegisterSchema } from '@seatkeeper/core'
import { atSandboxCredentials, generateWorldBilling } from '@seatkeeper/sandbox'
import * as v from 'valibot'
import { beforeEach, describe, expect, it } from 'vitest'
import { api } from '../connections/local-api'
import { backgroundSyncs, syncNow } from '../integrator/sync-now-harness'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { clearConnections } from '../vault/vault-env'

const sandbox = testSandbox()
const ZONE_LOOKUP = 'https://webservices.autotask.net'
const ZONE_HOST = 'https://webservices15.autotask.net'
const { userName, integrationCode } = atSandboxCredentials.config

// Autotask's real hosts, served in process: the unauthenticated zone lookup names webservices15
// for the sandbox's API user (a 500 for any other, as Autotask answers [C]), and webservices15 is
// the Autotask simulator.
const outbound = installOutbound({
  [SANDBOX_ORIGIN]: sandbox.handler,
  [ZONE_LOOKUP]: (request) => {
    const user = new URL(request.url).searchParams.get('user')
    if (user !== userName) return new Response('{"errors":["Unknown user"]}', { status: 500 })
    return Response.json({
      zoneName: 'Pre-release',
      // Autotask has answered with a doubled slash [C, community].
      url: `${ZONE_HOST}//ATServicesRest/`,
      webUrl: 'https://ww15.autotask.net/',
      ci: 15,
    })
  },
  [ZONE_HOST]: (request) => {
    const url = new URL(request.url)
    return sandbox.handler(
      new Request(`${SANDBOX_ORIGIN}/autotask${url.pathname}${url.search}`, request),
    )
  },
})

async function createAutotask(config: Record<string, string>) {
  const created = await api('POST', '/api/connections', {
    distributor: 'autotask',
    name: 'Autotask books',
    config: { userName, integrationCode, ...config },
    secrets: atSandboxCredentials.secrets,
  })
  expect(created.status, created.text).toBe(201)
  return created.body.id as string
}

const savedConfig = async (id: string) =>
  (await api('GET', `/api/connections/${id}`)).body.config as Record<string, string>

describe('Autotask zone and billing currency', () => {
  beforeEach(clearConnections)

  it('POST /api/connections/:id/test finds the zone from the API user name, saves it and calls that zone', async () => {
    const id = await createAutotask({ currency: 'AUD' })
    expect((await savedConfig(id)).zone).toBeUndefined()
    const answer = await api('POST', `/api/connections/${id}/test`, {})
    expect(answer.body, answer.text).toMatchObject({ ok: true })
    expect(answer.body.message).not.toMatch(/billing currency/)
    expect(outbound.requests.map((r) => new URL(r.url).origin)).toEqual([ZONE_LOOKUP, ZONE_HOST])
    expect(outbound.requests[0]!.url).toBe(
      `${ZONE_LOOKUP}/ATServicesRest/V1.0/ZoneInformation?user=${encodeURIComponent(userName)}`,
    )
    expect(await savedConfig(id)).toMatchObject({ zone: 'webservices15', currency: 'AUD' })
  })

  it('POST /api/connections/:id/test follows a database Autotask moved to another zone', async () => {
    const id = await createAutotask({ zone: 'webservices2', currency: 'AUD' })
    const answer = await api('POST', `/api/connections/${id}/test`, {})
    expect(answer.body, answer.text).toMatchObject({ ok: true })
    expect(outbound.requests.some((r) => r.url.startsWith('https://webservices2.'))).toBe(false)
    expect((await savedConfig(id)).zone).toBe('webservices15')
  })

  it('POST /api/connections/:id/test says to check the API user name when the zone lookup does not know it', async () => {
    const created = await api('POST', '/api/connections', {
      distributor: 'autotask',
      name: 'Autotask books',
      config: { userName: 'nobody@example.com', integrationCode },
      secrets: atSandboxCredentials.secrets,
    })
    const answer = await api('POST', `/api/connections/${created.body.id}/test`, {})
    expect(answer.body).toMatchObject({ ok: false, kind: 'auth' })
    expect(answer.body.message).toMatch(
      /Autotask does not know the API user "nobody@example.com" \(500\)\. Check the API user name/,
    )
    expect((await savedConfig(created.body.id)).zone).toBeUndefined()
  })

  it('POST /api/connections/:id/test and the import say when the billing currency is missing', async () => {
    const id = await createAutotask({})
    const tested = await api('POST', `/api/connections/${id}/test`, {})
    expect(tested.body).toMatchObject({ ok: true })
    expect(tested.body.message).toMatch(
      /No billing currency is set: Autotask's contract services carry none, so their lines cannot be imported until you set the connection's Billing currency/,
    )
    const previewed = await api('POST', `/api/connections/${id}/billing-lines/preview`, {})
    expect(previewed.status, previewed.text).toBe(200)
    const preview = v.parse(PsaBillingPreviewSchema, previewed.body)
    expect(preview.problems[0]).toMatch(/^No billing currency is set/)
  })

  it('POST /api/connections/:id/billing-lines/preview before any test finds the zone first, and uses the connection’s currency', async () => {
    const id = await createAutotask({ currency: 'nzd' })
    const previewed = await api('POST', `/api/connections/${id}/billing-lines/preview`, {})
    expect(previewed.status, previewed.text).toBe(200)
    const preview = v.parse(PsaBillingPreviewSchema, previewed.body)
    // No company is mapped yet, so every line is skipped, for that reason, never for its currency.
    expect(preview.problems).toEqual([])
    expect(preview.plan.skipped.length).toBeGreaterThan(0)
    expect(preview.plan.skipped.filter((s) => /currency/.test(s.reason))).toEqual([])
    expect((await savedConfig(id)).zone).toBe('webservices15')
  })

  it('POST /api/connections refuses a billing currency that is not a three-letter code', async () => {
    const created = await api('POST', '/api/connections', {
      distributor: 'autotask',
      name: 'Autotask books',
      config: { userName, integrationCode, currency: 'dollars' },
      secrets: atSandboxCredentials.secrets,
    })
    expect(created.status).toBe(400)
    expect(created.body.error.field).toBe('config.currency')
    expect(created.text).not.toContain('dollars')
    expect(created.body.error.message).toMatch(
      /^Billing currency is not a three-letter ISO-4217 code: enter it like AUD/,
    )
  })

  it('Sync now of an Autotask connection finds its zone and imports new lines in the connection’s currency', async () => {
    const id = await createAutotask({ currency: 'NZD' })
    const company = sandbox.world.customers.find((c) =>
      generateWorldBilling(sandbox.world).lines.some(
        (l) => l.customerSeq === c.seq && l.period === 'monthly',
      ),
    )!
    const { version } = v.parse(RegisterSchema, (await api('GET', '/api/register')).body)
    const operations = [
      {
        op: 'createCustomer',
        after: { id: 'cus-at-refresh', name: company.name, inactive: false, version: 1 },
      },
      {
        op: 'addMapping',
        after: {
          connectionId: id,
          externalCustomerId: String(29_683_000 + company.seq),
          externalName: company.name,
          customerId: 'cus-at-refresh',
          origin: 'manual',
        },
      },
    ]
    const plan = {
      kind: 'manual',
      connectionId: id,
      baseVersion: version,
      operations,
      skipped: [],
      quarantine: [],
      summary: emptySummary(),
    }
    expect((await api('POST', '/api/register/plans', { baseVersion: version, plan })).status).toBe(
      200,
    )
    const synced = await syncNow(id, backgroundSyncs())
    expect(synced).toMatchObject({ state: 'finished', outcome: 'applied' })
    const lines = v
      .parse(RegisterSchema, (await api('GET', '/api/register')).body)
      .billingLines.filter((l) => l.source.kind === 'psa' && l.source.connectionId === id)
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.every((l) => l.currency === 'NZD' && l.customerId === 'cus-at-refresh')).toBe(true)
    expect((await savedConfig(id)).zone).toBe('webservices15')
  })
})
