import { describe, expect, it } from 'vitest'
import { createDirectHttp } from './create-direct-http'
import { createMemoryTokenCache } from './memory-token-cache'
import { credentials, directClient as client, failure, get } from '../testing/direct-client'
import { fakeAdapter } from '../testing/fake-adapter'
import { answers, json, recordingFetch, type RecordedCall } from '../testing/recording-fetch'

describe('createDirectHttp', () => {
  it('calls base URL + path + query with the adapter’s auth headers and no redirects followed', async () => {
    const fetch = recordingFetch(() => json({ ok: true }))
    const { http } = client(fetch)
    const body = await http.json({ ...get, query: { page: 2, per_page: 100, skip: undefined } })
    expect(body).toEqual({ ok: true })
    expect(fetch.calls[0]?.url).toBe('https://api.acme.test/v1/customers?page=2&per_page=100')
    expect(fetch.calls[0]?.headers.get('authorization')).toBe('Bearer token-1')
    expect(fetch.calls[0]?.redirect).toBe('manual')
  })

  it('sends a POST body as JSON and leaves auth out of anonymous calls', async () => {
    const fetch = recordingFetch(() => json({}))
    const { http } = client(fetch)
    await http.request({
      call: 'POST /login',
      method: 'POST',
      path: '/login',
      body: { a: 1 },
      anonymous: true,
    })
    expect(fetch.calls[0]?.body).toBe('{"a":1}')
    expect(fetch.calls[0]?.headers.get('content-type')).toBe('application/json')
    expect(fetch.calls[0]?.headers.has('authorization')).toBe(false)
  })

  it('logs in again once after a 401 and succeeds with the new token', async () => {
    const cache = createMemoryTokenCache()
    const fetch = recordingFetch(
      answers(
        () => new Response('', { status: 401 }),
        () => json({ ok: 1 }),
      ),
    )
    const { http, adapter } = client(fetch, { cache })
    expect(await http.json(get)).toEqual({ ok: 1 })
    expect(adapter).toMatchObject({ logins: 2 })
    expect(fetch.calls.map((c: RecordedCall) => c.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ])
    expect(cache.get('conn-1')?.value).toBe('token-2')
  })

  it('reports an auth error with the adapter’s hint when the fresh login is refused too', async () => {
    const fetch = recordingFetch(() => new Response('', { status: 401 }))
    const { http } = client(fetch)
    const error = await failure(http.request(get))
    expect(error.kind).toBe('auth')
    expect(error.message).toBe(
      'Acme rejected the credentials (401) on GET /customers. Check the API key under Settings > API in the Acme portal.',
    )
    expect(fetch.calls).toHaveLength(2)
  })

  it('logs in again when the adapter reads a 200 as an expired session', async () => {
    const adapter = fakeAdapter({
      readError: (res) =>
        res.text.includes('SessionExpired') ? { sessionExpired: true } : undefined,
    })
    const fetch = recordingFetch(
      answers(
        () => new Response('<Fault>SessionExpired</Fault>'),
        () => json({ ok: 1 }),
      ),
    )
    const { http } = client(fetch, { adapter })
    expect(await http.json(get)).toEqual({ ok: 1 })
    expect(adapter.logins).toBe(2)
  })

  it('does not follow a 302 and reports it as a request error', async () => {
    const fetch = recordingFetch(
      () => new Response('', { status: 302, headers: { location: 'https://evil.test/' } }),
    )
    const { http } = client(fetch)
    const error = await failure(http.request(get))
    expect(error).toMatchObject({ kind: 'request', status: 302 })
    expect(error.message).toContain('redirect')
    expect(fetch.calls.map((c: RecordedCall) => c.url)).toEqual([
      'https://api.acme.test/v1/customers',
    ])
  })

  it.each([
    'customers',
    '//evil.test/x',
    '/../admin',
    '/a/%2e%2e/admin',
    '/a/%2E%2e/b',
    '/a\\..\\b',
    '/a/%252e%252e/b',
    '/a?x=1',
  ])('refuses the path %s without making any call', async (path) => {
    const fetch = recordingFetch(() => json({}))
    const { http } = client(fetch)
    const error = await failure(http.request({ ...get, path }))
    expect(error.kind).toBe('request')
    expect(fetch.calls).toHaveLength(0)
  })

  it('reports an HTML page answered with 200 as a contract error naming the call', async () => {
    const fetch = recordingFetch(
      () =>
        new Response('<html><body>502 Bad Gateway</body></html>', {
          headers: { 'content-type': 'text/html' },
        }),
    )
    const { http } = client(fetch)
    const error = await failure(http.json(get))
    expect(error).toMatchObject({ kind: 'contract', distributor: 'acme', call: 'GET /customers' })
    expect(error.message).toMatch(
      /^Acme answered GET \/customers with a body that was not JSON \(it looks like an HTML page/,
    )
  })

  it('reports a body cut off mid-JSON as a contract error', async () => {
    const fetch = recordingFetch(
      () => new Response('{"data":{"custo', { headers: { 'content-type': 'application/json' } }),
    )
    const error = await failure(client(fetch).http.json(get))
    expect(error.kind).toBe('contract')
    expect(error.message).toContain('cut off or malformed')
  })

  it('keeps secrets out of every error message, even when the distributor echoes them', async () => {
    const secret = credentials.secrets.apiKey as string
    const adapter = fakeAdapter({ readError: (res) => ({ detail: res.text }) })
    const bodies = [400, 401, 403, 404, 429, 500, 302].map(
      (status) => () => new Response(`invalid key ${secret}`, { status }),
    )
    const messages: string[] = []
    for (const answer of bodies) {
      const { http } = client(recordingFetch(answer), { adapter, retry: { maxAttempts: 1 } })
      const error = await failure(
        http.request({ ...get, query: { key: secret }, headers: { 'x-api-key': secret } }),
      )
      messages.push(error.message, JSON.stringify(error))
    }
    const { http } = client(
      recordingFetch(() => Promise.reject(new TypeError(`connect to ${secret} failed`))),
      { retry: { maxAttempts: 1 } },
    )
    messages.push((await failure(http.request({ ...get, query: { key: secret } }))).message)
    for (const message of messages) expect(message).not.toContain(secret)
    expect(messages[0]).toContain('[redacted]')
  })

  it('paces concurrent calls to the adapter’s rate limit', async () => {
    const stamps: number[] = []
    const fetch = recordingFetch(() => {
      stamps.push(performance.now())
      return json({})
    })
    const adapter = fakeAdapter({ rateLimit: { requestsPerSecond: 20, burst: 1 } })
    const http = createDirectHttp({ adapter, credentials, fetch, cacheKey: 'c' })
    await Promise.all(Array.from({ length: 5 }, () => http.request(get)))
    // 20 per second is one slot per 50 ms: call i may not start before slot i (timers may fire a
    // millisecond or two early, and late by any amount, so only the lower bound is exact).
    stamps.forEach((t, i) => expect(t - (stamps[0] as number)).toBeGreaterThanOrEqual(i * 50 - 5))
    expect(http.stats.waitedMs).toBeGreaterThanOrEqual(190)
    expect(http.stats.calls).toBe(5)
  })
})
