/** Tokens (or sessions) a simulator hands out and checks, expiring by time or by use. */
export type TokenIssuer = {
  /** A new opaque token for the subject (a username, client id, account code). */
  issue(subject: string): string
  /** 'ok' counts one use; 'expired' once its time or its uses (faults.expireTokenAfter) run out. */
  check(token: string): 'ok' | 'expired' | 'unknown'
  /** Whom a token was issued to, expired or not. */
  subjectOf(token: string): string | undefined
}

/**
 * The session half of faults.expireTokenAfter: each simulator issues its own kind of token, and an
 * adapter must notice the expiry in that distributor's words and log in again.
 */
export function createTokenIssuer(o: {
  expireAfterUses?: number
  ttlSeconds: number
  now?: () => number
}): TokenIssuer {
  const now = o.now ?? Date.now
  const tokens = new Map<string, { subject: string; expiresAt: number; uses: number }>()
  return {
    issue(subject) {
      const bytes = crypto.getRandomValues(new Uint8Array(24))
      const token = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
      tokens.set(token, { subject, expiresAt: now() + o.ttlSeconds * 1000, uses: 0 })
      return token
    },
    check(token) {
      const entry = tokens.get(token)
      if (!entry) return 'unknown'
      if (now() >= entry.expiresAt) return 'expired'
      if (o.expireAfterUses !== undefined && entry.uses >= o.expireAfterUses) return 'expired'
      entry.uses++
      return 'ok'
    },
    subjectOf: (token) => tokens.get(token)?.subject,
  }
}
