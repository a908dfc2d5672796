import {
  emptySummary,
  PsaBillingPreviewSchema,
  PsaLineChangeResultSchema,
  RegisterSchema,
  type BillingLine,
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

// ConnectWise and Autotask through the same import and write-back routes as HaloPSA
// (psa-write-back.test.ts), each asserted on what its simulator received.
const cases = [
  {
    id: 'connectwise',
    companyId: cwCompanyId,
    // Odd customers' agreements do not prorate: a quantity change is one PATCH of the addition.
    customerSeq: (seq: number) => seq % 2 === 1,
    expectWrite: (write: Write, line: BillingLine, quantity: number) => {
      const source = line.source as { externalId: string }
      expect(write.method).toBe('PATCH')
      expect(write.path).toMatch(new RegExp(`/additions/${source.externalId}$`))
      expect(write.body).toEqual([expect.objectContaining({ path: 'quantity', value: quantity })])
    },
  },
  {
    id: 'autotask',
    companyId: (seq: number) => 29_683_000 + seq,
    customerSeq: () => true,
    // Autotask takes a signed delta; its undo is the opposite adjustment.
    expectWrite: (write: Write, line: BillingLine, quantity: number) => {
      expect(write.method).toBe('POST')
      expect(write.path).toMatch(/\/ContractServiceAdjustments$/)
      expect(write.body).toMatchObject({ unitChange: quantity - line.quantity })
    },
  },
]

async function register() {
  return v.parse(RegisterSchema, (await api('GET', '/api/register')).body)
}

async function writesOf(id: string): Promise<Write[]> {
  return (await (
    await sandbox.handler(new Request(`${SANDBOX_ORIGIN}/${id}/_writes`))
  ).json()) as Write[]
}

describe('PSA import and write-back, each PSA', () => {
  for (const c of cases) {
    it(`imports the ${c.id} lines of mapped companies, writes a new quantity back to ${c.id} and undoes it`, async () => {
      const entry = psaSandboxCatalogue.find((e) => e.id === c.id)!
      const created = await api(
        'POST',
        '/api/connections',
        { distributor: c.id, name: `${c.id} books`, ...entry.credentials },
        LOCAL,
      )
      expect(created.status, created.text).toBe(201)
      const connectionId = created.body.id as string
      const customers = sandbox.world.customers.filter((w) => c.customerSeq(w.seq))
      const { version } = await register()
      const operations = customers.flatMap((w) => [
        {
          op: 'createCustomer' as const,
          after: {
            id: `cus-${c.id}-${w.seq}`,
            name: `${w.name} (${c.id})`,
            inactive: false,
            version: 1,
          },
        },
        {
          op: 'addMapping' as const,
          after: {
            connectionId,
            externalCustomerId: String(c.companyId(w.seq)),
            externalName: w.name,
            customerId: `cus-${c.id}-${w.seq}`,
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

      // Autotask says no currency on its rows: the import chooses the connection's.
      const previewed = await api(
        'POST',
        `/api/connections/${connectionId}/billing-lines/preview`,
        { currency: 'aud' },
        LOCAL,
      )
      expect(previewed.status, previewed.text).toBe(200)
      const { plan } = v.parse(PsaBillingPreviewSchema, previewed.body)
      expect(plan.summary.billingLines?.create).toBeGreaterThan(0)
      expect(plan.skipped.filter((s) => /currency/.test(s.reason))).toEqual([])
      const now = await register()
      expect(
        (await api('POST', '/api/register/plans', { baseVersion: now.version, plan })).status,
      ).toBe(200)
      const line = (await register()).billingLines.find(
        (l) => l.source.kind === 'psa' && l.source.connectionId === connectionId && !l.inactive,
      )!
      expect(line.source).toMatchObject({ psa: c.id })

      const settings = (await api('GET', `/api/connections/${connectionId}/settings`)).body
      await api('PUT', `/api/connections/${connectionId}/settings`, {
        ...settings,
        writeBack: true,
      })
      const wanted = line.quantity + 1
      const applied = await api(
        'POST',
        `/api/billing/lines/${line.id}/psa-change`,
        { quantity: wanted },
        LOCAL,
      )
      expect(applied.status, applied.text).toBe(200)
      const result = v.parse(PsaLineChangeResultSchema, applied.body)
      expect(result.line.quantity).toBe(wanted)
      c.expectWrite((await writesOf(c.id)).at(-1)!, line, wanted)

      const undone = await api(
        'POST',
        `/api/billing/lines/${line.id}/psa-change/undo`,
        { runId: result.runId },
        LOCAL,
      )
      expect(undone.status, undone.text).toBe(200)
      c.expectWrite((await writesOf(c.id)).at(-1)!, { ...line, quantity: wanted }, line.quantity)
      expect((await register()).billingLines.find((l) => l.id === line.id)?.quantity).toBe(
        line.quantity,
      )
    })
  }
})
