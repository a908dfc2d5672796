import { defaultConnectionSettings } from '@seatkeeper/core'
import { env } from 'cloudflare:workers'
import { beforeEach, describe, expect, it } from 'vitest'
import { Hono } from 'hono'
import { connectionRoutes } from '../../src/connections/routes'
import { onError } from '../../src/http/on-error'
import { registerStub } from '../../src/register/register-stub'
import { openConnection, readStoredConnection, saveConnection } from '../../src/vault'
import { clearConnections, envWithKeys, KEY_A, KEY_B } from '../vault/vault-env'
import { api, sherwebBody } from './local-api'

const SECRETS = {
  clientSecret: 'sherweb-client-secret-1',
  subscriptionKey: 'sherweb-subscription-key-1',
}

describe('/api/connections', () => {
  beforeEach(clearConnections)

  it('POST /api/connections keeps secrets out of the response', async () => {
    const created = await api('POST', '/api/connections', sherwebBody(SECRETS))
    expect(created.status).toBe(201)
    expect(created.text).not.toContain('sherweb-client-secret-1')
    expect(created.text).not.toContain('sherweb-subscription-key-1')
    expect(created.body).toMatchObject({
      distributor: 'sherweb',
      distributorLabel: 'Sherweb',
      name: 'Sherweb main',
      config: {
        environment: 'sandbox',
        clientId: 'seatkeeper-sandbox-client',
        companyName: 'harbourside-it',
      },
      secrets: { clientSecret: true, subscriptionKey: true },
      status: { quarantined: 0 },
    })
    expect((await openConnection(env, created.body.id)).credentials.secrets).toEqual(SECRETS)
  })

  it('POST /api/connections gives the new connection the default settings', async () => {
    const created = await api('POST', '/api/connections', sherwebBody(SECRETS))
    expect(await registerStub(env).getSettings(created.body.id)).toEqual(
      defaultConnectionSettings(),
    )
  })

  it('POST /api/connections answers 400 naming a missing secret', async () => {
    const answer = await api(
      'POST',
      '/api/connections',
      sherwebBody({ clientSecret: 'sherweb-client-secret-1' }),
    )
    expect(answer.status).toBe(400)
    expect(answer.body.error).toEqual({
      field: 'secrets.subscriptionKey',
      message: 'Subscription key is required for Sherweb.',
    })
  })

  it('POST /api/connections answers 400 naming a missing config field', async () => {
    const body = { ...sherwebBody(SECRETS), config: { environment: 'sandbox' } }
    const answer = await api('POST', '/api/connections', body)
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('config.clientId')
  })

  it('POST /api/connections answers 400 naming a missing name', async () => {
    const { name: _name, ...body } = sherwebBody(SECRETS)
    const answer = await api('POST', '/api/connections', body)
    expect(answer.status).toBe(400)
    expect(answer.body.error).toEqual({ field: 'name', message: 'name is required.' })
  })

  it('POST /api/connections answers 400 when a choice is not one of the options', async () => {
    const body = { ...sherwebBody(SECRETS), config: { environment: 'staging', clientId: 'x' } }
    const answer = await api('POST', '/api/connections', body)
    expect(answer.body.error.field).toBe('config.environment')
    expect(answer.body.error.message).toMatch(/Environment must be one of: Production/)
  })

  it('POST /api/connections refuses a secret sent as config, without echoing it', async () => {
    const body = {
      ...sherwebBody(SECRETS),
      config: { environment: 'sandbox', clientId: 'x', clientSecret: 'plain-text-secret' },
    }
    const answer = await api('POST', '/api/connections', body)
    expect(answer.status).toBe(400)
    expect(answer.body.error.field).toBe('config.clientSecret')
    expect(answer.text).not.toContain('plain-text-secret')
  })

  it('POST /api/connections refuses an unknown distributor', async () => {
    const answer = await api('POST', '/api/connections', {
      ...sherwebBody(SECRETS),
      distributor: 'acme',
    })
    expect(answer.body.error.field).toBe('distributor')
  })

  it('POST /api/connections refuses the sandbox environment outside local mode', async () => {
    // The routes alone, with the real error handler: production mode without an Access token.
    const routes = new Hono().route('/', connectionRoutes).onError(onError)
    const response = await routes.request(
      '/',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(sherwebBody(SECRETS)),
      },
      { ...env, LOCAL_MODE: 'false' },
    )
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: { field: string; message: string } }
    expect(body.error.field).toBe('config.environment')
    expect(body.error.message).toMatch(/only when Seatkeeper runs locally/)
  })

  it('GET /api/connections lists connections by distributor then name, with whether each secret is set', async () => {
    await api('POST', '/api/connections', sherwebBody(SECRETS, 'Zeta'))
    await api('POST', '/api/connections', sherwebBody(SECRETS, 'Alpha'))
    await api('POST', '/api/connections', {
      distributor: 'arrowsphere',
      name: 'Arrow',
      config: { environment: 'sandbox' },
      secrets: { apiKey: 'arrow-api-key-1' },
    })
    const list = await api('GET', '/api/connections')
    expect(list.status).toBe(200)
    expect(list.body.connections.map((c: { name: string }) => c.name)).toEqual([
      'Arrow',
      'Alpha',
      'Zeta',
    ])
    expect(list.body.connections[0].secrets).toEqual({ apiKey: true })
    expect(list.text).not.toMatch(/arrow-api-key-1|sherweb-client-secret-1|ciphertext/)
  })

  it('GET /api/connections/:id answers the connection, or 404', async () => {
    const created = await api('POST', '/api/connections', sherwebBody(SECRETS))
    const got = await api('GET', `/api/connections/${created.body.id}`)
    expect(got.body).toEqual(created.body)
    const missing = await api('GET', '/api/connections/nope')
    expect(missing.status).toBe(404)
    expect(missing.body.error.message).toContain('There is no connection "nope"')
  })

  it('PATCH /api/connections/:id keeps a secret sent empty or left out', async () => {
    const created = await api('POST', '/api/connections', sherwebBody(SECRETS))
    const patched = await api('PATCH', `/api/connections/${created.body.id}`, {
      name: 'Renamed',
      config: { companyName: '' },
      secrets: { clientSecret: '' },
    })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({
      name: 'Renamed',
      secrets: { clientSecret: true, subscriptionKey: true },
    })
    expect(patched.body.config).toEqual({
      environment: 'sandbox',
      clientId: 'seatkeeper-sandbox-client',
    })
    expect((await openConnection(env, created.body.id)).credentials.secrets).toEqual(SECRETS)
  })

  it('PATCH /api/connections/:id replaces a secret that is sent', async () => {
    const created = await api('POST', '/api/connections', sherwebBody(SECRETS))
    const patched = await api('PATCH', `/api/connections/${created.body.id}`, {
      secrets: { clientSecret: 'new-client-secret' },
    })
    expect(patched.text).not.toContain('new-client-secret')
    expect((await openConnection(env, created.body.id)).credentials.secrets).toEqual({
      ...SECRETS,
      clientSecret: 'new-client-secret',
    })
  })

  it('PATCH /api/connections/:id mends unreadable secrets when every secret is sent again', async () => {
    const created = await api('POST', '/api/connections', sherwebBody(SECRETS))
    const id = created.body.id as string
    // Sealed under a key this edge has never had: unreadable.
    await saveConnection(
      envWithKeys({ id: 'lost', material: KEY_B.material }),
      (await openConnection(env, id)).connection,
      SECRETS,
    )
    const partial = await api('PATCH', `/api/connections/${id}`, {
      secrets: { clientSecret: 'again-1' },
    })
    expect(partial.status).toBe(409)
    expect(partial.body.error.message).toMatch(/Enter every secret of this connection again/)
    const full = await api('PATCH', `/api/connections/${id}`, {
      secrets: { clientSecret: 'again-1', subscriptionKey: 'again-2' },
    })
    expect(full.status).toBe(200)
    expect((await openConnection(env, id)).credentials.secrets).toEqual({
      clientSecret: 'again-1',
      subscriptionKey: 'again-2',
    })
  })

  it('DELETE /api/connections/:id removes the credentials and the settings', async () => {
    const created = await api('POST', '/api/connections', sherwebBody(SECRETS))
    const deleted = await api('DELETE', `/api/connections/${created.body.id}`, {})
    expect(deleted.body).toEqual({ deleted: created.body.id })
    expect(await readStoredConnection(env, created.body.id)).toBeUndefined()
    expect((await api('GET', `/api/connections/${created.body.id}`)).status).toBe(404)
    expect((await api('DELETE', `/api/connections/${created.body.id}`, {})).status).toBe(404)
  })

  it('POST /api/connections/rotate-key rewraps every connection under the current key', async () => {
    const a = await api('POST', '/api/connections', sherwebBody(SECRETS, 'One'))
    await api('POST', '/api/connections', sherwebBody(SECRETS, 'Two'))
    const { CREDENTIALS_KEY, CREDENTIALS_KEY_ID, CREDENTIALS_PREVIOUS_KEYS } = envWithKeys(KEY_B, [
      KEY_A,
    ])
    const answer = await api(
      'POST',
      '/api/connections/rotate-key',
      {},
      { CREDENTIALS_KEY, CREDENTIALS_KEY_ID, CREDENTIALS_PREVIOUS_KEYS },
    )
    expect(answer.body).toEqual({ rewrapped: 2, alreadyCurrent: 0, failed: [] })
    expect((await readStoredConnection(env, a.body.id))?.secrets.keyId).toBe(KEY_B.id)
    // The old key removed: everything still opens.
    expect((await openConnection(envWithKeys(KEY_B), a.body.id)).credentials.secrets).toEqual(
      SECRETS,
    )
  })
})
