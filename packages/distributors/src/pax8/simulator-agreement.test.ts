import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  createPax8Simulator,
  generateWorld,
  pax8SandboxCredentials as creds,
} from '@seatkeeper/sandbox'
import {
  Pax8CompaniesPageSchema,
  Pax8ErrorSchema,
  Pax8SubscriptionsPageSchema,
  Pax8TokenErrorSchema,
  Pax8TokenSchema,
} from './schemas'

// The simulator is held to the adapter's own schemas, so the two cannot drift apart unnoticed; its
// key sets are held to the fixtures' in packages/sandbox (create-pax8-simulator.test.ts).
describe('Pax8 simulator answers fit the adapter’s schemas', () => {
  for (const seed of [1, 2, 3]) {
    it(`validates every answer of world seed ${seed}`, async () => {
      const app = createPax8Simulator({
        world: generateWorld({ seed, customers: 20 }),
        credentials: creds,
      })
      const login = (secret: string) =>
        app.request('/v1/token', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            client_id: creds.config.clientId,
            client_secret: secret,
            audience: 'https://api.pax8.com',
            grant_type: 'client_credentials',
          }),
        })
      const token = v.parse(Pax8TokenSchema, await (await login(creds.secrets.clientSecret)).json())
      expect(token.expires_in).toBe(86_400)
      v.parse(Pax8TokenErrorSchema, await (await login('wrong')).json())
      const headers = { authorization: `Bearer ${token.access_token}` }

      const companies = await (
        await app.request('/v1/companies?page=0&size=200', { headers })
      ).json()
      expect(v.parse(Pax8CompaniesPageSchema, companies).content).toHaveLength(20)

      const subscriptions = await (
        await app.request('/v1/subscriptions?page=0&size=200', { headers })
      ).json()
      expect(v.parse(Pax8SubscriptionsPageSchema, subscriptions).content.length).toBeGreaterThan(0)

      const refused = await app.request(
        '/v1/subscriptions?companyId=00000000-0000-0000-0000-000000000000',
        { headers },
      )
      expect(refused.status).toBe(403)
      const error = await refused.json()
      expect(v.parse(Pax8ErrorSchema, error).message).toBe('Invalid companyId')
    })
  }
})
