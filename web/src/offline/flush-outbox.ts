import { ApiError } from '../api/api-error'
import type { OutboxEdit, OutboxEntry } from '../db/outbox-entry'
import type { OutboxStore } from '../db/outbox-store'

export type FlushDeps = {
  store: OutboxStore
  /** Sends one entry; throws ApiError (status undefined = unreachable). */
  send: (entry: OutboxEntry) => Promise<void>
  now?: () => Date
}

export type FlushReport = { sent: number; conflicts: number; failed: number; waiting: number }

/**
 * Sends every pending entry once, oldest first. Each is marked `sending` before its request and
 * `sent` after it, so a second flush (another tab, a retry timer) never sends it again. The API
 * being unreachable or the sign-in expired (401) stops the flush and leaves the rest pending, in
 * order; a 409 becomes a conflict
 * for the person to resolve; any other refusal is `failed` with the edge's message.
 */
export async function flushOutbox(deps: FlushDeps): Promise<FlushReport> {
  const now = deps.now ?? (() => new Date())
  const report: FlushReport = { sent: 0, conflicts: 0, failed: 0, waiting: 0 }
  const entries = await deps.store.list()
  let stopped = false

  for (const entry of entries) {
    if (entry.state !== 'pending') continue
    if (stopped) {
      report.waiting += 1
      continue
    }
    const sending: OutboxEntry = { ...entry, state: 'sending', attempts: entry.attempts + 1 }
    await deps.store.put(sending)
    try {
      await deps.send(sending)
      await deps.store.put({
        ...sending,
        state: 'sent',
        sentAt: now().toISOString(),
        error: undefined,
      })
      report.sent += 1
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      // An expired sign-in refuses every entry alike: keep them all for after the person signs in.
      if (error instanceof ApiError && (error.unreachable || error.signInExpired)) {
        await deps.store.put({ ...sending, state: 'pending', error: message })
        report.waiting += 1
        stopped = true
      } else if (error instanceof ApiError && error.status === 409) {
        await deps.store.put({ ...sending, state: 'conflict', error: message })
        report.conflicts += 1
      } else {
        await deps.store.put({ ...sending, state: 'failed', error: message })
        report.failed += 1
      }
    }
  }
  return report
}

/**
 * Entries left `sending` by a tab that closed mid-request: the edge may or may not have applied
 * them, so they are shown as uncertain instead of being sent a second time. Call once at start-up.
 */
export async function recoverInterrupted(store: OutboxStore): Promise<number> {
  const stuck = (await store.list()).filter((entry) => entry.state === 'sending')
  for (const entry of stuck) {
    await store.put({
      ...entry,
      state: 'uncertain',
      error:
        'The page closed while this change was being sent, so it may or may not have been saved. ' +
        'Check the customer list, then send it again or discard it.',
    })
  }
  return stuck.length
}

/** Queues an edit made offline. */
export async function enqueueEdit(
  store: OutboxStore,
  edit: OutboxEdit,
  options: { id?: string; now?: Date } = {},
): Promise<OutboxEntry> {
  const entry = {
    ...edit,
    id: options.id ?? crypto.randomUUID(),
    createdAt: (options.now ?? new Date()).toISOString(),
    state: 'pending',
    attempts: 0,
  } as OutboxEntry
  await store.put(entry)
  return entry
}

/** A person chose to send a conflicted, failed or uncertain entry again. */
export async function retryEntry(store: OutboxStore, id: string): Promise<void> {
  const entry = (await store.list()).find((e) => e.id === id)
  if (!entry || entry.state === 'sent' || entry.state === 'sending') return
  await store.put({ ...entry, state: 'pending', error: undefined })
}

/** Drops sent entries older than `maxAgeMs` so the list shows only what still matters. */
export async function pruneSent(
  store: OutboxStore,
  now: Date,
  maxAgeMs = 24 * 3600_000,
): Promise<void> {
  for (const entry of await store.list()) {
    if (
      entry.state === 'sent' &&
      entry.sentAt &&
      now.getTime() - Date.parse(entry.sentAt) > maxAgeMs
    ) {
      await store.remove(entry.id)
    }
  }
}
