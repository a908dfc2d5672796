import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type {
  ConnectionSettings,
  ConnectionView,
  Register,
  RunDetail,
  RunView,
} from '@seatkeeper/core'
import type { OutboxEntry } from './outbox-entry'

/**
 * What this browser keeps so the app reads offline. Values are re-validated on the way out
 * (read-*.ts): an older build may have written them.
 */
export interface SeatkeeperDb extends DBSchema {
  /** The register snapshot, one record under the key 'current'. */
  register: { key: 'current'; value: { register: Register; savedAt: string } }
  /** Connections exactly as GET /api/connections shows them: secrets only as set/not set. */
  connections: { key: string; value: ConnectionView }
  /** Run ledger entries, with the detail once a run page has been opened. */
  runs: {
    key: string
    value: { id: string; startedAt: string; view: RunView; detail?: RunDetail }
    indexes: { 'by-started': string }
  }
  /** Edits made offline, waiting to be sent. */
  outbox: { key: string; value: OutboxEntry; indexes: { 'by-created': string } }
  /** Each connection's settings as last read (GET …/settings), shown read-only offline. */
  settings: { key: string; value: { connectionId: string; settings: ConnectionSettings } }
  /** Small flags: when the register was saved, whether persistent storage was asked for. */
  meta: { key: string; value: unknown }
}

export const DB_NAME = 'seatkeeper'
export const DB_VERSION = 2

let opening: Promise<IDBPDatabase<SeatkeeperDb>> | undefined

/** The one database handle, opened (and upgraded) on first use. Rejects where IndexedDB is missing. */
export function openSeatkeeperDb(): Promise<IDBPDatabase<SeatkeeperDb>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(
      new Error('This browser does not offer IndexedDB, so nothing is kept offline.'),
    )
  }
  opening ??= openDB<SeatkeeperDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      // One step per version; a browser several versions behind runs each in turn.
      if (oldVersion < 1) {
        db.createObjectStore('register')
        db.createObjectStore('connections', { keyPath: 'id' })
        db.createObjectStore('runs', { keyPath: 'id' }).createIndex('by-started', 'startedAt')
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-created', 'createdAt')
        db.createObjectStore('meta')
      }
      if (oldVersion < 2) db.createObjectStore('settings', { keyPath: 'connectionId' })
    },
    blocking() {
      // A newer tab wants to upgrade: let it, and open afresh next time.
      void opening?.then((db) => db.close())
      opening = undefined
    },
  }).catch((error: unknown) => {
    opening = undefined
    throw error
  })
  return withTimeout(opening, OPEN_TIMEOUT_MS)
}

// An open can wait forever (another tab holding an old version open, a stuck browser profile);
// the page must then fall back to the network instead of showing "Loading…" for good.
const OPEN_TIMEOUT_MS = 3_000

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('IndexedDB did not open in time; working without the offline copy.')),
      ms,
    )
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}
