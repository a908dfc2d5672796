/** What an ArrowSphere connection holds, by the adapter's field keys. */
export type ArrowSphereSandboxCredentials = {
  config: { environment: 'sandbox' }
  secrets: { apiKey: string }
}

/** The one API key the ArrowSphere simulator accepts (a sandbox value, not a secret). */
export const arrowsphereSandboxCredentials: ArrowSphereSandboxCredentials = {
  config: { environment: 'sandbox' },
  secrets: { apiKey: 'sandbox-arrowsphere-4f1c9e2a7b' },
}
