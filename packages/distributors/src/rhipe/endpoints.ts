import type { Endpoints, RuntimeEnv } from '../adapter'
import { sandboxBase } from '../sandbox-base'

/**
 * PRISM has one API host and a separate IdentityServer host (docs/distributors.md, [C] Mate365
 * prism_controller.py). There is no public Rhipe sandbox, so "sandbox" is Seatkeeper's simulator.
 */
export function rhipeEndpoints(
  config: Readonly<Record<string, string>>,
  env?: RuntimeEnv,
): Endpoints {
  const environment = config.environment || 'production'
  if (environment === 'production') {
    return {
      baseUrl: 'https://api.prismportal.online',
      authUrl: 'https://identity.prismportal.online/core/connect/token',
    }
  }
  if (environment === 'sandbox') {
    const base = sandboxBase(
      env,
      'rhipe',
      'The Rhipe sandbox environment is only available when Seatkeeper runs locally with its simulators; choose Production.',
    )
    return { baseUrl: base, authUrl: `${base}/core/connect/token` }
  }
  throw new Error(`Unknown Rhipe environment "${environment}": choose Production or Sandbox.`)
}
