/**
 * The rate the ALSO simulator enforces when asked to (faults.rateLimit). ALSO documents none [I];
 * this is the same assumption the adapter paces itself to.
 */
export const alsoRateLimit = { requestsPerSecond: 5, burst: 10 } as const
