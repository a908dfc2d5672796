import type { Operation, Quarantined, RunDetail, RunView, Skipped } from '@seatkeeper/core'
import { jsonBatches } from './json-batches'

/** Writes a run and each of its operations (seq = its place in the run). Call inside the write's transaction. */
export function insertRun(
  sql: SqlStorage,
  run: RunView,
  operations: readonly Operation[],
  skipped: readonly Skipped[],
  quarantine: readonly Quarantined[],
): void {
  sql.exec(
    'INSERT INTO runs (id, json, skipped, quarantine) VALUES (?, ?, ?, ?)',
    run.id,
    JSON.stringify(run),
    JSON.stringify(skipped),
    JSON.stringify(quarantine),
  )
  // One statement per ~1 MB of operations (json-batches.ts); seq continues across batches.
  let seq = 0
  for (const batch of jsonBatches(operations.map((operation) => JSON.stringify(operation)))) {
    sql.exec(
      'INSERT INTO run_operations (run_id, seq, op) SELECT ?, ? + key, value FROM json_each(?)',
      run.id,
      seq,
      batch,
    )
    seq += sql.exec<{ n: number }>('SELECT json_array_length(?) AS n', batch).one().n
  }
}

/** Runs newest first; `before` is the id of the last run of the previous page. */
export function listRuns(sql: SqlStorage, options: { limit: number; before?: string }): RunView[] {
  const limit = Math.max(1, Math.min(200, Math.floor(options.limit) || 50))
  const rows = options.before
    ? sql.exec<{ json: string }>(
        'SELECT json FROM runs WHERE seq < (SELECT seq FROM runs WHERE id = ?) ORDER BY seq DESC LIMIT ?',
        options.before,
        limit,
      )
    : sql.exec<{ json: string }>('SELECT json FROM runs ORDER BY seq DESC LIMIT ?', limit)
  return rows.toArray().map((row) => JSON.parse(row.json) as RunView)
}

export function readRun(sql: SqlStorage, id: string): RunView | undefined {
  const row = sql.exec<{ json: string }>('SELECT json FROM runs WHERE id = ?', id).toArray()[0]
  return row ? (JSON.parse(row.json) as RunView) : undefined
}

export function readRunDetail(sql: SqlStorage, id: string): RunDetail | null {
  const row = sql
    .exec<{ json: string; skipped: string; quarantine: string }>(
      'SELECT json, skipped, quarantine FROM runs WHERE id = ?',
      id,
    )
    .toArray()[0]
  if (!row) return null
  const operations = sql
    .exec<{ op: string }>('SELECT op FROM run_operations WHERE run_id = ? ORDER BY seq', id)
    .toArray()
    .map((r) => JSON.parse(r.op) as Operation)
  return {
    run: JSON.parse(row.json) as RunView,
    operations,
    skipped: JSON.parse(row.skipped) as Skipped[],
    quarantine: JSON.parse(row.quarantine) as Quarantined[],
  }
}

/** Records on a run that a later run undid it, so it cannot be undone twice. */
export function markUndone(sql: SqlStorage, id: string, undoneBy: string): void {
  const run = readRun(sql, id)
  if (!run) return
  sql.exec('UPDATE runs SET json = ? WHERE id = ?', JSON.stringify({ ...run, undoneBy }), id)
}
