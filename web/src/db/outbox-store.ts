import type { OutboxEntry } from './outbox-entry'

/** Where outbox entries live: IndexedDB in the app (outbox-db.ts), a Map in tests. */
export interface OutboxStore {
  /** Every entry, oldest first. */
  list(): Promise<OutboxEntry[]>
  put(entry: OutboxEntry): Promise<void>
  remove(id: string): Promise<void>
}
