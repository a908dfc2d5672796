import * as v from 'valibot'
import type { AuthContext, AuthHeaders } from '../adapter'
import { DistributorError } from '../errors'
import { errorForStatus, type CallSite } from '../http/error-for-status'
import { parseJsonBody } from '../http/parse-json-body'
import { parseResponse } from '../http/parse-response'
import { readRetryAfter } from '../http/read-retry-after'
import { sendFetch } from '../http/send-fetch'
import { CRAYON_ID, CRAYON_LABEL, TOKEN_CALL } from './calls'
import { crayonHints } from './hints'
import { CrayonTokenErrorSchema, CrayonTokenSchema } from './schemas'

/** Tokens are renewed this long before they expire, so none runs out mid-listing. */
const EARLY_RENEWAL_MS = 60_000
const site: CallSite = { distributor: CRAYON_ID, label: CRAYON_LABEL, call: TOKEN_CALL }

/** base64 of UTF-8 bytes: a client secret may hold any character. */
function base64(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** What the user got wrong, from the OIDC error code (RFC 6749 §5.2) [I: Crayon's codes unseen]. */
function refusal(code: string | undefined): string {
  if (code === 'invalid_grant') return 'rejected the username or password'
  if (code === 'invalid_client' || code === 'unauthorized_client')
    return 'rejected the Client ID or Client secret'
  if (code === 'invalid_scope') return 'refused the CustomerApi scope for this API client'
  return 'rejected the credentials'
}

/**
 * Crayon's token call: a password grant with the API client in a Basic header and
 * scope=CustomerApi [C: crayon-api-sdk Resources/TokenResource.cs]. The token is cached under the
 * connection until a minute before `expires_in` runs out; its length is read from every answer.
 */
export async function authorizeCrayon(ctx: AuthContext): Promise<AuthHeaders> {
  const cached = ctx.cache.get(ctx.cacheKey)
  if (cached && cached.expiresAt - ctx.now() > EARLY_RENEWAL_MS) {
    return { Authorization: `Bearer ${cached.value}` }
  }
  const clientId = ctx.credentials.config.clientId?.trim() ?? ''
  const username = ctx.credentials.config.username?.trim() ?? ''
  const clientSecret = ctx.credentials.secrets.clientSecret ?? ''
  const password = ctx.credentials.secrets.password ?? ''
  const tokenUrl = ctx.endpoints.authUrl
  const missing = [
    clientId ? undefined : 'Client ID',
    clientSecret ? undefined : 'Client secret',
    username ? undefined : 'Username',
    password ? undefined : 'Password',
  ].filter((name): name is string => name !== undefined)
  if (missing.length > 0 || !tokenUrl) {
    throw new DistributorError({
      kind: 'auth',
      distributor: CRAYON_ID,
      call: TOKEN_CALL,
      message: `Crayon needs a Client ID, a Client secret, a Username and a Password; missing: ${missing.join(', ') || 'token endpoint'}. ${crayonHints.auth}`,
    })
  }
  const res = await sendFetch(
    ctx.fetch,
    tokenUrl,
    {
      method: 'POST',
      headers: {
        authorization: `Basic ${base64(`${clientId}:${clientSecret}`)}`,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: new URLSearchParams({
        grant_type: 'password',
        username,
        password,
        scope: 'CustomerApi',
      }).toString(),
    },
    30_000,
    site,
  )
  if (res.status < 200 || res.status >= 300) {
    let code: string | undefined
    try {
      const parsed = v.safeParse(CrayonTokenErrorSchema, JSON.parse(res.text))
      if (parsed.success) code = parsed.output.error
    } catch {
      // Not an OIDC error body (a gateway page): the status alone decides.
    }
    if (res.status === 401 || (res.status === 400 && code !== undefined)) {
      throw new DistributorError({
        kind: 'auth',
        distributor: CRAYON_ID,
        call: TOKEN_CALL,
        status: res.status,
        message: `Crayon ${refusal(code)} (${res.status}${code ? `, ${code.slice(0, 40)}` : ''}). ${crayonHints.auth}`,
      })
    }
    const retryAfterMs = readRetryAfter(res.headers, ctx.now())
    throw errorForStatus({
      ...site,
      status: res.status,
      hints: crayonHints,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    })
  }
  const token = parseResponse(CrayonTokenSchema, parseJsonBody(res, site), site)
  ctx.cache.set(ctx.cacheKey, token.accessToken, ctx.now() + token.expiresIn * 1000)
  return { Authorization: `Bearer ${token.accessToken}` }
}
