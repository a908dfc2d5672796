import { env } from 'cloudflare:workers'
import { emptySummary, PsaBillingPreviewSchema, RegisterSchema } from '@seatkeeper/core'
import {
  atSandboxCredentials,
  generateWorldBilling,
  haloClientId,
  isHaloLicenceLine,
  psaSandboxCatalogue,
} from '@seatkeeper/sandbox'
import * as v from 'valibot'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { answers, api } from '../connections/local-api'
import { backgroundSyncs, syncNow } from '../integrator/sync-now-harness'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'

// The PSA-only paths under the security rules every upstream call keeps (docs/security.md): the
// billing import, write-back and its undo, a PSA's daily run and Autotask's zone lookup never
// show a secret, never follow a redirect, and never call a host the user did not choose.
const sandbox = testSandbox()
const LOCAL = { SANDBOX_ORIGIN }
const CANARY = 'CANARY-SECRET-psa-4e81b0'
const halo = psaSandboxCatalogue.find((e) => e.id === 'halopsa')!
const haloSecret = halo.credentials.secrets.clientSecret!
let answer: ((request: Request) => Response | Promise<Response> | undefined) | undefined
const outbound = installOutbound({
  [SANDBOX_ORIGIN]: async (request) => (await answer?.(request)) ?? sandbox.handler(request),
})
afterEach(() => {
  answer = undefined
})
const logged: string[] = []
for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    logged.push(
      args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '),
    )
  })
}
afterAll(() => vi.restoreAllMocks())

async function register() {
  return v.parse(RegisterSchema, (await api('GET', '/api/register')).body)
}

/** A Halo connection with one company mapped and its lines imported, write-back on. */
async function importedHalo() {
  const created = await api(
    'POST',
    '/api/connections',
    { distributor: 'halopsa', name: 'Halo', ...halo.credentials },
    LOCAL,
  )
  const id = created.body.id as string
  // A company with a manual monthly line (the Halo simulator bills monthly lines only).
  const billed = generateWorldBilling(sandbox.world).lines.find(
    (l) => l.period === 'monthly' && !isHaloLicenceLine(l),
  )!
  const company = sandbox.world.customers.find((c) => c.seq === billed.customerSeq)!
  const { version } = await register()
  const operations = [
    {
      op: 'createCustomer',
      after: { id: `cus-sec-${id}`, name: company.name, inactive: false, version: 1 },
    },
    {
      op: 'addMapping',
      after: {
        connectionId: id,
        externalCustomerId: String(haloClientId(company.seq)),
        externalName: company.name,
        customerId: `cus-sec-${id}`,
        origin: 'manual',
      },
    },
  ]
  const manual = {
    kind: 'manual',
    connectionId: id,
    baseVersion: version,
    operations,
    skipped: [],
    quarantine: [],
    summary: emptySummary(),
  }
  expect(
    (await api('POST', '/api/register/plans', { baseVersion: version, plan: manual })).status,
  ).toBe(200)
  const preview = v.parse(
    PsaBillingPreviewSchema,
    (await api('POST', `/api/connections/${id}/billing-lines/preview`, {}, LOCAL)).body,
  )
  const now = await register()
  await api('POST', '/api/register/plans', { baseVersion: now.version, plan: preview.plan })
  const settings = (await api('GET', `/api/connections/${id}/settings`)).body
  await api('PUT', `/api/connections/${id}/settings`, { ...settings, writeBack: true })
  const line = (await register()).billingLines.find(
    (l) =>
      l.source.kind === 'psa' &&
      l.source.connectionId === id &&
      l.quantityRule === 'fixed' &&
      !l.inactive,
  )!
  return { id, line }
}

function expectNoSecret(since: number, secret: string) {
  expect(answers.length - since).toBeGreaterThan(0)
  for (const a of answers.slice(since)) {
    expect(a.text).not.toContain(secret)
    for (const [name, value] of a.headers) expect(`${name}: ${value}`).not.toContain(secret)
  }
  expect(logged.join('\n')).not.toContain(secret)
}

describe('PSA security', () => {
  it('a canary secret never appears through the billing import, write-back, undo and a PSA’s Sync now', async () => {
    const { id, line } = await importedHalo()
    const write = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change`,
      { quantity: line.quantity + 1 },
      LOCAL,
    )
    expect(write.status, write.text).toBe(200)
    const runId = write.body.runId as string
    // The secret replaced by a canary the simulator refuses: every PSA path now fails on login.
    expect(
      (await api('PATCH', `/api/connections/${id}`, { secrets: { clientSecret: CANARY } })).status,
    ).toBe(200)
    const seen = answers.length
    const preview = await api('POST', `/api/connections/${id}/billing-lines/preview`, {}, LOCAL)
    expect(preview.status).toBe(502)
    const change = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change/preview`,
      { quantity: 1 },
      LOCAL,
    )
    expect(change.status).toBe(502)
    expect(change.body.error.message).toMatch(/HaloPSA/)
    const undo = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change/undo`,
      { runId },
      LOCAL,
    )
    expect(undo.status).toBe(502)
    const synced = await syncNow(id, backgroundSyncs())
    expect(synced.state).toBe('failed')
    await api('GET', `/api/connections/${id}`, undefined, LOCAL)
    await api('GET', '/api/runs?limit=200', undefined, LOCAL)
    expectNoSecret(seen, 'CANARY-SECRET')
    for (const key of (await env.CREDENTIALS.list()).keys)
      expect(await env.CREDENTIALS.get(key.name)).not.toContain('CANARY-SECRET')
  })

  it('a PSA refusal that quotes the secret is passed on with the secret redacted, and nothing changes', async () => {
    const { line } = await importedHalo()
    const before = await register()
    answer = (request) =>
      new URL(request.url).pathname.endsWith('/updatelines')
        ? Response.json(
            { ClassName: 'HaloException', Message: `Client ${haloSecret} may not change invoices` },
            { status: 400 },
          )
        : undefined
    const seen = answers.length
    const refused = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change`,
      { quantity: line.quantity + 2 },
      LOCAL,
    )
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.body.error.message).toMatch(/may not change invoices/)
    expectNoSecret(seen, haloSecret)
    expect((await register()).version).toBe(before.version)
  })

  it('a write-back answered with a redirect is not followed, and nothing changes in the register', async () => {
    const { line } = await importedHalo()
    const before = await register()
    answer = (request) =>
      new URL(request.url).pathname.endsWith('/updatelines')
        ? new Response(null, { status: 307, headers: { location: 'https://evil.example/steal' } })
        : undefined
    const refused = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change`,
      { quantity: line.quantity + 2 },
      LOCAL,
    )
    expect(refused.status).toBe(502)
    expect(refused.body.error.message).toMatch(
      /HaloPSA answered with a redirect, which is not followed/,
    )
    expect(outbound.requests.some((r) => !r.url.startsWith(`${SANDBOX_ORIGIN}/`))).toBe(false)
    expect(outbound.requests.every((r) => r.redirect === 'manual')).toBe(true)
    expect((await register()).version).toBe(before.version)
  })

  it('Autotask’s zone lookup naming a host outside autotask.net is refused: nothing is sent there and no zone is saved', async () => {
    const created = await api('POST', '/api/connections', {
      distributor: 'autotask',
      name: 'Autotask',
      config: {
        userName: atSandboxCredentials.config.userName,
        integrationCode: atSandboxCredentials.config.integrationCode,
      },
      secrets: atSandboxCredentials.secrets,
    })
    expect(created.status, created.text).toBe(201)
    outbound.serve('https://webservices.autotask.net', () =>
      Response.json({ zoneName: 'x', url: 'https://webservices15.evil.example/ATServicesRest/' }),
    )
    const tested = await api('POST', `/api/connections/${created.body.id}/test`, {})
    expect(tested.body).toMatchObject({ ok: false, kind: 'contract' })
    expect(tested.body.message).toMatch(/is not an Autotask webservices host/)
    expect(outbound.requests.map((r) => new URL(r.url).origin)).toEqual([
      'https://webservices.autotask.net',
    ])
    expect(
      (await api('GET', `/api/connections/${created.body.id}`)).body.config.zone,
    ).toBeUndefined()
    for (const secret of Object.values(atSandboxCredentials.secrets))
      expect(tested.text).not.toContain(secret)
  })

  it('Autotask’s zone lookup answered with a redirect is not followed', async () => {
    const created = await api('POST', '/api/connections', {
      distributor: 'autotask',
      name: 'Autotask',
      config: {
        userName: atSandboxCredentials.config.userName,
        integrationCode: atSandboxCredentials.config.integrationCode,
      },
      secrets: atSandboxCredentials.secrets,
    })
    outbound.serve(
      'https://webservices.autotask.net',
      () => new Response(null, { status: 302, headers: { location: 'https://evil.example/zone' } }),
    )
    const tested = await api('POST', `/api/connections/${created.body.id}/test`, {})
    expect(tested.body.ok).toBe(false)
    expect(outbound.requests.map((r) => new URL(r.url).origin)).toEqual([
      'https://webservices.autotask.net',
    ])
    expect(outbound.requests[0]?.redirect).toBe('manual')
  })
})
