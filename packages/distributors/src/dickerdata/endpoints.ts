import type { Endpoints, RuntimeEnv } from '../adapter'
import { sandboxBase } from '../sandbox-base'
import { DICKERDATA } from './identity'

/*
 * The test host is confirmed (ashishp1202 calls it) [C]; production is the test host without
 * "-test" [I]. No separate NZ host is known, so NZ uses the same hosts with an NZ account code [I].
 * The token exchange lives on the same base, so there is no separate authUrl.
 */
const HOSTS: Record<string, string> = {
  production: 'https://b2b-api.dickerdata.com.au/api',
  test: 'https://b2b-api-test.dickerdata.com.au/api',
}
const REGIONS = new Set(['AU', 'NZ'])

/** Fixed hosts for the region and environment chosen on the connection; never a free URL. */
export function dickerdataEndpoints(
  config: Readonly<Record<string, string>>,
  env?: RuntimeEnv,
): Endpoints {
  const region = config.region ?? 'AU'
  if (!REGIONS.has(region)) {
    throw new Error(
      `${DICKERDATA.label} has no region "${region}"; choose Australia (AU) or New Zealand (NZ).`,
    )
  }
  const environment = config.environment ?? 'production'
  if (environment === 'sandbox') {
    return {
      baseUrl: sandboxBase(
        env,
        `${DICKERDATA.id}`,
        `The ${DICKERDATA.label} sandbox environment only exists when Seatkeeper runs locally; choose Production or Test.`,
      ),
    }
  }
  const baseUrl = HOSTS[environment]
  if (!baseUrl) {
    throw new Error(
      `${DICKERDATA.label} has no environment "${environment}"; choose Production or Test.`,
    )
  }
  return { baseUrl }
}
