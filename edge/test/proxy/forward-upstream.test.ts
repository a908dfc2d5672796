import {
  arrowsphereAdapter,
  createMemoryTokenCache,
  DistributorError,
  rhipeAdapter,
  type DistributorAdapter,
} from '@seatkeeper/distributors'
import { rhipeSandboxCredentials } from '@seatkeeper/sandbox'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError, STATUS_FOR_KIND } from '../../src/http/app-error'
import { forwardUpstream, type ForwardRequest } from '../../src/proxy/forward-upstream'
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
const limits = { timeoutMs: 30_000, maxResponseBytes: 1_000_000 }

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
})
