/**
 * ArrowSphere documents no rate limit (distributor-apis.md §1); the simulator enforces the same
 * conservative assumption the adapter paces itself to, when the rateLimit fault asks for one. [I]
 */
export const arrowsphereRateLimit = { requestsPerSecond: 5, burst: 10 } as const
