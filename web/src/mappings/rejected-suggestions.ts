import * as v from 'valibot'

/** Where rejections live: only this browser, per connection (they are a person's notes, not data). */
export const rejectedStorageKey = (connectionId: string) =>
  `seatkeeper:rejected-suggestions:${connectionId}`

const StoredSchema = v.array(v.string())

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>

const defaultStore = (): KeyValueStore | undefined => {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

/** The pairings rejected for this connection; empty when nothing (or something unreadable) is stored. */
export function loadRejected(connectionId: string, store = defaultStore()): Set<string> {
  try {
    const raw = store?.getItem(rejectedStorageKey(connectionId))
    if (!raw) return new Set()
    const parsed = v.safeParse(StoredSchema, JSON.parse(raw))
    return parsed.success ? new Set(parsed.output) : new Set()
  } catch {
    return new Set()
  }
}

/** Adds rejections and returns the whole set; storage that is full or blocked only loses the memory. */
export function rememberRejected(
  connectionId: string,
  keys: readonly string[],
  store = defaultStore(),
): Set<string> {
  const all = loadRejected(connectionId, store)
  for (const key of keys) all.add(key)
  try {
    store?.setItem(rejectedStorageKey(connectionId), JSON.stringify([...all]))
  } catch {
    // Quota or privacy mode: the rejection still applies for this visit.
  }
  return all
}
