import { BillingPeriodSchema, type BillingLine } from '@seatkeeper/core'
import { useMutation } from '@tanstack/solid-query'
import { createSignal, createUniqueId, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { errorField } from '../api/error-field'
import { isOnline } from '../network/connectivity'
import { Dialog } from '../ui/dialog'
import { ErrorAlert } from '../ui/error-alert'
import { errorMessage } from '../ui/error-message'
import { NeedsNetwork } from '../ui/needs-network'
import { createBillingLine, updateBillingLine } from './billing-api'
import {
  billingLineFormValues,
  billingLinePatch,
  PERIOD_LABELS,
  readBillingLineForm,
  type BillingLineFormErrors,
  type BillingLineFormValues,
} from './billing-line-form'

type TextField = Exclude<keyof BillingLineFormValues, 'inactive' | 'period' | 'quantityRule'>

const FIELDS: Array<{ key: TextField; label: string; hint?: string; type?: string }> = [
  { key: 'itemCode', label: 'Item code', hint: 'The SKU or code on the invoice, if any' },
  { key: 'quantity', label: 'Quantity billed', hint: 'A whole number' },
  { key: 'unitPrice', label: 'Unit price', hint: 'Per unit and period, e.g. 32.50' },
  { key: 'unitCost', label: 'Unit cost', hint: 'What one unit costs you, if known' },
  { key: 'currency', label: 'Currency', hint: 'Three letters, e.g. AUD' },
  { key: 'startDate', label: 'Start', type: 'date' },
  { key: 'endDate', label: 'End', type: 'date' },
  { key: 'minimumQuantity', label: 'Minimum quantity', hint: 'Billed at least this many' },
  { key: 'freeQuantity', label: 'Free quantity', hint: 'Seats given at no charge' },
]

/**
 * Add or edit one billing line of a customer. The save is one write of the change model (a run
 * with before/after, undoable from the Runs page); it needs the network.
 */
export function BillingLineDialog(props: {
  customerId: string
  /** The line being edited; a new line when absent. */
  line?: BillingLine
  /** A new line's currency to start from (the customer's subscriptions' one). */
  currency?: string
  onClose: (message?: string) => void
}) {
  const [values, setValues] = createStore<BillingLineFormValues>(
    billingLineFormValues(props.line, props.currency),
  )
  const [errors, setErrors] = createSignal<BillingLineFormErrors>({})
  const formId = createUniqueId()
  // One key for this dialog's intent: a resend after a lost answer makes no second line.
  const intent = crypto.randomUUID()
  const save = useMutation(() => ({
    mutationFn: async (): Promise<string | undefined> => {
      const read = readBillingLineForm(values)
      if (!read.input) return undefined
      if (!props.line) {
        const line = await createBillingLine(
          { customerId: props.customerId, ...read.input },
          intent,
        )
        return `Added “${line.description}”.`
      }
      const patch = billingLinePatch(props.line, read.input, values.inactive)
      if (!patch) return 'Nothing changed.'
      const line = await updateBillingLine(props.line.id, patch)
      return `Saved “${line.description}”.`
    },
    onSuccess: (message) => message && props.onClose(message),
    onError: (error: Error) => {
      const field = errorField(error)?.split('.').pop()
      if (field && field in values) setErrors({ [field]: errorMessage(error) })
    },
  }))

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    save.reset()
    const read = readBillingLineForm(values)
    setErrors(read.errors)
    if (!read.input) {
      const first = Object.keys(read.errors)[0]
      if (first) document.getElementById(`line-${first}`)?.focus()
      return
    }
    save.mutate()
  }

  const described = (key: string, hint?: string) =>
    [hint ? `line-${key}-hint` : '', errors()[key as TextField] ? `line-${key}-error` : '']
      .join(' ')
      .trim() || undefined

  const input = (key: TextField | 'description', label: string, hint?: string, type?: string) => (
    <div class="field">
      <label for={`line-${key}`}>
        {label}
        {key === 'description' || key === 'quantity' || key === 'unitPrice' || key === 'currency'
          ? ' (required)'
          : ''}
      </label>
      <input
        id={`line-${key}`}
        type={type ?? 'text'}
        inputMode={
          ['quantity', 'minimumQuantity', 'freeQuantity'].includes(key)
            ? 'numeric'
            : ['unitPrice', 'unitCost'].includes(key)
              ? 'decimal'
              : undefined
        }
        value={values[key]}
        onInput={(event) => setValues(key, event.currentTarget.value)}
        aria-invalid={errors()[key] ? 'true' : undefined}
        aria-describedby={described(key, hint)}
        autofocus={key === 'description'}
        autocomplete="off"
      />
      <Show when={hint}>
        <span class="field__hint" id={`line-${key}-hint`}>
          {hint}
        </span>
      </Show>
      <Show when={errors()[key]}>
        <span class="field__error" id={`line-${key}-error`}>
          {errors()[key]}
        </span>
      </Show>
    </div>
  )

  return (
    <Dialog
      title={props.line ? `Edit ${props.line.description}` : 'New billing line'}
      onClose={() => props.onClose()}
      closeLabel="Cancel"
      wide
      actions={
        <>
          <NeedsNetwork what="Saving a billing line" />
          <button
            type="submit"
            form={formId}
            class="button button--primary"
            disabled={save.isPending || !isOnline()}
          >
            {save.isPending ? 'Saving…' : props.line ? 'Save changes' : 'Add line'}
          </button>
        </>
      }
    >
      <form id={formId} class="form" onSubmit={submit} novalidate>
        <ErrorAlert class="form__error" error={save.error} />
        {input('description', 'Description', 'What the invoice says')}
        <div class="form__grid">
          <For each={FIELDS.slice(0, 5)}>
            {(field) => input(field.key, field.label, field.hint, field.type)}
          </For>
          <div class="field">
            <label for="line-period">Billing period</label>
            <select
              id="line-period"
              value={values.period}
              onChange={(event) =>
                setValues('period', event.currentTarget.value as BillingLineFormValues['period'])
              }
            >
              <For each={BillingPeriodSchema.options}>
                {(period) => <option value={period}>{PERIOD_LABELS[period]}</option>}
              </For>
            </select>
            <span class="field__hint">The unit price is per this period</span>
          </div>
          <For each={FIELDS.slice(5)}>
            {(field) => input(field.key, field.label, field.hint, field.type)}
          </For>
        </div>
        <fieldset class="form__group">
          <legend>Quantity</legend>
          <div class="field field--inline">
            <input
              id="line-rule-fixed"
              type="radio"
              name="line-rule"
              checked={values.quantityRule === 'fixed'}
              onChange={() => setValues('quantityRule', 'fixed')}
            />
            <label for="line-rule-fixed">Fixed: bill the quantity above</label>
          </div>
          <div class="field field--inline">
            <input
              id="line-rule-linked"
              type="radio"
              name="line-rule"
              checked={values.quantityRule === 'linked'}
              onChange={() => setValues('quantityRule', 'linked')}
            />
            <label for="line-rule-linked">
              Follows the linked subscriptions’ seats (less the free quantity, at least the minimum)
            </label>
          </div>
        </fieldset>
        <Show when={props.line}>
          <div class="field field--inline">
            <input
              id="line-inactive"
              type="checkbox"
              checked={values.inactive}
              onChange={(event) => setValues('inactive', event.currentTarget.checked)}
            />
            <label for="line-inactive">Inactive (no longer billed)</label>
          </div>
        </Show>
      </form>
    </Dialog>
  )
}
