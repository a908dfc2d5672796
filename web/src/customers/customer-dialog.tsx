import { customerNameKey, type Customer, type TopLevel } from '@seatkeeper/core'
import { A } from '@solidjs/router'
import { useMutation } from '@tanstack/solid-query'
import { createSignal, createUniqueId, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { errorField } from '../api/error-field'
import { Dialog } from '../ui/dialog'
import { errorMessage } from '../ui/error-message'
import {
  customerFormValues,
  customerPatch,
  duplicateCustomer,
  limitHint,
  readCustomerForm,
  type CustomerFormErrors,
  type CustomerFormValues,
} from './customer-form'
import { saveCustomer, type CustomerSave } from './save-customer'
import { ErrorAlert } from '../ui/error-alert'

type CustomerDialogProps = {
  open: boolean
  /** The customer being edited; a new customer when absent. */
  customer?: Customer
  topLevels: readonly TopLevel[]
  /** The register's customers, to warn before a create or rename to a name one already has. */
  customers: readonly Customer[]
  onClose: (message?: string) => void
}

type TextField = Exclude<keyof CustomerFormValues, 'inactive'>
const FIELDS: Array<{ key: TextField; label: string; hint?: string }> = [
  { key: 'line1', label: 'Address line 1', hint: limitHint('line1') },
  { key: 'line2', label: 'Address line 2', hint: limitHint('line2') },
  { key: 'city', label: 'City', hint: limitHint('city') },
  { key: 'region', label: 'State or region', hint: limitHint('region') },
  { key: 'postcode', label: 'Postcode', hint: limitHint('postcode') },
  { key: 'country', label: 'Country', hint: 'Two-letter code, e.g. AU' },
  { key: 'domain', label: 'Domain', hint: `e.g. example.com. ${limitHint('domain')}` },
  {
    key: 'tenantId',
    label: 'Microsoft tenant ID',
    hint: 'A GUID, e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  },
  { key: 'taxId', label: 'Tax ID', hint: limitHint('taxId') },
]

/** Create or edit a customer; offline, the edit is kept and sent later. */
export function CustomerDialog(props: CustomerDialogProps) {
  return (
    <Show when={props.open}>
      <CustomerForm
        customer={props.customer}
        topLevels={props.topLevels}
        customers={props.customers}
        onClose={props.onClose}
      />
    </Show>
  )
}

function CustomerForm(props: Omit<CustomerDialogProps, 'open'>) {
  const [values, setValues] = createStore<CustomerFormValues>(customerFormValues(props.customer))
  const [errors, setErrors] = createSignal<CustomerFormErrors>({})
  const formId = createUniqueId()
  // One key for this dialog's intent: a resend after a lost answer, from here or from the outbox,
  // replays the first answer instead of making a second customer.
  const intent = crypto.randomUUID()
  const [sameNameMeant, setSameNameMeant] = createSignal(false)
  // Only a changed name can collide: an edit that keeps a name already shared is not asked again.
  const duplicate = () =>
    props.customer && customerNameKey(values.name) === customerNameKey(props.customer.name)
      ? undefined
      : duplicateCustomer(props.customers, values.name, props.customer?.id)
  const save = useMutation(() => ({
    mutationFn: saveCustomer,
    onSuccess: (outcome, saved) =>
      props.onClose(
        outcome.kind === 'queued'
          ? `You are offline: “${nameOf(saved)}” is kept in this browser and will be sent when the connection is back.`
          : `Saved “${outcome.customer.name}”.`,
      ),
    onError: (error: Error) => {
      const field = errorField(error)?.split('.').pop()
      if (field && field in values) setErrors({ [field]: errorMessage(error) })
    },
  }))

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    save.reset()
    const read = readCustomerForm(values)
    setErrors(read.errors)
    if (!read.input) {
      const first = Object.keys(read.errors)[0]
      if (first) document.getElementById(`customer-${first}`)?.focus()
      return
    }
    const existing = duplicate()
    if (existing && !sameNameMeant()) {
      setErrors({
        name: `“${existing.name}” is already a customer. Open it, choose another name, or tick the box below.`,
      })
      document.getElementById('customer-same-name')?.focus()
      return
    }
    const allow = existing ? { allowDuplicateName: true } : {}
    if (!props.customer) {
      return save.mutate({
        mode: 'create',
        input: { ...read.input, ...allow },
        idempotencyKey: intent,
      })
    }
    const patch = customerPatch(props.customer, read.input, values.inactive)
    if (!patch) return props.onClose('Nothing changed.')
    save.mutate({ mode: 'update', customer: props.customer, patch: { ...patch, ...allow } })
  }

  // The name field takes focus when the dialog opens (the first input: ui/dialog.tsx), so a
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
    <Dialog
      title={props.customer ? `Edit ${props.customer.name}` : 'New customer'}
      onClose={() => props.onClose()}
      closeLabel="Cancel"
      wide
      actions={
        <button
          type="submit"
          form={formId}
          class="button button--primary"
          disabled={save.isPending}
        >
          {save.isPending ? 'Saving…' : props.customer ? 'Save changes' : 'Create customer'}
        </button>
      }
    >
      <form id={formId} class="form" onSubmit={submit} novalidate>
        <ErrorAlert class="form__error" error={save.error} />
        {input('name', 'Name', limitHint('name'), true)}
        <Show when={duplicate()}>
          {(existing) => (
            <div class="field field--inline field__warning" role="status">
              <p>
                A customer named{' '}
                <A href={`/customers/${encodeURIComponent(existing().id)}`}>{existing().name}</A>{' '}
                already exists. Two customers of one name cannot be told apart, and Generate
                Mappings leaves both unmapped.
              </p>
              <input
                id="customer-same-name"
                type="checkbox"
                checked={sameNameMeant()}
                onChange={(event) => setSameNameMeant(event.currentTarget.checked)}
              />
              <label for="customer-same-name">
                Yes, {props.customer ? 'rename it to' : 'create'} a second customer named “
                {values.name.trim()}”
              </label>
            </div>
          )}
        </Show>
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
      </form>
    </Dialog>
  )
}

function nameOf(save: CustomerSave): string {
  return save.mode === 'create' ? save.input.name : (save.patch.name ?? save.customer.name)
}
