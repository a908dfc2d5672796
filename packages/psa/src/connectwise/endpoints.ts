import { sandboxBase, type Endpoints, type RuntimeEnv } from '@seatkeeper/distributors'
import { CW_SITES } from './fields'

/**
 * A ConnectWise cloud site from the region choice. The API lives under a codebase that differs per
 * site and release (`/v2025_1/apis/3.0`); it is read from `/login/companyinfo/<company>` before
 * each listing or change (codebase.ts), so the base here is the site's origin.
 */
export function cwEndpoints(config: Readonly<Record<string, string>>, env?: RuntimeEnv): Endpoints {
  if ((config.site ?? '').trim() === 'sandbox') {
    return {
      baseUrl: sandboxBase(
        env,
        'connectwise',
        'The ConnectWise PSA sandbox is only available when Seatkeeper runs locally with its simulators; choose your region.',
      ),
    }
  }
  const site = CW_SITES.find((s) => s.value === (config.site ?? '').trim())
  if (!site) {
    throw new Error(
      // Never the value itself: a pasted secret must not come back in an error (docs/api.md).
      'That is not a ConnectWise region: choose North America, Europe, Australia, staging or Sandbox.',
    )
  }
  return { baseUrl: `https://${site.value}` }
}
