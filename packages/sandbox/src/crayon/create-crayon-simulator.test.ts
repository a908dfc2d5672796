import { describe, expect, it } from 'vitest'
import type { FaultConfig } from '../faults'
import { generateWorld } from '../world/generate-world'
import { createCrayonSimulator } from './create-crayon-simulator'
import { crayonSandboxCredentials as creds } from './crayon-sandbox-credentials'

const WORLD = generateWorld({ seed: 7, customers: 30, subscriptions: 120 })

function simulator(faults?: FaultConfig) {
  const app = createCrayonSimulator({
    world: WORLD,
    credentials: creds,
    ...(faults ? { faults } : {}),
  })
  const token = (
    form: Record<string, string> = {},
    basic = `${creds.config.clientId}:${creds.secrets.clientSecret}`,
  ) =>
    app.request('/api/v1/connect/token', {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(basic)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'password',
        username: creds.config.username,
        password: creds.secrets.password,
        scope: 'CustomerApi',
        ...form,
      }).toString(),
    })
  const login = async () =>
    ((await (await token()).json()) as { access_token: string }).access_token
  const get = async (path: string, bearer?: string) =>
    app.request(path, bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {})
  return { token, login, get }
}

describe('Crayon simulator', () => {
  it('issues a token only for the right client, user and the CustomerApi scope', async () => {
    const s = simulator()
    expect((await s.token()).status).toBe(200)
    const refusals = await Promise.all([
      s.token({}, `${creds.config.clientId}:wrong`),
      s.token({ password: 'wrong' }),
      s.token({ scope: 'rhipeapi' }),
      s.token({ grant_type: 'client_credentials' }),
    ])
    expect(
      await Promise.all(
        refusals.map(async (r) => [r.status, ((await r.json()) as { error: string }).error]),
      ),
    ).toEqual([
      [400, 'invalid_client'],
      [400, 'invalid_grant'],
      [400, 'invalid_scope'],
      [400, 'unsupported_grant_type'],
    ])
  })

  it('pages customer tenants with page/pageSize and the same totalHits on every page', async () => {
    const s = simulator()
    const bearer = await s.login()
    const pages = await Promise.all(
      [1, 2, 3, 4].map(
        async (page) =>
          (await (
            await s.get(`/api/v1/customertenants/?page=${page}&pageSize=8`, bearer)
          ).json()) as {
            items: Array<{ id: number }>
            totalHits: number
          },
      ),
    )
    expect(pages.map((p) => p.items.length)).toEqual([8, 8, 8, 6])
    expect(new Set(pages.map((p) => p.totalHits))).toEqual(new Set([30]))
    expect(new Set(pages.flatMap((p) => p.items.map((t) => t.id))).size).toBe(30)
  })

  it('filters subscriptions by customer tenant and writes statuses as bit flags', async () => {
    const s = simulator()
    const bearer = await s.login()
    const all = (await (await s.get('/api/v1/subscriptions/?pageSize=500', bearer)).json()) as {
      items: Array<{ status: number; customerTenant: { id: number } }>
    }
    expect(all.items).toHaveLength(120)
    expect(all.items.every((i) => [1, 2, 4, 64, 128, 136].includes(i.status))).toBe(true)
    const id = all.items[0]!.customerTenant.id
    const one = (await (
      await s.get(`/api/v1/subscriptions/?customerTenantId=${id}`, bearer)
    ).json()) as {
      items: Array<{ customerTenant: { id: number } }>
    }
    expect(one.items.length).toBeGreaterThan(0)
    expect(one.items.every((i) => i.customerTenant.id === id)).toBe(true)
  })

  it('answers a missing token, a bad page and a foreign organization in Crayon\u2019s error shape', async () => {
    const s = simulator()
    const bearer = await s.login()
    const answers = [
      await s.get('/api/v1/customertenants/'),
      await s.get('/api/v1/customertenants/?page=0', bearer),
      await s.get('/api/v1/customertenants/?organizationId=2', bearer),
    ]
    expect(
      await Promise.all(
        answers.map(async (r) => [r.status, ((await r.json()) as { errorCode: string }).errorCode]),
      ),
    ).toEqual([
      [401, 'Unauthorized'],
      [400, 'InvalidParameter'],
      [403, 'Forbidden'],
    ])
  })

  it('expires a token after the uses faults.expireTokenAfter allows', async () => {
    const s = simulator({ expireTokenAfter: 1 })
    const bearer = await s.login()
    expect((await s.get('/api/v1/customertenants/', bearer)).status).toBe(200)
    const expired = await s.get('/api/v1/customertenants/', bearer)
    expect(expired.status).toBe(401)
    expect(((await expired.json()) as { message: string }).message).toBe(
      'The access token has expired.',
    )
  })

  it('fails the requested page with a Crayon error and Retry-After on a rate limit', async () => {
    const s = simulator({
      failPage: { page: 2, status: 502 },
      rateLimit: { requestsPerSecond: 1, burst: 2 },
    })
    const bearer = await s.login()
    expect((await s.get('/api/v1/customertenants/?page=2', bearer)).status).toBe(502)
    const limited = await s.get('/api/v1/customertenants/?page=1', bearer)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(((await limited.json()) as { errorCode: string }).errorCode).toBe('TooManyRequests')
  })
})
