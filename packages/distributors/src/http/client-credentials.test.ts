import { describe, expect, it } from 'vitest'
import type { AuthContext } from '../adapter'
import { clientCredentialsToken } from './client-credentials'
import { createMemoryTokenCache } from './memory-token-cache'
import { json, recordingFetch } from '../testing/recording-fetch'
import type { FetchLike } from './types'
import { failure } from '../testing/failure'

const SECRET = 'CANARY-s3cret-0a9f8e7d'
const options = {
  distributor: 'sherweb',
  label: 'Sherweb',
  tokenUrl: 'https://api.sherweb.test/auth/oidc/connect/token',
  clientId: 'client-1',
  clientSecret: SECRET,
  scope: 'service-provider',
  extraHeaders: { 'Ocp-Apim-Subscription-Key': 'sub-key' },
  hint: 'Check the client secret under Security > APIs in Cumulus.',
}

function context(fetch: FetchLike, now: { t: number }): AuthContext {
  return {
    fetch,
    credentials: { config: {}, secrets: {} },
    endpoints: { baseUrl: 'https://api.sherweb.test/service-provider/v1' },
    cache: createMemoryTokenCache(),
    cacheKey: 'conn-1',
    now: () => now.t,
  }
}

describe('clientCredentialsToken', () => {
  it('carries the Retry-After of a 429 on the token call, so the retry waits as the distributor asked', async () => {
    const fetch = recordingFetch(() =>
      json({ message: 'slow down' }, 429, { 'retry-after': '86400' }),
    )
    const error = await failure(clientCredentialsToken(context(fetch, { t: 0 }), options))
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 86_400_000 })
  })

  it('posts the client-credentials form with the extra headers and caches the token', async () => {
    const fetch = recordingFetch(() =>
      json({ access_token: 'tok-1', expires_in: 3600, token_type: 'Bearer' }),
    )
    const now = { t: 1_000_000 }
    const ctx = context(fetch, now)
    expect(await clientCredentialsToken(ctx, options)).toBe('tok-1')
    expect(await clientCredentialsToken(ctx, options)).toBe('tok-1')
    expect(fetch.calls).toHaveLength(1)
    const call = fetch.calls[0]
    expect(call?.method).toBe('POST')
    expect(call?.headers.get('content-type')).toBe('application/x-www-form-urlencoded')
    expect(call?.headers.get('ocp-apim-subscription-key')).toBe('sub-key')
    expect(Object.fromEntries(new URLSearchParams(call?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client-1',
      client_secret: SECRET,
      scope: 'service-provider',
    })
    expect(ctx.cache.get('conn-1')).toEqual({ value: 'tok-1', expiresAt: 1_000_000 + 3_600_000 })
  })

  it('fetches a new token when the cached one expires within a minute', async () => {
    let n = 0
    const fetch = recordingFetch(() => json({ access_token: `tok-${++n}`, expires_in: 3600 }))
    const now = { t: 0 }
    const ctx = context(fetch, now)
    await clientCredentialsToken(ctx, options)
    now.t = 3_600_000 - 59_000
    expect(await clientCredentialsToken(ctx, options)).toBe('tok-2')
  })

  it('reports invalid_client as an auth error with the hint and without the secret', async () => {
    const fetch = recordingFetch(() =>
      json({ error: 'invalid_client', error_description: `bad secret ${SECRET}` }, 400),
    )
    const error = await failure(clientCredentialsToken(context(fetch, { t: 0 }), options))
    expect(error).toMatchObject({ kind: 'auth', distributor: 'sherweb', status: 400 })
    expect(error.message).toBe(
      'Sherweb rejected the client credentials (400, invalid_client). Check the client secret under Security > APIs in Cumulus.',
    )
    expect(JSON.stringify(error)).not.toContain(SECRET)
  })

  it('reports a 400 whose OAuth code has its own hint as an auth error with that hint, other codes as before', async () => {
    const codeHints = { invalid_scope: 'Tick the scopes under Permissions.' }
    const scope = recordingFetch(() => json({ error: 'invalid_scope' }, 400))
    const error = await failure(
      clientCredentialsToken(context(scope, { t: 0 }), { ...options, codeHints }),
    )
    expect(error).toMatchObject({ kind: 'auth', status: 400 })
    expect(error.message).toBe(
      'Sherweb refused the sign-in (400, invalid_scope). Tick the scopes under Permissions.',
    )
    const client = recordingFetch(() => json({ error: 'invalid_client' }, 400))
    expect(
      (await failure(clientCredentialsToken(context(client, { t: 0 }), { ...options, codeHints })))
        .message,
    ).toContain('Check the client secret under Security > APIs in Cumulus.')
  })

  it('reports a 401 from the token endpoint as an auth error', async () => {
    const fetch = recordingFetch(
      () => new Response('Access denied due to invalid subscription key.', { status: 401 }),
    )
    expect((await failure(clientCredentialsToken(context(fetch, { t: 0 }), options))).kind).toBe(
      'auth',
    )
  })

  it('reports a 503 from the token endpoint as unavailable', async () => {
    const fetch = recordingFetch(() => new Response('', { status: 503 }))
    expect((await failure(clientCredentialsToken(context(fetch, { t: 0 }), options))).kind).toBe(
      'unavailable',
    )
  })

  it('reports a token answer without access_token as a contract error', async () => {
    const fetch = recordingFetch(() => json({ token: 'x', expires_in: 3600 }))
    const error = await failure(clientCredentialsToken(context(fetch, { t: 0 }), options))
    expect(error).toMatchObject({ kind: 'contract', field: 'access_token' })
  })

  it('accepts expires_in sent as a string', async () => {
    const fetch = recordingFetch(() => json({ access_token: 'tok', expires_in: '1800' }))
    const ctx = context(fetch, { t: 0 })
    await clientCredentialsToken(ctx, options)
    expect(ctx.cache.get('conn-1')?.expiresAt).toBe(1_800_000)
  })
})
