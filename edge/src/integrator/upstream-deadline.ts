import { DistributorError } from '@seatkeeper/distributors'

/**
 * How long a run may wait for a distributor that gives no answer at all. Each call times out
 * after 30 s and the retry policy tries five times, so a distributor that never answers held a
 * run (and Sync now) for 152 s; with this deadline the run fails after at most 60 s of silence
 * plus the retry policy's short backoff waits (under 10 s), about 70 s in all.
 */
export const UPSTREAM_DEADLINE_MS = 60_000

export type DeadlinedFetch = {
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>
  /** The error to record once the deadline passed (undefined while it has not). */
  expired(): DistributorError | undefined
}

/**
 * Wraps the run's fetch with a deadline per upstream call chain: the time since the distributor
 * last answered anything (any status: an answer is progress the retry policy judges). A call
 * chain of timeouts and retries that stays silent past `deadlineMs` is aborted, and every call
 * after it fails at once, so the run ends within the bound and its last error says why.
 */
export function withUpstreamDeadline(
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>,
  site: { distributor: string; label: string },
  deadlineMs = UPSTREAM_DEADLINE_MS,
  now: () => number = Date.now,
): DeadlinedFetch {
  let answeredAt = now()
  let error: DistributorError | undefined
  const expire = () => {
    error ??= new DistributorError({
      kind: 'unavailable',
      distributor: site.distributor,
      call: 'the listing',
      message: `${site.label} gave no answer for ${Math.round(deadlineMs / 1000)} s, so the run stopped; nothing was changed. ${site.label} may be down; the integrator tries again later.`,
    })
    return error
  }
  return {
    async fetch(input, init) {
      const left = answeredAt + deadlineMs - now()
      if (error || left <= 0) throw expire()
      const deadline = AbortSignal.timeout(left)
      const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
      try {
        // Raced as well as passed on: a fetch that does not honour its signal still ends here.
        const response = await Promise.race([fetch(input, { ...init, signal }), abortOf(signal)])
        answeredAt = now()
        return response
      } catch (cause) {
        if (deadline.aborted) throw expire()
        throw cause
      }
    },
    expired: () => error,
  }
}

/** Rejects when `signal` aborts (never resolves otherwise). */
function abortOf(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason)
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
}
