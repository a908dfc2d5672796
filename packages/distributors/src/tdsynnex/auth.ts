import * as v from 'valibot'
import type { AuthContext, AuthHeaders } from '../adapter'
import { DistributorError } from '../errors'
import { errorForStatus, parseResponse, type CallSite } from '../http'
import { parseJsonBody } from '../http/parse-json-body'
import { sendFetch } from '../http/send-fetch'
import { TDSYNNEX_ID, TDSYNNEX_LABEL, TOKEN_CALL } from './calls'
import { tdsynnexHints } from './hints'
import { TdsynnexOAuthErrorSchema, TdsynnexTokenSchema } from './schemas'

/** Access tokens are renewed this long before they expire, so none runs out mid-listing. */
const EARLY_RENEWAL_MS = 60_000
/**
 * How long a refresh token lives unused when the answer does not say. ION's lifetime is not
 * published [I]; 30 days is assumed, counted from the last exchange (each one issues a new token).
 */
export const REFRESH_TOKEN_DAYS = 30
const DAY_MS = 86_400_000

const site: CallSite = { distributor: TDSYNNEX_ID, label: TDSYNNEX_LABEL, call: TOKEN_CALL }

function refused(status: number, code?: string): DistributorError {
  return new DistributorError({
    kind: 'auth',
    distributor: TDSYNNEX_ID,
    call: TOKEN_CALL,
    status,
    message: `${TDSYNNEX_LABEL} refused the refresh token (${status}${code ? `, ${code}` : ''}). ${tdsynnexHints.auth}`,
  })
}

async function exchange(ctx: AuthContext, tokenUrl: string, refreshToken: string) {
  const res = await sendFetch(
    ctx.fetch,
    tokenUrl,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
      }).toString(),
    },
    30_000,
    site,
  )
  if (res.status < 200 || res.status >= 300) {
    let code: string | undefined
    try {
      const parsed = v.safeParse(TdsynnexOAuthErrorSchema, JSON.parse(res.text))
      if (parsed.success) code = parsed.output.error
    } catch {
      // Not an OAuth error body (a gateway page): the status alone decides.
    }
    if (res.status === 401 || (res.status === 400 && code === 'invalid_grant')) {
      throw refused(res.status, code)
    }
    throw errorForStatus({ ...site, status: res.status, hints: tdsynnexHints })
  }
  return parseResponse(TdsynnexTokenSchema, parseJsonBody(res, site), site)
}

/**
 * OAuth2 refresh-token grant at /oauth/token [C: docs.streamone.cloud]. The refresh token ROTATES
 * [C: the NinjaOne script stores the returned one]: each exchange spends it, so the exchange runs
 * through ctx.rotation, which serialises exchanges per connection and persists the new token before
 * the next may start. The access token is cached for the run; inside the rotation the cache is read
 * again, because a concurrent call may have just exchanged and spending again would be wasteful.
 */
export async function authorizeTdsynnex(ctx: AuthContext): Promise<AuthHeaders> {
  const cached = ctx.cache.get(ctx.cacheKey)
  if (cached && cached.expiresAt - ctx.now() > EARLY_RENEWAL_MS) {
    return { Authorization: `Bearer ${cached.value}` }
  }
  const tokenUrl = ctx.endpoints.authUrl
  const rotation = ctx.rotation
  if (!tokenUrl || !rotation) {
    throw new DistributorError({
      kind: 'request',
      distributor: TDSYNNEX_ID,
      call: TOKEN_CALL,
      message: `${TDSYNNEX_LABEL} needs a token endpoint and a store for its rotating refresh token; this caller gave ${tokenUrl ? 'no store' : 'no token endpoint'}. This is a Seatkeeper bug: report it.`,
    })
  }
  const accessToken = await rotation.rotate(async (current) => {
    const again = ctx.cache.get(ctx.cacheKey)
    if (again && again.expiresAt - ctx.now() > EARLY_RENEWAL_MS) {
      return { secrets: {}, result: again.value }
    }
    const refreshToken = current.refreshToken?.trim() ?? ''
    if (!refreshToken) {
      throw new DistributorError({
        kind: 'auth',
        distributor: TDSYNNEX_ID,
        call: TOKEN_CALL,
        message: `${TDSYNNEX_LABEL} needs a Refresh token; none is stored. ${tdsynnexHints.auth}`,
      })
    }
    const token = await exchange(ctx, tokenUrl, refreshToken)
    ctx.cache.set(ctx.cacheKey, token.access_token, ctx.now() + token.expires_in * 1000)
    const next = token.refresh_token?.trim()
    const lifetimeMs =
      token.refresh_token_expires_in != null
        ? token.refresh_token_expires_in * 1000
        : REFRESH_TOKEN_DAYS * DAY_MS
    const secrets: Record<string, string> = next ? { refreshToken: next } : {}
    return {
      secrets,
      ...(next ? { expiresAt: new Date(ctx.now() + lifetimeMs).toISOString() } : {}),
      result: token.access_token,
    }
  })
  return { Authorization: `Bearer ${accessToken}` }
}
