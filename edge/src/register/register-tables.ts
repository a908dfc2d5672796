import {
  RECORD_KINDS,
  RECORD_TABLES,
  type RecordRef,
  type RecordTable,
  type Register,
} from '@seatkeeper/core'
import { jsonBatches } from './json-batches'
import { readRun } from './run-ledger'

/** The register as stored, in the order its records were first written. */
export function loadRegister(sql: SqlStorage): Register {
  const register = { version: readVersion(sql) } as Register
  for (const table of RECORD_TABLES) {
    register[table] = sql
      .exec<{ json: string }>(`SELECT json FROM ${SQL_TABLE[table]} ORDER BY rowid`)
      .toArray()
      .map((row) => JSON.parse(row.json)) as never
  }
  return register
}

/** Where a snapshot read goes on from: rows of `table` after rowid `after`, then the later kinds. */
export type SnapshotCursor = { table: RecordTable; after: number }

/** One page of a snapshot: the stored JSON of each kind it reached, and where to go on (null: done). */
export type SnapshotChunk = {
  parts: { table: RecordTable; rows: string[] }[]
  next: SnapshotCursor | null
}

/**
 * The rows from `from` on, kind after kind in RECORD_KINDS order, at most `maxRows` and about
 * `maxChars` of JSON. The stored text is passed on as is, never parsed, so a page costs its bytes;
 * a register smaller than one page is read whole in one call, so it is always one version.
 */
export function readSnapshotChunk(
  sql: SqlStorage,
  from: SnapshotCursor,
  maxRows: number,
  maxChars: number,
): SnapshotChunk {
  const parts: SnapshotChunk['parts'] = []
  let rowsLeft = maxRows
  let charsLeft = maxChars
  for (let i = RECORD_TABLES.indexOf(from.table); i < RECORD_TABLES.length; i++) {
    const table = RECORD_TABLES[i] as RecordTable
    const after = table === from.table ? from.after : 0
    if (rowsLeft <= 0 || charsLeft <= 0) return { parts, next: { table, after } }
    const rows: string[] = []
    let last = after
    const cursor = sql.exec<{ rowid: number; json: string }>(
      `SELECT rowid, json FROM ${SQL_TABLE[table]} WHERE rowid > ? ORDER BY rowid LIMIT ?`,
      after,
      rowsLeft + 1,
    )
    for (const row of cursor) {
      if (rows.length === rowsLeft || (rows.length > 0 && row.json.length > charsLeft)) {
        parts.push({ table, rows })
        return { parts, next: { table, after: last } }
      }
      rows.push(row.json)
      charsLeft -= row.json.length
      last = row.rowid
    }
    rowsLeft -= rows.length
    parts.push({ table, rows })
  }
  return { parts, next: null }
}

export function readVersion(sql: SqlStorage): number {
  const row = sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'version'").one()
  return Number(row.value)
}

/**
 * Writes the rows `touched` names as they are in `next` (deleted when `next` no longer has them),
 * each marked with the run that wrote it, and the register's new version. Nothing else is written:
 * a run over 20 records of a 100,000-record register costs 20 rows.
 */
export function writeTouchedRecords(
  sql: SqlStorage,
  next: Register,
  touched: readonly RecordRef[],
  runId: string,
): void {
  const keys = new Map<RecordTable, Set<string>>()
  for (const ref of touched) {
    let set = keys.get(ref.table)
    if (!set) keys.set(ref.table, (set = new Set()))
    set.add(ref.key)
  }
  for (const table of RECORD_TABLES) {
    const keyOf = RECORD_KINDS[table].key as (row: unknown) => string
    writeTable(sql, TABLE_SPECS[table], next[table], keyOf, keys.get(table), runId)
  }
  sql.exec("UPDATE meta SET value = ? WHERE key = 'version'", String(next.version))
}

type TableSpec = { upsert: string; remove: string; removeKey: (key: string) => unknown }

// Records are unpacked from a JSON array parameter (json-batches.ts); the key columns come from
// the record itself, so a row's key always matches its JSON. "WHERE true" is SQLite's required
// disambiguation for an upsert fed by a SELECT.
const TABLE_SPECS: Record<RecordTable, TableSpec> = {
  topLevels: idTable('top_levels'),
  customers: idTable('customers'),
  subscriptions: idTable('subscriptions'),
  mappings: {
    upsert: `INSERT INTO mappings (connection_id, external_customer_id, run_id, json)
      SELECT json_extract(value, '$.connectionId'), json_extract(value, '$.externalCustomerId'), ?, value FROM json_each(?) WHERE true
      ON CONFLICT (connection_id, external_customer_id) DO UPDATE SET run_id = excluded.run_id, json = excluded.json`,
    remove: `DELETE FROM mappings WHERE (connection_id, external_customer_id) IN
      (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))`,
    removeKey: (key) => key.split('\u0000'),
  },
  billingLines: idTable('billing_lines'),
  // A dismissal's key is the finding it hides.
  dismissals: idTable('dismissals', '$.findingId'),
}

function idTable(table: string, idPath = '$.id'): TableSpec {
  return {
    upsert: `INSERT INTO ${table} (id, run_id, json) SELECT json_extract(value, '${idPath}'), ?, value FROM json_each(?) WHERE true
      ON CONFLICT (id) DO UPDATE SET run_id = excluded.run_id, json = excluded.json`,
    remove: `DELETE FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`,
    removeKey: (key) => key,
  }
}

function writeTable<T>(
  sql: SqlStorage,
  spec: TableSpec,
  rows: readonly T[],
  keyOf: (row: T) => string,
  keys: Set<string> | undefined,
  runId: string,
): void {
  if (!keys) return
  const kept: string[] = []
  const found = new Set<string>()
  for (const row of rows) {
    const key = keyOf(row)
    if (keys.has(key)) {
      kept.push(JSON.stringify(row))
      found.add(key)
    }
  }
  const removed: string[] = []
  for (const key of keys) if (!found.has(key)) removed.push(JSON.stringify(spec.removeKey(key)))
  for (const batch of jsonBatches(removed)) sql.exec(spec.remove, batch)
  for (const batch of jsonBatches(kept)) sql.exec(spec.upsert, runId, batch)
}

/** Who last changed a record, in the words an undo reports it with: "by run run_… (sync, …)". */
export function changedBy(sql: SqlStorage, ref: RecordRef): string {
  const runId = lastRunOf(sql, ref)
  if (!runId) return 'by a later run'
  const run = readRun(sql, runId)
  return run ? `by run ${runId} (${run.kind}, ${run.actor}, ${run.finishedAt})` : `by run ${runId}`
}

/** The run that last wrote a record: undefined when the record is not stored at all. */
function lastRunOf(sql: SqlStorage, ref: RecordRef): string | undefined {
  const [table, where, args] =
    ref.table === 'mappings'
      ? ['mappings', 'connection_id = ? AND external_customer_id = ?', ref.key.split('\u0000')]
      : [SQL_TABLE[ref.table], 'id = ?', [ref.key]]
  const row = sql
    .exec<{ run_id: string | null }>(`SELECT run_id FROM ${table} WHERE ${where}`, ...args)
    .toArray()[0]
  return row ? (row.run_id ?? '') : undefined
}

// Each record kind's SQLite table (register-schema.ts); one entry per RECORD_KINDS entry.
const SQL_TABLE: Record<RecordTable, string> = {
  topLevels: 'top_levels',
  customers: 'customers',
  subscriptions: 'subscriptions',
  mappings: 'mappings',
  billingLines: 'billing_lines',
  dismissals: 'dismissals',
}
