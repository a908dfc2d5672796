/** What the Autotask simulator accepts, keyed like the adapter's credential fields. */
export type AtSandboxCredentials = {
  config: { zone: string; userName: string; integrationCode: string; currency: string }
  secrets: { secret: string }
}

/** The sandbox API user the local app is pre-configured with. None of these works at Autotask. */
export const atSandboxCredentials: AtSandboxCredentials = {
  config: {
    zone: 'sandbox',
    userName: 'api@harbourside.example',
    integrationCode: 'SANDBOXTRACKINGIDENTIFIER27',
    // The generated world's currency: Autotask's rows carry none (billing-apis.md §3).
    currency: 'AUD',
  },
  secrets: { secret: 'sandbox-at-secret-51c0e8' },
}

/** Autotask's shared allowance per database [C]: 10,000 requests in a rolling hour. */
export const atThreshold = { requests: 10_000, windowMs: 60 * 60_000 }
