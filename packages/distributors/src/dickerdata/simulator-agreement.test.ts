import {
  createDickerDataSimulator,
  dickerdataSandboxCredentials,
  generateWorld,
} from '@seatkeeper/sandbox'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  AccessKeyResponseSchema,
  GetSubscriptionDetailsResponseSchema,
  GetTenantResponseSchema,
} from './schemas'
import { readDickerDataFixture } from '../testing/dickerdata/serve-fixtures'

// The simulator must not drift from the documented API: its answers pass the adapter's own schemas
// and carry exactly the keys the fixture files (written from the public integrations) carry.

const world = generateWorld({ seed: 3, customers: 80, subscriptions: 500 })
const simulator = createDickerDataSimulator({ world, credentials: dickerdataSandboxCredentials })

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await simulator.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as any }
}

async function signIn(): Promise<Record<string, string>> {
  const { json } = await post('/AccessKeyRequest', {
    AccessToken: dickerdataSandboxCredentials.secrets.apiToken,
    TransactionID: crypto.randomUUID(),
    AccountCode: dickerdataSandboxCredentials.config.accountCode,
  })
  return {
    authorization: `Bearer ${json.AccessKey}`,
    'dd-transactionid': crypto.randomUUID(),
    'dd-apiversion': 'v1',
  }
}

const keys = (o: object) => Object.keys(o).sort()

describe('Dicker Data simulator agrees with the documented API', () => {
  it('grants an access key in the shape of accesskey.json', async () => {
    const { status, json } = await post('/AccessKeyRequest', {
      AccessToken: dickerdataSandboxCredentials.secrets.apiToken,
      TransactionID: crypto.randomUUID(),
      AccountCode: dickerdataSandboxCredentials.config.accountCode,
    })
    expect(status).toBe(200)
    expect(v.safeParse(AccessKeyResponseSchema, json).success).toBe(true)
    expect(keys(json)).toEqual(keys(readDickerDataFixture('accesskey.json')))
    expect(json.Status).toBe('GRANTED')
  })

  it('refuses a wrong token with the body of accesskey-denied.json', async () => {
    const { status, json } = await post('/AccessKeyRequest', {
      AccessToken: 'wrong',
      TransactionID: crypto.randomUUID(),
    })
    expect(status).toBe(401)
    expect(json).toEqual(readDickerDataFixture('accesskey-denied.json'))
  })

  it('answers GetTenant in the shape of gettenant.json, every row with the same keys', async () => {
    const { status, json } = await post(
      '/Subscriptions/GetTenant',
      { In: { SubscriptionType: 'CSP' } },
      await signIn(),
    )
    expect(status).toBe(200)
    const parsed = v.safeParse(GetTenantResponseSchema, json)
    expect(parsed.success, JSON.stringify(parsed.issues?.[0]?.path)).toBe(true)
    const fixture = readDickerDataFixture('gettenant.json')
    expect(keys(json)).toEqual(keys(fixture))
    expect(json.Out.length).toBeGreaterThan(0)
    for (const row of json.Out) expect(keys(row)).toEqual(keys(fixture.Out[0]))
  })

  it('answers GetSubscriptionDetails in the shape of subscriptiondetails.json, every row with the same keys', async () => {
    const { status, json } = await post(
      '/Subscriptions/GetSubscriptionDetails',
      { In: { SubscriptionType: 'CSP' } },
      await signIn(),
    )
    expect(status).toBe(200)
    const parsed = v.safeParse(GetSubscriptionDetailsResponseSchema, json)
    expect(parsed.success, JSON.stringify(parsed.issues?.[0]?.path)).toBe(true)
    const fixture = readDickerDataFixture('subscriptiondetails.json')
    expect(keys(json)).toEqual(keys(fixture))
    for (const row of json.Out) expect(keys(row)).toEqual(keys(fixture.Out[0]))
    // Every world status is rendered, in the upper-case vocabulary the fixture uses.
    expect(new Set(json.Out.map((r: { Status: string }) => r.Status))).toEqual(
      new Set(['ACTIVE', 'SUSPENDED', 'CANCELLED', 'DELETED', 'PENDING']),
    )
  })

  it('writes dates and manufacturer codes the way the fixture does', async () => {
    const { json } = await post(
      '/Subscriptions/GetSubscriptionDetails',
      { In: { SubscriptionType: 'CSP' } },
      await signIn(),
    )
    for (const row of json.Out) {
      expect(row.ExpiryDate).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/)
      expect(row.ManufacturerStockCode).toMatch(/^P(1M|1Y|3Y):.+:1:$/)
    }
  })
})
