import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  createCrayonSimulator,
  crayonSandboxCredentials as creds,
  generateWorld,
} from '@seatkeeper/sandbox'
import { readFixtureJson } from '../testing/read-fixture'
import {
  crayonPageSchema,
  CrayonErrorSchema,
  CrayonSubscriptionSchema,
  CrayonTenantSchema,
  CrayonTokenErrorSchema,
  CrayonTokenSchema,
} from './schemas'

/** Every key path of a JSON value, list items merged under "[]", to compare bodies by shape. */
function keyPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keyPaths(item, `${prefix}[]`, into)
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key}` : key
      into.add(path)
      keyPaths(child, path, into)
    }
  }
  return into
}
const sorted = (set: Set<string>) => [...set].sort()

// The simulator is held to the adapter's schemas and to the fixtures' shapes, so neither drifts.
describe('Crayon simulator answers fit the adapter\u2019s schemas and the fixtures\u2019 shapes', () => {
  for (const seed of [1, 2, 3]) {
    it(`validates every answer of world seed ${seed}`, async () => {
      const app = createCrayonSimulator({
        world: generateWorld({ seed, customers: 20 }),
        credentials: creds,
      })
      const sign = (password: string) =>
        app.request('/api/v1/connect/token', {
          method: 'POST',
          headers: {
            authorization: `Basic ${btoa(`${creds.config.clientId}:${creds.secrets.clientSecret}`)}`,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams({
            grant_type: 'password',
            username: creds.config.username,
            password,
            scope: 'CustomerApi',
          }).toString(),
        })
      const tokenBody = await (await sign(creds.secrets.password)).json()
      const token = v.parse(CrayonTokenSchema, tokenBody)
      expect(sorted(keyPaths(tokenBody))).toEqual(
        sorted(keyPaths(readFixtureJson('crayon', 'token.json'))),
      )
      v.parse(CrayonTokenErrorSchema, await (await sign('wrong')).json())
      const headers = { authorization: `Bearer ${token.accessToken}` }

      const tenantsBody = await (
        await app.request('/api/v1/customertenants/?organizationId=1&page=1&pageSize=50', {
          headers,
        })
      ).json()
      const tenants = v.parse(crayonPageSchema(CrayonTenantSchema), tenantsBody)
      expect(tenants.items).toHaveLength(20)
      expect(sorted(keyPaths(tenantsBody))).toEqual(
        sorted(keyPaths(readFixtureJson('crayon', 'customertenants.json'))),
      )

      const subscriptionsBody = await (
        await app.request('/api/v1/subscriptions/?page=1&pageSize=500', { headers })
      ).json()
      const subscriptions = v.parse(crayonPageSchema(CrayonSubscriptionSchema), subscriptionsBody)
      expect(subscriptions.items).toHaveLength(100)
      expect(sorted(keyPaths(subscriptionsBody))).toEqual(
        sorted(keyPaths(readFixtureJson('crayon', 'subscriptions.json'))),
      )

      const refused = await app.request('/api/v1/customertenants/')
      expect(refused.status).toBe(401)
      expect(v.parse(CrayonErrorSchema, await refused.json()).errorCode).toBe('Unauthorized')
    })
  }
})
