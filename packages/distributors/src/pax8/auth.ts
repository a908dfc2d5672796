import type { AuthContext, AuthHeaders } from '../adapter'
import { DistributorError } from '../errors'
import { clientCredentialsToken } from '../http'
import { PAX8_AUDIENCE, PAX8_ID, PAX8_LABEL } from './calls'
import { pax8Hints } from './hints'

/**
 * OAuth2 client credentials sent as JSON with `audience: "https://api.pax8.com"` to
 * api.pax8.com/v1/token [C: pax8-authentication-openapi.json]. Tokens live 24 h (expires_in
 * 86400 [C]); clientCredentialsToken caches one under the connection until a minute before then.
 */
export async function authorizePax8(ctx: AuthContext): Promise<AuthHeaders> {
  const clientId = ctx.credentials.config.clientId?.trim() ?? ''
  const clientSecret = ctx.credentials.secrets.clientSecret ?? ''
  const tokenUrl = ctx.endpoints.authUrl
  const missing = [
    clientId ? undefined : 'Client ID',
    clientSecret ? undefined : 'Client secret',
  ].filter((name): name is string => name !== undefined)
  if (missing.length > 0 || !tokenUrl) {
    throw new DistributorError({
      kind: 'auth',
      distributor: PAX8_ID,
      call: 'POST /v1/token',
      message: `Pax8 needs a Client ID and a Client secret; missing: ${missing.join(', ') || 'token endpoint'}. ${pax8Hints.auth}`,
    })
  }
  const token = await clientCredentialsToken(ctx, {
    distributor: PAX8_ID,
    label: PAX8_LABEL,
    tokenUrl,
    clientId,
    clientSecret,
    audience: PAX8_AUDIENCE,
    encoding: 'json',
    hint: pax8Hints.auth ?? '',
  })
  return { Authorization: `Bearer ${token}` }
}
