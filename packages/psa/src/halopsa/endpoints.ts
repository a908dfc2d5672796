import { sandboxBase, type Endpoints, type RuntimeEnv } from '@seatkeeper/distributors'

/** A DNS label: what may stand before ".halopsa.com". */
const TENANT = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/**
 * Hosted Halo lives at https://<tenant>.halopsa.com [C: billing-apis.md §1]. The tenant is a DNS
 * label, never a URL, so the credentials go only to a halopsa.com host. Self-hosted Halo on an
 * MSP's own domain is not offered yet: its host would need its own allow-list entry (docs/psa.md).
 * The token URL is the fallback Halo documents; authorize reads the real one from /api/authinfo.
 */
export function haloEndpoints(
  config: Readonly<Record<string, string>>,
  env?: RuntimeEnv,
): Endpoints {
  const environment = config.environment || 'production'
  if (environment === 'sandbox') {
    const base = sandboxBase(
      env,
      'halopsa',
      'The HaloPSA sandbox is only available when Seatkeeper runs locally with its simulators; choose Production.',
    )
    return { baseUrl: base, authUrl: `${base}/auth/token?tenant=sandbox` }
  }
  if (environment !== 'production') {
    throw new Error(`Unknown HaloPSA environment "${environment}": choose Production or Sandbox.`)
  }
  const tenant = haloTenantName(config)
  if (!TENANT.test(tenant)) {
    throw new Error(
      // Never the value itself: a pasted secret must not come back in an error (docs/api.md).
      'The Halo tenant is not a tenant name. Enter the first part of your Halo address: for https://contosomsp.halopsa.com enter contosomsp.',
    )
  }
  const origin = `https://${tenant}.halopsa.com`
  return { baseUrl: origin, authUrl: `${origin}/auth/token?tenant=${tenant}` }
}

/** The tenant the connection names, a pasted address reduced to it ("contosomsp"), unchecked. */
export function haloTenantName(config: Readonly<Record<string, string>>): string {
  return (config.tenant ?? '')
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\.halopsa\.com\/?.*$/, '')
}

/** The tenant name of an origin haloEndpoints made ("contosomsp"). */
export function haloTenantOf(baseUrl: string): string {
  return new URL(baseUrl).hostname.split('.')[0] ?? ''
}
