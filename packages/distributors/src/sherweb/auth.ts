import type { AuthContext, AuthHeaders } from '../adapter'
import { DistributorError } from '../errors'
import { clientCredentialsToken } from '../http'
import { SHERWEB_ID, SHERWEB_LABEL, TOKEN_CALL } from './calls'
import { sherwebHints } from './hints'

/** Sherweb's API gateway (Azure API Management) key header, wanted on every call [C]. */
export const SUBSCRIPTION_KEY_HEADER = 'Ocp-Apim-Subscription-Key'

/**
 * OAuth2 client credentials, scope "service-provider", at api.sherweb.com/auth [C: Authorization
 * OpenAPI]. The gateway checks the subscription key before anything else, the token call included
 * [C: securitySchemes], so it goes on both. clientCredentialsToken caches the token under
 * ctx.cacheKey until 60 s before its expires_in (~3600 s [C]) runs out.
 */
export async function authorizeSherweb(ctx: AuthContext): Promise<AuthHeaders> {
  const clientId = ctx.credentials.config.clientId?.trim() ?? ''
  const clientSecret = ctx.credentials.secrets.clientSecret ?? ''
  const subscriptionKey = ctx.credentials.secrets.subscriptionKey?.trim() ?? ''
  const tokenUrl = ctx.endpoints.authUrl
  const missing = [
    clientId ? undefined : 'Client ID',
    clientSecret ? undefined : 'Client secret',
    subscriptionKey ? undefined : 'Subscription key',
  ].filter((name): name is string => name !== undefined)
  if (missing.length > 0 || !tokenUrl) {
    throw new DistributorError({
      kind: 'auth',
      distributor: SHERWEB_ID,
      call: TOKEN_CALL,
      message: `Sherweb needs a Client ID, a Client secret and a Subscription key; missing: ${missing.join(', ') || 'token endpoint'}. ${sherwebHints.auth}`,
    })
  }
  const keyHeader = { [SUBSCRIPTION_KEY_HEADER]: subscriptionKey }
  const token = await clientCredentialsToken(ctx, {
    distributor: SHERWEB_ID,
    label: SHERWEB_LABEL,
    tokenUrl,
    clientId,
    clientSecret,
    scope: 'service-provider',
    extraHeaders: keyHeader,
    hint: sherwebHints.auth ?? '',
  })
  return { Authorization: `Bearer ${token}`, ...keyHeader }
}
