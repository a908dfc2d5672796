import {
  DistributorError,
  readCappedBody,
  type RawAnswer,
  type StreamedAnswer,
} from '@seatkeeper/distributors'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env'
import { runtimeEnvOf } from '../http/runtime-env'
import { AppError } from '../http/app-error'
import { connectionTokens, tokenCacheKey } from '../http/connection-tokens'
import { registerStub } from '../register/register-stub'
import {
  openConnection,
  vaultRotation,
  type OpenedConnection,
  CredentialsUnreadableError,
} from '../vault'
import { forwardUpstream, type ForwardLimits } from './forward-upstream'
import { readUpstreamPath } from '../http/read-upstream-path'
import { upstreamUrl } from './upstream-url'

/** What the proxy accepts and relays (docs/security.md "The distributor proxy", rule 9). */
export const PROXY_LIMITS = {
  maxRequestBytes: 1_000_000,
  timeoutMs: 30_000,
  // Error answers are messages: read whole, they never need more.
  maxErrorBytes: 1_000_000,
  // An ALSO fault can come with 200 (also/read-error.ts); a fault is a few hundred bytes.
  streamAbove: 64 * 1024,
  // Streamed, a listing costs the Worker one chunk of memory, whatever its size. The cap is for
  // the browser, which reads the answer whole into one string: 256 MB is ~130,000 Rhipe customers
  // (a 20,000-customer listing is 38 MB), well under Chromium's ~512 MB string limit.
  maxStreamedBytes: 256_000_000,
  // Longer than the browser's own 60 s per call (createProxyHttp), which is the one users meet.
  streamTimeoutMs: 120_000,
} satisfies ForwardLimits & { maxRequestBytes: number }

// Of the distributor's answer headers only these reach the browser: never set-cookie, never the
// distributor's CORS headers (the API is same-origin only), never anything that names its hosts.
const RELAYED_HEADERS = ['content-type', 'retry-after'] as const

/**
 * The distributor proxy (docs/api.md): the browser's adapters call the distributor through here,
 * and the edge adds the connection's credentials, which never reach the browser. Mounted at
 * /api/connections/:id/upstream; everything after that is the distributor path.
 */
export const upstreamRoutes = new Hono<AppEnv>().all('/*', async (c) => {
  const connectionId = c.req.param('id') ?? ''
  const method = c.req.method
  const requestUrl = new URL(c.req.url)
  // The raw, still-encoded path (Hono's c.req.path is partly decoded): /api/connections/<id>/upstream/…
  const raw = '/' + requestUrl.pathname.split('/').slice(5).join('/')

  const path = readUpstreamPath(raw)
  if (!path.ok) {
    throw new AppError(
      'invalid',
      `Seatkeeper refused to forward this call: its path ${path.why}. Only the distributor calls Seatkeeper itself makes can pass through.`,
    )
  }
  const call = `${method} ${path.decoded}`

  let opened: OpenedConnection
  try {
    opened = await openConnection(c.env, connectionId)
  } catch (error) {
    // Unreadable credentials are the connection's to fix, like a refused login: the browser shows
    // the "correct the credentials" hint. The vault's other refusals pass on as they are.
    if (!(error instanceof CredentialsUnreadableError)) throw error
    throw new AppError(error.kind, error.message, {
      cause: new DistributorError({
        kind: 'auth',
        distributor: 'unknown',
        call,
        message: error.message,
      }),
    })
  }
  const { adapter, credentials, connection } = opened

  const allowed = adapter.upstreamRoutes.some(
    (route) => route.method === method && route.path.test(path.decoded),
  )
  if (!allowed) {
    throw new AppError(
      'forbidden',
      `Seatkeeper does not forward ${call} to ${adapter.label}: only the calls it makes itself pass through the proxy.`,
    )
  }

  const env = runtimeEnvOf(c.env)
  let url: URL | undefined
  try {
    url = upstreamUrl(
      adapter.endpoints(connection.config, env).baseUrl,
      path.encoded,
      requestUrl.search,
    )
  } catch (error) {
    throw new AppError(
      'invalid',
      `${adapter.label}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  if (!url) {
    throw new AppError(
      'invalid',
      `Seatkeeper refused to forward ${call}: it would leave ${adapter.label}'s API.`,
    )
  }

  let body: Uint8Array<ArrayBuffer> | undefined
  if (method !== 'GET' && method !== 'HEAD') {
    const read = await readCappedBody(
      c.req.raw.body,
      PROXY_LIMITS.maxRequestBytes,
      c.req.header('content-length'),
    )
    if (read === 'too-large') {
      throw new AppError(
        'too-large',
        `Seatkeeper forwards request bodies of at most ${PROXY_LIMITS.maxRequestBytes / 1_000_000} MB to ${adapter.label}; this one is larger.`,
      )
    }
    body = read
  }

  const answer = await forwardUpstream(
    {
      adapter,
      cacheKey: tokenCacheKey(connection),
      credentials,
      rotation: vaultRotation(c.env, registerStub(c.env), opened),
      env,
      cache: connectionTokens,
      url,
      call,
      method,
      headers: passedOnHeaders(c.req.raw.headers, body !== undefined),
      ...(body !== undefined ? { body } : {}),
    },
    PROXY_LIMITS,
  )
  // The distributor's answer, whatever its status, is relayed as it came (a long one as it
  // arrives); a call that got none threw an AppError, which onError marks as Seatkeeper's own.
  return relay(answer)
})

/** Of the browser's headers, only what describes the body and the answer wanted. */
function passedOnHeaders(incoming: Headers, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' }
  const accept = incoming.get('accept')
  if (accept && /^[\w!#$%&'*+.^`|~\-/ ,;=]{1,200}$/.test(accept)) headers.accept = accept
  if (hasBody) headers['content-type'] = incoming.get('content-type') ?? 'application/json'
  return headers
}

function relay(relayed: RawAnswer | StreamedAnswer): Response {
  const headers = new Headers()
  for (const name of RELAYED_HEADERS) {
    const value = relayed.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  const noBody = relayed.status === 204 || relayed.status === 205 || relayed.status === 304
  const body = 'stream' in relayed ? relayed.stream : relayed.body
  return new Response(noBody ? null : body, { status: relayed.status, headers })
}
