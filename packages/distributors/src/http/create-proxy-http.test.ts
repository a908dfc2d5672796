import { describe, expect, it } from 'vitest'
import { createProxyHttp, EDGE_ERROR_HEADER } from './create-proxy-http'
import { answers, json, recordingFetch } from '../testing/recording-fetch'
import type { FetchLike } from './types'
import { failure } from '../testing/failure'

function proxy(fetch: FetchLike, apiBase?: string) {
  const waits: number[] = []
  const http = createProxyHttp({
    distributor: 'sherweb',
    label: 'Sherweb',
    connectionId: 'conn/1',
    fetch,
    ...(apiBase !== undefined ? { apiBase } : {}),
    sleep: async (ms) => {
      waits.push(ms)
    },
    random: () => 0.5,
    retry: { baseDelayMs: 200 },
  })
  return { http, waits }
}

const get = { call: 'GET /customers', method: 'GET', path: '/customers' } as const

describe('createProxyHttp', () => {
  it('calls the edge’s upstream route for the connection with the query and no credentials', async () => {
    const fetch = recordingFetch(() => json({ items: [] }))
    const { http } = proxy(fetch, 'https://app.test/')
    expect(await http.json({ ...get, query: { page: 1 } })).toEqual({ items: [] })
    expect(fetch.calls[0]?.url).toBe(
      'https://app.test/api/connections/conn%2F1/upstream/customers?page=1',
    )
    expect(fetch.calls[0]?.headers.has('authorization')).toBe(false)
    expect(fetch.calls[0]?.redirect).toBe('manual')
  })

  it('keeps the URL relative when the page is served by the edge itself', async () => {
    const fetch = recordingFetch(() => json({}))
    const { http } = proxy(fetch)
    await http.request({
      call: 'POST /find',
      method: 'POST',
      path: '/licenses/v2/find',
      body: { filters: {} },
      idempotent: true,
    })
    expect(fetch.calls[0]).toMatchObject({
      url: '/api/connections/conn%2F1/upstream/licenses/v2/find',
      method: 'POST',
      body: '{"filters":{}}',
    })
  })

  it('retries a GET the edge answered with 503, with the shared backoff', async () => {
    const fetch = recordingFetch(
      answers(
        () => new Response('', { status: 503 }),
        () => json({ ok: 1 }),
      ),
    )
    const { http, waits } = proxy(fetch)
    expect(await http.json(get)).toEqual({ ok: 1 })
    expect(waits).toEqual([100])
    expect(http.stats.retries).toBe(1)
  })

  it('rethrows the edge’s own error with its kind and message', async () => {
    const body = {
      error: {
        kind: 'auth',
        message:
          'Sherweb rejected the client secret (401). Check the secret under Security > APIs in Cumulus.',
      },
    }
    const fetch = recordingFetch(() => json(body, 502, { [EDGE_ERROR_HEADER]: '1' }))
    const error = await failure(proxy(fetch).http.request({ ...get, method: 'POST', path: '/x' }))
    expect(error).toMatchObject({
      kind: 'auth',
      distributor: 'sherweb',
      message: body.error.message,
    })
  })

  it('maps a relayed distributor status when the edge did not write the error itself', async () => {
    const fetch = recordingFetch(() => json({ error: { kind: 'auth', message: 'spoofed' } }, 403))
    const error = await failure(proxy(fetch).http.request(get))
    expect(error.kind).toBe('forbidden')
    expect(error.message).not.toContain('spoofed')
  })

  it('refuses a path that would leave the connection’s upstream route, without calling', async () => {
    const fetch = recordingFetch(() => json({}))
    const error = await failure(
      proxy(fetch).http.request({ ...get, path: '/../../connections/other/upstream/customers' }),
    )
    expect(error.kind).toBe('request')
    expect(fetch.calls).toHaveLength(0)
  })
})
