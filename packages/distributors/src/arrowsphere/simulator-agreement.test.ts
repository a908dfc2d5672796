import {
  arrowsphereSandboxCredentials,
  createArrowSphereSimulator,
  generateWorld,
} from '@seatkeeper/sandbox'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  ArrowErrorBodySchema,
  CustomersPageSchema,
  LicensesFindPageSchema,
  WhoAmIResponseSchema,
} from './schemas'

// The simulator must not drift from what the adapter reads: every answer it gives passes the
// adapter's own schemas. (Its key sets are compared with the fixture files on the sandbox side.)

const world = generateWorld({ seed: 19, customers: 150, subscriptions: 420 })
const simulator = createArrowSphereSimulator({ world, credentials: arrowsphereSandboxCredentials })

async function call(
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown; apiKey?: string } = {},
) {
  const res = await simulator.request(path, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      apiKey: init.apiKey ?? arrowsphereSandboxCredentials.secrets.apiKey,
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  })
  return { status: res.status, body: (await res.json()) as unknown }
}

function issues(schema: v.GenericSchema, value: unknown): string[] {
  const result = v.safeParse(schema, value)
  return result.success
    ? []
    : result.issues.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`)
}

describe('ArrowSphere simulator answers pass the adapter schemas', () => {
  it('GET /whoami', async () => {
    const res = await call('/whoami')
    expect(res.status).toBe(200)
    expect(issues(WhoAmIResponseSchema, res.body)).toEqual([])
  })

  it('GET /customers, every page', async () => {
    for (const page of [1, 2]) {
      const res = await call(`/customers?per_page=100&page=${page}`)
      expect(res.status).toBe(200)
      expect(issues(CustomersPageSchema, res.body)).toEqual([])
    }
  })

  it('POST /licenses/v2/find, every page, bulk and for one customer', async () => {
    for (const page of [1, 2, 3, 4, 5]) {
      const res = await call(`/licenses/v2/find?per_page=100&page=${page}`, {
        method: 'POST',
        body: { filters: {} },
      })
      expect(res.status).toBe(200)
      expect(issues(LicensesFindPageSchema, res.body)).toEqual([])
    }
    const one = await call('/licenses/v2/find?per_page=100&page=1', {
      method: 'POST',
      body: { filters: { 'license.customer_ref': 'XSP20001' } },
    })
    expect(issues(LicensesFindPageSchema, one.body)).toEqual([])
  })

  it('the 401 of a wrong key and the 404 of an unknown customer', async () => {
    const refused = await call('/customers', { apiKey: 'wrong-key-123456' })
    expect(refused.status).toBe(401)
    expect(issues(ArrowErrorBodySchema, refused.body)).toEqual([])
    const missing = await call('/customers/XSP99999')
    expect(missing.status).toBe(404)
    expect(issues(ArrowErrorBodySchema, missing.body)).toEqual([])
  })
})
