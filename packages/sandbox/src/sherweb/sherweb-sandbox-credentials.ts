/** What the Sherweb simulator accepts, keyed like the adapter's credential fields. */
export type SherwebSandboxCredentials = {
  config: { environment: 'sandbox'; clientId: string; companyName: string }
  secrets: { clientSecret: string; subscriptionKey: string }
}

/** The sandbox account the local app is pre-configured with. None of these works against Sherweb. */
export const sherwebSandboxCredentials: SherwebSandboxCredentials = {
  config: {
    environment: 'sandbox',
    clientId: 'seatkeeper-sandbox-client',
    companyName: 'harbourside-it',
  },
  // Azure API Management keys are 32 hex digits.
  secrets: {
    clientSecret: 'sandbox-sherweb-secret-7f3a9c',
    subscriptionKey: '5a9e3c1d7b2f4e6a8c0d1e2f3a4b5c6d',
  },
}

/**
 * The rate the simulator enforces when asked to (FaultConfig.rateLimit). Sherweb publishes none;
 * this is an assumption [I], a little above what the adapter paces itself to.
 */
export const sherwebRateLimit = { requestsPerSecond: 5, burst: 10 }
