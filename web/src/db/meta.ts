import { openSeatkeeperDb } from './seatkeeper-db'

/** A small flag kept in this browser, or undefined. */
export async function readMeta(key: string): Promise<unknown> {
  try {
    const db = await openSeatkeeperDb()
    return await db.get('meta', key)
  } catch {
    return undefined
  }
}

/** Keeps a small flag. Best effort. */
export async function writeMeta(key: string, value: unknown): Promise<void> {
  try {
    const db = await openSeatkeeperDb()
    await db.put('meta', value, key)
  } catch {
    // Best effort.
  }
}
