import { createRhipeSimulator, generateWorld, rhipeSandboxCredentials } from '@seatkeeper/sandbox'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { RhipeCustomersSchema, RhipeTenantsSchema } from './schemas'
import { readRhipeFixture } from '../testing/rhipe/serve-fixtures'

type Json = Record<string, unknown>

const world = generateWorld({ seed: 23, customers: 80, subscriptions: 400 })
const simulator = createRhipeSimulator({ world, credentials: rhipeSandboxCredentials })

async function token(): Promise<string> {
  const res = await simulator.request('/core/connect/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: rhipeSandboxCredentials.config.clientId,
      client_secret: rhipeSandboxCredentials.secrets.clientSecret,
      scope: 'rhipeapi',
    }).toString(),
  })
  const body = (await res.json()) as Json
  expect(Object.keys(body).sort()).toEqual(Object.keys(readRhipeFixture<Json>('token.json')).sort())
  return String(body.access_token)
}

async function get(path: string): Promise<unknown> {
  const res = await simulator.request(path, {
    headers: { authorization: `Bearer ${await token()}` },
  })
  expect(res.status).toBe(200)
  return res.json()
}

const keys = (o: unknown) => Object.keys(o as Json).sort()

/** Every record's keys, as one set per distinct key list (a drifting record shows up as a second). */
const keySets = (records: unknown[]) => [...new Set(records.map((r) => keys(r).join(',')))]

describe('Rhipe simulator agrees with the documented API', () => {
  it('serves customers the adapter schema accepts, with the fixture’s exact keys', async () => {
    const customers = (await get('/api/v1/me/customers?includeDeactivatedCustomers=true')) as Json[]
    expect(v.safeParse(RhipeCustomersSchema, customers).success).toBe(true)
    const fixture = readRhipeFixture<Json[]>('customers.json')
    expect(keySets(customers)).toEqual(keySets(fixture))
    const agreements = (list: Json[]) => list.flatMap((c) => c.CustomerProgramAgreements as Json[])
    expect(keySets(agreements(customers))).toEqual(keySets(agreements(fixture)))
  })

  it('serves the tenants of every contract agreement the customers name, in the fixture’s shape', async () => {
    const customers = (await get('/api/v1/me/customers?includeDeactivatedCustomers=true')) as Json[]
    const ids = new Set(
      customers.flatMap((c) =>
        (c.CustomerProgramAgreements as Json[]).map((a) => a.ContractAgreementId),
      ),
    )
    expect(ids.size).toBeGreaterThan(1)
    const fixture = readRhipeFixture<Json[]>('contractagreement-tenants.json')
    const subscriptions = (list: Json[]) => list.flatMap((t) => t.Subscriptions as Json[])
    for (const id of ids) {
      const tenants = (await get(`/api/v2/contractagreements/${String(id)}/tenants`)) as Json[]
      expect(v.safeParse(RhipeTenantsSchema, tenants).success).toBe(true)
      expect(keySets(tenants)).toEqual(keySets(fixture))
      expect(keySets(subscriptions(tenants))).toEqual(keySets(subscriptions(fixture)))
    }
  })
})
