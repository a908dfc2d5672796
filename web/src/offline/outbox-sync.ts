import { queryOptions } from '@tanstack/solid-query'
import { outboxDb } from '../db/outbox-db'
import { queryClient } from '../query-client'
import { refreshRegister } from '../register/submit-plan'
import { flushOutbox, pruneSent, recoverInterrupted, type FlushReport } from './flush-outbox'
import { outboxKeys } from './outbox-keys'
import { sendOutboxEntry } from './send-outbox-entry'

let running: Promise<FlushReport> | undefined

/**
 * Sends what the outbox holds. One flush at a time in this tab, and (where the browser has Web
 * Locks) across tabs, so two tabs coming online together do not both send the same entry.
 */
export function flushOutboxNow(): Promise<FlushReport> {
  running ??= withOutboxLock(() => flushOutbox({ store: outboxDb, send: sendOutboxEntry }))
    .then(async (report) => {
      await queryClient.invalidateQueries({ queryKey: outboxKeys.all })
      if (report.sent > 0) await refreshRegister().catch(() => undefined)
      return report
    })
    .finally(() => {
      running = undefined
    })
  return running
}

/** At start-up: mark interrupted sends uncertain, forget old sent entries, then flush. */
export async function resumeOutbox(): Promise<void> {
  await withOutboxLock(async () => {
    await recoverInterrupted(outboxDb)
    await pruneSent(outboxDb, new Date())
  })
  await flushOutboxNow()
}

/** The outbox entries, for the list of waiting edits and conflicts. */
export function outboxQueryOptions() {
  return queryOptions({ queryKey: outboxKeys.list(), queryFn: () => outboxDb.list() })
}

function withOutboxLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks) return work()
  return locks.request('seatkeeper-outbox', work) as Promise<T>
}
