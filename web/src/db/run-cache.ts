import * as v from 'valibot'
import { RunDetailSchema, RunViewSchema, type RunDetail, type RunView } from '@seatkeeper/core'
import { openSeatkeeperDb } from './seatkeeper-db'

/** Kept runs, newest first; [] when none. */
export async function readRuns(): Promise<RunView[]> {
  try {
    const db = await openSeatkeeperDb()
    const rows = await db.getAllFromIndex('runs', 'by-started')
    return rows.reverse().flatMap((row) => {
      const parsed = v.safeParse(RunViewSchema, row.view)
      return parsed.success ? [parsed.output] : []
    })
  } catch {
    return []
  }
}

/** Keeps ledger entries; a run already kept keeps its detail. */
export async function saveRuns(runs: readonly RunView[]): Promise<void> {
  try {
    const db = await openSeatkeeperDb()
    const tx = db.transaction('runs', 'readwrite')
    await Promise.all(
      runs.map(async (view) => {
        const existing = await tx.store.get(view.id)
        await tx.store.put({
          id: view.id,
          startedAt: view.startedAt,
          view,
          detail: existing?.detail,
        })
      }),
    )
    await tx.done
  } catch {
    // Best effort.
  }
}

/** A run's detail as last opened, or undefined. */
export async function readRunDetail(id: string): Promise<RunDetail | undefined> {
  try {
    const db = await openSeatkeeperDb()
    const row = await db.get('runs', id)
    const parsed = v.safeParse(RunDetailSchema, row?.detail)
    return parsed.success ? parsed.output : undefined
  } catch {
    return undefined
  }
}

/** Keeps a run's detail (and its ledger entry). */
export async function saveRunDetail(detail: RunDetail): Promise<void> {
  try {
    const db = await openSeatkeeperDb()
    await db.put('runs', {
      id: detail.run.id,
      startedAt: detail.run.startedAt,
      view: detail.run,
      detail,
    })
  } catch {
    // Best effort.
  }
}
