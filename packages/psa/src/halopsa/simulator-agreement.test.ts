import { createDirectHttp } from '@seatkeeper/distributors'
import {
  createHaloSimulator,
  generateWorld,
  generateWorldBilling,
  haloSandboxCredentials,
  type HaloWrite,
} from '@seatkeeper/sandbox'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { haloAdapter } from './index'

// The adapter against the HaloPSA simulator of `pnpm start`, mounted where the sandbox server
// mounts it, over the same generated world as the distributors' simulators.
const ORIGIN = 'http://sandbox.test'

function connect(seed = 3) {
  const world = generateWorld({ seed, customers: 60, subscriptions: 300 })
  let clock = Date.UTC(2026, 11, 2)
  const sandbox = new Hono().route(
    '/halopsa',
    createHaloSimulator({ world, credentials: haloSandboxCredentials, now: () => clock }),
  )
  const fetch = async (input: Request | string | URL, init?: RequestInit) =>
    sandbox.fetch(new Request(input, init))
  const http = createDirectHttp({
    adapter: haloAdapter,
    credentials: haloSandboxCredentials,
    env: { sandboxOrigin: ORIGIN },
    fetch,
    cacheKey: 'halo-sandbox',
    now: () => clock,
    sleep: async (ms) => {
      clock += ms
    },
    random: () => 1,
  })
  const writes = async () =>
    (await (await fetch(`${ORIGIN}/halopsa/_writes`)).json()) as HaloWrite[]
  return { world, http, fetch, writes }
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

  it('takes a quantity change, records exactly the call, and undo restores it', async () => {
    const { http, writes } = connect()
    const before = (await haloAdapter.listBillingLines(http)).items[0]!
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

  it('refuses a whole batch with an unknown line and changes nothing', async () => {
    const { http, writes } = connect()
    const line = (await haloAdapter.listBillingLines(http)).items[0]!
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
    const again = (await haloAdapter.listBillingLines(http)).items[0]!
    expect(again.quantity).toBe(line.quantity)
  })

  it('answers the 301st request in 5 minutes with a plain-text 429 and no Retry-After', async () => {
    const { fetch } = connect()
    let last: Response | undefined
    for (let i = 0; i < 301; i++) last = await fetch(`${ORIGIN}/halopsa/api/authinfo`)
    expect(last!.status).toBe(429)
    expect(await last!.text()).toBe('Rate Limit Reached - 300 Requests per rolling 5 minute window')
    expect(last!.headers.get('retry-after')).toBeNull()
  })
})
