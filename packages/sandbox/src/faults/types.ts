/**
 * Faults a simulator can be told to inject, so adapters, the edge and the integrator are tested
 * against a bad night at a distributor or a PSA. Every simulator honours every field that applies
 * to it.
 */
export type FaultConfig = {
  /** Added to every response. */
  latencyMs?: number
  /** Enforce the distributor's rate limit: over it → 429 with Retry-After in the distributor's style. */
  rateLimit?: { requestsPerSecond: number; burst?: number; retryAfterSeconds?: number }
  /**
   * Answer a listing's page N (1-based, across any paged listing) with this status, `times` times;
   * with `retryAfter`, the answer carries that Retry-After header as given (seconds, or an HTTP date).
   */
  failPage?: { page: number; status: number; times?: number; retryAfter?: string }
  /** Answer 200 with a broken body: cut mid-JSON, or an HTML error page (a proxy's). */
  badBody?: { kind: 'truncated' | 'html'; pathIncludes?: string; times?: number }
  /** Tokens/sessions issued expire after this many uses (the adapter must re-authenticate). */
  expireTokenAfter?: number
  /** Listings silently leave out this share (0–1) of their records: a short listing. */
  shortListing?: { dropShare: number }
  /**
   * Once page `afterPage` of a listing was served, the listing's last record stands first (a
   * record whose sort key changed, `move`, or one created mid-listing, `insert`, which was on no
   * earlier page): later pages repeat a record of an earlier one and the mover is on no page the
   * client reads; with `insert` the total grows by one. ArrowSphere (page numbers) and Ingram Micro
   * (offsets) only.
   */
  pageDrift?: { afterPage: number; kind?: 'move' | 'insert' }
  /**
   * Refuse a write: a request of `method` whose path includes `pathIncludes` is answered with
   * `status` in the API's error style before the simulator sees it, so nothing changes and nothing
   * is recorded in `_writes`, `times` times (every time when not set). For the PSA simulators,
   * whose write-backs must leave the PSA as it was, or say how it is, when one call is refused.
   */
  refuseWrite?: {
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE'
    pathIncludes: string
    status: number
    message?: string
    times?: number
  }
}

/** A simulator's options: the world it serves, the credentials it accepts, the faults it injects. */
export type SimulatorOptions<TCredentials> = {
  world: import('../world/generate-world').World
  credentials: TCredentials
  faults?: FaultConfig
}
