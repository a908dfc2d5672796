import { describe, expect, it } from 'vitest'
import { readFixtureJson } from '../testing/read-fixture'
import { keyPaths } from '../testing/key-paths'
import { generateWorld } from '../world/generate-world'
import { createTdsynnexSimulator } from './create-tdsynnex-simulator'
import { tdsynnexSandboxCredentials as creds } from './tdsynnex-sandbox-credentials'

const world = generateWorld({ seed: 8, customers: 40, subscriptions: 200 })
const base = `/api/v3/accounts/${creds.config.accountId}`
const fixture = (name: string) => readFixtureJson('tdsynnex', name)
const sorted = (set: Set<string>) => [...set].sort()
const union = (bodies: unknown[]) => new Set(bodies.flatMap((body) => [...keyPaths(body)]))

async function exchange(app: ReturnType<typeof createTdsynnexSimulator>, refreshToken: string) {
  const res = await app.request('/oauth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    }).toString(),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('TD SYNNEX StreamOne Ion simulator', () => {
  it('answers with every field the fixtures show, customers, subscriptions and token alike', async () => {
    const app = createTdsynnexSimulator({ world, credentials: creds })
    const token = await exchange(app, creds.secrets.refreshToken)
    for (const path of keyPaths(fixture('token.json'))) expect(keyPaths(token.body)).toContain(path)
    const headers = { authorization: `Bearer ${token.body.access_token as string}` }
    const customers = await (
      await app.request(`${base}/customers?pageSize=200`, { headers })
    ).json()
    const wanted = union([fixture('customers-page1.json'), fixture('customers-page2.json')])
    for (const path of sorted(wanted)) expect(keyPaths(customers)).toContain(path)
    const subscriptions = await (await app.request(`${base}/subscriptions`, { headers })).json()
    for (const path of sorted(keyPaths(fixture('subscriptions.json'))))
      expect(keyPaths(subscriptions)).toContain(path)
  })

  it('rotates the refresh token: each one handed out works once, a second use is refused', async () => {
    const app = createTdsynnexSimulator({ world, credentials: creds })
    const first = await exchange(app, creds.secrets.refreshToken)
    const rotated = first.body.refresh_token as string
    expect(rotated).not.toBe(creds.secrets.refreshToken)
    expect((await exchange(app, rotated)).status).toBe(200)
    const again = await exchange(app, rotated)
    expect(again).toEqual({
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description: 'The refresh token has already been used.',
      },
    })
  })

  it('pages customers by token until the token is empty, and subscriptions by offset with the total', async () => {
    const app = createTdsynnexSimulator({ world, credentials: creds })
    const token = await exchange(app, creds.secrets.refreshToken)
    const headers = { authorization: `Bearer ${token.body.access_token as string}` }
    const ids: string[] = []
    let pageToken = ''
    do {
      const page = (await (
        await app.request(
          `${base}/customers?pageSize=7${pageToken ? `&pageToken=${pageToken}` : ''}`,
          { headers },
        )
      ).json()) as {
        customers: Array<{ id: string }>
        nextPageToken: string
      }
      ids.push(...page.customers.map((c) => c.id))
      pageToken = page.nextPageToken
    } while (pageToken)
    expect(ids).toHaveLength(world.customers.filter((c) => c.status !== 'deleted').length)
    expect(new Set(ids).size).toBe(ids.length)
    const page = (await (
      await app.request(`${base}/subscriptions?pagination.limit=50&pagination.offset=150`, {
        headers,
      })
    ).json()) as {
      items: unknown[]
      paginationResponse: { totalSize: number }
    }
    expect(page.items).toHaveLength(Math.min(50, page.paginationResponse.totalSize - 150))
  })

  it('refuses calls without a token, and another account with 403', async () => {
    const app = createTdsynnexSimulator({ world, credentials: creds })
    expect((await app.request(`${base}/customers`)).status).toBe(401)
    const token = await exchange(app, creds.secrets.refreshToken)
    const headers = { authorization: `Bearer ${token.body.access_token as string}` }
    expect((await app.request('/api/v3/accounts/42/customers', { headers })).status).toBe(403)
  })
})
