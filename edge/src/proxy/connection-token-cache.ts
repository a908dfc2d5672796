import type { TokenCache } from '@seatkeeper/distributors'

/** A TokenCache whose tokens can be dropped by connection: `forget` after its credentials change. */
export type ConnectionTokenCache = TokenCache & {
  /** Drops every token of the connection: the key that is its id, and every `<id>:…` key. */
  forget(connectionId: string): void
}

/**
 * The cache key of a connection's tokens: its id and the version of its record. A PATCH bumps
 * updatedAt, so every isolate that reads the changed record logs in again with the new secret,
 * not only the one that served the PATCH (which also forgets the old token at once).
 */
export function tokenCacheKey(connection: { id: string; updatedAt: string }): string {
  return `${connection.id}:${connection.updatedAt}`
}

/** In memory, per isolate, like createMemoryTokenCache; expired entries stay until replaced. */
export function createConnectionTokenCache(): ConnectionTokenCache {
  const entries = new Map<string, { value: string; expiresAt: number }>()
  return {
    get: (key) => entries.get(key),
    set: (key, value, expiresAt) => {
      entries.set(key, { value, expiresAt })
    },
    delete: (key) => {
      entries.delete(key)
    },
    forget: (connectionId) => {
      for (const key of [...entries.keys()]) {
        if (key === connectionId || key.startsWith(`${connectionId}:`)) entries.delete(key)
      }
    },
  }
}
