import type { Endpoints, RuntimeEnv } from '../adapter'
import { sandboxBase } from '../sandbox-base'
import { ALSO_MARKETPLACES, SIMPLE_API_PREFIX } from './marketplaces'

/** Resolves the fixed SimpleAPI base of the chosen ALSO marketplace; refuses anything else. */
export function alsoEndpoints(
  config: Readonly<Record<string, string>>,
  env?: RuntimeEnv,
): Endpoints {
  const choice = config.marketplace ?? ''
  if (choice === 'sandbox') {
    // The simulator serves the operations directly under its mount point.
    return {
      baseUrl: sandboxBase(
        env,
        'also',
        'The ALSO sandbox marketplace only exists when Seatkeeper runs locally. ' +
          'Choose your country marketplace for this connection.',
      ),
    }
  }
  const marketplace = ALSO_MARKETPLACES.find((m) => m.value === choice)
  if (!marketplace) {
    throw new Error(
      `Unknown ALSO marketplace "${choice}". Choose the country marketplace you log in to on the connection.`,
    )
  }
  return { baseUrl: `${marketplace.host}${SIMPLE_API_PREFIX}` }
}
