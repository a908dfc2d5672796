import type { Customer, TopLevel } from '@seatkeeper/core'
import { createSignal, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { errorField } from '../api/error-field'
import { ModalDialog } from '../layout/modal-dialog'
import {
  customerFormValues,
  customerPatch,
  readCustomerForm,
  type CustomerFormErrors,
  type CustomerFormValues,
} from './customer-form'
import { saveCustomer } from './save-customer'

type CustomerDialogProps = {
  open: boolean
  /** The customer being edited; a new customer when absent. */
  customer?: Customer
  topLevels: readonly TopLevel[]
  onClose: (message?: string) => void
}

type TextField = Exclude<keyof CustomerFormValues, 'inactive'>
const FIELDS: Array<{ key: TextField; label: string; hint?: string }> = [
  { key: 'line1', label: 'Address line 1' },
  { key: 'line2', label: 'Address line 2' },
  { key: 'city', label: 'City' },
  { key: 'region', label: 'State or region' },
  { key: 'postcode', label: 'Postcode' },
  { key: 'country', label: 'Country', hint: 'Two-letter code, e.g. AU' },
  { key: 'domain', label: 'Domain', hint: 'e.g. example.com' },
  { key: 'tenantId', label: 'Microsoft tenant ID' },
  { key: 'taxId', label: 'Tax ID' },
]

/** Create or edit a customer; offline, the edit is kept and sent later. */
export function CustomerDialog(props: CustomerDialogProps) {
  return (
    <ModalDialog
      open={props.open}
      title={props.customer ? `Edit ${props.customer.name}` : 'New customer'}
      onClose={() => props.onClose()}
    >
      <Show when={props.open}>
        <CustomerForm
          customer={props.customer}
          topLevels={props.topLevels}
          onClose={props.onClose}
        />
      </Show>
    </ModalDialog>
  )
}

function CustomerForm(props: Omit<CustomerDialogProps, 'open'>) {
  const [values, setValues] = createStore<CustomerFormValues>(customerFormValues(props.customer))
  const [errors, setErrors] = createSignal<CustomerFormErrors>({})
  const [formError, setFormError] = createSignal<string>()
  const [saving, setSaving] = createSignal(false)

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setFormError(undefined)
    const read = readCustomerForm(values)
    setErrors(read.errors)
    if (!read.input) {
      const first = Object.keys(read.errors)[0]
      if (first) document.getElementById(`customer-${first}`)?.focus()
      return
    }
    let save: Parameters<typeof saveCustomer>[0]
    if (props.customer) {
      const patch = customerPatch(props.customer, read.input, values.inactive)
      if (!patch) return props.onClose('Nothing changed.')
      save = { mode: 'update', customer: props.customer, patch }
    } else {
      save = { mode: 'create', input: read.input }
    }
    setSaving(true)
    try {
      const outcome = await saveCustomer(save)
      props.onClose(
        outcome.kind === 'queued'
          ? `You are offline: “${read.input.name}” is kept in this browser and will be sent when the connection is back.`
          : `Saved “${outcome.customer.name}”.`,
      )
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const field = errorField(error)?.split('.').pop()
      if (field && field in values) setErrors({ [field]: message })
      setFormError(message)
    } finally {
      setSaving(false)
    }
  }

  // The name field takes focus when the dialog opens (not the header's Close button), so a
  // keyboard user types straight away and Enter saves.
  const input = (key: TextField, label: string, hint?: string, required = false) => (
    <div class="field">
      <label for={`customer-${key}`}>
        {label}
        {required ? ' (required)' : ''}
      </label>
      <input
        id={`customer-${key}`}
        value={values[key]}
        onInput={(event) => setValues(key, event.currentTarget.value)}
        aria-invalid={errors()[key] ? 'true' : undefined}
        aria-describedby={
          [hint ? `customer-${key}-hint` : '', errors()[key] ? `customer-${key}-error` : '']
            .join(' ')
            .trim() || undefined
        }
        required={required}
        autofocus={key === 'name'}
        autocomplete="off"
      />
      <Show when={hint}>
        <span class="field__hint" id={`customer-${key}-hint`}>
          {hint}
        </span>
      </Show>
      <Show when={errors()[key]}>
        <span class="field__error" id={`customer-${key}-error`}>
          {errors()[key]}
        </span>
      </Show>
    </div>
  )

  return (
    <form class="form" onSubmit={submit} novalidate>
      <Show when={formError()}>
        <p class="form__error" role="alert">
          {formError()}
        </p>
      </Show>
      {input('name', 'Name', undefined, true)}
      <div class="field">
        <label for="customer-topLevelId">Top level</label>
        <select
          id="customer-topLevelId"
          value={values.topLevelId}
          onChange={(event) => setValues('topLevelId', event.currentTarget.value)}
        >
          <option value="">No top level</option>
          <For each={props.topLevels}>
            {(topLevel) => <option value={topLevel.id}>{topLevel.name}</option>}
          </For>
        </select>
      </div>
      <fieldset class="form__group">
        <legend>Main site</legend>
        <div class="form__grid">
          <For each={FIELDS.slice(0, 6)}>
            {(field) => input(field.key, field.label, field.hint)}
          </For>
        </div>
      </fieldset>
      <div class="form__grid">
        <For each={FIELDS.slice(6)}>{(field) => input(field.key, field.label, field.hint)}</For>
      </div>
      <Show when={props.customer}>
        <div class="field field--inline">
          <input
            id="customer-inactive"
            type="checkbox"
            checked={values.inactive}
            onChange={(event) => setValues('inactive', event.currentTarget.checked)}
          />
          <label for="customer-inactive">Inactive (no longer billed)</label>
        </div>
      </Show>
      <div class="form__actions">
        <button type="button" class="button" onClick={() => props.onClose()}>
          Cancel
        </button>
        <button type="submit" class="button button--primary" disabled={saving()}>
          {saving() ? 'Saving…' : props.customer ? 'Save changes' : 'Create customer'}
        </button>
      </div>
    </form>
  )
}
