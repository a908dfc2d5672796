import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  createSherwebSimulator,
  generateWorld,
  sherwebSandboxCredentials as creds,
} from '@seatkeeper/sandbox'
import {
  SherwebCustomersSchema,
  SherwebProblemDetailsSchema,
  SherwebSubscriptionsSchema,
  SherwebTokenErrorSchema,
  SherwebTokenSchema,
} from './schemas'

/** The simulator always sends its lists; the adapter tolerates their absence (real-world-shapes). */
function listed<T>(items: T[] | null | undefined): T[] {
  if (!items) throw new Error('the simulator answered without an items list')
  return items
}

// The simulator is held to the adapter's own schemas, so the two cannot drift apart unnoticed.
describe('Sherweb simulator answers fit the adapter\u2019s schemas', () => {
  for (const seed of [1, 2, 3]) {
    it(`validates every answer of world seed ${seed}`, async () => {
      const app = createSherwebSimulator({
        world: generateWorld({ seed, customers: 20 }),
        credentials: creds,
      })
      const key = { 'ocp-apim-subscription-key': creds.secrets.subscriptionKey }
      const form = (secret: string) =>
        app.request('/auth/oidc/connect/token', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...key },
          body: new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: creds.config.clientId,
            client_secret: secret,
            scope: 'service-provider',
          }).toString(),
        })
      const token = v.parse(
        SherwebTokenSchema,
        await (await form(creds.secrets.clientSecret)).json(),
      )
      v.parse(SherwebTokenErrorSchema, await (await form('wrong')).json())
      const headers = { ...key, authorization: `Bearer ${token.access_token}` }
      const customers = v.parse(
        SherwebCustomersSchema,
        await (await app.request('/service-provider/v1/customers', { headers })).json(),
      )
      expect(listed(customers.items).length).toBeGreaterThan(0)
      let subscriptions = 0
      for (const customer of listed(customers.items)) {
        const res = await app.request(
          `/service-provider/v1/billing/subscriptions?customerId=${customer.id}`,
          { headers },
        )
        subscriptions += listed(v.parse(SherwebSubscriptionsSchema, await res.json()).items).length
      }
      expect(subscriptions).toBeGreaterThan(0)
      const refused = await app.request('/service-provider/v1/customers', { headers: key })
      expect(v.parse(SherwebProblemDetailsSchema, await refused.json()).status).toBe(401)
    })
  }
})
