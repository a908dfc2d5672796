import type { AuthContext, AuthHeaders } from '../adapter'
import { DistributorError } from '../errors'
import { ARROWSPHERE_LABEL } from './label'

/**
 * ArrowSphere authenticates every call with the static `apiKey` header (nodejs
 * abstractRestfulClient.ts, PHP AbstractClient.php). There is no token exchange and no expiry
 * short of revocation, so nothing goes in ctx.cache: "re-authorising" after a 401 sends the same key.
 */
export async function authorizeArrowSphere(ctx: AuthContext): Promise<AuthHeaders> {
  const apiKey = ctx.credentials.secrets.apiKey?.trim()
  if (!apiKey) {
    throw new DistributorError({
      kind: 'auth',
      distributor: 'arrowsphere',
      call: 'authorize',
      message:
        `No ${ARROWSPHERE_LABEL} API key is saved on this connection. Create one in ArrowSphere ` +
        'under xSP > API > API Keys and paste it into the connection.',
    })
  }
  return { apiKey }
}
