import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb'
import {
  RECORD_TABLES,
  recordKey,
  RegisterSchema,
  type ConnectionSettings,
  type ConnectionView,
  type RecordTable,
  type Register,
  type RunHead,
  type RunOperationsPage,
  type RunView,
} from '@seatkeeper/core'
import * as v from 'valibot'
import type { OutboxEntry } from './outbox-entry'

/** The object store that keeps one kind of register record, by its key (core RECORD_KINDS). */
export const recordStore = <K extends RecordTable>(table: K) => `register-${table}` as const

/** One store per register record kind, made from core's RECORD_KINDS. */
type RecordStores = {
  [K in RecordTable as ReturnType<typeof recordStore<K>>]: {
    key: string
    value: Register[K][number]
  }
}

/**
 * What this browser keeps so the app reads offline. Values are re-validated on the way out
 * (read-*.ts): an older build may have written them.
 */
export interface SeatkeeperDb extends DBSchema, RecordStores {
  /** Connections exactly as GET /api/connections shows them: secrets only as set/not set. */
  connections: { key: string; value: ConnectionView }
  /**
   * Run ledger entries, with the head once a run page has been opened (builds before version 3
   * kept the whole run there, operations included; run-cache.ts still reads those).
   */
  runs: {
    key: string
    value: { id: string; startedAt: string; view: RunView; detail?: RunHead }
    indexes: { 'by-started': string }
  }
  /** A run's operations as the run page read them, a page per row, keyed [runId, from]. */
  'run-operations': { key: [string, number]; value: RunOperationsPage }
  /** Edits made offline, waiting to be sent. */
  outbox: { key: string; value: OutboxEntry; indexes: { 'by-created': string } }
  /** Each connection's settings as last read (GET …/settings), shown read-only offline. */
  settings: { key: string; value: { connectionId: string; settings: ConnectionSettings } }
  /**
   * Small flags: 'register' is the kept register's `{ version, refreshedAt }` (register-snapshot.ts;
   * its records are in the record stores), and whether persistent storage was asked for.
   */
  meta: { key: string; value: unknown }
}

export const DB_NAME = 'seatkeeper'
// A new register record kind (core RECORD_KINDS) needs only this bumped: every upgrade creates
// the record stores that are missing.
export const DB_VERSION = 3

let opening: Promise<IDBPDatabase<SeatkeeperDb>> | undefined

/** The one database handle, opened (and upgraded) on first use. Rejects where IndexedDB is missing. */
export function openSeatkeeperDb(): Promise<IDBPDatabase<SeatkeeperDb>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(
      new Error('This browser does not offer IndexedDB, so nothing is kept offline.'),
    )
  }
  opening ??= openDB<SeatkeeperDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // One step per version; a browser several versions behind runs each in turn.
      const old = db as unknown as IDBPDatabase
      if (oldVersion < 1) {
        old.createObjectStore('register')
        db.createObjectStore('connections', { keyPath: 'id' })
        db.createObjectStore('runs', { keyPath: 'id' }).createIndex('by-started', 'startedAt')
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-created', 'createdAt')
        db.createObjectStore('meta')
      }
      if (oldVersion < 2) db.createObjectStore('settings', { keyPath: 'connectionId' })
      for (const table of RECORD_TABLES) {
        if (!db.objectStoreNames.contains(recordStore(table)))
          db.createObjectStore(recordStore(table))
      }
      if (oldVersion < 2) splitRegisterBlob(old, transaction as unknown as Upgrade)
      if (oldVersion < 3) db.createObjectStore('run-operations')
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

type Upgrade = IDBPTransaction<unknown, string[], 'versionchange'>

/**
 * Version 1 kept the register as one blob (`register` store, key 'current'): version 2 keeps
 * each record in its kind's store, so a change writes the records it touched, not the register.
 * A blob that no longer fits the register's model is dropped (the next load reads the edge).
 */
function splitRegisterBlob(db: IDBPDatabase, transaction: Upgrade): void {
  const Blob = v.object({ register: RegisterSchema, savedAt: v.string() })
  void transaction
    .objectStore('register')
    .get('current')
    .then((kept: unknown) => {
      const parsed = v.safeParse(Blob, kept)
      if (parsed.success) {
        const { register, savedAt } = parsed.output
        for (const table of RECORD_TABLES) {
          const store = transaction.objectStore(recordStore(table))
          for (const record of register[table]) void store.put(record, recordKey(table, record))
        }
        const header = { version: register.version, refreshedAt: savedAt }
        void transaction.objectStore('meta').put(header, 'register')
      }
      db.deleteObjectStore('register')
    })
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
