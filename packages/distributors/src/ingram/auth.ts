import type { AuthContext, AuthHeaders, TokenCache } from '../adapter'
import { DistributorError } from '../errors'
import { errorForStatus } from '../http/error-for-status'
import { parseJsonBody } from '../http/parse-json-body'
import { parseResponse } from '../http/parse-response'
import { sendFetch } from '../http/send-fetch'
import { INGRAM_ID, INGRAM_LABEL, SUBSCRIPTION_KEY_HEADER, TOKEN_CALL, TOKEN_PATH } from './calls'
import { ingramHints } from './hints'
import { readIngramError } from './read-error'
import { IngramTokenSchema } from './schemas'

const SITE = { distributor: INGRAM_ID, label: INGRAM_LABEL, call: TOKEN_CALL }
// The token's lifetime is not documented [I]. When the answer gives no expiresIn the token is kept
// 30 minutes at most; a 401 before then drops it and the shared client signs in again.
const ASSUMED_TOKEN_MS = 30 * 60_000
const EARLY_RENEWAL_MS = 60_000

// Calls that start together (the details fan-out) share one sign-in instead of each making one.
const inFlight = new WeakMap<TokenCache, Map<string, Promise<string>>>()

function basic(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

type Login = { username: string; password: string; key: string; marketplace: string }

function readCredentials(ctx: AuthContext): Login {
  const login = {
    username: ctx.credentials.config.username?.trim() ?? '',
    password: ctx.credentials.secrets.password ?? '',
    key: ctx.credentials.secrets.subscriptionKey?.trim() ?? '',
    marketplace: ctx.credentials.config.marketplace?.trim() ?? '',
  }
  const missing = [
    login.username ? undefined : 'API username',
    login.password ? undefined : 'API password',
    login.key ? undefined : 'Subscription key',
    login.marketplace ? undefined : 'Marketplace code',
  ].filter((name): name is string => name !== undefined)
  if (missing.length > 0) {
    throw new DistributorError({
      kind: 'auth',
      distributor: INGRAM_ID,
      call: TOKEN_CALL,
      message: `The Ingram Micro connection is missing: ${missing.join(', ')}. Edit the connection and enter ${missing.length === 1 ? 'it' : 'them'}.`,
    })
  }
  return login
}

async function exchange(ctx: AuthContext, login: Login): Promise<string> {
  const res = await sendFetch(
    ctx.fetch,
    `${ctx.endpoints.baseUrl}${TOKEN_PATH}`,
    {
      method: 'POST',
      headers: {
        Authorization: basic(login.username, login.password),
        [SUBSCRIPTION_KEY_HEADER]: login.key,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      // The marketplace code goes in the body [C: public scripts, hex README `marketplace: "us"`].
      body: JSON.stringify({ marketplace: login.marketplace }),
    },
    30_000,
    SITE,
  )
  if (res.status < 200 || res.status >= 300) {
    const detail = readIngramError(res)?.detail
    if (res.status === 401 || res.status === 403) {
      throw new DistributorError({
        kind: 'auth',
        distributor: INGRAM_ID,
        call: TOKEN_CALL,
        status: res.status,
        message:
          `${INGRAM_LABEL} refused the sign-in (${res.status}) on ${TOKEN_CALL}. ${ingramHints.auth}` +
          (detail ? ` Ingram Micro said: "${detail}"` : ''),
      })
    }
    throw errorForStatus({
      ...SITE,
      status: res.status,
      hints: ingramHints,
      ...(detail ? { detail } : {}),
    })
  }
  const token = parseResponse(IngramTokenSchema, parseJsonBody(res, SITE), SITE)
  const value = (token.token || token.accessToken) as string
  const lifetimeMs =
    typeof token.expiresIn === 'number' && token.expiresIn > 0
      ? token.expiresIn * 1000
      : ASSUMED_TOKEN_MS
  ctx.cache.set(ctx.cacheKey, value, ctx.now() + lifetimeMs)
  return value
}

/**
 * Basic username:password plus X-Subscription-Key on POST /token, body {marketplace} [C]; then
 * every call sends Bearer <token> and the same key [C: apidocs.cloud.im 1.5 howto]. The token is
 * cached per connection until a minute before it runs out.
 */
export async function authorizeIngram(ctx: AuthContext): Promise<AuthHeaders> {
  const login = readCredentials(ctx)
  const headers = (token: string) => ({
    Authorization: `Bearer ${token}`,
    [SUBSCRIPTION_KEY_HEADER]: login.key,
  })
  const cached = ctx.cache.get(ctx.cacheKey)
  if (cached && cached.expiresAt - ctx.now() > EARLY_RENEWAL_MS) return headers(cached.value)

  let pending = inFlight.get(ctx.cache)
  if (!pending) inFlight.set(ctx.cache, (pending = new Map()))
  let running = pending.get(ctx.cacheKey)
  if (!running) {
    const map = pending
    running = exchange(ctx, login).finally(() => map.delete(ctx.cacheKey))
    pending.set(ctx.cacheKey, running)
  }
  return headers(await running)
}
