/** What the HaloPSA simulator accepts, keyed like the adapter's credential fields. */
export type HaloSandboxCredentials = {
  config: { environment: 'sandbox'; tenant: string; clientId: string }
  secrets: { clientSecret: string }
}

/** The sandbox application the local app is pre-configured with. None of these works against Halo. */
export const haloSandboxCredentials: HaloSandboxCredentials = {
  config: { environment: 'sandbox', tenant: 'sandbox', clientId: 'seatkeeper-sandbox-halo-client' },
  secrets: { clientSecret: 'sandbox-halo-secret-7c2e9b41' },
}

/** Hosted Halo's limit [C, community]: 300 requests in any rolling 5 minutes. */
export const haloRateLimit = { requests: 300, windowMs: 5 * 60_000 }

/**
 * The scopes the sandbox application grants: the set billing-apis.md §1 says Seatkeeper needs. A
 * token request asking for another (`all` included) is refused with `invalid_scope`, as Halo
 * refuses a scope its application does not grant [C, community]; one asking for none gets `all`,
 * Halo's default [C], and is refused too.
 */
export const haloSandboxScopes: readonly string[] = [
  'read:customers',
  'read:invoices',
  'edit:invoices',
  'read:softwarelicensing',
  'edit:softwarelicensing',
  'read:items',
]
