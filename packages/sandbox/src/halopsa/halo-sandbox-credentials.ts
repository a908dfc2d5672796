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
