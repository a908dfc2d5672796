import type { AuthContext, AuthHeaders } from '../adapter'
import { DistributorError } from '../errors'
import { clientCredentialsToken } from '../http'
import { rhipeHints } from './hints'

/**
 * OAuth2 client credentials with scope "rhipeapi" at PRISM's IdentityServer ([C] Mate365,
 * whmcs-rhipecsp). clientCredentialsToken caches the token under ctx.cacheKey until 60 s before it
 * expires; `expires_in` (typically 3600) is [I], so it is read from each answer, never assumed.
 */
export async function authorizeRhipe(ctx: AuthContext): Promise<AuthHeaders> {
  const clientId = ctx.credentials.config.clientId?.trim() ?? ''
  const clientSecret = ctx.credentials.secrets.clientSecret ?? ''
  const tokenUrl = ctx.endpoints.authUrl
  if (!clientId || !clientSecret || !tokenUrl) {
    throw new DistributorError({
      kind: 'auth',
      distributor: 'rhipe',
      call: 'POST /core/connect/token',
      message: `Rhipe needs both a Client ID and a Client secret. ${rhipeHints.auth}`,
    })
  }
  const token = await clientCredentialsToken(ctx, {
    distributor: 'rhipe',
    label: 'Rhipe',
    tokenUrl,
    clientId,
    clientSecret,
    scope: 'rhipeapi',
    hint: rhipeHints.auth ?? '',
  })
  return { Authorization: `Bearer ${token}` }
}
