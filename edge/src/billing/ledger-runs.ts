import type { LedgerRun, Operation } from '@seatkeeper/core'

/**
 * The runs that finished between `start` and `end` (days, both included), each with its
 * operations in order, as proRataCharges reads the run ledger. An undone run and its undo both
 * appear, so their quantity changes cancel out.
 */
export function ledgerRunsBetween(sql: SqlStorage, start: string, end: string): LedgerRun[] {
  const runs = sql
    .exec<{ id: string; finished: string }>(
      `SELECT id, json_extract(json, '$.finishedAt') AS finished FROM runs
       WHERE substr(json_extract(json, '$.finishedAt'), 1, 10) BETWEEN ? AND ? ORDER BY seq`,
      start,
      end,
    )
    .toArray()
  return runs.map(({ id, finished }) => ({
    run: { id, finishedAt: finished },
    operations: sql
      .exec<{ op: string }>('SELECT op FROM run_operations WHERE run_id = ? ORDER BY seq', id)
      .toArray()
      .map((row) => JSON.parse(row.op) as Operation),
  }))
}

/**
 * The runs that finished between `start` and `end` (days, both included) with only their
 * subscription updates, the operations a seat rise can be: what `seatRises` reads,
 * without parsing every other operation of a large import (a 20,000-change run stays in SQLite).
 */
export function subscriptionRunsBetween(sql: SqlStorage, start: string, end: string): LedgerRun[] {
  const rows = sql
    .exec<{ id: string; finished: string; op: string }>(
      `SELECT r.id AS id, json_extract(r.json, '$.finishedAt') AS finished, o.op AS op
       FROM runs r JOIN run_operations o ON o.run_id = r.id
       WHERE substr(json_extract(r.json, '$.finishedAt'), 1, 10) BETWEEN ? AND ?
         AND json_extract(o.op, '$.op') = 'updateSubscription'
       ORDER BY r.seq, o.seq`,
      start,
      end,
    )
    .toArray()
  const runs: { run: { id: string; finishedAt: string }; operations: Operation[] }[] = []
  for (const row of rows) {
    const last = runs.at(-1)
    const operation = JSON.parse(row.op) as Operation
    if (last && last.run.id === row.id) last.operations.push(operation)
    else runs.push({ run: { id: row.id, finishedAt: row.finished }, operations: [operation] })
  }
  return runs
}
