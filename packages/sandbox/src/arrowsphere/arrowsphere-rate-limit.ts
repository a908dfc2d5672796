/**
 * ArrowSphere documents no rate limit (docs/distributors.md); the simulator enforces the same
 * conservative assumption the adapter paces itself to, when the rateLimit fault asks for one. [I]
 */
export const arrowsphereRateLimit = { requestsPerSecond: 5, burst: 10 } as const
