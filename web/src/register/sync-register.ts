import { applyOperations, emptyRegister, PlanApplyError, type Operation } from '@seatkeeper/core'
import { ApiError, isUnreachable, noOfflineCopy } from '../api/api-error'
import { fetchChanges, fetchSnapshot } from '../api/register-api'
import {
  readStoredRegister,
  storeRefreshedAt,
  storeRunApplied,
  StoredSnapshotWriter,
} from '../db/register-snapshot'
import { RegisterCopy } from './register-copy'
import { nextTask } from '../ui/next-task'

/**
 * Brings `shown` (or, on a first read, the copy kept in IndexedDB) up to the edge's register:
 * the runs since its version (GET /api/register/changes) applied with the core's applyOperations,
 * or a full snapshot when there is no copy or the edge says the copy is too far behind. Every step
 * is kept in IndexedDB. Offline, the copy it has is the answer; with none, an error that says so.
 */
export async function syncRegister(
  shown: RegisterCopy | undefined,
  signal?: AbortSignal,
): Promise<RegisterCopy> {
  const start = shown ?? (await keptCopy())
  try {
    return start ? await catchUp(start, signal) : await takeSnapshot(signal)
  } catch (error) {
    if (!isUnreachable(error)) throw error
    if (start) return start
    throw noOfflineCopy('the register', '/api/register/snapshot')
  }
}

/** The copy kept in this browser, as a RegisterCopy, or undefined. */
export async function keptCopy(): Promise<RegisterCopy | undefined> {
  const stored = await readStoredRegister()
  return stored && new RegisterCopy(stored.register, stored.refreshedAt)
}

async function catchUp(copy: RegisterCopy, signal?: AbortSignal): Promise<RegisterCopy> {
  let register = copy.register
  // A run longer than a page comes in parts: the operations read so far, and where it goes on.
  let partial: { runId: string; operations: Operation[]; next: number } | undefined
  for (;;) {
    const page = await fetchChanges(register.version, { from: partial?.next ?? 0, signal })
    if (page.kind === 'snapshot') return takeSnapshot(signal)
    const refreshedAt = new Date().toISOString()
    for (const part of page.runs) {
      if (part.baseVersion !== register.version) return takeSnapshot(signal)
      if (partial && partial.runId !== part.runId) return takeSnapshot(signal)
      const operations = partial ? partial.operations.concat(part.operations) : part.operations
      if (part.next !== undefined) {
        partial = { runId: part.runId, operations, next: part.next }
        continue
      }
      partial = undefined
      try {
        register = applyOperations(register, operations)
      } catch (error) {
        // This copy and the edge disagree on a record: only a snapshot can tell which is right.
        if (error instanceof PlanApplyError) return takeSnapshot(signal)
        throw error
      }
      // Kept in a task of its own: applying a run of 19,000 operations and working out which
      // records it touched, in one, came to ~200 ms at 10,000 customers.
      await nextTask()
      await storeRunApplied(register, operations, refreshedAt)
    }
    if (!page.more || page.runs.length === 0) {
      if (page.runs.length === 0) await storeRefreshedAt(register.version, refreshedAt)
      return new RegisterCopy(register, refreshedAt)
    }
  }
}

// A write during the read ends the snapshot with "read it again" (409): a few tries, then that
// message is the answer.
const SNAPSHOT_ATTEMPTS = 3

async function takeSnapshot(signal?: AbortSignal): Promise<RegisterCopy> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readSnapshot(signal)
    } catch (error) {
      const moved = error instanceof ApiError && error.status === 409
      if (!moved || attempt >= SNAPSHOT_ATTEMPTS) throw error
    }
  }
}

/**
 * The register, page by page into memory and IndexedDB together: each page's records are parsed
 * once and the same objects kept in both, so the answer is never held as text too.
 */
async function readSnapshot(signal?: AbortSignal): Promise<RegisterCopy> {
  const register = emptyRegister()
  const kept = new StoredSnapshotWriter()
  for await (const part of fetchSnapshot(signal)) {
    if (part.type === 'start') {
      register.version = part.version
      await kept.begin()
      continue
    }
    const records = register[part.table] as unknown[]
    for (const record of part.records) records.push(record)
    await kept.add(part.table, part.records as never)
  }
  const refreshedAt = new Date().toISOString()
  await kept.finish(register.version, refreshedAt)
  return new RegisterCopy(register, refreshedAt)
}
