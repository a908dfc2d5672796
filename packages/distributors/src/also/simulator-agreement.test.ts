import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { alsoSandboxCredentials, createAlsoSimulator, generateWorld } from '@seatkeeper/sandbox'
import {
  AlsoCompaniesSchema,
  AlsoCompanySchema,
  AlsoSessionTokenSchema,
  AlsoSubscriptionsSchema,
} from './schemas'

// The simulator is held to the adapter's own schemas, so the two cannot drift apart unnoticed.
// (The sandbox's own tests hold it to the fixtures' keys; this side needs both packages.)
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

const issues = (schema: v.GenericSchema, value: unknown) =>
  v.safeParse(schema, value).issues?.map((issue) => issue.message) ?? []

describe('ALSO simulator answers fit the adapter\u2019s schemas', () => {
  it('answers GetSessionToken, GetCompany, GetCompanies and GetSubscriptions in the shapes the adapter reads', async () => {
    const app = createAlsoSimulator({ world, credentials: alsoSandboxCredentials })
    const token: unknown = await (await post(app, 'GetSessionToken', { username, password })).json()
    expect(issues(AlsoSessionTokenSchema, token)).toEqual([])
    const session = String(token)
    const reseller = (await (await post(app, 'GetCompany', {}, session)).json()) as {
      AccountId: number
    }
    expect(issues(AlsoCompanySchema, reseller)).toEqual([])
    const companies: unknown = await (
      await post(app, 'GetCompanies', { parentAccountId: reseller.AccountId }, session)
    ).json()
    expect(issues(AlsoCompaniesSchema, companies)).toEqual([])
    let rows = 0
    for (const company of companies as Array<{ AccountId: number }>) {
      const answer: unknown = await (
        await post(
          app,
          'GetSubscriptions',
          { parentAccountId: company.AccountId, excludeUserLevel: true },
          session,
        )
      ).json()
      expect(issues(AlsoSubscriptionsSchema, answer)).toEqual([])
      rows += (answer as unknown[]).length
    }
    expect(rows).toBe(world.subscriptions.length)
  })
})
