import {
  emptySummary,
  PsaBillingPreviewSchema,
  PsaLineChangeResultSchema,
  RegisterSchema,
} from '@seatkeeper/core'
import { cwCompanyId, psaSandboxCatalogue } from '@seatkeeper/sandbox'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { api } from '../connections/local-api'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'

const sandbox = testSandbox()
installOutbound({ [SANDBOX_ORIGIN]: sandbox.handler })
const LOCAL = { SANDBOX_ORIGIN }
type Write = { method: string; path: string; body: unknown }

async function register() {
  return v.parse(RegisterSchema, (await api('GET', '/api/register')).body)
}

async function cwWrites(): Promise<Write[]> {
  return (await (
    await sandbox.handler(new Request(`${SANDBOX_ORIGIN}/connectwise/_writes`))
  ).json()) as Write[]
}

async function previewImport(connectionId: string) {
  const answer = await api(
    'POST',
    `/api/connections/${connectionId}/billing-lines/preview`,
    {},
    LOCAL,
  )
  expect(answer.status, answer.text).toBe(200)
  return v.parse(PsaBillingPreviewSchema, answer.body).plan
}

// A quantity change on a prorated ConnectWise agreement cancels the addition and adds a new one
// (docs/psa.md "ConnectWise PSA"): the register line follows the new addition, and undo bills the
// old one again.
describe('ConnectWise write-back on a prorated agreement', () => {
  it('moves the register line to the new addition, so the next import changes nothing, and undo bills the old addition again', async () => {
    const entry = psaSandboxCatalogue.find((e) => e.id === 'connectwise')!
    const created = await api(
      'POST',
      '/api/connections',
      { distributor: 'connectwise', name: 'ConnectWise books', ...entry.credentials },
      LOCAL,
    )
    expect(created.status, created.text).toBe(201)
    const connectionId = created.body.id as string
    // Even customers' agreements prorate in the simulator.
    const customers = sandbox.world.customers.filter((w) => w.seq % 2 === 0)
    const { version } = await register()
    const operations = customers.flatMap((w) => [
      {
        op: 'createCustomer' as const,
        after: { id: `cus-cw-${w.seq}`, name: w.name, inactive: false, version: 1 },
      },
      {
        op: 'addMapping' as const,
        after: {
          connectionId,
          externalCustomerId: String(cwCompanyId(w.seq)),
          externalName: w.name,
          customerId: `cus-cw-${w.seq}`,
          origin: 'manual' as const,
        },
      },
    ])
    const manual = {
      kind: 'manual',
      connectionId,
      baseVersion: version,
      operations,
      skipped: [],
      quarantine: [],
      summary: emptySummary(),
    }
    expect(
      (await api('POST', '/api/register/plans', { baseVersion: version, plan: manual })).status,
    ).toBe(200)
    const plan = await previewImport(connectionId)
    const now = await register()
    expect(
      (await api('POST', '/api/register/plans', { baseVersion: now.version, plan })).status,
    ).toBe(200)
    const line = (await register()).billingLines.find(
      (l) => l.source.kind === 'psa' && l.source.connectionId === connectionId && !l.inactive,
    )!
    const oldId = (line.source as { externalId: string }).externalId
    const settings = (await api('GET', `/api/connections/${connectionId}/settings`)).body
    await api('PUT', `/api/connections/${connectionId}/settings`, { ...settings, writeBack: true })

    const applied = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change`,
      { quantity: line.quantity + 3 },
      LOCAL,
    )
    expect(applied.status, applied.text).toBe(200)
    const result = v.parse(PsaLineChangeResultSchema, applied.body)
    // The new addition first: a refused POST leaves the old one billing, untouched.
    const [added, cancel] = (await cwWrites()).slice(-2)
    expect(added).toMatchObject({ method: 'POST', body: { quantity: line.quantity + 3 } })
    expect(cancel).toMatchObject({ method: 'PATCH', path: expect.stringMatching(`/${oldId}$`) })
    const moved = (await register()).billingLines.find((l) => l.id === line.id)!
    expect(moved.quantity).toBe(line.quantity + 3)
    expect(moved.source).toMatchObject({ kind: 'psa', connectionId })
    const newId = (moved.source as { externalId: string }).externalId
    expect(newId).not.toBe(oldId)

    // The cancelled addition is neither a line gone (the register follows the new one) nor a
    // stranger to import: the next import changes nothing.
    const again = await previewImport(connectionId)
    expect(again.operations).toEqual([])
    expect(again.skipped).toContainEqual(
      expect.objectContaining({
        externalId: oldId,
        reason: 'ConnectWise PSA no longer bills it; Seatkeeper imports only lines that bill.',
      }),
    )

    const undone = await api(
      'POST',
      `/api/billing/lines/${line.id}/psa-change/undo`,
      { runId: result.runId },
      LOCAL,
    )
    expect(undone.status, undone.text).toBe(200)
    // The old addition bills again first: a refused cancel never leaves the line billing nothing.
    const [resumeOld, stopNew] = (await cwWrites()).slice(-2)
    expect(stopNew).toMatchObject({
      method: 'PATCH',
      path: expect.stringMatching(`/${newId}$`),
      body: [expect.objectContaining({ path: 'cancelledDate' })],
    })
    expect(resumeOld).toMatchObject({
      method: 'PATCH',
      path: expect.stringMatching(`/${oldId}$`),
      body: [{ op: 'replace', path: 'cancelledDate', value: null }],
    })
    const back = (await register()).billingLines.find((l) => l.id === line.id)!
    expect(back).toMatchObject({ quantity: line.quantity, inactive: false })
    expect(back.source).toMatchObject({ externalId: oldId })
    expect((await previewImport(connectionId)).operations).toEqual([])
  })
})
