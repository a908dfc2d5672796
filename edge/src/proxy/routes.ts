import { DistributorError } from '@seatkeeper/distributors'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env'
import { runtimeEnvOf } from '../connections/runtime-env'
import { openConnection, type OpenedConnection } from '../vault'
import { tokenCacheKey } from './connection-token-cache'
import { edgeError, edgeErrorResponse } from './edge-error'
import { forwardUpstream } from './forward-upstream'
import { proxyTokenCache } from './proxy-token-cache'
import { readCappedBody } from './read-capped-body'
import { readUpstreamPath } from './read-upstream-path'
import { markRelayed } from './relayed-answers'
import { upstreamUrl } from './upstream-url'

/** What the proxy accepts and relays (docs/security.md "The distributor proxy"). */
export const PROXY_LIMITS = {
  maxRequestBytes: 1_000_000,
  maxResponseBytes: 20_000_000,
  timeoutMs: 30_000,
}

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
    return edgeError(
      'request',
      'unknown',
      `${method} (refused path)`,
      `Seatkeeper refused to forward this call: its path ${path.why}. Only the distributor calls Seatkeeper itself makes can pass through.`,
      400,
    )
  }
  const call = `${method} ${path.decoded}`

  let opened: OpenedConnection
  try {
    opened = await openConnection(c.env, connectionId)
  } catch (error) {
    if (error instanceof HTTPException) return vaultError(error, call)
    throw error
  }
  const { adapter, credentials, connection } = opened

  const allowed = adapter.upstreamRoutes.some(
    (route) => route.method === method && route.path.test(path.decoded),
  )
  if (!allowed) {
    return edgeError(
      'request',
      adapter.id,
      call,
      `Seatkeeper does not forward ${call} to ${adapter.label}: only the calls it makes itself pass through the proxy.`,
      403,
    )
  }

  let url: URL | undefined
  let endpoints
  try {
    endpoints = adapter.endpoints(connection.config, runtimeEnvOf(c.env))
    url = upstreamUrl(endpoints.baseUrl, path.encoded, requestUrl.search)
  } catch (error) {
    return edgeError(
      'request',
      adapter.id,
      call,
      `${adapter.label}: ${error instanceof Error ? error.message : String(error)}`,
      400,
    )
  }
  if (!url) {
    return edgeError(
      'request',
      adapter.id,
      call,
      `Seatkeeper refused to forward ${call}: it would leave ${adapter.label}'s API.`,
      400,
    )
  }

  let body: Uint8Array | undefined
  if (method !== 'GET' && method !== 'HEAD') {
    const read = await readCappedBody(
      c.req.raw.body,
      PROXY_LIMITS.maxRequestBytes,
      c.req.header('content-length'),
    )
    if (read === 'too-large') {
      return edgeError(
        'request',
        adapter.id,
        call,
        `Seatkeeper forwards request bodies of at most ${PROXY_LIMITS.maxRequestBytes / 1_000_000} MB to ${adapter.label}; this one is larger.`,
        413,
      )
    }
    body = read
  }

  const forwarded = await forwardUpstream(
    {
      adapter,
      cacheKey: tokenCacheKey(connection),
      credentials,
      endpoints,
      cache: proxyTokenCache,
      url,
      call,
      method,
      headers: passedOnHeaders(c.req.raw.headers, body !== undefined),
      ...(body !== undefined ? { body } : {}),
    },
    PROXY_LIMITS,
  )
  if (!forwarded.ok) return edgeErrorResponse(forwarded.error, forwarded.status)
  // The distributor's answer, whatever its status: edgeErrorsOnProxy leaves it as it is.
  markRelayed(c.req.raw)
  return relay(forwarded.relayed)
})

/** Of the browser's headers, only what describes the body and the answer wanted. */
function passedOnHeaders(incoming: Headers, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' }
  const accept = incoming.get('accept')
  if (accept && /^[\w!#$%&'*+.^`|~\-/ ,;=]{1,200}$/.test(accept)) headers.accept = accept
  if (hasBody) headers['content-type'] = incoming.get('content-type') ?? 'application/json'
  return headers
}

function relay(relayed: { status: number; headers: Headers; body: Uint8Array }): Response {
  const headers = new Headers()
  for (const name of RELAYED_HEADERS) {
    const value = relayed.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  const noBody = relayed.status === 204 || relayed.status === 205 || relayed.status === 304
  return new Response(noBody ? null : relayed.body, { status: relayed.status, headers })
}

/** The vault's refusals (no such connection, unreadable secrets, no key) as edge errors. */
function vaultError(error: HTTPException, call: string): Response {
  const kind: DistributorError['kind'] =
    error.status === 404
      ? 'not-found'
      : error.status === 409
        ? 'auth'
        : error.status >= 500
          ? 'unavailable'
          : 'request'
  return edgeErrorResponse(
    new DistributorError({ kind, distributor: 'unknown', call, message: error.message }),
    error.status,
  )
}
