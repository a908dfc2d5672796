import type { Endpoints, RuntimeEnv } from '../adapter'
import { sandboxBase } from '../sandbox-base'
import { TOKEN_PATH } from './calls'

/** API at /api/v3 and OAuth at /oauth/token on one host [C: docs.streamone.cloud "Hostname" table]. */
const PRODUCTION_ORIGIN = 'https://ion.tdsynnex.com'

/**
 * Fixed hosts for the chosen environment. TD SYNNEX publishes no sandbox [I], so "sandbox" is
 * Seatkeeper's own simulator, which exists only where the app runs locally. Paths keep /api/v3, so
 * the base is the origin.
 */
export function tdsynnexEndpoints(
  config: Readonly<Record<string, string>>,
  env?: RuntimeEnv,
): Endpoints {
  const environment = config.environment ?? 'production'
  if (environment === 'production') {
    return { baseUrl: PRODUCTION_ORIGIN, authUrl: `${PRODUCTION_ORIGIN}${TOKEN_PATH}` }
  }
  if (environment === 'sandbox') {
    const base = sandboxBase(
      env,
      'tdsynnex',
      'The TD SYNNEX sandbox environment only exists when Seatkeeper runs locally; choose Production for a real StreamOne Ion account.',
    )
    return { baseUrl: base, authUrl: `${base}${TOKEN_PATH}` }
  }
  throw new Error(`Unknown TD SYNNEX environment "${environment}": choose Production or Sandbox.`)
}
