import { describe, expect, it } from 'vitest'
import type { AuthContext } from '../adapter'
import { DistributorError } from '../errors'
import { createMemoryTokenCache } from '../http/memory-token-cache'
import type { FetchLike } from '../http/types'
import { authorizeDickerData } from './auth'

const BASE = 'https://b2b-api-test.dickerdata.com.au/api'

function context(fetch: FetchLike, clock: { now: number }, apiToken = 'tok-guid'): AuthContext {
  return {
    fetch,
    credentials: {
      config: { region: 'AU', environment: 'test', accountCode: '123456' },
      secrets: { apiToken },
    },
    endpoints: { baseUrl: BASE },
    cache: createMemoryTokenCache(),
    cacheKey: 'conn-1',
    now: () => clock.now,
  }
}

function grantingFetch(): FetchLike & { calls: number } {
  const fetch = (async () => {
    fetch.calls++
    return Response.json({ AccessKey: `key-${fetch.calls}`, Status: 'GRANTED' })
  }) as unknown as FetchLike & { calls: number }
  fetch.calls = 0
  return fetch
}

describe('authorizeDickerData', () => {
  it('caches the AccessKey under the connection id and reuses it', async () => {
    const fetch = grantingFetch()
    const clock = { now: 1_000_000 }
    const ctx = context(fetch, clock)
    const first = await authorizeDickerData(ctx)
    const second = await authorizeDickerData(ctx)
    expect(first.Authorization).toBe('Bearer key-1')
    expect(second.Authorization).toBe('Bearer key-1')
    expect(fetch.calls).toBe(1)
    expect(ctx.cache.get('conn-1')?.value).toBe('key-1')
  })

  it('exchanges the token again once the key is within 60 s of its assumed expiry', async () => {
    const fetch = grantingFetch()
    const clock = { now: 1_000_000 }
    const ctx = context(fetch, clock)
    await authorizeDickerData(ctx)
    const expiresAt = ctx.cache.get('conn-1')?.expiresAt ?? 0
    clock.now = expiresAt - 61_000
    expect((await authorizeDickerData(ctx)).Authorization).toBe('Bearer key-1')
    clock.now = expiresAt - 59_000
    expect((await authorizeDickerData(ctx)).Authorization).toBe('Bearer key-2')
  })

  it('gives a new DD-TransactionID with every set of headers', async () => {
    const ctx = context(grantingFetch(), { now: 0 })
    const a = await authorizeDickerData(ctx)
    const b = await authorizeDickerData(ctx)
    expect(a['DD-TransactionID']).not.toBe(b['DD-TransactionID'])
    expect(a['DD-ApiVersion']).toBe('v1')
  })

  it('posts AccessToken, a TransactionID and the AccountCode to AccessKeyRequest', async () => {
    let seen: { url: string; body: any } | undefined
    const fetch: FetchLike = async (input, init) => {
      seen = { url: String(input), body: JSON.parse(String(init?.body)) }
      return Response.json({ AccessKey: 'k', Status: 'GRANTED' })
    }
    await authorizeDickerData(context(fetch, { now: 0 }))
    expect(seen?.url).toBe(`${BASE}/AccessKeyRequest`)
    expect(seen?.body).toMatchObject({ AccessToken: 'tok-guid', AccountCode: '123456' })
    expect(typeof seen?.body.TransactionID).toBe('string')
  })

  it('turns a 503 from the exchange into an unavailable error the shared client may retry', async () => {
    const fetch: FetchLike = async () => new Response('down', { status: 503 })
    const error = await authorizeDickerData(context(fetch, { now: 0 })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DistributorError)
    expect((error as DistributorError).kind).toBe('unavailable')
  })

  it('refuses a connection with no API token before calling Dicker Data', async () => {
    const fetch = grantingFetch()
    const error = await authorizeDickerData(context(fetch, { now: 0 }, '  ')).catch(
      (e: unknown) => e,
    )
    expect((error as DistributorError).kind).toBe('auth')
    expect(fetch.calls).toBe(0)
  })
})
