import { describe, expect, it } from 'vitest'
import type { FaultConfig } from '../faults'
import { generateWorld, type World } from '../world/generate-world'
import { createIngramSimulator } from './create-ingram-simulator'
import { ingramSandboxCredentials as creds } from './ingram-sandbox-credentials'

const KEY = { 'x-subscription-key': creds.secrets.subscriptionKey }
const BASIC = `Basic ${btoa(`${creds.config.username}:${creds.secrets.password}`)}`

type Page = { data: Array<{ id: string; status: string }>; pagination: { total: number } }

function simulator(world: World = generateWorld({ seed: 5, customers: 30 }), faults?: FaultConfig) {
  const app = createIngramSimulator({ world, credentials: creds, ...(faults ? { faults } : {}) })
  const token = (authorization = BASIC, marketplace: unknown = creds.config.marketplace) =>
    app.request('/token', {
      method: 'POST',
      headers: { ...KEY, authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ marketplace }),
    })
  const login = async () => ((await (await token()).json()) as { token: string }).token
  const get = async (path: string, bearer: string, headers: Record<string, string> = KEY) =>
    app.request(path, { headers: { ...headers, authorization: `Bearer ${bearer}` } })
  return { token, login, get, world }
}

describe('Ingram Micro simulator', () => {
  it('pages customers by offset and limit, with the total of listed customers on every page', async () => {
    const s = simulator()
    const bearer = await s.login()
    const first = (await (await s.get('/customers?offset=0&limit=10', bearer)).json()) as Page
    const third = (await (await s.get('/customers?offset=20&limit=10', bearer)).json()) as Page
    const listed = s.world.customers.filter((c) => c.status !== 'deleted')
    expect(first.pagination).toEqual({ offset: 0, limit: 10, total: listed.length })
    expect(first.data).toHaveLength(10)
    expect(third.data).toHaveLength(listed.length - 20)
    expect(new Set([...first.data, ...third.data].map((c) => c.id)).size).toBe(
      first.data.length + third.data.length,
    )
  })

  it('lists a cancelled world subscription as terminated and a suspended one as hold', async () => {
    const s = simulator(generateWorld({ seed: 5, customers: 60, subscriptions: 400 }))
    const bearer = await s.login()
    const page = (await (await s.get('/subscriptions?offset=0&limit=1000', bearer)).json()) as Page
    const statuses = new Set(page.data.map((item) => item.status))
    expect(statuses).toContain('terminated')
    expect(statuses).toContain('hold')
    expect(
      [...statuses].every((x) =>
        ['pending', 'active', 'hold', 'terminated', 'removed'].includes(x),
      ),
    ).toBe(true)
  })

  it('filters subscriptions by customerId and answers 404 for unknown details', async () => {
    const s = simulator()
    const bearer = await s.login()
    const customers = (await (await s.get('/customers?limit=1', bearer)).json()) as Page
    const id = customers.data[0]!.id
    const page = (await (
      await s.get(`/subscriptions?customerId=${id}&limit=1000`, bearer)
    ).json()) as {
      data: Array<{ customerId: string }>
    }
    expect(page.data.every((item) => item.customerId === id)).toBe(true)
    expect((await s.get('/subscriptions/999', bearer)).status).toBe(404)
  })

  it('refuses a wrong password, a missing key and an unknown marketplace on sign-in', async () => {
    const s = simulator()
    expect((await s.token('Basic d3Jvbmc6d3Jvbmc=')).status).toBe(401)
    expect((await s.token(BASIC, 'zz')).status).toBe(400)
    const bearer = await s.login()
    expect((await s.get('/customers', bearer, {})).status).toBe(401)
    expect((await s.get('/customers', 'not-a-token')).status).toBe(401)
  })

  it('refuses a limit outside 1–1000 as the request error it is', async () => {
    const s = simulator()
    const bearer = await s.login()
    expect((await s.get('/customers?limit=0', bearer)).status).toBe(400)
    expect((await s.get('/customers?limit=5000', bearer)).status).toBe(400)
  })

  it('fails the page failPage names, counted from offset and limit', async () => {
    const s = simulator(undefined, { failPage: { page: 2, status: 503 } })
    const bearer = await s.login()
    expect((await s.get('/customers?offset=0&limit=10', bearer)).status).toBe(200)
    const failed = await s.get('/customers?offset=10&limit=10', bearer)
    expect(failed.status).toBe(503)
    expect(await failed.json()).toEqual({
      code: 'INTERNAL_ERROR',
      message: 'Injected failure of page 2.',
    })
  })

  it('expires tokens after the configured number of uses', async () => {
    const s = simulator(undefined, { expireTokenAfter: 2 })
    const bearer = await s.login()
    expect((await s.get('/customers', bearer)).status).toBe(200)
    expect((await s.get('/customers', bearer)).status).toBe(200)
    expect((await s.get('/customers', bearer)).status).toBe(401)
  })
})
