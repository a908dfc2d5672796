import * as v from 'valibot'
import {
  OperationSchema,
  RunHeadSchema,
  RunOperationsPageSchema,
  RunViewSchema,
  type RunHead,
  type RunOperationsPage,
  type RunView,
} from '@seatkeeper/core'
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

/** A run's head as last opened, or undefined. */
export async function readRunHead(id: string): Promise<RunHead | undefined> {
  try {
    const db = await openSeatkeeperDb()
    const row = await db.get('runs', id)
    const parsed = v.safeParse(RunHeadSchema, row?.detail)
    return parsed.success ? parsed.output : undefined
  } catch {
    return undefined
  }
}

/** Keeps a run's head (and its ledger entry); its operations are kept by page. */
export async function saveRunHead(head: RunHead): Promise<void> {
  try {
    const db = await openSeatkeeperDb()
    await db.put('runs', {
      id: head.run.id,
      startedAt: head.run.startedAt,
      view: head.run,
      detail: head,
    })
  } catch {
    // Best effort.
  }
}

// Before version 3 a run was kept whole, its operations beside its head: that reads as one page.
const KeptWholeRun = v.object({ operations: v.array(OperationSchema) })

/** The page of a run's operations kept from position `from`, or undefined. */
export async function readRunOperationsPage(
  id: string,
  from: number,
): Promise<RunOperationsPage | undefined> {
  try {
    const db = await openSeatkeeperDb()
    const parsed = v.safeParse(RunOperationsPageSchema, await db.get('run-operations', [id, from]))
    if (parsed.success) return parsed.output
    if (from !== 0) return undefined
    const whole = v.safeParse(KeptWholeRun, (await db.get('runs', id))?.detail)
    return whole.success ? { operations: whole.output.operations, next: null } : undefined
  } catch {
    return undefined
  }
}

/** Keeps a page of a run's operations, read from position `from`. */
export async function saveRunOperationsPage(
  id: string,
  from: number,
  page: RunOperationsPage,
): Promise<void> {
  try {
    const db = await openSeatkeeperDb()
    await db.put('run-operations', page, [id, from])
  } catch {
    // Best effort.
  }
}
