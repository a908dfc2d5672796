import {
  mappingKey,
  type BillingLine,
  type Customer,
  type Dismissal,
  type Mapping,
  type RecordRef,
  type RecordTable,
  type Register,
  type Subscription,
  type TopLevel,
} from '@seatkeeper/core'
import { jsonBatches } from './json-batches'
import { readRun } from './run-ledger'

/** The register as stored, in the order its records were first written. */
export function loadRegister(sql: SqlStorage): Register {
  const rows = <T>(table: string): T[] =>
    sql
      .exec<{ json: string }>(`SELECT json FROM ${table} ORDER BY rowid`)
      .toArray()
      .map((row) => JSON.parse(row.json) as T)
  return {
    version: readVersion(sql),
    topLevels: rows<TopLevel>('top_levels'),
    customers: rows<Customer>('customers'),
    subscriptions: rows<Subscription>('subscriptions'),
    mappings: rows<Mapping>('mappings'),
    billingLines: rows<BillingLine>('billing_lines'),
    dismissals: rows<Dismissal>('dismissals'),
  }
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
  writeTable(sql, TABLE_SPECS.topLevels, next.topLevels, (t) => t.id, keys.get('topLevels'), runId)
  writeTable(sql, TABLE_SPECS.customers, next.customers, (c) => c.id, keys.get('customers'), runId)
  writeTable(
    sql,
    TABLE_SPECS.subscriptions,
    next.subscriptions,
    (s) => s.id,
    keys.get('subscriptions'),
    runId,
  )
  writeTable(
    sql,
    TABLE_SPECS.mappings,
    next.mappings,
    (m) => mappingKey(m.connectionId, m.externalCustomerId),
    keys.get('mappings'),
    runId,
  )
  writeTable(
    sql,
    TABLE_SPECS.billingLines,
    next.billingLines,
    (l) => l.id,
    keys.get('billingLines'),
    runId,
  )
  writeTable(
    sql,
    TABLE_SPECS.dismissals,
    next.dismissals,
    (d) => d.findingId,
    keys.get('dismissals'),
    runId,
  )
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
      : [TABLE[ref.table], 'id = ?', [ref.key]]
  const row = sql
    .exec<{ run_id: string | null }>(`SELECT run_id FROM ${table} WHERE ${where}`, ...args)
    .toArray()[0]
  return row ? (row.run_id ?? '') : undefined
}

const TABLE: Record<RecordTable, string> = {
  topLevels: 'top_levels',
  customers: 'customers',
  subscriptions: 'subscriptions',
  mappings: 'mappings',
  billingLines: 'billing_lines',
  dismissals: 'dismissals',
}
