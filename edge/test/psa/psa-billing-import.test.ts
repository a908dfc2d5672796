import {
  emptySummary,
  PsaBillingPreviewSchema,
  PsaCompanyListSchema,
  RegisterSchema,
  RunDetailSchema,
  type PlanOperation,
} from '@seatkeeper/core'
import { generateWorldBilling, haloClientId, psaSandboxCatalogue } from '@seatkeeper/sandbox'
import * as v from 'valibot'
import { beforeAll, describe, expect, it } from 'vitest'
import { api, sherwebBody } from '../connections/local-api'
import { backgroundSyncs, syncNow } from '../integrator/sync-now-harness'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'

const sandbox = testSandbox()
const outbound = installOutbound({ [SANDBOX_ORIGIN]: sandbox.handler })
const LOCAL = { SANDBOX_ORIGIN }
const halo = psaSandboxCatalogue.find((e) => e.id === 'halopsa')!
const world = sandbox.world
// Half the world's customers are mapped to the Halo connection; the rest are not (yet).
const mapped = world.customers.filter((c) => c.seq % 2 === 0)
const unmapped = world.customers.filter((c) => c.seq % 2 === 1)
const customerId = (seq: number) => `cus-halo-${seq}`

async function register() {
  return v.parse(RegisterSchema, (await api('GET', '/api/register')).body)
}

async function preview(connectionId: string, body: object = {}) {
  return api('POST', `/api/connections/${connectionId}/billing-lines/preview`, body, LOCAL)
}

async function start(plan: unknown) {
  const { version } = await register()
  return api('POST', '/api/register/plans', { baseVersion: version, plan })
}

/** A person's plan of these operations (customers and mappings made by hand). */
function manualPlan(connection: string, version: number, operations: PlanOperation[]) {
  return {
    kind: 'manual',
    connectionId: connection,
    baseVersion: version,
    operations,
    skipped: [],
    quarantine: [],
    summary: emptySummary(),
  }
}

let connectionId: string
beforeAll(async () => {
  const created = await api(
    'POST',
    '/api/connections',
    { distributor: 'halopsa', name: 'Halo', ...halo.credentials },
    LOCAL,
  )
  expect(created.status, created.text).toBe(201)
  connectionId = created.body.id
  const { version } = await register()
  const operations: PlanOperation[] = [
    ...world.customers.map((c) => ({
      op: 'createCustomer' as const,
      after: { id: customerId(c.seq), name: c.name, inactive: false, version: 1 },
    })),
    // The PSA's companies are ExternalCustomers of the connection: mapped like a distributor's.
    ...mapped.map((c) => ({
      op: 'addMapping' as const,
      after: {
        connectionId,
        externalCustomerId: String(haloClientId(c.seq)),
        externalName: c.name,
        customerId: customerId(c.seq),
        origin: 'manual' as const,
      },
    })),
  ]
  const applied = await api('POST', '/api/register/plans', {
    baseVersion: version,
    plan: manualPlan(connectionId, version, operations),
  })
  expect(applied.status, applied.text).toBe(200)
})

describe('POST /api/connections/:id/billing-lines/preview', () => {
  it('POST /api/connections/:id/billing-lines/preview plans the PSA’s lines of mapped companies, and Start imports them as lines owned by the PSA in one run', async () => {
    const before = await register()
    const answer = await preview(connectionId)
    expect(answer.status, answer.text).toBe(200)
    const { plan, complete } = v.parse(PsaBillingPreviewSchema, answer.body)
    expect(complete).toBe(true)
    // Previewing writes nothing.
    expect((await register()).version).toBe(before.version)

    const monthly = generateWorldBilling(world).lines.filter((l) => l.period === 'monthly')
    const expected = monthly.filter((l) => mapped.some((c) => c.seq === l.customerSeq))
    expect(expected.length).toBeGreaterThan(0)
    expect(plan.kind).toBe('billing-import')
    expect(plan.summary.billingLines?.create).toBe(expected.length)
    expect(plan.summary.billingLines?.skipped).toBe(monthly.length - expected.length)
    // An unmapped company's line is skipped with its name and what to do.
    const other = unmapped.find((c) => monthly.some((l) => l.customerSeq === c.seq))!
    expect(plan.skipped.map((s) => s.reason)).toContainEqual(
      expect.stringContaining(`HaloPSA company “${other.name}” is not mapped`),
    )

    const started = await start(plan)
    expect(started.status, started.text).toBe(200)
    const run = v.parse(
      RunDetailSchema,
      (await api('GET', `/api/runs/${started.body.runId}`)).body,
    ).run
    expect(run).toMatchObject({ kind: 'billing-import', connectionId })

    const lines = (await register()).billingLines.filter(
      (l) => l.source.kind === 'psa' && l.source.connectionId === connectionId,
    )
    expect(lines).toHaveLength(expected.length)
    const byCustomer = (seq: number) =>
      lines
        .filter((l) => l.customerId === customerId(seq))
        .map((l) => [l.itemCode, l.quantity, l.unitPrice])
        .sort()
    for (const c of mapped) {
      expect(byCustomer(c.seq)).toEqual(
        expected
          .filter((l) => l.customerSeq === c.seq)
          .map((l) => [l.itemCode, l.quantity, l.unitPrice])
          .sort(),
      )
    }
    expect(lines.every((l) => l.source.kind === 'psa' && l.source.psa === 'halopsa')).toBe(true)
  })

  it('POST /api/connections/:id/billing-lines/preview after an import plans nothing when the PSA is unchanged', async () => {
    const answer = await preview(connectionId)
    const { plan } = v.parse(PsaBillingPreviewSchema, answer.body)
    expect(plan.operations).toEqual([])
    expect(plan.summary.billingLines?.unchanged).toBeGreaterThan(0)
  })

  it('POST /api/connections/:id/billing-lines/preview of one company plans only that company’s lines', async () => {
    const company = mapped.find((c) =>
      generateWorldBilling(world).lines.some((l) => l.customerSeq === c.seq),
    )!
    const answer = await preview(connectionId, {
      companyExternalId: String(haloClientId(company.seq)),
    })
    expect(answer.status, answer.text).toBe(200)
    const { plan } = v.parse(PsaBillingPreviewSchema, answer.body)
    expect(plan.operations).toEqual([])
    expect(plan.skipped).toEqual([])
  })

  it('POST /api/connections/:id/billing-lines/preview of a distributor connection answers 400 saying billing lines come from PSAs', async () => {
    const sherweb = await api(
      'POST',
      '/api/connections',
      sherwebBody({ clientSecret: 'a', subscriptionKey: 'b' }),
    )
    const answer = await preview(sherweb.body.id)
    expect(answer.status).toBe(400)
    expect(answer.body.error.message).toMatch(/is to Sherweb, a distributor/)
    expect(outbound.requests).toEqual([])
  })

  it('POST /api/connections/:id/billing-lines/preview answers 502 with what Halo said when it is down, and writes nothing', async () => {
    const before = await register()
    outbound.serve(SANDBOX_ORIGIN, () => new Response('Service Unavailable', { status: 503 }))
    try {
      const answer = await preview(connectionId)
      expect(answer.status).toBe(502)
      expect(answer.body.error.message).toMatch(/HaloPSA/)
    } finally {
      outbound.serve(SANDBOX_ORIGIN, sandbox.handler)
    }
    expect((await register()).version).toBe(before.version)
  })

  it('Sync now of a PSA connection refreshes its billing lines as one billing-import run', async () => {
    // A second Halo connection with one company mapped: its first run imports that company's lines.
    const second = await api(
      'POST',
      '/api/connections',
      { distributor: 'halopsa', name: 'Halo again', ...halo.credentials },
      LOCAL,
    )
    const company = mapped.find((c) =>
      generateWorldBilling(world).lines.some(
        (l) => l.customerSeq === c.seq && l.period === 'monthly',
      ),
    )!
    const { version } = await register()
    const mappedOne = await api('POST', '/api/register/plans', {
      baseVersion: version,
      plan: manualPlan(second.body.id, version, [
        {
          op: 'addMapping',
          after: {
            connectionId: second.body.id,
            externalCustomerId: String(haloClientId(company.seq)),
            externalName: company.name,
            customerId: customerId(company.seq),
            origin: 'manual',
          },
        },
      ]),
    })
    expect(mappedOne.status, mappedOne.text).toBe(200)

    const synced = await syncNow(second.body.id, backgroundSyncs())
    expect(synced).toMatchObject({ state: 'finished', outcome: 'applied' })
    const run = (await api('GET', `/api/runs/${synced.state === 'finished' ? synced.runId : ''}`))
      .body.run
    expect(run).toMatchObject({ kind: 'billing-import', trigger: 'sync-now', actor: 'integrator' })
    const lines = (await register()).billingLines.filter(
      (l) => l.source.kind === 'psa' && l.source.connectionId === second.body.id,
    )
    expect(lines.length).toBe(
      generateWorldBilling(world).lines.filter(
        (l) => l.customerSeq === company.seq && l.period === 'monthly',
      ).length,
    )
    expect(synced.state === 'finished' && synced.message).toMatch(/billing lines imported/)

    // Pressed again with Halo unchanged: nothing written, and the words name Halo, not "the PSA".
    const again = await syncNow(second.body.id, backgroundSyncs())
    expect(again).toMatchObject({ state: 'finished', outcome: 'no-changes' })
    expect(again.state === 'finished' && again.message).toMatch(/^Nothing changed in HaloPSA; /)
  })
})

describe('GET /api/connections/:id/companies', () => {
  it('GET /api/connections/:id/companies lists every HaloPSA company by name, with the ids mappings use', async () => {
    const answer = await api('GET', `/api/connections/${connectionId}/companies`, undefined, LOCAL)
    expect(answer.status, answer.text).toBe(200)
    const listed = v.parse(PsaCompanyListSchema, answer.body)
    expect(listed.complete).toBe(true)
    expect(listed.items.map((c) => c.name).sort()).toEqual(
      world.customers.map((c) => c.name).sort(),
    )
    const first = world.customers[0]!
    expect(listed.items.find((c) => c.name === first.name)?.externalId).toBe(
      String(haloClientId(first.seq)),
    )
  })

  it('GET /api/connections/:id/companies names an unknown connection instead of listing', async () => {
    const answer = await api(
      'GET',
      '/api/connections/no-such-connection/companies',
      undefined,
      LOCAL,
    )
    expect(answer.status).toBe(404)
    expect(JSON.stringify(answer.body)).toMatch(/connection/i)
  })
})
