import type { AuthContext, AuthHeaders, TokenCache } from '../adapter'
import { DistributorError } from '../errors'
import { errorForStatus } from '../http/error-for-status'
import { parseJsonBody } from '../http/parse-json-body'
import { parseResponse } from '../http/parse-response'
import { alsoHints } from './hints'
import { ALSO_ID, ALSO_LABEL } from './label'
import { ALSO_OPERATIONS } from './operations'
import { parseAlsoFault } from './parse-fault'
import { AlsoSessionTokenSchema } from './schemas'

const CALL = 'POST GetSessionToken'
const SITE = { distributor: ALSO_ID, label: ALSO_LABEL, call: CALL }

// ALSO does not document how long a session lives [I]. It is kept for 30 minutes at most, and
// dropped sooner whenever a call answers with IsSessionExpired (the shared client logs in again).
const ASSUMED_SESSION_MS = 30 * 60_000
// Refresh this long before the assumed end, so a listing does not start on a dying session.
const REFRESH_MARGIN_MS = 60_000

// Calls that start together (the per-company fan-out) share one login instead of each making one.
const inFlight = new WeakMap<TokenCache, Map<string, Promise<string>>>()

function header(token: string): AuthHeaders {
  // [C] go wrapper client.go and PSGallery help; inserveit PHP omits the prefix, the docs do not.
  return { Authenticate: `CCPSessionId ${token}` }
}

function refused(status: number, detail: string | undefined): DistributorError {
  return new DistributorError({
    kind: 'auth',
    distributor: ALSO_ID,
    call: CALL,
    status,
    message:
      `${ALSO_LABEL} refused the login (${status}) on ${CALL}. ${alsoHints.auth}` +
      (detail ? ` ${ALSO_LABEL} said: "${detail}"` : ''),
  })
}

async function login(ctx: AuthContext): Promise<string> {
  const username = ctx.credentials.config.username ?? ''
  const password = ctx.credentials.secrets.password ?? ''
  if (!username || !password) {
    throw new DistributorError({
      kind: 'auth',
      distributor: ALSO_ID,
      call: CALL,
      message: `The ALSO connection has no ${username ? 'password' : 'username'} saved. Edit the connection and enter it.`,
    })
  }
  const res = await ctx.fetch(`${ctx.endpoints.baseUrl}${ALSO_OPERATIONS.getSessionToken}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    // Body keys are case-sensitive [C] (PSGallery MarketplaceAPI help).
    body: JSON.stringify({ username, password }),
    redirect: 'manual',
  })
  const text = await res.text()
  const fault = parseAlsoFault(text)
  const ok = res.status >= 200 && res.status < 300
  // A refused login comes back as a Sender fault, seen with 400 and 500 and even 200 [C] (go
  // wrapper createNewToken checks 400/404/405/500 bodies). A Receiver fault or a bare 5xx is ALSO failing.
  if (fault && fault.code !== 'Receiver' && res.status !== 429)
    throw refused(res.status, fault.message)
  if (!ok || fault) {
    throw errorForStatus({
      ...SITE,
      status: ok ? 500 : res.status,
      hints: alsoHints,
      ...(fault?.message ? { detail: fault.message } : {}),
    })
  }
  const body = parseJsonBody({ status: res.status, headers: res.headers, text }, SITE)
  return parseResponse(AlsoSessionTokenSchema, body, SITE)
}

/**
 * Logs in with GetSessionToken {username, password} [C] and answers the session header. The
 * session is cached per connection until shortly before its assumed end.
 */
export async function authorizeAlso(ctx: AuthContext): Promise<AuthHeaders> {
  const cached = ctx.cache.get(ctx.cacheKey)
  if (cached && cached.expiresAt - REFRESH_MARGIN_MS > ctx.now()) return header(cached.value)

  let pending = inFlight.get(ctx.cache)
  if (!pending) inFlight.set(ctx.cache, (pending = new Map()))
  let exchange = pending.get(ctx.cacheKey)
  if (!exchange) {
    const map = pending
    exchange = login(ctx)
      .then((token) => {
        ctx.cache.set(ctx.cacheKey, token, ctx.now() + ASSUMED_SESSION_MS)
        return token
      })
      .finally(() => map.delete(ctx.cacheKey))
    pending.set(ctx.cacheKey, exchange)
  }
  return header(await exchange)
}
