import { useMutation, useQuery, useQueryClient } from '@tanstack/solid-query'
import { For, Show } from 'solid-js'
import { outboxDb } from '../db/outbox-db'
import { ErrorAlert } from '../ui/error-alert'
import { formatDateTime } from '../ui/format-date-time'
import { retryEntry } from './flush-outbox'
import { outboxKeys } from './outbox-keys'
import { flushOutboxNow, outboxQueryOptions } from './outbox-sync'

const STATE_LABEL = {
  pending: 'Waiting to send',
  sending: 'Sending…',
  sent: 'Sent',
  conflict: 'Conflict',
  failed: 'Refused',
  uncertain: 'May not have been saved',
} as const

/** Edits made offline: what still waits, and the conflicts a person has to settle. */
export function OutboxList() {
  const outbox = useQuery(() => outboxQueryOptions())
  const client = useQueryClient()
  const open = () => (outbox.data ?? []).filter((entry) => entry.state !== 'sent')
  // Send again / Discard: a failing IndexedDB write is shown, not lost as an unhandled rejection.
  const settle = useMutation(() => ({
    mutationFn: async (step: { action: 'retry' | 'discard'; id: string }) => {
      if (step.action === 'retry') {
        await retryEntry(outboxDb, step.id)
        await flushOutboxNow()
      } else {
        await outboxDb.remove(step.id)
        await client.invalidateQueries({ queryKey: outboxKeys.all })
      }
    },
  }))

  return (
    <Show when={open().length > 0}>
      <section class="card outbox" aria-labelledby="outbox-title">
        <h2 id="outbox-title">Changes made offline ({open().length})</h2>
        <ul class="outbox__list">
          <For each={open()}>
            {(entry) => (
              <li class="outbox__item" data-state={entry.state}>
                <div>
                  <strong>{entry.label}</strong> — {STATE_LABEL[entry.state]}
                  <span class="muted"> · {formatDateTime(entry.createdAt)}</span>
                  <Show when={entry.error && entry.state !== 'pending'}>
                    <p class="outbox__error">{entry.error}</p>
                  </Show>
                </div>
                <Show
                  when={
                    entry.state === 'conflict' ||
                    entry.state === 'failed' ||
                    entry.state === 'uncertain'
                  }
                >
                  <div class="outbox__actions">
                    <button
                      type="button"
                      class="button"
                      aria-label={`Send again: ${entry.label}`}
                      disabled={settle.isPending}
                      onClick={() => settle.mutate({ action: 'retry', id: entry.id })}
                    >
                      Send again
                    </button>
                    <button
                      type="button"
                      class="button"
                      aria-label={`Discard: ${entry.label}`}
                      disabled={settle.isPending}
                      onClick={() => settle.mutate({ action: 'discard', id: entry.id })}
                    >
                      Discard
                    </button>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ul>
        <ErrorAlert class="outbox__error" error={settle.error} />
        <Show when={open().some((entry) => entry.state === 'pending')}>
          <button type="button" class="button" onClick={() => void flushOutboxNow()}>
            Send waiting changes now
          </button>
        </Show>
      </section>
    </Show>
  )
}
