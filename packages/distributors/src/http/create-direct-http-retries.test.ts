import { describe, expect, it } from 'vitest'
import { NOW, directClient as client, failure, get } from '../testing/direct-client'
import { fakeAdapter } from '../testing/fake-adapter'
import { answers, json, recordingFetch } from '../testing/recording-fetch'
import type { FetchLike } from './types'

describe('createDirectHttp retries', () => {
  it('retries a GET that answered 503 and returns the answer that followed', async () => {
    const fetch = recordingFetch(
      answers(
        () => new Response('busy', { status: 503 }),
        () => json({ n: 1 }),
      ),
    )
    const { http, waits } = client(fetch)
    expect(await http.json(get)).toEqual({ n: 1 })
    expect(fetch.calls).toHaveLength(2)
    expect(waits).toEqual([100])
    expect(http.stats).toMatchObject({ retries: 1, waitedMs: 100 })
  })

  it('does not retry a POST that is not marked idempotent', async () => {
    const fetch = recordingFetch(() => new Response('busy', { status: 503 }))
    const { http } = client(fetch)
    const error = await failure(
      http.request({ call: 'POST /orders', method: 'POST', path: '/orders', body: {} }),
    )
    expect(error.kind).toBe('unavailable')
    expect(fetch.calls).toHaveLength(1)
  })

  it('retries a POST read marked idempotent', async () => {
    const fetch = recordingFetch(
      answers(
        () => new Response('', { status: 502 }),
        () => json([]),
      ),
    )
    const { http } = client(fetch)
    await http.json({
      call: 'POST /licenses/v2/find',
      method: 'POST',
      path: '/licenses/v2/find',
      body: {},
      idempotent: true,
    })
    expect(fetch.calls).toHaveLength(2)
  })

  it('waits the seconds a Retry-After header asks for', async () => {
    const fetch = recordingFetch(
      answers(
        () => new Response('', { status: 429, headers: { 'retry-after': '7' } }),
        () => json({}),
      ),
    )
    const { http, waits } = client(fetch)
    await http.json(get)
    expect(waits).toEqual([7000])
  })

  it('waits until the HTTP date a Retry-After header names', async () => {
    const at = new Date(NOW + 8_000).toUTCString()
    const fetch = recordingFetch(
      answers(
        () => new Response('', { status: 503, headers: { 'retry-after': at } }),
        () => json({}),
      ),
    )
    const { http, waits } = client(fetch)
    await http.json(get)
    expect(waits).toEqual([8_000])
  })

  it('waits no longer than maxDelayMs however long Retry-After asks for', async () => {
    const fetch = recordingFetch(
      answers(
        () => new Response('', { status: 503, headers: { 'retry-after': '3600' } }),
        () => json({}),
      ),
    )
    const { http, waits } = client(fetch)
    await http.json(get)
    expect(waits).toEqual([10_000])
  })

  it('takes the wait from the adapter’s error reading when there is no Retry-After header', async () => {
    const adapter = fakeAdapter({
      readError: (res) => (res.status === 429 ? { retryAfterMs: 3000 } : undefined),
    })
    const fetch = recordingFetch(
      answers(
        () => new Response('Try again in 3 seconds', { status: 429 }),
        () => json({}),
      ),
    )
    const { http, waits } = client(fetch, { adapter })
    await http.json(get)
    expect(waits).toEqual([3000])
  })

  it('gives up with a rate-limited error carrying retryAfterMs once the waiting budget is spent', async () => {
    const fetch = recordingFetch(
      () => new Response('', { status: 429, headers: { 'retry-after': '40' } }),
    )
    const { http, waits } = client(fetch, {
      retry: { budgetMs: 50_000, maxDelayMs: 60_000, maxAttempts: 10 },
    })
    const error = await failure(http.request(get))
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 40_000 })
    expect(error.message).toContain('wait 40 s')
    expect(waits).toEqual([40_000])
    expect(fetch.calls).toHaveLength(2)
  })

  it('reports a network failure as unavailable after retrying', async () => {
    const fetch = recordingFetch(() => Promise.reject(new TypeError('fetch failed')))
    const { http, waits } = client(fetch)
    const error = await failure(http.request(get))
    expect(error.kind).toBe('unavailable')
    expect(fetch.calls).toHaveLength(4)
    expect(waits).toEqual([100, 200, 400])
  })

  it('gives up on a call that does not answer within timeoutMs', async () => {
    const fetch: FetchLike = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      )
    const { http } = client(fetch, { timeoutMs: 20, retry: { maxAttempts: 1 } })
    const error = await failure(http.request(get))
    expect(error.kind).toBe('unavailable')
    expect(error.message).toContain('did not answer within')
  })
})
