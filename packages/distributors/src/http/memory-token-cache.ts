import type { TokenCache } from '../adapter'

/** A TokenCache whose tokens can be dropped by connection: `forget` after its credentials change. */
export type MemoryTokenCache = TokenCache & {
  /** Drops every token of the connection: the key that is its id, and every `<id>:…` key. */
  forget(connectionId: string): void
}

/**
 * A TokenCache held in memory: one run, or one Worker isolate, logs in once per connection.
 * It keeps expired entries; whoever reads decides how close to expiry is too close.
 */
export function createMemoryTokenCache(): MemoryTokenCache {
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
