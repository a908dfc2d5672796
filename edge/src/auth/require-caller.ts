import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import { AppError } from '../http/app-error'
import { AccessJwtError } from './access-jwt-error'
import { accessTeamDomain } from './access-team-domain'
import { isLoopbackHost } from './is-loopback-host'
import { AccessKeysUnavailableError, verifyAccessJwt } from './verify-access-jwt'

const ACCESS_HEADER = 'cf-access-jwt-assertion'

/**
 * Who may call /api (docs/api.md "Who may call it", docs/security.md). Local mode: anyone on
 * loopback, as "local". Otherwise a valid Cloudflare Access JWT, whose e-mail becomes the actor;
 * with Access not configured every request is refused, so a half-configured deploy is never open.
 */
export const requireCaller: MiddlewareHandler<AppEnv> = async (c, next) => {
  // c.env is absent when a test calls app.request without bindings: that too fails closed.
  const env: Partial<Env> = c.env ?? {}
  if (env.LOCAL_MODE === 'true') {
    if (!isLoopbackHost(c.req.url)) {
      throw new AppError(
        'forbidden',
        'Seatkeeper is running in local mode, which only answers requests to 127.0.0.1, localhost ' +
          'or [::1]. Open it at http://127.0.0.1 on this machine, or deploy it behind Cloudflare Access.',
      )
    }
    c.set('actor', 'local')
    return next()
  }

  const teamDomain = accessTeamDomain(env.ACCESS_TEAM_DOMAIN)
  const audience = (env.ACCESS_AUD ?? '').trim()
  if (!teamDomain || !audience) {
    throw new AppError(
      'unavailable',
      'Cloudflare Access is not configured, so Seatkeeper refuses every request. Set ' +
        'ACCESS_TEAM_DOMAIN and ACCESS_AUD (docs/security.md) and deploy again.',
    )
  }

  const token = c.req.header(ACCESS_HEADER)?.trim()
  if (!token) {
    throw new AppError(
      'unauthenticated',
      'Sign in through Cloudflare Access: this request carried no Access token. Open Seatkeeper ' +
        'at its Access-protected address and sign in; scripts need an Access service token.',
    )
  }

  try {
    const claims = await verifyAccessJwt(token, { teamDomain, audience })
    c.set('actor', claims.email ?? claims.common_name ?? claims.sub ?? 'unknown Access user')
  } catch (error) {
    if (error instanceof AccessJwtError) {
      // An expired session is a sign-in to renew (401, which the web answers with "sign in
      // again" and keeps unsent edits); any other failed check is a token not to be trusted.
      throw new AppError(
        error.problem === 'expired' ? 'unauthenticated' : 'forbidden',
        `${error.message} Reload the page to sign in through Cloudflare Access again; if this ` +
          'keeps happening, check that ACCESS_TEAM_DOMAIN and ACCESS_AUD match the Access application.',
      )
    }
    if (error instanceof AccessKeysUnavailableError) {
      console.error('Access keys unavailable:', error.message)
      throw new AppError('unavailable', `${error.message} Try again in a minute.`)
    }
    throw error
  }
  return next()
}
