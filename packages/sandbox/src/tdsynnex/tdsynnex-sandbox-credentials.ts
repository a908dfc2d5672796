/** What the StreamOne Ion simulator accepts, keyed like the adapter's credential fields. */
export type TdsynnexSandboxCredentials = {
  config: { environment: 'sandbox'; accountId: string }
  secrets: { refreshToken: string }
}

/**
 * The sandbox account the local app is pre-configured with. None of these works against ION. The
 * refresh token stands for one freshly generated in the portal: the simulator always accepts it
 * (as if re-generated), while every token it hands out in exchange works exactly once.
 */
export const tdsynnexSandboxCredentials: TdsynnexSandboxCredentials = {
  config: { environment: 'sandbox', accountId: '1002345' },
  secrets: { refreshToken: 'ion-sandbox-refresh-6d2f81c4a9e3' },
}

/**
 * The rate the simulator enforces when asked to (FaultConfig.rateLimit). ION publishes none; this
 * is an assumption [I], a little above what the adapter paces itself to.
 */
export const tdsynnexRateLimit = { requestsPerSecond: 6, burst: 12 }
