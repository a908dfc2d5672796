import { connectToSimulator } from '@seatkeeper/distributors/testing'
import {
  generateWorldBilling,
  haloSandboxCredentials,
  haloSandboxScopes,
  isHaloLicenceLine,
  type HaloWrite,
} from '@seatkeeper/sandbox'
import { describe, expect, it } from 'vitest'
import { haloAdapter } from './index'

// The adapter against the HaloPSA simulator of `pnpm start`, mounted where the sandbox server
// mounts it, over the same generated world as the distributors' simulators, on a shared clock.
function connect(seed = 3) {
  const { world, http, sandbox } = connectToSimulator(haloAdapter, seed, {
    startAt: Date.UTC(2026, 11, 2),
  })
  const writes = async () => (await (await sandbox('/_writes')).json()) as HaloWrite[]
  return { world, http, sandbox, writes }
}

type Sandbox = ReturnType<typeof connect>['sandbox']

/** A token from the simulator, for reading it as Halo's own UI would. */
async function token(sandbox: Sandbox) {
  const { config, secrets } = haloSandboxCredentials
  const answer = await sandbox(`/auth/token?tenant=${config.tenant}`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: config.clientId,
      client_secret: secrets.clientSecret,
      scope: haloSandboxScopes.join(' '),
    }),
  })
  return ((await answer.json()) as { access_token: string }).access_token
}

describe('HaloPSA adapter against its simulator', () => {
  it('lists every world customer as a client and every monthly billing line', async () => {
    const { world, http } = connect()
    const companies = await haloAdapter.listCompanies(http)
    expect(companies.complete).toBe(true)
    expect(companies.items).toHaveLength(world.customers.length)
    const lines = await haloAdapter.listBillingLines(http)
    expect(lines.complete).toBe(true)
    const monthly = generateWorldBilling(world).lines.filter((l) => l.period === 'monthly')
    expect(lines.items).toHaveLength(monthly.length)
    const drift = monthly.find((l) => l.drift === 'seats-added-not-billed')!
    expect(
      lines.items.find((l) => l.description === drift.description && l.quantity === drift.quantity),
    ).toBeDefined()
  })

  it('takes a quantity change of a manual line, records exactly the call, and undo restores it', async () => {
    const { http, writes } = connect()
    const before = (await haloAdapter.listBillingLines(http)).items.find(
      (l) => l.reference.quantityType === 'manual',
    )!
    const { after } = await haloAdapter.applyBillingChange(http, {
      line: before,
      quantity: before.quantity + 2,
    })
    expect(after.quantity).toBe(before.quantity + 2)
    const undo = haloAdapter.undoOf(after, before)
    if ('reason' in undo) throw new Error(undo.reason)
    await haloAdapter.applyBillingChange(http, undo)
    expect((await writes()).map((w) => w.body)).toEqual([
      [
        {
          id: Number(before.externalId),
          ihid: Number(before.reference.invoiceId),
          qty_order: before.quantity + 2,
        },
      ],
      [
        {
          id: Number(before.externalId),
          ihid: Number(before.reference.invoiceId),
          qty_order: before.quantity,
        },
      ],
    ])
  })

  it('lists licence-linked lines with their licence, billing what the licence counts', async () => {
    const { world, http } = connect()
    const lines = (await haloAdapter.listBillingLines(http)).items
    const linked = lines.filter((l) => l.reference.quantityType === 'licence')
    const planted = generateWorldBilling(world).lines.filter(
      (l) => l.period === 'monthly' && isHaloLicenceLine(l),
    )
    expect(linked.length).toBe(planted.length)
    expect(linked.length).toBeGreaterThan(0)
    for (const line of linked) {
      expect(line.quantityRule).toBe('linked')
      expect(line.reference.licenceIds).toMatch(/^\d+$/)
    }
    // The drifted lines stay manual: their fixes go through updatelines.
    expect(lines.filter((l) => l.reference.quantityType === 'manual').length + linked.length).toBe(
      lines.length,
    )
  })

  it("changes a licence-linked line's quantity through its licence count, Halo's invoice run moves the line, and undo restores the count", async () => {
    const { http, sandbox, writes } = connect()
    const before = (await haloAdapter.listBillingLines(http)).items.find(
      (l) => l.reference.quantityType === 'licence',
    )!
    const licenceId = Number(before.reference.licenceIds)
    const { after } = await haloAdapter.applyBillingChange(http, {
      line: before,
      quantity: before.quantity + 3,
    })
    expect(after.quantity).toBe(before.quantity + 3)
    expect((await writes()).map((w) => [w.path, w.body])).toEqual([
      ['/api/SoftwareLicence', [{ id: licenceId, count: before.quantity + 3 }]],
    ])
    // The next listing bills the licence's count before Halo's next invoice moves the line.
    const relisted = (await haloAdapter.listBillingLines(http)).items.find(
      (l) => l.externalId === before.externalId,
    )!
    expect(relisted.quantity).toBe(before.quantity + 3)
    const run = await sandbox('/_invoice-run', { method: 'POST' })
    expect(await run.json()).toEqual({ moved: 1 })
    const invoice = (await (
      await sandbox(`/api/RecurringInvoice/${before.reference.invoiceId}`, {
        headers: { authorization: `Bearer ${await token(sandbox)}` },
      })
    ).json()) as { lines: Array<{ id: number; qty_order: number }> }
    expect(invoice.lines.find((l) => String(l.id) === before.externalId)?.qty_order).toBe(
      before.quantity + 3,
    )

    const undo = haloAdapter.undoOf(relisted, before)
    if ('reason' in undo) throw new Error(undo.reason)
    await haloAdapter.applyBillingChange(http, undo)
    expect((await writes()).at(-1)).toMatchObject({
      path: '/api/SoftwareLicence',
      body: [{ id: licenceId, count: before.quantity }],
    })
  })

  it('refuses a licence update naming an unknown licence, and changes nothing', async () => {
    const { http, writes } = connect()
    const refused = http.json({
      call: 'POST /api/SoftwareLicence',
      method: 'POST',
      path: '/api/SoftwareLicence',
      body: [{ id: 1, count: 3 }],
    })
    await expect(refused).rejects.toThrow(/Software licence 1 was not found/)
    expect(await writes()).toEqual([])
  })

  it('refuses a whole batch with an unknown line and changes nothing', async () => {
    const { http, writes } = connect()
    const line = (await haloAdapter.listBillingLines(http)).items.find(
      (l) => l.reference.quantityType === 'manual',
    )!
    const refused = http.json({
      call: 'POST /api/RecurringInvoice/updatelines',
      method: 'POST',
      path: '/api/RecurringInvoice/updatelines',
      body: [
        { id: Number(line.externalId), ihid: Number(line.reference.invoiceId), qty_order: 99 },
        { id: 1, ihid: -1, qty_order: 1 },
      ],
    })
    await expect(refused).rejects.toThrow(/Invoice line 1 of recurring invoice -1 was not found/)
    expect(await writes()).toEqual([])
    const again = (await haloAdapter.listBillingLines(http)).items.find(
      (l) => l.externalId === line.externalId,
    )!
    expect(again.quantity).toBe(line.quantity)
  })

  it('answers the 301st request in 5 minutes with a plain-text 429 and no Retry-After', async () => {
    const { sandbox } = connect()
    let last: Response | undefined
    for (let i = 0; i < 301; i++) last = await sandbox('/api/authinfo')
    expect(last!.status).toBe(429)
    expect(await last!.text()).toBe('Rate Limit Reached - 300 Requests per rolling 5 minute window')
    expect(last!.headers.get('retry-after')).toBeNull()
  })
})
