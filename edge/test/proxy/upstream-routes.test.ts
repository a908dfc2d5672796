import { EDGE_ERROR_HEADER } from '@seatkeeper/distributors'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'
import { createSandboxConnection, ORIGIN, sandboxSecrets, viaProxy } from './sandbox-connection'

const sandbox = testSandbox()
// What the simulator received, so a test can see exactly which headers reached the distributor.
const seen: Request[] = []
let answer: ((request: Request) => Response | Promise<Response>) | undefined
const outbound = installOutbound({
  [SANDBOX_ORIGIN]: (request) => {
    seen.push(request.clone())
    return answer ? answer(request) : sandbox.handler(request)
  },
})
const foreign = () => outbound.requests.filter((r) => !r.url.startsWith(`${SANDBOX_ORIGIN}/`))

let arrow: string
beforeAll(async () => {
  arrow = await createSandboxConnection('arrowsphere')
})
afterEach(() => {
  seen.length = 0
  answer = undefined
})

async function edgeErrorOf(response: Response) {
  expect(response.headers.get(EDGE_ERROR_HEADER)).toBe('1')
  return ((await response.json()) as { error: { kind: string; message: string } }).error
}

describe('ALL /api/connections/:id/upstream/*', () => {
  it('GET /api/connections/:id/upstream/customers relays the distributor’s customers', async () => {
    const response = await viaProxy(arrow, '/customers?per_page=5&page=1')
    expect(response.status).toBe(200)
    const body = (await response.json()) as { data: { customers: unknown[] } }
    expect(body.data.customers.length).toBeGreaterThan(0)
    expect(outbound.requests.map((r) => r.url)).toEqual([
      `${SANDBOX_ORIGIN}/arrowsphere/customers?per_page=5&page=1`,
    ])
    expect(outbound.requests[0]?.redirect).toBe('manual')
  })

  // The same rules for every kind of connection: one distributor and each PSA, with a call its
  // adapter allows (`listed`) and an allowed path sent with a method it does not allow.
  type ProxyCase = {
    id: string
    listed: { method: 'GET' | 'POST'; path: string; body?: string }
    wrongMethod: { method: 'GET' | 'POST'; path: string }
  }
  const cases: ProxyCase[] = [
    {
      id: 'arrowsphere',
      listed: { method: 'GET', path: '/customers?per_page=5&page=1' },
      wrongMethod: { method: 'POST', path: '/whoami' },
    },
    {
      id: 'halopsa',
      listed: { method: 'GET', path: '/api/Client?pageinate=true&page_size=5&page_no=1' },
      wrongMethod: { method: 'POST', path: '/api/Client' },
    },
    {
      id: 'connectwise',
      listed: { method: 'GET', path: '/v2025_1/apis/3.0/company/companies?page=1&pageSize=5' },
      wrongMethod: { method: 'POST', path: '/v2025_1/apis/3.0/company/companies' },
    },
    {
      id: 'autotask',
      listed: {
        method: 'POST',
        path: '/Companies/query',
        body: '{"MaxRecords":5,"filter":[{"op":"gte","field":"id","value":0}]}',
      },
      wrongMethod: { method: 'GET', path: '/Companies/query' },
    },
  ]
  const ids = new Map<string, string>()
  beforeAll(async () => {
    for (const c of cases) ids.set(c.id, await createSandboxConnection(c.id))
  })
  const send = (c: ProxyCase, call: { method: 'GET' | 'POST'; path: string; body?: string }) =>
    viaProxy(
      ids.get(c.id)!,
      call.path,
      call.method === 'POST' ? { method: 'POST', body: call.body ?? '{}' } : {},
    )
  const listedPath = (c: ProxyCase) => c.listed.path.split('?')[0]!

  for (const c of cases) {
    it(`${c.listed.method} ${listedPath(c)} of a ${c.id} connection relays the simulator's answer with the connection's auth`, async () => {
      const response = await send(c, c.listed)
      expect(response.status).toBe(200)
      const text = await response.text()
      expect(text.length).toBeGreaterThan(2)
      for (const secret of sandboxSecrets(c.id)) expect(text).not.toContain(secret)
      const calls = outbound.requests.map((r) => r.url)
      expect(calls.at(-1)).toContain(`${SANDBOX_ORIGIN}/${c.id}/`)
      expect(new URL(calls.at(-1)!).pathname.endsWith(listedPath(c))).toBe(true)
      expect(foreign()).toEqual([])
      for (const request of outbound.requests) expect(request.redirect).toBe('manual')
    })
  }

  const ssrf: Array<[string, string]> = [
    ['a protocol-relative host', '//evil.example/x'],
    ['encoded ../ segments', '/..%2f..%2fcustomers'],
    ['encoded backslashes', '/%5c%5cevil.example/customers'],
    ['a double-encoded slash', '/customers%252f..%252fadmin'],
    ['a backslash host', '/\\\\evil.example/customers'],
    ['an absolute URL as the path', '/http://evil.example/customers'],
    ['an absolute URL without slashes', '/https:evil.example'],
    ['a control character', '/customers%0d%0aHost:%20evil.example'],
    ['a path not in upstreamRoutes', '/admin/users'],
  ]
  for (const c of cases) {
    for (const [what, path] of ssrf) {
      it(`refuses ${what} (${path}) for a ${c.id} connection without any outbound request`, async () => {
        const response = await viaProxy(ids.get(c.id)!, path)
        expect([400, 403]).toContain(response.status)
        const error = await edgeErrorOf(response)
        expect(error.kind).toBe('request')
        expect(outbound.requests).toEqual([])
      })
    }

    it(`refuses a ${c.id} path sent with a method its adapter does not allow, without any outbound request`, async () => {
      const response = await send(c, c.wrongMethod)
      expect(response.status).toBe(403)
      const error = await edgeErrorOf(response)
      expect(error.kind).toBe('request')
      expect(error.message).toContain(`${c.wrongMethod.method} ${c.wrongMethod.path}`)
      expect(outbound.requests).toEqual([])
    })

    it(`does not follow a ${c.id} redirect to another host, and answers 502`, async () => {
      // The login calls (a PSA's token exchange) are answered as usual; the listed call redirects.
      answer = (request) =>
        new URL(request.url).pathname.endsWith(listedPath(c))
          ? new Response(null, { status: 302, headers: { location: 'https://evil.example/steal' } })
          : sandbox.handler(request)
      const response = await send(c, c.listed)
      expect(response.status).toBe(502)
      const error = await edgeErrorOf(response)
      expect(error.message).toMatch(/redirect \(302\)/)
      expect(outbound.requests.at(-1)?.url).toContain(`${SANDBOX_ORIGIN}/${c.id}/`)
      expect(foreign()).toEqual([])
      expect(response.headers.get('location')).toBeNull()
    })
  }

  it('never forwards ../ even where the URL parser resolves it before routing', async () => {
    const response = await viaProxy(arrow, '/%2e%2e/%2e%2e/customers')
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(outbound.requests).toEqual([])
  })

  it('keeps the browser’s cookie, Access token, authorization and other headers from the distributor', async () => {
    const response = await viaProxy(arrow, '/customers', {
      headers: {
        cookie: 'CF_Authorization=browser-session',
        'cf-access-jwt-assertion': 'browser.jwt.token',
        authorization: 'Bearer browser-token',
        'x-forwarded-for': '203.0.113.9',
        'user-agent': 'Mozilla/5.0',
        referer: `${ORIGIN}/customers`,
      },
    })
    expect(response.status).toBe(200)
    const headers = Object.fromEntries(seen[0]!.headers)
    expect(headers).not.toHaveProperty('cookie')
    expect(headers).not.toHaveProperty('cf-access-jwt-assertion')
    expect(headers).not.toHaveProperty('authorization')
    expect(headers).not.toHaveProperty('x-forwarded-for')
    expect(headers).not.toHaveProperty('referer')
    expect(JSON.stringify(headers)).not.toContain('browser')
    // What it did get: the connection's own key, added by the edge.
    expect(headers.apikey).toBe(sandboxSecrets('arrowsphere')[0])
  })

  it('relays only content-type and retry-after: no set-cookie, no upstream CORS', async () => {
    answer = () =>
      new Response('{"slow":"down"}', {
        status: 429,
        headers: {
          'content-type': 'application/json',
          'retry-after': '7',
          'set-cookie': 'tracker=1; Path=/',
          'access-control-allow-origin': '*',
          'access-control-allow-credentials': 'true',
          server: 'distributor/1.0',
          location: 'https://evil.example',
        },
      })
    const response = await viaProxy(arrow, '/customers')
    expect(response.status).toBe(429)
    expect([...response.headers.keys()].sort()).toEqual(['content-type', 'retry-after'])
    expect(await response.text()).toBe('{"slow":"down"}')
  })

  for (const c of cases) {
    it(`never puts a ${c.id} connection’s secret into what the browser receives`, async () => {
      const texts = await Promise.all(
        [c.listed, c.wrongMethod, { method: 'GET' as const, path: '/nope' }].map(async (call) =>
          (await send(c, call)).text(),
        ),
      )
      expect(sandboxSecrets(c.id).length).toBeGreaterThan(0)
      for (const secret of sandboxSecrets(c.id)) {
        for (const text of texts) expect(text).not.toContain(secret)
      }
    })
  }

  it('answers 413 to a request body over 1 MB without calling the distributor', async () => {
    const response = await viaProxy(arrow, '/licenses/v2/find', {
      method: 'POST',
      body: JSON.stringify({ filler: 'x'.repeat(1_100_000) }),
    })
    expect(response.status).toBe(413)
    await edgeErrorOf(response)
    expect(outbound.requests).toEqual([])
  })

  it('relays a 2xx answer larger than the old 20 MB cap complete', async () => {
    // 25 MB of JSON, in 1 MB chunks with no Content-Length, as a distributor streams a listing.
    const item = JSON.stringify({ name: 'Contoso Pty Ltd', seats: 12 })
    const chunk = new TextEncoder().encode(
      `${item},`.repeat(Math.floor(1_000_000 / (item.length + 1))),
    )
    const chunks = 25
    answer = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('['))
            for (let i = 0; i < chunks; i++) controller.enqueue(chunk)
            controller.enqueue(new TextEncoder().encode(`${item}]`))
            controller.close()
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      )
    const response = await viaProxy(arrow, '/customers')
    expect(response.status).toBe(200)
    expect(response.headers.get(EDGE_ERROR_HEADER)).toBeNull()
    const text = await response.text()
    expect(text.length).toBe(1 + chunks * chunk.byteLength + item.length + 1)
    expect(text.length).toBeGreaterThan(20_000_000)
    const items = JSON.parse(text) as unknown[]
    expect(items).toHaveLength((chunks * chunk.byteLength) / (item.length + 1) + 1)
    expect(items.at(-1)).toEqual({ name: 'Contoso Pty Ltd', seats: 12 })
  })

  it('passes a long answer’s first bytes on before the distributor has sent the rest', async () => {
    let upstream!: ReadableStreamDefaultController<Uint8Array>
    const first = new TextEncoder().encode(`[${'"seat",'.repeat(20_000)}`)
    answer = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            upstream = controller
            controller.enqueue(first)
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      )
    const response = await viaProxy(arrow, '/customers')
    expect(response.status).toBe(200)
    const reader = response.body!.getReader()
    // The distributor is still sending: what it sent so far has already reached the browser.
    let received = 0
    while (received < first.byteLength) {
      const { done, value } = await reader.read()
      expect(done).toBe(false)
      received += value!.byteLength
    }
    expect(received).toBe(first.byteLength)
    upstream.enqueue(new TextEncoder().encode('"last"]'))
    upstream.close()
    let rest = ''
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      rest += new TextDecoder().decode(value)
    }
    expect(rest).toBe('"last"]')
  })

  it('answers 502 when a distributor’s error answer is over 1 MB', async () => {
    answer = () =>
      new Response('x'.repeat(1_000_001), {
        status: 500,
        headers: { 'content-type': 'text/html' },
      })
    const response = await viaProxy(arrow, '/customers')
    expect(response.status).toBe(502)
    expect((await edgeErrorOf(response)).kind).toBe('contract')
  })

  it('answers a 404 edge error for a connection that does not exist', async () => {
    const response = await viaProxy('no-such-connection', '/customers')
    expect(response.status).toBe(404)
    expect((await edgeErrorOf(response)).kind).toBe('not-found')
    expect(outbound.requests).toEqual([])
  })

  it('POST /api/connections/:id/upstream from another origin answers 403 before the proxy runs', async () => {
    const response = await viaProxy(arrow, '/licenses/v2/find', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: '{}',
    })
    expect(response.status).toBe(403)
    expect(outbound.requests).toEqual([])
  })

  it('POST /api/connections/:id/upstream without an Origin answers a 403 edge error naming the call', async () => {
    const response = await viaProxy(arrow, '/licenses/v2/find?per_page=100&page=1', {
      method: 'POST',
      // What Node's fetch sends (a browser always adds the page's Origin to a POST).
      headers: { origin: '' },
      body: '{"filters":{}}',
    })
    expect(response.status).toBe(403)
    const error = await edgeErrorOf(response)
    expect(error).toMatchObject({ kind: 'request', call: 'POST /licenses/v2/find', status: 403 })
    expect(error.message).toMatch(/cross-origin writes/)
    expect(outbound.requests).toEqual([])
  })

  it('relays a distributor’s own refusal without marking it as the edge’s', async () => {
    answer = () =>
      new Response(
        JSON.stringify({ status: 403, error: 'Forbidden', messages: 'No licences for you' }),
        {
          status: 403,
          headers: { 'content-type': 'application/json' },
        },
      )
    const response = await viaProxy(arrow, '/licenses/v2/find', {
      method: 'POST',
      body: '{"filters":{}}',
    })
    expect(response.status).toBe(403)
    expect(response.headers.get(EDGE_ERROR_HEADER)).toBeNull()
    expect(await response.json()).toMatchObject({ messages: 'No licences for you' })
  })
})
