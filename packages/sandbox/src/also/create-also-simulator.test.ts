import { describe, expect, it } from 'vitest'
import { readFixtureJson, readFixtureText } from '../testing/read-fixture'
import { generateWorld } from '../world/generate-world'
import { companyAccountId } from './also-ids'
import { alsoSandboxCredentials } from './also-sandbox-credentials'
import { createAlsoSimulator } from './create-also-simulator'
import { keyPaths } from '../testing/key-paths'

const fixtureText = (name: string) => readFixtureText('also', name)
const fixture = (name: string): unknown => readFixtureJson('also', name)

const world = generateWorld({ seed: 5, customers: 50, subscriptions: 300 })
const { username } = alsoSandboxCredentials.config
const { password } = alsoSandboxCredentials.secrets

function post(
  app: ReturnType<typeof createAlsoSimulator>,
  operation: string,
  body: unknown,
  token?: string,
) {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (token) headers.set('Authenticate', `CCPSessionId ${token}`)
  return app.request(`/${operation}`, { method: 'POST', headers, body: JSON.stringify(body) })
}

async function session(app: ReturnType<typeof createAlsoSimulator>) {
  const res = await post(app, 'GetSessionToken', { username, password })
  expect(res.status).toBe(200)
  return (await res.json()) as string
}

const sorted = (paths: Set<string>) => [...paths].sort()

describe('ALSO simulator agrees with the documented API', () => {
  it('answers GetSessionToken with a bare JSON string', async () => {
    const app = createAlsoSimulator({ world, credentials: alsoSandboxCredentials })
    const res = await post(app, 'GetSessionToken', { username, password })
    expect(res.headers.get('content-type')).toContain('application/json')
    const body: unknown = await res.json()
    expect(typeof body).toBe('string')
  })

  it('answers GetCompanies with exactly the fixture keys, every world customer once', async () => {
    const app = createAlsoSimulator({ world, credentials: alsoSandboxCredentials })
    const token = await session(app)
    const reseller = (await (await post(app, 'GetCompany', {}, token)).json()) as {
      AccountId: number
    }
    const res = await post(app, 'GetCompanies', { parentAccountId: reseller.AccountId }, token)
    expect(res.status).toBe(200)
    const companies = (await res.json()) as Array<{
      AccountId: number
      Address: unknown
      City: unknown
    }>
    expect(sorted(keyPaths(companies))).toEqual(sorted(keyPaths(fixture('companies.json'))))
    expect(sorted(keyPaths(reseller))).toEqual(
      sorted(keyPaths((fixture('companies.json') as unknown[])[0])),
    )
    expect(companies.map((c) => c.AccountId)).toEqual(
      world.customers.map((c) => companyAccountId(c.seq)),
    )
    // Customers the world keeps without an address come without one.
    const bare = world.customers.filter((c) => !c.address).map((c) => companyAccountId(c.seq))
    expect(bare.length).toBeGreaterThan(0)
    for (const company of companies.filter((c) => bare.includes(c.AccountId))) {
      expect([company.Address, company.City]).toEqual([null, null])
    }
  })

  it('answers GetSubscriptions with exactly the fixture keys, in ALSO’s states', async () => {
    const app = createAlsoSimulator({ world, credentials: alsoSandboxCredentials })
    const token = await session(app)
    const all: unknown[] = []
    for (const customer of world.customers) {
      const res = await post(
        app,
        'GetSubscriptions',
        { parentAccountId: companyAccountId(customer.seq), excludeUserLevel: true },
        token,
      )
      expect(res.status).toBe(200)
      const rows = (await res.json()) as unknown[]
      all.push(...rows)
    }
    expect(all).toHaveLength(world.subscriptions.length)
    expect(sorted(keyPaths(all))).toEqual(
      sorted(keyPaths(fixture('subscriptions-company-400101.json'))),
    )
    const states = new Set(all.map((row) => (row as { AccountState: string }).AccountState))
    expect([...states].sort()).toEqual(['Active', 'Deleted', 'Suspended', 'Terminated'])
  })

  it('refuses a wrong password with a Sender fault and issues no session', async () => {
    const app = createAlsoSimulator({ world, credentials: alsoSandboxCredentials })
    const res = await post(app, 'GetSessionToken', { username, password: 'not-the-password' })
    expect(res.status).toBe(500)
    expect(res.headers.get('content-type')).toContain('xml')
    const text = await res.text()
    expect(text).toContain('<Value>Sender</Value>')
    expect(text).toContain('<IsSessionExpired>false</IsSessionExpired>')
    expect(text).not.toContain('not-the-password')
  })

  it('refuses login keys in another case, as ALSO’s case-sensitive bodies do', async () => {
    const app = createAlsoSimulator({ world, credentials: alsoSandboxCredentials })
    const res = await post(app, 'GetSessionToken', { Username: username, Password: password })
    expect(res.status).toBe(500)
  })

  it('answers calls without a valid session with the invalid-session fault of the fixture', async () => {
    const app = createAlsoSimulator({ world, credentials: alsoSandboxCredentials })
    const res = await post(app, 'GetCompanies', { parentAccountId: 315818 }, 'made-up-session')
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(text).toContain('<IsSessionExpired>true</IsSessionExpired>')
    expect(text).toContain('Session is expired or invalid.')
    // Same elements as the fixture fault, whatever the issue token.
    const tags = (xml: string) => [...xml.matchAll(/<(\w+)[\s>]/g)].map((m) => m[1])
    expect(tags(text)).toEqual(tags(fixtureText('fault-invalid-session.xml')))
  })

  it('ends a session after the number of uses faults.expireTokenAfter allows', async () => {
    const app = createAlsoSimulator({
      world,
      credentials: alsoSandboxCredentials,
      faults: { expireTokenAfter: 2 },
    })
    const token = await session(app)
    const statuses: number[] = []
    for (let i = 0; i < 3; i++) statuses.push((await post(app, 'GetCompany', {}, token)).status)
    expect(statuses).toEqual([200, 200, 500])
  })

  it('fails the listing call numbered by faults.failPage, then answers its retry', async () => {
    const app = createAlsoSimulator({
      world,
      credentials: alsoSandboxCredentials,
      faults: { failPage: { page: 2, status: 503 } },
    })
    const token = await session(app)
    const first = companyAccountId(world.customers[0]!.seq)
    expect((await post(app, 'GetCompanies', { parentAccountId: 315818 }, token)).status).toBe(200)
    expect((await post(app, 'GetSubscriptions', { parentAccountId: first }, token)).status).toBe(
      503,
    )
    expect((await post(app, 'GetSubscriptions', { parentAccountId: first }, token)).status).toBe(
      200,
    )
  })
})
