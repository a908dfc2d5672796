import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../testing/read-fixture'
import type { FaultConfig } from '../faults/types'
import { generateWorld } from '../world/generate-world'
import { createDickerDataSimulator } from './create-dickerdata-simulator'
import { dickerdataSandboxCredentials } from './dickerdata-credentials'

const fixture = (name: string): any => readFixtureJson('dickerdata', name)

const world = generateWorld({ seed: 9, customers: 70, subscriptions: 350 })
const TOKEN = dickerdataSandboxCredentials.secrets.apiToken
const ACCOUNT = dickerdataSandboxCredentials.config.accountCode

function simulator(faults?: FaultConfig) {
  return createDickerDataSimulator({
    world,
    credentials: dickerdataSandboxCredentials,
    ...(faults ? { faults } : {}),
  })
}

type Sim = ReturnType<typeof simulator>

async function post(sim: Sim, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await sim.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as any }
}

async function accessKey(sim: Sim): Promise<string> {
  const { json } = await post(sim, '/AccessKeyRequest', {
    AccessToken: TOKEN,
    TransactionID: crypto.randomUUID(),
    AccountCode: ACCOUNT,
  })
  return json.AccessKey as string
}

const headersFor = (key: string) => ({
  authorization: `Bearer ${key}`,
  'dd-transactionid': crypto.randomUUID(),
  'dd-apiversion': 'v1',
})
const keys = (o: object) => Object.keys(o).sort()

describe('Dicker Data simulator', () => {
  it('refuses a wrong access token with 401 and the DENIED body', async () => {
    const { status, json } = await post(simulator(), '/AccessKeyRequest', {
      AccessToken: 'nope',
      TransactionID: crypto.randomUUID(),
      AccountCode: ACCOUNT,
    })
    expect(status).toBe(401)
    expect(json).toEqual(fixture('accesskey-denied.json'))
  })

  it('refuses the right token sent with another account code', async () => {
    const { status, json } = await post(simulator(), '/AccessKeyRequest', {
      AccessToken: TOKEN,
      TransactionID: crypto.randomUUID(),
      AccountCode: '111111',
    })
    expect(status).toBe(401)
    expect(json.Status).toBe('DENIED')
  })

  it('grants a key without an account code, as one public client asks', async () => {
    const { status, json } = await post(simulator(), '/AccessKeyRequest', {
      AccessToken: TOKEN,
      TransactionID: crypto.randomUUID(),
    })
    expect(status).toBe(200)
    expect(json.Status).toBe('GRANTED')
    expect(keys(json)).toEqual(keys(fixture('accesskey.json')))
  })

  it('rejects a token exchange without a TransactionID', async () => {
    expect((await post(simulator(), '/AccessKeyRequest', { AccessToken: TOKEN })).status).toBe(400)
  })

  it('refuses a Subscriptions call without a valid Bearer key', async () => {
    const sim = simulator()
    const none = await post(sim, '/Subscriptions/GetTenant', { In: { SubscriptionType: 'CSP' } })
    expect(none.status).toBe(401)
    expect(none.json).toEqual({ Message: 'Authorization has been denied for this request.' })
    const forged = await post(
      sim,
      '/Subscriptions/GetTenant',
      { In: { SubscriptionType: 'CSP' } },
      headersFor('forged-key'),
    )
    expect(forged.status).toBe(401)
  })

  it('requires the DD-TransactionID and DD-ApiVersion headers', async () => {
    const sim = simulator()
    const key = await accessKey(sim)
    const { 'dd-transactionid': _, ...noTransaction } = headersFor(key)
    expect((await post(sim, '/Subscriptions/GetTenant', { In: {} }, noTransaction)).status).toBe(
      400,
    )
    expect(
      (
        await post(
          sim,
          '/Subscriptions/GetTenant',
          { In: {} },
          { ...headersFor(key), 'dd-apiversion': 'v9' },
        )
      ).status,
    ).toBe(400)
  })

  it('lists customers in the keys of gettenant.json, without deleted ones, tenantless ones with a null TenantId', async () => {
    const sim = simulator()
    const { status, json } = await post(
      sim,
      '/Subscriptions/GetTenant',
      { In: { SubscriptionType: 'CSP' } },
      headersFor(await accessKey(sim)),
    )
    expect(status).toBe(200)
    const row = fixture('gettenant.json').Out[0]
    for (const tenant of json.Out) expect(keys(tenant)).toEqual(keys(row))
    const held = world.customers.filter((c) => c.status !== 'deleted')
    expect(json.Out.map((t: any) => t.CompanyName)).toEqual(held.map((c) => c.name))
    const tenantless = held.filter((c) => !c.hasCspTenant)
    expect(tenantless.length).toBeGreaterThan(0)
    for (const customer of tenantless) {
      expect(json.Out.find((t: any) => t.CompanyName === customer.name)).toMatchObject({
        TenantId: null,
        TenantDescription: null,
      })
    }
    expect(new Set(json.Out.map((t: any) => t.AccountCode))).toEqual(new Set([ACCOUNT]))
  })

  it('filters GetTenant by TenantID, case-insensitively', async () => {
    const sim = simulator()
    const customer = world.customers.find(
      (c) => c.hasCspTenant && c.tenantId && c.status === 'active',
    )
    const { json } = await post(
      sim,
      '/Subscriptions/GetTenant',
      { In: { SubscriptionType: 'CSP', TenantID: customer?.tenantId?.toUpperCase() } },
      headersFor(await accessKey(sim)),
    )
    expect(json.Out.map((t: any) => t.CompanyName)).toEqual([customer?.name])
  })

  it('renders subscriptions of tenanted customers only, with statuses, trials and billing in Dicker Data words', async () => {
    const sim = simulator()
    const { json } = await post(
      sim,
      '/Subscriptions/GetSubscriptionDetails',
      { In: { SubscriptionType: 'CSP' } },
      headersFor(await accessKey(sim)),
    )
    const row = fixture('subscriptiondetails.json').Out[0]
    const tenanted = new Set(world.customers.filter((c) => c.hasCspTenant).map((c) => c.seq))
    const expected = world.subscriptions.filter((s) => tenanted.has(s.customerSeq))
    expect(json.Out).toHaveLength(expected.length)
    for (const subscription of expected) {
      const out = json.Out.find((r: any) => r.SubscriptionId === subscription.vendorSubscriptionId)
      expect(keys(out)).toEqual(keys(row))
      expect(out.Status).toBe(subscription.status.toUpperCase())
      expect(/TRIAL/.test(out.StockDescription)).toBe(subscription.trial)
      expect(out.BillingFrequency).toBe(
        subscription.billingCycle === 'annual' ? 'Annual' : 'Monthly',
      )
      expect(out.ExpiryDate).toBe(`${subscription.commitmentEndDate}T00:00:00`)
      expect(out.ManufacturerStockCode).toBe(
        `${{ 1: 'P1M', 12: 'P1Y', 36: 'P3Y' }[subscription.termMonths]}:${subscription.sku}:1:`,
      )
    }
  })

  it('gives the same answers for the same world', async () => {
    const read = async () => {
      const sim = simulator()
      return (
        await post(
          sim,
          '/Subscriptions/GetSubscriptionDetails',
          { In: { SubscriptionType: 'CSP' } },
          headersFor(await accessKey(sim)),
        )
      ).json
    }
    expect(await read()).toEqual(await read())
  })

  it('expires access keys after the configured number of uses', async () => {
    const sim = simulator({ expireTokenAfter: 2 })
    const key = await accessKey(sim)
    const call = () =>
      post(sim, '/Subscriptions/GetTenant', { In: { SubscriptionType: 'CSP' } }, headersFor(key))
    expect((await call()).status).toBe(200)
    expect((await call()).status).toBe(200)
    expect((await call()).status).toBe(401)
  })

  it('leaves records out of a short listing', async () => {
    const sim = simulator({ shortListing: { dropShare: 0.5 } })
    const { json } = await post(
      sim,
      '/Subscriptions/GetTenant',
      { In: { SubscriptionType: 'CSP' } },
      headersFor(await accessKey(sim)),
    )
    expect(json.Out.length).toBeLessThan(
      world.customers.filter((c) => c.status !== 'deleted').length,
    )
  })

  it('answers a GET on a POST-only call with 405 and an unknown path with 404', async () => {
    const sim = simulator()
    expect(
      (await sim.request('/Subscriptions/GetTenant', { headers: headersFor(await accessKey(sim)) }))
        .status,
    ).toBe(405)
    expect((await sim.request('/Nothing/Here', { method: 'POST' })).status).toBe(404)
  })
})
