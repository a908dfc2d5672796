import { createRoot, createSignal } from 'solid-js'

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>

const store = (): KeyValueStore | undefined => {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

// The edge keeps no record of Test Configuration, so this browser remembers that it passed, for
// the setup checklist. Keyed by the connection's updatedAt: after an edit it must pass again.
const key = (connection: { id: string }) => `seatkeeper:test-passed:${connection.id}`

const changes = createRoot(() => createSignal(0))

/** Notes that Test Configuration passed for the connection as it is now saved. */
export function rememberTestPassed(
  connection: { id: string; updatedAt: string },
  kv = store(),
): void {
  try {
    kv?.setItem(key(connection), connection.updatedAt)
  } catch {
    // A full or blocked storage only costs the checklist its tick.
  }
  changes[1]((n) => n + 1)
}

/** Whether Test Configuration passed since the connection was last saved (reactive). */
export function hasTestPassed(
  connection: { id: string; updatedAt: string },
  kv = store(),
): boolean {
  changes[0]()
  try {
    return kv?.getItem(key(connection)) === connection.updatedAt
  } catch {
    return false
  }
}
