import { createMemoryTokenCache } from '@seatkeeper/distributors'

/**
 * The isolate's one cache of distributor tokens, shared by the proxy and the integrator: the
 * browser's many listing calls, consecutive queue messages and Sync now presses log in once per
 * connection. Tokens never leave the edge. (Test Configuration uses a fresh cache on purpose: a
 * cached token would prove nothing about the secret.)
 */
export const connectionTokens = createMemoryTokenCache()

/**
 * The cache key of a connection's tokens: its id and the version of its record. A PATCH bumps
 * updatedAt, so every isolate that reads the changed record logs in again with the new secret,
 * not only the one that served the PATCH (which also forgets the old token at once).
 */
export function tokenCacheKey(connection: { id: string; updatedAt: string }): string {
  return `${connection.id}:${connection.updatedAt}`
}

/**
 * Drops every token this isolate holds for a connection, so the next call logs in with the
 * credentials as they are now: after a PATCH that changed a secret a cached token would otherwise
 * keep the old one working until it expired, and after a DELETE it would linger in memory.
 */
export function forgetConnectionTokens(connectionId: string): void {
  connectionTokens.forget(connectionId)
}
