/** What an ALSO connection holds, by the adapter's field keys. */
export type AlsoSandboxCredentials = {
  config: { marketplace: 'sandbox'; username: string }
  secrets: { password: string }
}

/** The one login the ALSO simulator accepts (sandbox values, not secrets). */
export const alsoSandboxCredentials: AlsoSandboxCredentials = {
  config: { marketplace: 'sandbox', username: 'api-reseller@harbourside.example' },
  secrets: { password: 'sandbox-also-7c2e91d4' },
}
