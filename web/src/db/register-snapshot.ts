import {
  RECORD_KINDS,
  RECORD_TABLES,
  recordKey,
  recordOf,
  type Operation,
  type RecordTable,
  type Register,
} from '@seatkeeper/core'
import * as v from 'valibot'
import { openSeatkeeperDb, recordStore } from './seatkeeper-db'

/** The register kept in this browser, and when it was last known to be the edge's. */
export type StoredRegister = { register: Register; refreshedAt: string }

const HeaderSchema = v.object({
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  refreshedAt: v.string(),
})
const RecordsSchema = Object.fromEntries(
  RECORD_TABLES.map((table) => [table, v.array(RECORD_KINDS[table].schema)]),
) as unknown as { [K in RecordTable]: v.GenericSchema<unknown, Register[K]> }

const STORES = RECORD_TABLES.map(recordStore)

/**
 * Records read from IndexedDB per request when the kept register is read back: each answer is
 * unpacked and checked in one task, which at 5,000 subscriptions took 70–250 ms at 10,000
 * customers (docs/benchmarks.md).
 */
const READ_CHUNK = 2_000
/**
 * Records written per task: each put clones its record on the spot, and 19,000 of them in one
 * task took ~200 ms at 10,000 customers (docs/benchmarks.md). Awaiting a batch's last request
 * ends the task and keeps the transaction open, so a write stays one transaction.
 */
const WRITE_BATCH = 500

type WriteStore = {
  put(value: never, key: string): Promise<unknown>
  delete(key: string): Promise<unknown>
}

/** Writes (a record) or deletes (undefined) each key, WRITE_BATCH per task, in one transaction. */
async function writeInBatches(
  store: WriteStore,
  writes: Iterable<readonly [string, unknown | undefined]>,
): Promise<void> {
  let pending = 0
  let last: Promise<unknown> | undefined
  for (const [key, record] of writes) {
    last = record === undefined ? store.delete(key) : store.put(record as never, key)
    // A failed request fails the transaction (tx.done): that is where it is heard, not here.
    last.catch(() => undefined)
    if (++pending === WRITE_BATCH) {
      await last
      pending = 0
    }
  }
  await last
}

/**
 * The register as last kept in this browser, or undefined (none kept, a snapshot that did not
 * finish, unreadable, no IndexedDB). Read in one transaction, checked once against the model.
 */
export async function readStoredRegister(): Promise<StoredRegister | undefined> {
  try {
    const db = await openSeatkeeperDb()
    const tx = db.transaction([...STORES, 'meta'])
    const header = v.safeParse(HeaderSchema, await tx.objectStore('meta').get('register'))
    if (!header.success) return undefined
    const register = { version: header.output.version } as Register
    for (const table of RECORD_TABLES) {
      const records: unknown[] = []
      const store = tx.objectStore(recordStore(table))
      // A chunk per request: each answer is its own task, so no task unpacks and checks 100,000
      // subscriptions at once (one getAll of them was a 0.8 s task on reload). Records come in
      // key order, so the last one's key is where the next chunk starts.
      for (let after: string | undefined; ;) {
        const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true)
        const chunk = v.safeParse(RecordsSchema[table], await store.getAll(range, READ_CHUNK))
        if (!chunk.success) return undefined
        for (const record of chunk.output) records.push(record)
        if (chunk.output.length < READ_CHUNK) break
        after = recordKey(table, chunk.output.at(-1) as never)
      }
      register[table] = records as never
    }
    return { register, refreshedAt: header.output.refreshedAt }
  } catch {
    return undefined
  }
}

/**
 * Keeps a snapshot as it streams in, a page per transaction: `begin` drops the kept copy (so a
 * snapshot that breaks off leaves none rather than a mix), `add` each page, `finish` marks it
 * whole. Best effort: once IndexedDB fails, the rest is skipped and no copy is marked whole.
 */
export class StoredSnapshotWriter {
  private failed = false

  async begin(): Promise<void> {
    await this.attempt(async () => {
      const db = await openSeatkeeperDb()
      const tx = db.transaction([...STORES, 'meta'], 'readwrite')
      await Promise.all([
        tx.objectStore('meta').delete('register'),
        ...STORES.map((store) => tx.objectStore(store).clear()),
      ])
      await tx.done
    })
  }

  async add<K extends RecordTable>(table: K, records: Register[K]): Promise<void> {
    await this.attempt(async () => {
      const db = await openSeatkeeperDb()
      const tx = db.transaction(recordStore(table), 'readwrite')
      await writeInBatches(
        tx.store as unknown as WriteStore,
        records.map((record) => [recordKey(table, record), record] as const),
      )
      await tx.done
    })
  }

  async finish(version: number, refreshedAt: string): Promise<void> {
    await this.attempt(() => writeHeader(version, refreshedAt))
  }

  private async attempt(write: () => Promise<void>): Promise<void> {
    if (this.failed) return
    try {
      await write()
    } catch {
      // The page still works from the network; only offline reading is lost.
      this.failed = true
    }
  }
}

/** Keeps a whole register (the first copy of a test, or a register built in memory). */
export async function saveStoredRegister(
  register: Register,
  refreshedAt = new Date().toISOString(),
): Promise<void> {
  const writer = new StoredSnapshotWriter()
  await writer.begin()
  for (const table of RECORD_TABLES) await writer.add(table, register[table] as never)
  await writer.finish(register.version, refreshedAt)
}

/**
 * Moves the kept copy on by one run: `next` is the register after `operations`; only the records
 * they touched are written (or deleted), with the new version, in one transaction. Best effort.
 */
export async function storeRunApplied(
  next: Register,
  operations: readonly Operation[],
  refreshedAt: string,
): Promise<void> {
  const touched = new Map<RecordTable, Set<string>>()
  for (const operation of operations) {
    const ref = recordOf(operation)
    let keys = touched.get(ref.table)
    if (!keys) touched.set(ref.table, (keys = new Set()))
    keys.add(ref.key)
  }
  try {
    const db = await openSeatkeeperDb()
    const tx = db.transaction([...STORES, 'meta'], 'readwrite')
    // Only a kept copy at the run's base moves on: one that missed a run (a failed write) would
    // claim a version whose records it lacks, so it is dropped and the next load takes a
    // snapshot. One already at the version (another tab applied the run) is left as it is.
    const kept = v.safeParse(HeaderSchema, await tx.objectStore('meta').get('register'))
    const at = kept.success ? kept.output.version : undefined
    if (at !== next.version - 1) {
      if (at !== next.version) await tx.objectStore('meta').delete('register')
      await tx.done
      return
    }
    for (const [table, keys] of touched) {
      const writes = new Map<string, unknown>()
      for (const key of keys) writes.set(key, undefined)
      for (const record of next[table]) {
        const key = recordKey(table, record as never)
        if (keys.has(key)) writes.set(key, record)
      }
      await writeInBatches(tx.objectStore(recordStore(table)) as unknown as WriteStore, writes)
    }
    void tx.objectStore('meta').put({ version: next.version, refreshedAt }, 'register')
    await tx.done
  } catch {
    // Best effort, as above; the kept copy stays at its older version, whole.
  }
}

/** Notes that the kept copy (at `version`) was just found to be the edge's. Best effort. */
export async function storeRefreshedAt(version: number, refreshedAt: string): Promise<void> {
  try {
    await writeHeader(version, refreshedAt)
  } catch {
    // Best effort.
  }
}

async function writeHeader(version: number, refreshedAt: string): Promise<void> {
  const db = await openSeatkeeperDb()
  await db.put('meta', { version, refreshedAt }, 'register')
}
