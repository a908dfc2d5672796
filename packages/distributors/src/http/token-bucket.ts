export type TokenBucket = {
  /** Waits until a call may be made; resolves with the milliseconds waited. */
  take(): Promise<number>
}

/**
 * Paces calls to `requestsPerSecond` with bursts up to `burst`. Each take() reserves its slot
 * synchronously (the bucket may go into debt), so callers running concurrently are spaced out
 * rather than all waking at once and tripping the distributor's limit together.
 */
export function createTokenBucket(o: {
  requestsPerSecond: number
  burst: number
  now: () => number
  sleep: (ms: number) => Promise<void>
}): TokenBucket {
  const perMs = o.requestsPerSecond / 1000
  const capacity = Math.max(1, o.burst)
  let tokens = capacity
  let refilledAt = o.now()
  return {
    async take() {
      const now = o.now()
      tokens = Math.min(capacity, tokens + (now - refilledAt) * perMs)
      refilledAt = now
      tokens -= 1
      if (tokens >= 0) return 0
      const wait = Math.ceil(-tokens / perMs)
      await o.sleep(wait)
      return wait
    },
  }
}
