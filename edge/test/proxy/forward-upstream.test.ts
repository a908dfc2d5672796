import {
  alsoAdapter,
  arrowsphereAdapter,
  createMemoryTokenCache,
  DistributorError,
  rhipeAdapter,
  type DistributorAdapter,
  type RawAnswer,
  type StreamedAnswer,
} from '@seatkeeper/distributors'
import { alsoSandboxCredentials, rhipeSandboxCredentials } from '@seatkeeper/sandbox'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError, STATUS_FOR_KIND } from '../../src/http/app-error'
import {
  forwardUpstream,
  type ForwardLimits,
  type ForwardRequest,
} from '../../src/proxy/forward-upstream'
import { installOutbound } from '../support/outbound'
import { SANDBOX_ORIGIN, testSandbox } from '../support/sandbox'

const sandbox = testSandbox()
let answer: ((request: Request) => Response | Promise<Response>) | undefined
const outbound = installOutbound({
  [SANDBOX_ORIGIN]: (request) => (answer ? answer(request) : sandbox.handler(request)),
})
afterEach(() => {
  answer = undefined
})
const limits: ForwardLimits = {
  timeoutMs: 30_000,
  maxErrorBytes: 1_000_000,
  streamAbove: 64 * 1024,
  maxStreamedBytes: 1_000_000,
  streamTimeoutMs: 30_000,
}

function rhipeRequest(cache = createMemoryTokenCache()): ForwardRequest {
  return request(rhipeAdapter, rhipeSandboxCredentials, '/api/v1/me/customers', cache)
}

function request(
  adapter: DistributorAdapter,
  credentials: ForwardRequest['credentials'],
  path: string,
  cache = createMemoryTokenCache(),
): ForwardRequest {
  const env = { sandboxOrigin: SANDBOX_ORIGIN }
  const endpoints = adapter.endpoints(credentials.config, env)
  return {
    adapter,
    cacheKey: 'conn-1',
    credentials,
    env,
    cache,
    url: new URL(endpoints.baseUrl + path),
    call: `GET ${path}`,
    method: 'GET',
    headers: { accept: 'application/json' },
  }
}

/** The status the edge answers with, and the distributor's failure the browser rebuilds. */
async function refusalOf(forwarded: Promise<unknown>) {
  const error = await forwarded.then(
    () => expect.fail('the call was forwarded'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  const refusal = error as AppError
  expect(refusal.cause).toBeInstanceOf(DistributorError)
  return { status: STATUS_FOR_KIND[refusal.kind], upstream: refusal.cause as DistributorError }
}

const tokenCalls = () => outbound.requests.filter((r) => r.method === 'POST').length

describe('forwardUpstream', () => {
  it('logs in once per connection and reuses the cached token for the next calls', async () => {
    const cache = createMemoryTokenCache()
    expect((await forwardUpstream(rhipeRequest(cache), limits)).status).toBe(200)
    expect((await forwardUpstream(rhipeRequest(cache), limits)).status).toBe(200)
    expect(tokenCalls()).toBe(1)
    expect(outbound.requests.every((r) => r.redirect === 'manual')).toBe(true)
  })

  it('logs in again and retries once when the distributor says the token expired', async () => {
    const cache = createMemoryTokenCache()
    await forwardUpstream(rhipeRequest(cache), limits)
    let refused = 0
    answer = (req) => {
      if (req.method === 'GET' && refused++ === 0) return new Response('', { status: 401 })
      return sandbox.handler(req)
    }
    const result = await forwardUpstream(rhipeRequest(cache), limits)
    expect(result.status).toBe(200)
    expect(tokenCalls()).toBe(2)
  })

  it('relays a second 401 instead of logging in again and again', async () => {
    answer = (req) =>
      req.method === 'GET' ? new Response('{}', { status: 401 }) : sandbox.handler(req)
    const result = await forwardUpstream(rhipeRequest(), limits)
    expect(result.status).toBe(401)
    expect(tokenCalls()).toBe(2)
  })

  it('answers a refused login as an auth error without the secret in it', async () => {
    const wrong = {
      config: rhipeSandboxCredentials.config,
      secrets: { clientSecret: 'wrong-secret-value' },
    }
    const refused = await refusalOf(
      forwardUpstream(request(rhipeAdapter, wrong, '/api/v1/me/customers'), limits),
    )
    expect(refused.upstream.kind).toBe('auth')
    expect(refused.status).toBe(401)
    expect(JSON.stringify(refused.upstream.toJSON())).not.toContain('wrong-secret-value')
  })

  it('gives up after the deadline with 504, even when the distributor never answers', async () => {
    answer = () => new Promise<Response>(() => {})
    const started = Date.now()
    const refused = await refusalOf(
      forwardUpstream(
        request(
          arrowsphereAdapter,
          { config: { environment: 'sandbox' }, secrets: { apiKey: 'k-123456' } },
          '/customers',
        ),
        { ...limits, timeoutMs: 50 },
      ),
    )
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(refused.status).toBe(504)
    expect(refused.upstream.kind).toBe('unavailable')
  })

  it('answers a network failure as 502 unavailable', async () => {
    answer = () => {
      throw new TypeError('connection reset')
    }
    const refused = await refusalOf(
      forwardUpstream(
        request(
          arrowsphereAdapter,
          { config: { environment: 'sandbox' }, secrets: { apiKey: 'k-123456' } },
          '/customers',
        ),
        limits,
      ),
    )
    expect(refused.status).toBe(502)
    expect(refused.upstream.kind).toBe('unavailable')
  })

  it('cuts an answer that never ends once it passes its cap, with a contract error naming the call', async () => {
    let sent = 0
    answer = (req) =>
      req.method === 'GET'
        ? new Response(
            new ReadableStream<Uint8Array>({
              pull(controller) {
                sent += 100_000
                controller.enqueue(new Uint8Array(100_000))
              },
            }),
          )
        : sandbox.handler(req)
    const result = await forwardUpstream(rhipeRequest(), { ...limits, maxStreamedBytes: 1_000_000 })
    expect(result.status).toBe(200)
    const error = await drain(streamOf(result)).catch((e: unknown) => e)
    expect(error).toMatchObject({
      name: 'DistributorError',
      kind: 'contract',
      call: 'GET /api/v1/me/customers',
    })
    expect((error as Error).message).toMatch(
      /^Rhipe answered GET \/api\/v1\/me\/customers with more than 1 MB/,
    )
    // The distributor was stopped, not read on in the background.
    expect(sent).toBeLessThan(2_000_000)
  })

  it('refuses a 2xx answer that declares more than the streamed cap before reading it', async () => {
    answer = (req) =>
      req.method === 'GET'
        ? new Response(new Uint8Array(1_000_001), { headers: { 'content-length': '1000001' } })
        : sandbox.handler(req)
    const refused = await refusalOf(forwardUpstream(rhipeRequest(), limits))
    expect(refused.status).toBe(502)
    expect(refused.upstream.kind).toBe('contract')
  })

  it('cuts a streamed answer that stalls past its deadline as unavailable', async () => {
    answer = (req) =>
      req.method === 'GET'
        ? new Response(
            new ReadableStream<Uint8Array>({
              start(controller) {
                controller.enqueue(new Uint8Array(100_000))
              },
            }),
          )
        : sandbox.handler(req)
    const result = await forwardUpstream(rhipeRequest(), { ...limits, streamTimeoutMs: 50 })
    const error = await drain(streamOf(result)).catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'DistributorError', kind: 'unavailable' })
    expect((error as Error).message).toMatch(/did not finish sending its answer/)
  })

  it('stops reading the distributor when the browser stops reading the answer', async () => {
    let cancelled = false
    answer = (req) =>
      req.method === 'GET'
        ? new Response(
            new ReadableStream<Uint8Array>({
              pull(controller) {
                controller.enqueue(new Uint8Array(100_000))
              },
              cancel() {
                cancelled = true
              },
            }),
          )
        : sandbox.handler(req)
    const result = await forwardUpstream(rhipeRequest(), limits)
    const reader = streamOf(result).getReader()
    expect((await reader.read()).done).toBe(false)
    await reader.cancel()
    expect(cancelled).toBe(true)
  })

  it('still reads a short 200 whole, so ALSO’s expired session sent with 200 logs in again', async () => {
    let faults = 0
    answer = (req) => {
      if (new URL(req.url).pathname.endsWith('/GetCompany') && faults++ === 0) {
        return new Response(
          '<Fault><Detail><ServiceException><IsSessionExpired>true</IsSessionExpired>' +
            '<Message>Session is expired or invalid.</Message></ServiceException></Detail></Fault>',
          { status: 200, headers: { 'content-type': 'application/xml' } },
        )
      }
      return sandbox.handler(req)
    }
    const result = await forwardUpstream(
      {
        ...request(alsoAdapter, alsoSandboxCredentials, '/GetCompany'),
        method: 'POST',
        call: 'POST /GetCompany',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: new Uint8Array(new TextEncoder().encode('{}')),
      },
      limits,
    )
    expect(result.status).toBe(200)
    expect(new TextDecoder().decode((result as RawAnswer).body)).not.toContain('Fault')
    expect(outbound.requests.filter((r) => r.url.endsWith('/GetSessionToken'))).toHaveLength(2)
  })
})

function streamOf(answer: RawAnswer | StreamedAnswer): ReadableStream<Uint8Array> {
  expect('stream' in answer, 'the answer is streamed').toBe(true)
  return (answer as StreamedAnswer).stream
}

/** Reads a stream to its end; its byte count, or its error. */
async function drain(stream: ReadableStream<Uint8Array>): Promise<number> {
  const reader = stream.getReader()
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return total
    total += value.byteLength
  }
}
