/** What the ConnectWise PSA simulator accepts, keyed like the adapter's credential fields. */
export type CwSandboxCredentials = {
  config: { site: string; companyId: string; publicKey: string; clientId: string }
  secrets: { privateKey: string }
}

/**
 * The sandbox API member the local app is pre-configured with. The adapter only talks to the real
 * regions; the sandbox is reached by the edge's sandbox origin (docs/psa.md). None works at ConnectWise.
 */
export const cwSandboxCredentials: CwSandboxCredentials = {
  config: {
    site: 'sandbox',
    companyId: 'harbourside',
    publicKey: 'sandbox-cw-public-4d1a',
    clientId: '6f7e2d3c-0000-4000-8000-5ea7beef0001',
  },
  secrets: { privateKey: 'sandbox-cw-private-9b3f27' },
}

/** The codebase the simulated site reports (`/login/companyinfo`). */
export const CW_SANDBOX_CODEBASE = 'v2025_1'
