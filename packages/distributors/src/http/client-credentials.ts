import * as v from 'valibot'
import type { AuthContext } from '../adapter'
import { DistributorError } from '../errors'
import { errorForStatus, type CallSite } from './error-for-status'
import { parseJsonBody } from './parse-json-body'
import { parseResponse } from './parse-response'
import { readRetryAfter } from './read-retry-after'
import { sendFetch } from './send-fetch'

const TokenSchema = v.object({
  access_token: v.pipe(v.string(), v.minLength(1)),
  // IdentityServer and Azure APIM both send a number; some gateways send it as a string. [I]
  expires_in: v.pipe(
    v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number))]),
    v.minValue(1),
  ),
  token_type: v.optional(v.string()),
})

const OAuthErrorSchema = v.object({ error: v.string() })

// RFC 6749 §5.2: these codes mean the client id, secret or its grants are wrong — fixable by the user.
const CREDENTIAL_ERRORS = new Set([
  'invalid_client',
  'unauthorized_client',
  'invalid_grant',
  'invalid_scope',
])

/** Tokens are renewed this long before they expire, so none runs out mid-listing. */
const EARLY_RENEWAL_MS = 60_000

/**
 * OAuth2 client-credentials (Rhipe, Sherweb, Pax8): the cached token while it has more than a minute to
 * live, else a fresh one from the token endpoint, cached until it expires.
 */
export async function clientCredentialsToken(
  ctx: AuthContext,
  o: {
    distributor: string
    label: string
    tokenUrl: string
    clientId: string
    clientSecret: string
    /** Omitted by APIs that take an audience instead (Pax8). */
    scope?: string
    /** Pax8's token call names the API it is for (`audience`) instead of a scope [C]. */
    audience?: string
    /** Pax8 takes the token request as JSON [C]; OAuth2 servers otherwise take a form. */
    encoding?: 'form' | 'json'
    /** E.g. Sherweb's Ocp-Apim-Subscription-Key, which its gateway wants on the token call too. */
    extraHeaders?: Record<string, string>
    /** What to check when the credentials are refused, e.g. where the secret is in the portal. */
    hint: string
    /**
     * What to check when a 400 names this OAuth error code, over `hint`: a server that tells a wrong
     * tenant (Halo's `?tenant=`) or a scope the application lacks apart from a wrong secret.
     */
    codeHints?: Partial<Record<string, string>>
  },
): Promise<string> {
  const cached = ctx.cache.get(ctx.cacheKey)
  if (cached && cached.expiresAt - ctx.now() > EARLY_RENEWAL_MS) return cached.value

  const site: CallSite = {
    distributor: o.distributor,
    label: o.label,
    call: 'POST token (client credentials)',
  }
  const fields: Record<string, string> = {
    grant_type: 'client_credentials',
    client_id: o.clientId,
    client_secret: o.clientSecret,
    ...(o.scope !== undefined ? { scope: o.scope } : {}),
    ...(o.audience !== undefined ? { audience: o.audience } : {}),
  }
  const asJson = o.encoding === 'json'
  const body = asJson ? JSON.stringify(fields) : new URLSearchParams(fields).toString()
  const res = await sendFetch(
    ctx.fetch,
    o.tokenUrl,
    {
      method: 'POST',
      headers: {
        'content-type': asJson ? 'application/json' : 'application/x-www-form-urlencoded',
        accept: 'application/json',
        ...o.extraHeaders,
      },
      body,
    },
    30_000,
    site,
  )

  if (res.status < 200 || res.status >= 300) {
    let code: string | undefined
    try {
      const parsed = v.safeParse(OAuthErrorSchema, JSON.parse(res.text))
      if (parsed.success) code = parsed.output.error
    } catch {
      // Not an OAuth error body (a gateway page): the status alone decides.
    }
    const codeHint = res.status === 400 && code !== undefined ? o.codeHints?.[code] : undefined
    if (codeHint !== undefined) {
      throw new DistributorError({
        kind: 'auth',
        distributor: o.distributor,
        call: site.call,
        status: res.status,
        message: `${o.label} refused the sign-in (${res.status}, ${code}). ${codeHint}`,
      })
    }
    if (
      res.status === 401 ||
      (res.status === 400 && code !== undefined && CREDENTIAL_ERRORS.has(code))
    ) {
      throw new DistributorError({
        kind: 'auth',
        distributor: o.distributor,
        call: site.call,
        status: res.status,
        message: `${o.label} rejected the client credentials (${res.status}${code ? `, ${code}` : ''}). ${o.hint}`,
      })
    }
    // A 429 on the token call carries the distributor's wait like any other call's: the queue
    // schedules its retry from it instead of a default guess.
    const retryAfterMs = readRetryAfter(res.headers, ctx.now())
    throw errorForStatus({
      ...site,
      status: res.status,
      hints: { auth: o.hint },
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    })
  }

  const token = parseResponse(TokenSchema, parseJsonBody(res, site), site)
  ctx.cache.set(ctx.cacheKey, token.access_token, ctx.now() + token.expires_in * 1000)
  return token.access_token
}
