import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  createIngramSimulator,
  generateWorld,
  ingramSandboxCredentials as creds,
} from '@seatkeeper/sandbox'
import { readFixtureJson } from '../testing/read-fixture'
import {
  IngramCustomerSchema,
  IngramErrorSchema,
  IngramPageSchema,
  IngramSubscriptionDetailsSchema,
  IngramSubscriptionSchema,
  IngramTokenSchema,
} from './schemas'

/** The member names of an object, and of the objects inside it, as "a", "a.b", "a[].c". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length ? keyPaths(value[0], `${prefix}[]`) : []
  if (!value || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, inner]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return [path, ...keyPaths(inner, path)]
  })
}

// The simulator is held to the adapter's own schemas and to the sample answers' member names, so
// the three cannot drift apart unnoticed.
describe('Ingram Micro simulator answers fit the adapter\u2019s schemas and the sample answers', () => {
  for (const seed of [1, 2]) {
    it(`validates every answer of world seed ${seed}`, async () => {
      const app = createIngramSimulator({
        world: generateWorld({ seed, customers: 20, subscriptions: 60 }),
        credentials: creds,
      })
      const key = { 'x-subscription-key': creds.secrets.subscriptionKey }
      const basic = `Basic ${btoa(`${creds.config.username}:${creds.secrets.password}`)}`
      const signIn = (authorization: string) =>
        app.request('/token', {
          method: 'POST',
          headers: { ...key, authorization, 'content-type': 'application/json' },
          body: JSON.stringify({ marketplace: creds.config.marketplace }),
        })
      const tokenBody: unknown = await (await signIn(basic)).json()
      const token = v.parse(IngramTokenSchema, tokenBody)
      expect(keyPaths(tokenBody).sort()).toEqual(
        keyPaths(readFixtureJson('ingram', 'token.json')).sort(),
      )
      const refused = await signIn('Basic d3Jvbmc6d3Jvbmc=')
      expect(refused.status).toBe(401)
      v.parse(IngramErrorSchema, await refused.json())

      const headers = { ...key, authorization: `Bearer ${token.token}` }
      const get = async (path: string) => (await app.request(path, { headers })).json()
      const customers = v.parse(IngramPageSchema, await get('/customers?offset=0&limit=100'))
      expect(customers.pagination.total).toBe(customers.data.length)
      for (const customer of customers.data) v.parse(IngramCustomerSchema, customer)
      const sampleCustomer = readFixtureJson('ingram', 'customers-offset0.json').data[0]
      expect(keyPaths(customers.data[0]).sort()).toEqual(keyPaths(sampleCustomer).sort())

      const subscriptions = v.parse(
        IngramPageSchema,
        await get('/subscriptions?offset=0&limit=100'),
      )
      expect(subscriptions.data.length).toBeGreaterThan(0)
      const sampleSubscription = readFixtureJson('ingram', 'subscriptions.json').data[0]
      expect(keyPaths(subscriptions.data[0]).sort()).toEqual(keyPaths(sampleSubscription).sort())
      const detailPaths = [
        ...new Set([
          ...keyPaths(readFixtureJson('ingram', 'subscription-1000177.json')),
          ...keyPaths(readFixtureJson('ingram', 'subscription-1000178.json')),
        ]),
      ].sort()
      for (const raw of subscriptions.data) {
        const item = v.parse(IngramSubscriptionSchema, raw)
        const details: unknown = await get(`/subscriptions/${item.id}`)
        v.parse(IngramSubscriptionDetailsSchema, details)
        // The simulator sends every member the two samples show between them (1000177 has the
        // prices, 1000178 the optional names).
        expect(keyPaths(details).sort()).toEqual(detailPaths)
      }
      const unauthorised = await app.request('/customers', { headers: key })
      expect(unauthorised.status).toBe(401)
      v.parse(IngramErrorSchema, await unauthorised.json())
    })
  }
})
