import type { Endpoints, RuntimeEnv } from '../adapter'
import { sandboxBase } from '../sandbox-base'

/**
 * Cloud Marketplace hosts [C]: production is regional, https://api.cloud.im/marketplace/{region}
 * (kb.cloud.im shows /na, the hex package ingram_marketplace /eu); the lab is
 * https://api-lab.cloud.im/marketplace/dev. Other regions may exist [I]; only these two are offered,
 * so a user never types a host.
 */
export const INGRAM_REGIONS = ['na', 'eu'] as const
const PRODUCTION = 'https://api.cloud.im/marketplace'
const LAB = 'https://api-lab.cloud.im/marketplace/dev'

/** Fixed hosts for the chosen environment; "sandbox" is Seatkeeper's simulator, local only. */
export function ingramEndpoints(
  config: Readonly<Record<string, string>>,
  env?: RuntimeEnv,
): Endpoints {
  const environment = config.environment ?? 'na'
  if ((INGRAM_REGIONS as readonly string[]).includes(environment)) {
    return { baseUrl: `${PRODUCTION}/${environment}` }
  }
  if (environment === 'lab') return { baseUrl: LAB }
  if (environment === 'sandbox') {
    return {
      baseUrl: sandboxBase(
        env,
        'ingram',
        'The Ingram Micro sandbox environment only exists when Seatkeeper runs locally; choose a production region or the Lab for a real Ingram Micro account.',
      ),
    }
  }
  throw new Error(
    `Unknown Ingram Micro environment "${environment}": choose North America, Europe, Lab or Sandbox.`,
  )
}
