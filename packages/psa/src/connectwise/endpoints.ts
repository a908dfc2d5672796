import type { Endpoints } from '@seatkeeper/distributors'
import { CW_SITES } from './fields'

/**
 * A ConnectWise cloud site from the region choice. The API lives under a codebase that differs per
 * site and release (`/v2025_1/apis/3.0`); it is read from `/login/companyinfo/<company>` before
 * each listing or change (codebase.ts), so the base here is the site's origin.
 */
export function cwEndpoints(config: Readonly<Record<string, string>>): Endpoints {
  const site = CW_SITES.find((s) => s.value === (config.site ?? '').trim())
  if (!site) {
    throw new Error(
      `Unknown ConnectWise region "${config.site ?? ''}": choose North America, Europe, Australia or staging.`,
    )
  }
  return { baseUrl: `https://${site.value}` }
}
