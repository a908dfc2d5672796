/** What the Pax8 simulator accepts, keyed like the adapter's credential fields. */
export type Pax8SandboxCredentials = {
  config: { environment: 'sandbox'; clientId: string }
  secrets: { clientSecret: string }
}

/** The sandbox application the local app is pre-configured with. None of these works against Pax8. */
export const pax8SandboxCredentials: Pax8SandboxCredentials = {
  config: { environment: 'sandbox', clientId: 'seatkeeper-sandbox-pax8-client' },
  secrets: { clientSecret: 'sandbox-pax8-secret-3e8d1f6a' },
}

/**
 * The rate the simulator enforces when asked to (FaultConfig.rateLimit): the adapter's own reading
 * of devx's "1000 …" as 1000 calls a minute [I], 15 a second with bursts of 20.
 */
export const pax8RateLimit = { requestsPerSecond: 15, burst: 20 }
