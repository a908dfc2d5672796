import type { TokenCache } from '../adapter'

/**
 * A TokenCache held in memory: one run, or one Worker isolate, logs in once per connection.
 * It keeps expired entries; whoever reads decides how close to expiry is too close.
 */
export function createMemoryTokenCache(): TokenCache {
  const entries = new Map<string, { value: string; expiresAt: number }>()
  return {
    get: (key) => entries.get(key),
    set: (key, value, expiresAt) => {
      entries.set(key, { value, expiresAt })
    },
    delete: (key) => {
      entries.delete(key)
    },
  }
}
