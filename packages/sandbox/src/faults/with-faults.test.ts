import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { countListingCalls, zeroBasedPage } from './page-readers'
import type { FaultConfig } from './types'
import { withFaults, type FaultStyle } from './with-faults'

// A distributor that writes its errors as ProblemDetails and (unlike some) no Retry-After header.
const style: FaultStyle = {
  error: (status, message) => Response.json({ status, detail: message }, { status }),
  pageParam: 'page',
}

function simulator(faults: FaultConfig | undefined, over: Partial<FaultStyle> = {}) {
  const clock = { t: 0, slept: [] as number[] }
  const app = new Hono()
  app.use(
    '*',
    withFaults(
      faults,
      { ...style, ...over },
      { now: () => clock.t, sleep: async (ms) => void clock.slept.push(ms) },
    ),
  )
  app.get('/customers', (c) =>
    c.json({ data: { customers: [{ page: c.req.query('page') ?? null }] } }),
  )
  app.get('/customers/:id/subscriptions', (c) => c.json({ items: [c.req.param('id')] }))
  app.post('/token', (c) => c.json({ access_token: 't' }))
  app.post('/customers/:id/subscriptions', (c) => {
    writes.push(c.req.param('id'))
    return c.json({ ok: true }, 201)
  })
  const writes: string[] = []
  return { app, clock, writes }
}

const statuses = async (app: Hono, paths: string[]) => {
  const out: number[] = []
  for (const path of paths) out.push((await app.request(path)).status)
  return out
}

describe('withFaults', () => {
  it('passes every request through untouched when there are no faults', async () => {
    const { app, clock } = simulator(undefined)
    const res = await app.request('/customers?page=1')
    expect(await res.json()).toEqual({ data: { customers: [{ page: '1' }] } })
    expect(clock.slept).toEqual([])
  })

  it('adds latencyMs to every response', async () => {
    const { app, clock } = simulator({ latencyMs: 250 })
    await app.request('/customers')
    await app.request('/token', { method: 'POST' })
    expect(clock.slept).toEqual([250, 250])
  })

  it('answers 429 in the distributor’s style with Retry-After once the burst is spent, and recovers', async () => {
    const { app, clock } = simulator({ rateLimit: { requestsPerSecond: 2, burst: 2 } })
    expect(await statuses(app, ['/customers', '/customers'])).toEqual([200, 200])
    const limited = await app.request('/customers')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('1')
    expect(await limited.json()).toEqual({
      status: 429,
      detail: 'Rate limit is exceeded. Try again in 1 seconds.',
    })
    clock.t = 500
    expect(await statuses(app, ['/customers', '/customers'])).toEqual([200, 429])
  })

  it('uses the configured retryAfterSeconds', async () => {
    const { app } = simulator({
      rateLimit: { requestsPerSecond: 1, burst: 1, retryAfterSeconds: 30 },
    })
    await app.request('/customers')
    expect((await app.request('/customers')).headers.get('retry-after')).toBe('30')
  })

  it('fails the chosen page once by default, then answers it', async () => {
    const { app } = simulator({ failPage: { page: 2, status: 503 } })
    expect(
      await statuses(app, [
        '/customers?page=1',
        '/customers?page=2',
        '/customers?page=2',
        '/customers?page=3',
      ]),
    ).toEqual([200, 503, 200, 200])
  })

  it('sends the Retry-After failPage names with the failed page, as given', async () => {
    const at = 'Wed, 02 Dec 2026 07:00:00 GMT'
    const seconds = simulator({ failPage: { page: 2, status: 429, retryAfter: '7' } })
    expect((await seconds.app.request('/customers?page=2')).headers.get('retry-after')).toBe('7')
    const date = simulator({ failPage: { page: 2, status: 429, retryAfter: at } })
    expect((await date.app.request('/customers?page=2')).headers.get('retry-after')).toBe(at)
    const plain = simulator({ failPage: { page: 2, status: 503 } })
    expect((await plain.app.request('/customers?page=2')).headers.has('retry-after')).toBe(false)
  })

  it('fails the chosen page `times` times in the distributor’s error style', async () => {
    const { app } = simulator({ failPage: { page: 1, status: 500, times: 2 } })
    const first = await app.request('/customers?page=1')
    expect(await first.json()).toEqual({ status: 500, detail: 'Injected failure of page 1.' })
    expect(await statuses(app, ['/customers?page=1', '/customers?page=1'])).toEqual([500, 200])
  })

  it('reads 0-based pages through zeroBasedPage', async () => {
    const { app } = simulator({ failPage: { page: 2, status: 502 } }, { page: zeroBasedPage })
    expect(await statuses(app, ['/customers?page=0', '/customers?page=1'])).toEqual([200, 502])
  })

  it('counts listing calls as pages for an API that does not page, ignoring the token call', async () => {
    const { app } = simulator({ failPage: { page: 2, status: 503 } }, { page: countListingCalls() })
    const token = await app.request('/token', { method: 'POST' })
    expect(token.status).toBe(200)
    expect(
      await statuses(app, [
        '/customers',
        '/customers/a/subscriptions',
        '/customers/a/subscriptions',
        '/customers/b/subscriptions',
      ]),
    ).toEqual([200, 503, 200, 200])
  })

  it('answers 200 with JSON cut off mid-body where pathIncludes matches, `times` times', async () => {
    const { app } = simulator({
      badBody: { kind: 'truncated', pathIncludes: 'subscriptions', times: 1 },
    })
    expect(await (await app.request('/customers')).json()).toMatchObject({ data: {} })
    const broken = await app.request('/customers/a/subscriptions')
    expect(broken.status).toBe(200)
    expect(broken.headers.get('content-type')).toBe('application/json')
    expect(await broken.text()).toBe('{"data":{"custo')
    expect(await (await app.request('/customers/a/subscriptions')).json()).toEqual({ items: ['a'] })
  })

  it('refuses a write of the method and path named, in the distributor’s style, before the handler sees it, `times` times', async () => {
    const { app, writes } = simulator({
      refuseWrite: { method: 'POST', pathIncludes: '/customers/b/', status: 400, times: 1 },
    })
    const post = (path: string) => app.request(path, { method: 'POST' })
    const refused = await post('/customers/b/subscriptions')
    expect([refused.status, await refused.json()]).toEqual([
      400,
      { status: 400, detail: 'Injected refusal of POST /customers/b/.' },
    ])
    expect((await app.request('/customers/b/subscriptions')).status).toBe(200)
    expect((await post('/customers/a/subscriptions')).status).toBe(201)
    expect((await post('/customers/b/subscriptions')).status).toBe(201)
    expect(writes).toEqual(['a', 'b'])
  })

  it('refuses every matching write when times is not set, with the message given', async () => {
    const { app, writes } = simulator({
      refuseWrite: { method: 'POST', pathIncludes: 'subscriptions', status: 409, message: 'Busy' },
    })
    for (let i = 0; i < 3; i++) {
      const res = await app.request('/customers/a/subscriptions', { method: 'POST' })
      expect([res.status, await res.json()]).toEqual([409, { status: 409, detail: 'Busy' }])
    }
    expect(writes).toEqual([])
  })

  it('answers 200 with a gateway’s HTML page, every time when times is not set', async () => {
    const { app } = simulator({ badBody: { kind: 'html' } })
    for (let i = 0; i < 3; i++) {
      const res = await app.request('/customers')
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html')
      expect(await res.text()).toBe('<html><body>502 Bad Gateway</body></html>')
    }
  })
})
