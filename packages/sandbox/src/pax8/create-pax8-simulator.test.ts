import { describe, expect, it } from 'vitest'
import type { FaultConfig } from '../faults'
import { keyPaths } from '../testing/key-paths'
import { readFixtureJson } from '../testing/read-fixture'
import { generateWorld, type World } from '../world/generate-world'
import { createPax8Simulator } from './create-pax8-simulator'
import { pax8SandboxCredentials as creds } from './pax8-sandbox-credentials'

const fixture = (name: string): any => readFixtureJson('pax8', name)
const both = (name: string) => [
  ...fixture(`${name}-page0.json`).content,
  ...fixture(`${name}-page1.json`).content,
]

function simulator(
  world: World = generateWorld({ seed: 7, customers: 30, subscriptions: 250 }),
  faults?: FaultConfig,
) {
  const app = createPax8Simulator({ world, credentials: creds, ...(faults ? { faults } : {}) })
  const token = (body: Record<string, unknown> = {}) =>
    app.request('/v1/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: creds.config.clientId,
        client_secret: creds.secrets.clientSecret,
        audience: 'https://api.pax8.com',
        grant_type: 'client_credentials',
        ...body,
      }),
    })
  const login = async () =>
    ((await (await token()).json()) as { access_token: string }).access_token
  const get = (path: string, bearer?: string) =>
    app.request(path, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} })
  return { app, token, login, get, world }
}

describe('Pax8 simulator', () => {
  it('answers with the key sets of the documented fixtures', async () => {
    const s = simulator()
    const tokenRes = await s.token()
    expect(keyPaths(await tokenRes.clone().json())).toEqual(keyPaths(fixture('token.json')))
    const bearer = ((await tokenRes.json()) as { access_token: string }).access_token
    const companies = (await (await s.get('/v1/companies?page=0&size=200', bearer)).json()) as any
    expect(keyPaths(companies)).toEqual(
      keyPaths({ content: both('companies'), page: fixture('companies-page0.json').page }),
    )
    const subscriptions = (await (
      await s.get('/v1/subscriptions?page=0&size=200', bearer)
    ).json()) as any
    expect(keyPaths(subscriptions.content)).toEqual(keyPaths(both('subscriptions')))
  })

  it('pages from 0 with Pax8’s page block, default size 10, and refuses a size over 200', async () => {
    const s = simulator()
    const bearer = await s.login()
    const first = (await (await s.get('/v1/subscriptions', bearer)).json()) as any
    expect(first.content).toHaveLength(10)
    expect(first.page).toMatchObject({ size: 10, number: 0 })
    const last = (await (
      await s.get(`/v1/subscriptions?page=${first.page.totalPages - 1}&size=10`, bearer)
    ).json()) as any
    expect(last.content.length).toBe(first.page.totalElements - 10 * (first.page.totalPages - 1))
    expect((await s.get('/v1/companies?size=201', bearer)).status).toBe(400)
  })

  it('renders world statuses in Pax8’s terms, Deleted companies kept and deleted subscriptions gone', async () => {
    const s = simulator()
    const bearer = await s.login()
    const companies = ((await (await s.get('/v1/companies?size=200', bearer)).json()) as any)
      .content
    expect(companies.map((c: any) => c.status)).toEqual(
      s.world.customers.map(
        (c) => ({ active: 'Active', suspended: 'Inactive', deleted: 'Deleted' })[c.status],
      ),
    )
    const subs = ((await (await s.get('/v1/subscriptions?size=200', bearer)).json()) as any).page
      .totalElements
    expect(subs).toBe(s.world.subscriptions.filter((x) => x.status !== 'deleted').length)
  })

  it('refuses a wrong secret, client id, audience or grant with Pax8’s access_denied', async () => {
    const s = simulator()
    for (const wrong of [
      { client_secret: 'x' },
      { client_id: 'x' },
      { audience: 'api://p8p.client' },
      { grant_type: 'password' },
    ]) {
      const res = await s.token(wrong)
      expect(res.status).toBe(401)
      expect(await res.json()).toEqual(fixture('token-error-401.json'))
    }
    const refused = await s.get('/v1/companies', 'not-a-token')
    expect(refused.status).toBe(401)
    expect(((await refused.json()) as any).type).toBe('Unauthorized')
  })

  it('answers an inaccessible companyId with the fixture’s 403 Error body', async () => {
    const s = simulator()
    const res = await s.get(
      '/v1/subscriptions?companyId=00000000-0000-0000-0000-000000000000',
      await s.login(),
    )
    expect(res.status).toBe(403)
    expect(keyPaths(await res.json())).toEqual(keyPaths(fixture('error-403.json')))
  })

  it('serves the same ids and bodies for the same world', async () => {
    const world = generateWorld({ seed: 11, customers: 8 })
    const a = simulator(world)
    const b = simulator(world)
    const read = async (x: ReturnType<typeof simulator>) =>
      (await x.get('/v1/subscriptions?size=200', await x.login())).json()
    expect(await read(a)).toEqual(await read(b))
  })

  it('fails 0-based page 1 (failPage 2) once, and expires tokens after expireTokenAfter uses', async () => {
    const s = simulator(undefined, { failPage: { page: 2, status: 503 }, expireTokenAfter: 3 })
    const bearer = await s.login()
    expect((await s.get('/v1/subscriptions?page=0&size=100', bearer)).status).toBe(200)
    expect((await s.get('/v1/subscriptions?page=1&size=100', bearer)).status).toBe(503)
    expect((await s.get('/v1/subscriptions?page=1&size=100', bearer)).status).toBe(200)
    expect((await s.get('/v1/subscriptions?page=2&size=100', bearer)).status).toBe(200)
    expect((await s.get('/v1/subscriptions?page=0&size=100', bearer)).status).toBe(401)
  })
})
