import type { Endpoints, RuntimeEnv } from '../adapter'
import { sandboxBase } from '../sandbox-base'

/** Sherweb's API gateway; the token endpoint lives under it at /auth [C] (Program.cs, Authorization OpenAPI). */
const PRODUCTION_ORIGIN = 'https://api.sherweb.com'
const TOKEN_PATH = '/auth/oidc/connect/token'

/**
 * Fixed hosts for the chosen environment. Sherweb publishes no sandbox [I], so "sandbox" is
 * Seatkeeper's own simulator, which exists only where the app runs locally.
 */
export function sherwebEndpoints(
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
      'sherweb',
      'The Sherweb sandbox environment only exists when Seatkeeper runs locally; choose Production for a real Sherweb account.',
    )
    return { baseUrl: base, authUrl: `${base}${TOKEN_PATH}` }
  }
  throw new Error(`Unknown Sherweb environment "${environment}": choose Production or Sandbox.`)
}
