import type { NotBillableReason, Subscription } from '@seatkeeper/core'
import { createSignal, For, Show } from 'solid-js'
import { isOnline } from '../network/connectivity'
import { Dialog } from '../ui/dialog'
import { ErrorAlert } from '../ui/error-alert'
import { NeedsNetwork } from '../ui/needs-network'
import { NOT_BILLABLE_LABELS } from './customer-billing'

const REASONS = Object.keys(NOT_BILLABLE_LABELS) as NotBillableReason[]

/**
 * Asks why a subscription is not billed (internal use, included in a bundle, customer pays
 * directly; a note optional) before it is marked: the Billing tab's "Mark not billable", and the
 * other resolution of a "not billed" finding wherever findings are listed.
 */
export function NotBillableDialog(props: {
  subscription: Subscription
  pending?: boolean
  error?: unknown
  onClose: () => void
  onMark: (reason: NotBillableReason, note?: string) => void
}) {
  const [reason, setReason] = createSignal<NotBillableReason | ''>('')
  const [note, setNote] = createSignal('')
  const [missing, setMissing] = createSignal(false)
  const submit = () => {
    const chosen = reason()
    setMissing(chosen === '')
    if (chosen !== '') props.onMark(chosen, note().trim() || undefined)
  }
  return (
    <Dialog
      title={`Mark ${props.subscription.name} not billable`}
      onClose={props.onClose}
      closeLabel="Cancel"
      actions={
        <button
          type="button"
          class="button button--primary"
          disabled={!isOnline() || props.pending}
          onClick={submit}
        >
          {props.pending ? 'Marking…' : 'Mark not billable'}
        </button>
      }
    >
      <p>Reconciliation leaves a subscription that is not billable out of its findings.</p>
      <fieldset class="form__group" aria-describedby={missing() ? 'nb-error' : undefined}>
        <legend>Why is it not billed?</legend>
        <For each={REASONS}>
          {(r) => (
            <div class="field field--inline">
              <input
                id={`nb-${r}`}
                type="radio"
                name="not-billable-reason"
                checked={reason() === r}
                onChange={() => setReason(r)}
              />
              <label for={`nb-${r}`}>{NOT_BILLABLE_LABELS[r]}</label>
            </div>
          )}
        </For>
      </fieldset>
      <Show when={missing()}>
        <p id="nb-error" class="sk-error" role="alert">
          Choose why this subscription is not billed, so the next person knows.
        </p>
      </Show>
      <div class="field">
        <label for="nb-note">Note (optional)</label>
        <input
          id="nb-note"
          maxLength={500}
          value={note()}
          onInput={(e) => setNote(e.currentTarget.value)}
          autocomplete="off"
        />
      </div>
      <ErrorAlert error={props.error} />
      <NeedsNetwork what="Marking a subscription not billable" />
    </Dialog>
  )
}
