import type { Endpoints, RuntimeEnv } from '../adapter'
import { sandboxBase } from '../sandbox-base'

/** The Partner API and its token endpoint [C: partner and authentication OpenAPI `servers`]. */
const PRODUCTION_BASE_URL = 'https://api.pax8.com/v1'
const TOKEN_PATH = '/token'

/**
 * Fixed hosts for the chosen environment. Pax8 has no partner sandbox (only vendor provisioning
 * has simulation credentials [C]), so "sandbox" is Seatkeeper's own simulator, local mode only.
 */
export function pax8Endpoints(
  config: Readonly<Record<string, string>>,
  env?: RuntimeEnv,
): Endpoints {
  const environment = config.environment || 'production'
  if (environment === 'production') {
    return { baseUrl: PRODUCTION_BASE_URL, authUrl: `${PRODUCTION_BASE_URL}${TOKEN_PATH}` }
  }
  if (environment === 'sandbox') {
    const base = sandboxBase(
      env,
      'pax8/v1',
      'The Pax8 sandbox environment only exists when Seatkeeper runs locally; choose Production for a real Pax8 account.',
    )
    return { baseUrl: base, authUrl: `${base}${TOKEN_PATH}` }
  }
  throw new Error(`Unknown Pax8 environment "${environment}": choose Production or Sandbox.`)
}
