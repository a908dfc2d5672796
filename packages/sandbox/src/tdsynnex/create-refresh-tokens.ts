/** Refresh tokens as ION rotates them: each one handed out works for exactly one exchange [C]. */
export type RefreshTokens = {
  /** Spends `token`: its successor, or 'spent' / 'unknown' when it cannot be used. */
  exchange(token: string): { next: string } | 'spent' | 'unknown'
}

/**
 * The portal-generated token `issued` is always accepted (the sandbox's stand-in for generating a
 * new one in the portal); every token given out in exchange is single-use, and using one twice is
 * refused, which is what two runs spending the same token would meet at ION.
 */
export function createRefreshTokens(issued: string): RefreshTokens {
  const live = new Set<string>()
  const spent = new Set<string>()
  let counter = 0
  return {
    exchange(token) {
      if (spent.has(token)) return 'spent'
      if (token !== issued && !live.has(token)) return 'unknown'
      if (token !== issued) {
        live.delete(token)
        spent.add(token)
      }
      const bytes = crypto.getRandomValues(new Uint8Array(12))
      const next = `ion-rt-${++counter}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
      live.add(next)
      return { next }
    },
  }
}
