/** What a Rhipe connection holds: field keys of the Rhipe adapter (environment, clientId, clientSecret). */
export type RhipeSandboxCredentials = {
  config: { environment: 'sandbox'; clientId: string }
  secrets: { clientSecret: string }
}

/** The client credentials the Rhipe simulator accepts, as if generated in PRISM's Manage Client Credentials. */
export const rhipeSandboxCredentials: RhipeSandboxCredentials = {
  config: { environment: 'sandbox', clientId: 'seatkeeper-sandbox-rhipe' },
  secrets: { clientSecret: 'rhipe-sandbox-secret-Qm9kZXM' },
}

/**
 * The limit the simulator enforces when asked to. PRISM publishes none ([I]); this matches the
 * adapter's conservative rateLimit so a paced listing stays under it.
 */
export const rhipeRateLimit = { requestsPerSecond: 4, burst: 8 }
