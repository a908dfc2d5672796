import * as v from 'valibot'
import { compareText, ConnectionViewSchema, type ConnectionView } from '@seatkeeper/core'
import { openSeatkeeperDb } from './seatkeeper-db'

/** The connections as last listed, sorted as the API sorts them; [] when none are kept. */
export async function readConnections(): Promise<ConnectionView[]> {
  try {
    const db = await openSeatkeeperDb()
    const rows = await db.getAll('connections')
    return rows
      .flatMap((row) => {
        const parsed = v.safeParse(ConnectionViewSchema, row)
        return parsed.success ? [parsed.output] : []
      })
      .sort((a, b) => compareText(a.distributor, b.distributor) || compareText(a.name, b.name))
  } catch {
    return []
  }
}

/**
 * Replaces the kept connections with `connections` (a fresh GET /api/connections). Re-parsed
 * through the schema on the way in, so nothing but the public view (never a secret) is stored.
 */
export async function saveConnections(connections: readonly ConnectionView[]): Promise<void> {
  try {
    const db = await openSeatkeeperDb()
    const tx = db.transaction('connections', 'readwrite')
    await tx.store.clear()
    await Promise.all(connections.map((c) => tx.store.put(v.parse(ConnectionViewSchema, c))))
    await tx.done
  } catch {
    // Best effort: only offline reading is lost.
  }
}

/** Keeps one connection (after GET/PATCH /api/connections/:id). */
export async function saveConnection(connection: ConnectionView): Promise<void> {
  try {
    const db = await openSeatkeeperDb()
    await db.put('connections', v.parse(ConnectionViewSchema, connection))
  } catch {
    // Best effort.
  }
}

/** Forgets a deleted connection, and the settings kept for it. */
export async function forgetConnection(id: string): Promise<void> {
  try {
    const db = await openSeatkeeperDb()
    const tx = db.transaction(['connections', 'settings'], 'readwrite')
    await Promise.all([
      tx.objectStore('connections').delete(id),
      tx.objectStore('settings').delete(id),
    ])
    await tx.done
  } catch {
    // Best effort.
  }
}
