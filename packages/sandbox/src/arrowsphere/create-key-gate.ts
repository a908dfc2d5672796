import { createTokenIssuer } from '../faults/create-token-issuer'

// How long a gateway session lives when no use limit ends it first. ArrowSphere documents none. [I]
const SESSION_TTL_SECONDS = 60 * 60

export type KeyGate = {
  /** False when this request's session has just run out: answer 401, the next one is admitted. */
  admit(): boolean
}

/**
 * faults.expireTokenAfter for an API without tokens. ArrowSphere's `apiKey` never expires, so the
 * fault stands for the gateway forgetting the key's session after that many uses: one call is
 * refused with 401 and the same key works again, which is what the client's "401 → authorize again
 * → retry once" path must survive. [I]
 */
export function createKeyGate(expireAfterUses: number | undefined): KeyGate {
  if (expireAfterUses === undefined) return { admit: () => true }
  const issuer = createTokenIssuer({ expireAfterUses, ttlSeconds: SESSION_TTL_SECONDS })
  let session = issuer.issue('apiKey')
  return {
    admit() {
      if (issuer.check(session) === 'ok') return true
      session = issuer.issue('apiKey')
      return false
    },
  }
}
