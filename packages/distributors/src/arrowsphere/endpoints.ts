import type { Endpoints, RuntimeEnv } from '../adapter'
import { sandboxBase } from '../sandbox-base'

// Source: docs/distributors.md (shearnie ArrowConfig.cs, public scripts). ArrowSphere publishes no
// regional hosts and no public sandbox (per-partner preprod URLs are handed out on request), so the
// choices are production and the local simulator, never a URL typed in.
const PRODUCTION_BASE_URL = 'https://xsp.arrow.com/index.php/api'

/** Resolves the fixed ArrowSphere host for the chosen environment; refuses anything else. */
export function arrowsphereEndpoints(
  config: Readonly<Record<string, string>>,
  env?: RuntimeEnv,
): Endpoints {
  const environment = config.environment || 'production'
  if (environment === 'production') return { baseUrl: PRODUCTION_BASE_URL }
  if (environment === 'sandbox') {
    return {
      baseUrl: sandboxBase(
        env,
        'arrowsphere',
        'The ArrowSphere sandbox environment only exists when Seatkeeper runs locally. ' +
          'Choose Production for this connection.',
      ),
    }
  }
  throw new Error(
    `Unknown ArrowSphere environment "${environment}". Choose Production or Sandbox on the connection.`,
  )
}
