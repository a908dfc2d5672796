/** What the Ingram Micro simulator accepts, keyed like the adapter's credential fields. */
export type IngramSandboxCredentials = {
  config: { environment: 'sandbox'; marketplace: string; username: string }
  secrets: { password: string; subscriptionKey: string }
}

/** The sandbox account the local app is pre-configured with. None of these works against Ingram Micro. */
export const ingramSandboxCredentials: IngramSandboxCredentials = {
  config: { environment: 'sandbox', marketplace: 'us', username: 'api@harbourside-it.example' },
  secrets: {
    password: 'sandbox-ingram-password-4b1e',
    subscriptionKey: '9c2f4a6e8b0d1f3a5c7e9b1d3f5a7c9e',
  },
}

/**
 * The rate the simulator enforces when asked to (FaultConfig.rateLimit). Ingram Micro publishes
 * none; this is an assumption [I], a little above what the adapter paces itself to.
 */
export const ingramRateLimit = { requestsPerSecond: 25, burst: 50 }
