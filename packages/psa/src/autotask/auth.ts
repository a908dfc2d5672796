import { DistributorError, type AuthContext, type AuthHeaders } from '@seatkeeper/distributors'
import { AT_ID } from './calls'
import { atHints } from './hints'

/** Three headers on every call: ApiIntegrationCode, UserName, Secret [C: Autotask swagger]. No token. */
export async function authorizeAt(ctx: AuthContext): Promise<AuthHeaders> {
  const userName = ctx.credentials.config.userName?.trim() ?? ''
  const code = ctx.credentials.config.integrationCode?.trim() ?? ''
  const secret = ctx.credentials.secrets.secret ?? ''
  if (!userName || !code || !secret) {
    throw new DistributorError({
      kind: 'auth',
      distributor: AT_ID,
      call: 'login',
      message: `Autotask needs the API user name, its secret and the API tracking identifier. ${atHints.auth}`,
    })
  }
  return { ApiIntegrationCode: code, UserName: userName, Secret: secret }
}
