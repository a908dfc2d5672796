/** What the Dicker Data sandbox accepts, keyed like the adapter's fields (environment "sandbox"). */
export type DickerDataSandboxCredentials = {
  config: { region: 'AU' | 'NZ'; environment: 'sandbox'; accountCode: string }
  secrets: { apiToken: string }
}

/** The sandbox's partner: a fake access token GUID and account code (never a real one). */
export const dickerdataSandboxCredentials: DickerDataSandboxCredentials = {
  config: { region: 'AU', environment: 'sandbox', accountCode: '300123' },
  secrets: { apiToken: 'a5d1c0de-5eed-4d0c-9d1a-000000000001' },
}

/** The adapter's assumed limit (no documented one [I]); enforced when faults.rateLimit asks for it. */
export const dickerdataRateLimit = { requestsPerSecond: 4, burst: 4 }
