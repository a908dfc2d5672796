import {
  createTdsynnexSimulator,
  generateWorld,
  tdsynnexSandboxCredentials as creds,
} from '@seatkeeper/sandbox'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  TdsynnexApiErrorSchema,
  TdsynnexCustomerSchema,
  TdsynnexCustomersPageSchema,
  TdsynnexOAuthErrorSchema,
  TdsynnexSubscriptionSchema,
  TdsynnexSubscriptionsPageSchema,
  TdsynnexTokenSchema,
} from './schemas'

// The simulator is held to the adapter's own schemas, record by record, so the two cannot drift
// apart unnoticed. (Its key sets are compared with the fixture files on the sandbox side.)
describe('TD SYNNEX simulator answers fit the adapter\u2019s schemas', () => {
  for (const seed of [1, 2, 3]) {
    it(`validates every answer of world seed ${seed}`, async () => {
      const app = createTdsynnexSimulator({
        world: generateWorld({ seed, customers: 40, subscriptions: 260 }),
        credentials: creds,
      })
      const exchange = (refreshToken: string) =>
        app.request('/oauth/token', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: refreshToken,
          }).toString(),
        })
      const token = v.parse(
        TdsynnexTokenSchema,
        await (await exchange(creds.secrets.refreshToken)).json(),
      )
      expect(token.refresh_token).toBeTruthy()
      v.parse(TdsynnexOAuthErrorSchema, await (await exchange('wrong')).json())
      const headers = { authorization: `Bearer ${token.access_token}` }
      const base = `/api/v3/accounts/${creds.config.accountId}`
      let pageToken = ''
      let customers = 0
      do {
        const res = await app.request(
          `${base}/customers?pageSize=15${pageToken ? `&pageToken=${pageToken}` : ''}`,
          { headers },
        )
        const page = v.parse(TdsynnexCustomersPageSchema, await res.json())
        for (const record of page.customers) v.parse(TdsynnexCustomerSchema, record)
        customers += page.customers.length
        pageToken = page.nextPageToken ?? ''
      } while (pageToken)
      expect(customers).toBeGreaterThan(15)
      const res = await app.request(
        `${base}/subscriptions?pagination.limit=200&pagination.offset=0`,
        { headers },
      )
      const page = v.parse(TdsynnexSubscriptionsPageSchema, await res.json())
      for (const record of page.items) v.parse(TdsynnexSubscriptionSchema, record)
      expect(page.paginationResponse.totalSize).toBeGreaterThan(page.items.length)
      const refused = await app.request(`${base}/customers`)
      expect(refused.status).toBe(401)
      v.parse(TdsynnexApiErrorSchema, await refused.json())
    })
  }
})
