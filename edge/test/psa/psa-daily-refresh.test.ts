import { emptySummary } from '@seatkeeper/core'
import { generateWorldBilling, haloClientId, psaSandboxCatalogue } from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { api } from '../connections/local-api'
import {
  deliver,
  job,
  runsOf,
  setIntegrator,
  snapshot,
  statusOf,
} from '../integrator/integrator-harness'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'

const sandbox = testSandbox()
installOutbound({ [SANDBOX_ORIGIN]: sandbox.handler })
const halo = psaSandboxCatalogue.find((e) => e.id === 'halopsa')!

// The daily integrator's run of a PSA connection (docs/psa.md "Daily refresh"): the cron's queue
// message imports the PSA's lines as a billing-import run by the integrator, and the next day's
// run of an unchanged PSA writes nothing; the reconciliation totals are worked out again after it.
describe('the daily refresh of a PSA connection', () => {
  it('imports the lines of mapped companies as a cron run by the integrator, then reconciles; an unchanged PSA writes nothing the next day', async () => {
    const created = await api('POST', '/api/connections', {
      distributor: 'halopsa',
      name: 'Halo nightly',
      ...halo.credentials,
    })
    expect(created.status, created.text).toBe(201)
    const id = created.body.id as string
    const billed = generateWorldBilling(sandbox.world).lines.filter((l) => l.period === 'monthly')
    const company = sandbox.world.customers.find((c) =>
      billed.some((l) => l.customerSeq === c.seq),
    )!
    const { version } = await snapshot()
    const plan = {
      kind: 'manual',
      connectionId: id,
      baseVersion: version,
      operations: [
        {
          op: 'createCustomer',
          after: { id: 'cus-nightly', name: company.name, inactive: false, version: 1 },
        },
        {
          op: 'addMapping',
          after: {
            connectionId: id,
            externalCustomerId: String(haloClientId(company.seq)),
            externalName: company.name,
            customerId: 'cus-nightly',
            origin: 'manual',
          },
        },
      ],
      skipped: [],
      quarantine: [],
      summary: emptySummary(),
    }
    expect((await api('POST', '/api/register/plans', { baseVersion: version, plan })).status).toBe(
      200,
    )
    await setIntegrator(id)

    const result = await deliver([{ id: `night-${id}`, body: job(id, '2026-12-01') }])
    expect(result.explicitAcks).toEqual([`night-${id}`])
    // The connection's runs besides the person's mapping run.
    const imports = async () => (await runsOf(id)).filter((r) => r.kind !== 'manual')
    const runs = await imports()
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({ kind: 'billing-import', trigger: 'cron', actor: 'integrator' })
    const register = await snapshot()
    const lines = register.billingLines.filter(
      (l) => l.source.kind === 'psa' && l.source.connectionId === id,
    )
    expect(lines.length).toBe(billed.filter((l) => l.customerSeq === company.seq).length)
    expect(lines.every((l) => l.customerId === 'cus-nightly')).toBe(true)
    expect((await statusOf(id)).lastRunId).toBe(runs[0].id)
    // Reconciled after the run: the totals are those of the register the run left.
    const totals = (await api('GET', '/api/billing/totals')).body
    expect(totals.version).toBe(register.version)

    await deliver([{ id: `night2-${id}`, body: job(id, '2026-12-02') }])
    expect(await imports()).toHaveLength(1)
    expect((await snapshot()).version).toBe(register.version)
  })
})
