import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../testing/read-fixture'
import { generateWorld } from '../world/generate-world'
import { arrowsphereSandboxCredentials } from './arrowsphere-sandbox-credentials'
import { createArrowSphereSimulator } from './create-arrowsphere-simulator'
import { keyPaths } from '../testing/key-paths'

const fixture = (name: string): unknown => readFixtureJson('arrowsphere', name)

const world = generateWorld({ seed: 7, customers: 60, subscriptions: 400 })
const KEY = arrowsphereSandboxCredentials.secrets.apiKey

function simulator() {
  return createArrowSphereSimulator({ world, credentials: arrowsphereSandboxCredentials })
}

async function call(
  path: string,
  init: { method?: string; body?: unknown; apiKey?: string | null } = {},
) {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (init.apiKey !== null) headers.set('apiKey', init.apiKey ?? KEY)
  const res = await simulator().request(path, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  })
  return { status: res.status, body: (await res.json()) as unknown }
}

async function allPages(path: string, method: 'GET' | 'POST', body?: unknown) {
  const pages: unknown[] = []
  for (let page = 1; ; page++) {
    const res = await call(`${path}?per_page=100&page=${page}`, { method, body })
    expect(res.status).toBe(200)
    pages.push(res.body)
    const pagination = (res.body as { pagination: Record<string, number> }).pagination
    if (page >= (pagination.total_page ?? pagination.totalPage ?? 0)) return pages
  }
}

const union = (bodies: unknown[]) => new Set(bodies.flatMap((body) => [...keyPaths(body)]))
const sorted = (paths: Set<string>) => [...paths].sort()

// The simulator must not drift from the documented API: its answers carry exactly the keys of the
// fixture files. That they also pass the adapter's own schemas is checked on the adapter's side
// (distributors/src/arrowsphere/simulator-agreement.test.ts), so neither package depends on the other.
describe('ArrowSphere simulator agrees with the documented API', () => {
  it('answers GET /whoami with exactly the keys of the fixture', async () => {
    const res = await call('/whoami')
    expect(res.status).toBe(200)
    expect(sorted(keyPaths(res.body))).toEqual(sorted(keyPaths(fixture('whoami.json'))))
  })

  it('answers GET /customers with exactly the key set of the fixtures', async () => {
    const pages = await allPages('/customers', 'GET')
    expect(sorted(union(pages))).toEqual(
      sorted(union([fixture('customers-page1.json'), fixture('customers-page2.json')])),
    )
  })

  it('answers POST /licenses/v2/find with exactly the key set of the fixtures', async () => {
    const pages = await allPages('/licenses/v2/find', 'POST', { filters: {} })
    expect(sorted(union(pages))).toEqual(
      sorted(union([fixture('licenses-find-page1.json'), fixture('licenses-find-page2.json')])),
    )
  })

  it('lists every world customer and licence across its pages', async () => {
    const customers = (await allPages('/customers', 'GET')).flatMap(
      (page) => (page as { data: { customers: unknown[] } }).data.customers,
    )
    const licenses = (await allPages('/licenses/v2/find', 'POST', { filters: {} })).flatMap(
      (page) => (page as { results: unknown[] }).results,
    )
    expect(customers).toHaveLength(world.customers.length)
    expect(licenses).toHaveLength(world.subscriptions.length)
  })

  it('renders statuses in ArrowSphere vocabulary: DeletedAt on customers, status codes on licences', async () => {
    const customers = (await allPages('/customers', 'GET')).flatMap(
      (page) =>
        (page as { data: { customers: Array<{ DeletedAt: string | null }> } }).data.customers,
    )
    const deleted = world.customers.filter((c) => c.status === 'deleted').length
    expect(customers.filter((c) => c.DeletedAt !== null)).toHaveLength(deleted)

    const codes = (await allPages('/licenses/v2/find', 'POST', { filters: {} }))
      .flatMap((page) => (page as { results: Array<{ license: { status_code: number } }> }).results)
      .map((r) => r.license.status_code)
    const expected: Record<string, number> = {
      active: 86,
      suspended: 87,
      cancelled: 89,
      deleted: 126,
      pending: 62,
    }
    expect(codes).toEqual(world.subscriptions.map((s) => expected[s.status]))
  })

  it('leaves the address lines out of a customer the world gives no address', async () => {
    const bare = world.customers.find((c) => !c.address)
    expect(bare).toBeDefined()
    const res = await call(`/customers?per_page=100&page=1`)
    const rendered = (
      res.body as { data: { customers: Array<Record<string, unknown>> } }
    ).data.customers.find((c) => c.CompanyName === bare?.name)
    expect(rendered).not.toHaveProperty('AddressLine1')
    expect(rendered?.City).toBe('')
  })

  it('filters licences on license.customer_ref', async () => {
    const res = await call('/licenses/v2/find?per_page=100&page=1', {
      method: 'POST',
      body: { filters: { 'license.customer_ref': 'XSP20003' } },
    })
    const refs = (
      res.body as { results: Array<{ license: { customer_ref: string } }> }
    ).results.map((r) => r.license.customer_ref)
    expect(refs.length).toBe(world.subscriptions.filter((s) => s.customerSeq === 3).length)
    expect(new Set(refs)).toEqual(new Set(['XSP20003']))
  })

  it('answers the same world with the same bytes every time', async () => {
    const a = await call('/licenses/v2/find?per_page=100&page=2', {
      method: 'POST',
      body: { filters: {} },
    })
    const b = await call('/licenses/v2/find?per_page=100&page=2', {
      method: 'POST',
      body: { filters: {} },
    })
    expect(JSON.stringify(a.body)).toBe(JSON.stringify(b.body))
  })
})

describe('ArrowSphere simulator refuses what ArrowSphere refuses', () => {
  it('refuses a wrong API key with 401 and the documented error body', async () => {
    const res = await call('/customers', { apiKey: 'not-the-key' })
    expect(res.status).toBe(401)
    expect(res.body).toEqual(fixture('error-401.json'))
  })

  it('refuses a request without the apiKey header', async () => {
    const res = await call('/whoami', { apiKey: null })
    expect(res.status).toBe(401)
  })

  it('answers an unknown customer with 404 in the fixture shape', async () => {
    const res = await call('/customers/XSP99999')
    expect(res.status).toBe(404)
    expect(res.body).toEqual(fixture('error-404.json'))
  })

  it('answers a find body without an object of filters with 400', async () => {
    const res = await call('/licenses/v2/find', { method: 'POST', body: { filters: 'XSP20001' } })
    expect(res.status).toBe(400)
    expect(sorted(keyPaths(res.body))).toEqual(['error', 'messages', 'status'])
  })
})
