import {
  emptySummary,
  PsaBillingPreviewSchema,
  PsaLineChangePreviewSchema,
  PsaLineChangeResultSchema,
  RegisterSchema,
  type BillingLine,
} from '@seatkeeper/core'
import { haloClientId, psaSandboxCatalogue, type HaloWrite } from '@seatkeeper/sandbox'
import * as v from 'valibot'
import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '../connections/local-api'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'

const sandbox = testSandbox()
const outbound = installOutbound({ [SANDBOX_ORIGIN]: sandbox.handler })
const LOCAL = { SANDBOX_ORIGIN }
const halo = psaSandboxCatalogue.find((e) => e.id === 'halopsa')!

/** What the Halo simulator was sent: the record a test asserts a write-back on. */
async function haloWrites(): Promise<HaloWrite[]> {
  const response = await sandbox.handler(new Request(`${SANDBOX_ORIGIN}/halopsa/_writes`))
  return (await response.json()) as HaloWrite[]
}

async function register() {
  return v.parse(RegisterSchema, (await api('GET', '/api/register')).body)
}

async function lineNow(id: string): Promise<BillingLine> {
  return (await register()).billingLines.find((l) => l.id === id)!
}

async function setWriteBack(on: boolean) {
  const settings = (await api('GET', `/api/connections/${connectionId}/settings`)).body
  const put = await api('PUT', `/api/connections/${connectionId}/settings`, {
    ...settings,
    writeBack: on,
  })
  expect(put.status, put.text).toBe(200)
}

let connectionId: string
let line: BillingLine

beforeAll(async () => {
  const created = await api(
    'POST',
    '/api/connections',
    { distributor: 'halopsa', name: 'Halo books', ...halo.credentials },
    LOCAL,
  )
  connectionId = created.body.id
  // Every customer of the world in the register, mapped to its Halo client, and its lines imported.
  const { version } = await register()
  const operations = sandbox.world.customers.flatMap((c) => [
    {
      op: 'createCustomer' as const,
      after: { id: `cus-wb-${c.seq}`, name: `${c.name} (wb)`, inactive: false, version: 1 },
    },
    {
      op: 'addMapping' as const,
      after: {
        connectionId,
        externalCustomerId: String(haloClientId(c.seq)),
        externalName: c.name,
        customerId: `cus-wb-${c.seq}`,
        origin: 'manual' as const,
      },
    },
  ])
  const plan = {
    kind: 'manual',
    connectionId,
    baseVersion: version,
    operations,
    skipped: [],
    quarantine: [],
    summary: emptySummary(),
  }
  expect((await api('POST', '/api/register/plans', { baseVersion: version, plan })).status).toBe(
    200,
  )
  const preview = v.parse(
    PsaBillingPreviewSchema,
    (await api('POST', `/api/connections/${connectionId}/billing-lines/preview`, {}, LOCAL)).body,
  )
  const now = await register()
  expect(
    (await api('POST', '/api/register/plans', { baseVersion: now.version, plan: preview.plan }))
      .status,
  ).toBe(200)
  // A manual line (Halo's licence-linked ones change through their licence, tested below).
  line = (await register()).billingLines.find(
    (l) =>
      l.source.kind === 'psa' &&
      l.source.connectionId === connectionId &&
      l.quantityRule === 'fixed',
  )!
  expect(line).toBeDefined()
})

describe('PSA write-back', () => {
  it('POST /api/billing/lines/:id/psa-change/preview shows the exact Halo call and how undo works, sending nothing', async () => {
    const answer = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change/preview`,
      { quantity: line.quantity + 2 },
      LOCAL,
    )
    expect(answer.status, answer.text).toBe(200)
    const preview = v.parse(PsaLineChangePreviewSchema, answer.body)
    expect(preview).toMatchObject({ ok: true, psa: 'HaloPSA', writeBack: false })
    if (!preview.ok) return
    expect(preview.writes).toEqual([
      expect.objectContaining({
        call: 'POST /api/RecurringInvoice/updatelines',
        body: [expect.objectContaining({ qty_order: line.quantity + 2 })],
      }),
    ])
    expect(preview.undo).toContain(String(line.quantity))
    expect(answer.text).not.toContain(halo.credentials.secrets.clientSecret)
    expect(await haloWrites()).toEqual([])
  })

  it('POST /api/billing/lines/:id/psa-change refuses while the connection is read-only, and sends nothing', async () => {
    const answer = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change`,
      { quantity: line.quantity + 2 },
      LOCAL,
    )
    expect(answer.status).toBe(409)
    expect(answer.body.error).toMatchObject({ field: 'writeBack' })
    expect(answer.body.error.message).toMatch(/keeps HaloPSA read-only. Turn on write-back/)
    expect(await haloWrites()).toEqual([])
    expect((await lineNow(line.id)).quantity).toBe(line.quantity)
  })

  it('POST /api/billing/lines/:id/psa-change answers what Halo said when it refuses, and changes nothing in the register', async () => {
    await setWriteBack(true)
    const before = await register()
    outbound.serve(SANDBOX_ORIGIN, (request) =>
      new URL(request.url).pathname.endsWith('/updatelines')
        ? new Response(
            JSON.stringify({
              ClassName: 'Exception',
              Message: 'Invoice -101 is locked by an invoice run',
            }),
            { status: 400, headers: { 'content-type': 'application/json' } },
          )
        : sandbox.handler(request),
    )
    try {
      const answer = await api(
        'POST',
        `/api/billing/lines/${line.id}/psa-change`,
        { quantity: line.quantity + 2 },
        LOCAL,
      )
      expect(answer.status).toBe(502)
      expect(answer.body.error.message).toContain('Invoice -101 is locked by an invoice run')
    } finally {
      outbound.serve(SANDBOX_ORIGIN, sandbox.handler)
    }
    expect((await register()).version).toBe(before.version)
  })

  it('POST /api/billing/lines/:id/psa-change sends the new quantity to Halo, reads it back and records before/after; undo sends the old one', async () => {
    await setWriteBack(true)
    const wanted = line.quantity + 3
    const applied = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change`,
      { quantity: wanted },
      LOCAL,
    )
    expect(applied.status, applied.text).toBe(200)
    const result = v.parse(PsaLineChangeResultSchema, applied.body)
    expect(result.line.quantity).toBe(wanted)
    expect((await lineNow(line.id)).quantity).toBe(wanted)
    const source = line.source as { externalId: string }
    expect((await haloWrites()).at(-1)).toMatchObject({
      method: 'POST',
      path: '/api/RecurringInvoice/updatelines',
      body: [expect.objectContaining({ id: Number(source.externalId), qty_order: wanted })],
    })
    const run = (await api('GET', `/api/runs/${result.runId}`)).body
    expect(run.run).toMatchObject({ kind: 'reconciliation', connectionId, actor: 'local' })
    expect(run.operations).toEqual([
      expect.objectContaining({
        op: 'updateBillingLine',
        lineId: line.id,
        before: { quantity: line.quantity },
        after: { quantity: wanted },
      }),
    ])

    const undone = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change/undo`,
      { runId: result.runId },
      LOCAL,
    )
    expect(undone.status, undone.text).toBe(200)
    expect((await haloWrites()).at(-1)).toMatchObject({
      path: '/api/RecurringInvoice/updatelines',
      body: [expect.objectContaining({ id: Number(source.externalId), qty_order: line.quantity })],
    })
    expect((await lineNow(line.id)).quantity).toBe(line.quantity)
    const original = (await api('GET', `/api/runs/${result.runId}`)).body.run
    expect(original.undoneBy).toBeDefined()

    const again = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change/undo`,
      { runId: result.runId },
      LOCAL,
    )
    expect(again.status).toBe(409)
  })

  it("POST /api/billing/lines/:id/psa-change sets a licence-linked line through its licence's count, and undo sets the count back", async () => {
    await setWriteBack(true)
    const linked = (await register()).billingLines.find(
      (l) =>
        l.source.kind === 'psa' &&
        l.source.connectionId === connectionId &&
        l.quantityRule === 'linked' &&
        !l.inactive,
    )!
    expect(linked).toBeDefined()
    const preview = v.parse(
      PsaLineChangePreviewSchema,
      (
        await api(
          'POST',
          `/api/billing/lines/${linked.id}/psa-change/preview`,
          { quantity: linked.quantity + 1 },
          LOCAL,
        )
      ).body,
    )
    expect(preview).toMatchObject({
      ok: true,
      writes: [expect.objectContaining({ call: 'POST /api/SoftwareLicence' })],
    })
    const applied = await api(
      'POST',
      `/api/billing/lines/${linked.id}/psa-change`,
      { quantity: linked.quantity + 1 },
      LOCAL,
    )
    expect(applied.status, applied.text).toBe(200)
    const result = v.parse(PsaLineChangeResultSchema, applied.body)
    const sent = (await haloWrites()).at(-1)!
    expect(sent).toMatchObject({
      path: '/api/SoftwareLicence',
      body: [{ id: expect.any(Number), count: linked.quantity + 1 }],
    })
    expect((await lineNow(linked.id)).quantity).toBe(linked.quantity + 1)
    // The next import reads the licence's count: the line is in step, nothing to change.
    const again = v.parse(
      PsaBillingPreviewSchema,
      (await api('POST', `/api/connections/${connectionId}/billing-lines/preview`, {}, LOCAL)).body,
    )
    expect(again.plan.operations).toEqual([])

    const undone = await api(
      'POST',
      `/api/billing/lines/${linked.id}/psa-change/undo`,
      { runId: result.runId },
      LOCAL,
    )
    expect(undone.status, undone.text).toBe(200)
    expect((await haloWrites()).at(-1)).toMatchObject({
      path: '/api/SoftwareLicence',
      body: [{ id: (sent.body as Array<{ id: number }>)[0]!.id, count: linked.quantity }],
    })
    expect((await lineNow(linked.id)).quantity).toBe(linked.quantity)
  })

  it('PATCH /api/billing/lines/:id refuses to edit a PSA-owned line, saying to write it back instead', async () => {
    const current = await lineNow(line.id)
    const answer = await api('PATCH', `/api/billing/lines/${line.id}`, {
      version: current.version,
      quantity: current.quantity + 5,
    })
    expect(answer.status).toBe(409)
    expect(answer.body.error.message).toMatch(/is HaloPSA's: change it through write-back/)
    expect((await lineNow(line.id)).quantity).toBe(current.quantity)
  })

  it('POST /api/billing/lines/:id/psa-change answers 400 for a line that is Seatkeeper’s own', async () => {
    const own = await api('POST', '/api/billing/lines', {
      customerId: line.customerId,
      description: 'Onboarding retainer',
      quantity: 1,
      unitPrice: 100,
      currency: 'AUD',
      period: 'monthly',
    })
    expect(own.status, own.text).toBe(201)
    const answer = await api('POST', `/api/billing/lines/${own.body.id}/psa-change`, {
      quantity: 2,
    })
    expect(answer.status).toBe(400)
    expect(answer.body.error.message).toMatch(/Seatkeeper's own, not a PSA's/)
  })

  it('POST /api/billing/lines/:id/psa-change answers 400 naming what to send for an empty change', async () => {
    const answer = await api('POST', `/api/billing/lines/${line.id}/psa-change`, {}, LOCAL)
    expect(answer.status).toBe(400)
    expect(answer.body.error.message).toMatch(/new quantity/)
  })
})
