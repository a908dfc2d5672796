/** What the Crayon simulator accepts, keyed like the adapter's credential fields. */
export type CrayonSandboxCredentials = {
  config: { environment: 'sandbox'; clientId: string; username: string; organizationId: string }
  secrets: { clientSecret: string; password: string }
}

/** The sandbox account the local app is pre-configured with. None of these works against Crayon. */
export const crayonSandboxCredentials: CrayonSandboxCredentials = {
  config: {
    environment: 'sandbox',
    clientId: 'seatkeeper-sandbox-client',
    username: 'api@harbourside-it.example',
    organizationId: String(1),
  },
  secrets: {
    clientSecret: 'sandbox-crayon-secret-4b8e2d',
    password: 'sandbox-crayon-password-9c1f',
  },
}

/** The Cloud-iQ organization the sandbox user reads: the partner itself. */
export const CRAYON_SANDBOX_ORGANIZATION_ID = 1

/**
 * The rate the simulator enforces when asked to (FaultConfig.rateLimit). Crayon publishes none;
 * this is an assumption [I], a little above what the adapter paces itself to.
 */
export const crayonRateLimit = { requestsPerSecond: 10, burst: 20 }
