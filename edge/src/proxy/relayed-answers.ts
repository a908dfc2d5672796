// The browser requests whose answer is the distributor's own, relayed as it came. Keyed by the
// request object (the same one through every middleware), held weakly so nothing outlives it.
const relayed = new WeakSet<Request>()

/** Notes that this request is answered with the distributor's answer, not one the edge wrote. */
export function markRelayed(request: Request): void {
  relayed.add(request)
}

/** Whether this request's answer is the distributor's (see markRelayed). */
export function wasRelayed(request: Request): boolean {
  return relayed.has(request)
}
