import * as v from 'valibot'
import { OutboxEntrySchema, type OutboxEntry } from './outbox-entry'
import type { OutboxStore } from './outbox-store'
import { openSeatkeeperDb } from './seatkeeper-db'

/**
 * The outbox kept in IndexedDB. Unlike the caches, failures here are thrown: an offline edit that
 * cannot be kept must be told to the person, not dropped.
 */
export const outboxDb: OutboxStore = {
  async list() {
    const db = await openSeatkeeperDb()
    const rows = await db.getAllFromIndex('outbox', 'by-created')
    return rows.flatMap((row) => {
      const parsed = v.safeParse(OutboxEntrySchema, row)
      return parsed.success ? [parsed.output] : []
    })
  },
  async put(entry: OutboxEntry) {
    const db = await openSeatkeeperDb()
    await db.put('outbox', entry)
  },
  async remove(id: string) {
    const db = await openSeatkeeperDb()
    await db.delete('outbox', id)
  },
}
