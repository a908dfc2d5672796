import {
  clientCredentialsToken,
  DistributorError,
  errorForStatus,
  parseJsonBody,
  parseResponse,
  sendFetch,
  type AuthContext,
  type AuthHeaders,
} from '@seatkeeper/distributors'
import { AUTHINFO_PATH, HALO_ID, HALO_LABEL, HALO_SCOPES } from './calls'
import { haloTenantName, haloTenantOf } from './endpoints'
import { haloHints, haloSignInHints } from './hints'
import { HaloAuthInfoSchema } from './schemas'

/** How long the token URL read from /api/authinfo is reused before it is asked again. */
const AUTHINFO_TTL_MS = 60 * 60_000

/**
 * Halo's token URL comes from `GET /api/authinfo` (no auth) [C: HaloAPI Connect-HaloAPI.ps1]. The
 * answer is trusted only when it points at the tenant's own host or another halopsa.com host:
 * anything else would send the client secret somewhere the user never chose.
 */
async function haloTokenUrl(ctx: AuthContext): Promise<string> {
  const key = `${ctx.cacheKey}:halo-authinfo`
  const cached = ctx.cache.get(key)
  if (cached && cached.expiresAt > ctx.now()) return cached.value
  const site = { distributor: HALO_ID, label: HALO_LABEL, call: `GET ${AUTHINFO_PATH}` }
  const res = await sendFetch(
    ctx.fetch,
    `${ctx.endpoints.baseUrl}${AUTHINFO_PATH}`,
    { method: 'GET', headers: { accept: 'application/json' } },
    30_000,
    site,
  )
  if (res.status < 200 || res.status >= 300) {
    throw errorForStatus({ ...site, status: res.status, hints: haloHints })
  }
  const info = parseResponse(HaloAuthInfoSchema, parseJsonBody(res, site), site)
  const authUrl = new URL(info.auth_url)
  // The simulator's auth server is on its own host (127.0.0.1), which this rule also lets through.
  const base = new URL(ctx.endpoints.baseUrl)
  const tenantHost = base.hostname
  const sameHost = authUrl.host === base.host && authUrl.protocol === base.protocol
  if (!(sameHost || (authUrl.protocol === 'https:' && authUrl.hostname.endsWith('.halopsa.com')))) {
    throw new DistributorError({
      kind: 'contract',
      distributor: HALO_ID,
      call: site.call,
      field: 'auth_url',
      message: `HaloPSA named ${authUrl.origin} as its login server, which is neither ${tenantHost} nor a halopsa.com host, so Seatkeeper did not send it the client secret. Check the Halo tenant.`,
    })
  }
  // authinfo may name the tenant [C: optional]; else the one the connection names (on hosted Halo
  // its host's first label; in the sandbox, which shares one host, the only place it is said).
  const tenant =
    info.tenant_id?.trim() ||
    haloTenantName(ctx.credentials.config) ||
    haloTenantOf(ctx.endpoints.baseUrl)
  const tokenUrl = `${authUrl.origin}${authUrl.pathname.replace(/\/$/, '')}/token?tenant=${encodeURIComponent(tenant)}`
  ctx.cache.set(key, tokenUrl, ctx.now() + AUTHINFO_TTL_MS)
  return tokenUrl
}

/**
 * OAuth2 client credentials at Halo's auth server with the scopes Seatkeeper needs (HALO_SCOPES;
 * the login agent's permissions still apply) [C]. Halo tells a wrong tenant and a scope the
 * application lacks apart from a wrong client id or secret, so each gets its own advice.
 */
export async function authorizeHalo(ctx: AuthContext): Promise<AuthHeaders> {
  const clientId = ctx.credentials.config.clientId?.trim() ?? ''
  const clientSecret = ctx.credentials.secrets.clientSecret ?? ''
  if (!clientId || !clientSecret) {
    throw new DistributorError({
      kind: 'auth',
      distributor: HALO_ID,
      call: 'POST /auth/token',
      message: `HaloPSA needs both a Client ID and a Client secret. ${haloHints.auth}`,
    })
  }
  const token = await clientCredentialsToken(ctx, {
    distributor: HALO_ID,
    label: HALO_LABEL,
    tokenUrl: await haloTokenUrl(ctx),
    clientId,
    clientSecret,
    scope: HALO_SCOPES,
    hint: haloHints.auth ?? '',
    codeHints: haloSignInHints,
  })
  return { Authorization: `Bearer ${token}` }
}
