import { DistributorError, type AuthContext, type AuthHeaders } from '@seatkeeper/distributors'
import { CW_ACCEPT, CW_ID } from './calls'
import { cwHints } from './hints'

/**
 * API member keys as Basic auth `<companyId>+<publicKey>:<privateKey>` plus the integration's
 * `clientId` on every call [C: connectwise-rest, pyconnectwise, Invoke-CWMWebRequest.ps1]. No
 * token exchange: nothing to cache.
 */
export async function authorizeCw(ctx: AuthContext): Promise<AuthHeaders> {
  const { companyId = '', publicKey = '', clientId = '' } = ctx.credentials.config
  const privateKey = ctx.credentials.secrets.privateKey ?? ''
  const missing = [
    ['Company ID', companyId],
    ['Public key', publicKey],
    ['Private key', privateKey],
    ['Client ID', clientId],
  ]
    .filter(([, value]) => !value?.trim())
    .map(([label]) => label)
  if (missing.length > 0) {
    throw new DistributorError({
      kind: 'auth',
      distributor: CW_ID,
      call: 'login',
      message: `ConnectWise PSA needs the ${missing.join(', ')}. ${cwHints.auth}`,
    })
  }
  const basic = btoa(`${companyId.trim()}+${publicKey.trim()}:${privateKey}`)
  return { Authorization: `Basic ${basic}`, clientId: clientId.trim(), Accept: CW_ACCEPT }
}
