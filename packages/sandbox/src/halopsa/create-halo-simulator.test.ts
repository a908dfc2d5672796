import { describe, expect, it } from 'vitest'
import { generateWorld } from '../world/generate-world'
import { createHaloSimulator } from './create-halo-simulator'
import { haloSandboxCredentials as creds, haloSandboxScopes } from './halo-sandbox-credentials'

const app = createHaloSimulator({
  world: generateWorld({ seed: 1, customers: 3, subscriptions: 6 }),
  credentials: creds,
})

const token = (o: { tenant?: string; form?: Record<string, string> } = {}) =>
  app.request(`http://sandbox.test/auth/token?tenant=${o.tenant ?? creds.config.tenant}`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: creds.config.clientId,
      client_secret: creds.secrets.clientSecret,
      scope: haloSandboxScopes.join(' '),
      ...o.form,
    }),
  })

const answer = async (res: Response | Promise<Response>) => {
  const r = await res
  return [r.status, ((await r.json()) as { error?: string }).error]
}

describe('HaloPSA simulator sign-in', () => {
  it('names no tenant in authinfo: the token call carries the one the connection names', async () => {
    expect(await (await app.request('http://sandbox.test/api/authinfo')).json()).toEqual({
      auth_url: 'http://sandbox.test/auth',
    })
  })

  it('issues a token for the sandbox tenant, application and the scopes Seatkeeper needs', async () => {
    const res = await token()
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600 })
    expect((await token({ form: { scope: 'read:customers' } })).status).toBe(200)
  })

  it('refuses each wrong value with the OAuth error Halo gives for it', async () => {
    expect(await answer(token({ tenant: 'contosomsp' }))).toEqual([400, 'invalid_request'])
    expect(await answer(token({ form: { client_id: 'other-app' } }))).toEqual([
      401,
      'invalid_client',
    ])
    expect(await answer(token({ form: { client_secret: 'wrong' } }))).toEqual([
      401,
      'invalid_client',
    ])
    expect(await answer(token({ form: { scope: 'all' } }))).toEqual([400, 'invalid_scope'])
    expect(await answer(token({ form: { scope: 'read:customers edit:tickets' } }))).toEqual([
      400,
      'invalid_scope',
    ])
  })
})
